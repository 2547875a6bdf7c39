"""PDF documents of corpus 36: two reportlab text forms, an AcroForm filled with pypdf, a Word form
converted by LibreOffice, and two bad inputs."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, BooleanObject, TextStringObject
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
from truthlib import truth  # noqa: E402
from kit36 import org, bad_org, spaced, ink_png  # noqa: E402
import word36  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("LSerif", LIB + "LiberationSerif-Regular.ttf"), ("LSerif-B", LIB + "LiberationSerif-Bold.ttf"),
               ("DV", DJV + "DejaVuSans.ttf"), ("DV-B", DJV + "DejaVuSans-Bold.ttf"),
               ("LSans", LIB + "LiberationSans-Regular.ttf"), ("LSans-B", LIB + "LiberationSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, _f))
W_, H_ = A4


def _canvas(buf, title):
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Nav")
    return c


def _ink(c, seed, x, y, w=150, h=40):
    c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, h, mask="auto")


# ---------------------------------------------------------------- z11 pdf-text nb, dot leaders
def z11_bytes() -> tuple[bytes, str]:
    o = org("97455016")
    b = io.BytesIO()
    c = _canvas(b, "Søknad Nav Nærøysund 2020")
    y = H_ - 60
    c.setFont("LSerif-B", 14)
    c.drawString(60, y, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret")
    y -= 18
    c.setFont("LSerif", 10)
    c.drawString(60, y, "Tilskuddsåret 2020 – kap. 0621 post 63 – til Statsforvalteren i Trøndelag")
    y -= 30

    def head(t):
        nonlocal y
        c.setFont("LSerif-B", 11.5)
        c.drawString(60, y, t)
        y -= 18

    def lead(label, value):
        nonlocal y
        c.setFont("LSerif", 10.5)
        c.drawString(72, y, label)
        x = 72 + pdfmetrics.stringWidth(label, "LSerif", 10.5) + 4
        dots = ""
        while x + pdfmetrics.stringWidth(dots + " .", "LSerif", 10.5) < 318:
            dots += " ."
        c.drawString(x, y, dots)
        c.drawString(324, y, value)
        y -= 16

    head("I. Søker")
    lead("Navn på Nav-kontor", "Nav Nærøysund")
    lead("Kommune", "Nærøysund kommune")
    lead("Organisasjonsnummer", spaced(o))
    lead("Kontaktperson", "Sindre Hatlen")
    lead("E-post", "sindre.hatlen@nav.no")
    lead("Mobil", "480 55 612")
    y -= 8
    head("II. Prosjektet")
    lead("Prosjektnavn", "Los for unge i Nærøysund")
    lead("Nytt prosjekt / videreføring", "Nytt prosjekt")
    lead("Oppstart", "15.03.2020")
    lead("Stilling", "Ungdomslos, 80 % stilling")
    y -= 8
    head("III. Budsjett")
    lead("Lønn og sosiale kostnader", "kr 480 000,-")
    lead("Kompetansemidler", "kr 10 000,-")
    lead("Sum omsøkt tilskudd", "kr 490 000,-")
    y -= 8
    head("IV. Satsingsområder")
    lead("Bruk av ordinært arbeidsliv", "Nei")
    lead("Oppfølging av barnefamilier, ungdom og innvandrere", "Ja")
    lead("Sikring av sårbare overganger", "Ja")
    y -= 8
    head("V. Nettverk og evaluering")
    lead("Deltakelse i nettverk/klyngesamarbeid", "Ja")
    lead("Ekstern prosessevaluering", "Nei")
    y -= 8
    head("VI. Godkjenning")
    c.setFont("LSerif", 10.5)
    for line in ["Søknaden er elektronisk godkjent av Nav-leder Kjell Arne Ottesen 24.01.2020 og av",
                 "kommunedirektør Mona Hamnes 27.01.2020. Den har derfor ingen håndskrevne signaturer."]:
        c.drawString(72, y, line)
        y -= 15
    c.setFont("LSerif", 8)
    c.drawString(60, 40, "Nav Nærøysund · Kolvereid · side 1 av 1")
    c.showPage()
    c.save()
    return b.getvalue(), o


def z11(out: Path):
    data, o = z11_bytes()
    out.write_bytes(data)
    return truth("z11", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Nærøysund", "Nærøysund", o),
                 contact=("Sindre Hatlen", "sindre.hatlen@nav.no", "48055612"),
                 project=("Los for unge i Nærøysund", "new", "2020-03-15"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "other": None, "total": 490000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kjell Arne Ottesen", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Mona Hamnes", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["Liberation Serif, Roman-numbered sections, every answer after a DOT LEADER ('Label . . . . "
                        "value'); areas answered Ja/Nei; 'kr 480 000,-'; e-approval sentence with title before name"])


# ---------------------------------------------------------------- z12 pdf-text nn, ruled grid (defect)
def z12(out: Path):
    o = org("97144086")
    b = io.BytesIO()
    c = _canvas(b, "Søknad Nav Hitra")
    c.setFillColor(Color(0.13, 0.3, 0.5))
    c.rect(0, H_ - 70, W_, 70, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    c.setFont("DV-B", 13)
    c.drawString(50, H_ - 40, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    c.setFont("DV", 9)
    c.drawString(50, H_ - 56, "Nav Hitra · Fillan · sendast til Statsforvaltaren i Trøndelag")
    c.setFillColor(black)
    y = H_ - 100
    rows = [("Søkjar", "Nav Hitra"), ("Kommune", "Hitra"), ("Org.nr.", o),
            ("Kontakt", "Ola Reppe – ola.reppe@nav.no – 936 22 410"),
            ("Prosjekt", "Kystlos – arbeid og familie"), ("Type", "Nytt prosjekt"), ("Oppstart", "1. april 2020"),
            ("Stillingar", "Jobbspesialist 60 % og ungdomskontakt 40 % (til saman 100 %)")]
    for lab, val in rows:
        c.setFont("DV-B", 9)
        c.drawString(50, y, lab)
        c.setFont("DV", 10)
        c.drawString(150, y, val)
        c.setStrokeColor(Color(0.7, 0.7, 0.7))
        c.line(50, y - 6, W_ - 50, y - 6)
        y -= 22
    y -= 10
    c.setFont("DV-B", 11)
    c.drawString(50, y, "Budsjett")
    y -= 18
    for lab, val, bold in [("Jobbspesialist, 60 %", "300 000", False), ("Ungdomskontakt, 40 %", "240 000", False),
                           ("Sum løn og sosiale kostnader", "540 000", True), ("Kompetansemidlar", "10 000", False),
                           ("Totalt søkt", "560 000", True)]:
        c.setFont("DV-B" if bold else "DV", 10)
        c.drawString(60, y, lab)
        c.drawRightString(400, y, val + " kr")
        y -= 16
    y -= 14
    c.setFont("DV-B", 11)
    c.drawString(50, y, "Satsingsområde")
    y -= 18
    c.setFont("DV", 10)
    for mark, t in [("X", "Bruk av ordinært arbeidsliv"), ("X", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                    (" ", "Sikring av sårbare overgangar")]:
        c.rect(60, y - 2, 10, 10)
        if mark == "X":
            c.drawString(61.5, y, "X")
        c.drawString(80, y, t)
        y -= 16
    y -= 10
    c.drawString(50, y, "Nettverk/klyngesamarbeid: nei        Ekstern prosessevaluering: ja")
    y -= 40
    for x, place, name, title in [(50, "Stad/dato: Fillan, 17.01.2020", "Randi Strand", "Nav-leiar"),
                                  (320, "Stad/dato: Fillan, 20.01.2020", "Bjørn Hammer", "Kommunalsjef")]:
        c.setFont("DV", 9)
        c.drawString(x, y, place)
        _ink(c, name, x, y - 50)
        c.line(x, y - 54, x + 200, y - 54)
        c.setFont("DV", 10)
        c.drawString(x, y - 68, name)
        c.drawString(x, y - 82, title)
    c.showPage()
    c.save()
    out.write_bytes(b.getvalue())
    return truth("z12", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Hitra", "Hitra", o),
                 contact=("Ola Reppe", "ola.reppe@nav.no", "93622410"),
                 project=("Kystlos – arbeid og familie", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 540000, "competence": 10000, "other": None, "total": 560000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Randi Strand", "Nav-leiar", "2020-01-17", "handwritten"),
                       ("municipality", "Bjørn Hammer", "Kommunalsjef", "2020-01-20", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["DEFECT: 540 000 + 10 000 = 550 000 but 'Totalt søkt' 560 000; DejaVu with a coloured header "
                        "band, ruled rows, contact name/e-mail/phone in one answer split by dashes; ink side by side "
                        "under 'Stad/dato'"])


# ---------------------------------------------------------------- z13 pdf-from-office
def z13(out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z13.docx"
        t = word36.z13_docx(src)
        prof = Path(tempfile.gettempdir()) / "lo36profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        r = PdfReader(Path(td) / "z13.pdf")
        w = PdfWriter(clone_from=r)
        w.add_metadata({"/CreationDate": "D:20200131120000+01'00'", "/ModDate": "D:20200131120000+01'00'"})
        w._ID = None
        b = io.BytesIO()
        w.write(b)
        out.write_bytes(b.getvalue())
    return t


# ---------------------------------------------------------------- z14 pdf-acroform nb (defect)
def z14(out: Path):
    good = org("98326117")
    o = bad_org("98326117")
    b = io.BytesIO()
    c = _canvas(b, "Søknadsskjema tilskudd 2020")
    f = c.acroForm
    c.setFont("LSans-B", 13)
    c.drawString(50, H_ - 55, "Søknadsskjema: tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("LSans", 9)
    c.drawString(50, H_ - 70, "Fyll ut feltene elektronisk. Skjemaet sendes Statsforvalteren i Vestfold og Telemark.")
    y = H_ - 105
    texts = [("Nav-kontor", "kontor"), ("Kommune", "kommune"), ("Organisasjonsnummer", "orgnr"),
             ("Kontaktperson", "kontakt"), ("E-post kontaktperson", "epost"), ("Telefon kontaktperson", "telefon"),
             ("Prosjektets navn", "tittel"), ("Prosjektstart (dd.mm.åååå)", "start"),
             ("Stilling(er) og stillingsprosent", "stilling"),
             ("Lønn og sosiale kostnader (kr)", "lonn"), ("Kompetansemidler (kr)", "komp"), ("Sum omsøkt (kr)", "sum")]
    for lab, name in texts:
        c.setFont("LSans", 9.5)
        c.drawString(50, y + 5, lab)
        f.textfield(name=name, x=230, y=y, width=310, height=18, borderWidth=0.6, fontName="Helvetica", fontSize=10)
        y -= 26
        if name == "telefon":
            c.setFont("LSans", 9.5)
            c.drawString(50, y + 5, "Type prosjekt")
            for i, (v, t) in enumerate([("nytt", "Nytt prosjekt"), ("videre", "Videreføring")]):
                f.radio(name="type", value=v, selected=False, x=230 + i * 130, y=y + 2, size=12, buttonStyle="circle",
                        borderWidth=0.6)
                c.drawString(248 + i * 130, y + 5, t)
            y -= 26
    c.setFont("LSans-B", 10)
    c.drawString(50, y + 5, "Satsingsområder")
    y -= 20
    for name, t in [("omr1", "Bruk av ordinært arbeidsliv"), ("omr2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    ("omr3", "Sikring av sårbare overganger")]:
        f.checkbox(name=name, x=50, y=y, size=12, buttonStyle="check", checked=False, borderWidth=0.6)
        c.setFont("LSans", 9.5)
        c.drawString(70, y + 3, t)
        y -= 20
    y -= 6
    for q, name in [("Ønsker dere å delta i nettverk/klyngesamarbeid?", "nettverk"),
                    ("Ønsker dere ekstern prosessevaluering?", "evaluering")]:
        c.drawString(50, y + 3, q)
        for i, v in enumerate(["Ja", "Nei"]):
            f.radio(name=name, value=v, selected=False, x=330 + i * 70, y=y, size=12, buttonStyle="circle", borderWidth=0.6)
            c.drawString(346 + i * 70, y + 3, v)
        y -= 22
    y -= 14
    c.setFont("LSans-B", 10)
    c.drawString(50, y, "Underskrift")
    y -= 60
    for x, who, name in [(50, "Nav-leder", "Anette Lia"), (310, "Kommunedirektør", "Rune Fossum")]:
        _ink(c, name, x, y + 4)
        c.line(x, y, x + 220, y)
        c.setFont("LSans", 8.5)
        c.drawString(x, y - 11, f"{who} – navn:")
        f.textfield(name=f"navn_{who[:3]}", x=x + 80, y=y - 17, width=140, height=15, borderWidth=0.4, fontName="Helvetica",
                    fontSize=9)
        c.drawString(x, y - 32, "Dato:")
        f.textfield(name=f"dato_{who[:3]}", x=x + 80, y=y - 38, width=140, height=15, borderWidth=0.4, fontName="Helvetica",
                    fontSize=9)
    c.showPage()
    c.save()
    values = {"kontor": "Nav Bamble", "kommune": "Bamble", "orgnr": o, "kontakt": "Maja Fjeld",
              "epost": "maja.fjeld@nav.no", "telefon": "35 96 14 70", "tittel": "Inn i jobb – Bamble",
              "start": "01.06.2020", "stilling": "Prosjektkoordinator 100 %", "lonn": "590000", "komp": "10000",
              "sum": "600000", "navn_Nav": "Anette Lia", "dato_Nav": "28.01.2020", "navn_Kom": "Rune Fossum",
              "dato_Kom": "29.01.2020"}
    buttons = {"type": "nytt", "nettverk": "Ja", "evaluering": "Ja", "omr1": "Yes", "omr2": None, "omr3": "Yes"}
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(b.getvalue())))
    w.update_page_form_field_values(w.pages[0], values, auto_regenerate=False)
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        parent = a.get("/Parent")
        name = (parent.get_object()["/T"] if parent is not None and "/T" not in a else a.get("/T"))
        if name not in buttons:
            continue
        ons = [k for k in a["/AP"]["/N"].keys() if k != "/Off"]
        want = buttons[name]
        on = ons[0] if ons else "/Yes"
        hit = want is not None and on.lstrip("/") == want
        a[NameObject("/AS")] = NameObject(on if hit else "/Off")
        holder = parent.get_object() if (parent is not None and "/T" not in a) else a
        if hit:
            holder[NameObject("/V")] = NameObject(on)
        elif "/V" not in holder:
            holder[NameObject("/V")] = NameObject("/Off")
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w._ID = None
    ob = io.BytesIO()
    w.write(ob)
    out.write_bytes(ob.getvalue())
    return truth("z14", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Bamble", "Bamble", o),
                 contact=("Maja Fjeld", "maja.fjeld@nav.no", "35961470"),
                 project=("Inn i jobb – Bamble", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Anette Lia", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Rune Fossum", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=[f"DEFECT: org number {o} fails MOD11 (valid would be {good}); reportlab AcroForm filled with "
                        "pypdf; project kind and both interest questions are RADIO groups (/V on the parent, /AS on "
                        "the kids); static ink over the lines with name/date in fields under them"])


# ---------------------------------------------------------------- bad inputs
def z17(out: Path):
    data, _ = z11_bytes()
    out.write_bytes(data[: int(len(data) * 0.45)])
    return truth("z17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False,
                 notes=["a PDF cut off at 45 % of its bytes and saved under a .docx name (failed e-mail download): "
                        "neither a zip nor a complete PDF"])


def z18(out: Path):
    out.write_bytes(b"")
    return truth("z18", "doc", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["an EMPTY (0-byte) .doc file"])
