"""PDF documents of corpus 62 (pdf-text, pdf-acroform, pdf-handwritten, pdf-scanned, pdf-pades).
Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
import random
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit62 import S20, ink_reader, orgnr, register_fonts, truth

W, H = A4


def _canvas(target, title="Søknad"):
    register_fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    c.setTitle(title)
    return c


def _pairs(c, x, y, rows, lw, font="DV", bold="DVB", size=9.5, lead=15, wrap=None):
    """Label in bold at x, value at x+lw; a value with '\n' takes several lines."""
    for a, v in rows:
        c.setFont(bold, size)
        c.drawString(x, y, a)
        c.setFont(font, size)
        for i, line in enumerate(v.split("\n")):
            c.drawString(x + lw, y - i * lead, line)
        y -= lead * (v.count("\n") + 1) + 3
    return y


def _para(c, x, y, text, font="DV", size=9.5, width=95, lead=13):
    import textwrap
    c.setFont(font, size)
    for line in textwrap.wrap(text, width):
        c.drawString(x, y, line)
        y -= lead
    return y


# ------------------------------------------------- gy09 pdf-text nb: two-column page, approval sentence
def gy09(out: Path):
    nr = orgnr("92120891")
    c = _canvas(str(out), "Søknad Nav Lillestrøm")
    c.setFont("LSB", 15)
    c.drawString(40, H - 50, "Nav Lillestrøm")
    c.setFont("LS", 10)
    c.drawString(40, H - 66, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020")
    c.line(40, H - 74, W - 40, H - 74)
    c.line(W / 2, H - 85, W / 2, 260)
    c.setFont("LSB", 11)
    c.drawString(40, H - 95, "Om søkeren")
    y = _pairs(c, 40, H - 115, [("Kontor", "Nav Lillestrøm"), ("Kommune", "Lillestrøm"),
                                ("Org.nr.", nr), ("Kontakt", "Hanne Bjørke Lund"),
                                ("E-post", "hanne.bjorke.lund@nav.no"), ("Mobil", "916 42 380")], 70, "LS", "LSB")
    c.setFont("LSB", 11)
    c.drawString(40, y - 10, "Målgruppe")
    _para(c, 40, y - 28, "Unge mellom 16 og 24 år som går fra barnevernstiltak eller videregående skole og "
                         "over i voksenlivet uten jobb. Overgangene mellom tjenestene skal sikres slik at ingen "
                         "faller mellom to stoler når tiltak avsluttes.", "LS", 9.5, 46)
    c.setFont("LSB", 11)
    c.drawString(W / 2 + 15, H - 95, "Prosjektet")
    y = _pairs(c, W / 2 + 15, H - 115, [("Navn", "Ung overgang Lillestrøm"), ("Status", "Nytt prosjekt"),
                                        ("Oppstart", "20. april 2020"), ("Stilling", "Overgangskoordinator 70 %"),
                                        ("Lønn/sos.", "427.000,-"), ("Kompetanse", "10.000,-"),
                                        ("Sum søkt", "437.000,-"), ("Nettverk", "Ja"),
                                        ("Prosessevaluering", "Ja")], 95, "LS", "LSB")
    y = _para(c, 40, 235, "Søknaden er elektronisk godkjent av Nav-leder Robert Øien 29.01.2020 og av "
                          "kommunedirektør Eva Nordengen Bakke 30.01.2020, og har derfor ingen håndskrevne "
                          "signaturer.", "LS", 10, 100)
    c.save()
    return truth("gy09", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", nr), contact=("Hanne Bjørke Lund", "hanne.bjorke.lund@nav.no", "91642380"),
                 project=("Ung overgang Lillestrøm", "new", "2020-04-20"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 437000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Robert Øien", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Eva Nordengen Bakke", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: 70 % at exactly 427 000 written '427.000,-'; competence exactly 10 000",
                        "two columns on one page; the area is described in a 'Målgruppe' paragraph, not named",
                        "approvers and dates inside the 'elektronisk godkjent' sentence",
                        "truth fix after first run: the target group 'unge mellom 16 og 24 år' is the youth area too; "
                        "first truth had only overganger"])


# ------------------------------------------------- gy10 pdf-text nn: numbered questions, "ei halv stilling"
def gy10(out: Path):
    nr = orgnr("96417621")
    c = _canvas(str(out), "Søknad Nav Ullensvang")
    c.setFont("DVSB", 13)
    c.drawString(50, H - 55, "Søknad om tilskot til utvikling av sosiale tenester i Nav")
    c.setFont("DVS", 10)
    c.drawString(50, H - 72, "Tilskotsåret 2020 · Statsforvaltaren i Vestland")
    y = H - 100
    qa = [("1. Kva kontor søkjer?", "Nav Ullensvang (Ullensvang kommune)"),
          ("2. Organisasjonsnummer", f"{nr[:3]} {nr[3:6]} {nr[6:]}"),
          ("3. Kven er kontaktperson?", "Liv Aksnes Opheim – liv.aksnes.opheim@nav.no – 53 67 40 00"),
          ("4. Kva heiter prosjektet?", "Frukt og arbeid"),
          ("5. Nytt prosjekt eller vidareføring?", "Vidareføring, tredje og siste år"),
          ("6. Oppstart", "01.01.2020"),
          ("7. Kor stor stilling vert det søkt om?", "Ei halv stilling (50 %) som jobbkonsulent"),
          ("8. Søknadsbeløp", "Løn og sosiale kostnader kr 300 000, kompetanse kr 5 000, i alt kr 305 000"),
          ("9. Prioritert område", "Bruk av ordinært arbeidsliv"),
          ("10. Ønskjer de nettverk/klyngesamarbeid?", "Nei"),
          ("11. Ønskjer de ekstern prosessevaluering?", "Nei")]
    for q, a in qa:
        c.setFont("DVSB", 10)
        c.drawString(50, y, q)
        c.setFont("DVS", 10)
        c.drawString(70, y - 14, a)
        y -= 34
    y = _para(c, 50, y - 6, "Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.", "DVS", 10)
    c.setFont("DVS", 10)
    c.drawString(50, y - 8, "Godkjent av:")
    c.drawString(70, y - 24, "Åse Lægreid, Nav-leiar – 27.01.2020")
    c.drawString(70, y - 38, "Nils Ivar Tveit, assisterande kommunedirektør – 30.01.2020")
    c.save()
    return truth("gy10", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", nr),
                 contact=("Liv Aksnes Opheim", "liv.aksnes.opheim@nav.no", "53674000"),
                 project=("Frukt og arbeid", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Åse Lægreid", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Nils Ivar Tveit", "assisterande kommunedirektør", "2020-01-30",
                        "electronic_approval")],
                 notes=["near-miss: third and last year of a continuation (allowed); 'ei halv stilling (50 %)'",
                        "total 305 000 equals the 50 % cap figure but positions are 300 000",
                        "municipal approver an 'assisterande kommunedirektør' (municipal leadership)"])


# ------------------------------------------------- gy11 pdf-acroform nb: empty form filled with pypdf, sum wrong
def gy11(out: Path):
    from pypdf import PdfReader, PdfWriter
    nr = orgnr("96416519")
    buf = io.BytesIO()
    c = _canvas(buf, "Søknadsskjema")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(45, H - 50, "NAV – Søknadsskjema 2020")
    c.setFont("Helvetica", 9)
    c.drawString(45, H - 64, "Tilskudd til utvikling av sosiale tjenester i NAV-kontoret")
    form = c.acroForm
    fields = [("Text1", "Søker (NAV-kontor)"), ("Text2", "Kommune"), ("Text3", "Org. nr"),
              ("Text4", "Kontaktperson"), ("Text5", "E-post"), ("Text6", "Tlf"),
              ("Text7", "Prosjektnavn"), ("Text8", "Startdato"), ("Text9", "Stillingsprosent"),
              ("Text10", "Lønn inkl. sosiale utgifter"), ("Text11", "Kompetanse"), ("Text12", "Sum søknadsbeløp")]
    y = H - 100
    for i, (name, label) in enumerate(fields):
        col = i % 2
        x = 45 + col * 265
        c.drawString(x, y + 19, label)
        form.textfield(name=name, x=x, y=y, width=245, height=16, borderWidth=1, fontSize=9, value="")
        if col == 1:
            y -= 40
    y -= 5
    for name, label in [("Check1", "Nytt prosjekt"), ("Check2", "Videreføring"),
                        ("Check3", "Bruk av ordinært arbeidsliv"),
                        ("Check4", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                        ("Check5", "Sikring av sårbare overganger"), ("Check6", "Ønsker nettverk/klyngesamarbeid"),
                        ("Check7", "Ønsker ekstern prosessevaluering")]:
        form.checkbox(name=name, x=45, y=y, size=11, buttonStyle="cross", checked=False)
        c.drawString(62, y + 2, label)
        y -= 18
    y -= 20
    c.drawString(45, y, "Leder NAV Arendal")
    c.drawString(310, y, "Kommunedirektør, Arendal kommune")
    c.drawImage(ink_reader("gy11a"), 45, y - 52, 150, 42, mask="auto")
    c.drawImage(ink_reader("gy11b"), 310, y - 52, 150, 42, mask="auto")
    c.line(45, y - 55, 275, y - 55)
    c.line(310, y - 55, 540, y - 55)
    c.drawString(45, y - 68, "Navn:")
    c.drawString(310, y - 68, "Navn:")
    form.textfield(name="Text13", x=80, y=y - 73, width=190, height=14, borderWidth=0, fontSize=9, value="")
    form.textfield(name="Text14", x=345, y=y - 73, width=190, height=14, borderWidth=0, fontSize=9, value="")
    c.drawString(45, y - 86, "Dato:")
    c.drawString(310, y - 86, "Dato:")
    form.textfield(name="Text15", x=80, y=y - 91, width=190, height=14, borderWidth=0, fontSize=9, value="")
    form.textfield(name="Text16", x=345, y=y - 91, width=190, height=14, borderWidth=0, fontSize=9, value="")
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    vals = {"Text1": "NAV Arendal", "Text2": "Arendal", "Text3": nr, "Text4": "Siv Reinertsen",
            "Text5": "siv.reinertsen@nav.no", "Text6": "37 01 30 00", "Text7": "Trygg bolig – trygg jobb",
            "Text8": "1. juni 2020", "Text9": "70 %", "Text10": "420 000", "Text11": "10 000",
            "Text12": "440 000", "Text13": "Kjetil Omdal", "Text14": "Anne Marie Lindland",
            "Text15": "24.01.2020", "Text16": "28.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    w.update_page_form_field_values(w.pages[0], {"Check1": "/Yes", "Check5": "/Yes", "Check7": "/Yes"},
                                    auto_regenerate=False)
    w.set_need_appearances_writer(True)
    w.add_metadata({"/Producer": "pypdf", "/Title": "Søknadsskjema"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("gy11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Arendal", "Arendal", nr), contact=("Siv Reinertsen", "siv.reinertsen@nav.no", "37013000"),
                 project=("Trygg bolig – trygg jobb", "new", "2020-06-01"), pct=70,
                 amounts={"positions": 420000, "competence": 10000, "total": 440000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Kjetil Omdal", "Leder NAV Arendal", "2020-01-24", "handwritten"),
                       ("municipality", "Anne Marie Lindland", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 420 000 + 10 000 = 430 000, the form says 440 000",
                        "empty reportlab form filled afterwards with pypdf; fields named Text1..Text16, two per row",
                        "titles only in the captions above the ink"])


# ------------------------------------------------- gy12 pdf-acroform nn: filled and flattened, deadline day
def gy12(out: Path):
    from acro47 import _flatten
    nr = orgnr("94457512")
    buf = io.BytesIO()
    c = _canvas(buf, "Søknad Nav Molde")
    c.setFillColorRGB(0.12, 0.3, 0.45)
    c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVB", 13)
    c.drawString(40, H - 42, "Søknad om tilskot – sosiale tenester i Nav 2020")
    c.setFillColorRGB(0, 0, 0)
    form = c.acroForm
    y = H - 105
    for name, label, val in [("kontor", "Nav-kontor", "Nav Molde"), ("kommune", "Kommune", "Molde"),
                             ("orgnr", "Org.nr.", nr), ("kontakt", "Kontaktperson", "Oddny Rekdal"),
                             ("epost", "E-post", "oddny.rekdal@nav.no"), ("tlf", "Telefon", "71 11 25 00"),
                             ("tittel", "Prosjektnamn", "Fjordlyset"), ("type", "Nytt / vidareføring", "Nytt"),
                             ("start", "Oppstart", "01.08.2020"), ("pst", "Stillingsprosent", "40"),
                             ("lon", "Løn og sosiale kostnader", "244 000"), ("komp", "Kompetanse", "3 000"),
                             ("sum", "Sum omsøkt", "247 000"), ("nett", "Nettverk/klyngesamarbeid", "Ja"),
                             ("eval", "Ekstern prosessevaluering", "Nei")]:
        c.setFont("DV", 9)
        c.drawString(40, y + 4, label)
        form.textfield(name=name, x=190, y=y, width=340, height=16, borderWidth=1, fontSize=9, value=val,
                       fontName="Helvetica")
        y -= 22
    c.setFont("DV", 9)
    c.drawString(40, y, "Prioriterte område (kryss av):")
    y -= 20
    for name, label, on in [("p1", "Bruk av ordinært arbeidsliv", False),
                            ("p2", "Oppfølging av barnefamiliar, ungdom og innvandrarar", True),
                            ("p3", "Sikring av sårbare overgangar", False)]:
        form.checkbox(name=name, x=40, y=y, size=11, buttonStyle="check", checked=on)
        c.drawString(58, y + 2, label)
        y -= 17
    y -= 25
    c.drawString(40, y, "Stad og dato")
    c.drawString(310, y, "Stad og dato")
    form.textfield(name="sd1", x=40, y=y - 22, width=220, height=16, borderWidth=0, fontSize=9,
                   value="Molde, 28.01.2020", fontName="Helvetica")
    form.textfield(name="sd2", x=310, y=y - 22, width=220, height=16, borderWidth=0, fontSize=9,
                   value="Molde, 01.02.2020", fontName="Helvetica")
    c.drawImage(ink_reader("gy12a"), 40, y - 75, 140, 42, mask="auto")
    c.drawImage(ink_reader("gy12b"), 310, y - 75, 140, 42, mask="auto")
    c.line(40, y - 78, 270, y - 78)
    c.line(310, y - 78, 540, y - 78)
    c.drawString(40, y - 91, "Nav-leiar Terje Eikrem")
    c.drawString(310, y - 91, "Kommunedirektør Brit Heggdal")
    c.save()
    _flatten(buf.getvalue(), out)
    return truth("gy12", "pdf", "pdf-acroform", lang="nn", scheme=S20,
                 office=("Nav Molde", "Molde", nr), contact=("Oddny Rekdal", "oddny.rekdal@nav.no", "71112500"),
                 project=("Fjordlyset", "new", "2020-08-01"), pct=40,
                 amounts={"positions": 244000, "competence": 3000, "total": 247000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Terje Eikrem", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Brit Heggdal", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: kommunedirektør signed ON the deadline day 01.02.2020; 40 % at exactly 244 000",
                        "filled form flattened: field appearances became page content, no fields left",
                        "'Title Name' under the ink line"])


def _hand_form(c, title_lines, rows, areas, sigs, font="DV", bold="DVB"):
    """A printed form with dot leaders and ink over signature lines: sigs = (caption, seed, under-lines)."""
    c.setFont(bold, 12)
    y = H - 55
    for s in title_lines:
        c.drawString(50, y, s)
        y -= 16
    y -= 10
    for a, v in rows:
        c.setFont(bold, 9.5)
        c.drawString(50, y, a)
        wlab = c.stringWidth(a, bold, 9.5)
        c.setFont(font, 9.5)
        c.drawString(50 + wlab + 4, y, "." * int((168 - wlab) / 2.7))
        c.drawString(240, y, v)
        y -= 18
    y -= 6
    for s in areas:
        c.setFont(font, 9.5)
        c.drawString(50, y, s)
        y -= 15
    y -= 20
    for i, (cap, seed, under) in enumerate(sigs):
        x = 50 + i * 260
        c.setFont(bold, 9.5)
        c.drawString(x, y, cap)
        if seed:
            c.drawImage(ink_reader(seed), x, y - 58, 160, 46, mask="auto")
        c.line(x, y - 60, x + 220, y - 60)
        c.setFont(font, 9.5)
        for j, s in enumerate(under):
            c.drawString(x, y - 74 - 13 * j, s)
    return y - 120


# ------------------------------------------------- gy15 pdf-handwritten nb: dot leaders, "100%", "kr 600.000,-"
def gy15(out: Path):
    nr = orgnr("95930341")
    c = _canvas(str(out), "Søknad NAV Narvik")
    _hand_form(c, ["NAV Narvik", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"],
               [("Søker", "NAV Narvik"), ("Kommune", "Narvik kommune"), ("Org.nr.", nr),
                ("Kontaktperson", "Henning Strøm"), ("E-post", "henning.strom@nav.no"), ("Telefon", "76 96 40 00"),
                ("Prosjekt", "Ofoten jobbsenter"), ("Type", "Videreføring (2. driftsår)"),
                ("Prosjektstart", "02.03.2020"), ("Stillingsprosent", "100%"),
                ("Lønn og sosiale utgifter", "kr 600.000,-"), ("Kompetanse", "kr 10.000,-"), ("Totalt", "kr 610.000,-")],
               ["Prioritert område:  [X] Bruk av ordinært arbeidsliv   [ ] Barnefamilier, ungdom og innvandrere",
                "                          [ ] Sårbare overganger",
                "Nettverk/klyngesamarbeid: [X] ja [ ] nei        Ekstern prosessevaluering: [ ] ja [X] nei"],
               [("Leder for NAV Narvik", "gy15a", ["Merete Iversen", "Narvik, 21.01.2020"]),
                ("For Narvik kommune", "gy15b", ["Trond Eirik Karlsen, kommunedirektør", "Narvik, 22.01.2020"])],
               "LS", "LSB")
    c.save()
    return truth("gy15", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Narvik", "Narvik", nr), contact=("Henning Strøm", "henning.strom@nav.no", "76964000"),
                 project=("Ofoten jobbsenter", "continuation", "2020-03-02"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Merete Iversen", "Leder for NAV Narvik", "2020-01-21", "handwritten"),
                       ("municipality", "Trond Eirik Karlsen", "kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["near-miss: 'kr 610.000,-' total with positions 600 000 and competence exactly 10 000",
                        "dot leaders; '100%' without space; continuation year 2",
                        "municipal caption 'For Narvik kommune', title after the name in lower case"])


def _render(pdf_bytes: bytes, dpi: int):
    import pypdfium2 as pdfium
    return pdfium.PdfDocument(pdf_bytes)[0].render(scale=dpi / 72).to_pil()


def _img_pdf(img, out: Path, dpi: int, q: int, title: str):
    import time
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=q)
    from PIL import Image
    fixed = time.strptime("2020-01-29 10:00", "%Y-%m-%d %H:%M")
    Image.open(jb).save(out, "PDF", resolution=dpi, title=title, creationDate=fixed, modDate=fixed)


# ------------------------------------------------- gy16 pdf-scanned nb: 200 dpi grey scan, rotated −1.1°
def gy16(out: Path):
    from PIL import Image, ImageFilter
    nr = orgnr("97466003")
    buf = io.BytesIO()
    c = _canvas(buf)
    _hand_form(c, ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020"],
               [("Nav-kontor", "Nav Kristiansand"), ("Kommune", "Kristiansand"), ("Org.nr.", nr),
                ("Kontaktperson", "Tone Haugland"), ("E-post", "tone.haugland@nav.no"), ("Telefon", "38 07 50 00"),
                ("Prosjektets navn", "Bydelsløftet"), ("Nytt/videreføring", "Nytt"),
                ("Oppstart", "01.05.2020"), ("Stillingsprosent", "100 %"),
                ("Lønn og sosiale kostnader", "575 000"), ("Kompetanse", "9 500"), ("Sum omsøkt", "584 500")],
               ["Prioriterte områder: [X] Oppfølging av barnefamilier, ungdom og innvandrere",
                "[X] Sikring av sårbare overganger   [ ] Bruk av ordinært arbeidsliv",
                "Nettverk/klyngesamarbeid: Ja     Ekstern prosessevaluering: Ja"],
               [("Nav-leder", "gy16a", ["Jan Olav Fidjeland", "Kristiansand, 23.01.2020"]),
                ("Kommunedirektør", "gy16b", ["Camilla Dunsæd", "Kristiansand, 24.01.2020"])])
    c.save()
    img = _render(buf.getvalue(), 200).convert("L")
    img = img.rotate(-1.1, resample=Image.BICUBIC, expand=True, fillcolor=235)
    rnd = random.Random(62)
    px = img.load()
    w, h = img.size
    for _ in range(3000):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((80, 200))
    img = img.point(lambda v: int(30 + v * 0.82)).filter(ImageFilter.GaussianBlur(0.45))
    _img_pdf(img, out, 200, 55, "Skannet dokument")
    return truth("gy16", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Kristiansand", "Kristiansand", nr), contact=("Tone Haugland", "tone.haugland@nav.no", "38075000"),
                 project=("Bydelsløftet", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 575000, "competence": 9500, "total": 584500},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Jan Olav Fidjeland", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Camilla Dunsæd", "Kommunedirektør", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["200 dpi grey scan rotated −1.1°, lowered contrast, speckle, blur, JPEG q55"])


# ------------------------------------------------- gy17 pdf-pades nb: signed twice, then changed
def gy17(out: Path):
    from pdf38 import _self_signed, _sign
    from pypdf import PdfReader, PdfWriter
    nr = orgnr("97449032")
    buf = io.BytesIO()
    c = _canvas(buf, "Søknad Nav Tønsberg")
    c.setFont("DVSB", 14)
    c.drawString(50, H - 55, "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    y = _pairs(c, 50, H - 90, [("Søker", "Nav Tønsberg"), ("Kommune", "Tønsberg"), ("Organisasjonsnummer", nr),
                               ("Kontaktperson", "Ellen Hvidsten"), ("Kontaktinfo", "ellen.hvidsten@nav.no, 33 34 60 00"),
                               ("Prosjekt", "Jobbhuset"), ("Søknadstype", "Nytt prosjekt"),
                               ("Oppstart", "1. april 2020"), ("Stillingsprosent", "60 %"),
                               ("Lønn og sosiale kostnader", "kr 360 000"), ("Kompetanse", "kr 6 000"),
                               ("Sum omsøkt", "kr 366 000"),
                               ("Prioritert område", "Bruk av ordinært arbeidsliv"),
                               ("Nettverk", "Ja"), ("Prosessevaluering", "Nei")], 160, "DVS", "DVSB", 10, 17)
    _pairs(c, 50, y - 20, [("Signert digitalt av", "Nav-leder Kristin Berge Holm\nKommunedirektør Geir Viksand")],
           160, "DVS", "DVSB", 10, 15)
    c.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Kristin Berge Holm", "Nav Tønsberg")
        s2 = _self_signed(Path(td), "Geir Viksand", "Tønsberg kommune")
        data = _sign(data, "Signatur1", (50, 90, 250, 130), s1, datetime.datetime(2020, 1, 24, 13, 5, tzinfo=tz))
        data = _sign(data, "Signatur2", (320, 90, 520, 130), s2, datetime.datetime(2020, 1, 27, 8, 47, tzinfo=tz))
    ob = io.BytesIO()
    oc = canvas.Canvas(ob, pagesize=A4, invariant=1)
    oc.setFont("Helvetica", 9)
    oc.drawString(50, 60, "Rettet 29.01.2020: oppstart flyttes til 1. mai 2020.")
    oc.save()
    w = PdfWriter(PdfReader(io.BytesIO(data)), incremental=True)
    w.pages[0].merge_page(PdfReader(io.BytesIO(ob.getvalue())).pages[0])
    res = io.BytesIO()
    w.write(res)
    out.write_bytes(res.getvalue())
    return truth("gy17", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Tønsberg", "Tønsberg", nr), contact=("Ellen Hvidsten", "ellen.hvidsten@nav.no", "33346000"),
                 project=("Jobbhuset", "new", "2020-04-01"), pct=60,
                 amounts={"positions": 360000, "competence": 6000, "total": 366000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kristin Berge Holm", "Nav-leder", "2020-01-24", "digital"),
                       ("municipality", "Geir Viksand", "Kommunedirektør", "2020-01-27", "digital")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 ignore=["project.start_date"],
                 notes=["defect: after both PAdES signatures an incremental update adds a correction line to the page",
                        "the added line moves the start to 1 May: start date undecidable (ignored)",
                        "total 366 000 equals the 60 % cap figure; positions 360 000"])


# ------------------------------------------------- gy18 pdf-scanned nb: phone photo, e-mail-only contact
def gy18(out: Path):
    from PIL import Image, ImageFilter
    nr = orgnr("93856004")
    buf = io.BytesIO()
    c = _canvas(buf)
    _hand_form(c, ["NAV Levanger", "Søknad om tilskudd til utvikling av sosiale tjenester 2020"],
               [("Kontor", "NAV Levanger"), ("Kommune", "Levanger"), ("Org.nr.", nr),
                ("Kontaktperson", "Ola Rinnan"), ("E-post", "ola.rinnan@nav.no"),
                ("Prosjekt", "Innherred inkludering"), ("Nytt/videreføring", "Nytt"),
                ("Oppstart", "01.09.2020"), ("Stillingsprosent", "50 %"),
                ("Lønn og sosiale kostnader", "kr 290 000"), ("Kompetanse", "kr 10 000"), ("Sum", "kr 300 000")],
               ["Prioritert: [X] Oppfølging av barnefamilier, ungdom og innvandrere",
                "Nettverk/klyngesamarbeid: Nei     Ekstern prosessevaluering: Ja"],
               [("Nav-leder", "gy18a", ["Siri Fornes", "Levanger 27.01.2020"]),
                ("Kommunedirektør", "gy18b", ["Hans Aksel Bremseth", "Levanger 28.01.2020"])], "LS", "LSB")
    c.save()
    img = _render(buf.getvalue(), 170).convert("RGB")
    w, h = img.size
    # a hand-held photo: slight keystone, warm light falling off to one corner, a soft focus
    m = 0.012 * w
    img = img.transform((w, h), Image.QUAD, (m, 0, 0, h, w, h, w - m, 0), resample=Image.BICUBIC,
                        fillcolor=(120, 110, 95))
    shade = Image.linear_gradient("L").rotate(35, expand=False).resize((w, h))
    warm = Image.new("RGB", (w, h), (250, 236, 205))
    img = Image.composite(Image.blend(img, warm, 0.12), Image.blend(img, Image.new("RGB", (w, h), (150, 140, 125)), 0.35),
                          shade.point(lambda v: 255 - v // 2))
    img = img.filter(ImageFilter.GaussianBlur(0.7)).rotate(0.6, resample=Image.BICUBIC, fillcolor=(110, 100, 90))
    _img_pdf(img, out, 170, 70, "IMG_2043")
    return truth("gy18", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Levanger", "Levanger", nr), contact=("Ola Rinnan", "ola.rinnan@nav.no", None),
                 project=("Innherred inkludering", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 290000, "competence": 10000, "total": 300000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Siri Fornes", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Hans Aksel Bremseth", "Kommunedirektør", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: contact with e-mail only (reachable); competence exactly 10 000",
                        "phone photo: keystone, warm uneven light, soft focus, JPEG q70 at 170 dpi"])
