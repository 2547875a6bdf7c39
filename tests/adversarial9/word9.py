"""Word documents of the ninth adversarial corpus (i01-i06, i15, i16). Truth written by hand."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

from kit9 import ink_png, orgnr, truth

S20 = "nav-sosiale-tjenester-2020"
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p.add_run().add_break()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def base(fontname="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = fontname, Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), fontname)
    return d


def ink_run(par, seed, width_cm=4.2):
    par.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(width_cm))


# ------------------------------------------------------------------ i01
def i01(out: Path):
    """docx-form, Bokmål: labels in shaded header rows, answers in the row under them, several
    fields side by side; (x)/( ) boxes; stacked signatures 'Sted og dato' / ink / name / title."""
    d = base("Arial", 10)
    d.add_paragraph().add_run("Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret").bold = True
    d.add_paragraph("Fylles ut av Nav-kontoret og sendes Fylkesmannen i Innlandet innen 1. februar 2020.")

    def grid(labels, values):
        t = d.add_table(rows=2, cols=len(labels))
        t.style = "Table Grid"
        for i, (l, v) in enumerate(zip(labels, values)):
            put(t.cell(0, i), l, bold=True, size=8)
            shade(t.cell(0, i))
            put(t.cell(1, i), v)
        d.add_paragraph()

    grid(["Søkende Nav-kontor", "Kommune", "Org.nr. (Nav-kontoret)"], ["Nav Hamar", "Hamar", "974 812 347"])
    grid(["Kontaktperson i prosjektet", "E-postadresse", "Mobil"],
         ["Ingrid Solheim", "Ingrid.Solheim@nav.no", "415 22 873"])
    grid(["Prosjektets arbeidstittel", "Oppstart (dato)"], ["Arbeidsveien Hamar", "01.04.2020"])
    grid(["Type søknad"], ["(x) Nytt prosjekt     ( ) Videreføring av prosjekt fra 2019"])
    p = d.add_paragraph()
    p.add_run("Hvilke av satsingsområdene i kunngjøringen retter prosjektet seg mot?").bold = True
    for mark, txt in (("(x)", "Bruk av ordinært arbeidsliv"),
                      ("( )", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("(x)", "Sikring av sårbare overganger")):
        d.add_paragraph(f"{mark}  {txt}")
    d.add_paragraph("Beskrivelse: Prosjektet skal gi unge ledige arbeidstrening i ordinære virksomheter, og "
                    "følge dem tett fra avsluttet videregående opplæring og over i arbeid.")
    p = d.add_paragraph()
    p.add_run("Budsjett for 2020").bold = True
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate([("Post", "Stillingsandel", "Søkt beløp (kr)"),
                             ("Prosjektstilling, lønn inkl. sosiale utgifter", "100 %", "598 000"),
                             ("Prosjektspesifikk kompetanse", "", "10 000"),
                             ("Totalt søkt", "", "608 000")]):
        for c, v in enumerate(row):
            put(t.cell(r, c), v, bold=(r in (0, 3)))
        if r == 0:
            for c in range(3):
                shade(t.cell(0, c))
    d.add_paragraph()
    grid(["Ønsker Nav-kontoret å delta i nettverk/klyngesamarbeid?", "Ønsker dere ekstern prosessevaluering?"],
         ["(x) Ja   ( ) Nei", "( ) Ja   (x) Nei"])
    p = d.add_paragraph()
    p.add_run("Underskrifter").bold = True
    for seed, place, name, title in ((11, "Hamar, 28.01.2020", "Kari Nordby", "Nav-leder"),
                                    (12, "Hamar, 29.01.2020", "Tor Egil Haug", "Kommunedirektør")):
        d.add_paragraph(f"Sted og dato: {place}")
        ink_run(d.add_paragraph(), seed)
        d.add_paragraph("_______________________________")
        d.add_paragraph(name)
        d.add_paragraph(title)
        d.add_paragraph()
    d.save(out)
    return truth("i01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Hamar", "Hamar", "974812347"),
                 contact=("Ingrid Solheim", "ingrid.solheim@nav.no", "41522873"),
                 project=("Arbeidsveien Hamar", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "other": None, "total": 608000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Nordby", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Tor Egil Haug", "Kommunedirektør", "2020-01-29", "handwritten")])


# ------------------------------------------------------------------ i02
def i02(out: Path):
    """docx-form, Nynorsk: two-column grid, label and answer in the SAME cell (label small on the
    first line, answer under it); ✗/☐ boxes; signature table one row per signer
    (rolle | underskrift | namn og dato). Defect: competence 25 000 > 10 000."""
    d = base("Cambria", 11)
    h = d.add_paragraph()
    r = h.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    r.bold, r.font.size = True, Pt(14)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    cells = [("Søkjar (Nav-kontor)", "NAV Sogndal"), ("Kommune / organisasjonsnummer", "Sogndal – 991 239 871"),
             ("Kontaktperson", "Eirik Hauge"), ("E-post / telefon", "eirik.hauge@nav.no / 907 55 214"),
             ("Namn på prosjektet", "Saman mot arbeid i Sogn"), ("Prosjektstart", "1. mai 2020"),
             ("Nytt prosjekt eller vidareføring", "✗ Nytt    ☐ Vidareføring"),
             ("Stillingar det vert søkt om", "To stillingar à 50 %"),
             ("Nettverk/klyngesamarbeid", "✗ Ja  ☐ Nei"), ("Ekstern prosessevaluering", "✗ Ja  ☐ Nei")]
    for i, (l, v) in enumerate(cells):
        c = t.cell(i // 2, i % 2)
        c.text = ""
        p = c.paragraphs[0]
        rr = p.add_run(l)
        rr.font.size, rr.italic = Pt(8), True
        rr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        p.add_run().add_break()
        p.add_run(v)
    d.add_paragraph()
    d.add_paragraph("Prioriterte område (kryss av):").runs[0].bold = True
    for m, txt in (("☐", "Bruk av ordinært arbeidsliv"), ("✗", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                   ("☐", "Sikring av sårbare overgangar")):
        d.add_paragraph(f"{m} {txt}")
    d.add_paragraph("Budsjett 2020 (kroner)").runs[0].bold = True
    t = d.add_table(rows=5, cols=2)
    t.style = "Light Grid Accent 1"
    for r_, (a, b) in enumerate([("Familiekoordinator, 50 %", "300 000"), ("Ungdomsrettleiar, 50 %", "300 000"),
                                 ("Kompetanse knytt til prosjektet (kurs i familiearbeid)", "25 000"),
                                 ("Sum søkt tilskot", "625 000"), ("", "")]):
        put(t.cell(r_, 0), a)
        put(t.cell(r_, 1), b).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    d.add_paragraph("Underskrift").runs[0].bold = True
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for c, v in enumerate(("Rolle", "Underskrift", "Namn og dato")):
        put(t.cell(0, c), v, bold=True)
    for r_, (seed, role, name, date) in enumerate(((21, "Nav-leiar", "Ragnhild Årdal", "Sogndal 23.01.2020"),
                                                    (22, "Kommunedirektør", "Olav Lunde", "Sogndal 24.01.2020")), 1):
        put(t.cell(r_, 0), role)
        t.cell(r_, 1).text = ""
        ink_run(t.cell(r_, 1).paragraphs[0], seed, 3.5)
        put(t.cell(r_, 2), f"{name}\n{date}")
    d.save(out)
    return truth("i02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sogndal", "Sogndal", "991239871"),
                 contact=("Eirik Hauge", "eirik.hauge@nav.no", "90755214"),
                 project=("Saman mot arbeid i Sogn", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 25000, "other": None, "total": 625000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Årdal", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Olav Lunde", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"], notes=["defect: competence 25 000 > 10 000"])


# ------------------------------------------------------------------ i03
def _sdt_run(tag, text, placeholder=False):
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_check(tag, checked):
    g = "2611" if checked else "2610"
    ch = chr(0x2611) if checked else chr(0x2610)
    return (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox>'
            f'<w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2611" w14:font="Segoe UI Symbol"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="Segoe UI Symbol"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/></w:rPr>'
            f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_date(tag, iso, shown):
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_combo(tag, shown, items):
    li = "".join(f'<w:listItem w:displayText="{x}" w:value="{x}"/>' for x in items)
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:comboBox>{li}</w:comboBox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def i03(out: Path):
    """docx-controls: the form as 'N.N Label' paragraphs with inline controls after a tab; a combo
    box for the kind, a long-format date picker, ☑/☐ w14 check boxes in a grid, an unanswered
    own-funding control still on its placeholder, a budget table of controls; electronic
    approval with an approver table (kommunalsjef for the municipality)."""
    d = base("Calibri", 11)
    d.add_heading("Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret", level=1)

    def line(label, xml):
        p = d.add_paragraph()
        p.add_run(label + "\t")
        p._p.append(parse_xml(xml))
        return p

    d.add_heading("1 Søker", level=2)
    line("1.1 Navn på Nav-kontoret:", _sdt_run("kontor", "NAV Ringsaker"))
    line("1.2 Vertskommune:", _sdt_run("kommune", "Ringsaker"))
    line("1.3 Organisasjonsnr.:", _sdt_run("orgnr", "977553318"))
    line("1.4 Kontaktperson:", _sdt_run("kontakt", "Marte Lien Bakken"))
    line("1.5 E-post:", _sdt_run("epost", "marte.lien.bakken@nav.no"))
    line("1.6 Telefon:", _sdt_run("tlf", "+47 934 12 765"))
    d.add_heading("2 Prosjektet", level=2)
    line("2.1 Prosjektnavn:", _sdt_run("tittel", "Familieløftet Ringsaker"))
    line("2.2 Søknaden gjelder:", _sdt_combo("type", "Nytt prosjekt", ["Nytt prosjekt", "Videreføring"]))
    line("2.3 Planlagt oppstart:", _sdt_date("start", "2020-03-01", "1. mars 2020"))
    line("2.4 Stillingsprosent totalt:", _sdt_run("pst", "100 %"))
    d.add_paragraph("2.5 Satsingsområder:")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for r_, (chk, txt) in enumerate(((False, "Bruk av ordinært arbeidsliv"),
                                     (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                     (False, "Sikring av sårbare overganger"))):
        t.cell(r_, 0).paragraphs[0]._p.append(parse_xml(_sdt_check(f"omr{r_}", chk)))
        put(t.cell(r_, 1), txt)
    d.add_paragraph()
    p = d.add_paragraph("2.6 Interesse for nettverk/klyngesamarbeid:  Ja ")
    p._p.append(parse_xml(_sdt_check("nett_ja", True)))
    p.add_run("  Nei ")
    p._p.append(parse_xml(_sdt_check("nett_nei", False)))
    p = d.add_paragraph("2.7 Interesse for ekstern prosessevaluering:  Ja ")
    p._p.append(parse_xml(_sdt_check("eval_ja", True)))
    p.add_run("  Nei ")
    p._p.append(parse_xml(_sdt_check("eval_nei", False)))
    d.add_heading("3 Budsjett", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r_, (lab, tag, val) in enumerate((("Lønn og sosiale kostnader, familiekoordinator 100 %", "b_stilling", "604 500"),
                                          ("Kompetansemidler", "b_komp", "5 500"),
                                          ("Sum omsøkt", "b_sum", "610 000"))):
        put(t.cell(r_, 0), lab)
        t.cell(r_, 1).paragraphs[0]._p.append(parse_xml(_sdt_run(tag, val)))
    put(t.cell(3, 0), "Eventuell egenfinansiering fra kommunen")
    t.cell(3, 1).paragraphs[0]._p.append(parse_xml(_sdt_run("egen", "Klikk eller trykk her for å skrive inn tekst.", True)))
    d.add_heading("4 Godkjenning", level=2)
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for r_, row in enumerate((("Godkjent av", "Stilling", "Dato"), ("Siri Holm", "Nav-leder", "27.01.2020"),
                              ("Anders Rustad", "Kommunalsjef", "28.01.2020"))):
        for c, v in enumerate(row):
            put(t.cell(r_, c), v, bold=(r_ == 0))
    d.save(out)
    return truth("i03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", "977553318"),
                 contact=("Marte Lien Bakken", "marte.lien.bakken@nav.no", "93412765"),
                 project=("Familieløftet Ringsaker", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 604500, "competence": 5500, "other": None, "total": 610000},
                 own_funding=None,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Siri Holm", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Anders Rustad", "Kommunalsjef", "2020-01-28", "electronic_approval")])


# ------------------------------------------------------------------ i04
def _ff_text(name, value):
    return (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{value}</w:t></w:r>'
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')


def _ff_check(name, default):
    return (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if default else 0}"/></w:checkBox>'
            f'</w:ffData></w:fldChar></w:r>'
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')


def _append(p, xml):
    frag = parse_xml(f'<w:p {nsdecls("w")}>{xml}</w:p>')
    for r in list(frag):
        p._p.append(r)


def i04(out: Path):
    """docx-legacy-fields, Nynorsk: no table, 'Label: [FORMTEXT]' lines; FORMCHECKBOX whose state
    is given only by <w:default> (no <w:checked>); continuation year 2; '0,6 årsverk';
    signatures: ink image, then FORMTEXT name and 'Stad og dato' field under each."""
    d = base("Times New Roman", 12)
    d.add_paragraph().add_run("SØKNAD – TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020").bold = True
    d.add_paragraph("Sendast Fylkesmannen i Vestland innan 1. februar 2020.")

    def fl(label, name, value):
        p = d.add_paragraph(label + " ")
        _append(p, _ff_text(name, value))

    fl("Nav-kontor:", "kontor", "NAV Stryn")
    fl("Kommune:", "kommune", "Stryn")
    fl("Organisasjonsnummer:", "orgnr", "992 144 661")
    fl("Kontaktperson (namn):", "kontakt", "Sigrid Loen")
    fl("E-postadresse:", "epost", "sigrid.loen@nav.no")
    fl("Telefonnummer:", "tlf", "57 87 44 10")
    fl("Prosjektet sitt namn:", "tittel", "Ungdomslosen i Nordfjord")
    p = d.add_paragraph("Søknaden gjeld:  ")
    _append(p, _ff_check("nytt", False))
    p.add_run(" nytt prosjekt   ")
    _append(p, _ff_check("vidare", True))
    p.add_run(" vidareføring (2. prosjektår)")
    fl("Oppstart av prosjektperioden:", "start", "01.08.2020")
    fl("Stillingsressurs:", "pst", "0,6 årsverk")
    d.add_paragraph("Kva for satsingsområde gjeld prosjektet?")
    for nm, on, txt in (("o1", False, "Bruk av ordinært arbeidsliv"),
                        ("o2", True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                        ("o3", True, "Sikring av sårbare overgangar")):
        p = d.add_paragraph()
        _append(p, _ff_check(nm, on))
        p.add_run(" " + txt)
    d.add_paragraph("Budsjett").runs[0].bold = True
    fl("Løn og sosiale kostnader (60 % stilling):", "b1", "kr 366 000")
    fl("Totalt søkt beløp:", "b3", "kr 366 000")
    p = d.add_paragraph("Ønskjer de å vere med i nettverk/klyngesamarbeid?  ")
    _append(p, _ff_check("nj", True))
    p.add_run(" Ja  ")
    _append(p, _ff_check("nn", False))
    p.add_run(" Nei")
    p = d.add_paragraph("Ønskjer de ekstern prosessevaluering?  ")
    _append(p, _ff_check("ej", False))
    p.add_run(" Ja  ")
    _append(p, _ff_check("en", True))
    p.add_run(" Nei")
    d.add_paragraph()
    for seed, who, name, sd in ((41, "Nav-leiar", "Per Arne Myklebust", "Stryn, 20.01.2020"),
                                (42, "Rådmann", "Gunhild Ytre-Eide", "Stryn, 21.01.2020")):
        ink_run(d.add_paragraph(), seed, 4.0)
        p = d.add_paragraph(f"{who}: ")
        _append(p, _ff_text("n" + str(seed), name))
        p = d.add_paragraph("Stad og dato: ")
        _append(p, _ff_text("d" + str(seed), sd))
        d.add_paragraph()
    d.save(out)
    return truth("i04", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Stryn", "Stryn", "992144661"),
                 contact=("Sigrid Loen", "sigrid.loen@nav.no", "57874410"),
                 project=("Ungdomslosen i Nordfjord", "continuation", "2020-08-01"), pct=60,
                 amounts={"positions": 366000, "competence": None, "other": None, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Per Arne Myklebust", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Gunhild Ytre-Eide", "Rådmann", "2020-01-21", "handwritten")])


# ------------------------------------------------------------------ i05
def i05(out: Path):
    """docx-letter, Bokmål: letterhead with address block, 'Vår ref./Deres ref.' line, subject
    in bold, facts in prose, budget table 'Beløp i 1000 kr' with a continuation year column;
    own funding in the table; electronic approval sentence naming both approvers."""
    d = base("Georgia", 11)
    d.add_paragraph("NAV Bodø\nPostboks 1423\n8002 Bodø")
    d.add_paragraph("Fylkesmannen i Nordland\nMoloveien 10\n8002 Bodø")
    d.add_paragraph("Vår ref.: 19/4471        Deres ref.: Kunngjøring 2020        Dato: 30.01.2020")
    d.add_paragraph().add_run("Søknad om videreført tilskudd 2020 – «Ny giv for familier i Bodø»").bold = True
    d.add_paragraph("NAV Bodø (org.nr. 974 332 108) søker med dette om tilskudd til videreføring av prosjektet "
                    "«Ny giv for familier i Bodø», som startet i 2019 og nå går inn i sitt andre år. Prosjektåret "
                    "2020 regnes fra 1. august 2020.")
    d.add_paragraph("Prosjektet retter seg mot barnefamilier med lav inntekt, og særlig familier med "
                    "innvandrerbakgrunn. En familiekoordinator i full stilling følger hele familien, slik at både "
                    "foreldre og ungdom får oppfølging mot arbeid og utdanning. Vi søker om én hel stilling (100 %).")
    d.add_paragraph("Kontaktperson for søknaden er prosjektleder Jonas Kristiansen, telefon 755 55 910, "
                    "e-post jonas.kristiansen@nav.no.")
    d.add_paragraph("Budsjett (beløp i 1000 kr)").runs[0].bold = True
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for r_, row in enumerate((("Post", "2020 (søkt)", "2021 (plan)"), ("Familiekoordinator 100 %, lønn og sosiale kostnader", "604", "620"),
                              ("Kompetanse (kurs i familieorientert arbeid)", "6", "6"), ("Sum søkt tilskudd", "610", "626"),
                              ("Kommunens egenandel", "150", "150"))):
        for c, v in enumerate(row):
            put(t.cell(r_, c), v, bold=(r_ == 0))
    d.add_paragraph()
    d.add_paragraph("NAV Bodø ønsker å delta i nettverk og klyngesamarbeid med andre kontorer. Vi ønsker også at "
                    "prosjektet får ekstern prosessevaluering.")
    d.add_paragraph("Søknaden er forankret i kommuneledelsen.")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Lene Strand\nNav-leder\n\nRolf Ingebrigtsen\nKommunedirektør, Bodø kommune")
    d.add_paragraph("Dokumentet er elektronisk godkjent av Lene Strand (30.01.2020) og Rolf Ingebrigtsen (30.01.2020) "
                    "og har derfor ikke håndskrevne signaturer.").runs[0].italic = True
    d.save(out)
    return truth("i05", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Bodø", "Bodø", "974332108"),
                 contact=("Jonas Kristiansen", "jonas.kristiansen@nav.no", "75555910"),
                 project=("Ny giv for familier i Bodø", "continuation", "2020-08-01"), pct=100,
                 amounts={"positions": 604000, "competence": 6000, "other": None, "total": 610000},
                 own_funding=150000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Lene Strand", "Nav-leder", "2020-01-30", "electronic_approval"),
                       ("municipality", "Rolf Ingebrigtsen", "Kommunedirektør", "2020-01-30", "electronic_approval")])


# ------------------------------------------------------------------ i06
def i06(out: Path):
    """docx-letter, Nynorsk: short letter, budget in a sentence list, signature blocks side by side
    in a borderless table; only the kommunedirektør has signed (ink + name). The Nav leader's
    column has the role caption and an empty line. Defect: SIGNATURE_NAV_LEADER_MISSING."""
    d = base("Verdana", 10)
    d.add_paragraph("Ulstein, 27. januar 2020")
    d.add_paragraph("Til Fylkesmannen i Møre og Romsdal")
    d.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i NAV-kontoret 2020: "
                              "«Frå permisjon til fast arbeid»").bold = True
    d.add_paragraph("NAV Ulstein, organisasjonsnummer 987 224 681, søkjer om tilskot til eit nytt prosjekt med "
                    "oppstart 1. juni 2020. Prosjektet skal bruke det ordinære arbeidslivet i regionen, særleg "
                    "verfts- og leverandørindustrien, som arena for opplæring og avklaring.")
    d.add_paragraph("Vi søkjer om ei stilling (100 %) som jobbspesialist. Lønn og sosiale kostnader utgjer 585 000 kr. "
                    "I tillegg søkjer vi 10 000 kr til prosjektretta kompetanse. Samla søkt tilskot er 595 000 kr.")
    d.add_paragraph("Kontaktperson er Hanne Dimmen, hanne.dimmen@nav.no, tlf. 700 17 320.")
    d.add_paragraph("Vi er interesserte i nettverk/klyngesamarbeid, men ønskjer ikkje ekstern prosessevaluering.")
    d.add_paragraph("Med venleg helsing")
    t = d.add_table(rows=4, cols=2)
    t.cell(0, 0).text = ""
    ink_run(t.cell(0, 1).paragraphs[0], 61, 4.0)
    put(t.cell(1, 0), "______________________")
    put(t.cell(1, 1), "______________________")
    put(t.cell(2, 0), "")
    put(t.cell(2, 1), "Bente Hareide")
    put(t.cell(3, 0), "Nav-leiar")
    put(t.cell(3, 1), "Kommunedirektør")
    d.save(out)
    return truth("i06", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Ulstein", "Ulstein", "987224681"),
                 contact=("Hanne Dimmen", "hanne.dimmen@nav.no", "70017320"),
                 project=("Frå permisjon til fast arbeid", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 585000, "competence": 10000, "other": None, "total": 595000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("municipality", "Bente Hareide", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav leader's block has its caption and an empty line only",
                        "the signature date is the letter's date line"])


# ------------------------------------------------------------------ i15
def i15(out: Path):
    """bad-input: a .docx whose zip is intact but whose word/document.xml is cut off mid-element
    (a save interrupted on a network drive)."""
    tmp = io.BytesIO()
    d = base()
    d.add_paragraph("Søknad om tilskudd 2020, Nav Moss. Prosjekt: Arbeid for alle.")
    d.save(tmp)
    src = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: int(len(data) * 0.55)]
            zi = zipfile.ZipInfo(info.filename, (2020, 1, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return truth("i15", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["word/document.xml truncated inside a valid zip"])


# ------------------------------------------------------------------ i16
def i16(out: Path):
    """not-application: the Nav office's final report (sluttrapport) on last year's grant, with
    the same headings as an application (office, org. no., project, positions, amounts,
    contact) and signatures of the Nav leader and rådmann."""
    d = base("Calibri", 11)
    d.add_heading("Sluttrapport for tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsår 2019", 1)
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for r_, (a, b) in enumerate((("Nav-kontor", "NAV Kongsberg"), ("Organisasjonsnummer", "975 204 669"),
                                 ("Prosjektets navn", "Arbeidslaget"), ("Stillingsprosent i prosjektet", "100 %"),
                                 ("Tildelt tilskudd 2019", "kr 600 000"), ("Brukt per 31.12.2019", "kr 584 300"),
                                 ("Kontaktperson", "Nina Berg, nina.berg@nav.no, 32 86 70 00"))):
        put(t.cell(r_, 0), a, bold=True)
        put(t.cell(r_, 1), b)
    d.add_heading("Måloppnåelse", 2)
    d.add_paragraph("Prosjektet fikk 23 deltakere ut i ordinært arbeid eller utdanning i 2019. Erfaringene med tett "
                    "oppfølging i bedrift er gode, og metoden er nå en del av kontorets ordinære drift.")
    d.add_heading("Regnskap", 2)
    d.add_paragraph("Ubrukte midler, kr 15 700, tilbakebetales til Arbeids- og velferdsdirektoratet. Vi søker ikke om "
                    "videreføring for 2020.")
    d.add_paragraph("Kongsberg, 14.02.2020")
    d.add_paragraph("Hege Arnesen, Nav-leder          Knut Haugen, rådmann")
    d.save(out)
    t = truth("i16", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
              score_fields=False, notes=["final report on the 2019 grant, laid out like the form"])
    return t


DOCS = [("i01", "docx", i01), ("i02", "docx", i02), ("i03", "docx", i03), ("i04", "docx", i04),
        ("i05", "docx", i05), ("i06", "docx", i06), ("i15", "docx", i15), ("i16", "docx", i16)]
