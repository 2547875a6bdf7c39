"""Adversarial corpus 27: SIGNATURES, APPROVALS AND LEADERSHIP as offices really do them.

Usage: build.py CACHE [--only z01,z05] [--write-truth]
Offline and seeded; every document is built from the facts written next to its truth.
"""
from __future__ import annotations

import io
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))
from truthlib import build_corpus, truth  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
ORD, BFU, SAAR = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"
PRIO_NB = {ORD: "Bruk av ordinært arbeidsliv", BFU: "Oppfølging av barnefamilier, ungdom og innvandrere",
           SAAR: "Sikring av sårbare overganger"}
PRIO_NN = {ORD: "Bruk av ordinært arbeidsliv", BFU: "Oppfølging av barnefamiliar, ungdom og innvandrarar",
           SAAR: "Sikring av sårbare overgangar"}
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def kr(n):
    return f"{n:,}".replace(",", " ")


def iso2no(d):
    y, m, dd = d.split("-")
    return f"{dd}.{m}.{y}"


class F:
    """The facts of one application."""

    def __init__(self, id, lang, office, muni, org, contact, title, kind, start, positions, competence,
                 prio, interest, sigs, expected=(), notes=()):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.positions_sum = sum(p[2] for p in positions)
        self.total = self.positions_sum + (competence or 0)
        self.pct = sum(p[1] for p in positions)

    def truth(self, ext, category, **kw):
        sigs = [(s["role"], s["name"], s.get("title"), s.get("date"), s["kind"]) for s in self.sigs if s.get("truth", True)]
        return truth(self.id, ext, category, lang=self.lang, scheme=S20, office=("Nav " + self.office, self.muni, self.org),
                     contact=self.contact, project=(self.title, self.kind, self.start), pct=self.pct,
                     amounts={"positions": self.positions_sum, "competence": self.competence, "other": None,
                              "total": self.total}, prio=self.prio, interest=self.interest, sigs=sigs,
                     expected=self.expected, notes=self.notes, **kw)


def body_lines(f: F, nn=False, office_upper=False):
    """Generic label/value lines of the application (everything but the signatures)."""
    P = PRIO_NN if nn else PRIO_NB
    off = ("NAV " if office_upper else "Nav ") + f.office
    y = "Ja" if True else ""
    kindtxt = {"new": "Nytt prosjekt" if not nn else "Nytt prosjekt",
               "continuation": "Vidareføring" if nn else "Videreføring"}[f.kind]
    L = []
    L.append(("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020" if nn else
              "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"))
    L.append(("p", "Søknadsfrist 1. februar 2020. Sendast til Statsforvaltaren." if nn else
              "Søknadsfrist 1. februar 2020. Sendes Fylkesmannen."))
    L.append(("s", "1. Søkjar" if nn else "1. Søker"))
    L.append(("kv", "Nav-kontor", off))
    L.append(("kv", "Kommune", f.muni))
    L.append(("kv", "Organisasjonsnummer", f.org[:3] + " " + f.org[3:6] + " " + f.org[6:]))
    L.append(("kv", "Kontaktperson", f.contact[0]))
    L.append(("kv", "E-post", f.contact[1]))
    L.append(("kv", "Telefon", f.contact[2][:2] + " " + f.contact[2][2:4] + " " + f.contact[2][4:6] + " " + f.contact[2][6:]))
    L.append(("s", "2. Prosjektet"))
    L.append(("kv", "Namn på prosjektet" if nn else "Prosjektets navn", f.title))
    L.append(("kv", "Nytt prosjekt eller vidareføring" if nn else "Nytt prosjekt eller videreføring", kindtxt))
    L.append(("kv", "Oppstart" if nn else "Planlagt oppstart", iso2no(f.start)))
    L.append(("s", "3. Stillingar og budsjett" if nn else "3. Stillinger og budsjett"))
    for t, p, a in f.positions:
        L.append(("kv", f"Stilling: {t}", f"{p} % – kr {kr(a)}"))
    L.append(("kv", "Løn og sosiale kostnader" if nn else "Lønn og sosiale kostnader", f"kr {kr(f.positions_sum)}"))
    L.append(("kv", "Kompetansemidlar" if nn else "Kompetansemidler", f"kr {kr(f.competence)}"))
    L.append(("kv", "Sum det vert søkt om" if nn else "Sum omsøkt", f"kr {kr(f.total)}"))
    L.append(("s", "4. Prioriterte område" if nn else "4. Prioriterte områder"))
    for k, v in P.items():
        L.append(("cb", v, k in f.prio))
    L.append(("s", "5. Interesse"))
    L.append(("kv", "Interessert i nettverk/klyngesamarbeid" if nn else "Interessert i nettverk / klyngesamarbeid",
              "Ja" if f.interest[0] else "Nei"))
    L.append(("kv", "Interessert i ekstern prosessevaluering", "Ja" if f.interest[1] else "Nei"))
    return L


# ---------------------------------------------------------------- ink
def ink_png(seed, w=420, h=110, color=(20, 30, 110)):
    from PIL import Image, ImageDraw
    R = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x, yv = 15, h * 0.6
    pts = []
    while x < w - 20:
        x += R.uniform(6, 16)
        yv = max(12, min(h - 12, yv + R.uniform(-28, 28)))
        pts.append((x, yv))
    d.line(pts, fill=color + (255,), width=4, joint="curve")
    d.line([(20, h * 0.78), (w * 0.8, h * 0.7)], fill=color + (255,), width=3)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def ink_rl(c, x, y, seed, w=150, h=30):
    """Draw a pen scribble with reportlab Bezier curves."""
    R = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(1.4)
    p = c.beginPath()
    p.moveTo(x, y + h * 0.3)
    cx = x
    while cx < x + w:
        nx = cx + R.uniform(12, 26)
        p.curveTo(cx + 4, y + R.uniform(0, h), nx - 4, y + R.uniform(-4, h), nx, y + R.uniform(2, h * 0.7))
        cx = nx
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + 5, y - 2, x + w * 0.8, y + 2)
    c.restoreState()


# ---------------------------------------------------------------- reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, p in (("DV", FONT), ("DVB", FONTB), ("DVS", SERIF)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, p))


class Pager:
    def __init__(self, path, font="DV"):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        rl_fonts()
        self.c = canvas.Canvas(path if hasattr(path, "write") else str(path), pagesize=A4, invariant=1)
        self.W, self.H = A4
        self.font = font
        self.y = self.H - 60
        self.page = 1

    def need(self, h):
        if self.y - h < 60:
            self.c.showPage()
            self.page += 1
            self.y = self.H - 60

    def text(self, s, size=10, x=60, bold=False, dy=None):
        self.need(size + 6)
        self.c.setFont("DVB" if bold else self.font, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy or (size + 6)

    def lines(self, L, labelw=230, box=("■", "□")):
        for item in L:
            k = item[0]
            if k == "h":
                self.text(item[1], 13, bold=True, dy=22)
            elif k == "p":
                self.text(item[1], 9)
            elif k == "s":
                self.y -= 6
                self.text(item[1], 11, bold=True)
            elif k == "kv":
                self.need(16)
                self.c.setFont(self.font, 10)
                self.c.drawString(60, self.y, item[1] + ":")
                self.c.drawString(60 + labelw, self.y, item[2])
                self.y -= 16
            elif k == "cb":
                self.text(f"{box[0] if item[2] else box[1]}  {item[1]}", 10)

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- docx helpers
def normalize_zip(path):
    """Rewrite a zip with fixed timestamps so the bytes are identical on every build."""
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in zin.infolist():
            zi = zipfile.ZipInfo(i.filename, date_time=(2020, 1, 20, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(i.filename))
    Path(path).write_bytes(out.getvalue())


def new_doc():
    import datetime as dt

    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Nav"
    cp.created = cp.modified = dt.datetime(2020, 1, 20, 12, 0, 0)
    cp.last_modified_by = "Nav"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    return d


def doc_lines(d, L, box=("☑", "☐"), table=True):
    """Form lines as a two-column table per section (labels left)."""
    from docx.shared import Pt
    tbl = None
    for item in L:
        k = item[0]
        if k == "h":
            d.add_heading(item[1], 1)
            tbl = None
        elif k == "p":
            d.add_paragraph(item[1])
            tbl = None
        elif k == "s":
            d.add_heading(item[1], 2)
            tbl = None
        elif k == "kv":
            if tbl is None:
                tbl = d.add_table(rows=0, cols=2)
                tbl.style = "Table Grid"
            r = tbl.add_row().cells
            r[0].text, r[1].text = item[1], item[2]
        elif k == "cb":
            p = d.add_paragraph(f"{box[0] if item[2] else box[1]} {item[1]}")
            p.runs[0].font.size = Pt(11)
            tbl = None


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/u", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=240)
        pdf = Path(td) / (Path(docx_path).stem + ".pdf")
        stabilize_pdf(pdf, pdf_path)


def stabilize_pdf(src, dst):
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(str(src)))
    w.add_metadata({"/Producer": "LibreOffice 7", "/CreationDate": "D:20200120120000+01'00'",
                    "/ModDate": "D:20200120120000+01'00'"})
    from pypdf.generic import ArrayObject, ByteStringObject
    w._ID = ArrayObject([ByteStringObject(b"adv27-fixed-id00"), ByteStringObject(b"adv27-fixed-id00")])
    with open(dst, "wb") as fh:
        w.write(fh)


# ================================================================ documents
DOCS = []


def doc(id_, ext):
    def deco(fn):
        DOCS.append((id_, ext, fn))
        return fn
    return deco


# ---- z01 docx-form: "Dato | Underskrift | Navn med blokkbokstaver | Stilling", ink pictures, names in capitals
Z01 = F("z01", "nb", "Ringerike", "Ringerike", "944311483", ("Marte Bjørnstad", "marte.bjornstad@nav.no", "32117845"),
        "Arbeid først for unge voksne", "new", "2020-05-01", [("Jobbspesialist", 100, 590000)], 10000, [ORD, SAAR],
        (True, False),
        [dict(role="nav_leader", name="GUNNAR HAUGLAND", title="Nav-leder", date="2020-01-23", kind="handwritten"),
         dict(role="municipality", name="TONE ASKIM", title="Kommunedirektør", date="2020-01-27", kind="handwritten")])


@doc("z01", "docx")
def b_z01(out):
    from docx.shared import Cm
    f = Z01
    d = new_doc()
    doc_lines(d, body_lines(f))
    d.add_heading("6. Underskrifter", 2)
    d.add_paragraph("Søknaden er forankret i kommuneledelsen og underskrives av leder av Nav-kontoret og kommunedirektør.")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Dato", "Underskrift", "Navn med blokkbokstaver", "Stilling")):
        t.rows[0].cells[i].text = h
    for r, s, seed in ((1, f.sigs[0], 101), (2, f.sigs[1], 102)):
        c = t.rows[r].cells
        c[0].text = iso2no(s["date"])
        c[1].paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(4))
        c[2].text = s["name"]
        c[3].text = s["title"]
    d.save(out)
    normalize_zip(out)
    return f.truth("docx", "docx-form")


# ---- z02 docx-form nn: "Godkjent elektronisk i kommunen sitt sakshandsamingssystem", Sakshandsamar is not a signer
Z02 = F("z02", "nn", "Sogndal", "Sogndal", "945623373", ("Ingvild Hatlevik", "ingvild.hatlevik@nav.no", "57629310"),
        "Saman om overgangane", "continuation", "2020-03-01", [("Rettleiar", 80, 470000)], 10000, [SAAR],
        (False, True),
        [dict(role="nav_leader", name="Oddbjørn Lidal", title="Nav-leiar", date="2020-01-29", kind="electronic_approval"),
         dict(role="municipality", name="Randi Hovland", title="Kommunalsjef for helse og velferd", date="2020-01-30",
              kind="electronic_approval")],
        notes=["Sakshandsamar Eirik Fosse is named in the approval box and is not a signer."])


@doc("z02", "docx")
def b_z02(out):
    f = Z02
    d = new_doc()
    doc_lines(d, body_lines(f, nn=True), box=("☒", "☐"))
    d.add_heading("6. Godkjenning", 2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("Godkjent av Nav-leiar", "Oddbjørn Lidal, Nav-leiar – 29.01.2020"),
            ("Godkjent av kommuneleiinga", "Randi Hovland, kommunalsjef for helse og velferd – 30.01.2020"),
            ("Sakshandsamar", "Eirik Fosse, rådgjevar"),
            ("Merknad", "Godkjent elektronisk i kommunen sitt sakshandsamingssystem (Elements). "
                        "Dokumentet har difor ikkje handskrivne signaturar.")]
    for i, (a, b) in enumerate(rows):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    d.save(out)
    normalize_zip(out)
    return f.truth("docx", "docx-form")


# ---- z03 docx-letter nb: "Med hilsen ... Nav-leder" + "Sett og godkjent: ... kommunalsjef", typed; Saksbehandler in header
Z03 = F("z03", "nb", "Steinkjer", "Steinkjer", "891966075", ("Håkon Vold", "hakon.vold@nav.no", "74168820"),
        "Familieløftet Steinkjer", "new", "2020-08-01", [("Familiekoordinator", 100, 600000)], 10000, [BFU],
        (True, True),
        [dict(role="nav_leader", name="Siri Almås", title="Nav-leder", date="2020-01-24", kind="typed"),
         dict(role="municipality", name="Kjell Ove Rygg", title="Kommunalsjef", date="2020-01-24", kind="typed")],
        expected=["SIGNATURE_UNVERIFIED"],
        notes=["Saksbehandler Lene Moe in the letterhead is not a signer; the contact person Håkon Vold does not sign."])


@doc("z03", "docx")
def b_z03(out):
    f = Z03
    d = new_doc()
    for s in ("Nav Steinkjer", "Postboks 2560, 7735 Steinkjer", "",
              "Fylkesmannen i Trøndelag", "Postboks 2600, 7734 Steinkjer", "",
              "Vår dato: 24.01.2020        Vår ref.: 20/1187        Saksbehandler: Lene Moe, tlf. 74 16 88 00", ""):
        d.add_paragraph(s)
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Familieløftet Steinkjer»", 2)
    for s in (
        f"Nav Steinkjer (org.nr. 891 966 075) søker med dette om tilskudd til prosjektet «{f.title}». "
        "Prosjektet er nytt og skal starte 1. august 2020.",
        "Målgruppen er barnefamilier med lav inntekt. Prosjektet retter seg mot oppfølging av barnefamilier, "
        "ungdom og innvandrere, som er ett av de prioriterte områdene i kunngjøringen.",
        "Vi søker om midler til én 100 % stilling som familiekoordinator, kr 600 000 i lønn og sosiale kostnader, "
        "og kr 10 000 til kompetanse. Samlet søknadsbeløp er kr 610 000.",
        "Nav Steinkjer er interessert i å delta i nettverk/klyngesamarbeid og stiller seg positiv til ekstern "
        "prosessevaluering.",
        f"Kontaktperson for søknaden er prosjektleder {f.contact[0]}, e-post {f.contact[1]}, telefon 74 16 88 20.",
    ):
        d.add_paragraph(s)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate((("Budsjettpost", "Beløp"), ("Lønn og sosiale kostnader, 100 % stilling", "600 000"),
                                ("Kompetanse", "10 000"), ("Sum", "610 000"))):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    d.add_paragraph("")
    d.add_paragraph("Med hilsen")
    d.add_paragraph("")
    d.add_paragraph("Siri Almås")
    d.add_paragraph("Nav-leder")
    d.add_paragraph("")
    d.add_paragraph("Sett og godkjent for Steinkjer kommune:")
    d.add_paragraph("Steinkjer, 24.01.2020")
    d.add_paragraph("Kjell Ove Rygg")
    d.add_paragraph("kommunalsjef")
    d.save(out)
    normalize_zip(out)
    return f.truth("docx", "docx-letter")


# ---- z04 docx-letter nn: konstituert Nav-leiar, kommunedirektør, "elektronisk godkjent og har difor ikkje ..."
Z04 = F("z04", "nn", "Voss", "Voss", "907429598", ("Solfrid Mæland", "solfrid.maeland@nav.no", "56523140"),
        "Ungdomsloset", "continuation", "2020-01-01", [("Ungdomsrettleiar", 100, 580000), ("Jobbspesialist", 50, 300000)],
        10000, [BFU, ORD], (True, False),
        [dict(role="nav_leader", name="Trond Lirhus", title="Konstituert Nav-leiar", date="2020-01-28",
              kind="electronic_approval"),
         dict(role="municipality", name="Kari Seim", title="Kommunedirektør", date="2020-01-28",
              kind="electronic_approval")])


@doc("z04", "docx")
def b_z04(out):
    f = Z04
    d = new_doc()
    for s in ("NAV Voss", "Statsforvaltaren i Vestland", "", "Voss, 28. januar 2020", ""):
        d.add_paragraph(s)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – Ungdomsloset", 2)
    for s in (
        "Nav Voss, organisasjonsnummer 907429598, søkjer om vidareføring av prosjektet «Ungdomsloset» for "
        "andre prosjektår. Prosjektet held fram frå 1. januar 2020.",
        "Prosjektet følgjer opp ungdom og unge innvandrarar og brukar det ordinære arbeidslivet aktivt. "
        "Vi søkjer om 150 % stilling: ein ungdomsrettleiar i 100 % stilling (kr 580 000) og ein jobbspesialist "
        "i 50 % stilling (kr 300 000). Til kompetanse søkjer vi kr 10 000. Til saman vert det søkt om kr 890 000.",
        "Vi er interesserte i nettverk og klyngesamarbeid, men ikkje i ekstern prosessevaluering.",
        f"Kontaktperson: {f.contact[0]}, {f.contact[1]}, telefon 565 23 140.",
    ):
        d.add_paragraph(s)
    d.add_paragraph("")
    d.add_paragraph("Med helsing")
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text = "Trond Lirhus"
    t.rows[0].cells[1].text = "Kari Seim"
    t.rows[1].cells[0].text = "konstituert Nav-leiar"
    t.rows[1].cells[1].text = "kommunedirektør"
    d.add_paragraph("")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    d.save(out)
    normalize_zip(out)
    return f.truth("docx", "docx-letter")


# ---- z05 pdf-text: side-by-side "Sted og dato" blocks, title before name, electronic approval statement
Z05 = F("z05", "nb", "Elverum", "Elverum", "827248029", ("Anders Kolstad", "anders.kolstad@nav.no", "62413370"),
        "Veien videre", "new", "2020-04-01", [("Veileder", 100, 610000)], 10000, [SAAR],
        (False, False),
        [dict(role="nav_leader", name="Hilde Bakken", title="Nav-leder", date="2020-01-21", kind="electronic_approval"),
         dict(role="municipality", name="Arne Nordhagen", title="Rådmann", date="2020-01-22", kind="electronic_approval")])


@doc("z05", "pdf")
def b_z05(out):
    f = Z05
    p = Pager(out)
    p.lines(body_lines(f, office_upper=True), box=("[X]", "[  ]"))
    p.need(150)
    p.y -= 10
    p.text("7. Underskrift", 11, bold=True)
    c = p.c
    y = p.y - 10
    for x, (place, date, title, name) in ((60, ("Elverum", "21.01.2020", "Nav-leder", "Hilde Bakken")),
                                          (310, ("Elverum", "22.01.2020", "Rådmann", "Arne Nordhagen"))):
        c.setFont("DV", 9)
        c.drawString(x, y, "Sted og dato:")
        c.setFont("DV", 10)
        c.drawString(x, y - 14, f"{place}, {date}")
        c.line(x, y - 40, x + 200, y - 40)
        c.drawString(x, y - 54, f"{title} {name}")
    c.setFont("DV", 8)
    c.drawString(60, y - 84, "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.")
    p.y = y - 100
    p.save()
    return f.truth("pdf", "pdf-text")


# ---- z06 pdf-text DEFECT: the municipal line left empty, only the Nav leader approved electronically
Z06 = F("z06", "nb", "Hamar", "Hamar", "872599614", ("Guro Stensrud", "guro.stensrud@nav.no", "62547120"),
        "Inn i jobb", "new", "2020-06-01", [("Jobbkonsulent", 100, 560000)], 10000, [ORD],
        (True, True),
        [dict(role="nav_leader", name="Petter Sand", title="Nav-leder", date="2020-01-30", kind="electronic_approval")],
        expected=["SIGNATURE_MUNICIPALITY_MISSING"],
        notes=["Planted defect: the 'For kommunen (rådmann/kommunalsjef)' block has a line, a Sted/dato caption and nothing else."])


@doc("z06", "pdf")
def b_z06(out):
    f = Z06
    p = Pager(out)
    p.lines(body_lines(f), box=("☒", "☐"))
    p.need(170)
    p.text("6. Forankring og underskrift", 11, bold=True)
    c = p.c
    y = p.y - 6
    c.setFont("DV", 10)
    c.drawString(60, y, "For Nav-kontoret:")
    c.drawString(60, y - 16, "Godkjent elektronisk 30.01.2020 av Petter Sand, Nav-leder")
    c.drawString(60, y - 50, "For kommunen (rådmann / kommunalsjef):")
    c.line(60, y - 86, 300, y - 86)
    c.setFont("DV", 8)
    c.drawString(60, y - 96, "Sted/dato")
    c.line(320, y - 86, 540, y - 86)
    c.drawString(320, y - 96, "Underskrift og stilling")
    p.y = y - 110
    p.save()
    return f.truth("pdf", "pdf-text")


# ---- z07 pdf-from-office: the application signed by the Nav leader (ink), the kommunedirektør's approval letter behind
Z07 = F("z07", "nb", "Gjøvik", "Gjøvik", "977505240", ("Maria Lunde", "maria.lunde@nav.no", "61146200"),
        "Tett på familien", "new", "2020-03-01", [("Familieveileder", 100, 545000)], 10000, [BFU],
        (True, False),
        [dict(role="nav_leader", name="Ole Kristian Bøe", title="Nav-leder", date="2020-01-20", kind="handwritten"),
         dict(role="municipality", name="Ingrid Vestre", title="Kommunedirektør", date="2020-01-22", kind="handwritten")],
        notes=["The municipal signature is in a short approval letter from the kommunedirektør attached behind the application (judgement call, see README)."])


@doc("z07", "pdf")
def b_z07(out):
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm
    f = Z07
    d = new_doc()
    doc_lines(d, body_lines(f))
    d.add_heading("6. Underskrift Nav-kontoret", 2)
    d.add_paragraph("Gjøvik, 20.01.2020")
    d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(701)), width=Cm(4.5))
    d.add_paragraph("Ole Kristian Bøe")
    d.add_paragraph("Nav-leder, Nav Gjøvik")
    d.add_paragraph("Kommunens godkjenning følger som eget vedlegg.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for s in ("Gjøvik kommune", "Kommunedirektøren", "", "Nav Gjøvik v/ Nav-leder", "", "Gjøvik, 22.01.2020", ""):
        d.add_paragraph(s)
    d.add_heading("Kommunens godkjenning av søknad om tilskudd – «Tett på familien»", 2)
    d.add_paragraph("Gjøvik kommune ved kommunedirektøren har gjennomgått søknaden fra Nav Gjøvik om tilskudd til "
                    "utvikling av sosiale tjenester i Nav-kontoret 2020. Prosjektet er forankret i kommuneledelsen, "
                    "og kommunen stiller seg bak søknaden.")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(702)), width=Cm(4.5))
    d.add_paragraph("Ingrid Vestre")
    d.add_paragraph("kommunedirektør")
    with tempfile.TemporaryDirectory() as td:
        dp = Path(td) / "z07.docx"
        d.save(dp)
        docx_to_pdf(dp, out)
    return f.truth("pdf", "pdf-from-office")


# ---- z08 pdf-from-office DEFECT: the second signer is the project leader, not the municipal leadership
Z08 = F("z08", "nb", "Kongsberg", "Kongsberg", "878155068", ("Jonas Rui", "jonas.rui@nav.no", "32299410"),
        "Kvalifisering i praksis", "new", "2020-09-01", [("Prosjektleder", 100, 590000)], 10000, [ORD, BFU],
        (False, True),
        [dict(role="nav_leader", name="Eva Granli", title="Nav-leder", date="2020-01-27", kind="handwritten")],
        expected=["SIGNATURE_MUNICIPALITY_MISSING"],
        notes=["Planted defect: the signature table has Nav-leder and Prosjektleder (the contact person) signing; "
               "nobody from the municipal leadership signs."])


@doc("z08", "pdf")
def b_z08(out):
    from docx.shared import Cm
    f = Z08
    d = new_doc()
    doc_lines(d, body_lines(f))
    d.add_heading("6. Underskrifter", 2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Leder Nav-kontor"
    t.rows[0].cells[1].text = "Prosjektleder"
    t.rows[1].cells[0].paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(801)), width=Cm(4))
    t.rows[1].cells[1].paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(802)), width=Cm(4))
    t.rows[2].cells[0].text = "Eva Granli, Nav-leder"
    t.rows[2].cells[1].text = "Jonas Rui, prosjektleder"
    t.rows[3].cells[0].text = "Sted/dato: Kongsberg, 27.01.2020"
    t.rows[3].cells[1].text = "Sted/dato: Kongsberg, 27.01.2020"
    with tempfile.TemporaryDirectory() as td:
        dp = Path(td) / "z08.docx"
        d.save(dp)
        docx_to_pdf(dp, out)
    return f.truth("pdf", "pdf-from-office")


# ---- AcroForm helper
def acro_form(out, f, nn, fields_sig, ink_on=None):
    """A fillable form: labels drawn by reportlab, values in text fields filled with pypdf."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    tmp = io.BytesIO()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_fonts()
    c = canvas.Canvas(tmp, pagesize=A4, invariant=1)
    af = c.acroForm
    y = 790
    vals, checks = {}, {}
    n = 0
    for item in body_lines(f, nn=nn):
        k = item[0]
        if y < 80:
            c.showPage()
            y = 790
        if k in ("h", "s", "p"):
            c.setFont("DVB" if k != "p" else "DV", 12 if k == "h" else 10)
            c.drawString(50, y, item[1])
            y -= 20
        elif k == "kv":
            n += 1
            c.setFont("DV", 9)
            c.drawString(50, y, item[1])
            name = f"felt{n:02d}"
            af.textfield(name=name, x=280, y=y - 5, width=260, height=16, borderWidth=0.5, fontSize=9)
            vals[name] = item[2]
            y -= 20
        elif k == "cb":
            n += 1
            name = f"avkryss{n:02d}"
            af.checkbox(name=name, x=50, y=y - 4, size=12, checked=False, buttonStyle="cross")
            checks[name] = item[2]
            c.setFont("DV", 9)
            c.drawString(70, y, item[1])
            y -= 18
    c.showPage()
    y = 780
    c.setFont("DVB", 11)
    c.drawString(50, y, "Underskrift" if not nn else "Underskrift / signatur")
    y -= 30
    for block, rows in fields_sig:
        c.setFont("DVB", 10)
        c.drawString(50, y, block)
        y -= 22
        for lab, name, val in rows:
            c.setFont("DV", 9)
            c.drawString(50, y, lab)
            af.textfield(name=name, x=200, y=y - 5, width=300, height=16, borderWidth=0.5, fontSize=9)
            if val:
                vals[name] = val
            y -= 22
        if ink_on and ink_on[0] == block:
            c.setFont("DV", 9)
            c.drawString(50, y, "Signatur:")
            ink_rl(c, 200, y - 6, ink_on[1])
            y -= 34
        y -= 14
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(tmp.getvalue()))
    w = PdfWriter(clone_from=r)
    for page in w.pages:
        w.update_page_form_field_values(page, {k: v for k, v in vals.items()}, auto_regenerate=False)
        for a in page.get("/Annots", []) or []:
            o = a.get_object()
            nm = o.get("/T")
            if nm in checks and checks[nm]:
                o[NameObject("/V")] = NameObject("/Yes")
                o[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    from pypdf.generic import ArrayObject, ByteStringObject
    w._ID = ArrayObject([ByteStringObject(b"adv27-acroform-1"), ByteStringObject(b"adv27-acroform-1")])
    with open(out, "wb") as fh:
        w.write(fh)


# ---- z09 pdf-acroform nn: signature fields "Namn / Stilling / Stad og dato", typed
Z09 = F("z09", "nn", "Ørsta", "Ørsta", "914481473", ("Brynjar Aam", "brynjar.aam@nav.no", "70048115"),
        "Inkludering gjennom arbeid", "new", "2020-08-15", [("Jobbspesialist", 60, 360000)], 8000, [ORD],
        (True, True),
        [dict(role="nav_leader", name="Åse Vartdal", title="Nav-leiar", date="2020-01-29", kind="typed"),
         dict(role="municipality", name="Lars Ove Bjørdal", title="Rådmann", date="2020-01-30", kind="typed")],
        expected=["SIGNATURE_UNVERIFIED"])


@doc("z09", "pdf")
def b_z09(out):
    f = Z09
    acro_form(out, f, True, [
        ("Nav-kontoret", [("Namn", "nl_namn", "Åse Vartdal"), ("Stilling", "nl_stilling", "Nav-leiar"),
                          ("Stad og dato", "nl_dato", "Ørsta, 29.01.2020")]),
        ("Kommuneleiinga", [("Namn", "k_namn", "Lars Ove Bjørdal"), ("Stilling", "k_stilling", "Rådmann"),
                            ("Stad og dato", "k_dato", "Ørsta, 30.01.2020")])])
    return f.truth("pdf", "pdf-acroform")


# ---- z10 pdf-acroform DEFECT: the Nav leader's fields are empty; the kommunalsjef's are filled and inked
Z10 = F("z10", "nb", "Levanger", "Levanger", "948190435", ("Turid Skjærvø", "turid.skjaervo@nav.no", "74052260"),
        "Overgang skole–arbeid", "new", "2020-08-01", [("Veileder", 100, 575000)], 10000, [SAAR, BFU],
        (False, False),
        [dict(role="municipality", name="Bjørn Inge Hoff", title="Kommunalsjef", date="2020-01-25", kind="handwritten")],
        expected=["SIGNATURE_NAV_LEADER_MISSING"],
        notes=["Planted defect: the Nav-leder fields (name, title, date) are left empty and have no ink."])


@doc("z10", "pdf")
def b_z10(out):
    f = Z10
    acro_form(out, f, False, [
        ("Leder av Nav-kontoret", [("Navn", "nav_navn", ""), ("Tittel", "nav_tittel", ""), ("Sted og dato", "nav_dato", "")]),
        ("Kommunens ledelse", [("Navn", "kom_navn", "Bjørn Inge Hoff"), ("Tittel", "kom_tittel", "Kommunalsjef"),
                               ("Sted og dato", "kom_dato", "Levanger, 25.01.2020")])],
        ink_on=("Kommunens ledelse", 1001))
    return f.truth("pdf", "pdf-acroform")


# ---- z11 pdf-handwritten: stacked blocks, name then title on the line below; konstituert Nav-leder; "for rådmannen"
Z11 = F("z11", "nb", "Nord-Fron", "Nord-Fron", "988109053", ("Eli Sveen", "eli.sveen@nav.no", "61216540"),
        "Sammen mot jobb", "continuation", "2020-02-01", [("Jobbveileder", 100, 600000)], 10000, [ORD, SAAR],
        (True, False),
        [dict(role="nav_leader", name="Rune Haugen", title="Konstituert Nav-leder", date="2020-01-17", kind="handwritten"),
         dict(role="municipality", name="Lise Dahl", title="Kommunalsjef for helse og velferd", date="2020-01-20",
              kind="handwritten")],
        notes=["Lise Dahl signs 'for rådmannen' as kommunalsjef for helse og velferd: municipal leadership in her own right."])


@doc("z11", "pdf")
def b_z11(out):
    f = Z11
    p = Pager(out)
    p.lines(body_lines(f), box=("✔", "–"))
    p.need(250)
    p.y -= 8
    p.text("Underskrifter", 11, bold=True)
    c = p.c
    y = p.y
    for label, place, name, title, seed in (
            ("Leder av Nav-kontoret", "Vinstra, 17.01.2020", "Rune Haugen", "konstituert Nav-leder", 1101),
            ("For rådmannen", "Vinstra, 20.01.2020", "Lise Dahl", "kommunalsjef for helse og velferd", 1102)):
        c.setFont("DVB", 9)
        c.drawString(60, y, label)
        c.setFont("DV", 10)
        c.drawString(60, y - 16, f"Sted og dato: {place}")
        ink_rl(c, 70, y - 48, seed)
        c.line(60, y - 52, 300, y - 52)
        c.drawString(60, y - 66, name)
        c.setFont("DV", 9)
        c.drawString(60, y - 79, title)
        y -= 110
    p.y = y
    p.save()
    return f.truth("pdf", "pdf-handwritten")


# ---- z12 pdf-handwritten DEFECT: both sign in ink, the rådmann after the deadline
Z12 = F("z12", "nb", "Tynset", "Tynset", "849108662", ("Knut Brennodden", "knut.brennodden@nav.no", "62485510"),
        "Ungdom i arbeid", "new", "2020-04-01", [("Ungdomsveileder", 100, 520000)], 10000, [BFU],
        (True, True),
        [dict(role="nav_leader", name="Astrid Moen", title="Nav-leder", date="2020-01-31", kind="handwritten"),
         dict(role="municipality", name="Jon Ivar Tangen", title="Rådmann", date="2020-02-12", kind="handwritten")],
        expected=["SIGNED_AFTER_DEADLINE"],
        notes=["Planted defect: the rådmann dated his signature 12.02.2020, after the 1 February 2020 deadline."])


@doc("z12", "pdf")
def b_z12(out):
    f = Z12
    p = Pager(out)
    p.lines(body_lines(f), box=("[x]", "[ ]"))
    p.need(200)
    p.text("Signaturer", 11, bold=True)
    c = p.c
    y = p.y - 4
    # a ruled table: Stilling | Navn | Dato | Signatur
    cols = [60, 160, 290, 380, 540]
    rows = [("Stilling", "Navn", "Dato", "Signatur"), ("Nav-leder", "Astrid Moen", "31.01.2020", None),
            ("Rådmann", "Jon Ivar Tangen", "12.02.2020", None)]
    for i, r in enumerate(rows):
        top = y - i * 40
        for x in cols:
            c.line(x, top, x, top - 40)
        c.line(cols[0], top, cols[-1], top)
        c.setFont("DVB" if i == 0 else "DV", 9)
        for j, s in enumerate(r):
            if s:
                c.drawString(cols[j] + 4, top - 24, s)
        if i:
            ink_rl(c, cols[3] + 6, top - 34, 1200 + i, w=140, h=26)
    c.line(cols[0], y - 120, cols[-1], y - 120)
    p.y = y - 130
    p.save()
    return f.truth("pdf", "pdf-handwritten")


# ---- z13 pdf-scanned: a Nynorsk form printed, signed, photographed at an angle with a shadow, 150 dpi JPEG
Z13 = F("z13", "nn", "Stryn", "Stryn", "814327973", ("Hege Loen", "hege.loen@nav.no", "57877020"),
        "Vegen til arbeid", "new", "2020-05-01", [("Rettleiar", 100, 540000)], 10000, [ORD, SAAR],
        (True, False),
        [dict(role="nav_leader", name="Sindre Flo", title="Nav-leiar", date="2020-01-22", kind="handwritten"),
         dict(role="municipality", name="Marit Ytre", title="Kommunedirektør", date="2020-01-23", kind="handwritten")])


@doc("z13", "pdf")
def b_z13(out):
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    f = Z13
    src = io.BytesIO()
    p = Pager(src, font="DVS")
    p.lines(body_lines(f, nn=True), box=("■", "□"))
    p.need(180)
    p.text("Underskrift", 11, bold=True)
    c = p.c
    y = p.y - 6
    for x, (who, name, dt, seed) in ((60, ("Nav-leiar", "Sindre Flo", "Stryn 22.01.2020", 1301)),
                                     (320, ("Kommunedirektør", "Marit Ytre", "Stryn 23.01.2020", 1302))):
        c.setFont("DVS", 10)
        c.drawString(x, y, f"Stad/dato: {dt}")
        ink_rl(c, x + 5, y - 40, seed)
        c.line(x, y - 44, x + 220, y - 44)
        c.drawString(x, y - 58, name)
        c.drawString(x, y - 72, who)
    p.y = y - 90
    p.save()
    pdf = pdfium.PdfDocument(src.getvalue())
    imgs = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=150 / 72).to_pil().convert("L")
        R = random.Random(1300 + i)
        im = im.rotate(2.2 + i * 0.6, resample=Image.BICUBIC, expand=True, fillcolor=235)
        w, h = im.size
        shade = Image.linear_gradient("L").rotate(90).resize((w, h))  # dark on the left edge
        shade = shade.point(lambda v: 150 + int(v * 105 / 255))
        from PIL import ImageChops
        im = ImageChops.multiply(im, shade)
        im = ImageEnhance.Contrast(im).enhance(0.8).filter(ImageFilter.GaussianBlur(0.6))
        noise = Image.frombytes("L", (w, h), bytes(R.getrandbits(8) // 12 for _ in range(w * h)))
        im = ImageChops.subtract(im, noise)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=45)
        imgs.append(Image.open(io.BytesIO(b.getvalue())))
        R.random()
    import datetime as dt
    fixed = __import__("time").gmtime(1579770000)  # 2020-01-23 09:00 UTC
    imgs[0].save(out, "PDF", resolution=150, save_all=True, append_images=imgs[1:], creationDate=fixed, modDate=fixed,
                 producer="Canon iR-ADV C5535")
    t = f.truth("pdf", "pdf-scanned", optional=["LOW_CONFIDENCE"])
    return t


# ---- PAdES helpers
def pades_sign(inp: bytes, key_pem: str, cn: str, when, field, box=None, page=0) -> bytes:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers import pdf_signer
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from asn1crypto import keys as akeys, x509 as ax509

    key = serialization.load_pem_private_key(key_pem.encode(), None)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(27000 + sum(map(ord, cn))).not_valid_before(dt.datetime(2019, 1, 1))
            .not_valid_after(dt.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=acert, signing_key=akey, cert_registry=SimpleCertificateStore.from_certs([acert]))

    class Fixed(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return when

    import hashlib
    import types

    from pyhanko.pdf_utils import incremental_writer as iw
    from pyhanko.pdf_utils.metadata import info as minfo, xmp_xml
    ctr = [0]

    def urandom(n):  # the document /ID of the update, seeded by signer and time
        ctr[0] += 1
        return hashlib.sha256(f"{cn}|{when}|{ctr[0]}".encode()).digest()[:n]

    saved = [(m, a, getattr(m, a)) for m, a in ((pdf_signer, "datetime"), (minfo, "datetime"), (xmp_xml, "datetime"),
                                                (iw, "os"))]
    pdf_signer.datetime = minfo.datetime = xmp_xml.datetime = Fixed
    iw.os = types.SimpleNamespace(urandom=urandom)
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(inp))
        spec = fields.SigFieldSpec(field, on_page=page, box=box) if box else fields.SigFieldSpec(field)
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                            md_algorithm="sha256", name=cn)
        ps = signers.PdfSigner(meta, signer=signer, new_field_spec=spec)
        outb = io.BytesIO()
        ps.sign_pdf(w, output=outb)
    finally:
        for m, a, v in saved:
            setattr(m, a, v)
    return outb.getvalue()


def tz_oslo(y, m, d, hh=10):
    import datetime as dt
    return dt.datetime(y, m, d, hh, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


# ---- z14 pdf-pades: two PAdES signatures (Nav-leiar, kommunedirektør), names printed under "Signert digitalt"
Z14 = F("z14", "nb", "Molde", "Molde", "839540728", ("Siv Aukrust", "siv.aukrust@nav.no", "71111890"),
        "Flere i arbeid", "continuation", "2020-01-01", [("Jobbspesialist", 100, 605000), ("Veileder", 100, 600000)],
        10000, [ORD, BFU], (True, True),
        [dict(role="nav_leader", name="Geir Ove Reiten", title="Nav-leder", date="2020-01-24", kind="digital"),
         dict(role="municipality", name="Berit Lindset", title="Kommunedirektør", date="2020-01-27", kind="digital")])


@doc("z14", "pdf")
def b_z14(out):
    from testkeys27 import KEYS
    f = Z14
    src = io.BytesIO()
    p = Pager(src)
    p.lines(body_lines(f), box=("☒", "☐"))
    p.need(160)
    p.text("Signering", 11, bold=True)
    p.text("Søknaden signeres digitalt av leder for Nav Molde og kommunedirektøren i Molde kommune.", 9)
    c = p.c
    y = p.y - 10
    c.setFont("DV", 9)
    c.drawString(60, y, "Geir Ove Reiten, Nav-leder")
    c.drawString(320, y, "Berit Lindset, kommunedirektør")
    pg = p.page - 1
    sy = y - 80
    p.save()
    b = pades_sign(src.getvalue(), KEYS[0], "Geir Ove Reiten", tz_oslo(2020, 1, 24), "SignaturNavLeder",
                   box=(60, sy, 280, sy + 60), page=pg)
    b = pades_sign(b, KEYS[1], "Berit Lindset", tz_oslo(2020, 1, 27), "SignaturKommune",
                   box=(320, sy, 540, sy + 60), page=pg)
    Path(out).write_bytes(b)
    return f.truth("pdf", "pdf-pades")


# ---- z15 pdf-pades: one PAdES signature (Nav-leder) + municipal approval recorded in the case system
Z15 = F("z15", "nb", "Sandefjord", "Sandefjord", "987364386", ("Camilla Holt", "camilla.holt@nav.no", "33416090"),
        "Barn i lavinntektsfamilier", "new", "2020-06-01", [("Familiekoordinator", 100, 610000)], 10000, [BFU],
        (False, True),
        [dict(role="nav_leader", name="Per Arne Kjær", title="Nav-leder", date="2020-01-29", kind="digital"),
         dict(role="municipality", name="Hanne Wold", title="Kommunalsjef", date="2020-01-28",
              kind="electronic_approval")])


@doc("z15", "pdf")
def b_z15(out):
    from testkeys27 import KEYS
    f = Z15
    src = io.BytesIO()
    p = Pager(src)
    p.lines(body_lines(f), box=("(x)", "( )"))
    p.need(160)
    p.text("Godkjenning og signatur", 11, bold=True)
    p.text("Godkjent elektronisk i kommunens saksbehandlingssystem 28.01.2020 av kommunalsjef Hanne Wold.", 9)
    p.text("Søknaden er signert digitalt av Nav-leder Per Arne Kjær.", 9)
    pg = p.page - 1
    sy = p.y - 80
    p.save()
    b = pades_sign(src.getvalue(), KEYS[0], "Per Arne Kjær", tz_oslo(2020, 1, 29), "Signatur1",
                   box=(60, sy, 300, sy + 60), page=pg)
    Path(out).write_bytes(b)
    return f.truth("pdf", "pdf-pades")


# ---- z16 not-application: the report on last year's grant, signed like an application
@doc("z16", "docx")
def b_z16(out):
    d = new_doc()
    d.add_heading("Rapport for tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsåret 2019", 1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate((("Nav-kontor", "Nav Ringsaker"), ("Prosjektets navn", "Jobbsjansen Ringsaker"),
                                ("Tildelt beløp 2019", "kr 600 000"), ("Brukt per 31.12.2019", "kr 587 400"),
                                ("Ubrukte midler", "kr 12 600"))):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    for s in ("Rapporten gjelder tilskuddet som ble tildelt i brev fra Fylkesmannen i Innlandet 28.05.2019. "
              "Prosjektet har hatt én 100 % stilling som jobbspesialist.",
              "Måloppnåelse: 23 deltakere har fått oppfølging, 9 har kommet i ordinært arbeid.",
              "Ubrukte midler på kr 12 600 tilbakebetales etter nærmere avtale.",
              "", "Moelv, 20.01.2020", "", "Kristin Opsahl                       Arild Sveum",
              "Nav-leder                             Rådmann"):
        d.add_paragraph(s)
    d.save(out)
    normalize_zip(out)
    t = truth("z16", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
              score_fields=False, notes=["Final report on the 2019 grant, signed by the Nav leader and the rådmann."])
    return t


# ---- z17 bad-input: an HTML error page saved with a .pdf name (a failed download from the archive)
@doc("z17", "pdf")
def b_z17(out):
    html = ("<!DOCTYPE html>\n<html lang=\"no\"><head><meta charset=\"utf-8\"><title>Økt utløpt</title></head>\n"
            "<body><h1>Økten din er utløpt</h1><p>Logg inn på nytt for å laste ned dokumentet "
            "«Søknad om tilskudd 2020 – Nav Lunner.pdf».</p></body></html>\n")
    Path(out).write_bytes(html.encode("utf-8"))
    return truth("z17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["An HTML login page saved under a .pdf name."])


if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
