"""Reportlab / pypdf / pyHanko / scan builders with their hand-written truth."""
from __future__ import annotations

import io
import random
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402
import kit32  # noqa: E402
from kit32 import nok, no_date, ink_png  # noqa: E402
from content32 import head_rows, budget_rows, area_lines, interest_rows, purpose, approval_text, start_text  # noqa
from model32 import heading, truth_of, LABELS, AREAS  # noqa
from data32 import D  # noqa

F = "/usr/share/fonts/truetype/"
for n, f in [("DV", "dejavu/DejaVuSans.ttf"), ("DVB", "dejavu/DejaVuSans-Bold.ttf"),
             ("DVO", "dejavu/DejaVuSans-Oblique.ttf"), ("LS", "liberation2/LiberationSans-Regular.ttf"),
             ("LSB", "liberation2/LiberationSans-Bold.ttf"), ("SE", "dejavu/DejaVuSerif.ttf"),
             ("SEB", "dejavu/DejaVuSerif-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, F + f))


def st(font="DV", size=10, lead=None, **kw):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


def P(t, font="DV", size=10, **kw):
    return Paragraph(t, st(font, size, **kw))


def ink(seed, w=55 * mm, h=16 * mm):
    return RLImage(io.BytesIO(ink_png(seed)), width=w, height=h)


def build_story(path, story, creator="Microsoft® Word 2016", producer=None, title=None, margins=20 * mm):
    doc = SimpleDocTemplate(path if isinstance(path, io.BytesIO) else str(path), pagesize=A4, leftMargin=margins, rightMargin=margins, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title=title or "Søknad", author="",
                            creator=creator, producer=producer or creator)
    doc.build(story)


GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 9.5)])


def twocol(rows, font="DV", bold="DVB", w=(62 * mm, 108 * mm), shade=colors.HexColor("#e8eef4")):
    t = Table([[P(a, bold, 9.5), P(b or "", font, 9.5)] for a, b in rows], colWidths=w)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (0, -1), shade),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def budget_table(d, font="DV", amt="space", w=(80 * mm, 40 * mm, 50 * mm)):
    rows = budget_rows(d, amt)
    t = Table([[P(c, font if i else font + ("B" if font in ("DV", "LS") else ""), 9.5) for c in r]
               for i, r in enumerate(rows)], colWidths=w)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    return t


# ---------------------------------------------------------------- z01: two-column tables on each page
def z01(out):
    d = D["z01"]
    h1, h2 = heading(d)
    s = [P(h1, "DVB", 14), P(h2, "DV", 9), Spacer(0, 6 * mm), P("Del A – Opplysninger om søker", "DVB", 11),
         Spacer(0, 2 * mm), twocol(head_rows(d, "nbA")[:6]), Spacer(0, 5 * mm),
         P("Del B – Om prosjektet", "DVB", 11), Spacer(0, 2 * mm),
         twocol(head_rows(d, "nbA")[6:] + [("Kort beskrivelse", purpose(d))]), PageBreak(),
         P("Del C – Budsjett for 2020", "DVB", 11), Spacer(0, 2 * mm),
         twocol([(LABELS["nbA"]["pos"], f"{d['positions'][0][0]}, 100 % stilling"),
                 ("Lønn og sosiale kostnader", "kr " + nok(600000)), (LABELS["nbA"]["comp"], "kr " + nok(10000)),
                 (LABELS["nbA"]["total"], "kr " + nok(610000))]), Spacer(0, 5 * mm),
         P("Del D – Satsingsområder og interesse", "DVB", 11), Spacer(0, 2 * mm),
         twocol([(LABELS["nbA"]["areas"], "<br/>".join(f"{g} {t}" for g, t in area_lines(d)))] + interest_rows(d, "nbA")),
         Spacer(0, 8 * mm), P("Del E – Underskrifter", "DVB", 11), Spacer(0, 2 * mm)]
    sig = Table([[P("For NAV Gol", "DVB", 9.5), P("For Gol kommune", "DVB", 9.5)],
                 [P("Sted/dato: Gol, " + no_date(d["sigs"][0][3])), P("Sted/dato: Gol, " + no_date(d["sigs"][1][3]))],
                 [ink(101), ink(102)],
                 [P("Knut Ola Rudningen, Nav-leder"), P("Hilde Kristin Brenna, rådmann")]],
                colWidths=(85 * mm, 85 * mm))
    sig.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(sig)
    build_story(out, s, creator="Microsoft® Word 2016", title="Søknad NAV Gol 2020")
    return truth_of(d, truth, "pdf", "pdf-text")


# ---------------------------------------------------------------- z02: numbered, labels above answers, nn, approval table
def z02(out):
    d = D["z02"]
    h1, h2 = heading(d)
    L = LABELS["nn"]
    s = [P(h1, "SEB", 13), P(h2, "SE", 9), Spacer(0, 5 * mm)]
    n = 0

    def qa(label, ans):
        nonlocal n
        n += 1
        s.append(P(f"{n}. {label}", "SEB", 10))
        s.append(P(ans, "SE", 10, leftIndent=8 * mm, spaceAfter=5))

    for lab, ans in head_rows(d, "nn"):
        qa(lab, ans)
    qa("Kort skildring av prosjektet", purpose(d) + " Prosjektet er no i sitt andre år.")
    qa("Stillingar og kostnader", "Ungdomskontakt, 50 % stilling: 295 000 kr (løn og sosiale kostnader). "
       "Vi søkjer ikkje om kompetansemiddel.")
    qa(L["total"], "295 000 kr")
    qa(L["areas"], "<br/>".join(f"{'[x]' if g == '☒' else '[  ]'} {t}" for g, t in area_lines(d)))
    qa(L["net"], "Nei")
    qa(L["proc"], "Ja")
    s += [Spacer(0, 6 * mm), P(f"{n + 1}. Godkjenning", "SEB", 10), Spacer(0, 2 * mm)]
    t = Table([[P("Godkjend av", "SEB", 9), P("Rolle", "SEB", 9), P("Dato", "SEB", 9)],
               [P("Ragnhild Tveit", "SE", 9), P("Nav-leiar, NAV Vang", "SE", 9), P("24.01.2019", "SE", 9)],
               [P("Eirik Fjeld", "SE", 9), P("Rådmann, Vang kommune", "SE", 9), P("28.01.2019", "SE", 9)]],
              colWidths=(60 * mm, 70 * mm, 40 * mm))
    t.setStyle(GRID)
    s += [t, Spacer(0, 3 * mm), P(approval_text(d), "SE", 9)]
    build_story(out, s, creator="Writer", producer="LibreOffice 6.1", title="Søknad Vang 2019")
    return truth_of(d, truth, "pdf", "pdf-text")


# ---------------------------------------------------------------- answers in the row under the label (z03, z08)
def label_grid(d, ls, amt="space", font="LS", boldf="LSB"):
    rows = head_rows(d, ls, dstyle="dots")
    cells = []
    for i in range(0, len(rows), 3):
        chunk = rows[i:i + 3] + [("", "")] * (3 - len(rows[i:i + 3]))
        cells.append([P(a, boldf, 8) for a, _ in chunk])
        cells.append([P(b, font, 10) for _, b in chunk])
    t = Table(cells, colWidths=(57 * mm,) * 3)
    style = [("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.black)]
    for r in range(0, len(cells), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dddddd")))
    t.setStyle(TableStyle(style))
    return t


def z03(out):
    d = D["z03"]
    h1, h2 = heading(d)
    s = [P(h1, "LSB", 13), P(h2, "LS", 9), Spacer(0, 5 * mm), label_grid(d, "nbB"), Spacer(0, 4 * mm),
         P("Beskrivelse av tiltaket", "LSB", 10), P(purpose(d), "LS", 10), Spacer(0, 4 * mm),
         P("Budsjett 2020", "LSB", 10), budget_table(d, "LS", "dot"), Spacer(0, 4 * mm),
         P(LABELS["nbB"]["areas"], "LSB", 10)]
    s += [P(f"{'X' if g == '☒' else '–'}&nbsp;&nbsp;{t}", "LS", 10) for g, t in area_lines(d)]
    s += [Spacer(0, 3 * mm), twocol(interest_rows(d, "nbB"), "LS", "LSB"), PageBreak(),
          P("Underskrifter", "LSB", 11), Spacer(0, 4 * mm)]
    for i, (role, name, title, date, _) in enumerate(d["sigs"]):
        who = "Leder for NAV Sør-Varanger" if role == "nav_leader" else "Kommunens ledelse"
        s += [P(who, "LSB", 10), P("Sted/dato: Kirkenes, " + no_date(date), "LS", 10), ink(300 + i),
              P("______________________________", "LS", 10), P(f"{name}", "LS", 10), P(title, "LS", 9),
              Spacer(0, 8 * mm)]
    build_story(out, s, creator="PDFsam / iText", title="Søknad 2020")
    return truth_of(d, truth, "pdf", "pdf-text", expected=["AMOUNT_SUM_MISMATCH"],
                    notes=["planted: 590 000 + 300 000 + 10 000 = 900 000, the stated total is 910 000"])


# ---------------------------------------------------------------- z04: Word 'Save as PDF' imitation, typed names
def z04(out):
    d = D["z04"]
    h1, h2 = heading(d)
    rows = head_rows(d, "nbC")
    rows[1] = ("Kommunenavn", "Oslo kommune, bydel Sagene")
    s = [P(h1.replace("NAV-kontoret", "Nav-kontoret"), "LSB", 14), P(h2, "LS", 9), Spacer(0, 5 * mm),
         twocol(rows, "LS", "LSB", shade=colors.white), Spacer(0, 4 * mm),
         P("Stillinger og budsjett", "LSB", 11), budget_table(d, "LS", "plain"), Spacer(0, 3 * mm),
         P("Vi søker om to hele stillinger (200 %).", "LS", 10), Spacer(0, 4 * mm),
         P(LABELS["nbC"]["areas"], "LSB", 11)]
    s += [P(f"{'■' if g == '☒' else '□'} {t}", "DV", 10) for g, t in area_lines(d)]
    s += [Spacer(0, 3 * mm), twocol(interest_rows(d, "nbC"), "LS", "LSB", shade=colors.white), Spacer(0, 8 * mm),
          P("Signaturer", "LSB", 11)]
    t = Table([[P("Nav-leder", "LSB", 10), P("Bydelsdirektør", "LSB", 10)],
               [P("Dato: 28.01.2020", "LS", 10), P("Dato: 30.01.2020", "LS", 10)],
               [P("Signatur: Linn Solheim", "LS", 10), P("Signatur: Per Ivar Moen", "LS", 10)]],
              colWidths=(85 * mm, 85 * mm))
    s.append(t)
    build_story(out, s, creator="Microsoft® Word for Microsoft 365", producer="Microsoft® Word for Microsoft 365",
                title="Søknad Nav Sagene 2020")
    return truth_of(d, truth, "pdf", "pdf-text", expected=["SIGNATURE_UNVERIFIED"],
                    notes=["names typed after 'Signatur:' with no ink: typed, SIGNATURE_UNVERIFIED warning"])


# ---------------------------------------------------------------- z08: copier scan at 300 dpi with moiré
def z08(out):
    d = D["z08"]
    src = out.with_suffix(".src.pdf")
    h1, h2 = heading(d)
    s = [P(h1, "DVB", 13), P(h2, "DV", 9), Spacer(0, 5 * mm), label_grid(d, "nbA", font="DV", boldf="DVB"),
         Spacer(0, 4 * mm), P("Budsjett", "DVB", 11), budget_table(d, "DV", "kr"), Spacer(0, 4 * mm),
         P(LABELS["nbA"]["areas"], "DVB", 10)]
    s += [P(f"{g} {t}", "DV", 10) for g, t in area_lines(d)]
    s += [Spacer(0, 3 * mm), twocol(interest_rows(d, "nbA")), Spacer(0, 6 * mm)]
    sig = Table([[P("Dato", "DVB", 9), P("Underskrift", "DVB", 9), P("Navn og stilling", "DVB", 9)],
                 [P(no_date(d["sigs"][0][3])), ink(801, 50 * mm, 14 * mm), P("Guri Lein, Nav-leder")],
                 [P(no_date(d["sigs"][1][3])), ink(802, 50 * mm, 14 * mm), P("Arve Skage, kommunedirektør")]],
                colWidths=(30 * mm, 65 * mm, 75 * mm))
    sig.setStyle(GRID)
    s.append(sig)
    build_story(src, s)
    pages = kit32.pdf_to_images(src, 300)
    src.unlink()
    imgs = [kit32.copier_scan(p, 80 + i, 0.4 - i * 0.7) for i, p in enumerate(pages)]
    kit32.images_to_pdf(imgs, 300, out, quality=82)
    return truth_of(d, truth, "pdf", "pdf-scanned", optional=["LOW_CONFIDENCE"])


# ---------------------------------------------------------------- z09: blank form filled by hand in block capitals, grey scan
def z09(out):
    from reportlab.pdfgen import canvas
    d = D["z09"]
    src = out.with_suffix(".src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4, invariant=1)
    W, H = A4
    rnd = random.Random(9)

    def hand(x, y, text, size=12):
        c.setFillColor(colors.HexColor("#1a2a6c"))
        for ch in text.upper():
            c.saveState()
            c.translate(x, y + rnd.uniform(-1.2, 1.2))
            c.rotate(rnd.uniform(-4, 4))
            c.setFont("DV", size + rnd.uniform(-0.8, 0.8))
            c.drawString(0, 0, ch)
            c.restoreState()
            x += pdfmetrics.stringWidth(ch, "DV", size) + rnd.uniform(0.5, 2.2)
        c.setFillColor(colors.black)

    def field(y, label, value, x0=25 * mm, w=160 * mm, vx=None):
        c.setFont("DV", 8)
        c.drawString(x0, y + 13, label)
        c.rect(x0, y - 4, w, 15)
        if value:
            hand(vx or x0 + 3, y, value)

    h1, h2 = heading(d)
    c.setFont("DVB", 12)
    c.drawString(25 * mm, H - 25 * mm, h1)
    c.setFont("DV", 8.5)
    c.drawString(25 * mm, H - 30 * mm, h2 + ". Fylles ut med blokkbokstaver.")
    y = H - 45 * mm
    for lab, val in head_rows(d, "nbA", dstyle="dots"):
        if lab.startswith("Org"):
            val = d["org"]
        field(y, lab, val)
        y -= 11 * mm
    c.setFont("DVB", 9)
    c.drawString(25 * mm, y + 2, "Budsjett")
    y -= 8 * mm
    field(y, "Stilling og stillingsprosent", "VEILEDER 60 %", w=100 * mm)
    field(y, "Lønn og sosiale kostnader (kr)", "360 000", x0=130 * mm, w=55 * mm)
    y -= 11 * mm
    field(y, "Kompetansemidler (kr)", "", w=75 * mm)
    field(y, LABELS["nbA"]["total"] + " (kr)", "360 000", x0=110 * mm, w=75 * mm)
    y -= 12 * mm
    c.setFont("DV", 9)
    c.drawString(25 * mm, y, LABELS["nbA"]["areas"])
    for g, t in area_lines(d):
        y -= 6 * mm
        c.rect(27 * mm, y - 1, 9, 9)
        c.setFont("DV", 9)
        c.drawString(33 * mm, y, t)
        if g == "☒":
            hand(27 * mm + 1, y, "X", 11)
    for lab, v in interest_rows(d, "nbA"):
        y -= 8 * mm
        c.setFont("DV", 9)
        c.drawString(25 * mm, y, lab)
        for j, opt in enumerate(("Ja", "Nei")):
            bx = 150 * mm + j * 18 * mm
            c.rect(bx, y - 1, 9, 9)
            c.drawString(bx + 12, y, opt)
            if (opt == "Ja") == v:
                hand(bx + 1, y, "X", 11)
    c.showPage()
    c.setFont("DVB", 11)
    c.drawString(25 * mm, H - 25 * mm, "Underskrift")
    y = H - 45 * mm
    for i, (role, name, title, date, _) in enumerate(d["sigs"]):
        c.setFont("DV", 9)
        c.drawString(25 * mm, y + 20, "Nav-leder" if role == "nav_leader" else "Rådmann / kommunedirektør")
        c.drawString(25 * mm, y, "Dato:")
        hand(37 * mm, y, no_date(date))
        c.line(25 * mm, y - 22 * mm, 100 * mm, y - 22 * mm)
        c.drawImage(ImageReader(io.BytesIO(ink_png(900 + i))), 30 * mm, y - 22 * mm, 60 * mm, 17 * mm, mask="auto")
        c.setFont("DV", 8)
        c.drawString(25 * mm, y - 26 * mm, "Underskrift")
        c.drawString(110 * mm, y - 26 * mm, "Navn med blokkbokstaver")
        c.line(110 * mm, y - 22 * mm, 185 * mm, y - 22 * mm)
        hand(111 * mm, y - 20 * mm, name)
        y -= 50 * mm
    c.showPage()
    c.save()
    pages = kit32.pdf_to_images(src, 200)
    src.unlink()
    imgs = [kit32.phone_scan(p, 90 + i, -0.9 + i * 1.3) for i, p in enumerate(pages)]
    kit32.images_to_pdf(imgs, 200, out, quality=60)
    return truth_of(d, truth, "pdf", "pdf-scanned", optional=["LOW_CONFIDENCE"],
                    notes=["every answer hand-printed in capitals; names compared case-folded"])


# ---------------------------------------------------------------- z15: AcroForm filled with pypdf
def z15(out):
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    d = D["z15"]
    src = io.BytesIO()
    c = canvas.Canvas(src, pagesize=A4, invariant=1)
    W, H = A4
    h1, h2 = heading(d)
    c.setFont("DVB", 12)
    c.drawString(20 * mm, H - 22 * mm, h1)
    c.setFont("DV", 8.5)
    c.drawString(20 * mm, H - 27 * mm, h2)
    form = c.acroForm
    L = LABELS["nbB"]
    fields = [("sokerkontor", L["office"]), ("kommune", L["muni"]), ("orgnr", L["org"]), ("kontakt", L["contact"]),
              ("epost", L["email"]), ("mobil", L["phone"]), ("tittel", L["title"]), ("type", L["kind"]),
              ("oppstart", L["start"]), ("stilling", "Stilling (tittel)"), ("prosent", "Stillingsprosent"),
              ("lonn", "Lønn og sosiale kostnader (kr)"), ("kompetanse", L["comp"]), ("sum", L["total"])]
    y = H - 40 * mm
    for name, lab in fields:
        c.setFont("DV", 9)
        c.drawString(20 * mm, y + 3, lab)
        form.textfield(name=name, x=85 * mm, y=y - 2, width=105 * mm, height=15, borderWidth=0.6, fontName="Helvetica",
                       fontSize=9)
        y -= 8.5 * mm
    y -= 3 * mm
    c.setFont("DVB", 9)
    c.drawString(20 * mm, y, L["areas"])
    for i, a in enumerate(AREAS[2020]):
        y -= 7 * mm
        form.checkbox(name=f"omr{i + 1}", x=22 * mm, y=y - 2, size=11, buttonStyle="cross", borderWidth=0.6)
        c.setFont("DV", 9)
        c.drawString(28 * mm, y, a[1])
    for key, lab in (("nettverk", L["net"]), ("evaluering", L["proc"])):
        y -= 8 * mm
        c.drawString(20 * mm, y, lab)
        for j, opt in enumerate(("Ja", "Nei")):
            form.checkbox(name=f"{key}_{opt.lower()}", x=(150 + 20 * j) * mm, y=y - 2, size=11, buttonStyle="cross",
                          borderWidth=0.6)
            c.drawString((155 + 20 * j) * mm, y, opt)
    y -= 12 * mm
    c.setFont("DVB", 9)
    c.drawString(20 * mm, y, "Godkjenning")
    for i, (k, lab) in enumerate((("navleder", "Nav-leder (navn)"), ("navleder_dato", "Dato"),
                                  ("kommune_leder", "Rådmann (navn)"), ("kommune_dato", "Dato"))):
        yy = y - (8 + 8 * (i // 2)) * mm
        x = 20 * mm + (i % 2) * 95 * mm
        c.setFont("DV", 9)
        c.drawString(x, yy + 3, lab)
        form.textfield(name=k, x=x + 32 * mm, y=yy - 2, width=55 * mm, height=15, borderWidth=0.6, fontSize=9)
    c.setFont("DV", 8.5)
    c.drawString(20 * mm, y - 28 * mm, "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.")
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(src.getvalue()))
    w = PdfWriter()
    w.append(r)
    vals = {"sokerkontor": "NAV Evenes", "kommune": "Evenes kommune", "orgnr": d["org"], "kontakt": d["contact"][0],
            "epost": d["contact"][1], "mobil": d["contact"][2], "tittel": d["title"], "type": "Nytt prosjekt",
            "oppstart": "01.06.2020", "stilling": "Prosjektleder", "prosent": "100", "lonn": "600 000",
            "kompetanse": "", "sum": "600 000", "navleder": "Kjetil Hansen, Nav-leder", "navleder_dato": "22.01.2020",
            "kommune_leder": "Bente Myrvang, rådmann", "kommune_dato": "23.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    ticks = {"omr3", "nettverk_nei", "evaluering_ja"}
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        nm = a.get("/T")
        if a.get("/FT") == "/Btn":
            on = [k for k in a["/AP"]["/N"].keys() if k != "/Off"][0]
            v = NameObject(on if nm in ticks else "/Off")
            a[NameObject("/V")] = v
            a[NameObject("/AS")] = v
    w.set_need_appearances_writer(True)
    w.add_metadata({"/Producer": "pypdf", "/Creator": "Evenes kommune skjema"})
    with open(out, "wb") as fh:
        w.write(fh)
    return truth_of(d, truth, "pdf", "pdf-acroform",
                    notes=["competence field left empty: null"])


# ---------------------------------------------------------------- z16: ink curves on lines, title before name
def z16(out):
    from reportlab.pdfgen import canvas
    d = D["z16"]
    src = out
    s = []
    h1, h2 = heading(d)
    s = [P(h1, "DVB", 13), P(h2, "DV", 9), Spacer(0, 5 * mm),
         twocol(head_rows(d, "nbC"), shade=colors.HexColor("#f3f3f3")), Spacer(0, 4 * mm),
         P("Budsjett (beløp i kroner)", "DVB", 11), budget_table(d, "DV", "space"), Spacer(0, 4 * mm),
         P(LABELS["nbC"]["areas"] + " (sett kryss)", "DVB", 10)]
    s += [P(f"[{'X' if g == '☒' else '&nbsp;&nbsp;'}] {t}", "DV", 10) for g, t in area_lines(d)]
    s += [Spacer(0, 3 * mm), twocol(interest_rows(d, "nbC"))]

    def sig_page(c, doc):
        if doc.page != 2:
            return
        rnd = random.Random(16)
        y0 = 150 * mm
        for i, (role, name, title, date, _) in enumerate(d["sigs"]):
            x = 20 * mm + i * 90 * mm
            c.setFont("DV", 9)
            c.drawString(x, y0 + 25 * mm, "Sted og dato: Oslo, " + no_date(date))
            c.line(x, y0, x + 75 * mm, y0)
            c.drawString(x, y0 - 5 * mm, f"{title} {name}")
            c.setStrokeColor(colors.HexColor("#0d1b5e"))
            c.setLineWidth(1.4)
            px, py = x + 5 * mm, y0 + 4 * mm
            for k in range(6):
                p = c.beginPath()
                p.moveTo(px, py)
                nx = px + rnd.uniform(7, 12) * mm
                p.curveTo(px + rnd.uniform(0, 5) * mm, py + rnd.uniform(6, 14) * mm, nx - rnd.uniform(0, 5) * mm,
                          py - rnd.uniform(2, 6) * mm, nx, py + rnd.uniform(-1, 3) * mm)
                c.drawPath(p)
                px = nx
            c.setStrokeColor(colors.black)
            c.setLineWidth(1)

    s += [PageBreak(), P("Underskrift fra Nav-leder og bydelsdirektør", "DVB", 11)]
    doc = SimpleDocTemplate(str(src), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, invariant=1,
                            title="Søknad Stovner", creator="Adobe Acrobat Pro DC 20", producer="Adobe Acrobat Pro DC 20")
    doc.build(s, onFirstPage=sig_page, onLaterPages=sig_page)
    return truth_of(d, truth, "pdf", "pdf-handwritten",
                    notes=["ink drawn as vector Bézier strokes above the line; printed 'Nav-leder Sofie Rasmussen' under it"])


# ---------------------------------------------------------------- z17: two PAdES signatures, fixed keys, pinned clock
def z17(out):
    d = D["z17"]
    src = io.BytesIO()
    h1, h2 = heading(d)
    s = [P(h1, "DVB", 13), P(h2, "DV", 9), Spacer(0, 5 * mm), twocol(head_rows(d, "nbB")), Spacer(0, 4 * mm),
         P("Budsjett", "DVB", 11), budget_table(d), Spacer(0, 4 * mm), P(LABELS["nbB"]["areas"], "DVB", 10)]
    s += [P(f"{'✔' if g == '☒' else '✘'} {t}", "DV", 10) for g, t in area_lines(d)]
    s += [Spacer(0, 3 * mm), twocol(interest_rows(d, "nbB")), Spacer(0, 6 * mm),
          P("Signering", "DVB", 11),
          P("Søknaden signeres digitalt av Nav-leder Hans Petter Dahle (20.01.2020) og kommunedirektør "
            "Randi Bakken (24.01.2020). Signaturene ligger i dokumentet.", "DV", 10)]
    build_story(src, s, creator="Microsoft® Word 2019")
    import pades32
    data = pades32.sign_twice(src.getvalue(), [("Hans Petter Dahle", "2020-01-20"), ("Randi Bakken", "2020-01-24")])
    out.write_bytes(data)
    return truth_of(d, truth, "pdf", "pdf-pades",
                    notes=["two approval signatures by self-signed certificates (CN = the signer's name), signing time pinned"])


# ---------------------------------------------------------------- z18: a report on last year's grant
def z18(out):
    s = [P("Rapport om bruk av tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2019", "DVB", 13),
         P("Rapporteringsfrist 1. mars 2020", "DV", 9), Spacer(0, 5 * mm),
         twocol([("NAV-kontor", "NAV Lom"), ("Kommune", "Lom kommune"), ("Organisasjonsnummer", "964 950 210"),
                 ("Prosjektets navn", "Arbeid i fjellbygda"), ("Tilsagnsbeløp 2019", "kr 480 000"),
                 ("Brukt per 31.12.2019", "kr 471 350"), ("Ubrukte midler", "kr 8 650"),
                 ("Kontaktperson", "Marit Skogen, marit.skogen@nav.no, 61 21 10 40")]), Spacer(0, 4 * mm),
         P("Måloppnåelse", "DVB", 11),
         P("Prosjektet fulgte opp 23 deltakere i 2019. Ni er i ordinært arbeid, fem i utdanning. Stillingen "
           "(80 %) har vært besatt hele året. Vi viser til egen søknad om videreføring for 2020, som sendes separat.", "DV", 10),
         Spacer(0, 4 * mm), P("Regnskap", "DVB", 11),
         twocol([("Lønn og sosiale kostnader", "kr 466 350"), ("Kompetanse", "kr 5 000"), ("Sum", "kr 471 350")]),
         Spacer(0, 8 * mm), P("Lom, 14.02.2020", "DV", 10), ink(1800),
         P("Ola Bakken, Nav-leder", "DV", 10)]
    build_story(out, s, creator="Microsoft® Word 2016")
    return truth("z18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["report on the use of the 2019 grant (rapport), not an application"])
