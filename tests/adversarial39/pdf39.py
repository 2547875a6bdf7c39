"""PDF documents of corpus 39 (pdf-text, pdf-acroform, pdf-handwritten, pdf-scanned, pdf-pades,
not-application). Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
import tempfile
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit39 import S20, ink_reader, mod11_ok, pades_sign, register_fonts, scan_pdf, self_signed, truth

W, H = A4


class Sheet:
    """A reportlab canvas with a top-down cursor."""

    def __init__(self, target, font="DV", bold="DVB", italic="DVI", size=10, title="Søknad"):
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.f, self.b, self.i, self.s = font, bold, italic, size
        self.y = H - 56
        self.footer = None

    def text(self, s, x=56, font=None, size=None, dy=None, grey=False):
        size = size or self.s
        self.c.setFont(font or self.f, size)
        if grey:
            self.c.setFillGray(0.4)
        self.c.drawString(x, self.y, s)
        self.c.setFillGray(0)
        self.y -= dy if dy is not None else size + 5

    def wrap(self, s, x=56, width=92, **kw):
        for line in textwrap.wrap(s, width):
            self.need(40)
            self.text(line, x=x, **kw)

    def question(self, no, label, hint, answers):
        """County form: bold numbered label, grey italic instruction, answers indented below."""
        self.need(60 + 14 * len(answers))
        self.text(f"{no}  {label}", font=self.b, dy=self.s + 3)
        if hint:
            self.text(hint, x=74, font=self.i, size=self.s - 2, grey=True, dy=self.s + 2)
        for a in answers:
            self.text(a, x=74, dy=self.s + 4)
        self.y -= 5

    def ink(self, seed, x, y, w=130, h=38):
        self.c.drawImage(ink_reader(seed), x, y, w, h, mask="auto")

    def need(self, dy):
        if self.y < dy:
            self.page()

    def page(self):
        if self.footer:
            self.c.setFont(self.f, 7.5)
            self.c.setFillGray(0.35)
            self.c.drawString(56, 30, self.footer)
            self.c.setFillGray(0)
        self.c.showPage()
        self.y = H - 56

    def save(self):
        if self.footer:
            self.c.setFont(self.f, 7.5)
            self.c.setFillGray(0.35)
            self.c.drawString(56, 30, self.footer)
            self.c.setFillGray(0)
        self.c.save()


# ---------------------------------------------------------------- n08 pdf-text nb, county form, org number invalid
def n08(out: Path):
    org = "983328195"
    assert not mod11_ok(org)
    p = Sheet(str(out), "LS", "LSB", "LSI", 10)
    p.c.setFillColorRGB(0.12, 0.3, 0.5)
    p.c.rect(0, H - 40, W, 40, fill=1, stroke=0)
    p.c.setFillGray(1)
    p.c.setFont("LSB", 11)
    p.c.drawString(56, H - 26, "Statsforvalteren i Rogaland · Søknadsskjema")
    p.c.setFillGray(0)
    p.y = H - 70
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", font="LSB", size=13, dy=24)
    p.question("1.", "Søker (Nav-kontor)", "Tilskudd gis bare til Nav-kontor. Skriv kontorets fulle navn.", ["NAV Sandnes"])
    p.question("2.", "Kommune", "", ["Sandnes kommune"])
    p.question("3.", "Organisasjonsnummer", "Kontorets organisasjonsnummer (9 siffer).", [org[:3] + " " + org[3:6] + " " + org[6:]])
    p.question("4.", "Kontaktperson", "Navn, e-post og telefon.", ["Navn: Kjetil Øvrebø", "E-post: kjetil.ovrebo@nav.no",
                                                                  "Telefon: 51 97 60 25"])
    p.question("5.", "Prosjektets navn", "", ["Inkludering i Sandnes"])
    p.question("6.", "Nytt prosjekt eller videreføring?", "Skriv «ny» eller «videreføring år 2/3».", ["Ny"])
    p.question("7.", "Oppstart", "Oppgi dato.", ["2. mars 2020"])
    p.question("8.", "Stillingsprosent", "Samlet stillingsprosent for alle stillinger i prosjektet.", ["80 %"])
    p.question("9.", "Beløp det søkes om", "Maks kr 610 000 per hele stilling og kr 10 000 i kompetansemidler.",
               ["Lønn og sosiale kostnader: kr 480 000", "Kompetansemidler: kr 10 000", "Totalt: kr 490 000"])
    p.question("10.", "Prioriterte områder", "Skriv x foran de områdene prosjektet gjelder.",
               ["x  Bruk av ordinært arbeidsliv", "    Oppfølging av barnefamilier, ungdom og innvandrere",
                "    Sikring av sårbare overganger"])
    p.question("11.", "Nettverk/klyngesamarbeid og ekstern prosessevaluering",
               "Svar ja eller nei på hvert av spørsmålene.",
               ["Nettverk/klyngesamarbeid: nei", "Ekstern prosessevaluering: ja"])
    p.need(200)
    p.question("12.", "Underskrifter", "Nav-leder og rådmann/kommunedirektør.", [])
    y = p.y - 10
    for x, place, seed, name, title in [(56, "Sandnes, 21.01.2020", "n08a", "Kjetil Nordbø", "Nav-leder"),
                                        (310, "Sandnes, 23.01.2020", "n08b", "Bjørg Helland", "Kommunedirektør")]:
        p.c.setFont("LS", 10)
        p.c.drawString(x, y, place)
        p.ink(seed, x, y - 50)
        p.c.line(x, y - 52, x + 200, y - 52)
        p.c.drawString(x, y - 65, f"Navn: {name}")
        p.c.drawString(x, y - 78, f"Tittel: {title}")
    p.save()
    return truth("n08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Sandnes", "Sandnes", org), contact=("Kjetil Øvrebø", "kjetil.ovrebo@nav.no", "51976025"),
                 project=("Inkludering i Sandnes", "new", "2020-03-02"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "total": 490000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Kjetil Nordbø", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Bjørg Helland", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: org number 983 328 195 fails MOD11",
                        "county form: numbered questions, grey italic instructions (one names the caps), answers below"])


# ---------------------------------------------------------------- n09 pdf-text nn, third and last year
def n09(out: Path):
    p = Sheet(str(out), "DVS", "DVSB", "DVSI", 10)
    p.text("NAV KINN", font="DVSB", size=15, dy=18)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", font="DVSB", size=12, dy=26)
    rows = [("Søkjar", "NAV Kinn"), ("Kommune", "Kinn"), ("Org.nr", "975843831"),
            ("Kontaktperson", "Lars Erik Sunde"), ("Telefon", "57 75 44 00"), ("E-post", "lars.erik.sunde@nav.no"),
            ("Prosjekt", "«Kvalifisering på arbeidsplassen»"),
            ("Søknaden gjeld", "Vidareføring – 3. og siste år (tilskot 2018 og 2019)"),
            ("Prosjektperiode i år", "1. januar – 31. desember 2020"),
            ("Stillingar", "to stillingar, kvar på 100 %"),
            ("Løn og sosiale kostnader", "kr 1.200.000"), ("Kompetanse", "kr 10.000"),
            ("Til saman", "kr 1.210.000")]
    for a, v in rows:
        p.c.setFont("DVSB", 10)
        p.c.drawRightString(210, p.y, a + ":")
        p.c.setFont("DVS", 10)
        p.c.drawString(220, p.y, v)
        p.y -= 16
    p.y -= 6
    p.text("Prioriterte område", font="DVSB")
    p.wrap("Prosjektet byggjer bru mellom kvalifiseringsprogrammet og ordinære arbeidsplassar: deltakarane får "
           "praksis i vanlege verksemder med rettleiing frå Nav. Prosjektet gjeld dermed bruk av ordinært arbeidsliv.")
    p.y -= 4
    p.text("Nettverk/klyngjesamarbeid: ja.  Ekstern prosessevaluering: nei.")
    p.y -= 30
    p.text("Florø, 22. januar 2020", dy=8)
    y = p.y
    p.ink("n09a", 56, y - 48)
    p.ink("n09b", 320, y - 48)
    p.c.setFont("DVS", 10)
    p.c.drawString(56, y - 64, "Randi Solvik, leiar NAV Kinn")
    p.c.drawString(320, y - 64, "Geir Inge Ulvestad, rådmann")
    p.save()
    return truth("n09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Kinn", "Kinn", "975843831"),
                 contact=("Lars Erik Sunde", "lars.erik.sunde@nav.no", "57754400"),
                 project=("Kvalifisering på arbeidsplassen", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Randi Solvik", "leiar NAV Kinn", "2020-01-22", "handwritten"),
                       ("municipality", "Geir Inge Ulvestad", "rådmann", "2020-01-22", "handwritten")],
                 notes=["near-miss: continuation in its 3rd and last year (no CONTINUATION_LIMIT); 200 % at 1 200 000",
                        "right-aligned labels; 'kr 1.200.000' with dots; area argued in prose; one date for both"])


# ---------------------------------------------------------------- n10 not-application: request to change an approved project
def n10(out: Path):
    p = Sheet(str(out), "LR", "LRB", "LSI", 11)
    p.text("NAV Tromsø", font="LRB", size=13)
    p.text("Statsforvalteren i Troms og Finnmark", dy=14)
    p.text("Tromsø, 14. januar 2020", dy=26)
    p.text("Søknad om endring av godkjent prosjekt – tilskudd 2019", font="LRB", size=12, dy=22)
    p.wrap("Vi viser til tilsagnsbrev av 20. mai 2019 om tilskudd på kr 610 000 til prosjektet «Ung Arbeidskraft» "
           "(100 % stilling). På grunn av sykefravær i prosjektstillingen fra september til november 2019 er "
           "kr 118 000 av tilskuddet ikke brukt.", width=88)
    p.y -= 6
    p.wrap("Nav Tromsø ber om å få forlenge prosjektperioden til 30. april 2020 og bruke de ubrukte midlene til "
           "lønn i forlengelsen. Prosjektets mål og målgruppe er uendret.", width=88)
    p.y -= 6
    p.wrap("Kontaktperson: Sara Pedersen, sara.pedersen@nav.no, 77 79 10 00.", width=88)
    p.y -= 20
    p.text("Med hilsen")
    p.ink("n10a", 56, p.y - 44)
    p.y -= 56
    p.text("Tore Nilsen")
    p.text("leder, NAV Tromsø")
    p.save()
    return truth("n10", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False,
                 notes=["a request to extend an approved 2019 project (endring av godkjent prosjekt), not an application"])


# ---------------------------------------------------------------- AcroForms (n13, n14)
def _acro(out: Path, heading, sub, fields, boxes, sigs, values, ticked):
    """Draw a fillable form, then fill it with pypdf as a clerk's PDF reader would (NeedAppearances)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56, H - 56, heading)
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(56, H - 72, sub)
    form = c.acroForm
    y = H - 108
    for name, label, hint in fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(56, y + 5, label)
        if hint:
            c.setFont("Helvetica-Oblique", 7)
            c.setFillGray(0.45)
            c.drawString(56, y - 4, hint)
            c.setFillGray(0)
        form.textfield(name=name, x=240, y=y, width=300, height=17, borderWidth=1, fontSize=9.5,
                       fillColor=None, borderColor=None)
        y -= 25
    y -= 4
    for name, label in boxes:
        if name is None:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(56, y + 2, label)
        else:
            form.checkbox(name=name, x=62, y=y, size=11, buttonStyle="check")
            c.setFont("Helvetica", 9.5)
            c.drawString(82, y + 2, label)
        y -= 18
    y -= 14
    for i, (head, seed) in enumerate(sigs):
        x = 56 + i * 260
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x, y, head)
        c.drawImage(ink_reader(seed), x, y - 52, 130, 38, mask="auto")
        c.line(x, y - 54, x + 220, y - 54)
        c.setFont("Helvetica", 8.5)
        c.drawString(x, y - 67, "Navn")
        c.drawString(x, y - 87, "Dato")
        form.textfield(name=f"signavn{i}", x=x + 40, y=y - 72, width=170, height=15, borderWidth=0, fontSize=9)
        form.textfield(name=f"sigdato{i}", x=x + 40, y=y - 92, width=170, height=15, borderWidth=0, fontSize=9)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], values, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ticked:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)


def n13(out: Path):
    _acro(out, "Søknadsskjema – tilskudd til sosiale tjenester i Nav-kontoret 2020",
          "Utfylles elektronisk. Felt merket * er obligatoriske. Frist 1. februar 2020.",
          [("kontor", "Nav-kontor *", "Slik det står i Enhetsregisteret"), ("kommune", "Kommune *", ""),
           ("org", "Organisasjonsnummer *", "9 siffer"), ("kontakt", "Kontaktperson *", ""),
           ("epost", "E-post *", ""), ("telefon", "Telefon", "Valgfritt"),
           ("prosjekt", "Prosjektnavn *", ""), ("start", "Oppstartsdato *", "dd.mm.åååå"),
           ("stilling", "Stillingsprosent *", "Summen av alle stillinger"),
           ("lonn", "Lønn inkl. sosiale kostnader *", "Maks 610 000 per 100 %"),
           ("komp", "Kompetansemidler", "Maks 10 000"), ("sum", "Sum omsøkt *", "")],
          [(None, "Søknaden gjelder"), ("ny", "Nytt prosjekt"), ("vf", "Videreføring"),
           (None, "Prioriterte områder"), ("p1", "Bruk av ordinært arbeidsliv"),
           ("p2", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("p3", "Sikring av sårbare overganger"),
           (None, "Ønsker kontoret å delta i"), ("nett", "nettverk/klyngesamarbeid"), ("eval", "ekstern prosessevaluering")],
          [("Leder Nav Arendal", "n13a"), ("Kommunedirektør, Arendal kommune", "n13b")],
          {"kontor": "Nav Arendal", "kommune": "Arendal", "org": "992225548", "kontakt": "Hilde Mørland",
           "epost": "hilde.morland@nav.no", "telefon": "", "prosjekt": "Familiehuset", "start": "01.09.2020",
           "stilling": "50 %", "lonn": "NOK 305.000", "komp": "NOK 10.000", "sum": "NOK 315.000",
           "signavn0": "Ragnhild Berge", "sigdato0": "29.01.2020", "signavn1": "Harald Danielsen", "sigdato1": "31.01.2020"},
          {"ny", "p2", "p3", "nett", "eval"})
    return truth("n13", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Arendal", "Arendal", "992225548"), contact=("Hilde Mørland", "hilde.morland@nav.no", None),
                 project=("Familiehuset", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Berge", "Leder Nav Arendal", "2020-01-29", "handwritten"),
                       ("municipality", "Harald Danielsen", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: 50 % at exactly NOK 305.000; e-mail only (phone field optional, empty)",
                        "grey hints under labels ('Maks 610 000 per 100 %') are instructions, not values"])


def n14(out: Path):
    _acro(out, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
          "Skjemaet kan fyllast ut på skjerm. Send det signerte skjemaet til Statsforvaltaren innan 1. februar 2020.",
          [("kontor", "Nav-kontor", ""), ("kommune", "Kommune", ""), ("org", "Organisasjonsnummer", ""),
           ("kontakt", "Kontaktperson", ""), ("epost", "E-post", ""), ("telefon", "Telefon", ""),
           ("prosjekt", "Namn på prosjektet", ""), ("start", "Oppstart", ""),
           ("stilling", "Stillingsprosent", "T.d. 100 % eller 50 %"),
           ("lonn", "Løn og sosiale kostnader", ""), ("komp", "Kompetansemidlar", ""), ("sum", "Sum", "")],
          [(None, "Søknaden gjeld"), ("ny", "Nytt prosjekt"), ("vf", "Vidareføring"),
           (None, "Prioriterte område"), ("p1", "Bruk av ordinært arbeidsliv"),
           ("p2", "Oppfølging av barnefamiliar, ungdom og innvandrarar"), ("p3", "Sikring av sårbare overgangar"),
           (None, "Kontoret ønskjer"), ("nett", "nettverk/klyngjesamarbeid"), ("eval", "ekstern prosessevaluering")],
          [("Leiar Nav Ålesund", "n14a"), ("Kommunedirektør", "n14b")],
          {"kontor": "Nav Ålesund", "kommune": "Ålesund", "org": "920139132", "kontakt": "Marit Hjelle",
           "epost": "marit.hjelle@nav.no", "telefon": "70 16 28 00", "prosjekt": "Ny start Ålesund",
           "start": "1. mars 2020", "stilling": "80 %", "lonn": "kr 500 000,-", "komp": "kr 10 000,-",
           "sum": "kr 510 000,-", "signavn0": "Svein Roald Liavåg", "sigdato0": "20.01.2020",
           "signavn1": "Astrid Eidem", "sigdato1": "22.01.2020"},
          {"ny", "p1", "eval"})
    return truth("n14", "pdf", "pdf-acroform", lang="nn", scheme=S20,
                 office=("Nav Ålesund", "Ålesund", "920139132"), contact=("Marit Hjelle", "marit.hjelle@nav.no", "70162800"),
                 project=("Ny start Ålesund", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 500000, "competence": 10000, "total": 510000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Svein Roald Liavåg", "Leiar Nav Ålesund", "2020-01-20", "handwritten"),
                       ("municipality", "Astrid Eidem", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 80 % at kr 500 000,- > 488 000"])


# ---------------------------------------------------------------- n15 pdf-handwritten nb, boxed captions, names in the footer
def _box(c, x, y, w, h, caption, value, font="DV"):
    c.setLineWidth(0.6)
    c.rect(x, y, w, h)
    c.setFont(font, 6.5)
    c.setFillGray(0.4)
    c.drawString(x + 3, y + h - 8, caption)
    c.setFillGray(0)
    c.setFont(font, 10)
    c.drawString(x + 6, y + 5, value)


def n15(out: Path):
    p = Sheet(str(out), "DV", "DVB", "DVI", 10)
    p.footer = ("Bydel Grünerløkka · Nav Grünerløkka · Søknaden er underskrevet av Mette Krogh, Nav-leder, "
                "og Arild Nordby, bydelsdirektør.")
    c = p.c
    p.text("Oslo kommune – Bydel Grünerløkka", size=8, grey=True)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", font="DVB", size=12, dy=14)
    y = H - 110
    rows = [[("Nav-kontor", "Nav Grünerløkka", 240), ("Kommune/bydel", "Oslo, bydel Grünerløkka", 243)],
            [("Organisasjonsnummer", "954 325 245", 160), ("Kontaktperson", "Jonas Ali", 160),
             ("Telefon / e-post", "46 81 23 09 / jonas.ali@nav.no", 163)],
            [("Prosjektets navn", "Barn i familier med lav inntekt – helhetlig oppfølging", 483)],
            [("Nytt / videreføring", "Videreføring, år 2", 160), ("Oppstart", "1. januar 2020", 160),
             ("Stillingsprosent", "100 %", 163)],
            [("Lønn og sosiale kostnader (kr)", "598 000", 160), ("Kompetanse (kr)", "9 500", 160),
             ("Sum omsøkt (kr)", "607 500", 163)]]
    for row in rows:
        x = 56
        for cap, val, w in row:
            _box(c, x, y, w, 30, cap, val)
            x += w
        y -= 30
    y -= 18
    c.setFont("DVB", 10)
    c.drawString(56, y, "Prioriterte områder (kryss av)")
    y -= 16
    for on, label in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      (False, "Sikring av sårbare overganger")]:
        c.rect(58, y - 1, 9, 9)
        if on:
            c.setFont("DVB", 10)
            c.drawString(59.5, y, "X")
        c.setFont("DV", 10)
        c.drawString(74, y, label)
        y -= 15
    y -= 8
    c.drawString(56, y, "Ønsker nettverk/klyngesamarbeid:  Ja       Ønsker ekstern prosessevaluering:  Ja")
    y -= 30
    for x, cap, seed, d in [(56, "Underskrift Nav-leder", "n15a", "Oslo, 30.01.2020"),
                            (300, "Underskrift bydelsdirektør", "n15b", "Oslo, 31.01.2020")]:
        c.rect(x, y - 70, 230, 70)
        c.setFont("DV", 6.5)
        c.setFillGray(0.4)
        c.drawString(x + 3, y - 8, cap)
        c.setFillGray(0)
        p.ink(seed, x + 30, y - 52)
        c.setFont("DV", 9)
        c.drawString(x + 6, y - 65, d)
    p.save()
    return truth("n15", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Grünerløkka", "Oslo", "954325245"), contact=("Jonas Ali", "jonas.ali@nav.no", "46812309"),
                 project=("Barn i familier med lav inntekt – helhetlig oppfølging", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 598000, "competence": 9500, "total": 607500},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Mette Krogh", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Arild Nordby", "bydelsdirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: Oslo district, signed by the bydelsdirektør (municipal leadership in Oslo)",
                        "boxed fields with small captions; signers' names only in the page footer"])


# ---------------------------------------------------------------- n16 pdf-scanned nb, municipal block empty
def n16(out: Path):
    buf = io.BytesIO()
    p = Sheet(buf, "LS", "LSB", "LSI", 11)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", font="LSB", size=12, dy=26)
    for a, v in [("Søker:", "NAV Narvik"), ("Kommune:", "Narvik"), ("Org.nr.:", "981 171 403"),
                 ("Kontaktperson:", "Tove Hansen"), ("Telefon:", "76 96 41 00"), ("E-post:", "tove.hansen@nav.no"),
                 ("Prosjektnavn:", "Arbeidslinja Narvik"), ("Ny søknad / videreføring:", "Ny søknad"),
                 ("Oppstart:", "01.04.2020"), ("Stillingsprosent:", "100 %"),
                 ("Lønn og sosiale kostnader:", "kr 560 000"), ("Kompetanse:", "kr 10 000"),
                 ("Sum omsøkt:", "kr 570 000")]:
        p.c.setFont("LSB", 11)
        p.c.drawString(56, p.y, a)
        p.c.setFont("LS", 11)
        p.c.drawString(230, p.y, v)
        p.y -= 19
    p.y -= 6
    p.text("Prioriterte områder:", font="LSB")
    p.text("[x] Bruk av ordinært arbeidsliv    [ ] Oppfølging av barnefamilier, ungdom og innvandrere")
    p.text("[x] Sikring av sårbare overganger")
    p.y -= 4
    p.text("Nettverk/klyngesamarbeid: Ja     Ekstern prosessevaluering: Nei")
    p.y -= 26
    y = p.y
    c = p.c
    c.setFont("LSB", 11)
    c.drawString(56, y, "NAV-leder")
    c.drawString(310, y, "Rådmann")
    p.ink("n16a", 56, y - 52)
    c.setFont("LS", 11)
    c.line(56, y - 54, 270, y - 54)
    c.line(310, y - 54, 524, y - 54)
    c.drawString(56, y - 70, "Navn: Roger Eriksen")
    c.drawString(310, y - 70, "Navn:")
    c.drawString(56, y - 86, "Dato: 27.01.2020")
    c.drawString(310, y - 86, "Dato:")
    p.save()
    scan_pdf(buf.getvalue(), out, dpi=200, angle=0.9, seed=16, quality=50)
    return truth("n16", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Narvik", "Narvik", "981171403"), contact=("Tove Hansen", "tove.hansen@nav.no", "76964100"),
                 project=("Arbeidslinja Narvik", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Roger Eriksen", "NAV-leder", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: the Rådmann block (line, Navn:, Dato:) is empty on a 200 dpi grey scan"])


# ---------------------------------------------------------------- n17 pdf-pades nb, changed after signing
def n17(out: Path):
    from pypdf import PdfReader, PdfWriter
    buf = io.BytesIO()
    p = Sheet(buf, "DV", "DVB", "DVI", 10)
    p.text("Nav Bærum", font="DVB", size=14)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", font="DVB", dy=24)
    for a, v in [("Søker", "Nav Bærum, Bærum kommune"), ("Org.nr.", "981236270"),
                 ("Kontakt", "Nora Fjeld · nora.fjeld@nav.no · 67 50 40 00"), ("Prosjekt", "Ung Bærum jobber"),
                 ("Type", "Nytt prosjekt"), ("Oppstart", "1. mai 2020"), ("Stilling", "1 årsverk (100 %)"),
                 ("Lønn og sosiale kostnader", "NOK 600 000"), ("Kompetanse", "NOK 10 000"), ("Omsøkt i alt", "NOK 610 000"),
                 ("Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                 ("Nettverk/klynge", "Nei"), ("Prosessevaluering", "Ja")]:
        p.c.setFont("DVB", 10)
        p.c.drawString(56, p.y, a)
        p.c.setFont("DV", 10)
        p.c.drawString(230, p.y, v)
        p.y -= 17
    p.y -= 20
    p.text("Signert digitalt (PAdES):", font="DVB")
    p.text("Nav-leder Camilla Wold, 20.01.2020")
    p.text("Kommunedirektør Erik Kongshaug, 23.01.2020")
    p.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = self_signed(Path(td), "Camilla Wold", "Nav Bærum")
        data = pades_sign(data, "NavLeder", (56, 120, 260, 160), s1, datetime.datetime(2020, 1, 20, 9, 12, tzinfo=tz))
    with tempfile.TemporaryDirectory() as td:
        s2 = self_signed(Path(td), "Erik Kongshaug", "Bærum kommune")
        data = pades_sign(data, "Kommune", (300, 120, 520, 160), s2, datetime.datetime(2020, 1, 23, 15, 40, tzinfo=tz))
    ob = io.BytesIO()
    oc = canvas.Canvas(ob, pagesize=A4, invariant=1)
    oc.setFont("Helvetica", 9)
    oc.drawString(56, 90, "Vedlegg: revidert prosjektplan")
    oc.save()
    w = PdfWriter(PdfReader(io.BytesIO(data)), incremental=True)
    w.pages[0].merge_page(PdfReader(io.BytesIO(ob.getvalue())).pages[0])
    res = io.BytesIO()
    w.write(res)
    out.write_bytes(res.getvalue())
    return truth("n17", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Bærum", "Bærum", "981236270"), contact=("Nora Fjeld", "nora.fjeld@nav.no", "67504000"),
                 project=("Ung Bærum jobber", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Camilla Wold", "Nav-leder", "2020-01-20", "digital"),
                       ("municipality", "Erik Kongshaug", "Kommunedirektør", "2020-01-23", "digital")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["defect: after both PAdES signatures an incremental update adds a line to the page content",
                        "total 610 000 = positions 600 000 + competence 10 000 (not a cap breach)"])
