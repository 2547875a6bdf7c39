"""Build the sixteenth adversarial corpus: python tests/adversarial16/build.py CACHE [--only r01,r05]."""
from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))
import kit16 as k  # noqa: E402
from truthlib import build_corpus, near_miss, truth  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
PRIO_NB = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
           "Sikring av sårbare overganger"]
PRIO_NN = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
           "Sikring av sårbare overgangar"]


def form_page(f, nn=False, layout="above", hand=None, bg=(255, 255, 255), glyph="X", sig_layout="side"):
    """The typed/hand-filled paper form (one page). f: the facts."""
    p = k.Paper(bg=bg)
    row = p.above if layout == "above" else p.side
    L = (lambda nb, n: n if nn else nb)
    p.text(L("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
             "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"), 30, True)
    p.text(L("Jf. kunngjøring fra Arbeids- og velferdsdirektoratet, søknadsfrist 1. februar 2020",
             "Jf. kunngjering frå Arbeids- og velferdsdirektoratet, søknadsfrist 1. februar 2020"), 22)
    p.y += 10
    p.text(L("1  Søker", "1  Søkjar"), 27, True)
    row(L("Nav-kontor", "Nav-kontor"), f["office"], hand)
    row(L("Kommune", "Kommune"), f["mun"], hand)
    row(L("Org.nr. (Nav-kontoret)", "Organisasjonsnr."), f["org"], hand)
    p.text(L("2  Kontaktperson", "2  Kontaktperson"), 27, True)
    row(L("Navn", "Namn"), f["contact"], hand)
    row(L("E-post", "E-post"), f["email"], hand)
    row(L("Telefon", "Telefon"), f["phone"], hand)
    p.text(L("3  Prosjektet", "3  Prosjektet"), 27, True)
    row(L("Prosjektets navn", "Namnet på prosjektet"), f["title"], hand)
    row(L("Planlagt oppstart", "Planlagd oppstart"), f["start"], hand)
    p.boxes(L("Type søknad", "Type søknad"), [(L("Nytt prosjekt", "Nytt prosjekt"), f["kind"] == "new"),
                                             (L("Videreføring", "Vidareføring"), f["kind"] == "continuation")], glyph, hand)
    p.text(L("4  Stillinger og budsjett", "4  Stillingar og budsjett"), 27, True)
    row(L("Stillingsprosent", "Stillingsdel"), f["pct"], hand)
    row(L("Lønn inkl. sosiale kostnader", "Løn inkl. sosiale kostnader"), f["pos_amt"], hand)
    row(L("Kompetansemidler", "Kompetansemidlar"), f["comp_amt"], hand)
    row(L("Sum det søkes om", "Sum det vert søkt om"), f["total_amt"], hand)
    return p


def form_page2(p_or_none, f, nn=False, hand=None, glyph="X", bg=(255, 255, 255), sig_layout="side"):
    p = p_or_none or k.Paper(bg=bg)
    L = (lambda nb, n: n if nn else nb)
    prios = PRIO_NN if nn else PRIO_NB
    p.boxes(L("5  Satsingsområder (kryss av)", "5  Satsingsområde (kryss av)"),
            [(t, i in f["prio_idx"]) for i, t in enumerate(prios)], glyph, hand)
    p.boxes(L("6  Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "6  Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?"),
            [("Ja", f["net"]), ("Nei", not f["net"])], glyph, hand)
    p.boxes(L("7  Ønsker kontoret ekstern prosessevaluering?", "7  Ønskjer kontoret ekstern prosessevaluering?"),
            [("Ja", f["eval"]), ("Nei", not f["eval"])], glyph, hand)
    p.text(L("8  Underskrifter", "8  Underskrifter"), 27, True)
    p.sigs(f["sigs"], sig_layout)
    return p


F1 = dict(office="Nav Gjøvik", mun="Gjøvik", org=k.org("97451230"), contact="Hilde Brattbakk",
          email="hilde.brattbakk@nav.no", phone="61 14 52 90", title="Jobbspor for unge voksne",
          start="01.05.2020", kind="new", pct="100 %", pos_amt="610 000", comp_amt="10 000", total_amt="620 000",
          prio_idx=[0, 1], net=True, eval=False,
          sigs=[("Nav-leder", "Gjøvik, 27.01.2020", "Ole Kristian Haug", "Nav-leder", 101),
                ("For kommunen", "Gjøvik, 28.01.2020", "Randi Fossum", "Kommunedirektør", 102)])


def r01(out):
    """Two-page form, typed answers, yellow and pink highlighter across two labels, phone photo:
    perspective, hand shadow, JPEG."""
    p1 = form_page(F1)
    y = p1.pos["Prosjektets navn"]
    p1.img = k.highlighter(p1.img, (p1.m - 10, y - 6, p1.m + 330, y + 34))
    y = p1.pos["Sum det søkes om"]
    p1.img = k.highlighter(p1.img, (p1.m - 10, y - 6, p1.m + 300, y + 34), colour=(255, 170, 210))
    p2 = form_page2(None, F1)
    pages = []
    for i, p in enumerate((p1, p2)):
        im = k.perspective(p.img, 11 + i)
        im = k.shadow(im, (im.size[0] - 700, im.size[1] - 900, im.size[0] + 300, im.size[1] + 300), 0.6)
        pages.append(k.jpeg(k.noise(im, 3 + i, 6), 55))
    k.image_pdf(out, pages)
    return truth("r01", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", F1["org"]),
                 contact=("Hilde Brattbakk", "hilde.brattbakk@nav.no", "61145290"),
                 project=("Jobbspor for unge voksne", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Ole Kristian Haug", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Randi Fossum", "Kommunedirektør", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["phone photo with perspective and a hand's shadow"])


F2 = dict(office="NAV Sunndal", mun="Sunndal", org=k.org("97452130"), contact="Eirik Løfald",
          email="Eirik.Lofald@nav.no", phone="+47 71 69 90 12", title="Overgang frå skule til arbeid",
          start="1. august 2020", kind="continuation", pct="50 %", pos_amt="300 000", comp_amt="",
          total_amt="300 000", prio_idx=[2], net=False, eval=True,
          sigs=[("Leiar Nav Sunndal", "Sunndalsøra 20.01.2020", "Tone Øverås", "Nav-leiar", 201),
                ("Kommunalsjef", "Sunndalsøra 21.01.2020", "Bjørn Ranes", "Kommunalsjef helse og velferd", 202)])


def r02(out):
    """Nynorsk two-column boxes, scanned upside down at 150 dpi in grey, MOTTATT stamp, hole punches."""
    p = form_page(F2, nn=True, layout="side", glyph="check")
    q = form_page2(None, F2, nn=True, glyph="check", sig_layout="stacked")
    pages = []
    for i, pg in enumerate((p, q)):
        im = pg.img
        if i == 0:
            im = k.stamp(im, (1000, 20))
        im = k.punch_holes(im).convert("L").rotate(180)
        im = im.resize((int(im.size[0] * 0.75), int(im.size[1] * 0.75)), Image.BILINEAR)
        pages.append(k.noise(im.convert("RGB"), 20 + i, 5).convert("L"))
    k.image_pdf(out, pages, dpi=150)
    return truth("r02", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Sunndal", "Sunndal", F2["org"]),
                 contact=("Eirik Løfald", "eirik.lofald@nav.no", "71699012"),
                 project=("Overgang frå skule til arbeid", "continuation", "2020-08-01"), pct=50,
                 amounts={"positions": 300000, "competence": None, "other": None, "total": 300000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Tone Øverås", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Bjørn Ranes", "Kommunalsjef helse og velferd", "2020-01-21", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["both pages upside down; stamp MOTTATT 03 FEB. 2020 is the county's, not a signature date"])


F3 = dict(office="Nav Ringebu", mun="Ringebu", org=k.org("97453120"), contact="Marit Sletten",
          email="marit.sletten@nav.no", phone="41 22 63 08", title="Familien i arbeid",
          start="01.03.2020", kind="new", pct="80 %", pos_amt="488 000", comp_amt="8 000", total_amt="496 000",
          prio_idx=[1], net=True, eval=True,
          sigs=[("Nav-leder", "Ringebu 24.1.2020", "Kari Bakken", "Nav-leder", 301),
                ("Rådmann", "Ringebu 24.1.2020", "Per Ivar Moe", "Rådmann", 302)])


def r03(out):
    """Form on green paper filled by hand in block letters, circles in boxes, colour scan."""
    bg = (222, 240, 220)
    p = form_page(F3, hand=30, bg=bg, glyph="dot")
    q = form_page2(None, F3, hand=31, bg=bg, glyph="dot")
    pages = [k.jpeg(k.noise(pg.img.rotate(-1.2, fillcolor=(250, 250, 250), resample=Image.BICUBIC), 30 + i, 5), 70)
             for i, pg in enumerate((p, q))]
    k.image_pdf(out, pages)
    return truth("r03", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Ringebu", "Ringebu", F3["org"]),
                 contact=("Marit Sletten", "marit.sletten@nav.no", "41226308"),
                 project=("FAMILIEN I ARBEID", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": 8000, "other": None, "total": 496000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Kari Bakken", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Per Ivar Moe", "Rådmann", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["answers in hand block capitals: title case as written"])


F4 = dict(office="Nav Hitra", mun="Hitra", org=k.org("97451320"), contact="Lars Strand",
          email="lars.strand@nav.no", phone="72 44 10 55", title="Sjømat og jobb",
          start="01.04.2020", kind="new", pct="100 %", pos_amt="640 000", comp_amt="", total_amt="640 000",
          prio_idx=[0], net=False, eval=False,
          sigs=[("Nav-leder", "Fillan, 29.01.2020", "Siri Hammervold", "Nav-leder", 401),
                ("Kommunedirektør", "Fillan, 29.01.2020", "Tor Arne Sandvik", "Kommunedirektør", 402)])


def fax_header(img, line):
    from PIL import ImageDraw
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, img.size[0], 60], fill=(255, 255, 255))
    d.text((40, 16), line, font=k.font(24, path="/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"), fill=(0, 0, 0))
    return img


def r04(out):
    """Fax: header line on each page, low contrast, binarised. Planted AMOUNT_OVER_CAP."""
    p = form_page(F4, layout="side")
    q = form_page2(None, F4, sig_layout="stacked")
    pages = []
    for i, pg in enumerate((p, q)):
        im = fax_header(pg.img, f"29/01/2020 14:52  FAX 72441099     NAV HITRA          S. {i + 1}/2")
        im = k.contrast(k.noise(im, 40 + i, 14), 90, 210).convert("L").point(lambda v: 255 if v > 160 else 0)
        pages.append(im.convert("L"))
    k.image_pdf(out, pages)
    return truth("r04", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Hitra", "Hitra", F4["org"]),
                 contact=("Lars Strand", "lars.strand@nav.no", "72441055"),
                 project=("Sjømat og jobb", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 640000, "competence": None, "other": None, "total": 640000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Siri Hammervold", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Tor Arne Sandvik", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], optional=["LOW_CONFIDENCE"],
                 notes=["640 000 for 100 % > 610 000; fax header has a fax number, not the contact phone"])


F5 = dict(office="Nav Fjaler", mun="Fjaler", org=k.org("97452310"), contact="Solveig Hovland",
          email="solveig.hovland@nav.no", phone="57 73 80 21", title="Ung i Fjaler",
          start="01.09.2020", kind="new", pct="60 %", pos_amt="366 000", comp_amt="", total_amt="366 000",
          prio_idx=[1, 2], net=True, eval=False,
          sigs=[("Nav-leiar", "Dale 15.01.2020", "Gunnar Kvamme", "Nav-leiar", 501),
                ("Kommunedirektør", "Dale 16.01.2020", "Anne Grete Vie", "Kommunedirektør", 502)])


def r05(out):
    """ONE JPEG photo of a crumpled page (two pages printed 2-up onto one sheet) on a checked tablecloth."""
    p = form_page(F5, nn=True)
    q = form_page2(None, F5, nn=True, glyph="check")
    sheet = Image.new("RGB", (k.W * 2, k.H), (255, 255, 255))
    sheet.paste(p.img, (0, 0)); sheet.paste(q.img, (k.W, 0))
    sheet = k.crumple(sheet, 5)
    sheet = sheet.resize((int(sheet.size[0] * 0.8), int(sheet.size[1] * 0.8)), Image.BICUBIC)
    photo = k.tablecloth((sheet.size[0] + 260, sheet.size[1] + 220), 5)
    rot = sheet.convert("RGBA").rotate(2.5, expand=True, resample=Image.BICUBIC)
    photo.paste(rot, (110, 90), rot)
    k.jpeg(photo, 60).save(out, "JPEG", quality=72)
    return truth("r05", "jpg", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Fjaler", "Fjaler", F5["org"]),
                 contact=("Solveig Hovland", "solveig.hovland@nav.no", "57738021"),
                 project=("Ung i Fjaler", "new", "2020-09-01"), pct=60,
                 amounts={"positions": 366000, "competence": None, "other": None, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnar Kvamme", "Nav-leiar", "2020-01-15", "handwritten"),
                       ("municipality", "Anne Grete Vie", "Kommunedirektør", "2020-01-16", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["a .jpg submitted as is: both form pages side by side in one photo"])


F6 = dict(office="Nav Vinje", mun="Vinje", org=k.org("97453210"), contact="Aslak Haugen",
          email="aslak.haugen@nav.no", phone="35 06 20 44", title="Arbeidslinja i fjellet",
          start="01.06.2020", kind="new", pct="100 %", pos_amt="600 000", comp_amt="10 000", total_amt="610 000",
          prio_idx=[0], net=True, eval=True,
          sigs=[("Nav-leder", "Åmot 22.01.2020", "Liv Berit Nordbø", "Nav-leder", 601),
                ("Kommunens ledelse", "", "", "", None)])


def r06(out):
    """Flatbed scan at an angle with a dark lid shadow along one edge; municipality block left empty."""
    p = form_page(F6)
    q = form_page2(None, F6, glyph="X")
    pages = []
    for i, pg in enumerate((p, q)):
        im = pg.img.rotate(3.1 if i == 0 else -2.4, fillcolor=(255, 255, 255), resample=Image.BICUBIC, expand=True)
        im = k.shadow(im, (-400, -200, 160, im.size[1] + 200), 0.8, 40)
        pages.append(k.jpeg(k.noise(im, 60 + i, 8).convert("L"), 50))
    k.image_pdf(out, pages, dpi=200)
    return truth("r06", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Vinje", "Vinje", F6["org"]),
                 contact=("Aslak Haugen", "aslak.haugen@nav.no", "35062044"),
                 project=("Arbeidslinja i fjellet", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Liv Berit Nordbø", "Nav-leder", "2020-01-22", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], optional=["LOW_CONFIDENCE"],
                 notes=["municipality block has its caption but no name, date or mark"])


# ---------------------------------------------------------------- born-digital, facts in prose

def _rl(out, paras, title=None, ink=(), elines=(), font="Helvetica"):
    """reportlab letter: paragraphs, optional vector ink over named signature lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, Flowable
    st = getSampleStyleSheet()
    body = st["BodyText"]; body.fontName = font; body.fontSize = 10.5; body.leading = 14

    class Ink(Flowable):
        def __init__(self, seed):
            super().__init__(); self.seed = seed; self.width = 200; self.height = 40

        def draw(self):
            import math, random
            r = random.Random(self.seed)
            c = self.canv
            c.setStrokeColorRGB(0.08, 0.12, 0.45); c.setLineWidth(1.3)
            pth = c.beginPath(); pth.moveTo(0, 20)
            for i in range(1, 50):
                t = i / 49
                pth.lineTo(t * 170 + r.uniform(-2, 2), 20 + math.sin(t * 17) * 14 * (1 - 0.4 * t) + r.uniform(-2, 2))
            c.drawPath(pth, stroke=1, fill=0)

    story = []
    if title:
        story += [Paragraph(title, st["Heading2"]), Spacer(1, 6)]
    for p in paras:
        if isinstance(p, list):
            t = Table(p, hAlign="LEFT")
            from reportlab.platypus import TableStyle
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONTNAME", (0, 0), (-1, -1), font),
                                   ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
            story += [t, Spacer(1, 8)]
        elif isinstance(p, tuple) and p[0] == "ink":
            story.append(Ink(p[1]))
        elif isinstance(p, tuple) and p[0] == "sigtable":
            cells = [[Ink(s) if s else "" for s in p[1]], p[2], p[3]]
            t = Table(cells, colWidths=[240, 240], hAlign="LEFT")
            story += [t, Spacer(1, 8)]
        else:
            story += [Paragraph(p, body), Spacer(1, 4)]
    doc = SimpleDocTemplate(str(out), pagesize=A4, invariant=1, title="", author="", leftMargin=70, rightMargin=70)
    doc.build(story)


def r07(out):
    """pdf-handwritten: a letter-like PDF in Bokmål, facts in prose, ink over a two-column signature table."""
    o = k.org("97452013")
    _rl(out, [
        "Til Statsforvalteren i Trøndelag",
        "Orkanger, 23. januar 2020",
        "<b>Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020</b>",
        f"Nav Orkland (org.nr. {o}) søker med dette om midler til prosjektet «Veien videre – bolig og arbeid», "
        "et nytt prosjekt som skal starte opp 1. april 2020. Vi søker om én hel stilling (100 %) som "
        "veileder med særlig ansvar for personer som løslates fra fengsel og unge som går fra skole til arbeid.",
        "Prosjektet svarer på satsingsområdet sikring av sårbare overganger, og bygger på et tett samarbeid "
        "med kriminalomsorgen og videregående skole. Kontoret ønsker å være med i et nettverk med andre kontor, "
        "men har ikke behov for ekstern prosessevaluering.",
        "Vi søker om kr 610 000 til lønn og sosiale kostnader og kr 10 000 til kompetanseheving, "
        "til sammen kr 620 000.",
        "Spørsmål om søknaden kan rettes til prosjektleder Tove Aune, tlf. 909 12 345, e-post tove.aune@nav.no.",
        "Med vennlig hilsen",
        ("sigtable", [701, 702], ["Orkanger 23.01.2020", "Orkanger 23.01.2020"],
         ["Nav-leder Jon Erik Lien", "Kommunedirektør Hege Grøtte"]),
    ])
    return truth("r07", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Orkland", "Orkland", o),
                 contact=("Tove Aune", "tove.aune@nav.no", "90912345"),
                 project=("Veien videre – bolig og arbeid", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Jon Erik Lien", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Hege Grøtte", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["title before name in the signature table; ink above, place/date in a row of its own"])


F8 = dict(office="Nav Nord-Fron", mun="Nord-Fron", org=k.org("97453012"), contact="Ingunn Sveen",
          email="ingunn.sveen@nav.no", phone="61 21 70 40", title="Barn i låginntektsfamilier",
          start="01.05.2020", kind="new", pct="100 %", pos_amt="610 000", comp_amt="", total_amt="610 000",
          prio_idx=[1], net=False, eval=True,
          sigs=[("Nav-leder", "Vinstra 30.01.2020", "Arild Kolstad", "Nav-leder", 801),
                ("Kommunalsjef", "Vinstra 30.01.2020", "Berit Hage", "Kommunalsjef", 802)])


def r08(out):
    """docx whose body is two scanned page images (the paper form pasted into Word), nothing else."""
    import docx
    from docx.shared import Cm
    import io
    d = docx.Document()
    for sec in d.sections:
        sec.top_margin = sec.bottom_margin = sec.left_margin = sec.right_margin = Cm(1)
    for i, pg in enumerate((form_page(F8, glyph="check"), form_page2(None, F8, glyph="check"))):
        im = k.jpeg(k.noise(pg.img.rotate(0.8, fillcolor=(255, 255, 255)), 80 + i, 6).convert("L"), 65)
        b = io.BytesIO(); im.save(b, "PNG"); b.seek(0)
        d.add_picture(b, width=Cm(18.5))
    d.core_properties.created = __import__("datetime").datetime(2020, 1, 30)
    d.core_properties.modified = __import__("datetime").datetime(2020, 1, 30)
    d.save(out)
    k.fix_zip(out)
    return truth("r08", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Nord-Fron", "Nord-Fron", F8["org"]),
                 contact=("Ingunn Sveen", "ingunn.sveen@nav.no", "61217040"),
                 project=("Barn i låginntektsfamilier", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Arild Kolstad", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Berit Hage", "Kommunalsjef", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["the scanned paper form pasted into Word as two pictures; no text runs"])


def _docx_letter(out, paras, table=None, inks=(), sigtext=()):
    import datetime
    import docx
    from docx.shared import Cm
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2020, 1, 20)
    for p in paras:
        if p == "<TABLE>" and table:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in table:
                c = t.add_row().cells; c[0].text = a; c[1].text = b
        else:
            d.add_paragraph(p)
    if inks:
        t = d.add_table(rows=3, cols=len(inks))
        for i, (seed, line1, line2) in enumerate(inks):
            t.cell(0, i).paragraphs[0].add_run().add_picture(k.ink_png(seed), width=Cm(5))
            t.cell(1, i).text = line1
            t.cell(2, i).text = line2
    for s in sigtext:
        d.add_paragraph(s)
    d.save(out)
    k.fix_zip(out)


def r09(out):
    """docx-letter, Bokmål prose without a single label; electronic approval at the end."""
    o = k.org("97451203")
    _docx_letter(out, [
        "Statsforvalteren i Vestfold og Telemark",
        "Notodden 17. januar 2020",
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020",
        f"Nav Notodden, organisasjonsnummer {o}, ønsker å videreføre prosjektet Jobbhuset, som fikk tilskudd "
        "første gang i 2019. Dette blir prosjektets andre år, og arbeidet fortsetter fra 1. mars 2020.",
        "Jobbhuset skal hjelpe flere sosialhjelpsmottakere over i ordinært arbeid gjennom tett oppfølging på "
        "arbeidsplassen, og retter seg særlig mot innvandrere med lang tid utenfor arbeidslivet. "
        "Prosjektet har derfor to satsingsområder: bruk av ordinært arbeidsliv og oppfølging av innvandrere.",
        "Vi ber om midler til to stillinger som jobbspesialist, til sammen 1 220 000 kroner inkludert sosiale "
        "kostnader. Utover dette søker vi ikke om kompetansemidler. Kommunen bidrar selv med kontorplass "
        "og ledelse.",
        "Vi tar gjerne del i nettverkssamarbeid med andre Nav-kontor, og vi stiller oss positive til å "
        "delta i en ekstern prosessevaluering.",
        "Kontaktperson for søknaden er Anette Kaasa, som nås på anette.kaasa@nav.no eller 952 44 118.",
        "Med hilsen",
        "Vidar Bøe, leder Nav Notodden",
        "Gro Sandsmark, kommunedirektør i Notodden kommune",
        "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
    ])
    return truth("r09", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Notodden", "Notodden", o),
                 contact=("Anette Kaasa", "anette.kaasa@nav.no", "95244118"),
                 project=("Jobbhuset", "continuation", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": None, "other": None, "total": 1220000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Vidar Bøe", "leder Nav Notodden", None, "electronic_approval"),
                       ("municipality", "Gro Sandsmark", "kommunedirektør", None, "electronic_approval")],
                 notes=["no labels; total stated once for positions; electronic approval without a date (letter dated 17.01.2020)"])


def r10(out):
    """docx-letter, Nynorsk prose, budget in a small table, ink pictures in a signature table. ORG_NUMBER_INVALID."""
    good = k.org("97452301")
    bad = good[:-1] + str((int(good[-1]) + 3) % 10)
    _docx_letter(out, [
        "Til Statsforvaltaren i Vestland",
        "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
        f"Nav Sogndal (organisasjonsnummer {bad}) søkjer med dette om tilskot til prosjektet "
        "«Heim til arbeid», som er eit nytt prosjekt med oppstart 1. juni 2020.",
        "Prosjektet skal sikre overgangane for unge som kjem heim frå institusjon eller fengsel, slik at dei "
        "får bustad, inntekt og arbeid eller skule på plass frå første dag. Vi søkjer om ei stilling på 50 prosent.",
        "Budsjettet for 2020 ser slik ut:",
        "<TABLE>",
        "Nav-kontoret ønskjer ikkje å vere med i klyngesamarbeid, men ønskjer ekstern prosessevaluering.",
        "Kontaktperson er Ragnhild Fimreite, telefon 480 55 213, ragnhild.fimreite@nav.no.",
        "Helsing",
    ], table=[("Løn og sosiale kostnader, 50 %", "305 000"), ("Kompetansemidlar", "5 000"), ("Sum", "310 000")],
        inks=[(1001, "Sogndal 28.01.2020", "Synnøve Hjelle, Nav-leiar"),
              (1002, "Sogndal 29.01.2020", "Kåre Tistel, kommunedirektør")])
    return truth("r10", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", bad),
                 contact=("Ragnhild Fimreite", "ragnhild.fimreite@nav.no", "48055213"),
                 project=("Heim til arbeid", "new", "2020-06-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "other": None, "total": 310000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Synnøve Hjelle", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Kåre Tistel", "kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["org number has a wrong check digit"])


def r11(out):
    """pdf-text, Nynorsk prose, Times, Nynorsk electronic approval with names and titles."""
    o = k.org("97453102")
    _rl(out, [
        "Statsforvaltaren i Møre og Romsdal",
        "Volda, 21.01.2020",
        "<b>Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020</b>",
        f"Nav Volda, org.nr. {o}, søkjer om tilskot til å halde fram med prosjektet Fleire i lære. "
        "Prosjektet fekk tilskot i 2018 og 2019, og 2020 vert det tredje og siste året. Arbeidet held fram "
        "frå 1. februar 2020.",
        "Målgruppa er ungdom mellom 16 og 25 år som står i fare for å falle ut av skule og arbeid. Prosjektet "
        "byggjer på bruk av ordinært arbeidsliv gjennom lærlingplassar i lokale verksemder, og på å sikre "
        "sårbare overgangar frå vidaregåande skule til arbeid.",
        "Vi søkjer om to stillingar på 60 og 40 prosent, til saman ei heil stilling. Lønn og sosiale utgifter "
        "for dei to stillingane utgjer 590 000 kroner, og vi søkjer i tillegg om 10 000 kroner i kompetansemidlar. "
        "Samla søknadssum er 600 000 kroner.",
        "Kontoret ønskjer å delta i nettverk, og ønskjer òg ekstern prosessevaluering.",
        "Kontaktperson: rettleiar Oddny Myklebust, 70 05 87 30, oddny.myklebust@nav.no",
        "Helsing",
        "Nils Petter Håvik, Nav-leiar",
        "Edvard Hjelmeland, kommunalsjef for helse og omsorg",
        "<i>Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.</i>",
    ], font="Times-Roman")
    return truth("r11", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Volda", "Volda", o),
                 contact=("Oddny Myklebust", "oddny.myklebust@nav.no", "70058730"),
                 project=("Fleire i lære", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Nils Petter Håvik", "Nav-leiar", None, "electronic_approval"),
                       ("municipality", "Edvard Hjelmeland", "kommunalsjef for helse og omsorg", None, "electronic_approval")],
                 notes=["third year of a continuation is allowed (CONTINUATION_LIMIT only beyond the third)"])


def r12(out):
    """pdf-from-office: Bokmål prose letter in Word with ink pictures, converted by LibreOffice."""
    import shutil
    import subprocess
    import tempfile
    o = k.org("97451023")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "r12.docx"
        _docx_letter(src, [
            "Statsforvalteren i Innlandet",
            "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret, kunngjøring 2020",
            f"Nav Sør-Odal (org.nr {o}) søker om tilskudd til et nytt prosjekt, «Familieløftet Sør-Odal». "
            "Oppstart er planlagt 15. april 2020.",
            "Barnefamilier med langvarig behov for økonomisk sosialhjelp skal få én fast veileder som følger "
            "opp hele familien. Vi søker om en 80-prosent stilling og om kompetansemidler til opplæring "
            "i familiearbeid.",
            "<TABLE>",
            "Vi ønsker å være med i nettverk/klyngesamarbeid. Ekstern prosessevaluering er ikke aktuelt for oss.",
            "Kontaktperson er Jorunn Tveiten, jorunn.tveiten@nav.no, mobil 458 61 027.",
            "Med vennlig hilsen",
        ], table=[("Lønn og sosiale kostnader (80 %)", "kr 480 000"), ("Kompetansemidler", "kr 10 000"),
                  ("Totalt omsøkt", "kr 490 000")],
            inks=[(1201, "Skarnes, 27. januar 2020", "Morten Bjørklund, leder Nav Sør-Odal"),
                  (1202, "Skarnes, 27. januar 2020", "Elin Rudshaug, rådmann")])
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / "r12.pdf", out)
    return truth("r12", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Sør-Odal", "Sør-Odal", o),
                 contact=("Jorunn Tveiten", "jorunn.tveiten@nav.no", "45861027"),
                 project=("Familieløftet Sør-Odal", "new", "2020-04-15"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "other": None, "total": 490000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Morten Bjørklund", "leder Nav Sør-Odal", "2020-01-27", "handwritten"),
                       ("municipality", "Elin Rudshaug", "rådmann", "2020-01-27", "handwritten")])


def r13(out):
    """not-application: Nynorsk final report on last year's grant, scanned with a MOTTATT stamp."""
    p = k.Paper()
    p.text("Nav Stryn", 30, True)
    p.text("Til Statsforvaltaren i Vestland", 26)
    p.text("Stryn, 10.01.2020", 26)
    p.y += 20
    p.text("Sluttrapport for tilskotsåret 2019", 32, True)
    p.text("Tilskot til utvikling av sosiale tenester i Nav", 26)
    p.para("Nav Stryn fekk i 2019 tilskot på 610 000 kroner til ei stilling i prosjektet «Aktiv kvardag». "
           "Her rapporterer vi korleis midlane er brukte og kva resultat prosjektet har gitt. Stillinga var "
           "sett i 100 prosent frå 1. mars 2019, og 23 deltakarar har fått oppfølging. Av desse er 9 no i "
           "ordinært arbeid og 4 i utdanning.")
    p.para("Rekneskapen viser eit forbruk på 598 400 kroner. Unytta midlar, 11 600 kroner, blir betalte attende "
           "etter avtale. Prosjektet søkjer ikkje om vidareføring i 2020.")
    p.para("Kontaktperson: Eli Skrede, eli.skrede@nav.no, tlf. 57 87 44 10.")
    p.text("Helsing", 26)
    p.sigs([("Nav-leiar", "Stryn 10.01.2020", "Halvard Loen", "Nav-leiar", 1301)])
    im = k.stamp(p.img, (980, 60), date="14 JAN. 2020", colour=(30, 60, 170), angle=-8)
    k.image_pdf(out, [k.jpeg(k.noise(im.convert("L").convert("RGB"), 13, 6), 60)])
    t = near_miss("r13", "pdf", "nn", "a scanned final report (sluttrapport) on the 2019 grant; not an application")
    t["category"] = "not-application"
    t["tags"] = ["not-application"]
    return t


def r14(out):
    """bad-input: a well-formed PDF with zero pages."""
    from pypdf import PdfWriter
    w = PdfWriter()
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("r14", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["PDF with /Count 0: nothing to read"])


def r15(out):
    """bad-input: a .docx whose zip central directory is cut off (e-mail attachment truncated)."""
    import docx
    d = docx.Document()
    d.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    d.add_paragraph("Nav Lesja søker om midler til prosjektet Arbeid i bygda.")
    d.save(out)
    k.fix_zip(out)
    data = Path(out).read_bytes()
    Path(out).write_bytes(data[: int(len(data) * 0.6)])
    return truth("r15", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["docx truncated to 60 %: zip without central directory"])


DOCS = [("r01", "pdf", r01), ("r02", "pdf", r02), ("r03", "pdf", r03), ("r04", "pdf", r04), ("r05", "jpg", r05),
        ("r06", "pdf", r06), ("r07", "pdf", r07), ("r08", "docx", r08), ("r09", "docx", r09), ("r10", "docx", r10),
        ("r11", "pdf", r11), ("r12", "pdf", r12), ("r13", "pdf", r13), ("r14", "pdf", r14), ("r15", "docx", r15)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
