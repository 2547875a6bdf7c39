"""PDF documents of corpus 61 (pdf-text, pdf-acroform, pdf-handwritten, pdf-scanned, pdf-pades).
Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit61 import S20, ink_reader, orgnr, register_fonts, spaced, truth

W, H = A4


def _canvas(target, title="Søknad"):
    register_fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    c.setTitle(title)
    return c


def _grid(c, x, y, widths, rows, font="DV", size=9, rh=17):
    """A ruled table from the top-left corner (x, y); returns the y under it."""
    for r in rows:
        cx = x
        for w, v in zip(widths, r):
            c.rect(cx, y - rh, w, rh)
            c.setFont(font, size)
            c.drawString(cx + 4, y - rh + 5, v)
            cx += w
        y -= rh
    return y


def _lines(c, x, y, lines, font="DV", size=10, lead=15):
    c.setFont(font, size)
    for s in lines:
        c.drawString(x, y, s)
        y -= lead
    return y


# ---------------------------------------------------------------- gx09 pdf-text nb: table-heavy, phone-only contact
def gx09(out: Path):
    nr = orgnr("96644012")
    c = _canvas(str(out))
    c.setFillColorRGB(0.85, 0.9, 0.95)
    c.rect(40, H - 80, W - 80, 40, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LSB", 13)
    c.drawString(50, H - 65, "Tilskudd til sosiale tjenester i NAV – søknad for 2020")
    y = _grid(c, 40, H - 100, (170, 345), [
        ("Enhet", "NAV Hamar"), ("Kommune", "Hamar kommune"), ("Org.nr.", spaced(nr)),
        ("Kontaktperson (telefon)", "Siri Lund, tlf. 934 56 712"), ("Prosjekt", "Hamar Hjem-Jobb"),
        ("Ny / videreføring", "Ny"), ("Oppstart (måned)", "august 2020"), ("Stillingsandel", "50 %")], "LS")
    y = _grid(c, 40, y - 20, (255, 130, 130), [
        ("Budsjettpost", "Søkt beløp", "Kommunens andel"), ("Lønn og sosiale kostnader", "305 000", "45 000"),
        ("Kompetanse", "5 000", "0"), ("Sum", "310 000", "45 000")], "LS")
    y = _grid(c, 40, y - 20, (440, 75), [
        ("Prioriterte områder", "Svar"), ("Bruk av ordinært arbeidsliv", "Nei"),
        ("Oppfølging av barnefamilier, ungdom og innvandrere", "Ja"), ("Sikring av sårbare overganger", "Ja"),
        ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")], "LS")
    y = _lines(c, 40, y - 30, ["Dette dokumentet er godkjent elektronisk og har derfor ingen håndskrevne signaturer."], "LS")
    _grid(c, 40, y - 5, (160, 200, 155), [("Godkjenner", "Rolle", "Dato"),
                                        ("Lars Gunnar Sveen", "Leder NAV Hamar", "27.01.2020"),
                                        ("Kirsti Skaug", "Kommunedirektør", "28.01.2020")], "LS")
    c.save()
    return truth("gx09", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Hamar", "Hamar", nr), contact=("Siri Lund", None, "93456712"),
                 project=("Hamar Hjem-Jobb", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "total": 310000}, own_funding=45000,
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Lars Gunnar Sveen", "Leder NAV Hamar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Kirsti Skaug", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 notes=["near-miss: contact by phone only (allowed); 50 % at exactly 305 000; own share column",
                        "approval stated as 'godkjent elektronisk' with an approver table"])


# ---------------------------------------------------------------- gx10 pdf-text nn: wrong check digit
def gx10(out: Path):
    good = orgnr("97301826")
    bad = good[:8] + str((int(good[8]) + 3) % 10)
    c = _canvas(str(out))
    c.setFont("DVSB", 12)
    c.drawString(60, H - 60, "Nav Vinje")
    c.setFont("DVS", 11)
    c.drawString(60, H - 78, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    y = _lines(c, 60, H - 115, [
        "I. Søkjar",
        f"    Nav Vinje, Vinje kommune – organisasjonsnummer {bad}",
        "    Kontakt: Torleiv Kvålsvoll – torleiv.kvalsvoll@nav.no – 35 06 21 00",
        "II. Prosjektet",
        "    Namn: Fjellbygd i arbeid",
        "    Nytt prosjekt med oppstart 1. mars 2020",
        "    Stillingsressurs: 40 % stilling som jobbkonsulent",
        "III. Økonomi",
        "    Løn og sosiale kostnader .................... kr 244 000",
        "    Prosjektretta kompetanse .................... kr   6 000",
        "    Samla søknadssum ............................ kr 250 000",
        "IV. Prioritert område: Bruk av ordinært arbeidsliv",
        "V. Nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei.",
        "VI. Underskrift",
    ], "DVS", 10, 18)
    c.drawImage(ink_reader("gx10a"), 60, y - 50, 140, 40, mask="auto")
    c.drawImage(ink_reader("gx10b"), 320, y - 50, 140, 40, mask="auto")
    _lines(c, 60, y - 65, ["Anne Grete Haugen, Nav-leiar", "Vinje 24.01.2020"], "DVS", 10)
    _lines(c, 320, y - 65, ["Jon Olav Kvåle, kommunedirektør", "Vinje 27.01.2020"], "DVS", 10)
    c.save()
    return truth("gx10", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Vinje", "Vinje", bad), contact=("Torleiv Kvålsvoll", "torleiv.kvalsvoll@nav.no", "35062100"),
                 project=("Fjellbygd i arbeid", "new", "2020-03-01"), pct=40,
                 amounts={"positions": 244000, "competence": 6000, "total": 250000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Anne Grete Haugen", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Jon Olav Kvåle", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=[f"defect: {bad} fails MOD11 (valid would be {good})"])


# ---------------------------------------------------------------- gx11 pdf-text nb: areas in other words, 200 % at cap
def gx11(out: Path):
    nr = orgnr("98872340")
    c = _canvas(str(out))
    c.setFont("DVB", 14)
    c.drawString(50, H - 55, "NAV PORSGRUNN")
    c.setFont("DV", 9)
    c.drawString(50, H - 70, "Søknad – tilskudd til utvikling av sosiale tjenester i NAV-kontoret, 2020")
    y = H - 100
    for head, body in [
        ("Søker", [f"NAV Porsgrunn (Porsgrunn kommune), org.nr. {nr}"]),
        ("Kontakt", ["Gunn Elin Dahl · gunn.elin.dahl@nav.no · 35 54 70 00"]),
        ("Prosjekt", ["«Sammen for barna» – nytt prosjekt, oppstart 01.04.2020"]),
        ("Bemanning", ["To 100 %-stillinger (familiekoordinator og jobbspesialist)"]),
        ("Økonomi", ["Lønn inkl. sosiale kostnader: 1 220 000 kr", "Kompetansemidler: 10 000 kr",
                     "Totalt omsøkt: 1 230 000 kr"]),
        ("Hvorfor", ["Prosjektet retter seg mot familier med barn som lever i lavinntekt, og mot unge",
                     "innvandrere som trenger tettere oppfølging for å komme i jobb eller utdanning."]),
        ("Samarbeid", ["Vi ønsker å delta i nettverk/klyngesamarbeid og i ekstern prosessevaluering."]),
    ]:
        c.setFont("DVB", 10)
        c.drawString(50, y, head)
        y = _lines(c, 150, y, body, "DV", 10, 14) - 8
    y = _lines(c, 50, y - 10, ["Dokumentet er elektronisk godkjent av:",
                               "Bente Aasland, leder NAV Porsgrunn – 22.01.2020",
                               "Per Wold, rådmann – 23.01.2020"], "DV", 10, 15)
    c.save()
    return truth("gx11", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Porsgrunn", "Porsgrunn", nr), contact=("Gunn Elin Dahl", "gunn.elin.dahl@nav.no", "35547000"),
                 project=("Sammen for barna", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Bente Aasland", "Leder NAV Porsgrunn", "2020-01-22", "electronic_approval"),
                       ("municipality", "Per Wold", "Rådmann", "2020-01-23", "electronic_approval")],
                 notes=["near-miss: 200 % at exactly 1 220 000; the area is described in other words, not named"])


# ---------------------------------------------------------------- gx12 pdf-acroform nb: filled fields, static ink
def gx12(out: Path):
    nr = orgnr("91520476")
    c = _canvas(str(out))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, H - 50, "Søknadsskjema: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (2020)")
    form = c.acroForm
    y = H - 90
    c.setFont("Helvetica", 9)
    for name, label, val in [("f_kontor", "Nav-kontor", "Nav Sandnes"), ("f_kommune", "Kommune", "Sandnes"),
                             ("f_org", "Org.nr.", nr), ("f_kp", "Kontaktperson", "Øystein Tjelta"),
                             ("f_ep", "E-post", "oystein.tjelta@nav.no"), ("f_tlf", "Telefon", "51 97 30 00"),
                             ("f_tit", "Prosjekttittel", "Jobbmatch Sandnes"), ("f_start", "Startdato", "2020-08-15"),
                             ("f_pst", "Stillingsprosent", "40"), ("f_lonn", "Lønn og sosiale utgifter", "244000"),
                             ("f_komp", "Kompetanse", "6000"), ("f_sum", "Sum", "250000")]:
        c.drawString(50, y + 5, label)
        form.textfield(name=name, x=200, y=y, width=300, height=17, borderWidth=1, fontSize=9, value=val)
        y -= 24
    for name, label, on in [("c_ny", "Nytt prosjekt", True), ("c_vf", "Videreføring", False),
                            ("c_a1", "Bruk av ordinært arbeidsliv", True),
                            ("c_a2", "Oppfølging av barnefamilier, ungdom og innvandrere", False),
                            ("c_a3", "Sikring av sårbare overganger", False),
                            ("c_net", "Interesse for nettverk/klyngesamarbeid", False),
                            ("c_eval", "Interesse for ekstern prosessevaluering", True)]:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="check", checked=on)
        c.drawString(68, y + 2, label)
        y -= 19
    y -= 15
    c.drawString(50, y, "Underskrift leder Nav Sandnes")
    c.drawString(310, y, "Underskrift kommunedirektør")
    c.drawImage(ink_reader("gx12a"), 50, y - 50, 140, 40, mask="auto")
    c.drawImage(ink_reader("gx12b"), 310, y - 50, 140, 40, mask="auto")
    form.textfield(name="s_nav", x=50, y=y - 75, width=220, height=17, borderWidth=0, fontSize=9,
                   value="Kjell Inge Vatne, 21.01.2020")
    form.textfield(name="s_kom", x=310, y=y - 75, width=220, height=17, borderWidth=0, fontSize=9,
                   value="Hilde Sævareid, 23.01.2020")
    c.save()
    return truth("gx12", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Sandnes", "Sandnes", nr), contact=("Øystein Tjelta", "oystein.tjelta@nav.no", "51973000"),
                 project=("Jobbmatch Sandnes", "new", "2020-08-15"), pct=40,
                 amounts={"positions": 244000, "competence": 6000, "total": 250000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Kjell Inge Vatne", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Hilde Sævareid", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss: 40 % at exactly 244 000; ISO start date and plain digits in fields",
                        "titles only in the labels above the ink ('leder Nav Sandnes', 'kommunedirektør')"])


def _hand(c, office, rows, areas, sigs, font="DVS", bold="DVSB", heading=""):
    c.setFont(bold, 12)
    c.drawString(55, H - 55, heading)
    y = H - 85
    for lab, val in rows:
        c.setFont(font, 8)
        c.drawString(55, y, lab)
        c.setFont(font, 11)
        c.drawString(55, y - 13, val)
        c.line(55, y - 16, 540, y - 16)
        y -= 34
    y = _lines(c, 55, y - 5, areas, font, 10, 15)
    for i, (head, seed, when, name) in enumerate(sigs):
        x = 55 + i * 260
        c.setFont(font, 9)
        c.drawString(x, y - 15, head)
        c.drawImage(ink_reader(seed), x, y - 65, 140, 40, mask="auto")
        c.line(x, y - 67, x + 220, y - 67)
        c.drawString(x, y - 80, name)
        c.drawString(x, y - 93, when)
    return y


# ---------------------------------------------------------------- gx15 pdf-handwritten nn: third year, block capitals
def gx15(out: Path):
    nr = orgnr("93300851")
    c = _canvas(str(out))
    _hand(c, "Luster", [("Nav-kontor", "NAV Luster"), ("Kommune", "Luster"), ("Organisasjonsnummer", nr),
                        ("Kontaktperson, e-post, telefon", "Solveig Hauge, solveig.hauge@nav.no, 57 68 55 00"),
                        ("Namn på prosjektet", "Luster-modellen"), ("Prosjektstatus", "Vidareføring – tredje året"),
                        ("Oppstart", "01.01.2020"), ("Stillingsprosent", "100 %"),
                        ("Søkt beløp", "Løn 600 000 kr + kompetanse 10 000 kr = 610 000 kr")],
          ["Prioritert område: [x] Sikring av sårbare overgangar  [ ] Ordinært arbeidsliv  [ ] Barnefamiliar",
           "Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Ja"],
          [("Nav-leiar (namn med blokkbokstavar under)", "gx15a", "Gaupne, 28.01.2020", "TONE URNES"),
           ("Kommunedirektør (namn med blokkbokstavar under)", "gx15b", "Gaupne, 29.01.2020", "ARVE HOLEN")],
          heading="Søknad om tilskot til sosiale tenester i Nav-kontoret – 2020")
    c.save()
    return truth("gx15", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Luster", "Luster", nr), contact=("Solveig Hauge", "solveig.hauge@nav.no", "57685500"),
                 project=("Luster-modellen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "TONE URNES", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "ARVE HOLEN", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: continuation in its THIRD year (allowed, not over the limit); total 610 000 "
                        "with 600 000 positions (positions under the cap)", "names in block capitals"])


# ---------------------------------------------------------------- gx16 pdf-scanned nb: 200 dpi grey scan
def gx16(out: Path):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    nr = orgnr("97012364")
    buf = io.BytesIO()
    c = _canvas(buf)
    _hand(c, "Elverum", [("Nav-kontor", "Nav Elverum"), ("Kommune", "Elverum"), ("Org.nr.", spaced(nr)),
                         ("Kontaktperson", "Randi Strand, randi.strand@nav.no, 62 43 10 00"),
                         ("Prosjektnavn", "Sjumilssteget Elverum"), ("Type", "Nytt prosjekt"),
                         ("Oppstart", "01.03.2020"), ("Stillingsprosent", "100 %"),
                         ("Budsjett", "Lønn 590 000 – kompetanse 10 000 – sum 600 000")],
          ["Prioriterte områder: [X] Oppfølging av barnefamilier, ungdom og innvandrere",
           "Nettverk: Nei     Ekstern prosessevaluering: Nei"],
          [("Nav-leder", "gx16a", "Elverum 27.01.2020", "Geir Åsen"),
           ("Kommunedirektør", "gx16b", "Elverum 28.01.2020", "Lise Bryhn")],
          font="LS", bold="LSB", heading="Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020")
    c.save()
    img = pdfium.PdfDocument(buf.getvalue())[0].render(scale=200 / 72).to_pil().convert("L")
    img = img.rotate(0.8, resample=Image.BICUBIC, expand=True, fillcolor=240)
    rnd = random.Random(61)
    px = img.load()
    w, h = img.size
    for _ in range(2500):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((90, 210))
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=60)
    from PIL import Image as _I
    fixed = __import__("time").strptime("2020-01-28 12:00", "%Y-%m-%d %H:%M")
    _I.open(jb).save(out, "PDF", resolution=200, title="Skannet dokument", creationDate=fixed, modDate=fixed)
    return truth("gx16", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", nr), contact=("Randi Strand", "randi.strand@nav.no", "62431000"),
                 project=("Sjumilssteget Elverum", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Geir Åsen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Lise Bryhn", "Kommunedirektør", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["200 dpi grey scan, 0.8° rotation, speckle, JPEG q60"])


# ---------------------------------------------------------------- gx17 pdf-pades nb: two PAdES signatures
def gx17(out: Path):
    from pdf38 import _self_signed, _sign
    nr = orgnr("96287543")
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("LSB", 12)
    c.drawString(50, H - 55, "Bærum kommune · Nav Bærum")
    c.setFont("LS", 10)
    c.drawString(50, H - 72, "Søknad: tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsåret 2020")
    y = _grid(c, 50, H - 95, (180, 315), [
        ("Søkende Nav-kontor", "Nav Bærum"), ("Vertskommune", "Bærum"), ("Org.nr.", nr),
        ("Prosjektleder/kontakt", "Henrik Walle"), ("E-post / telefon", "henrik.walle@nav.no / 67 50 45 00"),
        ("Prosjektets navn", "Første jobb Bærum"), ("Søknadstype", "Nytt prosjekt"), ("Oppstart", "1.6.2020"),
        ("Stillingsomfang", "100 %"), ("Lønn og sos. kostnader", "NOK 560 000"), ("Kompetanse", "NOK 10 000"),
        ("Sum omsøkt", "NOK 570 000"), ("Prioritert område", "Bruk av ordinært arbeidsliv"),
        ("Nettverk", "Ja"), ("Prosessevaluering", "Ja")], "LS", 9, 18)
    _lines(c, 50, y - 25, ["Signert elektronisk med BankID av:",
                           "Leder Nav Bærum Cecilie Brekke (20.01.2020)",
                           "Kommunaldirektør Bjørn Rune Engebråten (21.01.2020)"], "LS", 10)
    c.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Cecilie Brekke", "Nav Bærum")
        s2 = _self_signed(Path(td), "Bjørn Rune Engebråten", "Bærum kommune")
        data = _sign(data, "Sig1", (50, 80, 250, 120), s1, datetime.datetime(2020, 1, 20, 9, 12, tzinfo=tz))
        data = _sign(data, "Sig2", (310, 80, 510, 120), s2, datetime.datetime(2020, 1, 21, 15, 40, tzinfo=tz))
    out.write_bytes(data)
    return truth("gx17", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Bærum", "Bærum", nr), contact=("Henrik Walle", "henrik.walle@nav.no", "67504500"),
                 project=("Første jobb Bærum", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Cecilie Brekke", "Leder Nav Bærum", "2020-01-20", "digital"),
                       ("municipality", "Bjørn Rune Engebråten", "Kommunaldirektør", "2020-01-21", "digital")],
                 notes=["near-miss: municipal signer a 'kommunaldirektør'; two valid incremental PAdES signatures"])


# ---------------------------------------------------------------- gx18 pdf-handwritten nb: municipal name typed only
def gx18(out: Path):
    nr = orgnr("92401779")
    c = _canvas(str(out))
    y = _hand(c, "Kongsberg", [("Nav-kontor", "Nav Kongsberg"), ("Kommune", "Kongsberg"), ("Organisasjonsnummer", nr),
                               ("Kontaktperson", "Eva Marie Bråthen – eva.marie.brathen@nav.no – 32 86 30 00"),
                               ("Prosjekttittel", "Neste steg Kongsberg"), ("Nytt/videreføring", "Videreføring (år 2)"),
                               ("Oppstart", "01.01.2020"), ("Stillingsprosent", "60 %"),
                               ("Omsøkt", "Lønn kr 360 000,- / kompetanse kr 5 000,- / totalt kr 365 000,-")],
              ["Prioriterte områder: [X] Sikring av sårbare overganger  [X] Bruk av ordinært arbeidsliv",
               "Nettverk/klyngesamarbeid: Nei     Ekstern prosessevaluering: Ja"],
              [("Nav-leder", "gx18a", "Kongsberg 22.01.2020", "Øyvind Flaten")],
              font="DV", bold="DVB", heading="Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("DV", 9)
    c.drawString(315, y - 15, "Kommunedirektør")
    c.line(315, y - 67, 535, y - 67)
    c.drawString(315, y - 62, "Sign.: Kari Anne Sand")
    c.drawString(315, y - 80, "Kari Anne Sand")
    c.drawString(315, y - 93, "Kongsberg 23.01.2020")
    c.save()
    return truth("gx18", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", nr),
                 contact=("Eva Marie Bråthen", "eva.marie.brathen@nav.no", "32863000"),
                 project=("Neste steg Kongsberg", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 360000, "competence": 5000, "total": 365000},
                 prio=["saarbare-overganger", "ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Øyvind Flaten", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Kari Anne Sand", "Kommunedirektør", "2020-01-23", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"], notes=["defect: the kommunedirektør's line carries only a typed "
                                                           "'Sign.: NAME', no ink"])
