"""PDF documents of the eighteenth corpus: fillable forms as they are really filled, signed and changed."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import struct
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject, FloatObject,
                           NameObject, NumberObject, TextStringObject)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit18 import draw_ink, orgnr, register_fonts, soffice_convert  # noqa: E402

PW, PH = A4


def _canvas(buf, title):
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Nav")
    c.setCreator("Skjemaverktøy")
    return c


# ---------------------------------------------------------------------------------------------
# one layout, two outputs: a fillable form (fields added with pypdf) or the same form "printed to PDF"
# ---------------------------------------------------------------------------------------------

class Form:
    """Lays out items top-down; remembers where each field goes."""

    def __init__(self, c, flat: bool, font="sans", fontb="sansb", top=780, lx=48, fx=238, fw=310):
        self.c, self.flat, self.font, self.fontb = c, flat, font, fontb
        self.y, self.lx, self.fx, self.fw = top, lx, fx, fw
        self.fields = []  # dicts for pypdf

    def heading(self, text, size=11, gap=24):
        self.c.setFont(self.fontb, size)
        self.c.drawString(self.lx, self.y, text)
        self.y -= gap

    def note(self, text, size=8.5, gap=14):
        self.c.setFont(self.font, size)
        self.c.setFillGray(0.3)
        self.c.drawString(self.lx, self.y, text)
        self.c.setFillGray(0)
        self.y -= gap

    def _label(self, label):
        self.c.setFont(self.font, 9.5)
        self.c.drawString(self.lx, self.y + 4, label)

    def _box(self, x, y, w, h):
        self.c.setStrokeGray(0.45)
        self.c.setLineWidth(0.6)
        self.c.rect(x, y, w, h)

    def _flat_text(self, x, y, value, size=10):
        self.c.setFont("Helvetica", size)
        self.c.drawString(x + 3, y + 5, value)

    def text(self, label, name, value, w=None, gap=26):
        self._label(label)
        w = w or self.fw
        rect = (self.fx, self.y, self.fx + w, self.y + 18)
        self._box(self.fx, self.y, w, 18)
        if self.flat:
            self._flat_text(self.fx, self.y, value)
        else:
            self.fields.append(dict(kind="text", name=name, rect=rect, value=value))
        self.y -= gap

    def digits(self, label, name, value, n, gap=26, sep_after=()):
        self._label(label)
        x = self.fx
        value = value.rjust(n) if value else " " * n
        for i in range(n):
            rect = (x, self.y, x + 15, self.y + 18)
            self._box(x, self.y, 15, 18)
            ch = value[i]
            if self.flat:
                if ch.strip():
                    self.c.setFont("Helvetica", 10.5)
                    self.c.drawCentredString(x + 7.5, self.y + 5, ch)
            else:
                self.fields.append(dict(kind="digit", name=f"{name}{i + 1}", rect=rect, value=ch.strip()))
            x += 15 + (7 if i in sep_after else 1.5)
        self.y -= gap

    def combo(self, label, name, options, value, w=120, gap=26):
        self._label(label)
        rect = (self.fx, self.y, self.fx + w, self.y + 18)
        self._box(self.fx, self.y, w, 18)
        self.c.setFont("sans", 7)
        self.c.drawString(self.fx + w - 9, self.y + 6, "▼")
        if self.flat:
            self._flat_text(self.fx, self.y, value)
        else:
            self.fields.append(dict(kind="combo", name=name, rect=rect, value=value, options=options))
        self.y -= gap

    def _mark(self, x, y, on, style):
        self._box(x, y, 11, 11) if style == "box" else self.c.circle(x + 5.5, y + 5.5, 5.5)
        if self.flat and on:
            self.c.setFont("ZapfDingbats", 9)
            self.c.drawString(x + 1.6, y + 2.2, "4" if style == "box" else "l")

    def radio(self, label, name, choices, chosen, gap=26):
        """choices: [(export, caption)]"""
        self._label(label)
        x = self.fx
        kids = []
        for export, cap in choices:
            self.c.setStrokeGray(0.45)
            self._mark(x, self.y + 2, export == chosen, "circle")
            kids.append(dict(export=export, rect=(x, self.y + 2, x + 11, self.y + 13)))
            self.c.setFont(self.font, 9.5)
            self.c.drawString(x + 15, self.y + 4, cap)
            x += 30 + self.c.stringWidth(cap, self.font, 9.5)
        if not self.flat:
            self.fields.append(dict(kind="radio", name=name, kids=kids, value=chosen))
        self.y -= gap

    def check(self, caption, name, export, on, x=None, gap=20, newline=True):
        x = self.lx + 8 if x is None else x
        self._mark(x, self.y + 1, on, "box")
        if not self.flat:
            self.fields.append(dict(kind="check", name=name, rect=(x, self.y + 1, x + 11, self.y + 12),
                                    export=export, on=on))
        self.c.setFont(self.font, 9.5)
        self.c.drawString(x + 16, self.y + 3, caption)
        if newline:
            self.y -= gap


def _ap(w, h, ops, zadb=False):
    s = DecodedStreamObject()
    s.set_data(ops.encode("latin-1"))
    s.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
              NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)])})
    if zadb:
        s[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({
            NameObject("/ZaDb"): DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                                   NameObject("/Subtype"): NameObject("/Type1"),
                                                   NameObject("/BaseFont"): NameObject("/ZapfDingbats")})})})
    return s


def add_fields(pdf_bytes: bytes, fields: list[dict]) -> bytes:
    """Add AcroForm fields with their values (/V); text values get NO appearance stream (NeedAppearances)."""
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    page = w.pages[0]
    pref = page.indirect_reference
    annots = ArrayObject()
    top = ArrayObject()

    def rectobj(r):
        return ArrayObject([FloatObject(round(v, 2)) for v in r])

    def widget(extra):
        d = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                              NameObject("/F"): NumberObject(4), NameObject("/P"): pref})
        d.update(extra)
        return d

    for f in fields:
        k = f["kind"]
        if k in ("text", "digit"):
            d = widget({NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(f["name"]),
                        NameObject("/Rect"): rectobj(f["rect"]), NameObject("/V"): TextStringObject(f["value"]),
                        NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g")})
            if k == "digit":
                d[NameObject("/MaxLen")] = NumberObject(1)
                d[NameObject("/Q")] = NumberObject(1)
            ref = w._add_object(d)
            annots.append(ref)
            top.append(ref)
        elif k == "combo":
            d = widget({NameObject("/FT"): NameObject("/Ch"), NameObject("/Ff"): NumberObject(1 << 17),
                        NameObject("/T"): TextStringObject(f["name"]), NameObject("/Rect"): rectobj(f["rect"]),
                        NameObject("/Opt"): ArrayObject([TextStringObject(o) for o in f["options"]]),
                        NameObject("/V"): TextStringObject(f["value"]),
                        NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g")})
            ref = w._add_object(d)
            annots.append(ref)
            top.append(ref)
        elif k == "check":
            on = NameObject("/" + f["export"])
            ap = DictionaryObject({on: w._add_object(_ap(11, 11, "q 0 g BT /ZaDb 9 Tf 1.6 2.2 Td (4) Tj ET Q", True)),
                                   NameObject("/Off"): w._add_object(_ap(11, 11, ""))})
            d = widget({NameObject("/FT"): NameObject("/Btn"), NameObject("/T"): TextStringObject(f["name"]),
                        NameObject("/Rect"): rectobj(f["rect"]),
                        NameObject("/V"): on if f["on"] else NameObject("/Off"),
                        NameObject("/AS"): on if f["on"] else NameObject("/Off"),
                        NameObject("/AP"): DictionaryObject({NameObject("/N"): ap}),
                        NameObject("/MK"): DictionaryObject({NameObject("/CA"): TextStringObject("4")}),
                        NameObject("/DA"): TextStringObject("/ZaDb 0 Tf 0 g")})
            ref = w._add_object(d)
            annots.append(ref)
            top.append(ref)
        elif k == "radio":
            parent = DictionaryObject({NameObject("/FT"): NameObject("/Btn"), NameObject("/Ff"): NumberObject((1 << 15) | (1 << 14)),
                                       NameObject("/T"): TextStringObject(f["name"]),
                                       NameObject("/V"): NameObject("/" + f["value"])})
            pref_ = w._add_object(parent)
            kids = ArrayObject()
            for kid in f["kids"]:
                on = NameObject("/" + kid["export"])
                ap = DictionaryObject({on: w._add_object(_ap(11, 11, "q 0 g BT /ZaDb 8 Tf 1.8 2.6 Td (l) Tj ET Q", True)),
                                       NameObject("/Off"): w._add_object(_ap(11, 11, ""))})
                kd = widget({NameObject("/Parent"): pref_, NameObject("/Rect"): rectobj(kid["rect"]),
                             NameObject("/AS"): on if kid["export"] == f["value"] else NameObject("/Off"),
                             NameObject("/AP"): DictionaryObject({NameObject("/N"): ap})})
                kref = w._add_object(kd)
                kids.append(kref)
                annots.append(kref)
            parent[NameObject("/Kids")] = kids
            top.append(pref_)
    page[NameObject("/Annots")] = annots
    helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    zadb = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/ZapfDingbats")})
    w._root_object[NameObject("/AcroForm")] = w._add_object(DictionaryObject({
        NameObject("/Fields"): top, NameObject("/NeedAppearances"): BooleanObject(True),
        NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
        NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({
            NameObject("/Helv"): w._add_object(helv), NameObject("/ZaDb"): w._add_object(zadb)})})}))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


# =============================================================================================
# t07  pdf-acroform: check boxes exporting Ja / 1 / On, radio groups, a combo box, NeedAppearances
# =============================================================================================

def _t07_page(c, flat):
    f = Form(c, flat)
    f.heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 12, 16)
    f.note("Elektronisk skjema. Fyll ut feltene, lagre og send til Statsforvalteren i Innlandet innen 01.02.2020.", gap=26)
    f.heading("A. Søker", 10, 20)
    f.text("Nav-kontorets navn", "sokerKontor", "Nav Gjøvik")
    f.text("Kommune", "sokerKommune", "Gjøvik")
    f.text("Organisasjonsnummer", "orgnr", _T07["org"], w=120)
    f.text("Kontaktperson", "kontaktNavn", "Maria Lunde")
    f.text("E-post kontaktperson", "kontaktEpost", "maria.lunde@nav.no")
    f.text("Telefon kontaktperson", "kontaktTlf", "611 89 000", w=120)
    f.heading("B. Prosjektet", 10, 20)
    f.text("Prosjektets navn", "prosjektNavn", "Tidlig innsats i overgangen fra skole til arbeid")
    f.radio("Søknaden gjelder", "soknadType", [("ny", "Nytt prosjekt"), ("videre", "Videreføring")], "ny")
    f.text("Planlagt oppstart", "oppstart", "15.08.2020", w=120)
    f.combo("Stillingsandel", "stillingsandel", ["20 %", "40 %", "50 %", "60 %", "80 %", "100 %"], "60 %")
    f.heading("C. Økonomi (kr)", 10, 20)
    f.text("Lønn og sosiale kostnader", "belopLonn", "360 000", w=120)
    f.text("Kompetansemidler", "belopKompetanse", "10 000", w=120)
    f.text("Totalt omsøkt", "belopTotalt", "370 000", w=120)
    f.heading("D. Prioriterte områder", 10, 20)
    f.check("Bruk av ordinært arbeidsliv", "omr1", "Ja", False)
    f.check("Oppfølging av barnefamilier, ungdom og innvandrere", "omr2", "1", True)
    f.check("Sikring av sårbare overganger", "omr3", "On", True, gap=26)
    f.radio("Ønsker nettverk/klyngesamarbeid", "nettverk", [("Ja", "Ja"), ("Nei", "Nei")], "Ja")
    f.radio("Ønsker ekstern prosessevaluering", "prosesseval", [("Ja", "Ja"), ("Nei", "Nei")], "Nei")
    f.heading("E. Underskrift", 10, 50)
    draw_ink(c, 701, 60, f.y + 16, 150, 32)
    draw_ink(c, 702, 320, f.y + 16, 150, 32)
    y0 = f.y
    for x, lab, nm, val in ((48, "Nav-leder", "navlederNavn", "Geir Haugland"), (308, "Kommunedirektør", "kdNavn", "Anne Rustad")):
        c.setFont("sans", 8.5)
        c.drawString(x, y0 + 4, lab)
        f.fx = x + 82
        f.y = y0
        f.fw = 160
        f.text("", nm, val, w=160, gap=0)
        f.y = y0 - 24
        c.setFont("sans", 8.5)
        c.drawString(x, f.y + 4, "Dato")
        f.text("", nm.replace("Navn", "Dato"), "24.01.2020" if x == 48 else "27.01.2020", w=80, gap=0)
    return f


_T07 = {"org": orgnr("97472005")}


def t07(out: Path):
    register_fonts()
    buf = io.BytesIO()
    c = _canvas(buf, "Søknadsskjema tilskudd 2020")
    f = _t07_page(c, flat=False)
    c.showPage()
    c.save()
    out.write_bytes(add_fields(buf.getvalue(), f.fields))
    return truth("t07", "pdf", "pdf-acroform", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Gjøvik", "Gjøvik", _T07["org"]), contact=("Maria Lunde", "maria.lunde@nav.no", "61189000"),
                 project=("Tidlig innsats i overgangen fra skole til arbeid", "new", "2020-08-15"), pct=60,
                 amounts={"positions": 360000, "competence": 10000, "other": None, "total": 370000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Geir Haugland", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Anne Rustad", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["check boxes export /Ja (off), /1 (on), /On (on); kind and interest are radio groups; "
                        "percentage in a combo box; text fields have /V but no appearance stream (NeedAppearances)",
                        "vector ink above the name fields"])


# =============================================================================================
# t08  pdf-acroform: Nynorsk paper-style form with one field per digit (org nr, phone, amounts, date)
# =============================================================================================

_T08 = {"org": orgnr("92107812")}


def t08(out: Path):
    register_fonts()
    buf = io.BytesIO()
    c = _canvas(buf, "Søknadsskjema tilskot 2020")
    f = Form(c, flat=False, fx=250)
    f.heading("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", 12, 16)
    f.note("Skriv eitt siffer i kvar rute. Beløp i heile kroner.", gap=24)
    f.heading("1 Søkjar", 10, 20)
    f.text("Nav-kontor", "kontor", "Nav Sunnfjord")
    f.text("Kommune", "kommune", "Sunnfjord")
    f.digits("Organisasjonsnummer", "Orgnr", _T08["org"], 9, sep_after=(2, 5))
    f.text("Kontaktperson", "kontaktperson", "Oddny Støylen")
    f.text("E-post", "epost", "oddny.stoylen@nav.no")
    f.digits("Telefon", "Tlf", "91234567", 8, sep_after=(2, 4))
    f.heading("2 Prosjektet", 10, 20)
    f.text("Namn på prosjektet", "prosjektnamn", "Saman mot arbeid")
    f.check("Nytt prosjekt", "nytt", "1", True, x=f.fx, newline=False)
    f.check("Vidareføring", "vidare", "1", False, x=f.fx + 120, newline=False)
    c.setFont("sans", 9.5)
    c.drawString(f.lx, f.y + 4, "Type søknad")
    f.y -= 26
    f.digits("Oppstart (dd mm åååå)", "Dato", "01052020", 8, sep_after=(1, 3))
    f.text("Tal på stillingar / stillingsdel", "stillingar", "To stillingar, 2 x 100 %")
    f.heading("3 Budsjett (kr)", 10, 20)
    f.digits("Løn og sosiale kostnader", "Lon", "1200000", 7, sep_after=(0, 3))
    f.digits("Kompetansemidlar", "Komp", "", 7, sep_after=(0, 3))
    f.digits("Sum søkt", "Sum", "1200000", 7, sep_after=(0, 3))
    f.heading("4 Prioriterte område", 10, 20)
    f.check("Bruk av ordinært arbeidsliv", "omr_arbeid", "On", True)
    f.check("Oppfølging av barnefamiliar, ungdom og innvandrarar", "omr_familie", "On", False)
    f.check("Sikring av sårbare overgangar", "omr_overgang", "On", True, gap=26)
    c.setFont("sans", 9.5)
    for lab, base, ja in (("Nettverk/klyngesamarbeid", "nett", True), ("Ekstern prosessevaluering", "proses", False)):
        c.drawString(f.lx, f.y + 3, lab)
        # Acrobat's default export value "Ja" on BOTH boxes, the column says which one
        f.check("Ja", f"{base}_ja", "Ja", ja, x=f.fx, newline=False)
        f.check("Nei", f"{base}_nei", "Ja", not ja, x=f.fx + 60, newline=False)
        f.y -= 22
    f.y -= 8
    f.heading("5 Underskrift", 10, 50)
    draw_ink(c, 801, 60, f.y + 14, 150, 32)
    draw_ink(c, 802, 320, f.y + 14, 150, 32)
    c.setFont("sans", 9)
    c.drawString(60, f.y, "Nav-leiar Terje Haugen")
    c.drawString(320, f.y, "Kommunedirektør Eva Bruland")
    f.y -= 26
    y = f.y
    f.fx, f.fw = 60, 180
    f.lx = 400
    f.text("", "stad_dato_1", "Førde, 29.01.2020", w=180, gap=0)
    f.fx = 320
    f.text("", "stad_dato_2", "Førde, 30.01.2020", w=180, gap=0)
    c.setFont("sans", 7.5)
    c.drawString(60, y - 9, "Stad og dato")
    c.drawString(320, y - 9, "Stad og dato")
    c.showPage()
    c.save()
    out.write_bytes(add_fields(buf.getvalue(), f.fields))
    return truth("t08", "pdf", "pdf-acroform", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Sunnfjord", "Sunnfjord", _T08["org"]),
                 contact=("Oddny Støylen", "oddny.stoylen@nav.no", "91234567"),
                 project=("Saman mot arbeid", "new", "2020-05-01"), pct=200,
                 amounts={"positions": 1200000, "competence": None, "other": None, "total": 1200000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Terje Haugen", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Eva Bruland", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["org nr, phone, start date and amounts are one text field per digit (Orgnr1..Orgnr9 ...)",
                        "the 'Nei' boxes export the value 'Ja' too (Acrobat's default): the column decides",
                        "competence digit fields empty: null"])


# =============================================================================================
# t09  pdf-from-office: Nynorsk Word form with org nr in the header, contact in a text box -> LibreOffice PDF
# =============================================================================================

def t09(out: Path):
    import word18 as W
    from docx.shared import Pt
    org = orgnr("96433770")
    d = W.new_doc("Astrid Hovden")
    hp = d.sections[0].header.paragraphs[0]
    hp.text = f"Nav Volda – org.nr. {org} – Stormyra 2, 6100 Volda"
    hp.runs[0].font.size = Pt(8)
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = "Søknad om tilskot 2020 · Nav Volda · Volda kommune"
    fp.runs[0].font.size = Pt(8)
    h = d.add_paragraph()
    r = h.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Til Statsforvaltaren i Møre og Romsdal")
    d.add_paragraph("⟦TB⟧")
    rows = [("Søkjar", "Nav Volda"), ("Kommune", "Volda"), ("Prosjekttittel", "Arbeid og meistring for unge"),
            ("Søknadstype", "Nytt prosjekt"), ("Oppstart", "1. mai 2020"),
            ("Stillingar", "To stillingar på 50 %"), ("Løn og sosiale utgifter", "590 000"),
            ("Kompetansemidlar", "10 000"), ("Søknadssum i alt", "600 000")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        W.cell_text(t.cell(i, 0), a, bold=True)
        W.cell_text(t.cell(i, 1), b)
    d.add_paragraph()
    pt = d.add_table(rows=6, cols=2)
    pt.style = "Table Grid"
    for i, (a, b) in enumerate([("Prioritert område", "Ja/Nei"), ("Bruk av ordinært arbeidsliv", "Nei"),
                                ("Oppfølging av barnefamiliar, ungdom og innvandrarar", "Ja"),
                                ("Sikring av sårbare overgangar", "Ja"),
                                ("Interesse for nettverk/klyngesamarbeid", "Ja"),
                                ("Interesse for ekstern prosessevaluering", "Nei")]):
        W.cell_text(pt.cell(i, 0), a, bold=i == 0)
        W.cell_text(pt.cell(i, 1), b, bold=i == 0)
    d.add_paragraph()
    st = d.add_table(rows=4, cols=2)
    st.style = "Table Grid"
    for j, (cap, seed, name, date) in enumerate((("Nav-leiar", 901, "Oddvar Rise", "27.01.2020"),
                                                 ("Kommunedirektør", 902, "Sølvi Aarflot", "28.01.2020"))):
        W.cell_text(st.cell(0, j), cap, bold=True)
        W.add_ink(st.cell(1, j).paragraphs[0], seed, 3.8)
        W.cell_text(st.cell(2, j), name)
        W.cell_text(st.cell(3, j), f"Stad/dato: Volda {date}")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "t09.docx"
        d.save(src)
        tb = ("<w:p>" + W.run("Kontaktperson: ", "<w:b/>") + W.run("Astrid Hovden") + "</w:p>"
              + "<w:p>" + W.run("E-post: ", "<w:b/>") + W.run("astrid.hovden@nav.no")
              + W.run("    Tlf.: ", "<w:b/>") + W.run("700 58 200") + "</w:p>")
        W.patch_docx(src, {"word/document.xml": lambda x: W.replace_marker(x, "⟦TB⟧", W.textbox(tb))})
        o = Path(td) / "o"
        o.mkdir()
        shutil.copy(soffice_convert(src, "pdf", o), out)
    return truth("t09", "pdf", "pdf-from-office", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Volda", "Volda", org), contact=("Astrid Hovden", "astrid.hovden@nav.no", "70058200"),
                 project=("Arbeid og meistring for unge", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Oddvar Rise", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Sølvi Aarflot", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["org nr only in the page header; contact only in a text box",
                        "areas and interest answered Ja/Nei in a second column"])


# =============================================================================================
# t10  pdf-acroform, flattened: the t07-style form filled and printed to PDF (no fields left)
# =============================================================================================

_T10 = {"org": orgnr("96437950")}


def t10(out: Path):
    register_fonts()
    buf = io.BytesIO()
    c = _canvas(buf, "Microsoft Word - Søknadsskjema_2020_utfylt.pdf")
    c.setCreator("Microsoft: Print To PDF")
    f = Form(c, flat=True, fx=230)
    f.heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 11.5, 26)
    f.heading("Del 1  Søker", 10, 20)
    f.text("Søkende Nav-kontor", "", "Nav Tynset")
    f.text("Kommune", "", "Tynset")
    f.text("Organisasjonsnr.", "", _T10["org"], w=120)
    f.text("Kontaktperson", "", "Per Olav Moen")
    f.text("E-post", "", "per.olav.moen@nav.no")
    f.text("Telefon", "", "62 48 51 00", w=120)
    f.heading("Del 2  Prosjekt", 10, 20)
    f.text("Prosjektnavn", "", "Arbeidslivet som arena")
    f.radio("Type", "", [("ny", "Nytt prosjekt"), ("videre", "Videreføring")], "ny")
    f.text("Oppstart", "", "01.06.2020", w=120)
    f.text("Stillingsandel", "", "100 %", w=120)
    f.heading("Del 3  Budsjett (kr)", 10, 20)
    f.text("Lønn og sosiale kostnader", "", "640 000", w=120)
    f.text("Sum omsøkt beløp", "", "640 000", w=120)
    f.heading("Del 4  Prioriterte områder", 10, 20)
    f.check("Bruk av ordinært arbeidsliv", "", "", True)
    f.check("Oppfølging av barnefamilier, ungdom og innvandrere", "", "", False)
    f.check("Sikring av sårbare overganger", "", "", False, gap=26)
    for lab, ja in (("Ønsker nettverk/klyngesamarbeid", True), ("Ønsker ekstern prosessevaluering", True)):
        c.setFont("sans", 9.5)
        c.drawString(f.lx, f.y + 3, lab)
        f.check("Ja", "", "", ja, x=f.fx, newline=False)
        f.check("Nei", "", "", not ja, x=f.fx + 60, newline=False)
        f.y -= 22
    f.heading("Del 5  Underskrift", 10, 50)
    draw_ink(c, 1001, 60, f.y + 14, 150, 32)
    draw_ink(c, 1002, 320, f.y + 14, 150, 32)
    c.setFont("sans", 9)
    c.drawString(60, f.y, "Bente Nytrøen, Nav-leder")
    c.drawString(320, f.y, "Harald Bakken, kommunedirektør")
    c.drawString(60, f.y - 14, "Tynset, 28.01.2020")
    c.drawString(320, f.y - 14, "Tynset, 29.01.2020")
    c.setFont("Helvetica", 7)
    c.drawString(40, 24, "Søknadsskjema_2020_utfylt.pdf")
    c.drawRightString(555, 24, "Side 1 av 1")
    c.showPage()
    c.save()
    out.write_bytes(buf.getvalue())
    return truth("t10", "pdf", "pdf-acroform", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Tynset", "Tynset", _T10["org"]), contact=("Per Olav Moen", "per.olav.moen@nav.no", "62485100"),
                 project=("Arbeidslivet som arena", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 640000, "competence": None, "other": None, "total": 640000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Bente Nytrøen", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Harald Bakken", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["a filled form printed to PDF: no fields, values drawn in Helvetica inside the field boxes, "
                        "ticks as ZapfDingbats ✔ / ● in drawn squares and circles",
                        "planted defect: 640 000 for one 100 % position (cap 610 000)"])


# =============================================================================================
# PAdES: t11 two signatures intact, t12 one signature + a page appended after signing
# =============================================================================================

SIGN_TIME = {}


def _cert(name, org, td: Path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    subj = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime(2019, 6, 1, tzinfo=dt.timezone.utc))
            .not_valid_after(dt.datetime(2030, 6, 1, tzinfo=dt.timezone.utc))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / f"{name}.key.pem", td / f"{name}.cert.pem"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def _sign(data: bytes, field, box, name, org, when: dt.datetime, location, td: Path) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers import pdf_signer
    kp, cp = _cert(name, org, td)
    signer = signers.SimpleSigner.load(str(kp), str(cp), key_passphrase=None)

    class Fixed(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return when.astimezone(tz) if tz else when.replace(tzinfo=None)

    old = pdf_signer.datetime
    pdf_signer.datetime = Fixed
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        fields.append_signature_field(w, fields.SigFieldSpec(field, box=box, on_page=0))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES, name=name,
                                            location=location, reason="Godkjenning av søknad")
        outb = signers.sign_pdf(w, meta, signer=signer)
        return outb.getvalue()
    finally:
        pdf_signer.datetime = old


def _pades_page(buf, data, sig_layout):
    register_fonts()
    c = _canvas(buf, "Søknad tilskudd 2020")
    f = Form(c, flat=True, fx=228)
    f.heading("Søknad om tilskudd – utvikling av sosiale tjenester i Nav 2020", 12, 26)
    for sec, rows in data:
        f.heading(sec, 10, 20)
        for lab, val in rows:
            c.setFont("sans", 9.5)
            c.drawString(f.lx, f.y + 4, lab)
            c.setFont("sansb", 9.5)
            c.drawString(f.fx, f.y + 4, val)
            c.setStrokeGray(0.8)
            c.line(f.fx, f.y + 1, 548, f.y + 1)
            f.y -= 19
        f.y -= 6
    sig_layout(c, f.y)
    c.showPage()
    c.save()


_T11 = {"org": orgnr("97458020")}


def t11(out: Path):
    data = [("1. Søker", [("Nav-kontor", "Nav Ringerike"), ("Kommune", "Ringerike"), ("Org.nr.", _T11["org"]),
                          ("Kontaktperson", "Sindre Holm"), ("E-post", "sindre.holm@nav.no"), ("Telefon", "321 17 000")]),
            ("2. Prosjekt", [("Prosjektnavn", "Helhetlig oppfølging av barnefamilier"),
                             ("Ny søknad / videreføring", "Videreføring, 2. år"), ("Oppstart", "01.01.2020"),
                             ("Årsverk", "1,5 årsverk (100 % + 50 %)")]),
            ("3. Budsjett", [("Lønn og sosiale kostnader", "kr 900 000"), ("Kompetanse", "kr 10 000"),
                             ("Omsøkt i alt", "kr 910 000")]),
            ("4. Satsingsområde og interesse", [("Satsingsområde", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                                ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")])]
    boxes = {}

    def sigs(c, y):
        c.setFont("sansb", 10)
        c.drawString(48, y, "5. Signaturer (digitalt signert)")
        for x, t, n in ((48, "Nav-leder", "Linda Strand"), (308, "Kommunedirektør", "Morten Dahl")):
            c.setFont("sans", 9)
            c.drawString(x, y - 18, t)
            c.setStrokeGray(0.5)
            c.rect(x, y - 88, 230, 62)
            c.drawString(x, y - 102, f"{n}, signert 28.01.2020")
            boxes[t] = (x + 2, y - 86, x + 228, y - 28)
    buf = io.BytesIO()
    _pades_page(buf, data, sigs)
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        b = _sign(buf.getvalue(), "SignaturNavleder", boxes["Nav-leder"], "Linda Strand", "Nav Ringerike",
                  dt.datetime(2020, 1, 28, 9, 14, tzinfo=dt.timezone.utc), "Hønefoss", td)
        b = _sign(b, "SignaturKommunedirektor", boxes["Kommunedirektør"], "Morten Dahl", "Ringerike kommune",
                  dt.datetime(2020, 1, 28, 13, 40, tzinfo=dt.timezone.utc), "Hønefoss", td)
    out.write_bytes(b)
    return truth("t11", "pdf", "pdf-pades", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Ringerike", "Ringerike", _T11["org"]), contact=("Sindre Holm", "sindre.holm@nav.no", "32117000"),
                 project=("Helhetlig oppfølging av barnefamilier", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Linda Strand", "Nav-leder", "2020-01-28", "digital"),
                       ("municipality", "Morten Dahl", "Kommunedirektør", "2020-01-28", "digital")],
                 notes=["two PAdES signatures in successive incremental updates, both intact (self-signed ECDSA P-256)"])


_T12 = {"org": orgnr("97452121")}


def t12(out: Path):
    data = [("1. Søker", [("Nav-kontor", "Nav Moss"), ("Kommune", "Moss"), ("Org.nr.", _T12["org"]),
                          ("Kontaktperson", "Camilla Berg"), ("E-post", "camilla.berg@nav.no"), ("Telefon", "69 24 10 00")]),
            ("2. Prosjekt", [("Prosjektnavn", "Nye veier til arbeid"), ("Ny søknad / videreføring", "Ny søknad"),
                             ("Oppstart", "01.03.2020"), ("Stillingsandel", "100 %")]),
            ("3. Budsjett", [("Lønn og sosiale kostnader", "kr 600 000"), ("Omsøkt i alt", "kr 600 000")]),
            ("4. Satsingsområde og interesse", [("Satsingsområde", "Bruk av ordinært arbeidsliv"),
                                                ("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Ja")])]
    boxes = {}

    def sigs(c, y):
        c.setFont("sansb", 10)
        c.drawString(48, y, "5. Signaturer")
        c.setFont("sans", 9)
        c.drawString(48, y - 18, "Nav-leder (digital signatur)")
        c.setStrokeGray(0.5)
        c.rect(48, y - 88, 230, 62)
        c.drawString(48, y - 102, "Rune Kristiansen, 29.01.2020")
        boxes["n"] = (50, y - 86, 276, y - 28)
        c.drawString(308, y - 18, "Kommunedirektør")
        draw_ink(c, 1201, 315, y - 80, 150, 36)
        c.line(308, y - 86, 538, y - 86)
        c.drawString(308, y - 102, "Hilde Sandvik, Moss 30.01.2020")
    buf = io.BytesIO()
    _pades_page(buf, data, sigs)
    with tempfile.TemporaryDirectory() as td:
        b = _sign(buf.getvalue(), "Signatur1", boxes["n"], "Rune Kristiansen", "Nav Moss",
                  dt.datetime(2020, 1, 29, 10, 5, tzinfo=dt.timezone.utc), "Moss", Path(td))
    # after signing: the office appends the job description as a new page (incremental update)
    register_fonts()
    pb = io.BytesIO()
    c = _canvas(pb, "Vedlegg")
    c.setFont("sansb", 12)
    c.drawString(48, 780, "Vedlegg 1: Stillingsbeskrivelse – jobbspesialist")
    c.setFont("sans", 10)
    for i, line in enumerate(["Jobbspesialisten skal følge deltakerne ut i ordinære virksomheter og bygge",
                              "nettverk mot arbeidsgivere i Moss og omegn. Stillingen er underlagt Nav-leder."]):
        c.drawString(48, 750 - 15 * i, line)
    c.showPage()
    c.save()
    w = PdfWriter(io.BytesIO(b), incremental=True)
    w.add_page(PdfReader(io.BytesIO(pb.getvalue())).pages[0])
    o = io.BytesIO()
    w.write(o)
    out.write_bytes(o.getvalue())
    return truth("t12", "pdf", "pdf-pades", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Moss", "Moss", _T12["org"]), contact=("Camilla Berg", "camilla.berg@nav.no", "69241000"),
                 project=("Nye veier til arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Rune Kristiansen", "Nav-leder", "2020-01-29", "digital"),
                       ("municipality", "Hilde Sandvik", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["planted defect: a page (job description) appended by an incremental update after the "
                        "PAdES signature: the document changed after signing"])


# =============================================================================================
# t13  bad-input: a password-protected .docx (an OLE compound file with EncryptionInfo + EncryptedPackage)
# =============================================================================================

def _cfb(streams: dict[str, bytes]) -> bytes:
    """Minimal compound file (v3, 512-byte sectors); streams under 4096 bytes go to the mini stream."""
    SEC, FREE, END, FATSECT = 512, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    small = {k: v for k, v in streams.items() if len(v) < 4096}
    large = {k: v for k, v in streams.items() if len(v) >= 4096}
    mini = b""
    mini_start, minifat = {}, []
    for k, v in small.items():
        n = -(-len(v) // 64)
        mini_start[k] = len(minifat)
        minifat += [len(minifat) + i + 1 for i in range(n - 1)] + [END]
        mini += v.ljust(n * 64, b"\0")
    sectors = []  # payload sectors after FAT(0), DIR(1), MINIFAT(2)
    fat = [FATSECT, END, END]
    nxt = 3
    ms_n = -(-len(mini) // SEC)
    ms_start = nxt
    fat += [nxt + i + 1 for i in range(ms_n - 1)] + [END]
    sectors.append(mini.ljust(ms_n * SEC, b"\0"))
    nxt += ms_n
    lstart = {}
    for k, v in large.items():
        n = -(-len(v) // SEC)
        lstart[k] = nxt
        fat += [nxt + i + 1 for i in range(n - 1)] + [END]
        sectors.append(v.ljust(n * SEC, b"\0"))
        nxt += n
    assert len(fat) <= 128
    fat_b = struct.pack("<128I", *(fat + [FREE] * (128 - len(fat))))
    minifat_b = struct.pack("<128I", *(minifat + [FREE] * (128 - len(minifat))))

    def entry(name, typ, left, right, child, start, size):
        nb = (name + "\0").encode("utf-16-le") if name else b""
        return (nb.ljust(64, b"\0") + struct.pack("<HBBIII", len(nb), typ, 1, left, right, child) + b"\0" * 16
                + struct.pack("<IQQIII", 0, 0, 0, start, size, 0))
    names = sorted(streams, key=lambda s: (len(s), s.upper()))  # [EncryptionInfo, EncryptedPackage]
    # tree: root child = names[1]; names[0] its left sibling
    ents = [entry("Root Entry", 5, FREE, FREE, 2, ms_start if mini else END, len(mini))]
    e1 = names[0]
    ents.append(entry(e1, 2, FREE, FREE, FREE, mini_start.get(e1, lstart.get(e1)), len(streams[e1])))
    e2 = names[1]
    ents.append(entry(e2, 2, 1, FREE, FREE, mini_start.get(e2, lstart.get(e2)), len(streams[e2])))
    ents.append(entry("", 0, FREE, FREE, FREE, 0, 0))
    dir_b = b"".join(ents)
    hdr = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
           + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 2, 1, END, 0) + struct.pack("<109I", 0, *([FREE] * 108)))
    return hdr + fat_b + dir_b + minifat_b + b"".join(sectors)


def t13(out: Path):
    rnd = random.Random(1313)
    salt = bytes(rnd.randrange(256) for _ in range(16))
    import base64
    b64 = lambda n: base64.b64encode(bytes(rnd.randrange(256) for _ in range(n))).decode()  # noqa: E731
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
           'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
           f'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{base64.b64encode(salt).decode()}"/>'
           f'<dataIntegrity encryptedHmacKey="{b64(64)}" encryptedHmacValue="{b64(64)}"/>'
           '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
           f'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{b64(16)}" '
           f'encryptedVerifierHashInput="{b64(16)}" encryptedVerifierHashValue="{b64(64)}" encryptedKeyValue="{b64(32)}"/>'
           '</keyEncryptor></keyEncryptors></encryption>')
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode("utf-8")
    size = 24531
    pkg = struct.pack("<Q", size) + bytes(rnd.randrange(256) for _ in range(-(-size // 16) * 16))
    out.write_bytes(_cfb({"EncryptionInfo": info, "EncryptedPackage": pkg}))
    return truth("t13", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a password-protected Word file: an OLE compound file holding "
                                            "EncryptionInfo (agile, AES-256) and EncryptedPackage, named .docx"])


# =============================================================================================
# t15  pdf-from-office: a Word form with reviewers' comments, exported by LibreOffice with the comments as PDF notes
# =============================================================================================

def t15(out: Path):
    import word18 as W
    from docx.shared import Pt
    org = orgnr("97459350")
    d = W.new_doc("Nora Fjeld")
    h = d.add_paragraph()
    r = h.add_run("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    r.bold = True
    r.font.size = Pt(13)
    rows = [("Søker", "Nav Ullensaker"), ("Kommune", "Ullensaker"), ("Organisasjonsnummer", f"{org[:3]} {org[3:6]} {org[6:]}"),
            ("Kontaktperson", "Nora Fjeld"), ("E-post", "nora.fjeld@nav.no"), ("Telefon", "63 94 10 20"),
            ("Prosjekt", "Inn i arbeid – Ullensaker"), ("Nytt eller videreført", "Nytt prosjekt"),
            ("Oppstart", "1. april 2020"), ("Stillinger", "2 stillinger à 60 %"),
            ("Lønn og sosiale kostnader", "720 000 kr"), ("Kompetansemidler", "10 000 kr"), ("Omsøkt totalt", "730 000 kr")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        W.cell_text(t.cell(i, 0), a, bold=True)
        W.cell_text(t.cell(i, 1), b)
    d.add_paragraph()
    d.add_paragraph("Prosjektet retter seg mot satsingsområdet «Bruk av ordinært arbeidsliv»: deltakerne skal ut i "
                    "ordinære virksomheter med tett oppfølging av en jobbspesialist.")
    d.add_paragraph("Nettverk/klyngesamarbeid: Ønsker å delta.")
    d.add_paragraph("Ekstern prosessevaluering: Ønsker ikke.")
    d.add_paragraph()
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    st = d.add_table(rows=3, cols=3)
    st.style = "Table Grid"
    for i, row in enumerate((("Rolle", "Navn", "Dato"), ("Nav-leder", "Ida Mo", "29.01.2020"),
                             ("Kommunedirektør", "Trond Ask", "30.01.2020"))):
        for j, v in enumerate(row):
            W.cell_text(st.cell(i, j), v, bold=i == 0)
    d.add_comment(t.cell(10, 1).paragraphs[0].runs, text="Kan vi øke til 800 000 kr? Da må vi ha 3 stillinger à 50 %.",
                  author="Trond Ask", initials="TA")
    d.add_comment(t.cell(6, 1).paragraphs[0].runs, text="Arbeidstittel var «Jobbløftet». Endelig navn ok.",
                  author="Ida Mo", initials="IM")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "t15.docx"
        d.save(src)
        o = Path(td) / "o"
        o.mkdir()
        flt = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
        shutil.copy(soffice_convert(src, flt, o), out)
    return truth("t15", "pdf", "pdf-from-office", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Ullensaker", "Ullensaker", org), contact=("Nora Fjeld", "nora.fjeld@nav.no", "63941020"),
                 project=("Inn i arbeid – Ullensaker", "new", "2020-04-01"), pct=120,
                 amounts={"positions": 720000, "competence": 10000, "other": None, "total": 730000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Ida Mo", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Trond Ask", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["two review comments exported by LibreOffice 7.4 as PDF sticky notes (/Text annotations with "
                        "/Contents: 800 000 kr, 3 stillinger à 50 %, an old working title): not the application's values",
                        "electronic approval with the approvers in a Rolle/Navn/Dato table"])


DOCS = [("t07", "pdf", t07), ("t08", "pdf", t08), ("t09", "pdf", t09), ("t10", "pdf", t10),
        ("t11", "pdf", t11), ("t12", "pdf", t12), ("t13", "docx", t13), ("t15", "pdf", t15)]
