"""Corpus 60's PDF renderers: a long reportlab application with running headers and footers, and a
fillable first page (AcroForm) followed by the long project description."""
from __future__ import annotations

import io
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))

from kit38 import ink_reader, register_fonts  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from text60 import AREA_ORDER, AREA_TEXT, L, chapters, kr, toc  # noqa: E402

W, H = A4


class Doc:
    """A top-down reportlab writer that repeats the header and footer on every page."""

    def __init__(self, target, s, font="LS", bold="LSB"):
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle(s["doc_title"])
        self.s, self.f, self.b = s, font, bold
        self.page = 1
        self._frame()

    def _frame(self):
        c = self.c
        c.setFont(self.f, 8)
        c.drawString(50, H - 30, self.s["header"])
        c.line(50, H - 34, W - 50, H - 34)
        c.line(50, 40, W - 50, 40)
        c.drawString(50, 28, self.s["footer"])
        c.drawRightString(W - 50, 28, L(self.s, f"Side {self.page}", f"Side {self.page}"))
        self.y = H - 60

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self._frame()

    def need(self, dy):
        if self.y - dy < 55:
            self.new_page()

    def line(self, text, bold=False, size=11, x=50):
        self.need(size + 5)
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, text)
        self.y -= size + 5

    def para(self, text, width=88):
        for ln in textwrap.wrap(text, width):
            self.line(ln)
        self.y -= 4

    def table(self, rows, widths=None):
        n = len(rows[0])
        widths = widths or ([200] + [(W - 100 - 200) / (n - 1)] * (n - 1) if n > 1 else [W - 100])
        for i, r in enumerate(rows):
            lines = [textwrap.wrap(v, max(8, int(w / 5.8))) or [""] for v, w in zip(r, widths)]
            hgt = 15 * max(len(x) for x in lines) + 4
            self.need(hgt)
            x = 50
            for cell, w in zip(lines, widths):
                self.c.rect(x, self.y - hgt + 10, w, hgt, stroke=1, fill=0)
                self.c.setFont(self.b if i == 0 else self.f, 10)
                for k, ln in enumerate(cell):
                    self.c.drawString(x + 3, self.y - k * 15, ln)
                x += w
            self.y -= hgt
        self.y -= 8

    def body(self):
        for kind, v in chapters(self.s):
            if kind == "h":
                if v[:2] in ("4 ", "7 "):
                    self.new_page()
                self.y -= 4
                self.line(v, bold=True, size=12)
            elif kind == "p":
                self.para(v)
            else:
                self.table(v)

    def ink(self, seed, x, y, w=140, h=40):
        self.c.drawImage(ink_reader(seed), x, y, w, h, mask="auto")

    def save(self):
        self.c.save()


def _mark(on):
    return "[X]" if on else "[  ]"


def signatures(d: Doc, s):
    """Ink stacked above a line with place/date, name and title under it; or an electronic approval line."""
    d.new_page() if d.y < 300 else None
    d.line("10 Underskrifter", bold=True, size=12)
    if s.get("eapproval"):
        parts = [f"{g['name']}, {g['title_shown']}, {g['shown']}" for g in s["sigs"]]
        d.para(L(s, "Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem av: ",
                 "Søknaden er elektronisk godkjend i saksbehandlingssystemet til kommunen av: ") + "; ".join(parts) + ".")
        return
    for role in ["nav_leader", "municipality"]:
        sig = next((g for g in s["sigs"] if g["role"] == role), None)
        d.need(110)
        d.line(L(s, "Nav-kontorets leder", "Leiar for Nav-kontoret") if role == "nav_leader"
               else L(s, "Kommunens ledelse", "Kommuneleiinga"), bold=True)
        if sig:
            d.ink(s["id"] + role, 60, d.y - 40)
        d.c.line(50, d.y - 45, 300, d.y - 45)
        d.y -= 58
        if sig:
            d.line(f"{s['place']}, {sig['shown']}    {sig['name']}, {sig['title_shown']}", size=9)
        else:
            d.line(L(s, "Sted, dato, navn og tittel", "Stad, dato, namn og tittel"), size=9)
        d.y -= 10


def text_pdf(s, out: Path):
    d = Doc(str(out), s, *s.get("fonts", ("LS", "LSB")))
    d.line(s["doc_title"], bold=True, size=14)
    d.line(L(s, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknadsåret 2020",
             "Tilskot til utvikling av sosiale tenester i Nav – søknadsåret 2020"), size=9)
    d.y -= 6
    d.line(L(s, "Innhold", "Innhald"), bold=True)
    for ln in toc(s):
        d.line(ln, size=9, x=60)
    d.y -= 6
    d.line(L(s, "Sammendrag – opplysninger om søker", "Samandrag – opplysningar om søkjar"), bold=True, size=12)
    rows = [[L(s, "Søker (Nav-kontor)", "Søkjar (Nav-kontor)"), s["office_shown"]],
            [L(s, "Kommune", "Kommune"), s["muni"]],
            [L(s, "Org.nr.", "Org.nr."), s["org_shown"]],
            [L(s, "Kontaktperson", "Kontaktperson"), s["contact_shown"]],
            [L(s, "Prosjektnavn", "Prosjektnamn"), s["title_shown"]],
            [L(s, "Type prosjekt", "Type prosjekt"), s["kind_shown"]],
            [L(s, "Oppstart", "Oppstart"), s["start_shown"]],
            [L(s, "Stillinger i prosjektet", "Stillingar i prosjektet"), "; ".join(f"{a} {b}".strip() for a, b in s["pos_lines"])],
            [L(s, "Søknadsbeløp lønn", "Søknadsbeløp løn"), "kr " + kr(s["pos_amount"]) + ",-"],
            [L(s, "Søknadsbeløp kompetanse", "Søknadsbeløp kompetanse"), "kr " + kr(s["comp"]) + ",-"],
            [L(s, "Totalt omsøkt beløp", "Totalt søkt beløp"), "kr " + kr(s["total_shown"]) + ",-"]]
    d.table(rows, [200, W - 300])
    d.line(L(s, "Prioriterte områder (kryss av)", "Prioriterte område (kryss av)"), bold=True)
    for k in AREA_ORDER:
        d.line(f"{_mark(k in s['areas'])}  {AREA_TEXT[s['lang']][k]}", x=60)
    d.line(L(s, f"{_mark(s['net'])} Ja  {_mark(not s['net'])} Nei   Interessert i nettverk/klyngesamarbeid",
             f"{_mark(s['net'])} Ja  {_mark(not s['net'])} Nei   Interessert i nettverk/klyngesamarbeid"), x=60)
    d.line(L(s, f"{_mark(s['eval'])} Ja  {_mark(not s['eval'])} Nei   Interessert i ekstern prosessevaluering",
             f"{_mark(s['eval'])} Ja  {_mark(not s['eval'])} Nei   Interessert i ekstern prosessevaluering"), x=60)
    d.new_page()
    d.body()
    signatures(d, s)
    d.save()


def acro_pdf(s, out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    d = Doc(buf, s, "DV", "DVB")
    c = d.c
    d.line(s["doc_title"], bold=True, size=13)
    d.line(L(s, "Utfyllbart søknadsskjema – Nav-kontorets opplysninger", "Utfyllbart søknadsskjema – opplysningar frå Nav-kontoret"), size=9)
    form = c.acroForm
    fields = [("f_kontor", L(s, "Nav-kontor", "Nav-kontor")), ("f_kommune", "Kommune"),
              ("f_orgnr", "Organisasjonsnummer"), ("f_kontakt", "Kontaktperson"), ("f_epost", "E-post"),
              ("f_tlf", "Telefon"), ("f_tittel", L(s, "Prosjekttittel", "Prosjekttittel")),
              ("f_start", L(s, "Oppstartsdato", "Oppstartsdato")), ("f_prosent", L(s, "Stillingsprosent totalt", "Stillingsprosent totalt")),
              ("f_lonn", L(s, "Lønn og sosiale kostnader (kr)", "Løn og sosiale kostnader (kr)")),
              ("f_komp", L(s, "Kompetansemidler (kr)", "Kompetansemidlar (kr)")), ("f_sum", L(s, "Sum søknadsbeløp (kr)", "Sum søknadsbeløp (kr)"))]
    y = d.y - 10
    c.setFont("DV", 9)
    for name, label in fields:
        c.drawString(50, y + 5, label)
        form.textfield(name=name, x=230, y=y, width=310, height=17, borderWidth=1, fontSize=9)
        y -= 24
    boxes = [("b_ny", L(s, "Nytt prosjekt", "Nytt prosjekt")), ("b_vf", L(s, "Videreføring", "Vidareføring"))]
    boxes += [(f"b_{k[:6]}", AREA_TEXT[s["lang"]][k]) for k in AREA_ORDER]
    boxes += [("b_nett", L(s, "Ønsker nettverk/klyngesamarbeid", "Ønskjer nettverk/klyngesamarbeid")),
              ("b_eval", L(s, "Ønsker ekstern prosessevaluering", "Ønskjer ekstern prosessevaluering"))]
    for name, label in boxes:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="check")
        c.drawString(68, y + 2, label)
        y -= 19
    d.y = y - 10
    d.new_page()
    d.body()
    signatures(d, s)
    d.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], s["acro"], auto_regenerate=False)
    on = {"b_ny"} if s["kind"] == "new" else {"b_vf"}
    on |= {f"b_{k[:6]}" for k in s["areas"]}
    on |= {"b_nett"} if s["net"] else set()
    on |= {"b_eval"} if s["eval"] else set()
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
