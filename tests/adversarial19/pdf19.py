"""PDF builders (u07-u09, u12, u13, u15, u16) with their hand-written truth."""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit19 import H, W, Flow, ink_pdf, orgnr  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"


def new_canvas(out: Path, title: str):
    c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
    c.setTitle(title)
    c.setAuthor("Nav")
    c.setCreator("Nav saksbehandling")
    return c


# ---------------------------------------------------------------- u07
def u07(out: Path):
    """pdf-text, nb: numbered sections (1 / 1.1 ...), answers after the numbered label on the same
    line; competence 10 001 (one krone over). Defect: COMPETENCE_OVER_CAP."""
    org = orgnr(8)
    c = new_canvas(out, "Søknad tilskudd 2020 Nav Steinkjer")
    f = Flow(c, "LibSans", 10.5)
    f.line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "LibSans-Bold", 13)
    f.line("Sendes Statsforvalteren i Trøndelag innen 1. februar 2020", size=9, gap=22)
    xs = (60, 90, 300)
    def sec(t):
        f.y -= 4
        f.line(t, "LibSans-Bold", 11.5)
    sec("1  Søker")
    for r in (("1.1", "Nav-kontor", "NAV Steinkjer"), ("1.2", "Kommune", "Steinkjer"), ("1.3", "Organisasjonsnr.", org),
              ("1.4", "Kontaktperson", "Vegard Holm"), ("1.5", "E-post", "vegard.holm@nav.no"), ("1.6", "Telefon", "741 69 020")):
        f.row(r, xs)
    sec("2  Prosjektet")
    for r in (("2.1", "Prosjektnavn", "Raskere i jobb etter rus"), ("2.2", "Nytt/videreført", "Nytt"),
              ("2.3", "Oppstart", "1. mai 2020"), ("2.4", "Stilling", "1 stilling, 100 %")):
        f.row(r, xs)
    f.para("2.5  Prosjektet skal utvikle en ny oppfølgingsmodell for personer som avslutter rusbehandling, "
           "slik at overgangen fra behandling til arbeid og bolig blir sikrere.")
    sec("3  Budsjett")
    for r in (("3.1", "Lønn og sosiale kostnader", "kr 600 000"), ("3.2", "Prosjektspesifikk kompetanse", "kr 10 001"),
              ("3.3", "Totalt omsøkt", "kr 610 001")):
        f.row(r, xs)
    sec("4  Prioriterte områder")
    for r in (("[ ]", "Bruk av ordinært arbeidsliv", ""), ("[ ]", "Oppfølging av barnefamilier, ungdom og innvandrere", ""),
              ("[X]", "Sikring av sårbare overganger", "")):
        f.row(r, xs)
    sec("5  Nettverk og evaluering")
    f.row(("5.1", "Ønsker nettverk/klyngesamarbeid", "Ja"), xs)
    f.row(("5.2", "Ønsker ekstern prosessevaluering", "Ja"), xs)
    sec("6  Underskrifter")
    f.y -= 10
    y = f.y
    for x, seed, name, title, date in ((60, 701, "Mari Wold", "Nav-leder", "31.01.2020"),
                                       (320, 702, "Bjørn Iversen", "Kommunedirektør", "31.01.2020")):
        c.setFont("LibSans", 9)
        c.drawString(x, y, f"Steinkjer, {date}")
        ink_pdf(c, seed, x, y - 48)
        c.line(x, y - 50, x + 200, y - 50)
        c.setFont("LibSans", 10)
        c.drawString(x, y - 63, name)
        c.drawString(x, y - 76, title)
    c.save()
    return truth("u07", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Steinkjer", "Steinkjer", org), contact=("Vegard Holm", "vegard.holm@nav.no", "74169020"),
                 project=("Raskere i jobb etter rus", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10001, "other": None, "total": 610001},
                 prio=("saarbare-overganger",), interest=(True, True),
                 sigs=(("nav_leader", "Mari Wold", "Nav-leder", "2020-01-31", "handwritten"),
                       ("municipality", "Bjørn Iversen", "Kommunedirektør", "2020-01-31", "handwritten")),
                 expected=["COMPETENCE_OVER_CAP"], notes=["competence 10 001: one krone over"])


# ---------------------------------------------------------------- u08
def u08(out: Path):
    """pdf-text, nb: amounts with øre — two 50 % lines of 304 999,60, sum line 609 999,20 and the
    total "kr 609 999" (rounded down): no sum mismatch, no cap breach; signed "1.2.2020"."""
    org = orgnr(9)
    c = new_canvas(out, "Søknad Nav Kongsberg 2020")
    f = Flow(c, "DejaVuSerif", 10)
    f.line("NAV KONGSBERG", "DejaVuSans-Bold", 12)
    f.line("Søknad – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret, tilskuddsåret 2020", "DejaVuSans-Bold", 10.5, gap=22)
    for a, b in (("Søker:", "NAV Kongsberg, Kongsberg kommune"), ("Org.nummer:", org),
                 ("Kontakt:", "Linn Grønvold (linn.gronvold@nav.no, 404 71 882)"),
                 ("Prosjekt:", "Familieløftet Kongsberg"), ("Søknadstype:", "nytt prosjekt"),
                 ("Oppstart:", "1. oktober 2020")):
        f.row((a, b), (60, 160))
    f.y -= 8
    f.para("Prosjektet skal prøve ut en ny helhetlig oppfølging av barnefamilier med lav inntekt, der to "
           "familieveiledere i halv stilling samarbeider med barnevern, skole og lokale arbeidsgivere.")
    f.line("Budsjett (kr)", "DejaVuSans-Bold", 10.5)
    xs = (60, 330, 500)
    f.row(("Post", "Stillingsandel", "Beløp"), xs, "DejaVuSans-Bold", 9.5, right=(2,))
    for r in (("Familieveileder 1", "50 %", "304 999,60"), ("Familieveileder 2", "50 %", "304 999,60"),
              ("Sum lønn og sosiale kostnader", "100 %", "609 999,20"), ("Omsøkt totalt (avrundet)", "", "609 999")):
        f.row(r, xs, right=(2,))
    f.y -= 6
    f.para("Prosjektet svarer på prioriteringen Oppfølging av barnefamilier, ungdom og innvandrere, og på "
           "Bruk av ordinært arbeidsliv gjennom avtaler med arbeidsgivere.")
    f.line("Nettverk/klyngesamarbeid: Ja     Ekstern prosessevaluering: Nei", gap=26)
    y = f.y
    for x, seed, name, title in ((60, 801, "Anders Wiik", "leder NAV Kongsberg"), (320, 802, "Kari Kjos", "rådmann")):
        c.setFont("DejaVuSerif", 9)
        c.drawString(x, y, "Kongsberg 1.2.2020")
        ink_pdf(c, seed, x, y - 46)
        c.setFont("DejaVuSerif", 10)
        c.drawString(x, y - 60, f"{name}, {title}")
    c.save()
    return truth("u08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", org), contact=("Linn Grønvold", "linn.gronvold@nav.no", "40471882"),
                 project=("Familieløftet Kongsberg", "new", "2020-10-01"), pct=100,
                 amounts={"positions": 609999, "competence": None, "other": None, "total": 609999},
                 prio=("barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"), interest=(True, False),
                 sigs=(("nav_leader", "Anders Wiik", "Leder NAV Kongsberg", "2020-02-01", "handwritten"),
                       ("municipality", "Kari Kjos", "Rådmann", "2020-02-01", "handwritten")),
                 notes=["øre: 609 999,20 vs total 609 999 differs by 20 øre only: no AMOUNT_SUM_MISMATCH"])


# ---------------------------------------------------------------- u09
def u09(out: Path):
    """pdf-text, nb: the project IMPLEMENTS a ready-made method (IPS, by the national model, fidelity
    scale, no own development). Defect: EXCLUDED_EXISTING_METHOD."""
    org = orgnr(10)
    c = new_canvas(out, "Søknad Nav Hamar")
    f = Flow(c, "LibSerif", 11)
    f.line("Nav Hamar – søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "LibSerif-Bold", 12, gap=24)
    rows = (("Nav-kontor", "Nav Hamar"), ("Kommune", "Hamar"), ("Org.nr.", org), ("Kontaktperson", "Nina Brenden"),
            ("E-post", "nina.brenden@nav.no"), ("Telefon", "951 08 446"), ("Prosjektnavn", "IPS i Nav Hamar"),
            ("Nytt / videreføring", "Nytt prosjekt"), ("Oppstart", "01.04.2020"), ("Stilling", "Jobbspesialist, 100 %"),
            ("Lønn og sosiale kostnader", "605 000"), ("Kompetanse", "5 000"), ("Sum omsøkt", "610 000"))
    for a, b in rows:
        c.rect(60, f.y - 4, 180, 17)
        c.rect(240, f.y - 4, 290, 17)
        f.row((a, b), (64, 244))
        f.y -= 2
    f.y -= 10
    f.line("Beskrivelse av prosjektet", "LibSerif-Bold")
    f.para("Prosjektet skal innføre IPS (Individuell jobbstøtte) i Nav Hamar slik metoden er beskrevet i den "
           "nasjonale IPS-modellen. Jobbspesialisten skal arbeide etter IPS-manualen, og vi skal måle "
           "metodetroskap med IPS-skalaen. Vi gjør ingen egne tilpasninger eller videreutvikling av metoden; "
           "målet er å ta i bruk en ferdig metode med dokumentert effekt for personer med psykiske lidelser som "
           "ønsker ordinært arbeid.")
    f.line("Prioritert område: Bruk av ordinært arbeidsliv", gap=18)
    f.line("Nettverk/klyngesamarbeid: nei    Ekstern prosessevaluering: nei", gap=30)
    y = f.y
    for x, seed, name, title, date in ((60, 901, "Stein Ove Hagen", "Nav-leder", "20.01.2020"),
                                       (320, 902, "Tove Alstad", "Kommunedirektør", "21.01.2020")):
        c.setFont("LibSerif", 10)
        c.drawString(x, y, f"Dato: {date}")
        c.drawString(x, y - 14, f"{title}:")
        ink_pdf(c, seed, x, y - 60)
        c.drawString(x, y - 74, name)
    c.save()
    return truth("u09", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Hamar", "Hamar", org), contact=("Nina Brenden", "nina.brenden@nav.no", "95108446"),
                 project=("IPS i Nav Hamar", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=("ordinaert-arbeidsliv",), interest=(False, False),
                 sigs=(("nav_leader", "Stein Ove Hagen", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Tove Alstad", "Kommunedirektør", "2020-01-21", "handwritten")),
                 expected=["EXCLUDED_EXISTING_METHOD"], notes=["implements IPS as is, no own development"])


# ---------------------------------------------------------------- u15
def u15(out: Path):
    """not-application, nb: request to carry unused 2019 grant money over to 2020 for an approved
    project (title, positions, amounts, two signatures)."""
    c = new_canvas(out, "Anmodning om overføring av ubrukte midler")
    f = Flow(c, "DejaVuSans", 10.5)
    f.line("Nav Løten", "DejaVuSans-Bold", 11)
    f.line("Statsforvalteren i Innlandet", gap=20)
    f.line("Løten, 14.01.2020", gap=20)
    f.line("Søknad om overføring av ubrukte tilskuddsmidler fra 2019 til 2020", "DejaVuSans-Bold", 11.5, gap=20)
    f.para("Vi viser til tilsagnsbrev av 12. juni 2019, der Nav Løten fikk kr 610 000 i tilskudd til utvikling "
           "av sosiale tjenester for prosjektet «Arbeid for alle» (én stilling, 100 %). Stillingen ble først "
           "besatt 1. oktober 2019, og kr 325 000 av tilskuddet er ikke brukt.")
    f.para("Vi søker om å få overføre de ubrukte midlene, kr 325 000, til 2020, slik at prosjektet kan "
           "gjennomføres som planlagt. Prosjektets innhold og målgruppe er uendret. Et revidert budsjett følger.")
    f.line("Revidert budsjett", "DejaVuSans-Bold")
    for r in (("Ubrukt tilskudd 2019", "325 000"), ("Brukt 2019", "285 000"), ("Sum tilsagn 2019", "610 000")):
        f.row(r, (60, 400))
    f.y -= 20
    f.line("Kontaktperson: Eva Holmstad, eva.holmstad@nav.no, 922 10 554", gap=30)
    y = f.y
    for x, seed, name, title in ((60, 1501, "Geir Kristiansen", "Nav-leder"), (320, 1502, "Hilde Ness", "Rådmann")):
        ink_pdf(c, seed, x, y - 40)
        c.setFont("DejaVuSans", 10)
        c.drawString(x, y - 54, f"{name}, {title}")
    c.save()
    return truth("u15", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["request to carry unused money of an approved project over to the next year"])


def _acro_fill(blank: Path, out: Path, values: dict, checks: dict):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    w = PdfWriter(clone_from=PdfReader(str(blank)))
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
        for a in page.get("/Annots", []):
            a = a.get_object()
            nm = a.get("/T")
            if nm in checks:
                on = [k for k in a["/AP"]["/N"].keys() if k != "/Off"][0]
                st = NameObject(on if checks[nm] else "/Off")
                a[NameObject("/V")] = st
                a[NameObject("/AS")] = st
    w.set_need_appearances_writer(True)
    w.add_metadata({"/Producer": "pypdf", "/Title": "Søknadsskjema"})
    with open(out, "wb") as fh:
        w.write(fh)
    blank.unlink()


# ---------------------------------------------------------------- u12
def u12(out: Path):
    """pdf-acroform, nb: labels LEFT of text fields, cross check boxes; ink drawn on the page; the
    Nav leader's date field says "02.02.2020" (the day after the deadline). Defect:
    SIGNED_AFTER_DEADLINE."""
    org = orgnr(11)
    blank = out.with_suffix(".blank.pdf")
    c = new_canvas(blank, "Søknadsskjema")
    c.setFont("LibSans-Bold", 13)
    c.drawString(50, H - 60, "Søknadsskjema: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("LibSans", 9)
    c.drawString(50, H - 76, "Frist: 1. februar 2020. Send til Statsforvalteren i Innlandet.")
    fields = (("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
              ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("tlf", "Telefon"),
              ("tittel", "Prosjektets navn"), ("oppstart", "Oppstartsdato"), ("andel", "Stillingsprosent"),
              ("lonn", "Lønn og sosiale kostnader (kr)"), ("komp", "Kompetansemidler (kr)"), ("sum", "Sum omsøkt (kr)"))
    y = H - 110
    for name, lab in fields:
        c.setFont("LibSans", 10)
        c.drawString(50, y + 4, lab)
        c.acroForm.textfield(name=name, x=230, y=y, width=300, height=17, borderWidth=0.5, fontName="Helvetica", fontSize=10)
        y -= 24
    y -= 6
    c.setFont("LibSans-Bold", 10)
    c.drawString(50, y, "Type søknad")
    for i, (name, lab) in enumerate((("ny", "Nytt prosjekt"), ("videre", "Videreføring"))):
        c.acroForm.checkbox(name=name, x=230 + i * 150, y=y - 3, size=12, buttonStyle="cross", borderWidth=0.5)
        c.setFont("LibSans", 10)
        c.drawString(246 + i * 150, y, lab)
    y -= 26
    c.setFont("LibSans-Bold", 10)
    c.drawString(50, y, "Prioriterte områder")
    for name, lab in (("pri1", "Bruk av ordinært arbeidsliv"), ("pri2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("pri3", "Sikring av sårbare overganger")):
        y -= 18
        c.acroForm.checkbox(name=name, x=60, y=y - 3, size=12, buttonStyle="cross", borderWidth=0.5)
        c.setFont("LibSans", 10)
        c.drawString(78, y, lab)
    y -= 26
    for name, lab in (("nett", "Ønsker nettverk/klyngesamarbeid"), ("eval", "Ønsker ekstern prosessevaluering")):
        c.acroForm.checkbox(name=name, x=60, y=y - 3, size=12, buttonStyle="cross", borderWidth=0.5)
        c.drawString(78, y, lab)
        y -= 18
    y -= 20
    c.setFont("LibSans-Bold", 10)
    c.drawString(50, y, "Underskrifter")
    y -= 20
    for x, role, pre, seed in ((50, "Nav-leder", "sig1", 1201), (310, "Kommunedirektør", "sig2", 1202)):
        c.setFont("LibSans", 9)
        c.drawString(x, y, "Dato")
        c.acroForm.textfield(name=pre + "dato", x=x + 40, y=y - 4, width=120, height=15, borderWidth=0.5, fontSize=9)
        ink_pdf(c, seed, x, y - 58)
        c.line(x, y - 60, x + 220, y - 60)
        c.drawString(x, y - 72, f"{role} (navn med blokkbokstaver)")
        c.acroForm.textfield(name=pre + "navn", x=x, y=y - 96, width=220, height=15, borderWidth=0.5, fontSize=9)
    c.save()
    _acro_fill(blank, out, {
        "kontor": "NAV Elverum", "kommune": "Elverum", "orgnr": org, "kontakt": "Torill Sætre",
        "epost": "torill.saetre@nav.no", "tlf": "62 41 33 70", "tittel": "Ny start etter soning",
        "oppstart": "01.05.2020", "andel": "100 %", "lonn": "590 000", "komp": "10 000", "sum": "600 000",
        "sig1dato": "02.02.2020", "sig1navn": "TROND EGGEN", "sig2dato": "30.01.2020", "sig2navn": "ASTRID MOEN"},
        {"ny": True, "videre": False, "pri1": False, "pri2": False, "pri3": True, "nett": True, "eval": False})
    return truth("u12", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", org), contact=("Torill Sætre", "torill.saetre@nav.no", "62413370"),
                 project=("Ny start etter soning", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=("saarbare-overganger",), interest=(True, False),
                 sigs=(("nav_leader", "TROND EGGEN", "Nav-leder", "2020-02-02", "handwritten"),
                       ("municipality", "ASTRID MOEN", "Kommunedirektør", "2020-01-30", "handwritten")),
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["Nav leader signed 02.02.2020, the day after the deadline"])


# ---------------------------------------------------------------- u13
def u13(out: Path):
    """pdf-acroform, nn: labels ABOVE the fields in two columns, check boxes in the circle style;
    100 % exactly 610 000; competence field "0"; start "1. august 2020"; ink above name fields."""
    org = orgnr(12)
    blank = out.with_suffix(".blank.pdf")
    c = new_canvas(blank, "Søknadsskjema nynorsk")
    c.setFont("DejaVuSans-Bold", 12)
    c.drawString(50, H - 60, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    grid = (("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"), ("kontakt", "Kontaktperson"),
            ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Prosjektnamn"), ("start", "Oppstart"),
            ("stilling", "Stillingsdel"), ("lonn", "Løn og sosiale utgifter"), ("komp", "Kompetansemidlar"), ("sum", "Sum søkt tilskot"))
    y = H - 100
    for i, (name, lab) in enumerate(grid):
        x = 50 if i % 2 == 0 else 310
        c.setFont("DejaVuSans", 8)
        c.drawString(x, y, lab.upper())
        c.acroForm.textfield(name=name, x=x, y=y - 20, width=240, height=16, borderWidth=0.5, fontSize=10)
        if i % 2 == 1:
            y -= 40
    c.setFont("DejaVuSans", 8)
    c.drawString(50, y, "NYTT PROSJEKT ELLER VIDAREFØRING")
    for i, (name, lab) in enumerate((("ny", "Nytt"), ("vidare", "Vidareføring"))):
        c.acroForm.checkbox(name=name, x=50 + i * 120, y=y - 20, size=11, buttonStyle="circle", borderWidth=0.5)
        c.setFont("DejaVuSans", 10)
        c.drawString(66 + i * 120, y - 18, lab)
    y -= 44
    c.setFont("DejaVuSans", 8)
    c.drawString(50, y, "PRIORITERTE OMRÅDE")
    for name, lab in (("a", "Bruk av ordinært arbeidsliv"), ("b", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                      ("c", "Sikring av sårbare overgangar")):
        y -= 18
        c.acroForm.checkbox(name=name, x=50, y=y - 3, size=11, buttonStyle="circle", borderWidth=0.5)
        c.setFont("DejaVuSans", 10)
        c.drawString(66, y, lab)
    y -= 30
    c.setFont("DejaVuSans", 8)
    c.drawString(50, y, "NETTVERK/KLYNGESAMARBEID")
    c.drawString(310, y, "EKSTERN PROSESSEVALUERING")
    c.acroForm.textfield(name="nett", x=50, y=y - 20, width=100, height=16, borderWidth=0.5, fontSize=10)
    c.acroForm.textfield(name="eval", x=310, y=y - 20, width=100, height=16, borderWidth=0.5, fontSize=10)
    y -= 60
    for x, cap, pre, seed in ((50, "NAV-LEIAR", "l", 1301), (310, "KOMMUNEDIREKTØR", "k", 1302)):
        c.setFont("DejaVuSans", 8)
        c.drawString(x, y, cap)
        ink_pdf(c, seed, x, y - 48)
        c.line(x, y - 50, x + 230, y - 50)
        c.drawString(x, y - 62, "NAMN")
        c.acroForm.textfield(name=pre + "namn", x=x, y=y - 84, width=230, height=16, borderWidth=0.5, fontSize=10)
        c.drawString(x, y - 96, "STAD OG DATO")
        c.acroForm.textfield(name=pre + "dato", x=x, y=y - 118, width=230, height=16, borderWidth=0.5, fontSize=10)
    c.save()
    _acro_fill(blank, out, {
        "kontor": "Nav Tynset", "kommune": "Tynset", "orgnr": org, "kontakt": "Ingvild Haugom",
        "epost": "ingvild.haugom@nav.no", "tlf": "976 55 201", "tittel": "Jobbkompis Nord-Østerdal",
        "start": "1. august 2020", "stilling": "100 %", "lonn": "kr 610 000", "komp": "0", "sum": "kr 610 000",
        "nett": "Ja", "eval": "Ja", "lnamn": "Randi Nygård", "ldato": "Tynset, 29. januar 2020",
        "knamn": "Sigurd Tveit", "kdato": "Tynset, 31. januar 2020"},
        {"ny": True, "vidare": False, "a": True, "b": True, "c": False})
    return truth("u13", "pdf", "pdf-acroform", lang="nn", scheme=S20,
                 office=("Nav Tynset", "Tynset", org), contact=("Ingvild Haugom", "ingvild.haugom@nav.no", "97655201"),
                 project=("Jobbkompis Nord-Østerdal", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 610000, "competence": 0, "other": None, "total": 610000},
                 prio=("ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"), interest=(True, True),
                 sigs=(("nav_leader", "Randi Nygård", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Sigurd Tveit", "Kommunedirektør", "2020-01-31", "handwritten")),
                 notes=["100 % at exactly 610 000", "competence field '0' -> 0"])


def _self_signed(cn: str, td: Path, seed: int):
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Nav Nordre Follo")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000 + seed).not_valid_before(dt.datetime(2019, 1, 1)).not_valid_after(dt.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / f"k{seed}.pem", td / f"c{seed}.pem"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def _pades_sign(src: Path, dst: Path, cn: str, field: str, box, when, seed: int):
    import datetime as dt
    import tempfile
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers import pdf_signer

    class _Fixed(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(*when, tzinfo=dt.timezone(dt.timedelta(hours=1)))

    old = pdf_signer.datetime
    pdf_signer.datetime = _Fixed
    try:
        with tempfile.TemporaryDirectory() as td:
            kp, cp = _self_signed(cn, Path(td), seed)
            signer = signers.SimpleSigner.load(str(kp), str(cp))
            with open(src, "rb") as fh:
                w = IncrementalPdfFileWriter(fh)
                meta = signers.PdfSignatureMetadata(field_name=field, name=cn, location="Ski",
                                                    subfilter=fields.SigSeedSubFilter.PADES,
                                                    reason="Godkjent søknad")
                with open(dst, "wb") as out:
                    signers.sign_pdf(w, meta, signer=signer, output=out,
                                     new_field_spec=fields.SigFieldSpec(field, on_page=0, box=box))
    finally:
        pdf_signer.datetime = old


# ---------------------------------------------------------------- u16
def u16(out: Path):
    """pdf-pades, nb: two sequential PAdES signatures (self-signed), the second made on the deadline
    day 2020-02-01; "to halve stillinger" = 100 %; no ink, no typed-only names."""
    org = orgnr(13)
    base = out.with_suffix(".base.pdf")
    c = new_canvas(base, "Søknad Nav Nordre Follo")
    f = Flow(c, "LibSans", 10.5)
    f.line("NAV NORDRE FOLLO", "LibSans-Bold", 12)
    f.line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", "LibSans-Bold", 12, gap=24)
    for a, b in (("Søkende kontor", "NAV Nordre Follo"), ("Kommune", "Nordre Follo"), ("Org.nr.", org),
                 ("Kontaktperson", "Camilla Østby"), ("Kontakt", "camilla.ostby@nav.no · 924 70 313"),
                 ("Prosjektnavn", "Veien videre – unge uten fullført skole"), ("Type", "Nytt prosjekt"),
                 ("Prosjektstart", "01.09.2020"), ("Stillinger", "to halve stillinger (2 x 50 %)")):
        f.row((a + ":", b), (60, 200))
    f.y -= 10
    f.line("Budsjett", "LibSans-Bold")
    for a, b in (("Lønn og sosiale kostnader (2 x 300 000)", "600 000"), ("Prosjektspesifikk kompetanse", "10 000"),
                 ("Omsøkt beløp", "610 000")):
        f.row((a, b), (60, 480), right=(1,))
    f.y -= 8
    f.para("Prioritert område: Sikring av sårbare overganger (fra videregående skole til arbeid).")
    f.para("Kontoret ønsker å delta i nettverk/klyngesamarbeid: Ja. Kontoret ønsker ekstern prosessevaluering: Ja.")
    f.para("Søknaden signeres digitalt av Nav-leder og kommunedirektør.")
    y = f.y - 10
    c.setFont("LibSans", 9)
    c.drawString(60, y, "Nav-leder: Trude Lie")
    c.drawString(320, y, "Kommunedirektør: Kent Bråten")
    c.save()
    mid = out.with_suffix(".mid.pdf")
    _pades_sign(base, mid, "Trude Lie", "NavLeder", (60, y - 70, 280, y - 10), (2020, 1, 31, 10, 15), 1)
    _pades_sign(mid, out, "Kent Bråten", "Kommunedirektor", (320, y - 70, 540, y - 10), (2020, 2, 1, 9, 5), 2)
    base.unlink()
    mid.unlink()
    return truth("u16", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Nordre Follo", "Nordre Follo", org), contact=("Camilla Østby", "camilla.ostby@nav.no", "92470313"),
                 project=("Veien videre – unge uten fullført skole", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=("saarbare-overganger",), interest=(True, True),
                 sigs=(("nav_leader", "Trude Lie", "Nav-leder", "2020-01-31", "digital"),
                       ("municipality", "Kent Bråten", "Kommunedirektør", "2020-02-01", "digital")),
                 notes=["second PAdES signature made on the deadline day: no SIGNED_AFTER_DEADLINE",
                        "'to halve stillinger' = 100 %"])


# ---------------------------------------------------------------- u18
def u18(out: Path):
    """pdf-scanned, nb: a printed form scanned at 150 dpi, low contrast, 1.2° turn, a shadow along the
    left edge, JPEG q45; benign capacity mention ("noe økt kapasitet, men hovedmålet er å utvikle ...")."""
    import io
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    org = orgnr(15)
    src = out.with_suffix(".src.pdf")
    c = new_canvas(src, "skjema")
    f = Flow(c, "LibSans", 11.5)
    f.line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "LibSans-Bold", 12.5, gap=26)
    for a, b in (("Nav-kontor", "Nav Sel"), ("Kommune", "Sel"), ("Org.nr.", org), ("Kontaktperson", "Marte Brandvold"),
                 ("E-post", "marte.brandvold@nav.no"), ("Telefon", "612 94 500"), ("Prosjekt", "Arbeidslaget Otta"),
                 ("Ny / videreføring", "Ny"), ("Oppstart", "01.06.2020"), ("Stillingsandel", "100 %"),
                 ("Lønn og sosiale kostnader", "kr 600 000"), ("Kompetanse", "kr 10 000"), ("Totalt omsøkt", "kr 610 000"),
                 ("Nettverkssamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")):
        f.row((a, b), (60, 250))
    f.y -= 8
    f.para("Prosjektet gir noe økt kapasitet i oppfølgingen, men hovedmålet er å utvikle en ny arbeidsmodell der "
           "deltakere i arbeidslaget får lønnet arbeid hos ordinære arbeidsgivere i Sel.")
    f.line("Prioritert område: Bruk av ordinært arbeidsliv", gap=30)
    y = f.y
    for x, seed, name, title in ((60, 1801, "Jorunn Lien", "Nav-leder"), (320, 1802, "Per Morten Hole", "Kommunedirektør")):
        c.setFont("LibSans", 10)
        c.drawString(x, y, "Otta, 30.01.2020")
        ink_pdf(c, seed, x, y - 50)
        c.line(x, y - 52, x + 200, y - 52)
        c.drawString(x, y - 66, f"{name}, {title}")
    c.save()
    img = pdfium.PdfDocument(str(src))[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    src.unlink()
    img = img.point(lambda v: int(95 + v * 0.55))  # low contrast
    img = img.rotate(1.2, resample=Image.BICUBIC, expand=False, fillcolor=235)
    px = img.load()
    w, h = img.size
    for x in range(0, 90):
        k = (90 - x) / 90 * 70
        for yy in range(h):
            px[x, yy] = max(0, int(px[x, yy] - k))
    rnd = random.Random(18)
    for _ in range(2500):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.randint(90, 200)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    b = io.BytesIO()
    img.save(b, "JPEG", quality=45)
    Image.open(b).save(out, "PDF", resolution=150)
    return truth("u18", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Sel", "Sel", org), contact=("Marte Brandvold", "marte.brandvold@nav.no", "61294500"),
                 project=("Arbeidslaget Otta", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=("ordinaert-arbeidsliv",), interest=(True, False),
                 sigs=(("nav_leader", "Jorunn Lien", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Per Morten Hole", "Kommunedirektør", "2020-01-30", "handwritten")),
                 optional=["LOW_CONFIDENCE"],
                 notes=["mentions more capacity but describes developing a new model: no EXCLUDED_CAPACITY_ONLY"])
