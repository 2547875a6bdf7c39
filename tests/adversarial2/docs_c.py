"""Classes 7-8: scans, faxes, photos, and documents where part of the page cannot be read."""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.shared import Cm
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from tools import MONO, NARROW, SANS, SERIF, Page, degrade, jpeg, org, perspective, png_bytes, rl_ink_image, save_docx
from truthlib import truth


def _rl_image_page(c, im: Image.Image, hidden_lines=()):
    """One scanned page: the image fills A4, and a copier's invisible OCR layer (render mode 3) lies on top."""
    W, H = A4
    c.drawImage(ImageReader(im), 0, 0, W, H)
    if hidden_lines:
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont("Helvetica", 10)
        y = H - 70
        for s in hidden_lines:
            t.setTextOrigin(62, y)
            t.textLine(s)
            y -= 16
        c.drawText(t)
    c.showPage()


# ============================================================================ class 7: scans
def b19(out: Path):
    o = org("98321432")
    p1 = Page(200, SERIF, 11)
    p1.text("NAV RINGERIKE", 15, bold=True)
    p1.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 13, bold=True)
    p1.skip(4)
    for k, v in [("Nav-kontor", "Nav Ringerike"), ("Kommune", "Ringerike"), ("Org.nr.", o[:3] + " " + o[3:6] + " " + o[6:]),
                 ("Kontaktperson", "Øystein Kolstad"), ("E-post", "oystein.kolstad@nav.no"), ("Telefon", "32 17 55 00"),
                 ("Prosjekt", "Hønefoss-modellen"), ("Nytt/videreføring", "Videreføring (år 3)"), ("Oppstart", "01.01.2020")]:
        p1.row([k, v], [55, 110])
    p1.skip(5)
    p1.text("Prosjektet skal sikre overgangene mellom kriminalomsorgen, helsetjenesten og Nav for personer som "
            "løslates, og utvikle en felles plan som følger brukeren. I år 3 skal modellen skrives ned og spres.")
    p1.skip(4)
    p1.text("Budsjett 2020", bold=True)
    p1.row(["Stilling", "Prosent", "Beløp"], [80, 30, 55], bold=True)
    p1.row(["Koordinator overganger", "100 %", "kr 598 000"], [80, 30, 55])
    p1.row(["Kompetanse", "", "kr 10 000"], [80, 30, 55])
    p1.row(["Sum", "", "kr 608 000"], [80, 30, 55], bold=True)
    p2 = Page(200, SERIF, 11)
    p2.text("Nettverk og evaluering", bold=True)
    p2.checkbox("Vi er interessert i nettverk/klyngesamarbeid", True)
    p2.checkbox("Vi er interessert i ekstern prosessevaluering", True)
    p2.skip(10)
    p2.text("Underskrifter", bold=True)
    p2.skip(3)
    p2.text("Hønefoss, 24.01.2020")
    p2.ink("ring-nav", 0)
    p2.text("Kjersti Aamodt, Nav-leder")
    p2.skip(8)
    p2.text("Hønefoss, 28.01.2020")
    p2.ink("ring-rad", 0)
    p2.text("Tore Isaksen, rådmann")
    i1 = jpeg(degrade(p1.im, 19, rotate=0.8, blur=0.6, noise=40), 55)
    i2 = jpeg(degrade(p2.im, 20, rotate=180.6, blur=0.7, noise=40), 55)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    _rl_image_page(c, i1, ["NAV RlNGERlKE", "Soknad om tilskudd til utvik1ing av sosia1e tjenester i Nav-kontoret 2O2O",
                           "Nav-kontor Nav Ringer1ke", "Kommune R1ngerike", "Org.nr. " + o[:3] + " " + o[3:5] + "O " + o[6:],
                           "Kontaktperson 0ystein Ko1stad", "E-post oystein.ko1stad@nav.n0", "Te1efon 32 I7 55 O0",
                           "Prosjekt H0nefoss-mode11en", "Nytt/viderefor1ng Viderefor1ng (ar 3)", "Oppstart O1.0I.2020",
                           "Budsjett 2O2O", "Koordinator overganger 1OO % kr 598 0OO", "Kompetanse kr I0 000", "Sum kr 6O8 000"])
    _rl_image_page(c, i2, ["OZOZ'IO'8Z 'ssoJeu0H", "ueuupe.I 'uasyesI aJoL", "OZOZ'IO'tZ 'ssoJeu0H"])
    c.save()
    return truth("b19", "pdf", "7-scans", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Ringerike", "Ringerike", o), contact=("Øystein Kolstad", "oystein.kolstad@nav.no", "32175500"),
                 project=("Hønefoss-modellen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "other": None, "total": 608000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Kjersti Aamodt", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Tore Isaksen", "Rådmann", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["copier scan (JPEG q55, noise) with a poor invisible OCR text layer (l/1, O/0 confusions, a wrong org number digit); page 2 upside down and its text layer reversed garbage; the image is the truth"])


def b20(out: Path):
    o = org("97451011")
    pages = []
    for n, build in enumerate((1, 2), start=1):
        p = Page(200, MONO if n == 1 else SANS, 10.5)
        p.text(f"30/01 2019 13:47   FAX 72 41 41 01        NAV ROROS              S. 0{n}/02", 8, path=MONO)
        p.rule()
        if n == 1:
            p.text("Til: Fylkesmannen i Trøndelag, faks 73 19 91 01", 10)
            p.skip(4)
            p.text("SØKNAD – TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2019", 12, bold=True)
            p.skip(3)
            for s in ["Søker: NAV Røros, Røros kommune", f"Organisasjonsnummer: {o}",
                      "Kontaktperson: Guri Haugen, tlf 72 41 41 00, guri.haugen@nav.no",
                      "Prosjektets navn: Unge i arbeid på Røros", "Nytt prosjekt. Planlagt oppstart: 1. april 2019",
                      "", "Beskrivelse: Vi vil prøve ut en ny modell der unge sosialhjelpsmottakere får praksis og",
                      "arbeid hos lokale arbeidsgivere i reiselivet og i industrien, med tett oppfølging fra Nav.",
                      "", "Budsjett:", "  Veileder ungdom, 100 % stilling ..... kr 580 000",
                      "  Sum omsøkt ............................ kr 580 000"]:
                p.text(s)
        else:
            p.text("Underskrift", bold=True)
            p.skip(6)
            p.text("Røros, 29.01.2019")
            p.ink("roros-nav", 0)
            p.text("Randi Dragset, NAV-leder")
            p.skip(10)
            p.text("Røros, 29.01.2019")
            p.ink("roros-rad", 0)
            p.text("Kjell Håvard Jensen, rådmann")
        im = degrade(p.im, 30 + n, rotate=-1.2 if n == 1 else 0.9, blur=0.5)
        im = im.resize((im.width, im.height // 2), Image.BILINEAR)
        im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
        pages.append(im)
    import time
    stamp = time.strptime("2019-01-30 13:47", "%Y-%m-%d %H:%M")
    pages[0].save(out, "PDF", dpi=(200, 100), save_all=True, append_images=pages[1:], creationDate=stamp, modDate=stamp)
    return truth("b20", "pdf", "7-scans", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Røros", "Røros", o), contact=("Guri Haugen", "guri.haugen@nav.no", "72414100"),
                 project=("Unge i arbeid på Røros", "new", "2019-04-01"), pct=100,
                 amounts={"positions": 580000, "competence": None, "other": None, "total": 580000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(None, None),
                 sigs=[("nav_leader", "Randi Dragset", "NAV-leder", "2019-01-29", "handwritten"),
                       ("municipality", "Kjell Håvard Jensen", "Rådmann", "2019-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["fax: one-bit pages at 200x100 dpi (half vertical resolution), a fax header line with the sender's fax number on each page, 2019 scheme (no caps, no interest questions); the county's fax number in the address"])


def b21(out: Path):
    o = org("97459122")
    p = Page(150, NARROW, 11, margin_mm=18)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 14, bold=True)
    p.skip(3)
    for k, v in [("Nav-kontor", "Nav Ulstein"), ("Kommune", "Ulstein"), ("Organisasjonsnummer", o),
                 ("Kontaktperson", "Oddny Vik"), ("E-post / telefon", "oddny.vik@nav.no / 70 01 84 00"),
                 ("Namn på tiltaket", "Familiar i arbeid"), ("Nytt / vidareføring", "Nytt"), ("Oppstart", "1. juni 2020")]:
        p.row([k, v], [60, 110], size=11)
    p.skip(4)
    p.text("Tiltaket skal gje barnefamiliar med låg inntekt ein fast kontaktperson som følgjer heile familien, og "
           "prøve ut ein ny modell for samarbeid med barnehage og skule.")
    p.skip(3)
    p.row(["Budsjett", "Stilling", "Beløp"], [70, 30, 70], size=11)
    p.row(["Familiekontakt", "80 %", "kr 488 000"], [70, 30, 70], size=11)
    p.row(["Kompetanse", "", "kr 10 000"], [70, 30, 70], size=11)
    p.row(["Sum søkt", "", "kr 498 000"], [70, 30, 70], size=11)
    p.skip(4)
    p.text("Nettverk/klyngesamarbeid:  JA      Ekstern prosessevaluering:  NEI")
    p.skip(6)
    p.text("Ulstein, 28.01.2020")
    p.ink("ulst-nav", 0, 45, 12)
    p.text("Arnhild Flø, Nav-leiar")
    p.skip(4)
    p.ink("ulst-kd", 0, 45, 12)
    p.text("Einar Vik Hatlø, kommunedirektør")
    photo = perspective(degrade(p.im, 21, rotate=3.5, gray=False), 21, 0.05)
    photo = photo.resize((int(photo.width * 0.85), int(photo.height * 0.85)), Image.LANCZOS)
    photo.convert("RGB").save(out, "JPEG", quality=62)
    return truth("b21", "jpg", "7-scans", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Ulstein", "Ulstein", o), contact=("Oddny Vik", "oddny.vik@nav.no", "70018400"),
                 project=("Familiar i arbeid", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "other": None, "total": 498000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Arnhild Flø", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Einar Vik Hatlø", "Kommunedirektør", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["phone photo as a bare JPEG: 3.5° turn, keystone, desk rim, shadow from the left, blur, JPEG q62; Nynorsk one-page form in a narrow font; positions exactly at the 80 % cap"])


# ============================================================================ class 8: abstain
def _text_pages_rl(c, blocks):
    W, H = A4
    y = H - 60
    for kind, s in blocks:
        if kind == "page":
            c.showPage()
            y = H - 60
            continue
        size = {"h": 13, "b": 10.5, "p": 10.5}[kind]
        c.setFont("Helvetica-Bold" if kind in "hb" else "Helvetica", size)
        c.drawString(58, y, s)
        y -= size * 1.5
    return y


def b22(out: Path):
    o = org("97438811")
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    _text_pages_rl(c, [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"), ("p", ""),
                       ("b", "Søker"), ("p", "Nav Sandnes, Sandnes kommune, org.nr. " + o),
                       ("p", "Kontaktperson: Linn Tjelta, linn.tjelta@nav.no, 51 97 40 00"), ("p", ""),
                       ("b", "Prosjekt"), ("p", "Tittel: Inn på arbeidsmarkedet"), ("p", "Nytt prosjekt, oppstart 1. mars 2020"),
                       ("p", "Innvandrere med lang botid og sosialhjelp skal få jobb i ordinært arbeidsliv gjennom"),
                       ("p", "en ny kombinasjon av språkpraksis og jobbspesialist."), ("page", ""),
                       ("b", "Budsjett"), ("p", "Jobbspesialist, 100 % stilling: kr 605 000"), ("p", "Kompetanse: kr 10 000"),
                       ("p", "Sum omsøkt: kr 615 000"), ("p", ""),
                       ("b", "Nettverk og evaluering"), ("p", "Interessert i nettverk/klyngesamarbeid: Ja"),
                       ("p", "Interessert i ekstern prosessevaluering: Nei"), ("p", ""),
                       ("p", "Underskrifter: se neste side (side 3 av 3).")])
    c.showPage()
    p = Page(150, SERIF, 12)
    p.text("Underskrifter", 13, bold=True)
    p.skip(8)
    p.text("Sandnes, 27.01.2020")
    p.ink("sand-nav", 0)
    p.text("Rune Oftedal, Nav-leder")
    p.skip(14)
    p.text("Sandnes, 29.01.2020")
    p.ink("sand-rad", 0)
    p.text("Hege Lothe, rådmann")
    dark = degrade(p.im, 22, rotate=-2, blur=4.2, noise=70, contrast=0.35, brightness=-95)
    c.drawImage(ImageReader(jpeg(dark, 30)), 0, 0, *A4)
    c.showPage()
    c.save()
    return truth("b22", "pdf", "8-abstain", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Sandnes", "Sandnes", o), contact=("Linn Tjelta", "linn.tjelta@nav.no", "51974000"),
                 project=("Inn på arbeidsmarkedet", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "other": None, "total": 615000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Rune Oftedal", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Hege Lothe", "Rådmann", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["born-digital pages 1-2 say the signatures are on page 3; page 3 is a very dark, heavily blurred photo of the signature page that cannot be read reliably: no SIGNATURE_*_MISSING error may be raised (LOW_CONFIDENCE naming page 3 is right)"])


def _budget_picture() -> bytes:
    p = Page(120, SANS, 10, margin_mm=6)
    p.W, p.H = int(6.5 * 120), int(1.9 * 120)
    p.im = Image.new("RGB", (p.W, p.H), "white")
    p.d = ImageDraw.Draw(p.im)
    p.y = 10
    p.row(["Post", "Stilling %", "2020", "2021"], [60, 25, 28, 28], bold=True)
    p.row(["Boveileder (lønn+sos.)", "100", "575 000", "590 000"], [60, 25, 28, 28])
    p.row(["Kompetanse", "", "10 000", "10 000"], [60, 25, 28, 28])
    p.row(["Sum søkt", "", "585 000", "600 000"], [60, 25, 28, 28], bold=True)
    return png_bytes(p.im.crop((0, 0, p.W, p.y + 12)))


def b23(out: Path):
    o = org("97455310")
    d = Document()
    d.add_heading("Nav Bodø – søknad om tilskudd til utvikling av sosiale tjenester 2020", 1)
    for s in [f"Søker: Nav Bodø, Bodø kommune (org.nr. {o})",
              "Kontaktperson: Jonas Pedersen – jonas.pedersen@nav.no – 75 55 30 00",
              "Prosjekt: «Egen bolig – egen jobb», nytt prosjekt med oppstart 1. april 2020.",
              "Prosjektet skal sikre overgangen fra midlertidig bolig til egen bolig og arbeid, med en boveileder som "
              "følger brukeren i overgangen mellom tjenestene.",
              "Budsjett (kopiert fra regnearket, år 2020 søkes nå):"]:
        d.add_paragraph(s)
    d.add_paragraph().add_run().add_picture(io.BytesIO(_budget_picture()), width=Cm(15))
    d.add_paragraph("Nav Bodø ønsker å være med i nettverk/klyngesamarbeid (ja) og ønsker ekstern prosessevaluering (ja).")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    d.add_paragraph("Godkjent av: Siri Fygle, Nav-leder, 22.01.2020")
    d.add_paragraph("Godkjent av: Rolf Kveinen, rådmann, 24.01.2020")
    save_docx(d, out)
    return truth("b23", "docx", "8-abstain", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Bodø", "Bodø", o), contact=("Jonas Pedersen", "jonas.pedersen@nav.no", "75553000"),
                 project=("Egen bolig – egen jobb", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "other": None, "total": 585000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Siri Fygle", "Nav-leder", "2020-01-22", "electronic_approval"),
                       ("municipality", "Rolf Kveinen", "Rådmann", "2020-01-24", "electronic_approval")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["the whole budget (position percent and every amount, 2020 and 2021 columns) is a pasted picture in the .docx; the text says so. Either read the picture (2020 column) or say LOW_CONFIDENCE/check by hand: no AMOUNT_MISSING or POSITION_PERCENT_MISSING error"])


def b24(out: Path):
    o = org("97462133")
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    _text_pages_rl(c, [("h", "NAV MOSS"), ("h", "Søknad – tilskudd til utvikling av sosiale tjenester 2020"), ("p", ""),
                       ("p", f"Søker: NAV Moss, Moss kommune, org.nr. {o}"),
                       ("p", "Kontaktperson: Camilla Berg, camilla.berg@nav.no, 69 20 40 00"),
                       ("p", "Prosjektets navn: Sammen for barna"), ("p", "Videreføring, år 2. Oppstart 01.01.2020."),
                       ("p", "Barnefamilier med langvarig sosialhjelp får en familieveileder som følger hele familien."),
                       ("p", "Nettverk/klyngesamarbeid: Nei. Ekstern prosessevaluering: Ja."),
                       ("p", "Budsjett: se vedlagt side 2 (skannet).")])
    c.showPage()
    p = Page(100, SERIF, 12)
    p.text("Budsjett 2020", 14, bold=True)
    p.skip(4)
    p.row(["Familieveileder", "100 %", "kr 602 000"], [80, 30, 55])
    p.row(["Kompetanse", "", "kr 10 000"], [80, 30, 55])
    p.row(["Sum omsøkt", "", "kr 612 000"], [80, 30, 55], bold=True)
    faint = degrade(p.im, 24, rotate=90.0, blur=1.6, noise=25, contrast=0.18, brightness=95)
    c.drawImage(ImageReader(jpeg(faint, 35)), 0, 0, *A4)
    c.showPage()
    H = A4[1]
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(58, H - 60, "Underskrifter")
    c.setFont("Helvetica", 10.5)
    for x, date, seed, name in [(58, "Moss, 23.01.2020", "moss-nav", "Lene Aas, NAV-leder"),
                                (310, "Moss, 24.01.2020", "moss-rad", "Hanne Tollerud, rådmann")]:
        c.drawString(x, H - 90, date)
        rl_ink_image(c, seed, x, H - 140)
        c.line(x, H - 144, x + 190, H - 144)
        c.drawString(x, H - 158, name)
    c.showPage()
    c.save()
    return truth("b24", "pdf", "8-abstain", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Moss", "Moss", o), contact=("Camilla Berg", "camilla.berg@nav.no", "69204000"),
                 project=("Sammen for barna", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 602000, "competence": 10000, "other": None, "total": 612000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Lene Aas", "NAV-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Hanne Tollerud", "Rådmann", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["text pages around one scanned budget page that is sideways, very faint (light copier setting), blurred and JPEG q35: the budget (percent, amounts) may be unreadable; no AMOUNT_MISSING/POSITION_PERCENT_MISSING error may be raised"])


DOCS = [("b19", "pdf", b19), ("b20", "pdf", b20), ("b21", "jpg", b21), ("b22", "pdf", b22), ("b23", "docx", b23),
        ("b24", "pdf", b24)]
