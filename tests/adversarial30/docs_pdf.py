"""PDF documents of adversarial30 (z08-z11, z14-z16). Each builder writes its file and returns its truth."""
from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from lib30 import ink_png, scan_pdf_pages, pades_sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
WID, HEI = A4


class Pen:
    """A tiny top-down writer on a reportlab canvas."""

    def __init__(self, buf, font="Helvetica", size=10):
        self.c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        self.font, self.size, self.y = font, size, HEI - 60

    def text(self, s, x=60, bold=False, size=None, dy=None):
        f = self.font + ("-Bold" if bold and self.font == "Helvetica" else "")
        if bold and self.font == "Times-Roman":
            f = "Times-Bold"
        if bold and self.font == "Courier":
            f = "Courier-Bold"
        self.c.setFont(f, size or self.size)
        self.c.drawString(x, self.y, s)
        if dy is not False:
            self.y -= dy or (size or self.size) * 1.45

    def wrap(self, s, x=60, width=95):
        import textwrap
        for ln in textwrap.wrap(s, width):
            self.text(ln, x)

    def gap(self, h=8):
        self.y -= h

    def ink(self, seed, x, y, w=150):
        self.c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, w * 120 / 420, mask="auto")

    def page(self):
        self.c.showPage()
        self.y = HEI - 60

    def save(self):
        self.c.save()


# ---------------------------------------------------------------- z08
def z08(out: Path):
    """pdf-text, Bokmål, Nav Årstad (Bergen district office). An e-mail printout on page 1 sends the
    application; the form on pages 2-3 with labels in a left column and a ruled row per answer."""
    b = io.BytesIO(); p = Pen(b, "Helvetica", 9.5)
    for s in ["Fra: Sæle, Marit <marit.saele@nav.no>", "Sendt: fredag 31. januar 2020 09:12",
              "Til: Postmottak Statsforvalteren i Vestland <sfvlpost@statsforvalteren.no>",
              "Kopi: Nyhus, Jostein <jostein.nyhus@nav.no>",
              "Emne: Søknad om tilskudd til utvikling av sosiale tjenester 2020 - Nav Årstad", ""]:
        p.text(s)
    p.wrap("Hei! Vedlagt følger søknaden fra Nav Årstad om tilskudd for 2020, signert av Nav-leder og "
           "kommunaldirektøren. Ta gjerne kontakt om noe er uklart.")
    p.gap(); p.text("Vennlig hilsen"); p.text("Marit Sæle"); p.text("Rådgiver, Nav Årstad")
    p.page()
    p.text("SØKNADSSKJEMA 2020", bold=True, size=13)
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)", size=9)
    p.gap(10)
    rows = [("Nav-kontor", "Nav Årstad"), ("Kommune", "Bergen"), ("Org.nr.", "993 216 542"),
            ("Kontaktperson", "Marit Sæle"), ("E-post", "marit.saele@nav.no"), ("Telefon", "55 56 89 20"),
            ("Prosjektnavn", "Familieløftet Årstad"), ("Nytt / videreføring", "Nytt"),
            ("Oppstart", "mai 2020"), ("Stillinger", "to stillinger (2 x 100 %)"),
            ("Lønn og sosiale kostnader", "kr 1 200 000"), ("Kompetansemidler", "kr 10 000"),
            ("Totalt omsøkt beløp", "kr 1 210 000")]
    for a, v in rows:
        p.c.setLineWidth(0.4); p.c.line(60, p.y - 4, 535, p.y - 4)
        p.text(a, bold=True, dy=False); p.text(v, x=230)
        p.gap(3)
    p.gap(10)
    p.text("Beskrivelse", bold=True)
    p.wrap("To familiekoordinatorer skal gi barnefamilier med lav inntekt én fast kontakt i Nav, og samordne "
           "oppfølgingen av foreldre og ungdom i familien. Prosjektet retter seg særlig mot familier med "
           "innvandrerbakgrunn i bydelen.")
    p.gap(6)
    p.text("Prioriterte områder (kryss av)", bold=True)
    for a, on in [("Bruk av ordinært arbeidsliv", False), ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                  ("Sikring av sårbare overganger", False)]:
        p.c.rect(62, p.y - 1, 8, 8)
        if on:
            p.c.line(62, p.y - 1, 70, p.y + 7); p.c.line(62, p.y + 7, 70, p.y - 1)
        p.text(a, x=78)
    p.gap(4)
    p.text("Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Ja")
    p.page()
    p.text("Underskrifter", bold=True, size=11); p.gap(10)
    for i, (who, name, title, date, seed) in enumerate([
            ("Nav-leder", "Jostein Nyhus", "Nav-leder", "Bergen, 29.01.2020", 801),
            ("Kommunens ledelse", "Kari-Anne Solheim", "Kommunaldirektør for arbeid, sosial og bolig",
             "Bergen, 30.01.2020", 802)]):
        p.text(who, bold=True); p.text("Sted/dato: " + date)
        p.ink(seed, 60, p.y - 40); p.y -= 45
        p.c.line(60, p.y, 260, p.y); p.y -= 14
        p.text(name); p.text(title); p.gap(18)
    p.save(); out.write_bytes(b.getvalue())
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Årstad", "Bergen", "993216542"),
                 contact=("Marit Sæle", "marit.saele@nav.no", "55568920"),
                 project=("Familieløftet Årstad", "new", "2020-05-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Jostein Nyhus", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Kari-Anne Solheim", "Kommunaldirektør for arbeid, sosial og bolig",
                        "2020-01-30", "handwritten")],
                 notes=["the e-mail page in front gives no fields", "200 %: cap 1 220 000"])


# ---------------------------------------------------------------- z09
def z09(out: Path):
    """pdf-text, Bokmål, Nav Heimdal (Trondheim). Times; numbered sections with 'label – value' lines;
    signatures side by side. DEFECT: the organisation number's check digit is wrong."""
    b = io.BytesIO(); p = Pen(b, "Times-Roman", 11)
    p.text("Nav Heimdal", bold=True, size=14)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret, tilskuddsåret 2020")
    p.gap(8)
    secs = [("1 Søker", [("Nav-kontor", "Nav Heimdal"), ("Kommune", "Trondheim"), ("Organisasjonsnummer", "986 421 354")]),
            ("2 Kontakt", [("Kontaktperson", "Håkon Lien"), ("E-post", "hakon.lien@nav.no"), ("Telefon", "930 12 845")]),
            ("3 Prosjekt", [("Tittel", "Heimdal i arbeid"), ("Nytt eller videreført", "Nytt prosjekt"),
                            ("Oppstart", "1. april 2020"), ("Stillingsressurs", "60 %")]),
            ("4 Budsjett", [("Lønn og sosiale kostnader", "360 000"), ("Kompetanse", "10 000"), ("Sum", "370 000")])]
    for h, items in secs:
        p.text(h, bold=True)
        for a, v in items:
            p.text(f"{a} – {v}", x=75)
        p.gap(4)
    p.text("5 Satsingsområder", bold=True)
    p.wrap("Prosjektet skal bruke ordinært arbeidsliv: en jobbkonsulent i 60 % skal finne lønnet arbeid i bedrifter "
           "på Heimdal og Tiller for sosialhjelpsmottakere over 30 år.", x=75, width=85)
    p.text("Bruk av ordinært arbeidsliv: X    Barnefamilier, ungdom og innvandrere: –    Sårbare overganger: –", x=75)
    p.gap(4)
    p.text("6 Interesse", bold=True)
    p.text("Nettverk/klyngesamarbeid: Nei    Ekstern prosessevaluering: Ja", x=75)
    p.gap(14)
    p.text("7 Underskrift", bold=True)
    p.text("Trondheim, 24.01.2020", x=60, dy=False); p.text("Trondheim, 27.01.2020", x=320)
    p.ink(901, 60, p.y - 40); p.ink(902, 320, p.y - 40); p.y -= 46
    p.c.line(60, p.y, 260, p.y); p.c.line(320, p.y, 520, p.y); p.y -= 14
    p.text("Nav-leder", x=60, dy=False); p.text("Kommunaldirektør", x=320)
    p.text("Siv Helen Rønning", x=60, dy=False); p.text("Odd Arild Strøm", x=320)
    p.save(); out.write_bytes(b.getvalue())
    return truth("z09", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Heimdal", "Trondheim", "986421354"),
                 contact=("Håkon Lien", "hakon.lien@nav.no", "93012845"),
                 project=("Heimdal i arbeid", "new", "2020-04-01"), pct=60,
                 amounts={"positions": 360000, "competence": 10000, "other": None, "total": 370000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Siv Helen Rønning", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Odd Arild Strøm", "Kommunaldirektør", "2020-01-27", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["planted: 986421354 fails MOD11 (986421351 would pass)",
                                                         "title BEFORE the name in the signature block"])


# ---------------------------------------------------------------- z10
def z10(out: Path):
    """pdf-text, Bokmål, NAV Alta (Vest-Finnmark), 2018 scheme: Fylkesmannen i Finnmark, rådmann,
    '1 årsverk', the five 2018 areas as a list with (x)."""
    b = io.BytesIO(); p = Pen(b, "Courier", 9.5)
    p.text("FYLKESMANNEN I FINNMARK", bold=True)
    p.text("Søknad - tilskudd til utvikling av sosiale tjenester i NAV 2018", bold=True)
    p.gap(6)
    for a, v in [("NAV-kontor:", "NAV Alta"), ("Kommune:", "Alta"), ("Org.nr.:", "988899003"),
                 ("Kontaktperson:", "Nils Ole Sara"), ("Tlf.:", "78 45 61 00"), ("E-post:", "nils.ole.sara@nav.no"),
                 ("Prosjekt:", "Overgangsteamet i Alta"), ("Status:", "nytt prosjekt"), ("Start:", "01.04.2018"),
                 ("Ressurs:", "1 årsverk"), ("Lønn/sos. kostn.:", "kr 650 000"), ("Kompetanse:", "-"),
                 ("Sum søknad:", "kr 650 000")]:
        p.text(f"{a:<20}{v}")
    p.gap(6)
    p.text("Prioriterte områder 2018:", bold=True)
    for a, on in [("Bruk av ordinært arbeidsliv", False), ("Ungdom og innvandrere", True),
                  ("Tiltak begrunnet i tilsyn", False), ("Barneperspektivet", False),
                  ("Overganger mellom tjenester, skole og arbeidsliv", True)]:
        p.text(f"({'x' if on else ' '}) {a}")
    p.gap(6)
    p.wrap("Overgangsteamet skal følge opp ungdom og unge innvandrere fra introduksjonsprogram og videregående "
           "skole over i arbeid eller utdanning, med en plan for å samle og ta i bruk kunnskap underveis.", width=88)
    p.gap(14)
    p.text("Alta, 25.01.2018"); p.ink(1001, 60, p.y - 38); p.y -= 44
    p.text("Berit Johnsen, NAV-leder"); p.gap(10)
    p.text("Alta, 26.01.2018"); p.ink(1002, 60, p.y - 38); p.y -= 44
    p.text("Tor Inge Mathisen, rådmann")
    p.save(); out.write_bytes(b.getvalue())
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Alta", "Alta", "988899003"),
                 contact=("Nils Ole Sara", "nils.ole.sara@nav.no", "78456100"),
                 project=("Overgangsteamet i Alta", "new", "2018-04-01"), pct=100,
                 amounts={"positions": 650000, "competence": None, "other": None, "total": 650000},
                 prio=["ungdom-innvandrere", "overganger"],
                 sigs=[("nav_leader", "Berit Johnsen", "NAV-leder", "2018-01-25", "handwritten"),
                       ("municipality", "Tor Inge Mathisen", "rådmann", "2018-01-26", "handwritten")],
                 notes=["2018: no caps known, 650 000 is no finding", "no interest questions in 2018: null"])


# ---------------------------------------------------------------- z11
def z11(out: Path):
    """pdf-acroform, Bokmål, Nav Fredrikstad. reportlab text fields + check boxes filled with pypdf;
    the signature names are fields, the ink is drawn on the page. 50 % at exactly its cap."""
    from pypdf import PdfReader, PdfWriter
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 800, "Søknadsskjema – tilskudd til sosiale tjenester i Nav 2020")
    c.setFont("Helvetica", 9)
    fields = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
              ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Prosjekttittel"),
              ("start", "Oppstartsdato"), ("prosent", "Stillingsprosent"), ("lonn", "Lønn og sosiale kostnader"),
              ("komp", "Kompetansemidler"), ("sum", "Sum omsøkt")]
    y = 770
    f = c.acroForm
    for name, label in fields:
        c.drawString(50, y + 5, label)
        f.textfield(name=name, x=220, y=y, width=300, height=18, borderWidth=0.5, fontSize=10, value="")
        y -= 26
    c.drawString(50, y + 5, "Nytt prosjekt"); f.checkbox(name="nytt", x=220, y=y, size=12, buttonStyle="cross")
    c.drawString(250, y + 5, "Videreføring"); f.checkbox(name="videre", x=330, y=y, size=12, buttonStyle="cross")
    y -= 30
    c.drawString(50, y + 5, "Satsingsområder:"); y -= 20
    for name, label in [("omr1", "Bruk av ordinært arbeidsliv"), ("omr2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                        ("omr3", "Sikring av sårbare overganger")]:
        f.checkbox(name=name, x=60, y=y, size=12, buttonStyle="cross"); c.drawString(80, y + 3, label); y -= 20
    c.drawString(50, y + 3, "Nettverk/klyngesamarbeid:  Ja"); f.checkbox(name="nett_ja", x=200, y=y, size=12, buttonStyle="cross")
    c.drawString(220, y + 3, "Nei"); f.checkbox(name="nett_nei", x=240, y=y, size=12, buttonStyle="cross"); y -= 20
    c.drawString(50, y + 3, "Ekstern prosessevaluering:  Ja"); f.checkbox(name="eval_ja", x=200, y=y, size=12, buttonStyle="cross")
    c.drawString(220, y + 3, "Nei"); f.checkbox(name="eval_nei", x=240, y=y, size=12, buttonStyle="cross"); y -= 40
    c.setFont("Helvetica-Bold", 10); c.drawString(50, y, "Signatur Nav-leder"); c.drawString(310, y, "Signatur kommunedirektør")
    c.setFont("Helvetica", 9)
    c.drawImage(ImageReader(io.BytesIO(ink_png(1101))), 50, y - 50, 150, 43, mask="auto")
    c.drawImage(ImageReader(io.BytesIO(ink_png(1102))), 310, y - 50, 150, 43, mask="auto")
    c.line(50, y - 52, 250, y - 52); c.line(310, y - 52, 510, y - 52)
    for name, label, x, yy in [("nl_navn", "Navn", 50, y - 75), ("nl_dato", "Dato", 50, y - 100),
                               ("kd_navn", "Navn", 310, y - 75), ("kd_dato", "Dato", 310, y - 100)]:
        c.drawString(x, yy + 5, label)
        f.textfield(name=name, x=x + 35, y=yy, width=160, height=18, borderWidth=0.5, fontSize=10, value="")
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(b.getvalue())))
    vals = {"kontor": "Nav Fredrikstad", "kommune": "Fredrikstad", "orgnr": "994561235", "kontakt": "Anders Kjølberg",
            "epost": "anders.kjolberg@nav.no", "tlf": "69 30 71 15", "tittel": "Boligsosialt arbeid og jobb",
            "start": "01.09.2020", "prosent": "50", "lonn": "305000", "komp": "10000", "sum": "315000",
            "nl_navn": "Merete Holm", "nl_dato": "21.01.2020", "kd_navn": "Jon-Ivar Nygård", "kd_dato": "23.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for cb in ["nytt", "omr3", "nett_nei", "eval_ja"]:
        w.update_page_form_field_values(w.pages[0], {cb: "/Yes"}, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    w._ID = None
    ob = io.BytesIO(); w.write(ob); out.write_bytes(ob.getvalue())
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Fredrikstad", "Fredrikstad", "994561235"),
                 contact=("Anders Kjølberg", "anders.kjolberg@nav.no", "69307115"),
                 project=("Boligsosialt arbeid og jobb", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "other": None, "total": 315000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Merete Holm", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Jon-Ivar Nygård", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["50 % at exactly 305 000: no cap finding", "signer titles only in the captions"])


# ---------------------------------------------------------------- z14
def z14(out: Path):
    """pdf-handwritten, Bokmål, Nav Alstahaug (Helgeland). Signature table 'Sted/dato | Signatur |
    Navn (blokkbokstaver) | Stilling' with ink in the Signatur column."""
    b = io.BytesIO(); p = Pen(b, "Helvetica", 10)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12)
    p.gap(6)
    for a, v in [("Søker:", "Nav Alstahaug"), ("Vertskommune:", "Alstahaug"), ("Org.nr:", "978901239"),
                 ("Prosjektets navn:", "«Losen» – fra skole til jobb"), ("Prosjekttype:", "Videreføring, 3. år"),
                 ("Oppstart:", "01.02.2020"), ("Omfang:", "100 prosent stilling"),
                 ("Lønn og sosiale kostnader:", "NOK 540.000"), ("Kompetanse:", "NOK 10.000"),
                 ("Totalt:", "NOK 550.000"), ("Kontakt:", "Lise Jakobsen, lise.jakobsen@nav.no, 75 07 50 00")]:
        p.text(a, bold=True, dy=False); p.text(v, x=210)
    p.gap(6)
    p.wrap("Losen følger elever som står i fare for å avbryte videregående skole over i lærlingplass eller jobb, "
           "i tett samarbeid med Sandnessjøen videregående skole og lokale bedrifter. Prosjektet svarer på "
           "satsingsområdene sikring av sårbare overganger og bruk av ordinært arbeidsliv.")
    p.gap(4)
    p.text("Vi ønsker å delta i nettverk. Vi ønsker ikke ekstern prosessevaluering.")
    p.gap(20)
    p.text("Underskrifter", bold=True)
    xs = [60, 160, 300, 430]
    top = p.y
    heads = ["Sted/dato", "Signatur", "Navn (blokkbokstaver)", "Stilling"]
    rows = [("Sandnessjøen 20.01.20", 1401, "TROND ERIK OLSEN", "Nav-leder"),
            ("Sandnessjøen 22.01.20", 1402, "HEIDI MARIE BERG", "Rådmann")]
    p.c.setFont("Helvetica-Bold", 9)
    for x, h in zip(xs, heads):
        p.c.drawString(x + 3, top, h)
    p.c.setFont("Helvetica", 9)
    for i, (d_, seed, n, t) in enumerate(rows):
        yy = top - 45 - i * 50
        p.c.drawString(xs[0] + 3, yy + 10, d_)
        p.ink(seed, xs[1] + 3, yy, w=125)
        p.c.drawString(xs[2] + 3, yy + 10, n)
        p.c.drawString(xs[3] + 3, yy + 10, t)
    for i in range(4):
        p.c.line(58, top + 12 - (0 if i == 0 else 8 + 50 * (i - 1) + 6), 540, top + 12 - (0 if i == 0 else 8 + 50 * (i - 1) + 6))
    p.save(); out.write_bytes(b.getvalue())
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Alstahaug", "Alstahaug", "978901239"),
                 contact=("Lise Jakobsen", "lise.jakobsen@nav.no", "75075000"),
                 project=("Losen – fra skole til jobb", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 540000, "competence": 10000, "other": None, "total": 550000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "TROND ERIK OLSEN", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "HEIDI MARIE BERG", "Rådmann", "2020-01-22", "handwritten")],
                 notes=["title: guillemets around the first word only («Losen» – fra skole til jobb); stripped -> "
                        "'Losen – fra skole til jobb' (judgement call)", "3rd year: not beyond the limit"])


# ---------------------------------------------------------------- z15
def z15(out: Path):
    """pdf-scanned, Bokmål, Nav Skien (Telemark). Printed, signed, scanned at 200 dpi, turned 1.4 deg,
    shadow along the left edge, low contrast, specks, JPEG q40; image only."""
    b = io.BytesIO(); p = Pen(b, "Helvetica", 11)
    p.text("Søknad om tilskudd 2020 – sosiale tjenester i Nav", bold=True, size=14); p.gap(8)
    for a, v in [("Nav-kontor", "Nav Skien"), ("Kommune", "Skien"), ("Org.nr.", "987654325"),
                 ("Kontaktperson", "Guro Haugland"), ("E-post", "guro.haugland@nav.no"), ("Telefon", "35 58 30 00"),
                 ("Prosjekt", "Ny start i Skien"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
                 ("Oppstart", "01.04.2020"), ("Stilling", "100 %"), ("Lønn og sosiale kostnader", "600 000"),
                 ("Kompetansemidler", "10 000"), ("Sum omsøkt", "610 000")]:
        p.text(a + ":", bold=True, dy=False); p.text(v, x=250)
    p.gap(8)
    p.text("Satsingsområder:", bold=True)
    p.text("[X] Bruk av ordinært arbeidsliv"); p.text("[  ] Oppfølging av barnefamilier, ungdom og innvandrere")
    p.text("[  ] Sikring av sårbare overganger")
    p.gap(4)
    p.text("Nettverk/klyngesamarbeid: Ja    Ekstern prosessevaluering: Nei")
    p.gap(24)
    p.text("Skien, 28.01.2020", x=60, dy=False); p.text("Skien, 30.01.2020", x=320)
    p.ink(1501, 60, p.y - 42); p.ink(1502, 320, p.y - 42); p.y -= 48
    p.c.line(60, p.y, 260, p.y); p.c.line(320, p.y, 520, p.y); p.y -= 15
    p.text("Kjersti Lunde, Nav-leder", x=60, dy=False); p.text("Geir Rønningen, kommunedirektør", x=320)
    p.save()
    scan_pdf_pages(b.getvalue(), out, dpi=200, angle=1.4, seed=15, quality=40, contrast=0.65)
    return truth("z15", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Skien", "Skien", "987654325"),
                 contact=("Guro Haugland", "guro.haugland@nav.no", "35583000"),
                 project=("Ny start i Skien", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kjersti Lunde", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Geir Rønningen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


# ---------------------------------------------------------------- z16
def z16(out: Path):
    """pdf-pades, Bokmål, Nav Moss (Østfold). Two sequential PAdES signatures (self-signed RSA,
    signing times pinned to 27.01 and 29.01.2020), visible boxes over printed names."""
    b = io.BytesIO(); p = Pen(b, "Helvetica", 10)
    p.text("Nav Moss – søknad om tilskudd til utvikling av sosiale tjenester 2020", bold=True, size=12); p.gap(6)
    for a, v in [("Søkende kontor", "Nav Moss"), ("Kommune", "Moss"), ("Organisasjonsnummer", "991234578"),
                 ("Prosjektleder/kontakt", "Therese Bakke"), ("E-post", "therese.bakke@nav.no"),
                 ("Telefon", "69 24 31 50"), ("Prosjektnavn", "Inn i jobb – Moss"), ("Nytt/videreføring", "Nytt"),
                 ("Oppstart", "1. mars 2020"), ("Stillingsandel", "100 %"),
                 ("Lønn inkl. sosiale kostnader", "kr 590 000,-"), ("Kompetanse", "kr 10 000,-"),
                 ("Omsøkt totalt", "kr 600 000,-")]:
        p.text(a, bold=True, dy=False); p.text(v, x=230)
    p.gap(6)
    p.wrap("Prosjektet tar i bruk ordinært arbeidsliv: veiledere skal skaffe arbeidstrening og ansettelser i "
           "lokale virksomheter for langtidsmottakere av sosialhjelp, og følge opp familier med barn.")
    p.text("Satsingsområder: Bruk av ordinært arbeidsliv; oppfølging av barnefamilier, ungdom og innvandrere.")
    p.text("Ønsker nettverk/klyngesamarbeid: Ja.  Ønsker ekstern prosessevaluering: Ja.")
    p.gap(20)
    p.text("Signert digitalt:", bold=True)
    p.c.drawString(60, 230, "Nav-leder Ragnhild Sørli, 27.01.2020")
    p.c.drawString(320, 230, "Kommunedirektør Svein Erik Lie, 29.01.2020")
    p.save()
    tz = dt.timezone(dt.timedelta(hours=1))
    data = pades_sign(b.getvalue(), [
        {"cn": "Ragnhild Sørli", "org": "Nav Moss", "field": "SignaturNavLeder", "box": (60, 245, 260, 300),
         "when": dt.datetime(2020, 1, 27, 10, 15, tzinfo=tz), "location": "Moss"},
        {"cn": "Svein Erik Lie", "org": "Moss kommune", "field": "SignaturKommune", "box": (320, 245, 520, 300),
         "when": dt.datetime(2020, 1, 29, 14, 5, tzinfo=tz), "location": "Moss"}])
    out.write_bytes(data)
    return truth("z16", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Moss", "Moss", "991234578"),
                 contact=("Therese Bakke", "therese.bakke@nav.no", "69243150"),
                 project=("Inn i jobb – Moss", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Sørli", "Nav-leder", "2020-01-27", "digital"),
                       ("municipality", "Svein Erik Lie", "Kommunedirektør", "2020-01-29", "digital")])
