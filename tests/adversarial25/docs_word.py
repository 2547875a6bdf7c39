"""Word documents of adversarial25 (z01-z07, z12, z13, z18), each with its hand-written truth."""
from __future__ import annotations

import copy
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from lib25 import ink_file, save_docx, soffice_pdf, truth

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _bold(par, text):
    r = par.add_run(text)
    r.bold = True
    return r


def _new(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def _kv_table(d, rows, widths=(6.5, 10), style="Table Grid", shade=True):
    t = d.add_table(rows=0, cols=2)
    t.style = style
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
        if shade:
            _shade(c[0], "EDEDED")
        c[0].width, c[1].width = Cm(widths[0]), Cm(widths[1])
    return t


def _ink_row(cell, png, width=4.5):
    cell.paragraphs[0].add_run().add_picture(str(png), width=Cm(width))


# --------------------------------------------------------------------------- z01
def z01(out: Path):
    """Nordland county template: numbered sections 1-8 with sub-questions; Lønn/Sosiale kostnader/Sum
    budget; ink side by side in a table; municipal head signs "e.f."; a CV behind the application."""
    d = _new()
    d.add_paragraph("Fylkesmannen i Nordland").runs[0].italic = True
    d.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", level=1)
    d.add_paragraph("Skjemaet sendes Fylkesmannen i Nordland innen 1. februar 2020. Fyll ut alle punkter.")
    d.add_heading("1 Søker", level=2)
    _kv_table(d, [("1.1 Navn på NAV-kontoret", "NAV Rana"), ("1.2 Kommune", "Rana"),
                  ("1.3 Organisasjonsnummer (NAV-kontoret)", "974 543 214")])
    d.add_heading("2 Kontaktperson for søknaden", level=2)
    _kv_table(d, [("2.1 Navn", "Ingrid Mikkelsen"), ("2.2 E-postadresse", "ingrid.mikkelsen@nav.no"),
                  ("2.3 Telefonnummer", "75 13 42 80")])
    d.add_heading("3 Om prosjektet", level=2)
    _kv_table(d, [("3.1 Prosjektets navn", "Ung i jobb – Rana"),
                  ("3.2 Er prosjektet nytt eller en videreføring?", "☒ Nytt prosjekt     ☐ Videreføring"),
                  ("3.3 Planlagt oppstart", "01.04.2020"),
                  ("3.4 Stilling(er) det søkes om (tittel og stillingsprosent)", "Jobbspesialist – 100 %")])
    d.add_heading("4 Hvilke prioriterte områder retter prosjektet seg mot?", level=2)
    _kv_table(d, [("4.1 Bruk av ordinært arbeidsliv", "☒"),
                  ("4.2 Oppfølging av barnefamilier, ungdom og innvandrere", "☒"),
                  ("4.3 Sikring av sårbare overganger", "☐")], widths=(13, 3.5))
    d.add_heading("5 Beskrivelse av prosjektet", level=2)
    d.add_paragraph("5.1 Mål og målgruppe: Unge mellom 18 og 29 år som mottar økonomisk sosialhjelp skal "
                    "få tett oppfølging ut i ordinære jobber hos arbeidsgivere i Rana. Jobbspesialisten "
                    "arbeider etter prinsippene om rask utplassering og oppfølging på arbeidsplassen.")
    d.add_paragraph("5.2 Forankring: Prosjektet er behandlet i ledermøtet i Rana kommune 14. januar 2020.")
    d.add_heading("6 Budsjett for 2020", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Post", "Beløp (kr)"
    for k, v in [("Lønn", "470 000"), ("Sosiale kostnader", "135 000"), ("Sum lønn og sosiale kostnader", "605 000"),
                 ("Kompetansemidler (prosjektspesifikk kompetanse)", "10 000"), ("Sum omsøkt", "615 000")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading("7 Samarbeid og evaluering", level=2)
    _kv_table(d, [("7.1 Ønsker NAV-kontoret å delta i nettverk/klyngesamarbeid?", "☒ Ja   ☐ Nei"),
                  ("7.2 Ønsker NAV-kontoret ekstern prosessevaluering?", "☐ Ja   ☒ Nei")], widths=(11, 5.5))
    d.add_heading("8 Underskrifter", level=2)
    d.add_paragraph("Søknaden skal underskrives av leder for NAV-kontoret og av kommuneledelsen.")
    with tempfile.TemporaryDirectory() as td:
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text = "Sted/dato: Mo i Rana, 27.01.2020"
        t.cell(0, 1).text = "Sted/dato: Mo i Rana, 28.01.2020"
        _ink_row(t.cell(1, 0), ink_file(101, Path(td)))
        _ink_row(t.cell(1, 1), ink_file(102, Path(td)))
        t.cell(2, 0).text = "Tor Inge Hansen"
        t.cell(2, 1).text = "Elin Sørensen e.f."
        t.cell(3, 0).text = "Leder NAV Rana"
        t.cell(3, 1).text = "Kommunalsjef, Rana kommune"
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading("Vedlegg 1: CV – jobbspesialist", level=2)
        _kv_table(d, [("Navn", "Kari Nordvik"), ("Telefon", "412 55 098"), ("E-post", "kari.nordvik@gmail.com"),
                      ("Utdanning", "Bachelor i sosialt arbeid, Nord universitet 2014"),
                      ("Erfaring", "Veileder NAV Rana 2015–2020; IPS-jobbspesialist 2018–2020")], shade=False)
        save_docx(d, out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Rana", "Rana", "974543214"),
                 contact=("Ingrid Mikkelsen", "ingrid.mikkelsen@nav.no", "75134280"),
                 project=("Ung i jobb – Rana", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "other": None, "total": 615000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Inge Hansen", "Leder NAV Rana", "2020-01-27", "handwritten"),
                       ("municipality", "Elin Sørensen", "Kommunalsjef", "2020-01-28", "handwritten")],
                 notes=["county template with numbered sections; budget as Lønn/Sosiale kostnader/Sum; CV behind"])


# --------------------------------------------------------------------------- z02
def z02(out: Path):
    """Nynorsk one-column form: bold label row, answer in the next row; (X)/( ) boxes; stacked ink."""
    d = _new("Arial", 10)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    d.add_paragraph("Søknadsfrist 1. februar 2020. Søknaden skal sendast Fylkesmannen i Vestland.")
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    rows = [("Søkjar (Nav-kontor)", "Nav Sogndal"), ("Kommune", "Sogndal kommune"),
            ("Organisasjonsnummer", "974812347"),
            ("Kontaktperson, e-post og telefon", "Solveig Hauge – solveig.hauge@nav.no – tlf. 57 62 81 40"),
            ("Namn på prosjektet", "Trygg heim – trygg jobb"),
            ("Nytt prosjekt eller vidareføring?", "( ) Nytt prosjekt    (X) Vidareføring – 2. driftsår"),
            ("Oppstart (dette driftsåret)", "01.03.2020"),
            ("Stilling(ar)", "Ei stilling (100 %) som miljøarbeidar/jobbspesialist"),
            ("Prioriterte område (set X)", "( ) Bruk av ordinært arbeidsliv\n( ) Oppfølging av barnefamiliar, ungdom og innvandrarar\n(X) Sikring av sårbare overgangar"),
            ("Kort om prosjektet", "Prosjektet følgjer opp personar som blir lauslatne frå Vik fengsel og som "
             "skal busetje seg i Sogndal, frå dagen før lauslating til dei har bustad og arbeid eller skule."),
            ("Budsjett", "Løn 452 000 kr, sosiale kostnader 128 000 kr, sum løn 580 000 kr.\n"
             "Kompetansemidlar 8 000 kr.\nSum det blir søkt om: 588 000 kr."),
            ("Ønskjer de å delta i nettverk/klyngesamarbeid?", "(X) Ja   ( ) Nei"),
            ("Ønskjer de ekstern prosessevaluering?", "(X) Ja   ( ) Nei")]
    for k, v in rows:
        c = t.add_row().cells[0]
        c.text = ""
        _bold(c.paragraphs[0], k)
        _shade(c, "DEEAF6")
        c2 = t.add_row().cells[0]
        lines = v.split("\n")
        c2.text = lines[0]
        for ln in lines[1:]:
            c2.add_paragraph(ln)
    d.add_paragraph()
    _bold(d.add_paragraph(), "Underskrift")
    with tempfile.TemporaryDirectory() as td:
        for seed, place, name, title in [(201, "Sogndal, 23.01.2020", "ASLAUG HOVLAND", "Nav-leiar"),
                                         (202, "Sogndal, 24.01.2020", "KNUT ARNE LIE", "Rådmann")]:
            d.add_paragraph(f"Stad og dato: {place}")
            d.add_paragraph().add_run().add_picture(str(ink_file(seed, Path(td))), width=Cm(5))
            d.add_paragraph("______________________________________")
            d.add_paragraph(f"Namn (blokkbokstavar): {name}")
            d.add_paragraph(f"Tittel: {title}")
            d.add_paragraph()
        save_docx(d, out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Sogndal", "Sogndal", "974812347"),
                 contact=("Solveig Hauge", "solveig.hauge@nav.no", "57628140"),
                 project=("Trygg heim – trygg jobb", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 580000, "competence": 8000, "other": None, "total": 588000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Aslaug Hovland", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Knut Arne Lie", "Rådmann", "2020-01-24", "handwritten")])


# --------------------------------------------------------------------------- content controls
def _sdt_text(val, tag, date=None):
    pr = f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
    if date:
        pr += f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date>'
    else:
        pr += '<w:text/>'
    pr += '</w:sdtPr>'
    return parse_xml(f'<w:sdt {nsdecls("w")}>{pr}<w:sdtContent><w:r><w:t xml:space="preserve">{val}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_box(checked, tag):
    g = "2612" if checked else "2610"
    ch = "☒" if checked else "☐"
    return parse_xml(
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def _par_sdt(par, val, tag, date=None):
    par._p.append(_sdt_text(val, tag, date))


def _box_line(par, checked, text, tag):
    par._p.append(_sdt_box(checked, tag))
    par.add_run(" " + text)


def z03(out: Path):
    """Trøndelag office: label | content-control table, w14 check boxes, date pickers; approval table."""
    d = _new("Calibri", 11)
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", level=1)
    d.add_paragraph("Mottaker: Fylkesmannen i Trøndelag, postboks 4710 Torgarden, 7468 Trondheim")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, tag, date in [("Søkende Nav-kontor", "Nav Stjørdal", "kontor", None), ("Kommune", "Stjørdal", "kommune", None),
                            ("Org.nr.", "975123480", "orgnr", None), ("Kontaktperson", "Magnus Valstad", "kontakt", None),
                            ("E-post", "magnus.valstad@nav.no", "epost", None), ("Mobil", "930 41 266", "tlf", None),
                            ("Prosjektnavn", "Familieløftet Stjørdal", "tittel", None),
                            ("Ønsket oppstart", "01.05.2020", "start", "2020-05-01")]:
        c = t.add_row().cells
        c[0].text = k
        _shade(c[0], "F2F2F2")
        _par_sdt(c[1].paragraphs[0], v, tag, date)
    d.add_paragraph()
    p = d.add_paragraph("Type prosjekt: ")
    _box_line(p, True, "Nytt  ", "ny")
    _box_line(p, False, "Videreføring", "vid")
    _bold(d.add_paragraph(), "Stillinger det søkes om")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Stilling", "Stillingsprosent", "Lønn og sosiale kostnader")):
        t.rows[0].cells[i].text = h
    for s, pc, a in [("Familieveileder", "100 %", "610 000"), ("Jobbspesialist", "50 %", "300 000")]:
        c = t.add_row().cells
        _par_sdt(c[0].paragraphs[0], s, "st")
        _par_sdt(c[1].paragraphs[0], pc, "pst")
        _par_sdt(c[2].paragraphs[0], a, "bel")
    d.add_paragraph()
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Sum stillinger", "910 000"), ("Kompetansemidler", "10 000"), ("Totalt omsøkt beløp", "920 000")]:
        c = t.add_row().cells
        c[0].text = k
        _par_sdt(c[1].paragraphs[0], v, "sum")
    _bold(d.add_paragraph(), "Prioriterte områder")
    for ch, txt in [(True, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (False, "Sikring av sårbare overganger")]:
        _box_line(d.add_paragraph(), ch, txt, "prio")
    d.add_paragraph("Prosjektbeskrivelse: Barnefamilier med langvarig sosialhjelp får en fast familieveileder som "
                    "ser hele familiens situasjon, og foreldrene får hjelp av en jobbspesialist til å komme i jobb.")
    p = d.add_paragraph("Ønsker deltakelse i nettverk/klynge: ")
    _box_line(p, True, "Ja  ", "nj")
    _box_line(p, False, "Nei", "nn")
    p = d.add_paragraph("Ønsker ekstern prosessevaluering: ")
    _box_line(p, False, "Ja  ", "ej")
    _box_line(p, True, "Nei", "en")
    _bold(d.add_paragraph(), "Godkjenning")
    d.add_paragraph("Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem og sendes uten håndskreven signatur.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Navn", "Stilling", "Godkjent dato")):
        t.rows[0].cells[i].text = h
    for n, s, dt in [("Hanne Kvam", "Leder Nav Stjørdal", "29.01.2020"), ("Oddbjørn Ness", "Rådmann", "30.01.2020")]:
        c = t.add_row().cells
        c[0].text, c[1].text = n, s
        _par_sdt(c[2].paragraphs[0], dt, "godkjent", "2020-01-" + dt[:2])
    save_docx(d, out)
    return truth("z03", "docx", "docx-controls", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Stjørdal", "Stjørdal", "975123480"),
                 contact=("Magnus Valstad", "magnus.valstad@nav.no", "93041266"),
                 project=("Familieløftet Stjørdal", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 910000, "competence": 10000, "other": None, "total": 920000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Hanne Kvam", "Leder Nav Stjørdal", "2020-01-29", "electronic_approval"),
                       ("municipality", "Oddbjørn Ness", "Rådmann", "2020-01-30", "electronic_approval")])


def z04(out: Path):
    """Nynorsk, no tables: bold label paragraph, control paragraph below; NO priority area ticked (defect)."""
    d = _new("Cambria", 11)
    d.add_heading("Søknadsskjema: tilskot til utvikling av sosiale tenester i Nav (2020)", level=1)
    fields = [("Nav-kontor som søkjer", "Nav Frøya", "kontor"), ("Kommune", "Frøya", "kommune"),
              ("Organisasjonsnummer", "974600129", "orgnr"),
              ("Kontaktperson", "Eirin Strøm", "kontakt"), ("E-post", "eirin.strom@nav.no", "epost"),
              ("Telefon", "72 46 30 15", "tlf"), ("Prosjektnamn", "Kvalitet i sosialfagleg arbeid", "tittel")]
    for k, v, tag in fields:
        _bold(d.add_paragraph(), k)
        _par_sdt(d.add_paragraph(), v, tag)
    _bold(d.add_paragraph(), "Oppstartsdato")
    _par_sdt(d.add_paragraph(), "01.06.2020", "start", "2020-06-01")
    _bold(d.add_paragraph(), "Type prosjekt")
    p = d.add_paragraph()
    _box_line(p, True, "Nytt   ", "ny")
    _box_line(p, False, "Vidareføring", "vid")
    _bold(d.add_paragraph(), "Stilling og stillingsprosent")
    _par_sdt(d.add_paragraph(), "Fagkoordinator, 80 %", "stilling")
    _bold(d.add_paragraph(), "Kva for prioriterte område rettar prosjektet seg mot?")
    for txt in ("Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
                "Sikring av sårbare overgangar"):
        _box_line(d.add_paragraph(), False, txt, "prio")
    _bold(d.add_paragraph(), "Skildring av prosjektet")
    d.add_paragraph("Fagkoordinatoren skal lage ein kompetanseplan for dei sosiale tenestene, innføre faste "
                    "fagmøte med kollegarettleiing og kvalitetssikre vurderingane i saker om økonomisk stønad "
                    "og kvalifiseringsprogrammet. Målet er likare og betre grunngjevne vedtak.")
    _bold(d.add_paragraph(), "Budsjett")
    t = d.add_table(rows=0, cols=2)
    t.style = "Light List Accent 1"
    for k, v in [("Løn og sosiale kostnader, fagkoordinator 80 %", "480 000"), ("Kompetansemidlar", "0"),
                 ("Sum søknadsbeløp", "480 000")]:
        c = t.add_row().cells
        c[0].text = k
        _par_sdt(c[1].paragraphs[0], v, "bud")
    _bold(d.add_paragraph(), "Nettverk og evaluering")
    p = d.add_paragraph("Nettverk/klyngesamarbeid: ")
    _box_line(p, True, "Ja ", "nj")
    _box_line(p, False, "Nei", "nn")
    p = d.add_paragraph("Ekstern prosessevaluering: ")
    _box_line(p, True, "Ja ", "ej")
    _box_line(p, False, "Nei", "en")
    _bold(d.add_paragraph(), "Godkjenning")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.")
    d.add_paragraph("Godkjent av: Randi Sandvik, Nav-leiar, 22.01.2020")
    d.add_paragraph("Godkjent av: Geir Ove Hammer, kommunalsjef for helse og velferd, 23.01.2020")
    save_docx(d, out)
    return truth("z04", "docx", "docx-controls", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Frøya", "Frøya", "974600129"),
                 contact=("Eirin Strøm", "eirin.strom@nav.no", "72463015"),
                 project=("Kvalitet i sosialfagleg arbeid", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 480000, "competence": 0, "other": None, "total": 480000},
                 prio=[], interest=(True, True),
                 sigs=[("nav_leader", "Randi Sandvik", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Geir Ove Hammer", "Kommunalsjef", "2020-01-23", "electronic_approval")],
                 expected=["PRIORITY_AREA_MISSING"], notes=["planted: no priority area ticked or argued"])


# --------------------------------------------------------------------------- legacy fields
def _ff_text(par, val):
    p = par._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="T"/><w:enabled/>'
                       f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{val}</w:t></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def _ff_box(par, checked, text):
    p = par._p
    chk = '<w:checked/>' if checked else ''
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="K"/><w:enabled/>'
                       f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox>'
                       f'</w:ffData></w:fldChar></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    par.add_run(" " + text + "   ")


def z05(out: Path):
    """Old Word template with FORMTEXT / FORMCHECKBOX; signed 5 February (defect: after the deadline)."""
    d = _new("Times New Roman", 11)
    d.add_paragraph("NAV").runs[0].bold = True
    d.add_heading("SØKNAD – TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020", level=1)
    d.add_paragraph("Søknadsfrist: 1. februar 2020")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("NAV-kontor", "NAV Narvik"), ("Kommune", "Narvik"), ("Organisasjonsnr.", "987 735 120"),
                 ("Kontaktperson", "Lars Eilertsen"), ("E-post", "lars.eilertsen@nav.no"), ("Telefon", "76 96 51 02"),
                 ("Prosjektets tittel", "Overgang til arbeid for nyankomne"), ("Oppstartsdato", "15.04.2020"),
                 ("Stilling / stillingsprosent", "Integreringsveileder 100 %")]:
        c = t.add_row().cells
        c[0].text = k
        _ff_text(c[1].paragraphs[0], v)
    p = d.add_paragraph("Prosjekttype: ")
    _ff_box(p, True, "Nytt prosjekt")
    _ff_box(p, False, "Videreføring")
    d.add_paragraph("Prioriterte områder:")
    for ch, txt in [(True, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (False, "Sikring av sårbare overganger")]:
        _ff_box(d.add_paragraph(), ch, txt)
    d.add_paragraph("Beskrivelse: Flyktninger som avslutter introduksjonsprogrammet får en integreringsveileder som "
                    "følger dem inn i ordinært arbeid, i tett samarbeid med arbeidsgivere i Narvik-regionen.")
    d.add_paragraph("Budsjett:")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Lønn inkl. sosiale kostnader", "590 000"), ("Kompetansemidler", "10 000"), ("Totalt", "600 000")]:
        c = t.add_row().cells
        c[0].text = k
        _ff_text(c[1].paragraphs[0], v)
    p = d.add_paragraph("Ønsker nettverk/klyngesamarbeid: ")
    _ff_box(p, True, "Ja")
    _ff_box(p, False, "Nei")
    p = d.add_paragraph("Ønsker ekstern prosessevaluering: ")
    _ff_box(p, True, "Ja")
    _ff_box(p, False, "Nei")
    d.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        t = d.add_table(rows=3, cols=2)
        t.cell(0, 0).text = "Narvik, 05.02.2020"
        t.cell(0, 1).text = "Narvik, 05.02.2020"
        _ink_row(t.cell(1, 0), ink_file(501, Path(td)))
        _ink_row(t.cell(1, 1), ink_file(502, Path(td)))
        t.cell(2, 0).text = "Siv Jakobsen\nNAV-leder"
        t.cell(2, 1).text = "Rolf Martinsen\nRådmann"
        save_docx(d, out)
    return truth("z05", "docx", "docx-legacy-fields", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Narvik", "Narvik", "987735120"),
                 contact=("Lars Eilertsen", "lars.eilertsen@nav.no", "76965102"),
                 project=("Overgang til arbeid for nyankomne", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Siv Jakobsen", "NAV-leder", "2020-02-05", "handwritten"),
                       ("municipality", "Rolf Martinsen", "Rådmann", "2020-02-05", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["planted: both signed 05.02.2020"])


# --------------------------------------------------------------------------- letters
def z06(out: Path):
    """2019 letter from NAV Sandnes (Rogaland) with a Lønn/Sosiale kostnader/Sum table and own funding."""
    d = _new("Georgia", 11)
    d.add_paragraph("NAV Sandnes\nPostboks 213, 4302 Sandnes\nOrg.nr. 874 512 338")
    d.add_paragraph("Fylkesmannen i Rogaland\nPostboks 59 Sentrum\n4001 Stavanger")
    d.add_paragraph("Sandnes, 22.01.2019")
    _bold(d.add_paragraph(), "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2019 – «Jobbsjansen Sandnes»")
    d.add_paragraph("NAV Sandnes søker med dette om tilskudd til prosjektet «Jobbsjansen Sandnes». Prosjektet er nytt "
                    "og skal starte opp 1. mars 2019. Vi søker om midler til én 100 % stilling som jobbspesialist.")
    d.add_paragraph("Målgruppen er ungdom under 30 år og innvandrere som mottar økonomisk sosialhjelp. Gjennom tett "
                    "samarbeid med arbeidsgivere i Sandnes skal deltakerne ut i ordinært arbeidsliv, og jobbspesialisten "
                    "følger opp både deltakeren og arbeidsgiveren etter ansettelse.")
    d.add_paragraph("Budsjett for 2019:")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "", "Kr"
    for k, v in [("Lønn", "450 000"), ("Sosiale kostnader", "130 000"), ("Sum omsøkt", "580 000"),
                 ("Egeninnsats Sandnes kommune (ikke omsøkt)", "200 000")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_paragraph("Vi søker ikke om kompetansemidler. NAV Sandnes ønsker å delta i nettverk med andre NAV-kontor "
                    "som har tilskudd, og stiller seg positiv til ekstern prosessevaluering.")
    d.add_paragraph("Kontaktperson for søknaden er Marius Tjelta, tlf. 51 97 20 14, e-post marius.tjelta@nav.no.")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Anne Grete Vik", "Per Ivar Sele"
    t.cell(1, 0).text, t.cell(1, 1).text = "leder NAV Sandnes", "rådmann"
    save_docx(d, out)
    return truth("z06", "docx", "docx-letter", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Sandnes", "Sandnes", "874512338"),
                 contact=("Marius Tjelta", "marius.tjelta@nav.no", "51972014"),
                 project=("Jobbsjansen Sandnes", "new", "2019-03-01"), pct=100,
                 amounts={"positions": 580000, "competence": None, "other": None, "total": 580000},
                 own_funding=200000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Anne Grete Vik", "Leder NAV Sandnes", "2019-01-22", "electronic_approval"),
                       ("municipality", "Per Ivar Sele", "Rådmann", "2019-01-22", "electronic_approval")])


def z07(out: Path):
    """Nynorsk letter from Nav Vågå (Innlandet): "ei 80 %-stilling", ink side by side with Stad/dato."""
    d = _new("Calibri", 11)
    d.add_paragraph("Nav Vågå\nVågåvegen 35, 2680 Vågå")
    d.add_paragraph("Fylkesmannen i Innlandet\nPostboks 987, 2604 Lillehammer")
    d.add_paragraph("Vår dato: 24.01.2020")
    _bold(d.add_paragraph(), "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – prosjektet «Saman mot arbeid»")
    d.add_paragraph("Nav Vågå (org.nr. 974631202) søkjer med dette om tilskot til eit nytt prosjekt, «Saman mot arbeid», "
                    "med oppstart 1. april 2020. Vi søkjer om midlar til ei 80 %-stilling som familiekoordinator.")
    d.add_paragraph("Prosjektet rettar seg mot barnefamiliar med låg inntekt. Koordinatoren skal sjå heile familien under "
                    "eitt og hjelpe foreldra ut i ordinært arbeid i lokale verksemder.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Løn og sosiale kostnader (80 %)", "kr 470 000"), ("Kompetansemidlar", "kr 10 000"),
                 ("Sum søknad", "kr 480 000")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_paragraph("Vi ønskjer å delta i nettverk/klyngesamarbeid med andre Nav-kontor, og vi er positive til "
                    "ekstern prosessevaluering.")
    d.add_paragraph("Kontaktperson: Turid Bakken, tlf. 612 17 080, turid.bakken@nav.no")
    d.add_paragraph("Med helsing")
    with tempfile.TemporaryDirectory() as td:
        t = d.add_table(rows=4, cols=2)
        t.cell(0, 0).text = "Stad/dato: Vågå, 24.01.2020"
        t.cell(0, 1).text = "Stad/dato: Vågå, 27.01.2020"
        _ink_row(t.cell(1, 0), ink_file(701, Path(td)))
        _ink_row(t.cell(1, 1), ink_file(702, Path(td)))
        t.cell(2, 0).text, t.cell(2, 1).text = "Sigrid Kleiven", "Ola Haugen"
        t.cell(3, 0).text, t.cell(3, 1).text = "Nav-leiar", "Kommunalsjef"
        save_docx(d, out)
    return truth("z07", "docx", "docx-letter", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Vågå", "Vågå", "974631202"),
                 contact=("Turid Bakken", "turid.bakken@nav.no", "61217080"),
                 project=("Saman mot arbeid", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 470000, "competence": 10000, "other": None, "total": 480000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Sigrid Kleiven", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Ola Haugen", "Kommunalsjef", "2020-01-27", "handwritten")])


# --------------------------------------------------------------------------- pdf-from-office
def z12(out: Path):
    """Nav Stavanger: Spørsmål/Svar table converted by LibreOffice; two positions over the cap (defect)."""
    d = _new("Liberation Sans", 10)
    d.add_heading("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – søknad", level=1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Spørsmål", "Svar"
    for k, v in [("Hvilket Nav-kontor søker?", "Nav Stavanger"), ("Kommune", "Stavanger"),
                 ("Organisasjonsnummer", "974705613"), ("Kontaktperson", "Henriette Lunde, seniorrådgiver"),
                 ("E-post", "henriette.lunde@nav.no"), ("Telefon", "51 50 72 33"),
                 ("Prosjektets navn", "Ut av lavinntekt"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
                 ("Oppstart", "01.03.2020"),
                 ("Stillinger", "Familiekoordinator 100 %: kr 640 000\nJobbspesialist 100 %: kr 610 000"),
                 ("Sum stillinger (lønn og sosiale kostnader)", "kr 1 250 000"),
                 ("Kompetansemidler", "kr 10 000"), ("Totalt søknadsbeløp", "kr 1 260 000"),
                 ("Prioriterte områder", "Oppfølging av barnefamilier, ungdom og innvandrere; Bruk av ordinært arbeidsliv"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
        c = t.add_row().cells
        c[0].text = k
        lines = v.split("\n")
        c[1].text = lines[0]
        for ln in lines[1:]:
            c[1].add_paragraph(ln)
    d.add_paragraph()
    d.add_paragraph("Beskrivelse: Familier med vedvarende lav inntekt i bydelene Storhaug og Hillevåg får en "
                    "familiekoordinator, og voksne i familien får hjelp av en jobbspesialist til å finne arbeid.")
    _bold(d.add_paragraph(), "Godkjenning")
    d.add_paragraph("Søknaden er elektronisk godkjent av leder Nav Stavanger Bjørn Tore Egeland 28.01.2020 og av "
                    "kommunaldirektør oppvekst og levekår Gunn Karin Bø 29.01.2020.")
    with tempfile.TemporaryDirectory() as td:
        dx = Path(td) / "z12.docx"
        save_docx(d, dx)
        soffice_pdf(dx, out)
    return truth("z12", "pdf", "pdf-from-office", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Stavanger", "Stavanger", "974705613"),
                 contact=("Henriette Lunde", "henriette.lunde@nav.no", "51507233"),
                 project=("Ut av lavinntekt", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1250000, "competence": 10000, "other": None, "total": 1260000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Bjørn Tore Egeland", "Leder Nav Stavanger", "2020-01-28", "electronic_approval"),
                       ("municipality", "Gunn Karin Bø", "Kommunaldirektør", "2020-01-29", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"], notes=["planted: 1 250 000 > 1 220 000 for 200 %"])


def z13(out: Path):
    """Nynorsk Nav Suldal: 'Label:<tab>value' paragraphs, stacked ink, LibreOffice PDF; job description behind."""
    d = _new("Liberation Serif", 11)
    d.add_heading("Søknad – tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    for k, v in [("Søkjar", "Nav Suldal"), ("Kommune", "Suldal"), ("Org.nr.", "975332152"),
                 ("Kontaktperson", "Ragnhild Vestbø"), ("Telefon", "52 79 04 60"), ("E-post", "ragnhild.vestbo@nav.no"),
                 ("Prosjekt", "Ungdomslosen i Suldal"), ("Type", "Nytt prosjekt"), ("Oppstart", "1. august 2020"),
                 ("Stilling", "Ungdomslos, 50 % stilling")]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
        _bold(p, k + ":")
        p.add_run("\t" + v)
    _bold(d.add_paragraph(), "Prioriterte område")
    d.add_paragraph("☒ Oppfølging av barnefamiliar, ungdom og innvandrarar")
    d.add_paragraph("☒ Sikring av sårbare overgangar")
    d.add_paragraph("☐ Bruk av ordinært arbeidsliv")
    d.add_paragraph("Ungdomslosen følgjer ungdom som står i fare for å falle ut av vidaregåande skule, og sikrar "
                    "overgangen frå skule til arbeid eller vidare utdanning.")
    _bold(d.add_paragraph(), "Budsjett")
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9))
    p.add_run("Løn og sosiale kostnader, 50 %\tkr 300 000\nKompetansemidlar\tkr 10 000\nSum omsøkt\tkr 310 000")
    d.add_paragraph("Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Nei.")
    _bold(d.add_paragraph(), "Underskrifter")
    with tempfile.TemporaryDirectory() as td:
        for seed, place, name, title in [(1301, "Sand, 20.01.2020", "Jostein Gard", "Nav-leiar"),
                                         (1302, "Sand, 21.01.2020", "Marit Helland", "Rådmann")]:
            d.add_paragraph(f"Stad/dato: {place}")
            d.add_paragraph().add_run().add_picture(str(ink_file(seed, Path(td))), width=Cm(4.5))
            d.add_paragraph(f"{name}, {title}")
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading("Vedlegg: Stillingsomtale – ungdomslos (50 %)", level=2)
        d.add_paragraph("Ungdomslosen er tilsett i Nav Suldal og rapporterer til Nav-leiar. Kontaktperson for "
                        "stillinga er Per Olav Tveit, tlf. 917 66 123. Arbeidsoppgåver: oppfølging av elevar, "
                        "samarbeid med Suldal vidaregåande skule og oppfølgingstenesta.")
        dx = Path(td) / "z13.docx"
        save_docx(d, dx)
        soffice_pdf(dx, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Suldal", "Suldal", "975332152"),
                 contact=("Ragnhild Vestbø", "ragnhild.vestbo@nav.no", "52790460"),
                 project=("Ungdomslosen i Suldal", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "other": None, "total": 310000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Jostein Gard", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Marit Helland", "Rådmann", "2020-01-21", "handwritten")])


def z18(out: Path):
    """A .docx whose zip was cut off in transfer: local headers intact, central directory missing."""
    d = _new()
    d.add_heading("Søknad om tilskudd – Nav Meløy 2020", level=1)
    for i in range(30):
        d.add_paragraph(f"Avsnitt {i + 1}: Prosjektet skal styrke oppfølgingen av unge sosialhjelpsmottakere i Meløy.")
    with tempfile.TemporaryDirectory() as td:
        full = Path(td) / "full.docx"
        save_docx(d, full)
        data = full.read_bytes()
    out.write_bytes(data[: int(len(data) * 0.55)])
    return truth("z18", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["zip truncated at 55 %: no central directory"])


DOCS = [("z01", "docx", z01), ("z02", "docx", z02), ("z03", "docx", z03), ("z04", "docx", z04),
        ("z05", "docx", z05), ("z06", "docx", z06), ("z07", "docx", z07), ("z12", "pdf", z12),
        ("z13", "pdf", z13), ("z18", "docx", z18)]
