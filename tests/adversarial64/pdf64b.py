"""PDF documents of corpus 64, part two (pdf-acroform, pdf-handwritten, pdf-scanned, pdf-pades,
not-application)."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit64 import S20, ink_reader, register_fonts, truth
from pdf64 import AREAS_NB, grey
from pdfkit64 import Page, _self_signed, _sign

W, H = A4


# ---------------------------------------------------------------- gd14 pdf-acroform nb, printed hints under the fields
def gd14(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, H - 50, "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("Helvetica", 8)
    c.setFillGray(0.4)
    c.drawString(50, H - 64, "Utfyllbart skjema. Hjelpetekst under hvert felt. Maks kr 610 000 per 100 % stilling, "
                             "kompetanse maks kr 10 000. Frist 1. februar 2020.")
    c.setFillGray(0)
    form = c.acroForm
    fields = [("kontor", "Nav-kontor", "f.eks. Nav Eksempelby"), ("kommune", "Kommune", None),
              ("orgnr", "Organisasjonsnummer", "9 siffer, f.eks. 123456789"),
              ("kontakt", "Kontaktperson", "f.eks. Ola Nordmann"), ("epost", "E-post", "f.eks. ola.nordmann@nav.no"),
              ("tlf", "Telefon", "8 siffer"), ("tittel", "Prosjektets tittel", "f.eks. «Sammen om arbeid»"),
              ("start", "Oppstart", "dd.mm.åååå"), ("prosent", "Stillingsprosent", "f.eks. 50 %"),
              ("lonn", "Lønn og sosiale kostnader", "Eksempel: kr 400 000"), ("komp", "Kompetanse", "maks kr 10 000"),
              ("sum", "Sum omsøkt", "Eksempel: kr 410 000")]
    y = H - 100
    for name, label, hnt in fields:
        c.setFont("Helvetica", 10)
        c.drawString(50, y + 5, label)
        form.textfield(name=name, tooltip=hnt or label, x=210, y=y, width=320, height=18, borderWidth=1, fontSize=10)
        if hnt:
            c.setFont("Helvetica-Oblique", 7)
            c.setFillGray(0.45)
            c.drawString(212, y - 8, hnt)
            c.setFillGray(0)
        y -= 31
    boxes = [("ny", "Nytt prosjekt"), ("vf", "Videreføring"), ("p1", AREAS_NB[0]), ("p2", AREAS_NB[1]),
             ("p3", AREAS_NB[2]), ("nett", "Ønsker nettverk/klyngesamarbeid"), ("eval", "Ønsker ekstern prosessevaluering")]
    c.setFont("Helvetica", 10)
    for name, label in boxes:
        form.checkbox(name=name, x=50, y=y, size=12, buttonStyle="check")
        c.drawString(70, y + 2, label)
        y -= 19
    y -= 14
    for i, (head, seed) in enumerate([("Signatur Nav-leder", "gd14a"), ("Signatur kommunens ledelse", "gd14b")]):
        x = 50 + i * 270
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x, y, head)
        c.drawImage(ink_reader(seed), x, y - 52, 140, 40, mask="auto")
        c.line(x, y - 54, x + 220, y - 54)
        c.setFont("Helvetica", 8)
        c.drawString(x, y - 66, "Navn og tittel")
        c.drawString(x, y - 88, "Dato")
        form.textfield(name=f"navn{i}", x=x + 60, y=y - 72, width=160, height=14, borderWidth=0, fontSize=9)
        form.textfield(name=f"dato{i}", x=x + 60, y=y - 94, width=160, height=14, borderWidth=0, fontSize=9)
        c.setFillGray(0.45)
        c.drawString(x, y - 104, "eks. Ola Nordmann, Nav-leder" if i == 0 else "eks. Kari Nordmann, kommunedirektør")
        c.setFillGray(0)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    vals = {"kontor": "Nav Bærum", "kommune": "Bærum", "orgnr": "975088367", "kontakt": "Lise Mo",
            "epost": "lise.mo@nav.no", "tlf": "67504000", "tittel": "Bærumsløftet", "start": "01.06.2020",
            "prosent": "60 %", "lonn": "366 000", "komp": "10 000", "sum": "376 000",
            "navn0": "Trond Ellefsen, Nav-leder", "dato0": "21.01.2020",
            "navn1": "Kjersti Bråten, kommunalsjef", "dato1": "24.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ("ny", "p1", "nett"):
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    w.add_metadata({"/Title": TextStringObject("Søknadsskjema 2020")})
    with open(out, "wb") as f:
        w.write(f)
    return truth("gd14", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Bærum", "Bærum", "975088367"), contact=("Lise Mo", "lise.mo@nav.no", "67504000"),
                 project=("Bærumsløftet", "new", "2020-06-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Trond Ellefsen", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Kjersti Bråten", "Kommunalsjef", "2020-01-24", "handwritten")],
                 notes=["near-miss: 60 % at exactly 366 000; printed grey example hints under every field and as tooltips"])


# ---------------------------------------------------------------- gd15 pdf-handwritten nn, area in other words, kommunalsjef signs
def _nn_form(p: Page, rows, extra, sigs):
    for lab, hnt, val in rows:
        p.c.setFont(p.b, p.s)
        p.c.drawString(60, p.y, lab)
        if hnt:
            grey(p, hnt, 60 + p.c.stringWidth(lab, p.b, p.s) + 6, p.y, 7.5)
        p.y -= p.s + 3
        p.c.setFont(p.f, p.s)
        p.c.drawString(72, p.y, val)
        p.y -= p.s + 8
    for line in extra:
        p.text(line)
    p.y -= 18
    for i, (head, hnt, place, seed, name) in enumerate(sigs):
        x = 60 + i * 260
        p.c.setFont(p.b, p.s)
        p.c.drawString(x, p.y, head)
        grey(p, hnt, x, p.y - 11)
        p.c.setFont(p.f, p.s)
        p.c.drawString(x, p.y - 25, place)
        if seed:
            p.ink(seed, x, p.y - 72)
        p.c.line(x, p.y - 74, x + 200, p.y - 74)
        p.c.drawString(x, p.y - 87, name)


def gd15(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=12, dy=16)
    grey(p, "Søknadsfrist 1. februar 2020. Søknaden skal signerast av Nav-leiar og rådmann/kommunedirektør.", 60, p.y, 8)
    p.y -= 22
    _nn_form(p, [("Nav-kontor", "(t.d. Nav Eksempelby)", "Nav Luster"), ("Kommune", None, "Luster"),
                 ("Organisasjonsnummer", None, "927 611 546"),
                 ("Kontaktperson", "(namn, e-post, telefon – t.d. Kari Nordmann)", "Eirik Nes, eirik.nes@nav.no, 57 68 55 00"),
                 ("Prosjektnamn", None, "Luster-vegen"), ("Nytt prosjekt eller vidareføring", "(maks tre år)",
                                                           "Vidareføring, 2. år"),
                 ("Oppstart", "(dd.mm.åååå)", "01.01.2020"), ("Stillingsressurs", "(t.d. 50 % stilling)", "Ei heil stilling"),
                 ("Budsjett", "(løn og sosiale kostnader, kompetanse, sum)",
                  "Løn 610 000 kr, kompetanse 10 000 kr, sum 620 000 kr"),
                 ("Kva prioritert område svarar prosjektet på?", "(sjå kunngjeringa)",
                  "Tett oppfølging av familiar med born og av unge innvandrarar")],
             ["Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Ja"],
             [("Nav-leiar", "Signatur Nav-leiar (t.d. Ola Nordmann, Nav-leiar)", "Gaupne, 24.01.2020", "gd15a",
               "Siv Sande, Nav-leiar"),
              ("Rådmann/kommunedirektør", "Signatur kommuneleiinga", "Gaupne, 27.01.2020", "gd15b",
               "Oddbjørn Bolstad, kommunalsjef for helse og omsorg")])
    p.save()
    return truth("gd15", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Luster", "Luster", "927611546"), contact=("Eirik Nes", "eirik.nes@nav.no", "57685500"),
                 project=("Luster-vegen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Siv Sande", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Oddbjørn Bolstad", "Kommunalsjef for helse og omsorg", "2020-01-27",
                        "handwritten")],
                 notes=["near-miss: the municipal line printed 'Rådmann/kommunedirektør' is signed by a kommunalsjef",
                        "near-miss: the priority area in other words ('familiar med born', 'unge innvandrarar'); "
                        "'Ei heil stilling' = 100 % at exactly 610 000"])


# ---------------------------------------------------------------- gd16 pdf-scanned nb, signed after the deadline printed in the form
def gd16(out: Path):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    p = Page(buf, "DV", "DVB", 11)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, dy=16)
    grey(p, "Søknadsfrist: 1. februar 2020. Søknaden sendes Statsforvalteren i Trøndelag.", 60, p.y, 8.5)
    p.y -= 22
    _nn_form(p, [("Nav-kontor", "(eks. Nav Eksempelby)", "Nav Namsos"), ("Kommune", None, "Namsos"),
                 ("Organisasjonsnummer", "(9 siffer)", "966 277 157"),
                 ("Kontaktperson", "(navn, e-post, telefon)", "Heidi Brattgjerd, heidi.brattgjerd@nav.no, 74 21 70 00"),
                 ("Prosjektnavn", "(eks. «Sammen om arbeid»)", "Namsos-porten"),
                 ("Nytt prosjekt / videreføring", None, "Nytt prosjekt"), ("Oppstart", "(dd.mm.åååå)", "01.03.2020"),
                 ("Stillingsprosent", "(f.eks. 50 % stilling)", "100 % stilling"),
                 ("Budsjett", "(eksempel: lønn kr 400 000, kompetanse kr 10 000)",
                  "Lønn kr 590 000, kompetanse kr 10 000, sum kr 600 000")],
             ["Prioriterte områder:  [X] Bruk av ordinært arbeidsliv   [ ] Barnefamilier, ungdom",
              "og innvandrere   [ ] Sårbare overganger",
              "Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Ja"],
             [("Nav-leder", "(eks. Ola Nordmann, Nav-leder)", "Namsos, 30.01.2020", "gd16a", "Arnt Ivar Sætran, Nav-leder"),
              ("Kommunedirektør", "(signeres innen fristen)", "Namsos, 04.02.2020", "gd16b",
               "Elin Reitan, kommunedirektør")])
    p.save()
    img = pdfium.PdfDocument(buf.getvalue())[0].render(scale=200 / 72).to_pil().convert("L")
    img = img.rotate(0.8, resample=Image.BICUBIC, expand=True, fillcolor=245)
    rnd = random.Random(64)
    px = img.load()
    w, h = img.size
    for _ in range(2500):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((90, 190))
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=55)
    fixed = datetime.datetime(2020, 2, 5, 8, 0, 0).timetuple()
    Image.open(jb).save(out, "PDF", resolution=200, creationDate=fixed, modDate=fixed)
    return truth("gd16", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Namsos", "Namsos", "966277157"),
                 contact=("Heidi Brattgjerd", "heidi.brattgjerd@nav.no", "74217000"),
                 project=("Namsos-porten", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Arnt Ivar Sætran", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Elin Reitan", "Kommunedirektør", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: the kommunedirektør signed 04.02.2020 under the hint '(signeres innen fristen)'",
                        "200 dpi grey scan, rotated 0.8°, speckle, JPEG q55"])


# ---------------------------------------------------------------- gd17 pdf-pades nb, example signature in the guidance
def gd17(out: Path):
    import tempfile
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 10)
    p.text("Nav Sandnes – søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True,
           size=12, dy=22)
    for a, v in [("Søker", "Nav Sandnes"), ("Kommune", "Sandnes"), ("Org.nr.", "971 516 348"),
                 ("Kontaktperson", "Jan Sele"), ("E-post", "jan.sele@nav.no"), ("Telefon", "51 97 20 00"),
                 ("Prosjekttittel", "Ny start Sandnes"), ("Prosjekttype", "Nytt"), ("Oppstart", "1. mars 2020"),
                 ("Stillinger", "150 % (én 100 % og én 50 % stilling)"), ("Lønn og sosiale kostnader", "900 000 kr"),
                 ("Kompetanse", "10 000 kr"), ("Totalt omsøkt", "910 000 kr"),
                 ("Prioriterte områder", "Oppfølging av barnefamilier, ungdom og innvandrere; Sikring av sårbare overganger"),
                 ("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Ja")]:
        p.pair(a + ":", v, x2=200)
    p.y -= 8
    p.wrap("Prosjektet skal gi unge innvandrere som avslutter introduksjonsprogrammet en sammenhengende plan "
           "videre til arbeid eller utdanning.", 95)
    p.y -= 16
    p.text("Signaturer", bold=True)
    y = p.y
    p.c.drawString(60, y - 15, "Nav-leder Anne Lise Ravndal, Sandnes 21.01.2020")
    p.c.drawString(320, y - 15, "Kommunedirektør Kristin Eide, Sandnes 23.01.2020")
    p.c.drawString(60, y - 30, "Signert digitalt")
    p.c.drawString(320, y - 30, "Signert digitalt")
    gy = 170
    p.c.setFillGray(0.93)
    p.c.rect(55, gy - 75, 490, 95, stroke=0, fill=1)
    p.c.setFillGray(0)
    p.c.setFont("LSB", 8.5)
    p.c.drawString(60, gy + 8, "Utfyllingshjelp (fra Statsforvalteren)")
    for i, s in enumerate(["Stillinger: oppgi stillingsprosent, f.eks. «50 % stilling». Inntil kr 610 000 per 100 % stilling.",
                           "Kompetanse: inntil kr 10 000 per prosjekt. Tilskuddet kan ikke gå til drift, utstyr eller husleie.",
                           "Eksempel på utfylt signaturfelt: Nav-leder Ola Nordmann, Eksempelby 15.01.2020",
                           "Søknaden signeres digitalt eller for hånd av Nav-leder og kommunedirektør/rådmann.",
                           "Frist: 1. februar 2020."]):
        grey(p, s, 60, gy - 8 - i * 13, 8)
    p.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Anne Lise Ravndal", "Nav Sandnes")
        s2 = _self_signed(Path(td), "Kristin Eide", "Sandnes kommune")
        data = _sign(data, "NavLeder", (60, 300, 260, 340), s1, datetime.datetime(2020, 1, 21, 9, 40, tzinfo=tz))
        data = _sign(data, "Kommune", (320, 300, 520, 340), s2, datetime.datetime(2020, 1, 23, 15, 10, tzinfo=tz))
    out.write_bytes(data)
    return truth("gd17", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Sandnes", "Sandnes", "971516348"), contact=("Jan Sele", "jan.sele@nav.no", "51972000"),
                 project=("Ny start Sandnes", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Anne Lise Ravndal", "Nav-leder", "2020-01-21", "digital"),
                       ("municipality", "Kristin Eide", "Kommunedirektør", "2020-01-23", "digital")],
                 notes=["two incremental PAdES signatures; a grey guidance box carries an example signature line "
                        "('Nav-leder Ola Nordmann, Eksempelby 15.01.2020') and what the grant cannot cover"])


# ---------------------------------------------------------------- gd18 not-application nn, the county's filled-in example
def gd18(out: Path):
    p = Page(str(out), "DV", "DVB", 9.5)
    p.text("Statsforvaltaren i Vestland", bold=True, size=12)
    p.text("Rettleiing til søknadsskjemaet – tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, dy=20)
    p.wrap("Denne rettleiinga viser korleis søknadsskjemaet kan fyllast ut. Døma nedanfor er oppdikta og skal ikkje "
           "sendast inn. Søknadsfristen er 1. februar 2020. Tilskot blir gitt med inntil 610 000 kr per 100 % stilling "
           "og inntil 10 000 kr til kompetanse. Søknaden skal signerast av Nav-leiar og kommunedirektør.", 100)
    p.y -= 8
    p.text("Døme på utfylt skjema", bold=True)
    for a, v in [("Nav-kontor", "Nav Eksempelby"), ("Kommune", "Eksempelby kommune"), ("Organisasjonsnummer", "123 456 789"),
                 ("Kontaktperson", "Ola Nordmann, ola.nordmann@nav.no, 12 34 56 78"),
                 ("Prosjektnamn", "Saman om arbeid"), ("Stillingsprosent", "50 % stilling"),
                 ("Løn og sosiale kostnader", "400 000 kr"), ("Kompetanse", "10 000 kr"), ("Sum", "410 000 kr"),
                 ("Prioritert område", "Bruk av ordinært arbeidsliv"),
                 ("Signatur", "Ola Nordmann, Nav-leiar / Kari Nordmann, kommunedirektør")]:
        p.pair(a + ":", v, x2=200)
    p.y -= 8
    p.text("Vanlege feil", bold=True)
    for s in ["Manglande signatur frå kommuneleiinga.", "Stillingsprosent er ikkje oppgitt.",
              "Beløpet er over 610 000 kr per 100 % stilling.", "Eksempeltekst er ikkje sletta."]:
        p.text("– " + s)
    p.y -= 10
    p.text("Spørsmål kan rettast til Marianne Fjell, sfvlpost@statsforvalteren.no, 55 57 20 00.")
    p.text("Bergen, 10. desember 2019")
    p.save()
    return truth("gd18", "pdf", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["the county's guidance with an invented filled-in example (Nav Eksempelby, "
                                            "Ola Nordmann, 50 %, 400 000 kr): no application"])
