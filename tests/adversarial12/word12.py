"""Word documents of the twelfth adversarial corpus (python-docx plus raw XML), each with its truth."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from tests.adversarial2.truthlib import near_miss, truth
from tests.adversarial12.kit12 import formcheck, formtext, ink_png, org, run, x

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
S20 = "nav-sosiale-tjenester-2020"


def _producer(doc, app: str) -> None:
    doc.core_properties.author = app
    doc.core_properties.comments = f"Lagret med {app}"


def _ink(cell_or_par, seed: int, width=Cm(4)) -> None:
    par = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    par.add_run().add_picture(io.BytesIO(ink_png(seed)), width=width)


def _grid(table) -> None:
    table.style = "Table Grid"


# ---------------------------------------------------------------- m01 docx-form
def m01(out: Path):
    """Bokmål form saved by LibreOffice Writer: two-column table, ☒/☐ in the answer cell, a tracked
    change left in an amount (580 000 deleted, 590 000 inserted), a comment on the title, signatures
    side by side with "Sted/dato" above the ink."""
    doc = Document()
    _producer(doc, "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1")
    doc.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    doc.add_paragraph("Kapittel 0621 post 63. Søknadsfrist 1. februar 2020. Sendes Statsforvalteren i Innlandet.")
    org_nr = org("97410543")
    rows = [("Søkerkontor", "NAV Hamar"), ("Vertskommune", "Hamar"), ("Organisasjonsnummer", org_nr[:3] + " " + org_nr[3:6] + " " + org_nr[6:]),
            ("Kontaktperson i Nav-kontoret", "Ingrid Solbakken"), ("E-postadresse", "Ingrid.Solbakken@nav.no"),
            ("Mobil", "+47 412 33 908"), ("Prosjektets navn", "Vei inn i arbeid for unge voksne"),
            ("Søknaden gjelder", "☒ Nytt prosjekt     ☐ Videreføring av prosjekt"),
            ("Planlagt oppstart", "01.04.2020")]
    t = doc.add_table(rows=0, cols=2)
    _grid(t)
    for a, b in rows:
        r = t.add_row().cells
        r[0].text = a
        r[0].paragraphs[0].runs[0].bold = True
        r[1].text = b
    doc.add_paragraph()
    doc.add_paragraph("Prioriterte områder (sett kryss)").runs[0].bold = True
    for mark, txt in (("☒", "Bruk av ordinært arbeidsliv"), ("☒", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("☐", "Sikring av sårbare overganger")):
        doc.add_paragraph(f"{mark}  {txt}")
    doc.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?   ☒ Ja   ☐ Nei")
    doc.add_paragraph("Ønsker kontoret å delta i ekstern prosessevaluering?   ☐ Ja   ☒ Nei")
    doc.add_paragraph("Budsjett").runs[0].bold = True
    b = doc.add_table(rows=4, cols=3)
    _grid(b)
    for i, row in enumerate([("Stilling", "Stillingsprosent", "Lønn inkl. sosiale kostnader"),
                             ("Jobbspesialist", "100 %", "@TRACK@"),
                             ("Kompetansemidler", "", "10 000"),
                             ("Sum omsøkt", "", "600 000")]):
        for j, v in enumerate(row):
            b.rows[i].cells[j].text = v
    # tracked change: 580 000 deleted, 590 000 inserted, left unaccepted
    p = b.rows[1].cells[2].paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p._p.append(parse_xml(f'<w:del {W} w:id="91" w:author="Ola Bråten" w:date="2020-01-27T10:00:00Z">'
                          '<w:r><w:delText>580 000</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="92" w:author="Ola Bråten" w:date="2020-01-27T10:00:00Z">'
                          '<w:r><w:t>590 000</w:t></w:r></w:ins>'))
    title_cell = t.rows[6].cells[1].paragraphs[0]
    doc.add_comment(title_cell.runs, text="Bør vi ha med «unge» i tittelen?", author="Ola Bråten", initials="OB")
    doc.add_paragraph()
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    s = doc.add_table(rows=4, cols=2)
    s.rows[0].cells[0].text = "Sted/dato: Hamar, 29.01.2020"
    s.rows[0].cells[1].text = "Sted/dato: Hamar, 30.01.2020"
    _ink(s.rows[1].cells[0], 1201)
    _ink(s.rows[1].cells[1], 1202)
    s.rows[2].cells[0].text = "Marit Haugen"
    s.rows[2].cells[1].text = "Lars Øverby"
    s.rows[3].cells[0].text = "Leder NAV Hamar"
    s.rows[3].cells[1].text = "Kommunedirektør, Hamar kommune"
    doc.save(out)
    return truth("m01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Hamar", "Hamar", org_nr), contact=("Ingrid Solbakken", "ingrid.solbakken@nav.no", "41233908"),
                 project=("Vei inn i arbeid for unge voksne", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Marit Haugen", "Leder NAV Hamar", "2020-01-29", "handwritten"),
                       ("municipality", "Lars Øverby", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["tracked change: 580 000 deleted, 590 000 inserted (unaccepted); the current text is 590 000"])


# ---------------------------------------------------------------- m02 docx-form
def m02(out: Path):
    """Nynorsk, numbered sections, answers in the row BELOW a label row, ticks as "X" in a cell of a
    two-column choice table, Nynorsk e-approval. Defect: organisation number fails MOD11."""
    doc = Document()
    _producer(doc, "Google Docs")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    bad = org("93870105", valid=False)
    doc.add_paragraph("1  Opplysningar om søkjar").runs[0].bold = True
    t = doc.add_table(rows=2, cols=3)
    _grid(t)
    for j, (a, v) in enumerate([("Nav-kontor", "Nav Sunnfjord"), ("Kommune", "Sunnfjord"), ("Organisasjonsnummer", bad)]):
        t.rows[0].cells[j].text = a
        t.rows[1].cells[j].text = v
    t2 = doc.add_table(rows=2, cols=3)
    _grid(t2)
    for j, (a, v) in enumerate([("Kontaktperson", "Torbjørg Eide"), ("E-post", "torbjorg.eide@nav.no"), ("Telefon", "57 72 31 40")]):
        t2.rows[0].cells[j].text = a
        t2.rows[1].cells[j].text = v
    doc.add_paragraph()
    doc.add_paragraph("2  Prosjektet").runs[0].bold = True
    t3 = doc.add_table(rows=2, cols=2)
    _grid(t3)
    t3.rows[0].cells[0].text = "Namn på prosjektet"
    t3.rows[0].cells[1].text = "Oppstart (månad og år)"
    t3.rows[1].cells[0].text = "Saman mot sommarjobb"
    t3.rows[1].cells[1].text = "mars 2020"
    doc.add_paragraph("Type søknad")
    c = doc.add_table(rows=2, cols=2)
    _grid(c)
    for i, (lbl, mark) in enumerate([("Nytt prosjekt", ""), ("Vidareføring (2. år)", "X")]):
        c.rows[i].cells[0].text = lbl
        c.rows[i].cells[1].text = mark
    doc.add_paragraph("Prioriterte område")
    c2 = doc.add_table(rows=3, cols=2)
    _grid(c2)
    for i, (lbl, mark) in enumerate([("Bruk av ordinært arbeidsliv", "X"),
                                     ("Oppfølging av barnefamiliar, ungdom og innvandrarar", "X"),
                                     ("Sikring av sårbare overgangar", "")]):
        c2.rows[i].cells[0].text = lbl
        c2.rows[i].cells[1].text = mark
    doc.add_paragraph("Interesse for nettverk/klyngesamarbeid: Ja. Interesse for ekstern prosessevaluering: Ja.")
    doc.add_paragraph()
    doc.add_paragraph("3  Budsjett").runs[0].bold = True
    doc.add_paragraph("Vi søkjer om midlar til ei stilling (100 %) som jobbspesialist for ungdom.")
    b = doc.add_table(rows=4, cols=2)
    _grid(b)
    for i, (a, v) in enumerate([("Løn og sosiale kostnader", "kr 605 000,-"), ("Kompetansemidlar", "kr 5 000,-"),
                                ("Andre kostnader", "–"), ("Sum det vert søkt om", "kr 610 000,-")]):
        b.rows[i].cells[0].text = a
        b.rows[i].cells[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("4  Godkjenning").runs[0].bold = True
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    g = doc.add_table(rows=3, cols=3)
    _grid(g)
    for i, row in enumerate([("Godkjend av", "Stilling", "Dato"), ("Sigrun Myklebust", "Nav-leiar", "24.01.2020"),
                             ("Arve Hjelmeland", "Kommunedirektør", "27.01.2020")]):
        for j, v in enumerate(row):
            g.rows[i].cells[j].text = v
    doc.save(out)
    return truth("m02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", bad), contact=("Torbjørg Eide", "torbjorg.eide@nav.no", "57723140"),
                 project=("Saman mot sommarjobb", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Sigrun Myklebust", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Arve Hjelmeland", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 expected=["ORG_NUMBER_INVALID"], notes=["defect: org number check digit wrong"])


# ---------------------------------------------------------------- m03 docx-controls
def _sdt_cell(tag: str, value: str | None, width=5000) -> str:
    """A CELL-level content control (w:sdt wrapping a w:tc); None shows Word's placeholder."""
    if value is None:
        content = ('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                   '<w:t>Klikk eller trykk her for å skrive inn tekst.</w:t></w:r>')
        ph = '<w:showingPlcHdr/>'
    else:
        content, ph = run(value), ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
            f'<w:sdtContent><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f'<w:p>{content}</w:p></w:tc></w:sdtContent></w:sdt>')


def _chk(tag: str, on: bool) -> str:
    glyph = "\u2612" if on else "\u2610"
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
            f'w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def _row(label: str, cell_xml: str) -> str:
    return (f'<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p>{run(label, True)}</w:p></w:tc>'
            f'{cell_xml}</w:tr>')


def _tbl(rows: str) -> str:
    return (f'<w:tbl {W} {W14}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5000"/></w:tblGrid>{rows}</w:tbl>')


def m03(out: Path):
    """Content controls at CELL level (w:sdt wrapping w:tc), one unanswered with Word's placeholder
    (phone), a date-picker cell control, w14 check boxes inside a choice cell; ink stacked over names."""
    doc = Document()
    _producer(doc, "Microsoft Office Word")
    doc.add_heading("Søknad om tilskudd – sosiale tjenester i Nav 2020", 1)
    doc.add_paragraph("Fyll ut feltene. Felt med grå tekst er ikke besvart.")
    org_nr = org("96459925")
    rows = "".join([
        _row("Nav-kontor som søker", _sdt_cell("kontor", "NAV Lillestrøm")),
        _row("Kommune", _sdt_cell("kommune", "Lillestrøm")),
        _row("Org.nr.", _sdt_cell("orgnr", org_nr)),
        _row("Kontaktperson", _sdt_cell("kontakt", "Henrik Aas")),
        _row("E-post", _sdt_cell("epost", "henrik.aas@nav.no")),
        _row("Telefon", _sdt_cell("tlf", None)),
        _row("Tittel på prosjektet", _sdt_cell("tittel", "Familieløftet Lillestrøm")),
    ])
    date_cell = ('<w:sdt><w:sdtPr><w:tag w:val="oppstart"/><w:date w:fullDate="2020-06-01T00:00:00Z">'
                 '<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr><w:sdtContent>'
                 f'<w:tc><w:tcPr><w:tcW w:w="5000" w:type="dxa"/></w:tcPr><w:p>{run("1. juni 2020")}</w:p></w:tc>'
                 '</w:sdtContent></w:sdt>')
    rows += _row("Oppstartsdato", date_cell)
    kind = ('<w:tc><w:tcPr><w:tcW w:w="5000" w:type="dxa"/></w:tcPr><w:p>' + _chk("ny", True) + run(" Nytt prosjekt   ")
            + _chk("videre", False) + run(" Videreføring") + '</w:p></w:tc>')
    rows += _row("Ny søknad eller videreføring", kind)
    pos = ('<w:tc><w:tcPr><w:tcW w:w="5000" w:type="dxa"/></w:tcPr><w:p>' + run("Familiekoordinator 80 %") + '</w:p></w:tc>')
    rows += _row("Stilling(er) og stillingsprosent", pos)
    rows += _row("Lønn og sosiale utgifter (kr)", _sdt_cell("lonn", "480 000"))
    rows += _row("Kompetansemidler (kr)", _sdt_cell("komp", "8 000"))
    rows += _row("Totalt omsøkt beløp (kr)", _sdt_cell("sum", "488 000"))
    doc.element.body.append(parse_xml(_tbl(rows)))
    doc.add_paragraph()
    doc.add_paragraph("Satsingsområder prosjektet retter seg mot:")
    for on, txt, tag in ((False, "Bruk av ordinært arbeidsliv", "p1"),
                         (True, "Oppfølging av barnefamilier, ungdom og innvandrere", "p2"),
                         (False, "Sikring av sårbare overganger", "p3")):
        doc.element.body.append(parse_xml(f'<w:p {W} {W14}>{_chk(tag, on)}{run("  " + txt)}</w:p>'))
    doc.element.body.append(parse_xml(f'<w:p {W} {W14}>{run("Nettverk/klyngesamarbeid:  ")}{_chk("n1", True)}{run(" Ja  ")}'
                                      f'{_chk("n2", False)}{run(" Nei")}</w:p>'))
    doc.element.body.append(parse_xml(f'<w:p {W} {W14}>{run("Ekstern prosessevaluering:  ")}{_chk("e1", True)}{run(" Ja  ")}'
                                      f'{_chk("e2", False)}{run(" Nei")}</w:p>'))
    doc.add_paragraph()
    doc.add_paragraph("Lillestrøm, 22. januar 2020")
    _ink(doc.add_paragraph(), 1301)
    doc.add_paragraph("Nina Kristoffersen")
    doc.add_paragraph("Nav-leder")
    doc.add_paragraph()
    doc.add_paragraph("Lillestrøm, 24. januar 2020")
    _ink(doc.add_paragraph(), 1302)
    doc.add_paragraph("Tor Egil Mathisen")
    doc.add_paragraph("Kommunalsjef for helse og velferd")
    doc.save(out)
    return truth("m03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", org_nr), contact=("Henrik Aas", "henrik.aas@nav.no", None),
                 project=("Familieløftet Lillestrøm", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "other": None, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Nina Kristoffersen", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Tor Egil Mathisen", "Kommunalsjef for helse og velferd", "2020-01-24", "handwritten")])


# ---------------------------------------------------------------- m04 docx-legacy-fields
def m04(out: Path):
    """Legacy fields in PARAGRAPHS under numbered headings ("2.3 Oppstart: [FORMTEXT]"), FORMCHECKBOX
    ticked only through w:default, two position lines. Defect: competence post 15 000 (> 10 000)."""
    doc = Document()
    _producer(doc, "Microsoft Office Word 2010")
    doc.add_heading("SØKNAD – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", 1)
    org_nr = org("99251377")

    def line(label, value, name):
        doc.element.body.append(parse_xml(f'<w:p {W}>{run(label + " ", True)}{formtext(value, name)}</w:p>'))

    def box(on, text, name):
        doc.element.body.append(parse_xml(f'<w:p {W}>{formcheck(on, name)}{run("  " + text)}</w:p>'))

    doc.add_paragraph("1. Søker").runs[0].bold = True
    line("1.1 NAV-kontor:", "NAV Tønsberg", "kontor")
    line("1.2 Kommune:", "Tønsberg", "kommune")
    line("1.3 Organisasjonsnummer:", org_nr, "orgnr")
    line("1.4 Kontaktperson:", "Anette Wold", "kontakt")
    line("1.5 E-post:", "anette.wold@nav.no", "epost")
    line("1.6 Telefon:", "33 34 56 70", "tlf")
    doc.add_paragraph("2. Om prosjektet").runs[0].bold = True
    line("2.1 Prosjektnavn:", "Overgang løslatelse – arbeid", "tittel")
    doc.add_paragraph("2.2 Søknadstype:")
    box(True, "Nytt prosjekt", "ny")
    box(False, "Videreføring", "vid")
    line("2.3 Oppstart:", "15.03.2020", "start")
    doc.add_paragraph("2.4 Prioritert område:")
    box(False, "Bruk av ordinært arbeidsliv", "pa1")
    box(False, "Oppfølging av barnefamilier, ungdom og innvandrere", "pa2")
    box(True, "Sikring av sårbare overganger", "pa3")
    doc.add_paragraph("2.5 Interesse:")
    box(True, "Vi er interessert i nettverk/klyngesamarbeid", "nett")
    box(False, "Vi er interessert i ekstern prosessevaluering", "eval")
    doc.add_paragraph("3. Budsjett").runs[0].bold = True
    line("3.1 Stilling 1 (tittel og prosent):", "Miljøarbeider 100 %", "st1")
    line("3.2 Lønn og sosiale kostnader stilling 1:", "600 000", "l1")
    line("3.3 Stilling 2 (tittel og prosent):", "Veileder 50 %", "st2")
    line("3.4 Lønn og sosiale kostnader stilling 2:", "300 000", "l2")
    line("3.5 Kompetansemidler:", "15 000", "komp")
    line("3.6 Sum søknadsbeløp:", "915 000", "sum")
    doc.add_paragraph("4. Underskrift").runs[0].bold = True
    doc.add_paragraph("Tønsberg, 28.01.2020")
    _ink(doc.add_paragraph(), 1401)
    doc.add_paragraph("Bjørn Sæther, leder NAV Tønsberg")
    doc.add_paragraph("Tønsberg, 28.01.2020")
    _ink(doc.add_paragraph(), 1402)
    doc.add_paragraph("Hilde Brekke, kommunedirektør")
    doc.save(out)
    return truth("m04", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Tønsberg", "Tønsberg", org_nr), contact=("Anette Wold", "anette.wold@nav.no", "33345670"),
                 project=("Overgang løslatelse – arbeid", "new", "2020-03-15"), pct=150,
                 amounts={"positions": 900000, "competence": 15000, "other": None, "total": 915000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Sæther", "Leder NAV Tønsberg", "2020-01-28", "handwritten"),
                       ("municipality", "Hilde Brekke", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"], notes=["defect: competence 15 000 > 10 000"])


# ---------------------------------------------------------------- m05 docx-letter
def m05(out: Path):
    """Bokmål letter; sender block and reference in a FRAME (w:framePr) at the top right, facts in
    prose, budget table with own funding under the total, e-approval with titles BEFORE names."""
    doc = Document()
    _producer(doc, "LibreOffice/7.3.7.2$Linux_X86_64")
    org_nr = org("97446538")
    frame = ('<w:pPr><w:framePr w:w="3600" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
             'w:x="7600" w:y="900"/></w:pPr>')
    for s in ("NAV Ringsaker", "Postboks 18, 2381 Brumunddal", f"Org.nr. {org_nr}", "Vår ref.: 20/1142"):
        doc.element.body.append(parse_xml(f'<w:p {W}>{frame}{run(s)}</w:p>'))
    doc.add_paragraph("Statsforvalteren i Innlandet\nPostboks 987\n2604 Lillehammer")
    doc.add_paragraph("Brumunddal, 27. januar 2020")
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – "
                      "«Bolig og jobb for barnefamilier»").runs[0].bold = True
    doc.add_paragraph(
        "NAV Ringsaker søker med dette om tilskudd til et nytt prosjekt, «Bolig og jobb for barnefamilier». "
        "Prosjektet starter opp 1. mai 2020 og retter seg mot barnefamilier med lav inntekt, der målet er å få "
        "foreldrene over i ordinært arbeid. Vi vil bruke ordinære arbeidsplasser aktivt og følge opp både foreldre "
        "og ungdom i familiene. Prosjektet er forankret i kommuneledelsen i Ringsaker kommune.")
    doc.add_paragraph(
        "Vi søker om midler til én 100 % stilling som familiekoordinator. Kontoret ønsker å delta i nettverk "
        "og klyngesamarbeid, men ønsker ikke å delta i ekstern prosessevaluering.")
    doc.add_paragraph("Budsjett for 2020:")
    b = doc.add_table(rows=5, cols=2)
    _grid(b)
    for i, (a, v) in enumerate([("Familiekoordinator 100 %, lønn og sosiale kostnader", "598 000"),
                                ("Kompetansemidler (prosessveiledning)", "10 000"),
                                ("Sum omsøkt fra Statsforvalteren", "608 000"),
                                ("Kommunens egenandel (kontorplass, ledelse)", "150 000"),
                                ("Prosjektets totale kostnad", "758 000")]):
        b.rows[i].cells[0].text = a
        b.rows[i].cells[1].text = v
    doc.add_paragraph(
        "Kontaktperson for søknaden er rådgiver Sofie Lindqvist, sofie.lindqvist@nav.no, tlf. 958 44 120.")
    doc.add_paragraph("Med vennlig hilsen")
    doc.add_paragraph("Nav-leder Kristin Bakken\nKommunedirektør Jon Arne Fossum")
    doc.add_paragraph("Dokumentet er elektronisk godkjent 27.01.2020 og har derfor ingen håndskrevne signaturer.")
    doc.save(out)
    return truth("m05", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", org_nr), contact=("Sofie Lindqvist", "sofie.lindqvist@nav.no", "95844120"),
                 project=("Bolig og jobb for barnefamilier", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "other": None, "total": 608000}, own_funding=150000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kristin Bakken", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Jon Arne Fossum", "Kommunedirektør", "2020-01-27", "electronic_approval")])


# ---------------------------------------------------------------- m08 source for pdf-from-office
def m08_docx(out: Path):
    """Nynorsk form in Word with ink images, later converted by LibreOffice. Defect: 50 % position
    with 340 000 (cap 305 000)."""
    doc = Document()
    doc.add_heading("Søknadsskjema: Tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    org_nr = org("96451508")
    t = doc.add_table(rows=0, cols=4)
    _grid(t)
    for a, b_, c, d in [("Søkjar", "NAV Voss", "Kommune", "Voss herad"),
                        ("Org.nr.", org_nr, "Oppstart", "01.08.2020"),
                        ("Kontaktperson", "Ragnhild Lid", "E-post", "ragnhild.lid@nav.no"),
                        ("Telefon", "916 02 334", "Ny/vidareføring", "Nytt prosjekt")]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = a, b_, c, d
    doc.add_paragraph()
    doc.add_paragraph("Prosjekttittel: Ungdomslos Voss")
    doc.add_paragraph("Prosjektet skal styrkje oppfølginga av ungdom og sikre sårbare overgangar frå vidaregåande "
                      "skule til arbeid. (Prioritert område: oppfølging av ungdom; sikring av sårbare overgangar.)")
    doc.add_paragraph("Stilling: ungdomslos, 50 % stilling.")
    b = doc.add_table(rows=3, cols=2)
    _grid(b)
    for i, (a, v) in enumerate([("Løn og sosiale kostnader (50 %)", "340 000"), ("Kompetansemidlar", "0"),
                                ("Totalt søkt beløp", "340 000")]):
        b.rows[i].cells[0].text = a
        b.rows[i].cells[1].text = v
    doc.add_paragraph("Ønskjer nettverk/klyngesamarbeid: Nei.   Ønskjer ekstern prosessevaluering: Nei.")
    doc.add_paragraph()
    s = doc.add_table(rows=3, cols=2)
    s.rows[0].cells[0].text = "Voss, 20.01.2020"
    s.rows[0].cells[1].text = "Voss, 21.01.2020"
    _ink(s.rows[1].cells[0], 1801)
    _ink(s.rows[1].cells[1], 1802)
    s.rows[2].cells[0].text = "Nav-leiar\nGunnar Dale"
    s.rows[2].cells[1].text = "Kommunedirektør\nSolveig Hagen"
    doc.save(out)
    return truth("m08", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss", org_nr), contact=("Ragnhild Lid", "ragnhild.lid@nav.no", "91602334"),
                 project=("Ungdomslos Voss", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 340000, "competence": 0, "other": None, "total": 340000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Gunnar Dale", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Solveig Hagen", "Kommunedirektør", "2020-01-21", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 340 000 for 50 % > 305 000",
                                                      "municipality written 'Voss herad' (the municipality is Voss)"])


# ---------------------------------------------------------------- m14 bad-input
def m14(out: Path):
    """A .docx package with content types and relationships but no word/document.xml."""
    from tests.adversarial12.kit12 import CT, RELS
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CT), ("_rels/.rels", RELS)):
            z.writestr(zipfile.ZipInfo(name, (2020, 1, 20, 10, 0, 0)), data)
    t = truth("m14", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
              notes=["docx zip without its main document part"])
    return t


# ---------------------------------------------------------------- m16 not-application
def m16(out: Path):
    """A Nav office's request to change the budget of an APPROVED 2020 project (a budget revision
    request): looks like an application (Søknad, amounts, signatures) but is not one."""
    doc = Document()
    _producer(doc, "Microsoft Office Word")
    doc.add_paragraph("NAV Elverum\t\t\t\tElverum, 14. september 2020")
    doc.add_paragraph("Statsforvalteren i Innlandet")
    doc.add_paragraph("Søknad om endring av budsjett – tilskudd til utvikling av sosiale tjenester 2020").runs[0].bold = True
    doc.add_paragraph("Vi viser til tilskuddsbrev av 29. mai 2020, der NAV Elverum fikk innvilget kr 610 000 til "
                      "prosjektet «Arbeid for alle i Elverum». Stillingen ble først besatt 1. oktober, og vi ber derfor om "
                      "å få omdisponere ubrukte lønnsmidler til kompetansetiltak og forlenge prosjektperioden.")
    b = doc.add_table(rows=4, cols=3)
    _grid(b)
    for i, row in enumerate([("Post", "Innvilget budsjett", "Revidert budsjett"),
                             ("Lønn og sosiale kostnader", "600 000", "450 000"),
                             ("Kompetanse", "10 000", "160 000"), ("Sum", "610 000", "610 000")]):
        for j, v in enumerate(row):
            b.rows[i].cells[j].text = v
    doc.add_paragraph("Vi ber om svar innen 1. oktober 2020.")
    doc.add_paragraph("Med hilsen\nEirik Nordby\nleder NAV Elverum")
    doc.save(out)
    t = near_miss("m16", "docx", "nb", "request to change the budget of an approved project")
    t["category"], t["tags"] = "not-application", ["not-application"]
    return t
