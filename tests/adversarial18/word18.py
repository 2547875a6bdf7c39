"""Word documents of the eighteenth corpus: how forms are really filled and edited in Word."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit18 import esc, ink_png, orgnr, patch_docx, replace_marker, replace_run, run, soffice_convert  # noqa: E402

FIXED = dt.datetime(2020, 1, 20, 9, 0, 0)
_ids = iter(range(100, 10000))


def new_doc(author="Nav"):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def tick(b: bool, on="☒", off="☐") -> str:
    return on if b else off


# ---- raw XML pieces ---------------------------------------------------------------------------

PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def sdt(kind_xml: str, content_runs: str, alias: str, tag: str, placeholder=False) -> str:
    ph = ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
          if placeholder else "")
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/><w:id w:val="{next(_ids)}"/>'
            f'{ph}{kind_xml}</w:sdtPr><w:sdtContent>{content_runs}</w:sdtContent></w:sdt>')


def sdt_text(value, alias, tag="", rich=False, placeholder=False):
    if placeholder:
        runs = run(PLACEHOLDER, '<w:rStyle w:val="Plassholdertekst"/><w:color w:val="808080"/>')
    else:
        runs = run(value)
    return sdt("" if rich else "<w:text/>", runs, alias, tag or alias, placeholder)


def sdt_list(items, value, alias, combo=False):
    li = '<w:listItem w:displayText="Velg et element." w:value=""/>' + "".join(
        f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in items)
    k = "w:comboBox" if combo else "w:dropDownList"
    return sdt(f'<{k} w:lastValue="{esc(value)}">{li}</{k}>', run(value), alias, alias)


def sdt_date(iso, shown, alias, fmt="d. MMMM yyyy"):
    k = (f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="nb-NO"/>'
         '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return sdt(k, run(shown), alias, alias)


def sdt_check(checked, alias, on=("2714", "Segoe UI Symbol"), off=("2610", "MS Gothic")):
    k = (f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
         f'<w14:checkedState w14:val="{on[0]}" w14:font="{on[1]}"/>'
         f'<w14:uncheckedState w14:val="{off[0]}" w14:font="{off[1]}"/></w14:checkbox>')
    g, f = on if checked else off
    r = (f'<w:r><w:rPr><w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}"/></w:rPr>'
         f'<w:t>{chr(int(g, 16))}</w:t></w:r>')
    return sdt(k, r, alias, alias)


def ff_begin(name, inner):
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/>{inner}</w:ffData></w:fldChar></w:r>')


def ff_text(name, value, maxlen=None):
    ml = f'<w:maxLength w:val="{maxlen}"/>' if maxlen else ""
    return (ff_begin(name, f"<w:textInput>{ml}</w:textInput>")
            + '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{esc(value)}</w:t></w:r>'
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ff_check(name, state_xml):
    return (ff_begin(name, f'<w:checkBox><w:sizeAuto/>{state_xml}</w:checkBox>')
            + '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ff_drop(name, entries, result):
    li = "".join(f'<w:listEntry w:val="{esc(e)}"/>' for e in entries)
    # Word writes no result text for a drop-down: the shown entry is w:result (0-based)
    return (ff_begin(name, f'<w:ddList><w:result w:val="{result}"/>{li}</w:ddList>')
            + '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def add_ink(paragraph, seed, width_cm=4.2):
    paragraph.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(width_cm))


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def apply(path: Path, subs: list[tuple[str, str]], mode="run", extra=None):
    """Replace marker runs (or paragraphs with mode='p') in every Word XML part."""
    def fn(xml):
        for m, new in subs:
            if m in xml:
                xml = (replace_run if mode == "run" else replace_marker)(xml, m, new)
        return xml
    patch_docx(path, {"*": fn}, extra)


# =============================================================================================
# t01  docx-form: tracked changes and margin comments
# =============================================================================================

def t01(out: Path):
    org = orgnr("97418362")
    d = new_doc("Hege Mørk")
    h = d.add_paragraph()
    r = h.add_run("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Sendes Statsforvalteren i Innlandet innen 1. februar 2020.")
    rows = [
        ("Søkende Nav-kontor", "Nav Ringsaker"),
        ("Kommune", "Ringsaker"),
        ("Org.nr.", f"{org[:3]} {org[3:6]} {org[6:]}"),
        ("Kontaktperson i Nav", "Hege Mørk"),
        ("E-post", "hege.mork@nav.no"),
        ("Telefon", "412 26 390"),
        ("Prosjektets navn", "⟦TITLE⟧"),
        ("Søknadstype", "☒ Nytt prosjekt    ☐ Videreføring"),
        ("Planlagt oppstart", "⟦START⟧"),
        ("Stillingsandel", "⟦PCT⟧"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    d.add_paragraph()
    d.add_paragraph().add_run("Budsjett for 2020").bold = True
    bt = d.add_table(rows=4, cols=2)
    bt.style = "Table Grid"
    for i, (a, b) in enumerate([("Budsjettpost", "Beløp (kr)"), ("Lønn og sosiale utgifter, 1 stilling", "⟦POS⟧"),
                                ("Kompetansemidler", "10 000"), ("Sum omsøkt", "⟦TOT⟧")]):
        cell_text(bt.cell(i, 0), a, bold=i in (0, 3))
        cell_text(bt.cell(i, 1), b, bold=i in (0, 3))
    d.add_paragraph()
    d.add_paragraph().add_run("Hvilke satsingsområder retter prosjektet seg mot?").bold = True
    d.add_paragraph("☒ Bruk av ordinært arbeidsliv")
    d.add_paragraph("☐ Oppfølging av barnefamilier, ungdom og innvandrere")
    d.add_paragraph("☒ Sikring av sårbare overganger")
    d.add_paragraph("Prosjektet skal gi unge voksne på sosialhjelp en fast jobbspesialist som følger dem ut i "
                    "ordinære virksomheter og gjennom overgangen fra skole og tiltak til arbeid.")
    d.add_paragraph().add_run("Interesse").bold = True
    d.add_paragraph("Ønsker dere å delta i nettverk/klyngesamarbeid?   ☒ Ja   ☐ Nei")
    d.add_paragraph("Ønsker dere ekstern prosessevaluering?   ☐ Ja   ☒ Nei")
    d.add_paragraph()
    d.add_paragraph().add_run("Underskrifter").bold = True
    for seed, place, name, title in ((101, "Brumunddal, 29.01.2020", "Kari Tangen", "Nav-leder"),
                                      (102, "Brumunddal, 30.01.2020", "Ole Bakken", "kommunedirektør")):
        d.add_paragraph(f"Sted/dato: {place}")
        add_ink(d.add_paragraph(), seed)
        d.add_paragraph(f"{name}, {title}")
    # margin comments (their text is not the application)
    title_par = t.cell(6, 1).paragraphs[0]
    d.add_comment(title_par.runs, text="Forslag: kalle det «Jobbspor 2.0»? Da kan vi søke 700 000. /OB",
                  author="Ole Bakken", initials="OB")
    d.add_comment(bt.cell(1, 1).paragraphs[0].runs,
                  text="Sjekk taket: maks 610 000 per 100 % stilling. Vi hadde 640 000 først.", author="Kari Tangen",
                  initials="KT")
    d.save(out)

    def ch(old, new, i):
        a = 'w:author="Kari Tangen" w:date="2020-01-28T14:02:00Z"'
        return (f'<w:del w:id="{900 + 2 * i}" {a}><w:r><w:delText xml:space="preserve">{esc(old)}</w:delText></w:r></w:del>'
                f'<w:ins w:id="{901 + 2 * i}" {a}>{run(new)}</w:ins>')

    def fn(xml):
        # tracked changes INSIDE the comment range: replace only the marker's w:t text run
        xml = replace_run(xml, "⟦TITLE⟧", run("Jobbspor for unge voksne"))
        xml = replace_run(xml, "⟦START⟧", ch("01.03.2020", "01.04.2020", 1))
        xml = replace_run(xml, "⟦PCT⟧", ch("80 %", "100 %", 2))
        xml = replace_run(xml, "⟦POS⟧", ch("640 000", "605 000", 3))
        xml = replace_run(xml, "⟦TOT⟧", '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">kr </w:t></w:r>'
                          + ch("650 000", "615 000", 4).replace("<w:r><w:t", "<w:r><w:rPr><w:b/></w:rPr><w:t"))
        return xml
    patch_docx(out, {"word/document.xml": fn})
    return truth("t01", "docx", "docx-form", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Ringsaker", "Ringsaker", org), contact=("Hege Mørk", "hege.mork@nav.no", "41226390"),
                 project=("Jobbspor for unge voksne", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "other": None, "total": 615000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Tangen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Ole Bakken", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["tracked changes: deleted 01.03.2020 / 80 % / 640 000 / 650 000 must not count, the "
                        "inserted 01.04.2020 / 100 % / 605 000 / 615 000 must",
                        "margin comments name 700 000 and 640 000: not the application's values"])


# =============================================================================================
# t02  docx-form: Nynorsk template hint text typed over, org nr only in the header, saved by LibreOffice
# =============================================================================================

def t02(out: Path):
    org = orgnr("97455611")
    d = new_doc("Eirik Sandvik")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"NAV Stryn  ·  Organisasjonsnummer {org[:3]} {org[3:6]} {org[6:]}  ·  Tonningsgata 4, 6783 Stryn"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Søknadsskjema 2020 – tilskot til utvikling av sosiale tenester i Nav – nynorsk utgåve"
    fp.runs[0].font.size = Pt(8)
    h = d.add_paragraph()
    r = h.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    r.bold = True
    r.font.size = Pt(14)
    hint = dict(italic=True, color="7F7F7F")

    def q(label, answer):
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p2 = d.add_paragraph()
        r = p2.add_run(answer)
        r.italic = True
        r.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
        p2.paragraph_format.left_indent = Cm(0.6)

    d.add_paragraph().add_run("1  Søkjar").font.size = Pt(12)
    q("1.1  Nav-kontor", "Nav Stryn")
    q("1.2  Kommune", "Stryn kommune")
    q("1.3  Kontaktperson", "Namn, e-post og telefon: Eirik Sandvik, eirik.sandvik@nav.no, 957 14 328")
    q("1.4  Faks", "[Skriv faksnummer her]")
    d.add_paragraph().add_run("2  Prosjektet").font.size = Pt(12)
    q("2.1  Namn på prosjektet", "Ung i jobb i Nordfjord")
    q("2.2  Ny søknad eller vidareføring?", "Vidareføring (år 2 av 3)")
    q("2.3  Planlagd oppstart", "1. mars 2020")
    q("2.4  Stillingar", "Ei stilling (100 %) som jobbspesialist for ungdom")
    d.add_paragraph().add_run("3  Budsjett").font.size = Pt(12)
    q("3.1  Løn og sosiale kostnader", "600 000 kr")
    q("3.2  Samla søknadsbeløp", "600 000 kr")
    d.add_paragraph().add_run("4  Prioriterte område").font.size = Pt(12)
    d.add_paragraph("☐ Bruk av ordinært arbeidsliv")
    d.add_paragraph("☒ Oppfølging av barnefamiliar, ungdom og innvandrarar")
    d.add_paragraph("☐ Sikring av sårbare overgangar")
    q("4.1  Grunngjeving", "Ungdom mellom 18 og 25 år med ungdomar frå innvandrarfamiliar får tett oppfølging.")
    d.add_paragraph().add_run("5  Interesse").font.size = Pt(12)
    q("5.1  Ønskjer de å vere med i nettverk/klyngesamarbeid?", "Ja")
    q("5.2  Ønskjer de ekstern prosessevaluering?", "Ja")
    d.add_paragraph().add_run("6  Godkjenning").font.size = Pt(12)
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar. "
                    "Godkjent av Nav-leiar Siri Loen 30.01.2020 og kommunedirektør Per Hjelle 31.01.2020.")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "t02.docx"
        d.save(src)
        o = Path(td) / "o"
        o.mkdir()
        res = soffice_convert(src, "docx:MS Word 2007 XML", o)
        shutil.copy(res, out)
    return truth("t02", "docx", "docx-form", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Stryn", "Stryn", org), contact=("Eirik Sandvik", "eirik.sandvik@nav.no", "95714328"),
                 project=("Ung i jobb i Nordfjord", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Siri Loen", "Nav-leiar", "2020-01-30", "electronic_approval"),
                       ("municipality", "Per Hjelle", "Kommunedirektør", "2020-01-31", "electronic_approval")],
                 notes=["every answer is in the template's grey italic hint style (typed over the hint)",
                        "the organisation number is only in the page header",
                        "contact answer keeps the hint's lead-in 'Namn, e-post og telefon:'",
                        "saved by LibreOffice 7.4 (docx round trip)"])


# =============================================================================================
# t03  docx-form: Google-Docs-like export, merged cells and a nested budget table; municipality block empty
# =============================================================================================

def _merge_h(t, r, c0, c1):
    return t.cell(r, c0).merge(t.cell(r, c1))


def t03(out: Path):
    org = orgnr("96442870")
    d = new_doc("")
    d.core_properties.author = ""
    h = d.add_paragraph()
    r = h.add_run("SØKNAD – Tilskudd til utvikling av sosiale tjenester i NAV 2020")
    r.bold = True
    r.font.size = Pt(13)
    t = d.add_table(rows=9, cols=4)
    t.style = "Table Grid"
    c = _merge_h(t, 0, 0, 3)
    cell_text(c, "Del 1 – Søker", bold=True)
    cell_text(t.cell(1, 0), "Søker (NAV-kontor)", bold=True)
    cell_text(t.cell(1, 1), "NAV Nord-Fron")
    cell_text(t.cell(1, 2), "Kommune", bold=True)
    cell_text(t.cell(1, 3), "Nord-Fron")
    cell_text(t.cell(2, 0), "Organisasjonsnr.", bold=True)
    cell_text(_merge_h(t, 2, 1, 3), f"{org}")
    k = t.cell(3, 0).merge(t.cell(4, 0))  # vertical merge
    cell_text(k, "Kontaktperson", bold=True)
    cell_text(t.cell(3, 1), "Navn")
    cell_text(_merge_h(t, 3, 2, 3), "Lise Kvam")
    cell_text(t.cell(4, 1), "E-post / telefon")
    cell_text(_merge_h(t, 4, 2, 3), "lise.kvam@nav.no / 61 21 55 07")
    cell_text(_merge_h(t, 5, 0, 3), "Del 2 – Tiltaket", bold=True)
    cell_text(t.cell(6, 0), "Tittel på tiltaket", bold=True)
    cell_text(_merge_h(t, 6, 1, 3), "Sammen om overgangen")
    cell_text(t.cell(7, 0), "Nytt tiltak eller videreføring?", bold=True)
    cell_text(t.cell(7, 1), "Nytt")
    cell_text(t.cell(7, 2), "Ønsket oppstart", bold=True)
    cell_text(t.cell(7, 3), "august 2020")
    cell_text(t.cell(8, 0), "Budsjett 2020", bold=True)
    bc = _merge_h(t, 8, 1, 3)
    nested = bc.add_table(rows=5, cols=3)
    nested.style = "Table Grid"
    for i, row in enumerate([("Stilling", "Stillingsprosent", "Lønn og sos. kostnader"),
                             ("Miljøterapeut", "50 %", "300 000"), ("Jobbspesialist", "50 %", "300 000"),
                             ("Kompetanse (prosessveiledning)", "", "8 000"), ("Sum søknadsbeløp", "", "608 000")]):
        for j, v in enumerate(row):
            cell_text(nested.cell(i, j), v, bold=i in (0, 4))
    d.add_paragraph()
    pt = d.add_table(rows=4, cols=2)
    pt.style = "Table Grid"
    for i, (a, b) in enumerate([("Satsingsområde", "Kryss av"), ("Bruk av ordinært arbeidsliv", ""),
                                ("Oppfølging av barnefamilier, ungdom og innvandrere", ""),
                                ("Sikring av sårbare overganger", "X")]):
        cell_text(pt.cell(i, 0), a, bold=i == 0)
        cell_text(pt.cell(i, 1), b, bold=i == 0)
    d.add_paragraph()
    d.add_paragraph("Interesse for nettverk/klyngesamarbeid: ja")
    d.add_paragraph("Interesse for ekstern prosessevaluering: nei")
    d.add_paragraph()
    st = d.add_table(rows=5, cols=2)
    st.style = "Table Grid"
    cell_text(_merge_h(st, 0, 0, 1), "Underskrifter", bold=True)
    cell_text(st.cell(1, 0), "NAV-leder", bold=True)
    cell_text(st.cell(1, 1), "Rådmann", bold=True)
    add_ink(st.cell(2, 0).paragraphs[0], 303)
    cell_text(st.cell(2, 1), "\n\n")
    cell_text(st.cell(3, 0), "Navn: Trond Sveen")
    cell_text(st.cell(3, 1), "Navn:")
    cell_text(st.cell(4, 0), "Sted/dato: Vinstra, 27.01.2020")
    cell_text(st.cell(4, 1), "Sted/dato:")
    d.save(out)
    # producer of a Google Docs export
    patch_docx(out, {"docProps/app.xml": lambda x: re.sub(r"<Application>[^<]*</Application>",
                                                         "<Application>Google Docs</Application>", x)})
    return truth("t03", "docx", "docx-form", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Nord-Fron", "Nord-Fron", org), contact=("Lise Kvam", "lise.kvam@nav.no", "61215507"),
                 project=("Sammen om overgangen", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 600000, "competence": 8000, "other": None, "total": 608000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Trond Sveen", "Nav-leder", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["merged cells (gridSpan, vMerge) and a budget table nested in a merged cell",
                        "planted defect: the Rådmann column has caption, empty Navn: and Sted/dato: only"])


# =============================================================================================
# t04  docx-controls: every kind of content control; phone left on the placeholder
# =============================================================================================

def t04(out: Path):
    org = orgnr("97492612")
    d = new_doc("Anders Bråten")
    h = d.add_paragraph()
    r = h.add_run("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Fyll ut de grå feltene. Søknaden sendes Statsforvalteren innen 1. februar 2020.")
    rows = [("Nav-kontor", "⟦C_OFF⟧"), ("Kommune", "⟦C_MUN⟧"), ("Organisasjonsnummer", "⟦C_ORG⟧"),
            ("Kontaktperson", "⟦C_CON⟧"), ("E-postadresse", "⟦C_MAIL⟧"), ("Telefonnummer", "⟦C_TEL⟧"),
            ("Prosjektnavn", "⟦C_TIT⟧"), ("Søknaden gjelder", "⟦C_KIND⟧"), ("Oppstartsdato", "⟦C_START⟧"),
            ("Stillingsprosent", "⟦C_PCT⟧"), ("Lønn inkl. sosiale kostnader (kr)", "⟦C_POS⟧"),
            ("Prosjektspesifikk kompetanse (kr)", "⟦C_KOMP⟧"), ("Totalt omsøkt beløp (kr)", "⟦C_TOT⟧")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    d.add_paragraph()
    d.add_paragraph().add_run("Prioriterte områder (kryss av)").bold = True
    for m, lab in (("⟦K_A1⟧", "Bruk av ordinært arbeidsliv"),
                   ("⟦K_A2⟧", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                   ("⟦K_A3⟧", "Sikring av sårbare overganger")):
        p = d.add_paragraph()
        p.add_run(m)
        p.add_run("  " + lab)
    d.add_paragraph().add_run("Interesse").bold = True
    for lab, mj, mn in (("Nettverk/klyngesamarbeid", "⟦K_NJ⟧", "⟦K_NN⟧"),
                        ("Ekstern prosessevaluering", "⟦K_PJ⟧", "⟦K_PN⟧")):
        p = d.add_paragraph(lab + ":   Ja ")
        p.add_run(mj)
        p.add_run("   Nei ")
        p.add_run(mn)
    d.add_paragraph()
    st = d.add_table(rows=4, cols=2)
    for j, (title, mname, mdate, seed) in enumerate((("Nav-leder", "⟦S_N1⟧", "⟦S_D1⟧", 401),
                                                     ("Kommunedirektør", "⟦S_N2⟧", "⟦S_D2⟧", 402))):
        cell_text(st.cell(0, j), "Dato: ")
        st.cell(0, j).paragraphs[0].add_run(mdate)
        add_ink(st.cell(1, j).paragraphs[0], seed)
        p = cell_text(st.cell(2, j), title + ": ")
        p.add_run(mname)
    d.save(out)
    sq_on, sq_off = ("25A0", "Arial"), ("25A1", "Arial")
    subs = [
        ("⟦C_OFF⟧", sdt_text("Nav Hamar", "Nav-kontor")),
        ("⟦C_MUN⟧", sdt_list(["Hamar", "Løten", "Stange", "Elverum"], "Hamar", "Kommune", combo=True)),
        ("⟦C_ORG⟧", sdt_text(org, "Orgnr")),
        ("⟦C_CON⟧", sdt_text("Anders Bråten", "Kontaktperson", rich=True)),
        ("⟦C_MAIL⟧", sdt_text("anders.braten@nav.no", "E-post")),
        ("⟦C_TEL⟧", sdt_text("", "Telefon", rich=True, placeholder=True)),
        ("⟦C_TIT⟧", sdt_text("Veien inn – arbeid for familier", "Prosjektnavn", rich=True)),
        ("⟦C_KIND⟧", sdt_list(["Nytt prosjekt", "Videreføring"], "Nytt prosjekt", "Søknadstype")),
        ("⟦C_START⟧", sdt_date("2020-09-01", "1. september 2020", "Oppstart")),
        ("⟦C_PCT⟧", sdt_list(["20 %", "50 %", "80 %", "100 %"], "100 %", "Stillingsprosent")),
        ("⟦C_POS⟧", sdt_text("600 000", "Lønn")),
        ("⟦C_KOMP⟧", sdt_text("10 000", "Kompetanse")),
        ("⟦C_TOT⟧", sdt_text("610 000", "Totalt")),
        ("⟦K_A1⟧", sdt_check(False, "Område 1")),
        ("⟦K_A2⟧", sdt_check(True, "Område 2")),
        ("⟦K_A3⟧", sdt_check(False, "Område 3")),
        ("⟦K_NJ⟧", sdt_check(True, "Nettverk ja", sq_on, sq_off)),
        ("⟦K_NN⟧", sdt_check(False, "Nettverk nei", sq_on, sq_off)),
        ("⟦K_PJ⟧", sdt_check(False, "Prosess ja", sq_on, sq_off)),
        ("⟦K_PN⟧", sdt_check(True, "Prosess nei", sq_on, sq_off)),
        ("⟦S_N1⟧", sdt_text("Marit Holm", "Navn Nav-leder")),
        ("⟦S_N2⟧", sdt_text("Knut Aas", "Navn kommunedirektør")),
        ("⟦S_D1⟧", sdt_date("2020-01-24", "24.01.2020", "Dato 1", "dd.MM.yyyy")),
        ("⟦S_D2⟧", sdt_date("2020-01-27", "27.01.2020", "Dato 2", "dd.MM.yyyy")),
    ]
    apply(out, subs)
    return truth("t04", "docx", "docx-controls", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Hamar", "Hamar", org), contact=("Anders Bråten", "anders.braten@nav.no", None),
                 project=("Veien inn – arbeid for familier", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Marit Holm", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Knut Aas", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["telephone control still shows Word's placeholder: null, not a value (e-mail given: no CONTACT_MISSING)",
                        "combo box, drop-down lists, date pickers, w14:checkbox with ✔/☐ and ■/□ glyphs"])


# =============================================================================================
# t05  docx-controls: Nynorsk 2019; controls in the header and in a text box (Choice + VML fallback);
#      title control left on its placeholder -> TITLE_MISSING
# =============================================================================================

A_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def textbox(inner_paras: str, w_emu=5200000, h_emu=900000) -> str:
    body = f"<w:txbxContent>{inner_paras}</w:txbxContent>"
    choice = (f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
              f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
              f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              f'<wp:extent cx="{w_emu}" cy="{h_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
              f'<wp:docPr id="{next(_ids)}" name="Tekstboks 1"/><wp:cNvGraphicFramePr/>'
              f'<a:graphic {A_NS}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm>'
              f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
              f'<wps:txbx>{body}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
              f'</wps:wsp></a:graphicData></a:graphic></wp:anchor>')
    fallback = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                f'<v:shape id="Tekstboks 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:409.5pt;height:70.85pt" strokeweight=".5pt">'
                f'<v:textbox>{body}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>')
    return (f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{choice}</w:drawing></mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def t05(out: Path):
    org = orgnr("97465980")
    d = new_doc("Ingrid Myklebust")
    hp = d.sections[0].header.paragraphs[0]
    hp.add_run("Søkjar: ")
    hp.add_run("⟦H_OFF⟧")
    hp.add_run("     Org.nr.: ")
    hp.add_run("⟦H_ORG⟧")
    h = d.add_paragraph()
    r = h.add_run("Søknad om tilskot til utvikling av sosiale tenester i NAV – 2019")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Søknadsfrist 1. februar 2019. Send søknaden til Fylkesmannen i Sogn og Fjordane.")
    d.add_paragraph("⟦TEXTBOX⟧")
    lines = [("Kommune: ", "⟦B_MUN⟧"), ("Namn på prosjektet: ", "⟦B_TIT⟧"), ("Nytt prosjekt eller vidareføring: ", "⟦B_KIND⟧"),
             ("Oppstart: ", "⟦B_START⟧"), ("Stillingsdel: ", "⟦B_PCT⟧"), ("Løn og sosiale kostnader: ", "⟦B_POS⟧"),
             ("Kompetansemidlar: ", "⟦B_KOMP⟧"), ("Sum søknadsbeløp: ", "⟦B_TOT⟧")]
    for a, m in lines:
        p = d.add_paragraph()
        p.add_run(a).bold = True
        p.add_run(m)
    d.add_paragraph().add_run("Prioriterte område").bold = True
    for m, lab in (("⟦K1⟧", "Bruk av ordinært arbeidsliv"), ("⟦K2⟧", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                   ("⟦K3⟧", "Sikring av sårbare overgangar")):
        p = d.add_paragraph()
        p.add_run(m)
        p.add_run("  " + lab)
    p = d.add_paragraph("Vi ønskjer å delta i nettverk/klyngesamarbeid ")
    p.add_run("⟦K4⟧")
    p = d.add_paragraph("Vi ønskjer ekstern prosessevaluering ")
    p.add_run("⟦K5⟧")
    d.add_paragraph()
    for seed, place, title, name in ((501, "Førde, 25.01.2019", "Nav-leiar", "Ragnhild Solheim"),
                                      (502, "Førde, 28.01.2019", "Rådmann", "Bjørn Vik")):
        d.add_paragraph(f"Stad og dato: {place}")
        add_ink(d.add_paragraph(), seed)
        d.add_paragraph(f"{title} {name}")
    d.save(out)
    tick_on = ("2713", "Segoe UI Symbol")
    tb_paras = ("<w:p>" + run("Kontaktperson: ", "<w:b/>") + sdt_text("Ingrid Myklebust", "Kontaktperson") + "</w:p>"
                + "<w:p>" + run("E-post: ", "<w:b/>") + sdt_text("ingrid.myklebust@nav.no", "E-post")
                + run("   Telefon: ", "<w:b/>") + sdt_text("57 82 33 10", "Telefon") + "</w:p>")
    subs = [("⟦H_OFF⟧", sdt_text("NAV Førde", "Nav-kontor")), ("⟦H_ORG⟧", sdt_text(f"{org[:3]} {org[3:6]} {org[6:]}", "Orgnr")),
            ("⟦B_MUN⟧", sdt_text("Førde", "Kommune")),
            ("⟦B_TIT⟧", sdt_text("", "Prosjektnamn", rich=True, placeholder=True)),
            ("⟦B_KIND⟧", sdt_list(["Nytt prosjekt", "Vidareføring"], "Nytt prosjekt", "Type")),
            ("⟦B_START⟧", sdt_date("2019-04-01", "01.04.2019", "Oppstart", "dd.MM.yyyy")),
            ("⟦B_PCT⟧", sdt_text("100 %", "Stillingsdel")), ("⟦B_POS⟧", sdt_text("580 000 kr", "Løn")),
            ("⟦B_KOMP⟧", sdt_text("10 000 kr", "Kompetanse")), ("⟦B_TOT⟧", sdt_text("590 000 kr", "Sum")),
            ("⟦K1⟧", sdt_check(True, "o1", tick_on)), ("⟦K2⟧", sdt_check(False, "o2", tick_on)),
            ("⟦K3⟧", sdt_check(False, "o3", tick_on)), ("⟦K4⟧", sdt_check(True, "nettverk", tick_on)),
            ("⟦K5⟧", sdt_check(True, "prosess", tick_on))]

    def fn(xml):
        if "⟦TEXTBOX⟧" in xml:
            xml = replace_marker(xml, "⟦TEXTBOX⟧", textbox(tb_paras))
        for m, new in subs:
            if m in xml:
                xml = replace_run(xml, m, new)
        return xml
    patch_docx(out, {"*": fn})
    return truth("t05", "docx", "docx-controls", lang="nn", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Førde", "Førde", org), contact=("Ingrid Myklebust", "ingrid.myklebust@nav.no", "57823310"),
                 project=(None, "new", "2019-04-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Solheim", "Nav-leiar", "2019-01-25", "handwritten"),
                       ("municipality", "Bjørn Vik", "Rådmann", "2019-01-28", "handwritten")],
                 expected=["TITLE_MISSING"],
                 notes=["office and org nr are content controls in the page header",
                        "contact in a text box written twice (DrawingML Choice and VML Fallback, as Word does): count once",
                        "planted defect: the title control still shows 'Klikk eller trykk her for å skrive inn tekst.'"])


# =============================================================================================
# t06  docx-legacy-fields: FORMTEXT, FORMCHECKBOX (checked overrides default) and FORMDROPDOWN
# =============================================================================================

def t06(out: Path):
    org = orgnr("96436311")
    d = new_doc("Jon Erik Haugen")
    h = d.add_paragraph()
    r = h.add_run("Søknadsskjema 2020 – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Skjemaet er beskyttet. Bruk tabulatortasten for å gå fra felt til felt.")
    rows = [("Opplysning", "Utfylles av søker"), ("NAV-kontor", "⟦F_OFF⟧"), ("Kommune", "⟦F_MUN⟧"),
            ("Org.nummer", "⟦F_ORG⟧"), ("Kontaktperson", "⟦F_CON⟧"), ("Mobil", "⟦F_TEL⟧"), ("E-post", "⟦F_MAIL⟧"),
            ("Prosjektnavn", "⟦F_TIT⟧"), ("Type søknad", "⟦D_KIND⟧"), ("Prosjektår", "⟦D_YEAR⟧"),
            ("Oppstart (dd.mm.åååå)", "⟦F_START⟧"), ("Stillingsstørrelse", "⟦D_PCT⟧"),
            ("Lønn og sosiale kostnader", "⟦F_POS⟧"), ("Kompetansemidler", "⟦F_KOMP⟧"), ("Sum omsøkt", "⟦F_TOT⟧")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b, bold=i == 0)
    d.add_paragraph()
    d.add_paragraph().add_run("Prioriterte områder").bold = True
    for m, lab in (("⟦X1⟧", "Bruk av ordinært arbeidsliv"), ("⟦X2⟧", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                   ("⟦X3⟧", "Sikring av sårbare overganger")):
        p = d.add_paragraph()
        p.add_run(m)
        p.add_run("  " + lab)
    p = d.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?  ")
    p.add_run("⟦D_NET⟧")
    p = d.add_paragraph("Ønsker kontoret ekstern prosessevaluering?  ")
    p.add_run("⟦D_PROC⟧")
    d.add_paragraph()
    st = d.add_table(rows=3, cols=3)
    st.style = "Table Grid"
    for j, v in enumerate(("Sted og dato", "Underskrift", "Navn og stilling")):
        cell_text(st.cell(0, j), v, bold=True)
    for i, (place, seed, who) in enumerate((("Kongsberg, 22.01.2020", 601, "Tone Rud, NAV-leder"),
                                             ("Kongsberg, 23.01.2020", 602, "Kari Lie, kommunalsjef")), start=1):
        cell_text(st.cell(i, 0), place)
        add_ink(st.cell(i, 1).paragraphs[0], seed, 3.6)
        cell_text(st.cell(i, 2), who)
    d.save(out)
    subs = [("⟦F_OFF⟧", ff_text("Tekst1", "NAV Kongsberg")), ("⟦F_MUN⟧", ff_text("Tekst2", "Kongsberg")),
            ("⟦F_ORG⟧", ff_text("Tekst3", org, 9)), ("⟦F_CON⟧", ff_text("Tekst4", "Jon Erik Haugen")),
            ("⟦F_TEL⟧", ff_text("Tekst5", "480 12 345")), ("⟦F_MAIL⟧", ff_text("Tekst6", "jon.erik.haugen@nav.no")),
            ("⟦F_TIT⟧", ff_text("Tekst7", "Arbeid med mening")),
            ("⟦D_KIND⟧", ff_drop("Rullegardin1", ["Velg", "Nytt prosjekt", "Videreføring"], 2)),
            ("⟦D_YEAR⟧", ff_drop("Rullegardin2", ["1. år", "2. år", "3. år"], 1)),
            ("⟦F_START⟧", ff_text("Tekst8", "01.01.2020")),
            ("⟦D_PCT⟧", ff_drop("Rullegardin3", ["50 %", "80 %", "100 %"], 1)),
            ("⟦F_POS⟧", ff_text("Tekst9", "kr 488 000")), ("⟦F_KOMP⟧", ff_text("Tekst10", "kr 10 000")),
            ("⟦F_TOT⟧", ff_text("Tekst11", "kr 498 000")),
            ("⟦X1⟧", ff_check("Avmerking1", '<w:default w:val="0"/><w:checked w:val="1"/>')),
            ("⟦X2⟧", ff_check("Avmerking2", '<w:default w:val="1"/><w:checked w:val="0"/>')),
            ("⟦X3⟧", ff_check("Avmerking3", '<w:default w:val="0"/><w:checked/>')),
            ("⟦D_NET⟧", ff_drop("Rullegardin4", ["Ja", "Nei"], 0)),
            ("⟦D_PROC⟧", ff_drop("Rullegardin5", ["Ja", "Nei"], 1))]

    def settings(x):
        return x.replace("<w:zoom", '<w:documentProtection w:edit="forms" w:enforcement="1"/><w:zoom', 1)
    patch_docx(out, {"*": lambda x: _subs(x, subs), "word/settings.xml": settings})
    return truth("t06", "docx", "docx-legacy-fields", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Kongsberg", "Kongsberg", org), contact=("Jon Erik Haugen", "jon.erik.haugen@nav.no", "48012345"),
                 project=("Arbeid med mening", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "other": None, "total": 498000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Tone Rud", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Kari Lie", "Kommunalsjef", "2020-01-23", "handwritten")],
                 notes=["FORMDROPDOWN values exist only as w:result indexes (no result text): kind Videreføring, year 2, 80 %, Ja / Nei",
                        "FORMCHECKBOX 2 has default=1 but checked=0: NOT ticked; box 3 has a bare <w:checked/>: ticked",
                        "488 000 for 80 % is exactly at the cap (610 000 × 0.8)"])


def _subs(xml, subs):
    for m, new in subs:
        if m in xml:
            xml = replace_run(xml, m, new)
    return xml


# =============================================================================================
# t14  not-application: the county's assessment form (vurderingsskjema) filled with content controls
# =============================================================================================

def t14(out: Path):
    org = orgnr("97459161")
    d = new_doc("Hanne Bakke")
    h = d.add_paragraph()
    r = h.add_run("Vurderingsskjema – tilskudd til utvikling av sosiale tjenester i Nav 2020")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Fylles ut av Statsforvalteren for hver søknad og sendes Arbeids- og velferdsdirektoratet "
                    "sammen med søknaden innen 1. mars 2020.")
    rows = [("Statsforvalteren i", "⟦V1⟧"), ("Søker (Nav-kontor)", "⟦V2⟧"), ("Org.nr. søker", "⟦V3⟧"),
            ("Prosjektets navn", "⟦V4⟧"), ("Søknadstype", "⟦V5⟧"), ("Omsøkt stillingsandel", "⟦V6⟧"),
            ("Omsøkt beløp", "⟦V7⟧"), ("Er søknaden signert av Nav-leder og kommuneledelsen?", "⟦V8⟧"),
            ("Prioriterte områder som omfattes", "⟦V9⟧"), ("Statsforvalterens samlede vurdering", "⟦V10⟧"),
            ("Anbefalt tilskudd", "⟦V11⟧"), ("Saksbehandler", "⟦V12⟧"), ("Dato", "⟦V13⟧")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    d.add_paragraph()
    d.add_paragraph("Vurderingen er elektronisk godkjent og har derfor ingen håndskreven signatur.")
    d.save(out)
    subs = [("⟦V1⟧", sdt_list(["Innlandet", "Vestfold og Telemark", "Viken"], "Vestfold og Telemark", "Embete")),
            ("⟦V2⟧", sdt_text("Nav Larvik", "Søker")), ("⟦V3⟧", sdt_text(org, "Orgnr")),
            ("⟦V4⟧", sdt_text("Losen – fra skole til jobb", "Prosjekt")),
            ("⟦V5⟧", sdt_list(["Nytt prosjekt", "Videreføring"], "Nytt prosjekt", "Type")),
            ("⟦V6⟧", sdt_text("100 %", "Andel")), ("⟦V7⟧", sdt_text("kr 610 000", "Beløp")),
            ("⟦V8⟧", sdt_list(["Ja", "Nei", "Delvis"], "Ja", "Signert")),
            ("⟦V9⟧", sdt_text("Sikring av sårbare overganger", "Områder", rich=True)),
            ("⟦V10⟧", sdt_text("Godt forankret, tydelig målgruppe og plan for kunnskapsinnhenting. Anbefales prioritert.",
                                "Vurdering", rich=True)),
            ("⟦V11⟧", sdt_text("kr 610 000", "Anbefalt")), ("⟦V12⟧", sdt_text("Hanne Bakke, seniorrådgiver", "Saksbehandler")),
            ("⟦V13⟧", sdt_date("2020-02-18", "18.02.2020", "Dato", "dd.MM.yyyy"))]
    apply(out, subs)
    t_ = truth("t14", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
               score_fields=False, notes=["the county's assessment form about Nav Larvik's application: names the office, "
                                          "title, 100 %, kr 610 000 and an area, but it is not the application"])
    return t_


DOCS = [("t01", "docx", t01), ("t02", "docx", t02), ("t03", "docx", t03), ("t04", "docx", t04),
        ("t05", "docx", t05), ("t06", "docx", t06), ("t14", "docx", t14)]
