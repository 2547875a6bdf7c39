"""Word builders (q01-q05, q14, q15) with their hand-written truth."""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from tests.adversarial2.truthlib import truth
from tests.adversarial15.kit15 import bad_org, ink_png, normalise_zip, org

S20 = "nav-sosiale-tjenester-2020"


def _doc() -> Document:
    d = Document()
    d.core_properties.author = "Saksbehandler"
    from datetime import datetime
    d.core_properties.created = datetime(2020, 1, 20, 9, 0, 0)
    d.core_properties.modified = datetime(2020, 1, 20, 9, 0, 0)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def _shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _save(d: Document, out: Path) -> None:
    d.save(out)
    normalise_zip(out)


def _ink(cell_or_par, seed, width=Cm(4.2)):
    p = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    p.add_run().add_picture(io.BytesIO(ink_png(seed)), width=width)


# ---------------------------------------------------------------- q01
def q01(out: Path) -> dict:
    """docx-form, nb: labels ABOVE answers (shaded label row, answer in the next row), ☑/☐ ticks,
    synonyms "Ansvarlig for søknaden", "Hva skal prosjektet hete?", "Årsverk", "Omsøkt beløp",
    yes/no as "Ønskes"/"Ikke aktuelt", signatures side by side with "Sted/dato" above the ink."""
    o = org("97451234")
    d = _doc()
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    d.add_paragraph("Søknadsfrist 1. februar 2020. Søknaden sendes Fylkesmannen i Oslo og Viken.")
    rows = [
        ("Søker (Nav-kontor)", "NAV Indre Østfold"),
        ("Kommune", "Indre Østfold kommune"),
        ("Org.nr", o[:3] + " " + o[3:6] + " " + o[6:]),
        ("Ansvarlig for søknaden", "Hege Rønning Sandvik, rådgiver"),
        ("Tlf.", "+47 934 12 876"),
        ("E-post", "Hege.Ronning.Sandvik@nav.no"),
        ("Hva skal prosjektet hete?", "Jobbspor Indre Østfold"),
        ("Nytt prosjekt eller videreføring?", "☑ Nytt prosjekt     ☐ Videreføring"),
        ("Oppstartsdato", "1. april 2020"),
        ("Årsverk", "1,5 årsverk (veileder 100 % og jobbspesialist 50 %)"),
    ]
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for lab, val in rows:
        c = t.add_row().cells[0]
        c.text = lab
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.size = Pt(8.5)
        _shade(c)
        t.add_row().cells[0].text = val
    d.add_paragraph()
    d.add_paragraph().add_run("Omsøkt beløp").bold = True
    b = d.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for a, v in [("Post", "Kroner"), ("Lønn inkl. sos. utg., veileder 100 %", "600 000"),
                 ("Lønn inkl. sos. utg., jobbspesialist 50 %", "300 000"),
                 ("Komp.midler", "10 000"), ("Sum omsøkt", "910 000")]:
        r = b.add_row().cells
        r[0].text, r[1].text = a, v
        r[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    d.add_paragraph().add_run("Satsingsområder (kryss av)").bold = True
    for box, txt in [("☑", "Bruk av ordinært arbeidsliv"),
                     ("☐", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     ("☑", "Sikring av sårbare overganger")]:
        d.add_paragraph(f"{box}  {txt}")
    d.add_paragraph("Beskrivelse: Prosjektet gir tett oppfølging ut i ordinære jobber for deltakere som går fra "
                    "kvalifiseringsprogram og ut av institusjon, med en jobbspesialist som jobber mot lokale arbeidsgivere.")
    it = d.add_table(rows=2, cols=2)
    it.style = "Table Grid"
    it.cell(0, 0).text = "Nettverk/klyngesamarbeid med andre Nav-kontor"
    it.cell(0, 1).text = "Ønskes"
    it.cell(1, 0).text = "Ekstern prosessevaluering"
    it.cell(1, 1).text = "Ikke aktuelt"
    d.add_paragraph()
    d.add_paragraph().add_run("Underskrifter").bold = True
    s = d.add_table(rows=4, cols=2)
    s.cell(0, 0).text = "Sted/dato: Askim, 27.01.2020"
    s.cell(0, 1).text = "Sted/dato: Askim, 27.01.2020"
    _ink(s.cell(1, 0), 101)
    _ink(s.cell(1, 1), 102)
    s.cell(2, 0).text = "Trond Are Lie"
    s.cell(2, 1).text = "Kari Mette Berg"
    s.cell(3, 0).text = "Nav-leder"
    s.cell(3, 1).text = "Kommunedirektør"
    _save(d, out)
    return truth("q01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Indre Østfold", "Indre Østfold", o),
                 contact=("Hege Rønning Sandvik", "hege.ronning.sandvik@nav.no", "93412876"),
                 project=("Jobbspor Indre Østfold", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=("ordinaert-arbeidsliv", "saarbare-overganger"), interest=(True, False),
                 sigs=[("nav_leader", "Trond Are Lie", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Kari Mette Berg", "Kommunedirektør", "2020-01-27", "handwritten")])


# ---------------------------------------------------------------- q02
def q02(out: Path) -> dict:
    """docx-form, nn: numbered sections (1., 1.1 ...) in a three-column table (no. | label | answer),
    priority areas ticked with an "X" in their own column, "Aktuelt"/"Nei takk", signatures stacked
    with the title BEFORE the name. Planted: ORG_NUMBER_INVALID."""
    o = bad_org("98765432")
    d = _doc()
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    d.add_paragraph("Søknadsskjema – send til Statsforvaltaren i Vestland innan 1. februar 2020.")
    rows = [
        ("1", "Søkjar", ""),
        ("1.1", "Namn på Nav-kontoret", "NAV Sunnfjord"),
        ("1.2", "Kommune", "Sunnfjord kommune"),
        ("1.3", "Organisasjonsnummer", f"{o[:3]} {o[3:6]} {o[6:]}"),
        ("1.4", "Ansvarleg for søknaden", "Gunnhild Tefre"),
        ("1.5", "Telefon", "57 72 81 40"),
        ("1.6", "E-post", "gunnhild.tefre@nav.no"),
        ("2", "Prosjektet", ""),
        ("2.1", "Kva skal prosjektet heite?", "Heim til arbeid"),
        ("2.2", "Nytt prosjekt eller vidareføring?", "Vidareføring (år 2 av 3)"),
        ("2.3", "Oppstart", "1. mars 2020"),
        ("2.4", "Varigheit", "12 månader"),
        ("2.5", "Stillingsdel", "ei stilling (100 %)"),
        ("3", "Søkt beløp", ""),
        ("3.1", "Løn inkl. sosiale utgifter", "kr 590 000"),
        ("3.2", "Kompetansemidlar", "kr 8 000"),
        ("3.3", "Sum søkt tilskot", "kr 598 000"),
    ]
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for n, lab, val in rows:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = n, lab, val
        if not val:
            for c in r:
                _shade(c, "E2EFD9")
            r[1].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph().add_run("4  Prioriterte område (set X)").bold = True
    p = d.add_table(rows=0, cols=2)
    p.style = "Table Grid"
    for x, txt in [("", "Bruk av ordinært arbeidsliv"),
                   ("X", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                   ("", "Sikring av sårbare overgangar")]:
        r = p.add_row().cells
        r[0].text, r[1].text = x, txt
        r[0].width = Cm(1.2)
    d.add_paragraph()
    q = d.add_table(rows=2, cols=2)
    q.style = "Table Grid"
    q.cell(0, 0).text = "5.1 Interesse for nettverk/klyngesamarbeid"
    q.cell(0, 1).text = "Aktuelt"
    q.cell(1, 0).text = "5.2 Interesse for ekstern prosessevaluering"
    q.cell(1, 1).text = "Nei takk"
    d.add_paragraph()
    d.add_paragraph().add_run("6  Underskrift").bold = True
    d.add_paragraph("Stad og dato: Førde, 30. januar 2020")
    _ink(d.add_paragraph(), 201)
    d.add_paragraph("Nav-leiar Ingrid Solheim Vik")
    d.add_paragraph()
    d.add_paragraph("Stad og dato: Førde, 30. januar 2020")
    _ink(d.add_paragraph(), 202)
    d.add_paragraph("Kommunalsjef for helse og velferd Arne Sæbø")
    _save(d, out)
    return truth("q02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Gunnhild Tefre", "gunnhild.tefre@nav.no", "57728140"),
                 project=("Heim til arbeid", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 8000, "total": 598000},
                 prio=("barnefamilier-ungdom-innvandrere",), interest=(True, False),
                 sigs=[("nav_leader", "Ingrid Solheim Vik", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Arne Sæbø", "Kommunalsjef for helse og velferd", "2020-01-30", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["planted: org number check digit off by 3"])


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sdt(par, tag: str, value: str | None, *, date: str | None = None, placeholder: str | None = None):
    """Append a run-level content control to ``par``."""
    extra = ""
    if date:
        extra = (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/>'
                 '<w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    if value is None:
        extra += "<w:showingPlcHdr/>"
        value = placeholder or "Klikk eller trykk her for å skrive inn tekst."
    xml = (f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{_esc(tag)}"/><w:tag w:val="{_esc(tag)}"/>{extra}</w:sdtPr>'
           f'<w:sdtContent><w:r><w:t xml:space="preserve">{_esc(value)}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def _sdt_box(par, tag: str, checked: bool):
    glyph = "✔" if checked else "☐"
    xml = (f'<w:sdt {W_NS} {W14_NS}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox>'
           f'<w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2714" w14:font="Segoe UI Symbol"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/></w:rPr>'
           f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


# ---------------------------------------------------------------- q03
def q03(out: Path) -> dict:
    """docx-controls, nb: every answer a content control in a paragraph form (no table) under numbered
    headings; "Arbeidstittel", "Saksbehandler i Nav-kontoret", "Prosjektperiode" as two date pickers,
    "Tilskuddsbeløp"; ✔ (U+2714) as the checked state; an unfilled "Merknader" placeholder; interest
    answered "Ja" and "Kanskje"; electronic approval naming the approvers in a table."""
    o = org("92345678")
    d = _doc()
    d.add_heading("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknadsskjema 2020", 1)
    def line(label, tag, value, **kw):
        p = d.add_paragraph()
        p.add_run(label + ": ").bold = True
        _sdt(p, tag, value, **kw)
    d.add_heading("A. Om søkeren", 2)
    line("Nav-kontor", "kontor", "NAV Midt-Telemark")
    line("Kommune", "kommune", "Midt-Telemark")
    line("Org.nr.", "orgnr", o)
    line("Saksbehandler i Nav-kontoret", "kontakt", "Torunn Aasland Bø")
    line("Telefonnummer", "tlf", "35 95 40 12")
    line("E-postadresse", "epost", "torunn.aasland.bo@nav.no")
    d.add_heading("B. Om prosjektet", 2)
    line("Arbeidstittel", "tittel", "Familieløftet i Midt-Telemark")
    p = d.add_paragraph()
    p.add_run("Type prosjekt: ").bold = True
    _sdt_box(p, "ny", True)
    p.add_run(" Nytt   ")
    _sdt_box(p, "vid", False)
    p.add_run(" Videreføring")
    p = d.add_paragraph()
    p.add_run("Prosjektperiode: ").bold = True
    _sdt(p, "fra", "1. september 2020", date="2020-09-01")
    p.add_run(" – ")
    _sdt(p, "til", "31. august 2021", date="2021-08-31")
    line("Stillingsstørrelse", "stilling", "80 % stilling som familiekoordinator")
    line("Tilskuddsbeløp (lønn og sosiale kostnader)", "belop", "480 000 kr")
    line("Merknader", "merk", None)
    d.add_heading("C. Prioriterte områder", 2)
    for tag, on, txt in [("p1", False, "Bruk av ordinært arbeidsliv"),
                         ("p2", True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                         ("p3", False, "Sikring av sårbare overganger")]:
        p = d.add_paragraph()
        _sdt_box(p, tag, on)
        p.add_run(" " + txt)
    d.add_heading("D. Interesse", 2)
    line("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "nett", "Ja")
    line("Ønsker kontoret ekstern prosessevaluering?", "eval", "Kanskje")
    d.add_heading("E. Godkjenning", 2)
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Godkjent av", "Stilling", "Dato"),
                             ("Sissel Holta", "Nav-leder", "28.01.2020"),
                             ("Per Olav Kvåle", "Rådmann", "29.01.2020")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    _save(d, out)
    return truth("q03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Midt-Telemark", "Midt-Telemark", o),
                 contact=("Torunn Aasland Bø", "torunn.aasland.bo@nav.no", "35954012"),
                 project=("Familieløftet i Midt-Telemark", "new", "2020-09-01"), pct=80,
                 amounts={"positions": 480000, "total": 480000},
                 prio=("barnefamilier-ungdom-innvandrere",), interest=(True, None),
                 sigs=[("nav_leader", "Sissel Holta", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Per Olav Kvåle", "Rådmann", "2020-01-29", "electronic_approval")],
                 notes=["'Kanskje' for process evaluation is neither yes nor no: null (open case)"])


def _ff_text(par, name: str, value: str):
    """A legacy FORMTEXT field holding ``value`` (en spaces when empty, as Word does)."""
    v = value or "\u2002" * 5
    for x in (f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
              '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
              f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
              f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {W_NS}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{_esc(v)}</w:t></w:r>',
              f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(x))


def _ff_box(par, name: str, checked: bool):
    """A legacy FORMCHECKBOX; a tick is stored as <w:default w:val="1"/> (the form's own default)."""
    for x in (f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="18"/><w:default w:val="{1 if checked else 0}"/>'
              '</w:checkBox></w:ffData></w:fldChar></w:r>',
              f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
              f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(x))


# ---------------------------------------------------------------- q04
def q04(out: Path) -> dict:
    """docx-legacy-fields, nb: a form with abbreviated labels ("Prosj.leder", "Tlf.", "Komp.midler",
    "Tiltakets tittel", "Tilskuddsbeløp") as FORMTEXT fields in a 4-column table (two label/answer
    pairs per row), ticks stored only as the box's default; an empty "Annet" field of en spaces.
    Planted: COMPETENCE_OVER_CAP (Komp.midler 25 000)."""
    o = org("97600012")
    d = _doc()
    d.add_heading("SØKNAD – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", 1)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    pairs = [(("NAV-kontor", "NAV Hamarøy"), ("Kommune", "Hamarøy")),
             (("Org.nr", o), ("Prosj.leder", "Jan Erik Stokmo")),
             (("Tlf.", "913 44 208"), ("E-post", "jan.erik.stokmo@nav.no")),
             (("Tiltakets tittel", "Sammen mot jobb i Hamarøy"), ("Oppstartsdato", "01.05.2020")),
             (("Stillingsandel", "100 %"), ("Antall stillinger", "1"))]
    for (l1, v1), (l2, v2) in pairs:
        r = t.add_row().cells
        r[0].text, r[2].text = l1, l2
        _ff_text(r[1].paragraphs[0], l1[:10].replace(" ", "_"), v1)
        _ff_text(r[3].paragraphs[0], l2[:10].replace(" ", "_"), v2)
    p = d.add_paragraph()
    p.add_run("Nytt prosjekt ")
    _ff_box(p, "Nytt", True)
    p.add_run("    Videreføring ")
    _ff_box(p, "Vidref", False)
    d.add_paragraph().add_run("Budsjett").bold = True
    b = d.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for lab, v in [("Lønn inkl. sos. utg. (100 %)", "605 000"), ("Komp.midler", "25 000"),
                   ("Annet", ""), ("Tilskuddsbeløp i alt", "630 000")]:
        r = b.add_row().cells
        r[0].text = lab
        _ff_text(r[1].paragraphs[0], lab[:8].replace(" ", "_"), v)
    d.add_paragraph().add_run("Prioriterte områder").bold = True
    for name, on, txt in [("Prio1", True, "Bruk av ordinært arbeidsliv"),
                          ("Prio2", True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                          ("Prio3", False, "Sikring av sårbare overganger")]:
        p = d.add_paragraph()
        _ff_box(p, name, on)
        p.add_run(" " + txt)
    p = d.add_paragraph("Interessert i nettverk/klyngesamarbeid:  Ja ")
    _ff_box(p, "NettJa", True)
    p.add_run("  Nei ")
    _ff_box(p, "NettNei", False)
    p = d.add_paragraph("Interessert i ekstern prosessevaluering:  Ja ")
    _ff_box(p, "EvalJa", True)
    p.add_run("  Nei ")
    _ff_box(p, "EvalNei", False)
    d.add_paragraph()
    s = d.add_table(rows=3, cols=2)
    s.cell(0, 0).text = "Oppeid, 24.01.2020"
    s.cell(0, 1).text = "Oppeid, 24.01.2020"
    _ink(s.cell(1, 0), 401)
    _ink(s.cell(1, 1), 402)
    s.cell(2, 0).text = "Leder NAV Hamarøy\nLine Kristiansen"
    s.cell(2, 1).text = "Kommunedirektør\nBjørn Arild Ellingsen"
    _save(d, out)
    return truth("q04", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Hamarøy", "Hamarøy", o),
                 contact=("Jan Erik Stokmo", "jan.erik.stokmo@nav.no", "91344208"),
                 project=("Sammen mot jobb i Hamarøy", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 605000, "competence": 25000, "total": 630000},
                 prio=("ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"), interest=(True, True),
                 sigs=[("nav_leader", "Line Kristiansen", "Leder NAV Hamarøy", "2020-01-24", "handwritten"),
                       ("municipality", "Bjørn Arild Ellingsen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"], notes=["planted: competence 25 000 > 10 000"])


# ---------------------------------------------------------------- q05
def q05(out: Path) -> dict:
    """docx-letter, nn: a letter from a merged municipality's office; facts in prose ("to stillingar",
    "frå 1. mars"), a "Finansiering" table with the municipality's own share, two positions at exactly
    the cap, priority area argued in prose, typed names with "Virksomheitsleiar" and "Kommunedirektør"
    under "Med helsing" (SIGNATURE_UNVERIFIED)."""
    o = org("98811223")
    d = _doc()
    for line in ["NAV Ålesund", "Postboks 1503 Sentrum, 6025 Ålesund", f"Org.nr. {o}"]:
        d.add_paragraph(line).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for line in ["Statsforvaltaren i Møre og Romsdal", "Postboks 2520", "6404 Molde"]:
        d.add_paragraph(line).paragraph_format.space_after = Pt(0)
    p = d.add_paragraph("Ålesund, 22. januar 2020")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Ung i arbeid»").bold = True
    d.add_paragraph(
        "Nav Ålesund søkjer med dette om tilskot til prosjektet «Ung i arbeid». Etter samanslåinga med "
        "Sandøy, Skodje, Ørskog og Haram har kontoret fått mange unge brukarar med lite arbeidserfaring, "
        "og mange av dei er nyleg busette flyktningar.")
    d.add_paragraph(
        "Prosjektet er nytt. Vi søkjer om midlar til to stillingar som ungdomsrettleiarar, kvar på 100 %, "
        "frå 1. mars 2020. Rettleiarane skal arbeide tett med ungdom og innvandrarar og følgje dei ut i "
        "ordinært arbeid saman med lokale arbeidsgivarar. Tiltaket er eit nytt arbeidsmåte som vi utviklar "
        "sjølve; det er ikkje ein ferdig metode.")
    d.add_paragraph("Finansiering").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Post", "Beløp"), ("Løn og sosiale utgifter, 2 stillingar à 100 %", "1 220 000"),
                 ("Søkt tilskot i alt", "1 220 000"),
                 ("Kommunal eigenfinansiering (kontorplass, leiing, reiser)", "300 000")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph()
    d.add_paragraph(
        "Vi ønskjer å vere med i nettverk og klyngesamarbeid med andre Nav-kontor i fylket. Vi er ikkje "
        "interesserte i ekstern prosessevaluering i år.")
    d.add_paragraph(
        "Kontaktperson for søknaden er rådgjevar Eirik Flø, telefon 469 12 345, "
        "e-post eirik.flo@nav.no.")
    d.add_paragraph("Søknaden er drøfta med og forankra i kommuneleiinga.")
    d.add_paragraph()
    d.add_paragraph("Med helsing")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Marit Gjerde"
    t.cell(0, 1).text = "Øystein Rise"
    t.cell(1, 0).text = "Virksomheitsleiar, Nav Ålesund"
    t.cell(1, 1).text = "Kommunedirektør, Ålesund kommune"
    _save(d, out)
    return truth("q05", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Ålesund", "Ålesund", o),
                 contact=("Eirik Flø", "eirik.flo@nav.no", "46912345"),
                 project=("Ung i arbeid", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "total": 1220000},
                 prio=("barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"), interest=(True, False),
                 sigs=[("nav_leader", "Marit Gjerde", "Virksomheitsleiar", "2020-01-22", "typed"),
                       ("municipality", "Øystein Rise", "Kommunedirektør", "2020-01-22", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"], own_funding=300000,
                 notes=["priority areas argued in prose: youth and immigrants, ordinary work (open case)"])


# ---------------------------------------------------------------- q14
def q14(out: Path) -> dict:
    """not-application, nb: the final report on last year's grant, in the form's own shape (office,
    org.nr, title, position %, amounts used, signatures), so only its purpose tells it apart."""
    o = org("91122334")
    d = _doc()
    d.add_heading("Sluttrapport – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2019", 1)
    d.add_paragraph("Rapporten sendes Fylkesmannen innen 1. mars 2020, jf. tilskuddsbrevet av 14. juni 2019.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Nav-kontor", "NAV Orkland"), ("Org.nr", o), ("Prosjektets navn", "Ut i jobb Orkland"),
                 ("Tildelt beløp 2019", "kr 610 000"), ("Brukt beløp", "kr 587 400"),
                 ("Ubrukte midler", "kr 22 600"), ("Stillingsandel i prosjektet", "100 %"),
                 ("Kontaktperson", "Marte Vullum, tlf. 72 48 10 00")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph()
    d.add_paragraph().add_run("Oppnådde resultater").bold = True
    d.add_paragraph("31 deltakere fikk oppfølging; 14 gikk over i ordinært arbeid og 6 i utdanning. "
                    "Prosjektet er videreført i ordinær drift fra 2020, og det søkes ikke om nye midler.")
    d.add_paragraph().add_run("Regnskap").bold = True
    r = d.add_table(rows=0, cols=2)
    r.style = "Table Grid"
    for a, b in [("Lønn og sosiale kostnader", "579 100"), ("Kompetanse", "8 300"), ("Sum", "587 400")]:
        c = r.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Orkanger, 20.02.2020")
    _ink(d.add_paragraph(), 1401)
    d.add_paragraph("Ragnhild Aune, Nav-leder")
    _save(d, out)
    return truth("q14", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["final report (sluttrapport) on the 2019 grant"])


def q15(out: Path) -> dict:
    """bad-input: a Word file whose zip central directory is cut off (a download that stopped)."""
    tmp = out.with_suffix(".tmp.docx")
    q01(tmp)
    data = tmp.read_bytes()
    tmp.unlink()
    out.write_bytes(data[: int(len(data) * 0.6)])
    return truth("q15", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["docx truncated at 60 %: no central directory"])
