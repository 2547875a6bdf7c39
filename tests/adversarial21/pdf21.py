"""PDF documents of the 21st corpus (reportlab, pypdf, pyHanko, pypdfium2, Pillow)."""
from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit21 import Writer, box, ink, nok, org, scan  # noqa: E402
from truthlib import truth, near_miss  # noqa: E402

W, H = A4
S20 = "nav-sosiale-tjenester-2020"


def _canvas(buf, title="Søknad", producer=None, creator=None):
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    if producer:
        c.setProducer(producer)
    if creator:
        c.setCreator(creator)
    return c


# --------------------------------------------------------------------- w01
def w01(out: Path):
    """glyph by glyph in shuffled order, fi/fl ligature glyphs, hard hyphenation."""
    O = org("97460113")
    c = _canvas(str(out), "Søknad Nav Ringsaker")
    t = Writer(c, "glyphs", seed=101)
    y = H - 60
    t.text(50, y, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "SansB", 12.5)
    y -= 16
    t.text(50, y, "Kap. 0621 post 63 – søknadsfrist 1. februar 2020", "Sans", 9)
    y -= 30
    rows = [("Søkerkontor", "NAV Ringsaker"), ("Vertskommune", "Ringsaker"), ("Org.nr. (kontorets)", O[:3] + " " + O[3:6] + " " + O[6:]),
            ("Saksbehandler / kontakt", "Ingrid Løvås"), ("E-post", "Ingrid.Lovas@nav.no"), ("Mobil", "+47 934 12 876"),
            ("Navn på tiltaket", "Ny ﬂyt i oppfølgingen"), ("Planlagt oppstart", "1. august 2020")]
    for lab, val in rows:
        t.text(50, y, lab, "SansB", 9.5)
        t.text(215, y, val, "Sans", 10)
        c.setLineWidth(0.3)
        c.line(50, y - 4, 545, y - 4)
        y -= 20
    t.text(50, y, "Tiltaket er", "SansB", 9.5)
    box(c, 215, y - 1, True)
    t.text(227, y, "nytt", "Sans", 10)
    box(c, 275, y - 1, False)
    t.text(287, y, "videreføring av tidligere tiltak", "Sans", 10)
    y -= 34
    t.text(50, y, "Om tiltaket", "SansB", 11)
    y -= 16
    prose = ["Tiltaket skal gi ﬂere brukere med sosialhjelp en vei inn i ordinært arbeid. En jobbspesialist",
             "skal gi tett oppfølging av både arbeidssøker og arbeidsgiver, og bygge ﬁrmakontakter. Bedre",
             "tilﬂyt av kandidater til ordinære arbeidsplasser er målet. Veilederne skal få styrket kompe-",
             "tanse i arbeidsrettet oppfølging. Midlene er ﬁnansiering av stillingen og kompetansetiltak."]
    for ln in prose:
        t.text(50, y, ln, "Sans", 9.5)
        y -= 13
    y -= 18
    t.text(50, y, "Kostnader det søkes om", "SansB", 11)
    y -= 18
    cols = [50, 330, 440]
    for x, h in zip(cols, ["Kostnadsart", "Stillingsandel", "Kroner"]):
        t.text(x, y, h, "SansB", 9.5)
    c.line(50, y - 4, 545, y - 4)
    y -= 18
    for a, b, k in [("Jobbspesialist (lønn og sosiale utgifter)", "100 %", "610 000"),
                    ("Kompetansetiltak", "", "10 000"), ("Sum omsøkt", "", "620 000")]:
        t.text(50, y, a, "SansB" if a.startswith("Sum") else "Sans", 9.5)
        t.text(330, y, b, "Sans", 9.5)
        x = 520 - pdfmetrics.stringWidth(k, "Sans", 9.5)
        t.text(x, y, k, "Sans", 9.5)
        c.line(50, y - 4, 545, y - 4)
        y -= 17
    y -= 20
    t.text(50, y, "Hvilke satsingsområder treffer tiltaket?", "SansB", 10)
    y -= 17
    for on, lab in [(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (False, "Sikring av sårbare overganger")]:
        box(c, 55, y - 1, on)
        t.text(68, y, lab, "Sans", 9.5)
        y -= 15
    y -= 12
    for q, yes in [("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", True), ("Ønsker kontoret ekstern prosessevaluering?", False)]:
        t.text(50, y, q, "Sans", 9.5)
        box(c, 380, y - 1, yes)
        t.text(392, y, "Ja", "Sans", 9.5)
        box(c, 420, y - 1, not yes)
        t.text(432, y, "Nei", "Sans", 9.5)
        y -= 16
    y -= 20
    t.text(50, y, "Godkjenning", "SansB", 11)
    y -= 15
    t.text(50, y, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", "Sans", 9)
    y -= 18
    for x, h in zip([50, 230, 400], ["Godkjent av", "Rolle", "Dato"]):
        t.text(x, y, h, "SansB", 9)
    y -= 15
    for n, r, d in [("Hilde Sørbråten", "Nav-leder", "24.01.2020"), ("Per Arne Tangen", "Kommunedirektør", "27.01.2020")]:
        t.text(50, y, n, "Sans", 9.5)
        t.text(230, y, r, "Sans", 9.5)
        t.text(400, y, d, "Sans", 9.5)
        y -= 15
    t.flush()
    c.showPage()
    c.save()
    return truth("w01", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Ringsaker", "Ringsaker", O),
                 contact=("Ingrid Løvås", "ingrid.lovas@nav.no", "93412876"),
                 project=("Ny flyt i oppfølgingen", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Sørbråten", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Per Arne Tangen", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["every glyph drawn on its own, content stream shuffled; title and prose use U+FB01/U+FB02 ligature glyphs; positions exactly at cap"])


# --------------------------------------------------------------------- w02
def _hf(c, t, page, n, office_line):
    t.text(50, H - 35, "Nav Sogndal  |  Søknad om tilskot 2020", "Sans", 7.5)
    c.setLineWidth(0.4)
    c.line(50, H - 40, W - 50, H - 40)
    c.line(50, 45, W - 50, 45)
    t.text(50, 34, office_line, "Sans", 7)
    t.text(W - 90, 34, f"Side {page} av {n}", "Sans", 7)


def w02(out: Path):
    """Nynorsk brochure in two columns, words in shuffled order, header and footer on every
    page, soft and hard hyphens at line ends, footnote with amounts. Defect: total != sum."""
    O = org("97452281")
    foot = "Nav Sogndal · Postboks 144, 6851 Sogndal · Telefon 55 55 33 33 · nav.no"
    c = _canvas(str(out), "Søknad Nav Sogndal")
    t = Writer(c, "words", seed=202)
    _hf(c, t, 1, 2, foot)
    L, R = 50, 310
    y = H - 75
    t.smallcaps(L, y, "Søknad om tilskot", "SansB", 15)
    y -= 16
    t.text(L, y, "til utvikling av sosiale tenester i Nav 2020", "Sans", 9.5)
    y -= 28
    t.smallcaps(L, y, "1  Søkjar", "SansB", 11)
    y -= 17
    for ln in ["Nav-kontor: Nav Sogndal", "Kommune: Sogndal", f"Organisasjonsnummer: {O[:3]} {O[3:6]} {O[6:]}",
               "Kontaktperson: Synnøve Hjelmeland", "E-post: synnove.hjelmeland@nav.no", "Telefon: 917 55 203"]:
        t.text(L, y, ln, "Sans", 9.5)
        y -= 14
    y -= 16
    t.smallcaps(L, y, "2  Prosjektet", "SansB", 11)
    y -= 17
    for ln in ["Namn på prosjektet: Saman om overgangar", "Prosjekttype: nytt prosjekt", "Oppstart: 01.09.2020",
               "Satsingsområde: Sikring av sårbare", "overgangar"]:
        t.text(L, y, ln, "Sans", 9.5)
        y -= 14
    y -= 16
    t.smallcaps(L, y, "3  Samarbeid", "SansB", 11)
    y -= 17
    for ln in ["Interesse for nettverk/klynge-", "samarbeid: ja", "Ønskjer ekstern prosess-", "evaluering: nei"]:
        t.text(L, y, ln, "Sans", 9.5)
        y -= 14
    y = H - 75
    t.smallcaps(R, y, "Bakgrunn", "SansB", 11)
    y -= 17
    prose = ["Mange unge i Sogndal fell ut av vidare\u00ad", "gåande opplæring, og overgangen mellom",
             "skule, helseteneste og Nav er ofte sår\u00ad", "bar. Prosjektet skal sikre at ingen fell",
             "mellom to stolar når dei går frå ei tene\u00ad", "ste til ei anna. Ein miljøarbeidar skal",
             "følgje kvar ungdom gjennom heile over-", "gangen, og ein jobbkonsulent i halv stil-",
             "ling skal byggje kompe-", "tanse hjå rettleiarane om tverrfagleg",
             "samarbeid. Prosjektet byggjer vidare på", "erfaringar frå eit tidlegare samarbeid",
             "med vidaregåande skule, men er ein ny", "arbeidsmåte i kontoret."]
    for ln in prose:
        t.text(R, y, ln, "Serif", 10.5)
        y -= 14
    t.flush()
    c.showPage()
    t = Writer(c, "words", seed=203)
    _hf(c, t, 2, 2, foot)
    y = H - 75
    t.smallcaps(L, y, "4  Budsjett", "SansB", 11)
    y -= 18
    for a, k in [("Stilling 1: Miljøarbeidar, 100 %", "600 000¹"), ("Stilling 2: Jobbkonsulent, 50 %", "300 000"),
                 ("Kompetansemidlar", "10 000"), ("Sum søkt", "930 000")]:
        t.text(L, y, a, "SansB" if a.startswith("Sum") else "Sans", 9)
        t.text(290 - pdfmetrics.stringWidth(k, "Sans", 9) + (4 if "¹" in k else 0), y, k, "Sans", 9)
        c.setLineWidth(0.3)
        c.line(L, y - 4, 292, y - 4)
        y -= 16
    y -= 10
    t.text(L, y, "Alle beløp i kroner.", "Sans", 8)
    y = H - 75
    t.smallcaps(R, y, "5  Godkjenning", "SansB", 11)
    y -= 17
    for ln in ["Dokumentet er elektronisk godkjent og", "har difor ingen handskrivne signaturar.", "",
               "Godkjent av: Eirik Nesheim,", "leiar Nav Sogndal, 22.01.2020", "",
               "Godkjent av: Åse Kvamme,", "kommunedirektør, 28.01.2020"]:
        if ln:
            t.text(R, y, ln, "Sans", 9.5)
        y -= 14
    c.setLineWidth(0.3)
    c.line(L, 80, L + 120, 80)
    t.text(L, 70, "¹ Løn 512 000 kr og sosiale kostnader 88 000 kr (17,2 %).", "Sans", 7)
    t.text(L, 60, "Kompetansemidlane er avgrensa til 10 000 kr per prosjekt.", "Sans", 7)
    t.flush()
    c.showPage()
    c.save()
    return truth("w02", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", O),
                 contact=("Synnøve Hjelmeland", "synnove.hjelmeland@nav.no", "91755203"),
                 project=("Saman om overgangar", "new", "2020-09-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 930000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Eirik Nesheim", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Åse Kvamme", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["DEFECT: total 930 000 but 600 000 + 300 000 + 10 000 = 910 000",
                        "two columns, word-by-word shuffled stream, soft hyphens U+00AD and hard hyphens at line ends, footnote amounts, office phone in footer"])


# --------------------------------------------------------------------- w05
def w05(out: Path):
    """a web-form print (Questback-like) as AcroForm: question above, answer in grey box,
    radio circles; text fields filled with pypdf. Defect: competence over cap."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject
    O = org("97455100")
    buf = io.BytesIO()
    c = _canvas(buf, "Søknadsskjema", creator="Questback Essentials")
    af = c.acroForm
    qs = [("Q1", "Hvilket Nav-kontor søker?", "Nav Nordre Follo"),
          ("Q2", "Hvilken kommune hører kontoret til?", "Nordre Follo"),
          ("Q3", "Organisasjonsnummer til kontoret", O),
          ("Q4", "Hvem kan vi kontakte om søknaden? (navn)", "Marius Kvåle"),
          ("Q5", "E-postadresse til kontaktpersonen", "marius.kvale@nav.no"),
          ("Q6", "Telefonnummer til kontaktpersonen", "48 21 06 77"),
          ("Q7", "Hva heter prosjektet?", "Raskere tilbake"),
          ("Q9", "Når starter prosjektet?", "01.08.2020")]
    y = H - 60
    c.setFont("ArialB", 13)
    c.drawString(50, y, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    y -= 14
    c.setFont("Arial", 8)
    c.drawString(50, y, "Utskrift av innsendt svar  ·  Side 1 av 2")
    y -= 26

    def q(text, n):
        nonlocal y
        c.setFont("ArialB", 10)
        c.drawString(50, y, f"{n}. {text}")
        y -= 24

    def grey(name, h=18, w=495):
        nonlocal y
        c.setFillColorRGB(0.92, 0.92, 0.92)
        c.rect(50, y, w, h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        af.textfield(name=name, x=52, y=y + 1, width=w - 4, height=h - 2, borderWidth=0, fillColor=None,
                     fontName="Helvetica", fontSize=10, value="")
        y -= 24

    def radios(name, opts, sel):
        nonlocal y
        x = 55
        for val, lab in opts:
            af.radio(name=name, value=val, selected=(val == sel), x=x, y=y - 2, size=11, buttonStyle="circle",
                     borderWidth=0.8, fillColor=None, shape="circle")
            c.setFont("Arial", 10)
            c.drawString(x + 16, y, lab)
            x += 30 + pdfmetrics.stringWidth(lab, "Arial", 10)
        y -= 26

    n = 1
    for key, text, _ in qs[:7]:
        q(text, n)
        grey(key)
        n += 1
    q("Er dette et nytt prosjekt eller en videreføring?", n); n += 1
    radios("Q8", [("ny", "Nytt prosjekt"), ("vid", "Videreføring")], "ny")
    q(qs[7][1], n); n += 1
    grey("Q9")
    c.showPage()
    y = H - 60
    c.setFont("Arial", 8)
    c.drawString(50, y, "Utskrift av innsendt svar  ·  Side 2 av 2")
    y -= 26
    budget = [("Q10", "Stillingsbetegnelse", "Arbeidsveileder"), ("Q11", "Stillingsprosent", "100"),
              ("Q12", "Lønn og sosiale kostnader for stillingen (kr)", "580 000"),
              ("Q13", "Midler til kompetanse (kr)", "25 000"), ("Q14", "Samlet beløp det søkes om (kr)", "605 000")]
    for key, text, _ in budget:
        q(text, n); n += 1
        grey(key, w=240)
    q("Hvilke prioriterte områder svarer prosjektet på? (flere svar mulig)", n); n += 1
    for i, (on, lab) in enumerate([(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                   (True, "Sikring av sårbare overganger")]):
        af.checkbox(name=f"P{i}", x=55, y=y - 2, size=11, checked=on, buttonStyle="check", borderWidth=0.8)
        c.setFont("Arial", 10)
        c.drawString(72, y, lab)
        y -= 16
    y -= 10
    q("Er kontoret interessert i nettverk/klyngesamarbeid?", n); n += 1
    radios("Q16", [("ja", "Ja"), ("nei", "Nei")], "ja")
    q("Er kontoret interessert i ekstern prosessevaluering?", n); n += 1
    radios("Q17", [("ja", "Ja"), ("nei", "Nei")], "ja")
    q("Godkjenning", n); n += 1
    c.setFont("Arial", 9)
    c.drawString(50, y + 8, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    y -= 8
    for key, lab in [("S1", "Godkjent av leder i Nav-kontoret (navn, dato)"), ("S2", "Godkjent av kommunedirektør (navn, dato)")]:
        c.setFont("Arial", 9)
        c.drawString(50, y + 20, lab)
        grey(key, w=300)
        y -= 6
    c.showPage()
    c.save()
    vals = {k: v for k, _, v in qs + budget}
    vals["S1"] = "Trine Holmsen, 23.01.2020"
    vals["S2"] = "Anders Wiik, 30.01.2020"
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    w.append(r)
    for p in w.pages:
        w.update_page_form_field_values(p, {k: v for k, v in vals.items()}, auto_regenerate=False)
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w.add_metadata({"/Producer": "pypdf", "/Creator": "Questback Essentials"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("w05", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Nordre Follo", "Nordre Follo", O),
                 contact=("Marius Kvåle", "marius.kvale@nav.no", "48210677"),
                 project=("Raskere tilbake", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 580000, "competence": 25000, "other": None, "total": 605000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Trine Holmsen", None, "2020-01-23", "electronic_approval"),
                       ("municipality", "Anders Wiik", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["DEFECT: competence 25 000 > 10 000", "web-form print: question above, value in grey AcroForm field, radio circles, check boxes"])


# --------------------------------------------------------------------- w06
def w06(out: Path):
    """'Microsoft Print to PDF' of a Word form: letters placed one by one (letter spacing),
    small caps heading, grid table, ☒/☐ glyphs, ink over signature lines."""
    O = org("99188201")
    c = _canvas(str(out), "Microsoft Word - Søknad Nav Gjøvik 2020.docx", producer="Microsoft: Print To PDF",
                creator="Microsoft Word")
    t = Writer(c, "spaced", seed=6)
    y = H - 70
    t.smallcaps(50, y, "Søknadsskjema – tilskudd 2020", "ArialB", 16)
    y -= 16
    t.text(50, y, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", "Arial", 9.5, spacing=0.9)
    y -= 24
    rows = [("Nav-kontor", "NAV Gjøvik"), ("Kommune", "Gjøvik"), ("Organisasjonsnr.", O),
            ("Kontaktperson", "Sigrid Mæhlum"), ("E-post", "sigrid.maehlum@nav.no"), ("Telefon", "61 14 52 90"),
            ("Prosjektets navn", "«Hele familien»"), ("Ny / videreføring", "Videreføring (år 2 av 3)"),
            ("Oppstart", "01.03.2020")]
    c.setLineWidth(0.6)
    for lab, val in rows:
        c.rect(50, y - 6, 150, 20)
        c.rect(200, y - 6, 345, 20)
        t.text(55, y, lab, "ArialB", 9.5, spacing=0.9)
        t.text(205, y, val, "Arial", 10, spacing=0.9)
        y -= 20
    y -= 24
    t.text(50, y, "Stillinger og budsjett", "ArialB", 11, spacing=0.9)
    y -= 18
    hdr = ["Stilling", "Andel", "Beløp (kr)"]
    xs = [50, 300, 400, 545]
    data = [hdr, ["Veileder", "100 %", "600 000"], ["Erfaringskonsulent", "20 %", "120 000"],
            ["Kompetansemidler", "", "8 000"], ["Sum", "120 %", "728 000"]]
    for r_ in data:
        for i in range(3):
            c.rect(xs[i], y - 6, xs[i + 1] - xs[i], 20)
            t.text(xs[i] + 5, y, r_[i], "ArialB" if r_ is hdr or r_[0] == "Sum" else "Arial", 9.5, spacing=0.9)
        y -= 20
    y -= 24
    t.text(50, y, "Satsingsområder (kryss av)", "ArialB", 11, spacing=0.9)
    y -= 17
    for on, lab in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (False, "Sikring av sårbare overganger")]:
        c.setFont("Sans", 11)
        c.drawString(55, y, "☒" if on else "☐")
        t.text(72, y, lab, "Arial", 10, spacing=0.9)
        y -= 16
    y -= 10
    for qq, yes in [("Interessert i nettverk/klyngesamarbeid", False), ("Interessert i ekstern prosessevaluering", True)]:
        t.text(55, y, qq, "Arial", 10, spacing=0.9)
        c.setFont("Sans", 11)
        c.drawString(330, y, "☒" if yes else "☐")
        t.text(345, y, "Ja", "Arial", 10, spacing=0.9)
        c.setFont("Sans", 11)
        c.drawString(375, y, "☐" if yes else "☒")
        t.text(390, y, "Nei", "Arial", 10, spacing=0.9)
        y -= 16
    y -= 40
    t.text(50, y, "Sted/dato: Gjøvik, 23.01.2020", "Arial", 10, spacing=0.9)
    t.text(310, y, "Sted/dato: Gjøvik, 29.01.2020", "Arial", 10, spacing=0.9)
    y -= 45
    ink(c, 60, y + 4, 140, seed=61)
    ink(c, 320, y + 4, 130, seed=62)
    c.setLineWidth(0.5)
    c.line(50, y, 270, y)
    c.line(310, y, 530, y)
    y -= 13
    t.text(50, y, "Nav-leder Tone Bakken", "Arial", 9.5, spacing=0.9)
    t.text(310, y, "Rådmann Lars Erik Moen", "Arial", 9.5, spacing=0.9)
    t.flush()
    c.showPage()
    c.save()
    return truth("w06", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", O),
                 contact=("Sigrid Mæhlum", "sigrid.maehlum@nav.no", "61145290"),
                 project=("Hele familien", "continuation", "2020-03-01"), pct=120,
                 amounts={"positions": 720000, "competence": 8000, "other": None, "total": 728000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Tone Bakken", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Lars Erik Moen", "Rådmann", "2020-01-29", "handwritten")],
                 notes=["every letter placed on its own with 0.9 pt letter spacing; titles before names under the ink"])


# --------------------------------------------------------------------- w07
def w07(out: Path):
    """three pages, word order shuffled; the budget page is a /Rotate 90 page with a landscape
    table; the municipality block has only captions and Sted/dato. Defect: municipality missing."""
    O = org("97461502")
    c = _canvas(str(out), "Søknad Nav Midt-Telemark")
    foot = "Nav Midt-Telemark · Bøgata 12, 3800 Midt-Telemark"
    t = Writer(c, "words", seed=7)
    y = H - 70
    t.text(50, y, "Søknad – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (2020)", "SerifB", 13)
    y -= 30
    for lab, val in [("Søker (Nav-kontor)", "Nav Midt-Telemark"), ("Kommune", "Midt-Telemark"),
                     ("Organisasjonsnummer", O), ("Kontaktperson", "Håkon Vestby"), ("Kontaktpersonens e-post", "hakon.vestby@nav.no"),
                     ("Kontaktpersonens telefon", "905 44 318"), ("Prosjekttittel", "Ungdomslos Midt-Telemark"),
                     ("Type prosjekt", "Nytt"), ("Prosjektstart", "august 2020"),
                     ("Samlet stillingsprosent", "60 %"), ("Budsjett", "se side 2")]:
        t.text(50, y, lab + ":", "Serif", 11)
        t.text(230, y, val, "Serif", 11)
        y -= 19
    y -= 15
    t.text(50, y, "Prioritert område: Oppfølging av barnefamilier, ungdom og innvandrere.", "Serif", 11)
    y -= 16
    t.text(50, y, "Prosjektet følger opp ungdom 16–24 år som står utenfor skole og arbeid.", "Serif", 11)
    y -= 26
    t.text(50, y, "Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Ja", "Serif", 11)
    t.text(50, 40, foot + " · Side 1 av 3", "Serif", 8)
    t.flush()
    c.showPage()
    # page 2: landscape table on a portrait page turned by /Rotate 90
    c.setPageRotation(90)
    c.setPageSize((H, W))  # reportlab: MediaBox stays portrait 595x842, /Rotate 90 shows it landscape
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)
    t = Writer(c, "words", seed=71)
    LW = H  # landscape width 842
    y = W - 70
    t.text(50, y, "Budsjett 2020", "SerifB", 13)
    y -= 26
    xs = [50, 300, 420, 560, 700]
    hdr = ["Post", "Stilling", "Andel", "Beløp kr"]
    rows = [hdr, ["Lønn inkl. sosiale kostnader", "Ungdomsveileder", "60 %", "360 000"],
            ["Kompetanse", "", "", "0"], ["Totalt omsøkt", "", "60 %", "360 000"]]
    c.setLineWidth(0.6)
    for r_ in rows:
        for i in range(4):
            c.rect(xs[i], y - 7, xs[i + 1] - xs[i], 22)
            t.text(xs[i] + 6, y, r_[i], "SerifB" if r_ is hdr else "Serif", 11)
        y -= 22
    t.text(50, 40, foot + " · Side 2 av 3", "Serif", 8)
    t.flush()
    c.restoreState()
    c.showPage()
    c.setPageRotation(0)
    c.setPageSize(A4)
    t = Writer(c, "words", seed=72)
    y = H - 70
    t.text(50, y, "Underskrifter", "SerifB", 13)
    y -= 30
    t.text(50, y, "Sted/dato: Bø, 21.01.2020", "Serif", 11)
    y -= 45
    ink(c, 60, y + 4, 150, seed=73)
    c.line(50, y, 300, y)
    y -= 14
    t.text(50, y, "Underskrift leder Nav-kontoret", "Serif", 10)
    y -= 14
    t.text(50, y, "Navn: Liv Torill Aasen", "Serif", 10)
    y -= 50
    t.text(50, y, "Sted/dato: ______________________", "Serif", 11)
    y -= 45
    c.line(50, y, 300, y)
    y -= 14
    t.text(50, y, "Underskrift rådmann/kommunedirektør", "Serif", 10)
    y -= 14
    t.text(50, y, "Navn: ______________________", "Serif", 10)
    t.text(50, 40, foot + " · Side 3 av 3", "Serif", 8)
    t.flush()
    c.showPage()
    c.save()
    return truth("w07", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Midt-Telemark", "Midt-Telemark", O),
                 contact=("Håkon Vestby", "hakon.vestby@nav.no", "90544318"),
                 project=("Ungdomslos Midt-Telemark", "new", "2020-08-01"), pct=60,
                 amounts={"positions": 360000, "competence": 0, "other": None, "total": 360000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Liv Torill Aasen", None, "2020-01-21", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], ignore=["amounts.competence"],
                 notes=["DEFECT: municipality block empty (captions, blank Sted/dato and name lines, no ink)",
                        "budget on a /Rotate 90 page with a landscape table; competence written as 0 (ignored: 0 or null both defensible)"])


# --------------------------------------------------------------------- w08
def _w08_source() -> bytes:
    buf = io.BytesIO()
    c = _canvas(buf, "Søknad Nav Vefsn")
    y = H - 70
    c.setFont("ArialB", 14)
    c.drawString(50, y, "Søknad om tilskudd 2020 – sosiale tjenester i Nav")
    y -= 30
    secs = [("1", "Søker", [("1.1", "Kontorets navn", "Nav Vefsn"), ("1.2", "Kommune", "Vefsn"),
                            ("1.3", "Org.nummer", "974 701 170"), ("1.4", "Kontaktperson", "Eva Marie Nilsen"),
                            ("1.5", "E-post", "eva.marie.nilsen@nav.no"), ("1.6", "Telefon", "75 10 22 84")]),
            ("2", "Prosjekt", [("2.1", "Prosjektnavn", "Jobbfokus Vefsn"), ("2.2", "Nytt eller videreført", "Videreført (år 3)"),
                               ("2.3", "Oppstartsdato", "01.01.2020")]),
            ("3", "Økonomi", [("3.1", "Stilling (andel)", "Jobbkonsulent, 100 %"), ("3.2", "Lønn og sosiale kostnader", "kr 590 000,-"),
                              ("3.3", "Kompetanse", "kr 10 000,-"), ("3.4", "Sum søknadsbeløp", "kr 600 000,-")])]
    for n, head, rows in secs:
        c.setFont("ArialB", 11.5)
        c.drawString(50, y, f"{n}  {head}")
        y -= 18
        for num, lab, val in rows:
            c.setFont("Arial", 10.5)
            c.drawString(60, y, num)
            c.drawString(90, y, lab)
            c.drawString(260, y, val)
            c.setLineWidth(0.4)
            c.line(255, y - 3, 540, y - 3)
            y -= 18
        y -= 10
    c.setFont("ArialB", 11.5)
    c.drawString(50, y, "4  Satsingsområder")
    y -= 18
    for on, lab in [(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (True, "Sikring av sårbare overganger")]:
        box(c, 60, y - 1, on, size=9)
        c.setFont("Arial", 10.5)
        c.drawString(78, y, lab)
        y -= 16
    y -= 8
    c.setFont("Arial", 10.5)
    c.drawString(60, y, "Ønsker nettverk/klyngesamarbeid:")
    box(c, 290, y - 1, False, 9); c.drawString(303, y, "Ja"); box(c, 330, y - 1, True, 9); c.drawString(343, y, "Nei")
    y -= 16
    c.drawString(60, y, "Ønsker ekstern prosessevaluering:")
    box(c, 290, y - 1, False, 9); c.drawString(303, y, "Ja"); box(c, 330, y - 1, True, 9); c.drawString(343, y, "Nei")
    y -= 40
    c.setFont("ArialB", 11.5)
    c.drawString(50, y, "5  Underskrift")
    y -= 50
    ink(c, 60, y + 4, 150, seed=81)
    ink(c, 320, y + 4, 150, seed=82)
    c.line(50, y, 270, y)
    c.line(310, y, 540, y)
    c.setFont("Arial", 9.5)
    c.drawString(50, y - 13, "Mosjøen 20.01.2020  Kjell Inge Storli, leder Nav Vefsn")
    c.drawString(310, y - 13, "Mosjøen 22.01.2020  Bente Krogh, kommunedirektør")
    c.showPage()
    c.save()
    return buf.getvalue()


def w08(out: Path):
    """printed, signed, scanned at 150 dpi: grey, low contrast, shadow at the binding edge,
    1.6° angle, JPEG artefacts; no text layer."""
    scan(_w08_source(), out, dpi=150, seed=8, angle=1.6, contrast=0.55, jpeg=35)
    return truth("w08", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Vefsn", "Vefsn", "974701170"),
                 contact=("Eva Marie Nilsen", "eva.marie.nilsen@nav.no", "75102284"),
                 project=("Jobbfokus Vefsn", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Kjell Inge Storli", "Leder", "2020-01-20", "handwritten"),
                       ("municipality", "Bente Krogh", "Kommunedirektør", "2020-01-22", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["continuation in its third year: allowed (up to three years)", "150 dpi JPEG scan, low contrast, shadow"])


# --------------------------------------------------------------------- w09
def _cert():
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.derive_private_key(0x2121_4242_6363_8484_A5A5, ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Marit Hauge"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Nav Voss")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(2121).not_valid_before(dt.datetime(2019, 1, 1)).not_valid_after(dt.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.DER),
            key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))


def w09(out: Path):
    """Nynorsk form, Nav leader signs with PAdES (pyHanko, self-signed), the municipality in ink."""
    import datetime as dt
    from asn1crypto import keys, x509 as ax
    from pyhanko.sign import signers, fields
    from pyhanko.sign.signers import pdf_signer
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    O = org("87462203")
    buf = io.BytesIO()
    c = _canvas(buf, "Søknad Nav Voss")
    y = H - 65
    c.setFont("SerifB", 14)
    c.drawString(50, y, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    y -= 30
    for lab, val in [("Namn på Nav-kontoret", "Nav Voss"), ("Kommune", "Voss"), ("Organisasjonsnummer", O),
                     ("Kontaktperson", "Gunnar Lid"), ("E-post", "gunnar.lid@nav.no"), ("Telefon", "472 90 611"),
                     ("Prosjektnamn", "Arbeid for alle i Voss"), ("Nytt prosjekt / vidareføring", "Nytt prosjekt"),
                     ("Oppstart", "15.08.2020")]:
        c.setFont("Serif", 11)
        c.drawString(50, y, lab)
        c.drawString(240, y, val)
        c.setDash(1, 2)
        c.line(238, y - 3, 545, y - 3)
        c.setDash()
        y -= 19
    y -= 14
    c.setFont("SerifB", 11.5)
    c.drawString(50, y, "Stillingar og budsjett")
    y -= 18
    xs = [50, 250, 370, 520]
    for r_ in [["Stilling", "Stillingsprosent", "Beløp"], ["Sosialfagleg rettleiar", "50 %", "300 000"],
               ["Arbeidsleiar", "50 %", "300 000"], ["Kompetanse", "", "10 000"], ["Totalt", "", "610 000"]]:
        c.setFont("SerifB" if r_[0] in ("Stilling", "Totalt") else "Serif", 10.5)
        c.drawString(xs[0], y, r_[0]); c.drawString(xs[1], y, r_[1]); c.drawRightString(xs[3], y, r_[2])
        c.line(50, y - 4, 525, y - 4)
        y -= 17
    y -= 16
    c.setFont("SerifB", 11.5)
    c.drawString(50, y, "Satsingsområde")
    y -= 17
    c.setFont("Serif", 10.5)
    for on, lab in [(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                    (False, "Sikring av sårbare overgangar")]:
        c.drawString(55, y, ("[X] " if on else "[  ] ") + lab)
        y -= 15
    y -= 8
    c.drawString(55, y, "Interesse for nettverk/klyngesamarbeid: nei")
    y -= 15
    c.drawString(55, y, "Interesse for ekstern prosessevaluering: nei")
    y -= 40
    c.setFont("SerifB", 11.5)
    c.drawString(50, y, "Underskrifter")
    y -= 60
    c.line(50, y, 270, y); c.line(310, y, 540, y)
    ink(c, 320, y + 4, 140, seed=91)
    c.setFont("Serif", 9.5)
    c.drawString(50, y - 13, "Marit Hauge, Nav-leiar (signert digitalt)")
    c.drawString(310, y - 13, "Voss, 30.01.2020  Oddvar Rønning, kommunedirektør")
    sig_y = y
    c.showPage()
    c.save()
    cert_der, key_der = _cert()
    cert = ax.Certificate.load(cert_der)
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=keys.PrivateKeyInfo.load(key_der),
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))

    class _Fixed(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2020, 1, 28, 9, 30, tzinfo=dt.timezone.utc)
    old = pdf_signer.datetime
    pdf_signer.datetime = _Fixed
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(buf.getvalue()))
        fields.append_signature_field(w, fields.SigFieldSpec("NavLeiar", on_page=0, box=(50, sig_y + 2, 270, sig_y + 40)))
        meta = signers.PdfSignatureMetadata(field_name="NavLeiar", name="Marit Hauge", location="Voss",
                                            reason="Godkjent av Nav-leiar")
        with open(out, "wb") as f:
            signers.sign_pdf(w, meta, signer=signer, output=f)
    finally:
        pdf_signer.datetime = old
    return truth("w09", "pdf", "pdf-pades", lang="nn", scheme=S20, office=("Nav Voss", "Voss", O),
                 contact=("Gunnar Lid", "gunnar.lid@nav.no", "47290611"),
                 project=("Arbeid for alle i Voss", "new", "2020-08-15"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Marit Hauge", "Nav-leiar", "2020-01-28", "digital"),
                       ("municipality", "Oddvar Rønning", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["PAdES signing time fixed to 2020-01-28; ECDSA self-signed certificate"])


# --------------------------------------------------------------------- w14
def w14(out: Path):
    """every glyph converted to outlines (pdftocairo -svg, then LibreOffice Draw to PDF): no
    text layer, no image. A renderer + OCR reads it perfectly."""
    buf = io.BytesIO()
    c = _canvas(buf, "Søknad Nav Alta")
    y = H - 70
    c.setFont("ArialB", 14)
    c.drawString(50, y, "Søknad om tilskudd til sosiale tjenester i Nav 2020")
    y -= 30
    O = org("97462134")
    for lab, val in [("Nav-kontor", "Nav Alta"), ("Kommune", "Alta"), ("Org.nr.", O), ("Kontaktperson", "Rune Somby"),
                     ("E-post", "rune.somby@nav.no"), ("Telefon", "78 45 60 12"), ("Prosjektnavn", "Trygg overgang Alta"),
                     ("Prosjekttype", "Nytt prosjekt"), ("Oppstart", "01.08.2020"), ("Stilling", "Koordinator, 100 %"),
                     ("Lønn og sosiale kostnader", "600 000 kr"), ("Kompetanse", "–"), ("Sum omsøkt", "600 000 kr"),
                     ("Satsingsområde", "Sikring av sårbare overganger"), ("Nettverk/klyngesamarbeid", "Ja"),
                     ("Ekstern prosessevaluering", "Ja")]:
        c.setFont("Arial", 11)
        c.drawString(50, y, lab + ":")
        c.drawString(240, y, val)
        y -= 20
    y -= 20
    c.setFont("Arial", 10)
    c.drawString(50, y, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    y -= 16
    c.drawString(50, y, "Godkjent 21.01.2020 av Siri Eira, leder Nav Alta")
    y -= 16
    c.drawString(50, y, "Godkjent 24.01.2020 av Bjørn Atle Hansen, rådmann i Alta kommune")
    c.showPage()
    c.save()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "w14.pdf"
        src.write_bytes(buf.getvalue())
        svg = Path(td) / "w14.svg"
        subprocess.run(["pdftocairo", "-svg", str(src), str(svg)], check=True)
        _outlines(svg.read_text(), out)
    return truth("w14", "pdf", "bad-input", lang="nb", scheme=S20, office=("Nav Alta", "Alta", O),
                 contact=("Rune Somby", "rune.somby@nav.no", "78456012"),
                 project=("Trygg overgang Alta", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Siri Eira", "Leder", "2020-01-21", "electronic_approval"),
                       ("municipality", "Bjørn Atle Hansen", "Rådmann", "2020-01-24", "electronic_approval")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["glyphs are vector outlines: no text layer and no image; readable only by rendering + OCR (see README open cases)"])


def _outlines(svg: str, out: Path):
    """draw the glyph symbols of a cairo SVG (M/L/C/Z paths, <use x y>) as filled reportlab paths."""
    import re
    syms = dict(re.findall(r'<symbol[^>]*id="([^"]+)">\s*<path[^>]* d="([^"]*)"', svg))
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Søknad Nav Alta")
    c.setProducer("Vector export")
    for gid, x, y in re.findall(r'<use xlink:href="#([^"]+)" x="([-0-9.]+)" y="([-0-9.]+)"/>', svg):
        d = syms.get(gid)
        if not d:
            continue
        x, y = float(x), float(y)
        tok = re.findall(r"[MLCZ]|-?[0-9.]+", d)
        p = c.beginPath()
        i, cmd, nums = 0, None, []
        def P(k):
            return x + float(tok[k]), H - (y + float(tok[k + 1]))
        while i < len(tok):
            t = tok[i]
            if t == "M":
                p.moveTo(*P(i + 1)); i += 3
            elif t == "L":
                p.lineTo(*P(i + 1)); i += 3
            elif t == "C":
                a, b, e = P(i + 1), P(i + 3), P(i + 5)
                p.curveTo(a[0], a[1], b[0], b[1], e[0], e[1]); i += 7
            elif t == "Z":
                p.close(); i += 1
            else:
                i += 1
        c.drawPath(p, stroke=0, fill=1, fillMode=0)
    c.showPage()
    c.save()


# --------------------------------------------------------------------- w15
def w15(out: Path):
    """not an application: the office's report on last year's grant (rapport om bruk av tilskudd 2019)."""
    c = _canvas(str(out), "Rapport tilskudd 2019")
    t = Writer(c, "words", seed=15)
    y = H - 70
    t.text(50, y, "Rapport om bruk av tilskudd 2019", "SansB", 14)
    y -= 16
    t.text(50, y, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)", "Sans", 9.5)
    y -= 30
    for lab, val in [("Tilskuddsmottaker", "Nav Kongsberg"), ("Kommune", "Kongsberg"), ("Organisasjonsnummer", "974 691 159"),
                     ("Prosjektnavn", "Fra stønad til lønn"), ("Tildelt beløp 2019", "610 000"),
                     ("Brukt per 31.12.2019", "598 400"), ("Ubrukte midler", "11 600"), ("Kontaktperson", "Heidi Gran, heidi.gran@nav.no")]:
        t.text(50, y, lab, "SansB", 10)
        t.text(230, y, val, "Sans", 10)
        y -= 18
    y -= 12
    for ln in ["Prosjektet har i 2019 hatt en jobbspesialist i 100 % stilling. 41 deltakere har fått oppfølging,",
               "og 17 er kommet i ordinært arbeid. Ubrukte midler søkes overført til 2020, jf. eget brev.",
               "Rapporten sendes Statsforvalteren innen 1. mars 2020 sammen med regnskap attestert av revisor.",
               "Søknad om videreføring for 2020 er sendt separat."]:
        t.text(50, y, ln, "Sans", 9.5)
        y -= 14
    y -= 40
    ink(c, 60, y + 4, 130, seed=151)
    c.line(50, y, 270, y)
    t.text(50, y - 13, "Kongsberg, 14.02.2020  Ole Martin Kvisle, Nav-leder", "Sans", 9)
    t.flush()
    c.showPage()
    c.save()
    return near_miss("w15", "pdf", "nb", "report on the use of last year's grant (rapport om bruk av tilskudd 2019)") | {"category": "not-application", "tags": ["not-application"]}


# --------------------------------------------------------------------- w16
def w16(out: Path):
    """a syntactically valid PDF with zero pages."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /Producer (Nav e-arkiv eksport) /Title (Soknad 2020) >>"]
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(body))
        body += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offs:
        body += f"{off:010d} 00000 n \n".encode()
    body += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    out.write_bytes(body)
    t = truth("w16", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
              notes=["valid PDF structure with /Count 0: no pages"])
    return t
