"""PDF builders (q06-q13, q16) with their hand-written truth."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.adversarial2.truthlib import truth
from tests.adversarial15.kit15 import org, strokes

S20 = "nav-sosiale-tjenester-2020"
FD = "/usr/share/fonts/truetype/dejavu/"
FL = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", FL + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FL + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LM", FL + "LiberationMono-Regular.ttf"))
W, H = A4


def _canvas(out, title="Søknad") -> canvas.Canvas:
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Nav")
    return c


def _ink(c, x, y, seed, w=150, h=34):
    """Vector ink strokes with bottom-left at (x, y)."""
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(1.3)
    c.setLineJoin(1)
    c.setLineCap(1)
    for pl in strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + pl[0][0], y + pl[0][1])
        for px, py in pl[1:]:
            p.lineTo(x + px, y + py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _wrap(c, text, x, y, width, font="DV", size=10, lead=13.5):
    """Draw ``text`` wrapped to ``width``; return the y under it."""
    words, line = text.split(), ""
    for w in words:
        t = (line + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width:
            c.setFont(font, size)
            c.drawString(x, y, line)
            y -= lead
            line = w
        else:
            line = t
    if line:
        c.setFont(font, size)
        c.drawString(x, y, line)
        y -= lead
    return y


# ---------------------------------------------------------------- q06
def q06(out: Path) -> dict:
    """pdf-text, nb: an Outlook e-mail printout that IS the whole application: header block (Fra/Sendt/
    Til/Kopi/Emne), the answers as "Label: value" lines in the mail body ("Prosjektnavn", "Omsøkt beløp:
    kr 305 000,-", "50-prosent stilling", "Oppstart: august 2020"), electronic approval naming both
    approvers in one sentence, then a "Med vennlig hilsen" with the sender's name."""
    o = org("96300111")
    c = _canvas(out, "Søknad tilskudd sosiale tjenester 2020 - NAV Gran")
    y = H - 50
    c.setFont("DVB", 13)
    c.drawString(50, y, "Lise Hovland")
    y -= 8
    c.line(50, y, W - 50, y)
    y -= 20
    for k, v in [("Fra:", "Hovland, Lise <lise.hovland@nav.no>"), ("Sendt:", "fredag 31. januar 2020 14:12"),
                 ("Til:", "Postmottak Statsforvalteren i Innlandet <sfinpost@statsforvalteren.no>"),
                 ("Kopi:", "Haug, Jon Arild <jon.arild.haug@gran.kommune.no>; Lunde, Knut Ivar"),
                 ("Emne:", "Søknad - tilskudd til utvikling av sosiale tjenester i Nav 2020 - NAV Gran")]:
        c.setFont("DVB", 9.5)
        c.drawString(50, y, k)
        c.setFont("DV", 9.5)
        c.drawString(110, y, v)
        y -= 14
    y -= 16
    body = [
        "Hei,",
        "",
        "Her er søknaden fra NAV Gran om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020. "
        "Vi sender den som e-post etter avtale med dere på informasjonsmøtet.",
        "",
        "Søker: NAV Gran, Gran kommune",
        f"Org.nr: {o[:3]} {o[3:6]} {o[6:]}",
        "Prosjektnavn: Jobbhagen Hadeland",
        "Nytt prosjekt eller videreføring: Nytt prosjekt",
        "Oppstart: august 2020",
        "Stillingsandel: 50-prosent stilling som jobbkonsulent",
        "Omsøkt beløp: kr 305 000,- (lønn inkl. sosiale kostnader). Vi søker ikke om kompetansemidler.",
        "Prioritert område: Sikring av sårbare overganger – unge som går ut av videregående skole uten "
        "vitnemål og står uten arbeid.",
        "Nettverk/klyngesamarbeid: Ja, gjerne.",
        "Ekstern prosessevaluering: Nei.",
        "Kontaktperson: Knut Ivar Lunde, tlf. 61 33 90 15, knut.ivar.lunde@nav.no",
        "",
        "Søknaden er forankret i kommuneledelsen. Dokumentet er elektronisk godkjent av Nav-leder Lise Hovland "
        "og kommunedirektør Jon Arild Haug 31.01.2020.",
        "",
        "Med vennlig hilsen",
        "Lise Hovland",
        "Nav-leder, NAV Gran",
        "Tlf. 61 33 90 00",
    ]
    for line in body:
        y = _wrap(c, line, 50, y, W - 100) if line else y - 10
    c.setFont("DV", 7)
    c.drawString(50, 30, "Utskrift fra Microsoft Outlook 31.01.2020 14:20")
    c.showPage()
    c.save()
    return truth("q06", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Gran", "Gran", o),
                 contact=("Knut Ivar Lunde", "knut.ivar.lunde@nav.no", "61339015"),
                 project=("Jobbhagen Hadeland", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 305000, "total": 305000},
                 prio=("saarbare-overganger",), interest=(True, False),
                 sigs=[("nav_leader", "Lise Hovland", "Nav-leder", "2020-01-31", "electronic_approval"),
                       ("municipality", "Jon Arild Haug", "Kommunedirektør", "2020-01-31", "electronic_approval")])


FILLER = [
    "Prosjektet bygger på erfaringer fra veiledere i oppfølgingsavdelingen og på innspill fra brukerrådet.",
    "Målgruppen har ofte sammensatte behov og møter mange tjenester samtidig.",
    "Vi vil dokumentere arbeidet fortløpende og dele erfaringene med andre kontor i regionen.",
    "Samarbeidet med skole, helsetjeneste og arbeidsgivere skal formaliseres i egne avtaler.",
    "Deltakerne skal få én fast kontaktperson gjennom hele overgangen.",
    "Arbeidsformen skal utvikles lokalt sammen med brukerne og er ikke en ferdig metode.",
    "Ledelsen følger prosjektet i månedlige møter i styringsgruppen.",
    "Erfaringene skal inn i kontorets ordinære drift når prosjektperioden er over.",
]


# ---------------------------------------------------------------- q07
def q07(out: Path) -> dict:
    """pdf-text, nb, 13 pages: a full project description whose facts are spread out (office on the cover,
    contact in "Organisering", period in "Fremdriftsplan", positions and money in a logic model and a
    budget chapter late in the file, priority area and interest in their own chapters), with distracting
    numbers (an earlier grant of kr 450 000, "50 % i arbeid", risk percentages, population) and typed
    names on the last page (SIGNATURE_UNVERIFIED)."""
    o = org("96543210")
    rnd = random.Random(7)
    c = _canvas(out, "Prosjektbeskrivelse Overgangsbroen")
    page = [1]

    def foot():
        c.setFont("LS", 8)
        c.drawCentredString(W / 2, 30, f"Overgangsbroen – prosjektbeskrivelse – side {page[0]}")
        c.showPage()
        page[0] += 1

    c.setFont("LSB", 22)
    c.drawString(70, H - 200, "Søknad om tilskudd til utvikling av")
    c.drawString(70, H - 228, "sosiale tjenester i Nav-kontoret 2020")
    c.setFont("LS", 14)
    c.drawString(70, H - 290, "Tiltakets tittel: «Overgangsbroen»")
    c.drawString(70, H - 312, "Søker: NAV Nordre Follo")
    c.drawString(70, H - 334, f"Kommune: Nordre Follo kommune   Org.nr: {o}")
    c.drawString(70, H - 356, "Nytt prosjekt")
    foot()

    def chapter(title, paras, table=None, n_filler=14):
        y = H - 70
        c.setFont("LSB", 15)
        c.drawString(60, y, title)
        y -= 26
        for p in paras:
            y = _wrap(c, p, 60, y, W - 120, "LS", 11, 15) - 6
        if table:
            cw = (W - 120) / len(table[0])
            for i, row in enumerate(table):
                c.setFont("LSB" if i == 0 else "LS", 9.5)
                ys = [y]
                for j, cell in enumerate(row):
                    ys.append(_wrap(c, cell, 62 + j * cw, y, cw - 6, "LSB" if i == 0 else "LS", 9.5, 12))
                ny = min(ys) - 4
                c.rect(60, ny, W - 120, y + 11 - ny, stroke=1, fill=0)
                y = ny - 2
            y -= 10
        for _ in range(n_filler):
            if y < 90:
                break
            y = _wrap(c, " ".join(rnd.sample(FILLER, 3)), 60, y, W - 120, "LS", 11, 15) - 6
        foot()

    chapter("1 Sammendrag", ["Overgangsbroen skal gi unge mellom 16 og 25 år som faller ut av videregående "
                             "skole en trygg overgang til arbeid eller utdanning."])
    chapter("2 Bakgrunn", ["Nordre Follo kommune ble etablert 1. januar 2020 ved sammenslåing av Oppegård og "
                           "Ski og har om lag 60 000 innbyggere.",
                           "I 2018 fikk Ski kommune kr 450 000 til et forprosjekt om ungdom; erfaringene derfra "
                           "brukes her, men Overgangsbroen er et nytt prosjekt."])
    chapter("3 Mål og målgruppe", ["Hovedmål: minst 50 % av deltakerne skal være i arbeid eller utdanning "
                                   "seks måneder etter avsluttet oppfølging.",
                                   "Prosjektet retter seg mot prioritert område Sikring av sårbare overganger, "
                                   "særlig overgangen fra skole til arbeidsliv."])
    chapter("4 Logikkmodell", ["Tabellen viser sammenhengen mellom ressurser, aktiviteter og ønskede effekter."],
            [["Innsatsfaktorer", "Aktiviteter", "Resultater", "Effekter"],
             ["To prosjektmedarbeidere i 100 % stilling (2 årsverk)", "Kartlegging, individuell plan, "
              "arbeidstrening", "60 unge fulgt opp per år", "Flere i arbeid og utdanning"],
             ["Styringsgruppe og brukerråd", "Samarbeidsavtaler med skolene", "Avtaler med 4 skoler",
              "Færre avbrudd i overgangene"]])
    chapter("5 Organisering", ["Prosjekteier er NAV Nordre Follo. Prosjektleder og kontaktperson for søknaden er "
                               "Mona Sæther, mona.saether@nav.no, tlf. 64 85 40 20.",
                               "Styringsgruppen består av Nav-leder, kommunalsjef for oppvekst og rektor ved "
                               "Ski videregående skole."])
    chapter("6 Fremdriftsplan", ["Prosjektperiode: 1. august 2020 – 31. juli 2023 (tre år, søknaden gjelder første år)."],
            [["Fase", "Tid", "Innhold"], ["Oppstart", "august–september 2020", "Rekruttering, avtaler"],
             ["Drift", "oktober 2020–juni 2023", "Oppfølging"], ["Avslutning", "juli 2023", "Sluttrapport"]])
    chapter("7 Risikovurdering", ["Risikoene er vurdert i styringsgruppen."],
            [["Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"],
             ["Få henvisninger fra skolene", "30 %", "Middels", "Faste møter med rådgivere"],
             ["Utskifting av personell", "20 %", "Høy", "Dokumentert arbeidsform"],
             ["Svak kommuneøkonomi", "40 %", "Lav", "Forankring i budsjettet"]])
    chapter("8 Budsjett", ["Budsjettet gjelder tilskuddsåret 2020. Beløp i kroner."],
            [["Post", "Omsøkt", "Kommunens egenandel"],
             ["Lønn inkl. sos. utg., 2 × 100 % stilling", "1 200 000", "–"],
             ["Komp.midler (evaluering og kurs)", "10 000", "–"],
             ["Kontor, IT og reiser", "–", "150 000"],
             ["Sum", "1 210 000", "150 000"]])
    chapter("9 Nettverk og evaluering", ["Kontoret ønsker å delta i nettverk/klyngesamarbeid med andre "
                                         "Nav-kontor og ønsker ekstern prosessevaluering av prosjektet."])
    chapter("10 Kunnskapsgrunnlag", ["Prosjektet bygger på forskning om frafall og overganger."])
    chapter("11 Brukermedvirkning", ["Ungdomsrådet har gitt innspill til prosjektet."])
    y = H - 70
    c.setFont("LSB", 15)
    c.drawString(60, y, "12 Forankring og underskrift")
    y = _wrap(c, "Søknaden er behandlet i kommunens ledergruppe og er forankret i kommuneledelsen.",
              60, y - 26, W - 120, "LS", 11, 15)
    c.setFont("LS", 11)
    c.drawString(60, y - 20, "Ski, 29. januar 2020")
    for x, name, title in [(60, "Kristin Nygaard", "Nav-leder"), (320, "Hans Petter Solberg", "Kommunedirektør")]:
        c.line(x, y - 90, x + 200, y - 90)
        c.drawString(x, y - 105, name)
        c.drawString(x, y - 119, title)
    foot()
    c.save()
    return truth("q07", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Nordre Follo", "Nordre Follo", o),
                 contact=("Mona Sæther", "mona.saether@nav.no", "64854020"),
                 project=("Overgangsbroen", "new", "2020-08-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 own_funding=150000,
                 prio=("saarbare-overganger",), interest=(True, True),
                 sigs=[("nav_leader", "Kristin Nygaard", "Nav-leder", "2020-01-29", "typed"),
                       ("municipality", "Hans Petter Solberg", "Kommunedirektør", "2020-01-29", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["own funding 150 000 is office/IT/travel carried by the municipality, not applied for"])


# ---------------------------------------------------------------- q08
def q08(out: Path) -> dict:
    """pdf-acroform, nb: a minimal ONE-page fillable form (reportlab fields, filled with pypdf), field
    names in Norwegian without the label text ("txtKontor", "txtBelop"...), labels "Beløp det søkes om",
    "Prosjektperiode", "Ansvarlig", check boxes for kind and areas, interest as Ja/Nei check-box pairs,
    signature fields holding typed names (SIGNATURE_UNVERIFIED)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    o = org("97012345")
    tmp = io.BytesIO()
    c = canvas.Canvas(tmp, pagesize=A4, invariant=1)
    c.setFont("DVB", 13)
    c.drawString(45, H - 50, "Søknad – tilskudd til sosiale tjenester i Nav 2020 (kortversjon)")
    f = c.acroForm
    rows = [("Nav-kontor", "txtKontor"), ("Kommune", "txtKommune"), ("Org.nr", "txtOrg"),
            ("Ansvarlig", "txtAnsv"), ("Tlf.", "txtTlf"), ("E-post", "txtEpost"),
            ("Tiltakets tittel", "txtTittel"), ("Prosjektperiode", "txtPeriode"),
            ("Stillingsprosent", "txtStilling"), ("Lønn inkl. sos. utg.", "txtLonn"),
            ("Kompetansemidler", "txtKomp"), ("Beløp det søkes om (sum)", "txtBelop")]
    y = H - 90
    for lab, name in rows:
        c.setFont("DV", 9.5)
        c.drawString(45, y + 5, lab)
        f.textfield(name=name, x=200, y=y, width=340, height=18, borderWidth=0.5, fontName="Helvetica",
                    fontSize=10, value="")
        y -= 26
    boxes = [("Nytt prosjekt", "cbNy"), ("Videreføring", "cbVidere"),
             ("Bruk av ordinært arbeidsliv", "cbArbeid"),
             ("Oppfølging av barnefamilier, ungdom og innvandrere", "cbFamilie"),
             ("Sikring av sårbare overganger", "cbOvergang")]
    y -= 6
    for lab, name in boxes:
        f.checkbox(name=name, x=45, y=y, size=12, buttonStyle="cross", checked=False)
        c.drawString(65, y + 2, lab)
        y -= 20
    for lab, n1, n2 in [("Nettverk/klyngesamarbeid", "cbNettJa", "cbNettNei"),
                        ("Ekstern prosessevaluering", "cbEvalJa", "cbEvalNei")]:
        c.drawString(45, y + 2, lab)
        f.checkbox(name=n1, x=260, y=y, size=12, buttonStyle="cross", checked=False)
        c.drawString(277, y + 2, "Ja")
        f.checkbox(name=n2, x=310, y=y, size=12, buttonStyle="cross", checked=False)
        c.drawString(327, y + 2, "Nei")
        y -= 20
    y -= 20
    for x, lab, name in [(45, "Nav-leder (navn, dato)", "txtSignNav"), (310, "Rådmann (navn, dato)", "txtSignKom")]:
        c.drawString(x, y + 24, lab)
        f.textfield(name=name, x=x, y=y, width=230, height=18, borderWidth=0.5, fontName="Helvetica",
                    fontSize=10, value="")
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(tmp.getvalue()))
    w = PdfWriter()
    w.append(r)
    vals = {"txtKontor": "NAV Vestre Toten", "txtKommune": "Vestre Toten", "txtOrg": o,
            "txtAnsv": "Guro Bakken Strand", "txtTlf": "61 15 33 70", "txtEpost": "guro.bakken.strand@nav.no",
            "txtTittel": "Bolig og jobb", "txtPeriode": "15.03.2020 - 14.03.2021", "txtStilling": "100",
            "txtLonn": "580 000", "txtKomp": "10 000", "txtBelop": "590 000",
            "txtSignNav": "Tor Egil Haugen 23.01.2020", "txtSignKom": "Ellen Sofie Dahl 23.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    on = {"cbNy", "cbArbeid", "cbOvergang", "cbNettJa", "cbEvalNei"}
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.add_metadata({"/Producer": "pypdf", "/Title": "Søknad kortversjon"})
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("q08", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Vestre Toten", "Vestre Toten", o),
                 contact=("Guro Bakken Strand", "guro.bakken.strand@nav.no", "61153370"),
                 project=("Bolig og jobb", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=("ordinaert-arbeidsliv", "saarbare-overganger"), interest=(True, False),
                 sigs=[("nav_leader", "Tor Egil Haugen", "Nav-leder", "2020-01-23", "typed"),
                       ("municipality", "Ellen Sofie Dahl", "Rådmann", "2020-01-23", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"])


# ---------------------------------------------------------------- q09
def q09(out: Path) -> dict:
    """pdf-from-office, nb: a python-docx form ("Spørsmål | Svar" table with a header row, "Navn på
    tiltaket", "Kontaktperson (saksbehandler)", "Prosjektstart", salary and social costs on separate
    budget lines "Lønn" + "Sos. utg.") converted by LibreOffice; ink images. Planted:
    AMOUNT_SUM_MISMATCH (290 000 + 66 000 + 10 000 = 366 000, stated total 376 000)."""
    from docx import Document
    from tests.adversarial15.word15 import _ink, _save

    o = org("93456789")
    d = Document()
    d.add_heading("Søknad om tilskudd – sosiale tjenester i NAV 2020", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Spørsmål", "Svar"), ("Søkende NAV-kontor", "NAV Stad"), ("Kommune", "Stad kommune"),
                 ("Organisasjonsnr.", o), ("Kontaktperson (saksbehandler)", "Sindre Hessevik"),
                 ("Telefon / e-post", "478 21 090 / sindre.hessevik@nav.no"),
                 ("Navn på tiltaket", "Kystjobb Stad"), ("Nytt eller videreføring", "Nytt"),
                 ("Prosjektstart", "1. juni 2020"), ("Stillingsressurs", "60 % stilling"),
                 ("Prioriterte områder", "Bruk av ordinært arbeidsliv"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Budsjett (kr)").runs[0].bold = True
    b = d.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for a, v in [("Lønn, 60 % stilling", "290 000"), ("Sos. utg.", "66 000"), ("Kompetansemidler", "10 000"),
                 ("Totalt omsøkt", "376 000")]:
        r = b.add_row().cells
        r[0].text, r[1].text = a, v
    d.add_paragraph()
    s = d.add_table(rows=4, cols=2)
    s.cell(0, 0).text = "Nordfjordeid, 21.01.2020"
    s.cell(0, 1).text = "Nordfjordeid, 22.01.2020"
    _ink(s.cell(1, 0), 901)
    _ink(s.cell(1, 1), 902)
    s.cell(2, 0).text = "Nav-leder"
    s.cell(2, 1).text = "Kommunalsjef helse og omsorg"
    s.cell(3, 0).text = "Vigdis Myklebust"
    s.cell(3, 1).text = "Roar Hjelle"
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "q09.docx"
        _save(d, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        out.write_bytes((Path(td) / "q09.pdf").read_bytes())
    return truth("q09", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Stad", "Stad", o),
                 contact=("Sindre Hessevik", "sindre.hessevik@nav.no", "47821090"),
                 project=("Kystjobb Stad", "new", "2020-06-01"), pct=60,
                 amounts={"positions": 356000, "competence": 10000, "total": 376000},
                 prio=("ordinaert-arbeidsliv",), interest=(True, True),
                 sigs=[("nav_leader", "Vigdis Myklebust", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Roar Hjelle", "Kommunalsjef helse og omsorg", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["planted: total 376 000 vs parts 366 000"])


def _boxed_form(c, fields, top, font="DV"):
    """Paper-form look: small label above a rectangle holding the value, two per row."""
    y = top
    for i in range(0, len(fields), 2):
        for j, (lab, val) in enumerate(fields[i:i + 2]):
            x = 45 + j * 260
            c.setFont(font, 7)
            c.drawString(x, y, lab.upper())
            c.rect(x, y - 22, 245, 18)
            c.setFont(font, 10)
            c.drawString(x + 4, y - 17, val)
        y -= 38
    return y


# ---------------------------------------------------------------- q10
def q10(out: Path) -> dict:
    """pdf-handwritten, nb: paper-form look (label in small capitals ABOVE a box, two boxes a row),
    "Årsverk: 1", "Varighet", "Finansiering", ink over the Nav leader's line with her printed name;
    the municipality's block has its title and an empty "Navn:" and no ink.
    Planted: SIGNATURE_MUNICIPALITY_MISSING."""
    o = org("97788990")
    c = _canvas(out)
    c.setFont("DVB", 14)
    c.drawString(45, H - 55, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret")
    c.setFont("DV", 10)
    c.drawString(45, H - 72, "Tilskuddsåret 2020 – søknadsfrist 1. februar 2020")
    y = _boxed_form(c, [("Søker (Nav-kontor)", "NAV Heim"), ("Kommune", "Heim"),
                        ("Org.nr", o), ("Kontaktperson", "Øyvind Kvenild"),
                        ("Tlf.", "72 45 80 11"), ("E-post", "oyvind.kvenild@nav.no"),
                        ("Tiltakets tittel", "Aktiv heime"), ("Nytt / videreføring", "Nytt"),
                        ("Oppstartsdato", "01.04.2020"), ("Varighet", "12 måneder"),
                        ("Årsverk", "1"), ("Finansiering – omsøkt beløp", "kr 610 000")], H - 105)
    c.setFont("DV", 10)
    y = _wrap(c, "Beløpet gjelder lønn og sosiale utgifter til én stilling som arbeidsveileder. "
              "Prosjektet skal bruke ordinært arbeidsliv aktivt, med praksisplasser hos lokale bedrifter "
              "(prioritert område: Bruk av ordinært arbeidsliv).", 45, y - 4, W - 90)
    y = _wrap(c, "Nettverk/klyngesamarbeid: ønskes.   Ekstern prosessevaluering: ønskes ikke.", 45, y - 6, W - 90)
    y -= 40
    c.setFont("DVB", 11)
    c.drawString(45, y, "Underskrifter")
    y -= 70
    c.setFont("DV", 9.5)
    c.drawString(45, y + 50, "Dato: 28.01.2020")
    _ink(c, 50, y + 2, 1001)
    c.line(45, y, 265, y)
    c.drawString(45, y - 13, "Solveig Hoff")
    c.drawString(45, y - 26, "Nav-leder, NAV Heim")
    c.drawString(310, y + 50, "Dato:")
    c.line(310, y, 530, y)
    c.drawString(310, y - 13, "Navn:")
    c.drawString(310, y - 26, "Kommunedirektør")
    c.showPage()
    c.save()
    return truth("q10", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Heim", "Heim", o),
                 contact=("Øyvind Kvenild", "oyvind.kvenild@nav.no", "72458011"),
                 project=("Aktiv heime", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "total": 610000},
                 prio=("ordinaert-arbeidsliv",), interest=(True, False),
                 sigs=[("nav_leader", "Solveig Hoff", "Nav-leder", "2020-01-28", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], notes=["planted: municipality block empty"])


# ---------------------------------------------------------------- q11
def q11(out: Path) -> dict:
    """pdf-scanned, nn: a typed Nynorsk form with ink on both lines, "scanned" at 150 dpi: turned
    1.8°, a binding shadow down the left, low contrast (grey paper, grey toner), JPEG quality 40.
    Labels "Namn på tiltaket", "Ansvarleg for søknaden", "Tilskotsbeløp", "Stillingsdel"."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    o = org("99887766")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("LSB", 15)
    c.drawString(50, H - 60, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    y = H - 100
    for lab, val in [("Nav-kontor", "NAV Kvam"), ("Kommune", "Kvam herad"), ("Org.nr.", o),
                     ("Ansvarleg for søknaden", "Solfrid Tveit"), ("Telefon", "56 55 30 40"),
                     ("E-post", "solfrid.tveit@nav.no"), ("Namn på tiltaket", "Saman om arbeid"),
                     ("Nytt eller vidareføring", "Nytt"), ("Oppstart", "1. mai 2020"),
                     ("Stillingsdel", "ei stilling (100 %)"), ("Tilskotsbeløp (løn og sosiale utgifter)", "kr 600 000"),
                     ("Prioritert område", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                     ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")]:
        c.setFont("LSB", 12)
        c.drawString(50, y, lab + ":")
        c.setFont("LS", 12)
        c.drawString(280, y, val)
        y -= 26
    y -= 30
    c.setFont("LS", 12)
    c.drawString(50, y, "Stad og dato: Norheimsund, 29.01.2020")
    y -= 70
    for x, name, title, seed in [(50, "Bjørg Ytre-Arna", "Nav-leiar", 1101), (310, "Knut Hovland Øye", "Kommunedirektør", 1102)]:
        _ink(c, x + 10, y + 2, seed)
        c.line(x, y, x + 220, y)
        c.drawString(x, y - 16, name)
        c.drawString(x, y - 31, title)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    img = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    pdf.close()
    img = img.point(lambda v: 85 + int(v * 0.55))          # grey toner on grey paper
    img = img.rotate(1.8, resample=Image.BICUBIC, expand=True, fillcolor=205)
    w, h = img.size
    shadow = Image.new("L", (w, h), 255)
    px = shadow.load()
    for x in range(min(110, w)):
        v = int(120 + 135 * x / 110)
        for yy in range(h):
            px[x, yy] = v
    from PIL import ImageChops
    img = ImageChops.multiply(img, shadow).filter(ImageFilter.GaussianBlur(0.6))
    rnd = random.Random(11)
    px = img.load()
    for _ in range(6000):
        x, yy = rnd.randrange(w), rnd.randrange(h)
        px[x, yy] = max(0, px[x, yy] - rnd.randrange(40, 110))
    jb = io.BytesIO()
    img.convert("RGB").save(jb, "JPEG", quality=40)
    from datetime import datetime
    stamp = datetime(2020, 1, 29, 15, 2, 0).timetuple()
    Image.open(jb).save(out, "PDF", resolution=150, creationDate=stamp, modDate=stamp, producer="Scan2PDF")
    return truth("q11", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Kvam", "Kvam", o),
                 contact=("Solfrid Tveit", "solfrid.tveit@nav.no", "56553040"),
                 project=("Saman om arbeid", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "total": 600000},
                 prio=("barnefamilier-ungdom-innvandrere",), interest=(True, False),
                 sigs=[("nav_leader", "Bjørg Ytre-Arna", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Knut Hovland Øye", "Kommunedirektør", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["municipality written 'Kvam herad': municipality is Kvam (open case)"])


# ---------------------------------------------------------------- q12
def q12(out: Path) -> dict:
    """pdf-pades, nb: a two-column layout (labels left in grey, answers right) signed TWICE with PAdES
    (the Nav leader, then the rådmann), each signature an incremental update with a fixed signing time;
    printed "Signert digitalt" lines under each role. Self-signed certificates made at build time."""
    from datetime import datetime, timedelta, timezone

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.signers import pdf_signer

    o = org("98765432")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("DVB", 14)
    c.drawString(45, H - 55, "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    y = H - 95
    for lab, val in [("Søker", "NAV Vestvågøy"), ("Kommune", "Vestvågøy"), ("Org.nr", o),
                     ("Kontaktperson", "Hilde Pettersen Mjelde"), ("Tlf.", "76 05 62 00"),
                     ("E-post", "hilde.pettersen.mjelde@nav.no"), ("Prosjektnavn", "Lofotbroen"),
                     ("Type prosjekt", "Videreføring (år 3)"), ("Oppstart", "01.03.2020"),
                     ("Stillinger", "to stillinger à 50 %"), ("Lønn og sos. kostnader", "kr 600 000"),
                     ("Kompetanse", "kr 5 000"), ("Sum omsøkt", "kr 605 000"),
                     ("Satsingsområde", "Sikring av sårbare overganger (løslatelse fra fengsel)"),
                     ("Nettverk", "Ja"), ("Prosessevaluering", "Nei")]:
        c.setFillGray(0.4)
        c.setFont("DV", 9.5)
        c.drawRightString(190, y, lab)
        c.setFillGray(0)
        c.setFont("DV", 10.5)
        c.drawString(205, y, val)
        y -= 22
    y -= 40
    c.setFont("DV", 10)
    for x, role, name in [(45, "Nav-leder", "Arnt Ove Mikalsen"), (310, "Rådmann", "Janne Sofie Hov")]:
        c.drawString(x, y, role)
        c.drawString(x, y - 14, name)
        c.drawString(x, y - 28, "Signert digitalt")
    c.showPage()
    c.save()
    data = buf.getvalue()

    class _Fixed(datetime):
        moment = datetime(2020, 1, 27, 10, 0, tzinfo=timezone.utc)

        @classmethod
        def now(cls, tz=None):
            return cls.moment

    real = pdf_signer.datetime
    try:
        pdf_signer.datetime = _Fixed
        for i, (name, when, field) in enumerate([("Arnt Ove Mikalsen", datetime(2020, 1, 27, 10, 0, tzinfo=timezone.utc), "SignNav"),
                                                 ("Janne Sofie Hov", datetime(2020, 1, 28, 13, 30, tzinfo=timezone.utc), "SignKom")]):
            _Fixed.moment = when
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                              x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Vestvågøy kommune"),
                              x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
            cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj).public_key(key.public_key())
                    .serial_number(1000 + i).not_valid_before(datetime(2019, 1, 1, tzinfo=timezone.utc))
                    .not_valid_after(datetime(2030, 1, 1, tzinfo=timezone.utc))
                    .sign(key, hashes.SHA256()))
            with tempfile.TemporaryDirectory() as td:
                kp, cp = Path(td) / "k.pem", Path(td) / "c.pem"
                kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption()))
                cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
                signer = signers.SimpleSigner.load(str(kp), str(cp))
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            meta = signers.PdfSignatureMetadata(field_name=field, name=name, reason="Godkjent søknad",
                                                location="Leknes", subfilter=None)
            res = signers.sign_pdf(w, meta, signer=signer)
            data = res.getvalue()
    finally:
        pdf_signer.datetime = real
    out.write_bytes(data)
    return truth("q12", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Vestvågøy", "Vestvågøy", o),
                 contact=("Hilde Pettersen Mjelde", "hilde.pettersen.mjelde@nav.no", "76056200"),
                 project=("Lofotbroen", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 5000, "total": 605000},
                 prio=("saarbare-overganger",), interest=(True, False),
                 sigs=[("nav_leader", "Arnt Ove Mikalsen", "Nav-leder", "2020-01-27", "digital"),
                       ("municipality", "Janne Sofie Hov", "Rådmann", "2020-01-28", "digital")],
                 notes=["third year of a continuation: within the three-year limit, no CONTINUATION_LIMIT"])


# ---------------------------------------------------------------- q13
def q13(out: Path) -> dict:
    """bad-input: a syntactically valid PDF with ZERO pages (an export that produced nothing)."""
    from pypdf import PdfWriter
    w = PdfWriter()
    w.add_metadata({"/Producer": "pypdf", "/Title": "Søknad NAV"})
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("q13", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["valid PDF with zero pages"])


# ---------------------------------------------------------------- q16
def q16(out: Path) -> dict:
    """not-application, nb: the county's invitation to a conference for projects with this grant,
    with the scheme's name, a programme, a registration form (name, Nav office, e-mail) and a signature."""
    c = _canvas(out, "Invitasjon")
    c.setFont("DVB", 15)
    c.drawString(50, H - 60, "Invitasjon til erfaringskonferanse 2020")
    y = _wrap(c, "Statsforvalteren i Trøndelag inviterer Nav-kontor med prosjekter finansiert av tilskudd til "
              "utvikling av sosiale tjenester i Nav-kontoret til erfaringskonferanse 12. mars 2020 på Scandic Lerkendal.",
              50, H - 95, W - 100)
    y = _wrap(c, "Program: 09.30 Velkommen v/ fylkesdirektør. 10.00 Erfaringer fra NAV Orkland: Ut i jobb. "
              "11.00 Nytt om tilskuddet for 2020 (søknadsfrist 1. februar, inntil 610 000 kroner per 100 % stilling). "
              "13.00 Gruppearbeid. 15.00 Avslutning.", 50, y - 8, W - 100)
    y = _wrap(c, "Påmelding innen 20. februar 2020 med skjemaet under.", 50, y - 8, W - 100)
    y -= 20
    for lab in ["Navn:", "Nav-kontor:", "E-post:", "Telefon:", "Allergier:"]:
        c.drawString(50, y, lab)
        c.line(150, y - 2, 450, y - 2)
        y -= 26
    y -= 20
    c.drawString(50, y, "Med hilsen")
    c.drawString(50, y - 30, "Berit Moe Lorentzen")
    c.drawString(50, y - 44, "seniorrådgiver, Statsforvalteren i Trøndelag")
    c.showPage()
    c.save()
    return truth("q16", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["conference invitation with a registration form"])
