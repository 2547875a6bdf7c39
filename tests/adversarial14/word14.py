"""Word builders of the fourteenth corpus (python-docx plus raw XML), each with its truth written by hand."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from tests.adversarial2.truthlib import truth
from tests.adversarial14.kit14 import fixed_zip, ink_png, org_number

S20 = "nav-sosiale-tjenester-2020"
NSD = f'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
      f'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _doc() -> Document:
    d = Document()
    d.core_properties.author = "Saksbehandler"
    import datetime
    d.core_properties.created = datetime.datetime(2020, 1, 20, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2020, 1, 28, 9, 0, 0)
    d.core_properties.last_modified_by = "Saksbehandler"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def _ink(par, seed, width=Cm(4.5)):
    par.add_run().add_picture(io.BytesIO(ink_png(seed)), width=width)


def _save(d: Document, out: Path) -> None:
    d.save(str(out))
    fixed_zip(out)


# ---------------------------------------------------------------- p01 docx-form
def p01(out: Path) -> dict:
    """The whole form inside ONE big table cell; centred labels with the answer on the next line."""
    org = org_number(101)
    d = _doc()
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV 2020")
    r.bold = True
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    cell.paragraphs[0].text = ""
    rows = [
        ("Søkende enhet", "NAV Ringsaker"),
        ("Kommune", "Ringsaker kommune"),
        ("Organisasjonsnummer (Nav-kontoret)", f"{org[:3]} {org[3:6]} {org[6:]}"),
        ("Prosjektansvarlig / kontaktperson", "Oddbjørg Lien"),
        ("E-post", "Oddbjorg.Lien@nav.no"),
        ("Telefon (arbeid)", "62 33 47 10"),
        ("Prosjektets navn", "«Inn på arbeidsplassen»"),
        ("Nytt prosjekt eller videreføring?", "Nytt prosjekt"),
        ("Ønsket oppstart", "1. april 2020"),
        ("Stillingsressurs i prosjektet", "Én 100 % stilling som jobbspesialist"),
    ]
    first = True
    for lab, val in rows:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(lab)
        rr.bold = True
        rr.font.size = Pt(9)
        q = cell.add_paragraph(val)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Hvilke satsingsområder retter prosjektet seg mot?").bold = True
    for box, txt in [("■", "Bruk av ordinært arbeidsliv"), ("□", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     ("■", "Sikring av sårbare overganger")]:
        q = cell.add_paragraph(f"{box}  {txt}")
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Budsjett for 2020").bold = True
    for txt in ["Lønn inkl. sosiale utgifter ............ 600 000 NOK",
                "Kompetanseheving (prosjektspesifikk) ... 10 000 NOK",
                "Sum det søkes om ......................... 610 000 NOK"]:
        q = cell.add_paragraph(txt)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Interesse for samarbeid").bold = True
    for txt in ["Nettverk/klyngesamarbeid med andre kontor:  ■ Ja  □ Nei",
                "Ekstern prosessevaluering:  □ Ja  ■ Nei"]:
        q = cell.add_paragraph(txt)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Underskrifter").bold = True
    for place, seed, name, title in [("Brumunddal, 27.01.2020", "p01a", "Terje Bakken", "Leder, NAV Ringsaker"),
                                     ("Brumunddal, 29.01.2020", "p01b", "Hilde Sveen", "Rådmann")]:
        q = cell.add_paragraph(f"Sted/dato: {place}")
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q = cell.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _ink(q, seed)
        q = cell.add_paragraph(f"{name}\n{title}")
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _save(d, out)
    return truth("p01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", org),
                 contact=("Oddbjørg Lien", "oddbjorg.lien@nav.no", "62334710"),
                 project=("Inn på arbeidsplassen", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Terje Bakken", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Hilde Sveen", "Rådmann", "2020-01-29", "handwritten")])


# ---------------------------------------------------------------- p02 docx-form (ORG_NUMBER_INVALID)
def p02(out: Path) -> dict:
    """Nynorsk two-column form, labels right-aligned; ticks in their own column; signatures side by side,
    titles before names. Planted: the organisation number fails MOD11."""
    org = org_number(102, valid=False)
    d = _doc()
    d.add_heading("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav, 2020", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Søkjar (Nav-kontor)", "NAV Voss"),
        ("Kommune", "Voss herad"),
        ("Organisasjonsnummer", org),
        ("Kontaktperson", "Sigrun Tvinnereim"),
        ("E-postadresse", "sigrun.tvinnereim@nav.no"),
        ("Mobil", "+47 975 31 864"),
        ("Namn på prosjektet", "Vegen vidare for unge"),
        ("Type prosjekt", "[X] Nytt prosjekt    [  ] Vidareføring"),
        ("Planlagd oppstart", "1. mars 2020"),
        ("Stillingsdel", "ei stilling (100 %)"),
    ]
    for lab, val in rows:
        c = t.add_row().cells
        c[0].text = lab
        c[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        c[0].paragraphs[0].runs[0].bold = True
        c[1].text = val
    d.add_paragraph()
    d.add_paragraph().add_run("Satsingsområde (kryss av)").bold = True
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for mark, txt in [("", "Bruk av ordinært arbeidsliv"), ("X", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                      ("X", "Sikring av sårbare overgangar")]:
        c = t2.add_row().cells
        c[0].text = txt
        c[1].text = mark
        c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()
    d.add_paragraph().add_run("Budsjett (kroner)").bold = True
    t3 = d.add_table(rows=0, cols=2)
    t3.style = "Table Grid"
    for lab, val in [("Løn og sosiale kostnader", "kr 590 000,-"), ("Kompetansemidlar", "kr 10 000,-"),
                     ("Totalt omsøkt", "kr 600 000,-")]:
        c = t3.add_row().cells
        c[0].text = lab
        c[1].text = val
        c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    d.add_paragraph("Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?  Ja")
    d.add_paragraph("Ønskjer kontoret ekstern prosessevaluering?  Ja")
    d.add_paragraph()
    t4 = d.add_table(rows=4, cols=2)
    for i, (place, title, seed, name) in enumerate([("Voss, 24.01.2020", "Nav-leiar", "p02a", "Ingrid Haugland"),
                                                     ("Voss, 30.01.2020", "Kommunedirektør", "p02b", "Lars Ove Rong")]):
        t4.cell(0, i).text = f"Stad/dato: {place}"
        t4.cell(1, i).text = title
        _ink(t4.cell(2, i).paragraphs[0], seed)
        t4.cell(3, i).text = name
    _save(d, out)
    return truth("p02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss", org),
                 contact=("Sigrun Tvinnereim", "sigrun.tvinnereim@nav.no", "97531864"),
                 project=("Vegen vidare for unge", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ingrid Haugland", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Lars Ove Rong", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["planted: org number fails MOD11"])


# ---------------------------------------------------------------- p03 docx-controls
def _sdt_par(tag: str, text: str, label: str) -> str:
    esc = text.replace("&", "&amp;").replace("<", "&lt;")
    return (f'<w:p {NSD}><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{label} </w:t></w:r>'
            f'<w:sdt><w:sdtPr><w:alias w:val="{label}"/><w:tag w:val="{tag}"/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc}</w:t></w:r></w:sdtContent></w:sdt></w:p>')


def _sdt_check(tag: str, checked: bool, label: str) -> str:
    glyph = "☒" if checked else "☐"
    return (f'<w:p {NSD}><w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> {label}</w:t></w:r></w:p>')


def p03(out: Path) -> dict:
    """Paragraph-level content controls after the label on the same line (no table); amounts with
    thin spaces and a leading 'NOK'; two position lines; electronic approval sentence."""
    org = org_number(103)
    d = _doc()
    d.add_heading("Søknad – tilskudd til sosiale tjenester i Nav (kap. 0621 post 63), utlysning 2020", level=1)
    body = d.element.body
    sect = body[-1]
    T = "\u2009"
    items = [
        ("kontor", "NAV Drammen", "Nav-kontor:"), ("kommune", "Drammen", "Vertskommune:"),
        ("orgnr", org, "Org.nr.:"), ("kontakt", "Petter Amundsen", "Kontaktperson:"),
        ("epost", "petter.amundsen@nav.no", "E-post:"), ("tlf", "32 04 55 19", "Tlf.:"),
        ("tittel", "Familieløftet Drammen", "Prosjekttittel:"),
        ("type", "Videreføring (2. år)", "Nytt/videreført:"), ("start", "01.03.2020", "Prosjektstart:"),
        ("stilling", "2 x 100 % (to stillinger)", "Omfang stillinger:"),
        ("st1", f"Familiekoordinator 100 % – NOK 605{T}000", "Stilling 1:"),
        ("st2", f"Jobbspesialist 100 % – NOK 605{T}000", "Stilling 2:"),
        ("komp", f"NOK 10{T}000", "Kompetansemidler:"),
        ("sum", f"NOK 1{T}220{T}000", "Totalt omsøkt beløp:"),
    ]
    xmls = [_sdt_par(*x) for x in items]
    xmls.append(f'<w:p {NSD}><w:r><w:rPr><w:b/></w:rPr><w:t>Satsingsområder:</w:t></w:r></w:p>')
    xmls += [_sdt_check("p1", False, "Bruk av ordinært arbeidsliv"),
             _sdt_check("p2", True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
             _sdt_check("p3", False, "Sikring av sårbare overganger")]
    xmls.append(f'<w:p {NSD}><w:r><w:rPr><w:b/></w:rPr><w:t>Ønsker kontoret å delta i:</w:t></w:r></w:p>')
    xmls += [_sdt_check("nett", True, "nettverk / klyngesamarbeid"),
             _sdt_check("eval", True, "ekstern prosessevaluering")]
    for x in xmls:
        sect.addprevious(parse_xml(x))
    d.add_paragraph()
    d.add_paragraph("Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem av Nav-leder "
                    "Hanne Sørli (28.01.2020) og kommunedirektør Per Arne Vik (29.01.2020), og har derfor "
                    "ingen håndskrevne signaturer.")
    _save(d, out)
    return truth("p03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Drammen", "Drammen", org),
                 contact=("Petter Amundsen", "petter.amundsen@nav.no", "32045519"),
                 project=("Familieløftet Drammen", "continuation", "2020-03-01"), pct=200,
                 amounts={"positions": 1210000, "competence": 10000, "other": None, "total": 1220000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hanne Sørli", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Per Arne Vik", "Kommunedirektør", "2020-01-29", "electronic_approval")])


# ---------------------------------------------------------------- p04 docx-legacy-fields (AMOUNT_OVER_CAP)
def _formtext(val: str) -> str:
    return (f'<w:p {NSD}><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="T"/><w:enabled/>'
            f'<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">{val}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def _formcheck(on: bool, label: str) -> str:
    return (f'<w:p {NSD}><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="K"/><w:enabled/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(on)}"/></w:checkBox></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">  {label}</w:t></w:r></w:p>')


def p04(out: Path) -> dict:
    """Nynorsk, numbered questions with the label ABOVE its FORMTEXT answer (no table); FORMCHECKBOX
    ticks via w:default. Planted: 80 % position with 520 000 (> 488 000)."""
    org = org_number(104)
    d = _doc()
    d.add_heading("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020", level=1)
    sect = d.element.body[-1]
    qa = [("1. Nav-kontor som søkjer", "NAV Førde"), ("2. Kommune", "Sunnfjord kommune"),
          ("3. Organisasjonsnummer", org), ("4. Kontaktperson i prosjektet", "Aslaug Myklebust"),
          ("5. E-post", "aslaug.myklebust@nav.no"), ("6. Telefonnummer", "57 72 14 30"),
          ("7. Tittel på prosjektet", "Saman om bustad og arbeid"), ("8. Nytt prosjekt eller vidareføring", "Nytt"),
          ("9. Oppstartsdato", "15.04.2020"), ("10. Stillingsprosent som det vert søkt om", "80 %"),
          ("11. Løn og sosiale utgifter (kr)", "520 000"),
          ("12. Sum søknadsbeløp (kr)", "520 000")]
    xs = []
    for lab, val in qa:
        xs.append(f'<w:p {NSD}><w:pPr><w:spacing w:before="120"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                  f'<w:t>{lab}</w:t></w:r></w:p>')
        xs.append(_formtext(val))
    xs.append(f'<w:p {NSD}><w:r><w:rPr><w:b/></w:rPr><w:t>14. Satsingsområde</w:t></w:r></w:p>')
    xs += [_formcheck(True, "Bruk av ordinært arbeidsliv"),
           _formcheck(False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
           _formcheck(True, "Sikring av sårbare overgangar")]
    xs.append(f'<w:p {NSD}><w:r><w:rPr><w:b/></w:rPr><w:t>15. Interesse for nettverk og evaluering</w:t></w:r></w:p>')
    xs += [_formcheck(False, "Vi ønskjer å delta i nettverk/klyngesamarbeid"),
           _formcheck(True, "Vi ønskjer ekstern prosessevaluering")]
    for x in xs:
        sect.addprevious(parse_xml(x))
    d.add_paragraph()
    d.add_paragraph().add_run("15. Underskrift").bold = True
    for place, seed, name, title in [("Førde, 21. januar 2020", "p04a", "Ragnhild Solheim", "Nav-leiar"),
                                     ("Førde, 23. januar 2020", "p04b", "Tore Instebø", "Kommunedirektør")]:
        d.add_paragraph(place)
        _ink(d.add_paragraph(), seed)
        d.add_paragraph(f"{name}, {title.lower()}")
    _save(d, out)
    return truth("p04", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Førde", "Sunnfjord", org),
                 contact=("Aslaug Myklebust", "aslaug.myklebust@nav.no", "57721430"),
                 project=("Saman om bustad og arbeid", "new", "2020-04-15"), pct=80,
                 amounts={"positions": 520000, "competence": None, "other": None, "total": 520000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Ragnhild Solheim", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Tore Instebø", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["planted: 520 000 for 80 % > 488 000"])


# ---------------------------------------------------------------- p05 docx-letter
def p05(out: Path) -> dict:
    """A free letter set in TWO newspaper columns (w:cols num=2); amounts as 'kr 0,6 mill' and
    '10 000 kr.'; areas argued in prose; signatures side by side in a borderless table."""
    org = org_number(105)
    d = _doc()
    hdr = d.add_paragraph("NAV Lillestrøm\nPostboks 314, 2001 Lillestrøm\nOrg.nr. " + org)
    d.add_paragraph("Statsforvalteren i Oslo og Viken\nv/ sosialtjenesteseksjonen")
    d.add_paragraph("Lillestrøm, 22. januar 2020")
    d.add_paragraph().add_run("Søknad om tilskudd til prosjektet «Ungdomsløftet Lillestrøm»").bold = True
    # second section with two columns for the letter body
    sp = d.add_paragraph()
    sp._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {NSD}><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        f'<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/>'
        f'<w:cols w:space="708"/></w:sectPr>'))
    paras = [
        "Nav Lillestrøm søker med dette om tilskudd til utvikling av sosiale tjenester i Nav-kontoret "
        "for 2020, jf. Arbeids- og velferdsdirektoratets kunngjøring. Prosjektet er nytt og skal starte "
        "opp 1. mai 2020.",
        "Målgruppen er ungdom mellom 18 og 25 år og unge innvandrere som mottar økonomisk sosialhjelp. "
        "Vi vil gi dem tett oppfølging ut i ordinært arbeidsliv gjennom arbeidsgiverkontakt og "
        "oppfølging på arbeidsplassen. Prosjektet retter seg dermed mot satsingsområdene «bruk av "
        "ordinært arbeidsliv» og «oppfølging av barnefamilier, ungdom og innvandrere».",
        "Vi søker om midler til én 100 % stilling som ungdomsveileder. Lønn og sosiale kostnader "
        "utgjør kr 0,6 mill. I tillegg søker vi om 10 000 kr. til prosjektspesifikk kompetanse. "
        "Samlet søknadsbeløp er 610 000 kr.",
        "Kommunen dekker kontorplass og ledelse innenfor egne rammer.",
        "Kontaktperson for søknaden er seniorrådgiver Camilla Aas, camilla.aas@nav.no, tlf. 66 93 80 42.",
        "Vi ønsker å delta i nettverk med andre kontor som får tilskudd, men ønsker ikke ekstern "
        "prosessevaluering i år.",
        "Prosjektet er forankret i kommuneledelsen, og søknaden er signert av kommunedirektøren.",
    ]
    for t in paras:
        d.add_paragraph(t)
    d.add_paragraph("Med vennlig hilsen")
    t = d.add_table(rows=3, cols=2)
    for i, (seed, name, title) in enumerate([("p05a", "Eirik Holm", "NAV-leder"),
                                              ("p05b", "Mona Fjeld", "Kommunedirektør i Lillestrøm")]):
        _ink(t.cell(0, i).paragraphs[0], seed, width=Cm(3.8))
        t.cell(1, i).text = name
        t.cell(2, i).text = title
    # last section (the body's) gets two columns
    body_sect = d.element.body[-1]
    cols = body_sect.find(f"{{{'http://schemas.openxmlformats.org/wordprocessingml/2006/main'}}}cols")
    if cols is None:
        body_sect.append(parse_xml(f'<w:cols {NSD} w:num="2" w:space="567"/>'))
    else:
        cols.set(f"{{{'http://schemas.openxmlformats.org/wordprocessingml/2006/main'}}}num", "2")
    typ = parse_xml(f'<w:type {NSD} w:val="continuous"/>')
    body_sect.insert(0, typ)
    _save(d, out)
    return truth("p05", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", org),
                 contact=("Camilla Aas", "camilla.aas@nav.no", "66938042"),
                 project=("Ungdomsløftet Lillestrøm", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Eirik Holm", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Mona Fjeld", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["signature dates: the letter's date (22.01.2020) is the only date; both signers take it"])


# ---------------------------------------------------------------- p14 not-application
def p14(out: Path) -> dict:
    """A Nynorsk final report on last year's grant, with the form-like fields of an application."""
    d = _doc()
    d.add_heading("Sluttrapport – tilskot til utvikling av sosiale tenester i Nav 2019", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Nav-kontor", "NAV Sogndal"), ("Prosjekt", "Arbeid for alle i Sogn"),
                 ("Tildelt tilskot 2019", "kr 610 000"), ("Brukt i 2019", "kr 598 400"),
                 ("Stilling", "100 % prosjektmedarbeidar"), ("Kontaktperson", "Kari Vikøren, kari.vikoren@nav.no")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    for s in ["1. Oppsummering: Prosjektet har i 2019 følgt opp 41 deltakarar, av dei fekk 17 ordinært arbeid.",
              "2. Måloppnåing: Måla i søknaden er i hovudsak nådde.",
              "3. Rekneskap: Ubrukte midlar (kr 11 600) vert betalte tilbake til Statsforvaltaren.",
              "4. Vidare drift: Tiltaket vert vidareført innanfor kontoret sine ordinære rammer frå 2020."]:
        d.add_paragraph(s)
    d.add_paragraph("Sogndal, 20. januar 2020")
    d.add_paragraph("Kari Vikøren\nNav-leiar")
    _save(d, out)
    return truth("p14", "docx", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["final report on last year's grant"])


# ---------------------------------------------------------------- p15 bad-input
def p15(out: Path) -> dict:
    """A .docx whose zip central directory is overwritten (local headers intact, directory garbage)."""
    buf = io.BytesIO()
    d = _doc()
    d.add_paragraph("Søknad om tilskudd – NAV Hamar")
    d.save(buf)
    data = bytearray(buf.getvalue())
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    names = [i.filename for i in z.infolist()]
    z.close()
    import re
    # rebuild with fixed times first, then damage the central directory
    fixed = io.BytesIO()
    src = zipfile.ZipFile(io.BytesIO(bytes(data)))
    with zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zz:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zz.writestr(zi, src.read(n))
    raw = bytearray(fixed.getvalue())
    cd = raw.find(b"PK\x01\x02")
    for i in range(cd, len(raw) - 22):
        raw[i] = (raw[i] * 7 + 13) % 256
    out.write_bytes(bytes(raw))
    return truth("p15", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["docx with a garbled zip central directory"])
