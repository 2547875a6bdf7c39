"""PDF documents of the 24th corpus (z08-z11, z14-z18): reportlab, pypdf AcroForm, pyHanko, scans."""
from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
from truthlib import truth  # noqa: E402

from lib24 import ink_png, scan_pdf  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
FD = "/usr/share/fonts/truetype/dejavu/"
FL = "/usr/share/fonts/truetype/liberation/"
for name, f in (("DV", FD + "DejaVuSans.ttf"), ("DVB", FD + "DejaVuSans-Bold.ttf"), ("DVS", FD + "DejaVuSerif.ttf"),
                ("DVSB", FD + "DejaVuSerif-Bold.ttf"), ("LM", FL + "LiberationMono-Regular.ttf"),
                ("LMB", FL + "LiberationMono-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, f))

W_, H_ = A4


class Page:
    """A tiny text cursor on a reportlab canvas."""

    def __init__(self, c, font="Helvetica", bold="Helvetica-Bold", size=10, left=60, top=790):
        self.c, self.font, self.bold, self.size, self.left, self.y = c, font, bold, size, left, top

    def line(self, text, *, b=False, size=None, x=None, gap=None):
        s = size or self.size
        self.c.setFont(self.bold if b else self.font, s)
        self.c.drawString(self.left if x is None else x, self.y, text)
        self.y -= gap or s * 1.45

    def wrap(self, text, width=475, **kw):
        s = kw.get("size") or self.size
        words, cur = text.split(), ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, self.font, s) > width:
                self.line(cur, **kw)
                cur = w
            else:
                cur = t
        if cur:
            self.line(cur, **kw)

    def kv(self, k, v, tab=210):
        self.c.setFont(self.bold, self.size)
        self.c.drawString(self.left, self.y, k)
        self.c.setFont(self.font, self.size)
        self.c.drawString(self.left + tab, self.y, v)
        self.y -= self.size * 1.6

    def skip(self, n=8):
        self.y -= n

    def ink(self, seed, x, y, w=150, h=46):
        self.c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, h, mask="auto")


def canv(out, title="", author=""):
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    return c


# ============================================================ z08 pdf-text nb, Nav Fredrikstad (two columns)
def z08(out: Path):
    c = canv(out, "Søknad sosiale tjenester 2020", "Nav Fredrikstad")
    p = Page(c)
    p.line("Nav Fredrikstad", b=True, size=15)
    p.line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret, kunngjøring 2020", size=11)
    p.skip(10)
    c.setFillGray(0.92); c.rect(55, p.y - 118, 485, 128, stroke=0, fill=1); c.setFillGray(0)
    for k, v in (("Søker:", "Nav Fredrikstad"), ("Kommune:", "Fredrikstad"), ("Org.nr.:", "974 312 603"),
                 ("Prosjektets navn:", "Fra sosialhjelp til lønn"), ("Søknadstype:", "Videreføring (år 2 av 3)"),
                 ("Prosjektstart:", "01.01.2020"), ("Kontaktperson:", "Nora Kristiansen"),
                 ("Kontaktinformasjon:", "nora.kristiansen@nav.no  ·  tlf. 69 30 60 00")):
        p.kv(k, v, tab=140)
    p.skip(10)
    p.line("Bakgrunn og mål", b=True, size=11)
    p.wrap("I 2019 testet vi ut en modell der sosialveiledere og jobbspesialister jobber i samme team med "
           "arbeidsgivere i Fredrikstad. Første år ga 31 personer i lønnet arbeid. I år 2 vil vi utvide modellen "
           "til unge under 30 år og familier med barn som har levd lenge på økonomisk sosialhjelp, og "
           "samarbeide tettere med Fredrikstad næringsforening.")
    p.skip(6)
    p.line("Prioriterte områder prosjektet retter seg mot:", b=True)
    c.setFont("DV", 10)
    for m, t in (("☑", "Bruk av ordinært arbeidsliv"), ("☑", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                 ("☐", "Sikring av sårbare overganger")):
        c.drawString(70, p.y, f"{m}  {t}"); p.y -= 15
    p.skip(6)
    p.line("Budsjett 2020", b=True, size=11)
    rows = (("Stilling", "Andel", "Lønn og sos. kostn."), ("Jobbspesialist", "100 %", "600 000"),
            ("Ungdomsveileder", "50 %", "300 000"), ("Kompetanse (prosjektspesifikk)", "", "10 000"),
            ("Sum omsøkt", "", "910 000"))
    for i, (a, b_, cc) in enumerate(rows):
        f = "Helvetica-Bold" if i in (0, 4) else "Helvetica"
        c.setFont(f, 10)
        c.drawString(60, p.y, a); c.drawRightString(330, p.y, b_); c.drawRightString(470, p.y, cc)
        c.line(58, p.y - 4, 475, p.y - 4)
        p.y -= 17
    p.skip(8)
    p.line("Nettverk/klyngesamarbeid: Ja          Ekstern prosessevaluering: Nei")
    p.skip(10)
    p.line("Godkjenning", b=True, size=11)
    p.wrap("Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem og er derfor ikke signert for hånd:")
    p.line("Bjørn Arild Moen, leder Nav Fredrikstad – elektronisk godkjent 20.01.2020")
    p.line("Hilde Westby, kommunaldirektør – elektronisk godkjent 22.01.2020")
    c.showPage(); c.save()
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Fredrikstad", "Fredrikstad", "974312603"),
                 contact=("Nora Kristiansen", "nora.kristiansen@nav.no", "69306000"),
                 project=("Fra sosialhjelp til lønn", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=("barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"), interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Arild Moen", "leder Nav Fredrikstad", "2020-01-20", "electronic_approval"),
                       ("municipality", "Hilde Westby", "kommunaldirektør", "2020-01-22", "electronic_approval")])


# ============================================================ z09 pdf-text nn, Nav Seljord (questions, typed names)
def z09(out: Path):
    c = canv(out, "Søknad 2020", "Nav Seljord")
    p = Page(c, font="DVS", bold="DVSB", size=10)
    p.line("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", b=True, size=13)
    p.line("Til Statsforvaltaren i Vestfold og Telemark", size=10)
    p.skip(8)
    qa = (("1. Kva Nav-kontor søkjer?", "Nav Seljord, Seljord kommune. Org.nr. 974664194."),
          ("2. Kven er kontaktperson?", "Ingebjørg Nordbø, tlf. 350 65 100, ingebjorg.nordbo@nav.no"),
          ("3. Kva heiter prosjektet?", "Arbeid i bygda"),
          ("4. Er prosjektet nytt eller ei vidareføring?", "Nytt."),
          ("5. Når startar de?", "1. mars 2020"),
          ("6. Kva skal de gjere?", "Ein 50 % stilling skal byggje opp samarbeid med lokale bedrifter, gardsbruk og "
                                    "reiseliv, slik at fleire som får sosialhjelp kan få arbeid i vanlege bedrifter i bygda."),
          ("7. Kva prioritert område gjeld det?", "Bruk av ordinært arbeidsliv."),
          ("8. Kor mykje søkjer de om?", "Løn og sosiale utgifter for 50 % stilling: 290 000 kr. Ingen kompetansemidlar. "
                                         "Samla søknadssum: 290 000 kr."),
          ("9. Ønskjer de nettverk/klyngesamarbeid?", "Ja."),
          ("10. Ønskjer de ekstern prosessevaluering?", "Nei."))
    for q, a in qa:
        p.line(q, b=True)
        p.wrap(a, x=80, width=450)
        p.skip(4)
    p.skip(10)
    p.line("Underskrifter", b=True, size=11)
    p.line("Seljord, 27.01.2020")
    p.skip(6)
    c.setFont("DVS", 10)
    c.drawString(60, p.y, "Halvor Kleppen"); c.drawString(310, p.y, "Solveig Hørte")
    p.y -= 14
    c.drawString(60, p.y, "Nav-leiar"); c.drawString(310, p.y, "Rådmann")
    c.showPage(); c.save()
    return truth("z09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Seljord", "Seljord", "974664194"),
                 contact=("Ingebjørg Nordbø", "ingebjorg.nordbo@nav.no", "35065100"),
                 project=("Arbeid i bygda", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 290000, "competence": None, "other": None, "total": 290000},
                 prio=("ordinaert-arbeidsliv",), interest=(True, False),
                 sigs=[("nav_leader", "Halvor Kleppen", "Nav-leiar", "2020-01-27", "typed"),
                       ("municipality", "Solveig Hørte", "Rådmann", "2020-01-27", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["competence: 'Ingen kompetansemidlar' -> null (no post)"])


# ============================================================ z10 pdf-text nb, NAV Hammerfest 2018 (monospace)
def z10(out: Path):
    c = canv(out, "Søknad 2018", "NAV Hammerfest")
    p = Page(c, font="LM", bold="LMB", size=9.5, left=55)
    p.line("NAV HAMMERFEST", b=True, size=12)
    p.line("Søknad - tilskudd til utvikling av sosiale tjenester i NAV 2018")
    p.line("Mottaker: Fylkesmannen i Finnmark")
    p.line("-" * 80)
    for k, v in (("Søker", "NAV Hammerfest"), ("Kommune", "Hammerfest"), ("Org.nr", "974288311"),
                 ("Kontakt", "Silje Johansen, silje.johansen@nav.no, 78 40 20 00"),
                 ("Prosjekt", "Trygg oppvekst - Hammerfest"), ("Type", "nytt prosjekt"), ("Start", "01.03.2018")):
        p.line(f"{k:<10}: {v}")
    p.line("-" * 80)
    p.line("Beskrivelse", b=True)
    p.wrap("Prosjektet skal sikre et tydelig barneperspektiv i sosialtjenesten. Familieveileder skal kartlegge "
           "barnas situasjon i alle familier som mottar sosialhjelp over tid, og følge opp ungdom og innvandrere "
           "med lite skolegang mot utdanning og arbeid.", width=480)
    p.skip(4)
    p.line("Prioriterte områder 2018 (x = ja)", b=True)
    for m, t in (("[ ]", "Bruk av ordinært arbeidsliv"), ("[x]", "Ungdom og innvandrere"),
                 ("[ ]", "Tiltak begrunnet i tilsyn"), ("[x]", "Barneperspektivet"),
                 ("[ ]", "Overganger mellom tjenester, skole og arbeidsliv")):
        p.line(f"  {m} {t}")
    p.skip(4)
    p.line("Budsjett", b=True)
    for a, b_ in (("Familieveileder 100 % stilling", "620 000"), ("Kompetanse", "15 000"), ("SUM", "635 000")):
        p.line(f"  {a:<40}{b_:>12}")
    p.line("-" * 80)
    p.line("Godkjenning", b=True)
    p.line("Elektronisk godkjent 26.01.2018 av Ellen Nilsen, leder NAV Hammerfest")
    p.line("Elektronisk godkjent 29.01.2018 av Jan Olli, rådmann")
    c.showPage(); c.save()
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Hammerfest", "Hammerfest", "974288311"),
                 contact=("Silje Johansen", "silje.johansen@nav.no", "78402000"),
                 project=("Trygg oppvekst - Hammerfest", "new", "2018-03-01"), pct=100,
                 amounts={"positions": 620000, "competence": 15000, "other": None, "total": 635000},
                 prio=("barneperspektivet", "ungdom-innvandrere"), interest=(None, None),
                 sigs=[("nav_leader", "Ellen Nilsen", "leder NAV Hammerfest", "2018-01-26", "electronic_approval"),
                       ("municipality", "Jan Olli", "rådmann", "2018-01-29", "electronic_approval")],
                 notes=["2018: no caps known -> 620 000 per 100 % and competence 15 000 give no finding"])


# ============================================================ z11 pdf-acroform nb, Nav Lillesand (TITLE_MISSING)
def z11(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    p = Page(c)
    p.line("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav 2020", b=True, size=12)
    p.line("Utfylt skjema sendes Statsforvalteren i Agder innen 1. februar 2020.", size=9)
    p.skip(10)
    f = c.acroForm
    fields = [("Nav-kontor", "kontor"), ("Kommune", "kommune"), ("Organisasjonsnummer", "orgnr"),
              ("Kontaktperson", "kontakt"), ("E-post", "epost"), ("Telefon", "telefon"),
              ("Prosjektnavn", "prosjektnavn"), ("Oppstartsdato", "oppstart"),
              ("Stilling", "stilling"), ("Stillingsprosent", "prosent"), ("Lønn og sosiale kostnader", "lonn"),
              ("Kompetansemidler", "komp"), ("Sum omsøkt", "sum")]
    for label, name in fields:
        c.setFont("Helvetica", 10); c.drawString(60, p.y, label)
        f.textfield(name=name, x=220, y=p.y - 5, width=300, height=17, borderWidth=0.5, fontSize=10, value="")
        p.y -= 24
    p.skip(4)
    checks = [("Nytt prosjekt", "ny"), ("Videreføring", "videre"), ("Bruk av ordinært arbeidsliv", "pri1"),
              ("Oppfølging av barnefamilier, ungdom og innvandrere", "pri2"), ("Sikring av sårbare overganger", "pri3"),
              ("Ønsker nettverk/klyngesamarbeid", "nettverk"), ("Ønsker ekstern prosessevaluering", "evaluering")]
    for label, name in checks:
        f.checkbox(name=name, x=60, y=p.y - 3, size=12, checked=False, buttonStyle="cross", borderWidth=0.5)
        c.setFont("Helvetica", 10); c.drawString(80, p.y, label)
        p.y -= 20
    p.skip(14)
    c.setFont("Helvetica-Bold", 10); c.drawString(60, p.y, "Signatur Nav-leder"); c.drawString(310, p.y, "Signatur kommunedirektør")
    p.y -= 52
    p.ink(111, 60, p.y, 140, 44); p.ink(112, 310, p.y, 140, 44)
    c.line(60, p.y, 260, p.y); c.line(310, p.y, 510, p.y)
    p.y -= 22
    for x, name in ((60, "navn1"), (310, "navn2")):
        f.textfield(name=name, x=x, y=p.y - 5, width=200, height=17, borderWidth=0.5, fontSize=10, value="")
        f.textfield(name="dato" + name[-1], x=x, y=p.y - 28, width=200, height=17, borderWidth=0.5, fontSize=10, value="")
    c.showPage(); c.save()
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=r)
    vals = {"kontor": "Nav Lillesand", "kommune": "Lillesand", "orgnr": "993110752", "kontakt": "Marit Eikeland",
            "epost": "marit.eikeland@nav.no", "telefon": "37 26 17 00", "prosjektnavn": "",
            "oppstart": "01.09.2020", "stilling": "Sosialfaglig veileder", "prosent": "100 %", "lonn": "590 000",
            "komp": "10 000", "sum": "600 000", "navn1": "Arne Tellefsen, leder Nav Lillesand",
            "dato1": "Lillesand 23.01.2020", "navn2": "Anne Kathrine Helle, kommunedirektør", "dato2": "Lillesand 24.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    on = {"ny", "pri2", "pri3", "nettverk", "evaluering"}
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            states = [k for k in a["/AP"]["/N"].keys() if k != "/Off"]
            a[NameObject("/V")] = NameObject(states[0]); a[NameObject("/AS")] = NameObject(states[0])
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w.add_metadata({"/Producer": "pypdf", "/Title": "Søknadsskjema 2020"})
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Lillesand", "Lillesand", "993110752"),
                 contact=("Marit Eikeland", "marit.eikeland@nav.no", "37261700"),
                 project=(None, "new", "2020-09-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=("barnefamilier-ungdom-innvandrere", "saarbare-overganger"), interest=(True, True),
                 sigs=[("nav_leader", "Arne Tellefsen", "leder Nav Lillesand", "2020-01-23", "handwritten"),
                       ("municipality", "Anne Kathrine Helle", "kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["TITLE_MISSING"], notes=["the project name field is left empty"])


# ============================================================ z14 pdf-handwritten nb, Nav Grimstad
def _grimstad(c):
    p = Page(c, font="Times-Roman", bold="Times-Bold", size=11)
    p.line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", b=True, size=14)
    p.skip(6)
    c.setFont("Times-Bold", 11)
    y0 = p.y
    for i, (k, v) in enumerate((("Søkende kontor", "Nav Grimstad"), ("Kommune", "Grimstad"), ("Org.nr.", "974379058"),
                                ("Kontaktperson", "Kjetil Berge"), ("Telefon", "37 25 03 00"),
                                ("E-post", "kjetil.berge@nav.no"))):
        x = 60 if i % 2 == 0 else 310
        y = y0 - (i // 2) * 34
        c.setFont("Times-Roman", 8); c.drawString(x, y, k.upper())
        c.setFont("Times-Bold", 11); c.drawString(x, y - 13, v)
    p.y = y0 - 3 * 34 - 6
    p.line("Prosjekt: «Neste steg – ung voksen i Grimstad»", b=True)
    p.line("Nytt prosjekt. Planlagt oppstart: 1. august 2020.")
    p.wrap("Unge voksne mellom 18 og 25 år som flytter ut fra barnevernsinstitusjon eller fosterhjem mister ofte "
           "oppfølgingen. Prosjektet skal sikre overgangen med en fast kontaktperson i Nav og tett samarbeid med "
           "barnevernet og oppfølgingstjenesten.")
    p.line("Prioritert område: Sikring av sårbare overganger.")
    p.skip(6)
    p.line("Budsjett", b=True)
    for a, b_ in (("Stilling: kontaktperson ung voksen, 100 %", "kr 605 000,-"), ("Kompetansemidler", "kr 5 000,-"),
                  ("Totalt omsøkt", "kr 610 000,-")):
        c.setFont("Times-Roman", 11); c.drawString(60, p.y, a); c.drawRightString(460, p.y, b_); p.y -= 16
    p.skip(6)
    p.line("Vi ønsker å delta i nettverk/klyngesamarbeid: ja.   Ekstern prosessevaluering: ja.")
    return p


def z14(out: Path):
    c = canv(out, "Søknad Nav Grimstad 2020", "Nav Grimstad")
    p = _grimstad(c)
    p.skip(20)
    y = p.y
    for x, seed, place, name, title in ((60, 141, "Sted/dato: Grimstad, 24.01.2020", "Kristin Aasland", "Nav-leder"),
                                        (320, 142, "Sted/dato: Grimstad, 27.01.2020", "Ole Henrik Sørensen", "Rådmann")):
        c.setFont("Times-Roman", 10); c.drawString(x, y, place)
        p.ink(seed, x, y - 58, 150, 46)
        c.line(x, y - 60, x + 200, y - 60)
        c.drawString(x, y - 74, title); c.drawString(x, y - 88, name)
    c.showPage(); c.save()
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Grimstad", "Grimstad", "974379058"),
                 contact=("Kjetil Berge", "kjetil.berge@nav.no", "37250300"),
                 project=("Neste steg – ung voksen i Grimstad", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=("saarbare-overganger",), interest=(True, True),
                 sigs=[("nav_leader", "Kristin Aasland", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Ole Henrik Sørensen", "Rådmann", "2020-01-27", "handwritten")],
                 notes=["title printed above the name under the signature line"])


# ============================================================ z15 pdf-scanned nb, NAV Vadsø
def z15(out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        c = canv(src)
        p = Page(c, size=11)
        p.line("NAV Vadsø", b=True, size=16)
        p.line("Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020", b=True, size=12)
        p.skip(8)
        for k, v in (("NAV-kontor:", "NAV Vadsø"), ("Kommune:", "Vadsø"), ("Org.nr.:", "964103283"),
                     ("Kontaktperson:", "Randi Isaksen"), ("Telefon:", "78 94 23 00"), ("E-post:", "randi.isaksen@nav.no"),
                     ("Prosjektnavn:", "Arbeid og språk"), ("Nytt/videreføring:", "Nytt prosjekt"),
                     ("Oppstart:", "02.03.2020")):
            p.kv(k, v, tab=150)
        p.skip(4)
        p.line("Prosjektbeskrivelse", b=True)
        p.wrap("Innvandrere med lite norskopplæring skal få språkpraksis og oppfølging i ordinære bedrifter i Vadsø, "
               "i samarbeid med voksenopplæringen.", width=470)
        p.skip(4)
        p.line("Prioriterte områder", b=True)
        for m, t in (("X", "Bruk av ordinært arbeidsliv"), ("X", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     (" ", "Sikring av sårbare overganger")):
            c.rect(62, p.y - 2, 10, 10)
            c.setFont("Helvetica-Bold", 10); c.drawString(64, p.y, m)
            c.setFont("Helvetica", 11); c.drawString(80, p.y, t); p.y -= 17
        p.skip(4)
        p.line("Budsjett", b=True)
        for a, b_ in (("Språk- og arbeidsveileder 100 %", "595 000"), ("Kompetanse", "10 000"), ("Sum", "605 000")):
            c.setFont("Helvetica", 11); c.drawString(62, p.y, a); c.drawRightString(400, p.y, b_); p.y -= 16
        p.skip(4)
        p.line("Nettverk/klyngesamarbeid:  Ja        Ekstern prosessevaluering:  Nei")
        p.skip(24)
        y = p.y
        for x, seed, name, title, date in ((62, 151 + 40, "Liv Anita Pedersen", "Leder NAV Vadsø", "28.01.2020"),
                                           (320, 152 + 40, "Wenche Pedersen", "Rådmann", "30.01.2020")):
            c.setFont("Helvetica", 10); c.drawString(x, y, f"Dato: {date}")
            p.ink(seed, x, y - 56, 150, 46)
            c.line(x, y - 58, x + 200, y - 58)
            c.drawString(x, y - 72, f"{name}, {title}")
        c.showPage(); c.save()
        scan_pdf(src, out, dpi=200, angle=-2.2, contrast=0.6, shadow="top", quality=50, seed=15)
    return truth("z15", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Vadsø", "Vadsø", "964103283"),
                 contact=("Randi Isaksen", "randi.isaksen@nav.no", "78942300"),
                 project=("Arbeid og språk", "new", "2020-03-02"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "other": None, "total": 605000},
                 prio=("barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"), interest=(True, False),
                 sigs=[("nav_leader", "Liv Anita Pedersen", "Leder NAV Vadsø", "2020-01-28", "handwritten"),
                       ("municipality", "Wenche Pedersen", "Rådmann", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


# ============================================================ z16 pdf-pades nn, Nav Ulstein (two valid signatures)
def _cert(cn, key):
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ulstein kommune"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(abs(hash(cn)) % 10**12 + 1 if False else sum(map(ord, cn)) * 7919)
            .not_valid_before(dt.datetime(2019, 1, 1)).not_valid_after(dt.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))


def z16(out: Path):
    import datetime as dt
    from unittest import mock
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.signers import pdf_cms, pdf_signer
    from pyhanko.pdf_utils.metadata import info as pinfo
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from asn1crypto import keys as akeys, x509 as ax509
    from testkey24 import KEY_PEM
    key = serialization.load_pem_private_key(KEY_PEM.encode(), None)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    p = Page(c, font="DV", bold="DVB", size=10)
    p.line("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", b=True, size=13)
    p.skip(6)
    for k, v in (("Nav-kontor", "Nav Ulstein"), ("Kommune", "Ulstein"), ("Organisasjonsnummer", "974630125"),
                 ("Kontaktperson", "Håvard Vik"), ("E-post", "havard.vik@nav.no"), ("Telefon", "70 01 75 00"),
                 ("Prosjektnamn", "Saman om jobb"), ("Søknaden gjeld", "Vidareføring, år 3"),
                 ("Oppstart", "1. januar 2020")):
        p.kv(k, v, tab=160)
    p.skip(4)
    p.line("Om prosjektet", b=True)
    p.wrap("Tredje og siste år. Prosjektet har bygt eit fast samarbeid med verftsindustrien i Ulstein, der deltakarar "
           "får arbeidstrening og tilsetjing. I år skal arbeidsmåten forankrast i ordinær drift.")
    p.skip(4)
    p.line("Prioriterte område: Bruk av ordinært arbeidsliv.")
    p.skip(4)
    p.line("Budsjett", b=True)
    for a, b_ in (("Jobbkonsulent, 100 % stilling", "590 000"), ("Kompetansemidlar", "10 000"), ("Samla søknadssum", "600 000")):
        c.setFont("DV", 10); c.drawString(60, p.y, a); c.drawRightString(420, p.y, b_); p.y -= 15
    p.skip(4)
    p.line("Nettverk/klyngesamarbeid: ja.  Ekstern prosessevaluering: nei.")
    p.skip(10)
    p.line("Signering", b=True)
    p.wrap("Søknaden er signert digitalt av Nav-leiar Svein Arne Hareide og kommunedirektør Margunn Rise.")
    c.showPage(); c.save()
    data = buf.getvalue()

    class FrozenDT(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2020, 1, 27, 10, 0, 0, tzinfo=dt.timezone.utc)

    pk = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption()))
    for i, (cn, field, when) in enumerate((("Svein Arne Hareide", "Signatur1", 27), ("Margunn Rise", "Signatur2", 29))):
        cert = ax509.Certificate.load(_cert(cn, key).public_bytes(serialization.Encoding.DER))
        signer = signers.SimpleSigner(signing_cert=cert, signing_key=pk, cert_registry=SimpleCertificateStore.from_certs([cert]))
        FrozenDT.now = classmethod(lambda cls, tz=None, d=when: dt.datetime(2020, 1, d, 10, 0, 0, tzinfo=dt.timezone.utc))
        with mock.patch.object(pdf_cms, "datetime", FrozenDT), mock.patch.object(pdf_signer, "datetime", FrozenDT), \
                mock.patch.object(pinfo, "datetime", FrozenDT), \
                mock.patch("os.urandom", lambda n: bytes([0x24 + i]) * n):
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            meta = signers.PdfSignatureMetadata(field_name=field, name=cn, location="Ulstein",
                                                reason="Godkjent søknad")
            outb = signers.sign_pdf(w, meta, signer=signer)
            data = outb.getvalue()
    out.write_bytes(data)
    return truth("z16", "pdf", "pdf-pades", lang="nn", scheme=S20,
                 office=("Nav Ulstein", "Ulstein", "974630125"), contact=("Håvard Vik", "havard.vik@nav.no", "70017500"),
                 project=("Saman om jobb", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=("ordinaert-arbeidsliv",), interest=(True, False),
                 sigs=[("nav_leader", "Svein Arne Hareide", "Nav-leiar", "2020-01-27", "digital"),
                       ("municipality", "Margunn Rise", "Kommunedirektør", "2020-01-29", "digital")],
                 notes=["two PAdES signatures in sequence, both valid; year 3 is within the limit"])


# ============================================================ z17 not-application: budget revision request
def z17(out: Path):
    c = canv(out, "Søknad om endring av budsjett", "Nav Ringerike")
    p = Page(c, font="Helvetica", size=10.5)
    p.line("Nav Ringerike", b=True, size=14)
    p.line("Statsforvalteren i Oslo og Viken")
    p.line("Hønefoss, 14.09.2020")
    p.skip(10)
    p.line("Søknad om endring av budsjett – tilskudd til sosiale tjenester 2020, prosjekt «Jobbspor»", b=True, size=11)
    p.skip(4)
    p.wrap("Vi viser til tilskuddsbrev av 5. juni 2020, der Nav Ringerike fikk innvilget kr 610 000 til prosjektet "
           "«Jobbspor» (100 % stilling som jobbspesialist). På grunn av koronasituasjonen ble tilsettingen "
           "forsinket fra 1. mai til 1. september 2020, og kr 203 000 av tilskuddet vil ikke bli brukt til lønn i 2020.")
    p.skip(4)
    p.wrap("Vi ber om å få omdisponere kr 200 000 fra lønn til kjøp av veiledning og kompetanseheving for "
           "prosjektgruppen, alternativt å få overføre ubrukte midler til 2021. Prosjektets mål og målgruppe "
           "endres ikke.")
    p.skip(6)
    p.line("Opprinnelig og endret budsjett", b=True)
    for a, b_, cc in (("Post", "Innvilget", "Endret"), ("Lønn og sosiale kostnader", "600 000", "400 000"),
                      ("Kompetanse", "10 000", "210 000"), ("Sum", "610 000", "610 000")):
        c.setFont("Helvetica", 10.5); c.drawString(60, p.y, a); c.drawRightString(330, p.y, b_); c.drawRightString(450, p.y, cc)
        p.y -= 16
    p.skip(10)
    p.line("Med vennlig hilsen")
    p.skip(6)
    p.line("Siri Bjerke")
    p.line("leder Nav Ringerike")
    c.showPage(); c.save()
    t = truth("z17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
              score_fields=False, notes=["a request to change an approved project's budget"])
    return t


# ============================================================ z18 bad-input: a PDF with no pages
def z18(out: Path):
    from pypdf import PdfWriter
    w = PdfWriter()
    w.add_metadata({"/Producer": "Skanning til PDF", "/Title": "Søknad Nav"})
    b = io.BytesIO()
    w.write(b)
    out.write_bytes(b.getvalue())
    return truth("z18", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a well-formed PDF with zero pages (a failed scan-to-PDF export)"])
