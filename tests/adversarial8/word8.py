"""Word documents h01-h06 (python-docx plus raw XML)."""
from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

import kit
from kit import truth

S2020 = "nav-sosiale-tjenester-2020"
ORD, BUI, SAA = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def _doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2)
    return d


def _p(d, text="", bold=False, size=None, italic=False, align=None, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    if align:
        p.alignment = align
    return p


def _cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


# ------------------------------------------------------------------ h01
def h01(out):
    """docx-form, Nynorsk: one-column table, each label in a shaded row with the answer in the row
    below; ■/□ glyph boxes; signatures side by side in a table with Stad/dato, title above, ink."""
    org = kit.orgnr(101)
    d = _doc("Arial", 10)
    _p(d, "Statsforvaltaren i Vestland", italic=True, size=9)
    _p(d, "SØKNADSSKJEMA 2020", bold=True, size=15)
    _p(d, "Tilskot til utvikling av sosiale tenester i Nav (kap. 0621 post 63)", bold=True, size=11)
    _p(d, "Søknadsfrist 1. februar 2020. Skjemaet skal underteiknast av Nav-leiar og kommuneleiinga.",
       italic=True, size=8.5)
    rows = [
        ("A  Søkjar", None),
        ("1. Nav-kontor", "NAV Sunnfjord"),
        ("2. Organisasjonsnummer", kit.spaced(org)),
        ("3. Kommune", "Sunnfjord kommune"),
        ("4. Kontaktperson for søknaden (namn, e-post og telefon)",
         "Ingrid Vevle – ingrid.vevle@nav.no – telefon 482 19 370"),
        ("B  Tiltaket", None),
        ("5. Namn på tiltaket", "«Saman ut i arbeid»"),
        ("6. Er dette eit nytt tiltak eller ei vidareføring?", "■ Nytt tiltak        □ Vidareføring (år 2 eller 3)"),
        ("7. Planlagd oppstart", "1. april 2020"),
        ("8. Kort omtale av tiltaket",
         "Tiltaket skal gje unge vaksne og personar som kjem ut frå fengsel tett oppfølging ut i ordinært "
         "arbeid, med ein jobbkonsulent som følgjer deltakaren og arbeidsgjevaren over tid."),
        ("9. Stilling(ar) det vert søkt om", "Ei stilling som jobbkonsulent, 100 %"),
        ("10. Kva prioriterte område rettar tiltaket seg mot? (set kryss)",
         "■ Bruk av ordinært arbeidsliv\n□ Oppfølging av barnefamiliar, ungdom og innvandrarar\n"
         "■ Sikring av sårbare overgangar"),
        ("C  Budsjett for 2020", None),
        ("11. Løn og sosiale kostnader", "598 000 kr"),
        ("12. Kompetansemidlar (prosjektspesifikk kompetanse)", "10 000 kr"),
        ("13. Sum det vert søkt om", "608 000 kr"),
        ("D  Anna", None),
        ("14. Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?", "■ Ja    □ Nei"),
        ("15. Ønskjer kontoret ekstern prosessevaluering?", "□ Ja    ■ Nei"),
    ]
    n = sum(2 if v is not None else 1 for _, v in rows)
    t = d.add_table(rows=n, cols=1)
    t.style = "Table Grid"
    i = 0
    for lab, val in rows:
        if val is None:
            _cell(t.rows[i].cells[0], lab, bold=True, size=11)
            kit.set_cell_shade(t.rows[i].cells[0], "BDD7EE")
            i += 1
            continue
        _cell(t.rows[i].cells[0], lab, size=8.5, italic=True)
        kit.set_cell_shade(t.rows[i].cells[0], "EDEDED")
        _cell(t.rows[i + 1].cells[0], val)
        i += 2
    _p(d)
    _p(d, "E  Underskrift", bold=True, size=11)
    s = d.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    _cell(s.rows[0].cells[0], "Nav-leiar", bold=True)
    _cell(s.rows[0].cells[1], "Kommunedirektør", bold=True)
    _cell(s.rows[1].cells[0], "Stad/dato: Førde, 27.01.2020")
    _cell(s.rows[1].cells[1], "Stad/dato: Førde, 29.01.2020")
    kit.add_png(s.rows[2].cells[0].paragraphs[0].add_run(), 1011)
    kit.add_png(s.rows[2].cells[1].paragraphs[0].add_run(), 1012)
    _cell(s.rows[3].cells[0], "Kari Hjelmeland")
    _cell(s.rows[3].cells[1], "Arne Sandal")
    kit.docx_fixed(d, "Søknad 2020")
    d.save(out)
    return truth("h01", "docx", "docx-form", lang="nn", scheme=S2020,
                 office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Ingrid Vevle", "ingrid.vevle@nav.no", "48219370"),
                 project=("Saman ut i arbeid", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "total": 608000},
                 prio=[ORD, SAA], interest=(True, False),
                 sigs=[("nav_leader", "Kari Hjelmeland", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Arne Sandal", "Kommunedirektør", "2020-01-29", "handwritten")])


# ------------------------------------------------------------------ h02
def h02(out):
    """docx-form, Bokmål: three-column table (no. | question | answer), priority areas ticked with
    "X" in a "Kryss" column; stacked signature blocks with name, title after it. Defect: 50 %
    position with 331 000 (cap 305 000): AMOUNT_OVER_CAP."""
    org = kit.orgnr(202)
    d = _doc("Times New Roman", 11)
    _p(d, "Til Statsforvalteren i Innlandet", size=10)
    _p(d, "Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020", bold=True, size=14)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"

    def row(no, q, a, bold=False):
        r = t.add_row().cells
        _cell(r[0], no, bold=bold)
        _cell(r[1], q, bold=bold)
        _cell(r[2], a, bold=bold)
    row("1", "Søker", "", True)
    row("1.1", "Navn på Nav-kontoret", "NAV Gjøvik")
    row("1.2", "Org.nr. (Nav-kontoret/kommunen)", org)
    row("1.3", "Vertskommune", "Gjøvik")
    row("1.4", "Kontaktperson", "Marius Dæhlen, veileder")
    row("1.5", "E-post / mobil", "marius.daehlen@nav.no / 930 44 812")
    row("2", "Prosjektet", "", True)
    row("2.1", "Prosjektets navn", "Bolig først – arbeid etterpå")
    row("2.2", "Søknaden gjelder", "Nytt prosjekt")
    row("2.3", "Oppstart (dato)", "15.03.2020")
    row("2.4", "Stillingsandel", "50 % stilling som boligsosial veileder")
    row("3", "Økonomi", "", True)
    row("3.1", "Lønn inkl. sosiale utgifter", "kr 331 000")
    row("3.2", "Kompetansetiltak", "kr 9 000")
    row("3.3", "Totalt omsøkt beløp", "kr 340 000")
    _p(d)
    _p(d, "4  Prioriterte områder", bold=True)
    pt = d.add_table(rows=4, cols=2)
    pt.style = "Table Grid"
    _cell(pt.rows[0].cells[0], "Område", bold=True)
    _cell(pt.rows[0].cells[1], "Kryss", bold=True)
    for i, (a, x) in enumerate([("Bruk av ordinært arbeidsliv", "X"),
                                ("Oppfølging av barnefamilier, ungdom og innvandrere", ""),
                                ("Sikring av sårbare overganger", "X")], 1):
        _cell(pt.rows[i].cells[0], a)
        _cell(pt.rows[i].cells[1], x)
    _p(d)
    _p(d, "5  Samarbeid", bold=True)
    _p(d, "Vi er interessert i nettverkssamarbeid/klynge: Ja")
    _p(d, "Vi er interessert i ekstern prosessevaluering: Ja")
    _p(d)
    _p(d, "6  Underskrifter", bold=True)
    for date, seed, line in [("Gjøvik, 24. januar 2020", 2021, "Hege Brenna, leder NAV Gjøvik"),
                             ("Gjøvik, 27. januar 2020", 2022, "Tor Arne Lie, kommunalsjef helse og velferd")]:
        _p(d, date, space_after=0)
        kit.add_png(_p(d, space_after=0).add_run(), seed, 4.0)
        _p(d, "_" * 40, space_after=0)
        _p(d, line, space_after=10)
    kit.docx_fixed(d, "Søknad")
    d.save(out)
    return truth("h02", "docx", "docx-form", lang="nb", scheme=S2020,
                 office=("Nav Gjøvik", "Gjøvik", org),
                 contact=("Marius Dæhlen", "marius.daehlen@nav.no", "93044812"),
                 project=("Bolig først – arbeid etterpå", "new", "2020-03-15"), pct=50,
                 amounts={"positions": 331000, "competence": 9000, "total": 340000},
                 prio=[ORD, SAA], interest=(True, True),
                 sigs=[("nav_leader", "Hege Brenna", "Leder NAV Gjøvik", "2020-01-24", "handwritten"),
                       ("municipality", "Tor Arne Lie", "Kommunalsjef helse og velferd", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["50 % with 331 000 > 305 000"])


# ------------------------------------------------------------------ content controls
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_ids = [5000]


def _nid():
    _ids[0] += 1
    return _ids[0]


def sdt_text(tag, value, placeholder=None):
    if value is None:
        return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_nid()}"/>'
                f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
                f'<w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{placeholder}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_nid()}"/><w:text/>'
            f'</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(tag, iso, shown):
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_nid()}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/>'
            f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_drop(tag, shown, items):
    li = "".join(f'<w:listItem w:displayText="{x}" w:value="{x}"/>' for x in items)
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_nid()}"/>'
            f'<w:dropDownList><w:listItem w:displayText="Velg et element." w:value=""/>{li}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_check(tag, checked):
    glyph = "\u2714" if checked else "\u2610"
    font = "Segoe UI Symbol" if checked else "MS Gothic"
    return (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
            f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_nid()}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2714" w14:font="Segoe UI Symbol"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr><w:t>{glyph}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>')


def put(paragraph, xml, before="", after=""):
    if before:
        paragraph.add_run(before)
    paragraph._p.append(parse_xml(xml))
    if after:
        paragraph.add_run(after)


# ------------------------------------------------------------------ h03
def h03(out):
    """docx-controls, Bokmål: labels in the left column, every answer a content control; kind in a
    drop-down list, start in a date picker, areas and interest as w14:checkbox with a ✔ checked
    state; two 60 % positions in a budget table of controls; electronic approval paragraph + table."""
    org = kit.orgnr(303)
    d = _doc("Calibri", 10.5)
    _p(d, "Arbeids- og velferdsdirektoratet", size=9, italic=True)
    _p(d, "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=13)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(lab, xml):
        r = t.add_row().cells
        _cell(r[0], lab, bold=True)
        r[1].text = ""
        put(r[1].paragraphs[0], xml)
    row("Søkende Nav-kontor", sdt_text("Kontor", "Nav Nordre Follo"))
    row("Kommune", sdt_text("Kommune", "Nordre Follo"))
    row("Organisasjonsnummer", sdt_text("Orgnr", kit.spaced(org)))
    row("Prosjektleder/kontaktperson", sdt_text("Kontakt", "Camilla Ås Berntsen"))
    row("E-post", sdt_text("Epost", "Camilla.As.Berntsen@nav.no"))
    row("Telefon", sdt_text("Tlf", "+47 971 23 456"))
    row("Prosjektets tittel", sdt_text("Tittel", "Familieløftet Follo"))
    row("Type prosjekt", sdt_drop("Type", "Videreføring av eksisterende prosjekt",
                                  ["Nytt prosjekt", "Videreføring av eksisterende prosjekt"]))
    row("Hvilket år i prosjektet søkes det for?", sdt_text("Aar", "År 2 av 3 (første tilskudd 2019)"))
    row("Prosjektstart for tilskuddsåret", sdt_date("Start", "2020-01-01", "01.01.2020"))
    _p(d)
    _p(d, "Stillinger og budsjett", bold=True, size=11)
    b = d.add_table(rows=0, cols=3)
    b.style = "Table Grid"

    def brow(a, pxml, axml, bold=False):
        r = b.add_row().cells
        _cell(r[0], a, bold=bold)
        for c, x in ((r[1], pxml), (r[2], axml)):
            c.text = ""
            if x.startswith("<"):
                put(c.paragraphs[0], x)
            else:
                _cell(c, x, bold=bold)
    brow("Stilling", "Stillingsprosent", "Lønn og sosiale kostnader (kr)", True)
    brow("Familiekoordinator", sdt_text("Pst1", "60 %"), sdt_text("Kr1", "360 000"))
    brow("Ungdomsveileder", sdt_text("Pst2", "60 %"), sdt_text("Kr2", "366 000"))
    brow("Kompetansemidler", "", sdt_text("Komp", "10 000"))
    brow("Sum søknadsbeløp", "120 %", sdt_text("Sum", "736 000"), True)
    _p(d)
    _p(d, "Prioriterte områder (kryss av)", bold=True, size=11)
    for lab, on in [("Bruk av ordinært arbeidsliv", False),
                    ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                    ("Sikring av sårbare overganger", False)]:
        put(_p(d, space_after=2), sdt_check("Omr", on), after="  " + lab)
    _p(d)
    p = _p(d, "Ønsker dere å delta i nettverk/klyngesamarbeid?   ")
    put(p, sdt_check("NettJa", True), after=" Ja   ")
    put(p, sdt_check("NettNei", False), after=" Nei")
    p = _p(d, "Ønsker dere ekstern prosessevaluering?   ")
    put(p, sdt_check("EvalJa", True), after=" Ja   ")
    put(p, sdt_check("EvalNei", False), after=" Nei")
    _p(d)
    _p(d, "Godkjenning", bold=True, size=11)
    _p(d, "Søknaden er godkjent elektronisk i kommunens sak- og arkivsystem og har derfor ingen "
          "håndskrevne signaturer.")
    g = d.add_table(rows=3, cols=3)
    g.style = "Table Grid"
    for i, rw in enumerate([("Godkjent av", "Stilling", "Dato"),
                            ("Petter Kolstad", "Leder Nav Nordre Follo", "21.01.2020"),
                            ("Randi Wold", "Kommunedirektør", "23.01.2020")]):
        for j, v in enumerate(rw):
            _cell(g.rows[i].cells[j], v, bold=(i == 0))
    kit.docx_fixed(d, "Søknadsskjema 2020")
    d.save(out)
    return truth("h03", "docx", "docx-controls", lang="nb", scheme=S2020,
                 office=("Nav Nordre Follo", "Nordre Follo", org),
                 contact=("Camilla Ås Berntsen", "camilla.as.berntsen@nav.no", "97123456"),
                 project=("Familieløftet Follo", "continuation", "2020-01-01"), pct=120,
                 amounts={"positions": 726000, "competence": 10000, "total": 736000},
                 prio=[BUI], interest=(True, True),
                 sigs=[("nav_leader", "Petter Kolstad", "Leder Nav Nordre Follo", "2020-01-21", "electronic_approval"),
                       ("municipality", "Randi Wold", "Kommunedirektør", "2020-01-23", "electronic_approval")])


# ------------------------------------------------------------------ h04
def h04(out):
    """docx-controls, Bokmål: answers in content controls under each label (label paragraph, control
    paragraph); signatures as ink pictures inside picture content controls. Defect: the percentage
    control still shows its placeholder: POSITION_PERCENT_MISSING."""
    org = kit.orgnr(404)
    d = _doc("Verdana", 9.5)
    _p(d, "SØKNAD 2020 – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret", bold=True, size=12)
    _p(d, "Sendes Statsforvalteren i Agder innen 1. februar 2020.", italic=True, size=8.5)

    def qa(lab, xml):
        _p(d, lab, bold=True, space_after=0)
        put(_p(d, space_after=8), xml)
    qa("Nav-kontor som søker", sdt_text("kontor", "NAV Lindesnes"))
    qa("Kommune", sdt_text("kommune", "Lindesnes"))
    qa("Org.nummer", sdt_text("org", org))
    qa("Kontaktperson i prosjektet", sdt_text("kontakt", "Øystein Tjomsland"))
    qa("Kontaktinformasjon (e-post og telefon)", sdt_text("kontaktinfo", "oystein.tjomsland@nav.no, tlf 38 25 70 11"))
    qa("Prosjektnavn", sdt_text("tittel", "Ung inn i jobb"))
    qa("Nytt prosjekt eller videreføring", sdt_drop("type", "Nytt prosjekt", ["Nytt prosjekt", "Videreføring"]))
    qa("Prosjektet starter", sdt_date("start", "2020-04-01", "01.04.2020"))
    qa("Stillingstittel", sdt_text("stilling", "Prosjektkoordinator ungdom"))
    qa("Stillingsprosent", sdt_text("prosent", None, "Skriv inn stillingsprosent her."))
    qa("Lønn og sosiale kostnader (kr)", sdt_text("lonn", "540 000"))
    qa("Kompetansemidler (kr)", sdt_text("komp", "10 000"))
    qa("Totalt søknadsbeløp (kr)", sdt_text("sum", "550 000"))
    _p(d, "Prioriterte områder", bold=True, space_after=0)
    for lab, on in [("Bruk av ordinært arbeidsliv", True),
                    ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                    ("Sikring av sårbare overganger", False)]:
        put(_p(d, space_after=0), sdt_check("omr", on), after=" " + lab)
    _p(d)
    p = _p(d, "Interessert i nettverk/klynge: ")
    put(p, sdt_drop("nettverk", "Ja", ["Ja", "Nei"]))
    p = _p(d, "Interessert i ekstern prosessevaluering: ")
    put(p, sdt_drop("eval", "Nei", ["Ja", "Nei"]))
    _p(d)
    _p(d, "Underskrifter", bold=True, size=11)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for j, (role, name, date, seed) in enumerate([("Leder NAV Lindesnes", "Bodil Føreland", ("2020-01-22", "22.01.2020"), 4041),
                                                   ("Rådmann", "Jan Inge Birkeland", ("2020-01-28", "28.01.2020"), 4042)]):
        c = t.rows[0].cells[j]
        c.text = ""
        put(c.paragraphs[0], sdt_date("dato", *date), before="Dato: ")
        # picture content control holding the ink
        c1 = t.rows[1].cells[j]
        r = c1.paragraphs[0].add_run()
        kit.add_png(r, seed, 4.0)
        drawing = r._r
        sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Signatur"/><w:id w:val="{_nid()}"/><w:picture/>'
                        f'</w:sdtPr><w:sdtContent/></w:sdt>')
        c1.paragraphs[0]._p.remove(drawing)
        sdt[1].append(drawing)
        c1.paragraphs[0]._p.append(sdt)
        t.rows[2].cells[j].text = ""
        put(t.rows[2].cells[j].paragraphs[0], sdt_text("navn", name))
        _cell(t.rows[3].cells[j], role)
    kit.docx_fixed(d, "Søknad 2020")
    d.save(out)
    return truth("h04", "docx", "docx-controls", lang="nb", scheme=S2020,
                 office=("Nav Lindesnes", "Lindesnes", org),
                 contact=("Øystein Tjomsland", "oystein.tjomsland@nav.no", "38257011"),
                 project=("Ung inn i jobb", "new", "2020-04-01"), pct=None,
                 amounts={"positions": 540000, "competence": 10000, "total": 550000},
                 prio=[ORD, BUI], interest=(True, False),
                 sigs=[("nav_leader", "Bodil Føreland", "Leder NAV Lindesnes", "2020-01-22", "handwritten"),
                       ("municipality", "Jan Inge Birkeland", "Rådmann", "2020-01-28", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["percentage control shows its placeholder; no percent anywhere else"])


# ------------------------------------------------------------------ legacy fields
DATE_FMT = '<w:type w:val="date"/><w:format w:val="dd.MM.yyyy"/>'


def ff_text(value, name, fmt=None):
    r = (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
         f'<w:calcOnExit w:val="0"/><w:textInput>{DATE_FMT if fmt == "date" else ""}'
         f'</w:textInput></w:ffData></w:fldChar></w:r>')
    return [r, f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{value}</w:t></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


def ff_check(checked, name):
    st = '<w:checked/>' if checked else '<w:checked w:val="0"/>'
    return [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="20"/><w:default w:val="0"/>{st}</w:checkBox>'
            f'</w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


def put_runs(par, runs):
    for x in runs:
        par._p.append(parse_xml(x))


def h05(out):
    """docx-legacy-fields, Bokmål, old "NAV"/"Fylkesmannen" wording: a four-column grid (two
    label/field pairs a row), FORMTEXT fields incl. date-typed ones, FORMCHECKBOX with an explicit
    w:checked (val 0 for unticked), signature grid of four rows with ink in the last."""
    org = kit.orgnr(505)
    d = _doc("Arial", 9.5)
    _p(d, "Fylkesmannen i Trøndelag", size=9)
    _p(d, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2020", bold=True, size=12.5)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    n = [0]

    def nm():
        n[0] += 1
        return f"Tekst{n[0]}"

    def row(l1, v1, l2=None, v2=None, f1=None, f2=None):
        r = t.add_row().cells
        _cell(r[0], l1, bold=True, size=8.5)
        r[1].text = ""
        put_runs(r[1].paragraphs[0], ff_text(v1, nm(), f1))
        if l2:
            _cell(r[2], l2, bold=True, size=8.5)
            r[3].text = ""
            put_runs(r[3].paragraphs[0], ff_text(v2, nm(), f2))
    row("NAV-kontor", "NAV Orkland", "Org.nr.", org)
    row("Kommune", "Orkland", "Telefon kontaktperson", "901 77 254")
    row("Kontaktperson", "Lars Erik Fossum", "E-post", "lars.erik.fossum@nav.no")
    row("Prosjektnavn", "Arbeidslinja Orkland", "Oppstart", "01.02.2020", f2="date")
    row("Stilling(er)", "1 årsverk jobbspesialist", "Stillingsprosent", "100 %")
    row("Lønn og sos. kostn.", "kr 610.000,-", "Kompetansemidler", "kr 10.000,-")
    row("Sum omsøkt", "kr 620.000,-")
    _p(d)
    p = _p(d, "Søknaden gjelder:  ")
    put_runs(p, ff_check(False, "K1"))
    p.add_run(" nytt prosjekt     ")
    put_runs(p, ff_check(True, "K2"))
    p.add_run(" videreføring (år 3)")
    _p(d, "Prioritert område:", bold=True, space_after=0)
    for i, (lab, on) in enumerate([("Bruk av ordinært arbeidsliv", True),
                                   ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                                   ("Sikring av sårbare overganger", False)]):
        p = _p(d, space_after=0)
        put_runs(p, ff_check(on, f"P{i}"))
        p.add_run("  " + lab)
    _p(d)
    for i, (q, yes) in enumerate([("Interesse for nettverk/klyngesamarbeid", False),
                                  ("Interesse for ekstern prosessevaluering", True)]):
        p = _p(d, q + ":   ")
        put_runs(p, ff_check(yes, f"J{i}"))
        p.add_run(" Ja   ")
        put_runs(p, ff_check(not yes, f"N{i}"))
        p.add_run(" Nei")
    _p(d)
    _p(d, "Underskrift", bold=True)
    s = d.add_table(rows=4, cols=3)
    s.style = "Table Grid"
    for i, lab in enumerate(["", "Navn", "Dato", "Signatur"]):
        _cell(s.rows[i].cells[0], lab, bold=True, size=8.5)
    _cell(s.rows[0].cells[1], "Leder i NAV-kontoret", bold=True)
    _cell(s.rows[0].cells[2], "Rådmann", bold=True)
    for j, (name, date, seed) in enumerate([("Gunn Britt Aune", "20.01.2020", 5051), ("Stig Rønning", "22.01.2020", 5052)], 1):
        s.rows[1].cells[j].text = ""
        put_runs(s.rows[1].cells[j].paragraphs[0], ff_text(name, nm()))
        s.rows[2].cells[j].text = ""
        put_runs(s.rows[2].cells[j].paragraphs[0], ff_text(date, nm(), "date"))
        kit.add_png(s.rows[3].cells[j].paragraphs[0].add_run(), seed, 3.6)
    kit.docx_fixed(d, "Søknad")
    d.save(out)
    return truth("h05", "docx", "docx-legacy-fields", lang="nb", scheme=S2020,
                 office=("Nav Orkland", "Orkland", org),
                 contact=("Lars Erik Fossum", "lars.erik.fossum@nav.no", "90177254"),
                 project=("Arbeidslinja Orkland", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=[ORD], interest=(False, True),
                 sigs=[("nav_leader", "Gunn Britt Aune", "Leder i NAV-kontoret", "2020-01-20", "handwritten"),
                       ("municipality", "Stig Rønning", "Rådmann", "2020-01-22", "handwritten")],
                 notes=["continuation in its third year: allowed (up to three years)"])


# ------------------------------------------------------------------ h06
def h06(out):
    """docx-letter, Nynorsk: free letter, budget as a dash list in the text, 0,8 årsverk, own funding
    in a sentence, interest in sentences, areas argued in prose; signatures stacked with the title
    above the ink and the name under it."""
    org = kit.orgnr(606)
    d = _doc("Georgia", 11)
    _p(d, "NAV Voss", bold=True, size=13, space_after=0)
    _p(d, "Uttrågata 19, 5700 Voss  ·  org.nr. " + kit.spaced(org), size=9)
    _p(d)
    _p(d, "Statsforvaltaren i Vestland\nv/ sosial- og barnevernavdelinga", space_after=10)
    _p(d, "Vår dato: 24.01.2020", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _p(d, "Søknad om tilskot til utvikling av sosiale tenester i Nav – «Heim til skule og arbeid»", bold=True, size=12)
    for s in [
        "NAV Voss søkjer med dette om tilskot for 2020 til eit nytt prosjekt, «Heim til skule og arbeid». "
        "Prosjektet skal starte 1. mars 2020.",
        "Mange barnefamiliar med låg inntekt i kommunen har ungdommar som står i fare for å falle ut av "
        "vidaregåande skule. Prosjektet skal gje heile familien oppfølging, med særleg vekt på ungdom og "
        "innvandrarfamiliar, slik at foreldra kjem i arbeid og ungdommane fullfører skulegangen.",
        "Vi søkjer om midlar til 0,8 årsverk som familiekoordinator. Budsjettet for tilskotsåret er slik:",
    ]:
        _p(d, s, space_after=8)
    for s in ["– løn og sosiale kostnader, familiekoordinator (80 %): 480 000 kr",
              "– kompetansemidlar til rettleiing og evaluering: 8 000 kr",
              "– til saman søkt tilskot: 488 000 kr"]:
        _p(d, s, space_after=1)
    _p(d)
    for s in [
        "Voss herad dekkjer sjølv 120 000 kr av prosjektet, mellom anna kontor og reiseutgifter.",
        "Vi ønskjer gjerne å vere med i eit nettverk eller klyngesamarbeid med andre kontor. "
        "Ekstern prosessevaluering ønskjer vi ikkje i denne omgang.",
        "Kontaktperson for søknaden er rådgjevar Torunn Ringheim, e-post torunn.ringheim@nav.no, "
        "telefon 56 52 14 40.",
        "Søknaden er forankra i kommuneleiinga og underteikna av Nav-leiar og kommunedirektør.",
    ]:
        _p(d, s, space_after=8)
    _p(d, "Med helsing", space_after=12)
    for title, place, seed, name in [("Nav-leiar", "Voss, 24.01.2020", 6061, "Sigrid Lunde"),
                                     ("Kommunedirektør", "Voss, 27.01.2020", 6062, "Ola Hauge")]:
        _p(d, title, bold=True, space_after=0)
        _p(d, place, size=9.5, space_after=0)
        kit.add_png(_p(d, space_after=0).add_run(), seed, 4.0)
        _p(d, name, space_after=14)
    kit.docx_fixed(d, "Søknad om tilskot")
    d.save(out)
    return truth("h06", "docx", "docx-letter", lang="nn", scheme=S2020,
                 office=("Nav Voss", "Voss", org),
                 contact=("Torunn Ringheim", "torunn.ringheim@nav.no", "56521440"),
                 project=("Heim til skule og arbeid", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 own_funding=120000, prio=[BUI], interest=(True, False),
                 sigs=[("nav_leader", "Sigrid Lunde", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Ola Hauge", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["areas argued in prose: families with children, youth, immigrants; parents into work is "
                        "a means, not ordinary working life as an area"])
