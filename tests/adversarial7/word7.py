"""Word / LibreOffice documents of the seventh corpus (python-docx with raw XML, LibreOffice
conversions), each with its truth written by hand from what the document says."""
from __future__ import annotations

import copy
import io
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

import kit
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"
A_ORD, A_BUI, A_SAA = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTH = 'w:author="Siv Kvam" w:date="2020-01-27T10:15:00Z"'


def _doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
    cp = d.core_properties
    import datetime as _dt
    cp.created = cp.modified = _dt.datetime(2020, 1, 27, 9, 0)
    cp.author = cp.last_modified_by = "Nav"
    return d


def _table(d, rows, widths=(5.5, 11.0), bold_first=True, style="Table Grid"):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(str(v))
            run.bold = bold_first and j == 0
            cells[j].width = Cm(widths[j])
    return t


def _ink(d, seed, width_cm=4.5):
    p = d.add_paragraph()
    p.add_run().add_picture(io.BytesIO(kit.ink_png(seed)), width=Cm(width_cm))
    p.paragraph_format.space_after = Pt(0)
    return p


def _sig_table(d, sigs, seeds, per_row=2):
    """ink pictures above a line, then 'name / title / date' under it, `per_row` signers a row."""
    n_rows = (len(sigs) + per_row - 1) // per_row
    t = d.add_table(rows=2 * n_rows, cols=per_row)
    t.style = "Table Grid"
    t._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        f'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))
    for k, ((name, tit, dato), seed) in enumerate(zip(sigs, seeds)):
        i, j = divmod(k, per_row)
        c = t.cell(2 * i, j)
        c.paragraphs[0].add_run().add_picture(io.BytesIO(kit.ink_png(seed)), width=Cm(4.2))
        c.width = Cm(8)
        tcPr = c._tc.get_or_add_tcPr()
        tcPr.insert(1, parse_xml(f'<w:tcBorders {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:color="000000"/></w:tcBorders>'))
        c2 = t.cell(2 * i + 1, j)
        c2.width = Cm(8)
        c2.paragraphs[0].add_run(name)
        c2.add_paragraph(tit)
        c2.add_paragraph(dato)
    return t


def _save_fixed(d, out):
    d.save(str(out))


# ---------------------------------------------------------------------------------------- g03
def g03(out):
    """Letterhead in the page header; contact and budget in frames (w:framePr); a comment; a tracked
    deletion of a whole budget row (a second position) and a tracked insertion in the total."""
    org = kit.orgnr("97465001")
    d = _doc("Arial", 10.5)
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]
    r = hp.add_run("Nav Gjøvik")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0xC3, 0x00, 0x00)
    hp2 = hdr.add_paragraph(f"Organisasjonsnummer {org}  ·  Kirkegata 12, 2815 Gjøvik  ·  www.nav.no/gjovik")
    hp2.runs[0].font.size = Pt(8)
    d.add_paragraph("Fylkesmannen i Innlandet").runs[0].bold = False
    h = d.add_paragraph()
    rr = h.add_run("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020")
    rr.bold = True
    rr.font.size = Pt(14)
    p = d.add_paragraph("Prosjektnavn: ")
    p.runs[0].bold = True
    p.add_run("Bo og jobb")
    d.add_paragraph("Kommune: Gjøvik")
    d.add_paragraph("Type: nytt prosjekt. Ønsket oppstart: 1. mai 2020.")
    # a frame (w:framePr) to the right holding the contact
    fr = d.add_paragraph()
    fr._p.get_or_add_pPr().append(parse_xml(
        f'<w:framePr {nsdecls("w")} w:w="3400" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'))
    fr._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>'))
    fr.add_run("Kontaktperson").bold = True
    fr.add_run().add_break()
    fr.add_run("Camilla Strand")
    fr.add_run().add_break()
    fr.add_run("camilla.strand@nav.no")
    fr.add_run().add_break()
    fr.add_run("tlf. 611 89 420")
    d.add_paragraph(
        "Prosjektet skal hjelpe familier med barn som bor i midlertidige boliger over i egen bolig og ordinært "
        "arbeid. Vi ser at overgangen fra midlertidig bolig er sårbar, og vil ha én koordinator som følger familien "
        "gjennom hele løpet.")
    cmt_par = d.add_paragraph("Stilling: én 100 % stilling som bolig- og jobbkoordinator.")
    d.add_comment(cmt_par.runs, text="Skal vi søke om to stillinger likevel? Budsjettet er nå 1 220 000. /Siv",
                  author="Siv Kvam", initials="SK")
    d.add_paragraph("Budsjett").runs[0].bold = True
    t = _table(d, [["Post", "Andel", "Beløp"], ["Bolig- og jobbkoordinator", "100 %", "kr 600 000"],
                   ["Familiekoordinator", "100 %", "kr 610 000"], ["Kompetanse", "", "kr 10 000"],
                   ["Sum", "100 %", "kr 610 000"]], widths=(8, 3, 5))
    # tracked deletion of the whole row 3 (the second position)
    row = t.rows[2]._tr
    trPr = row.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="901" {AUTH}/>'))
    for i, tc in enumerate(row.findall(qn("w:tc"))):
        for rr_ in tc.iter(qn("w:r")):
            par = rr_.getparent()
            wrap = parse_xml(f'<w:del {nsdecls("w")} w:id="{910 + i}" {AUTH}/>')
            par.replace(rr_, wrap)
            wrap.append(rr_)
            for tt in rr_.findall(qn("w:t")):
                tt.tag = qn("w:delText")
    # the total: old "kr 1 220 000" deleted, "kr 610 000" inserted; percent 200 % -> 100 %
    for col, old, new in ((1, "200 %", "100 %"), (2, "kr 1 220 000", "kr 610 000")):
        cp_ = t.rows[4].cells[col].paragraphs[0]._p
        for rr_ in list(cp_.findall(qn("w:r"))):
            cp_.remove(rr_)
        cp_.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{920 + col}" {AUTH}><w:r><w:delText>{old}</w:delText></w:r></w:del>'))
        cp_.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{930 + col}" {AUTH}><w:r><w:t>{new}</w:t></w:r></w:ins>'))
    for rr_ in t.rows[4].cells[0].paragraphs[0].runs:
        rr_.bold = True
    d.add_paragraph()
    d.add_paragraph("Prioriterte områder: ☒ Bruk av ordinært arbeidsliv   ☒ Oppfølging av barnefamilier, ungdom og "
                    "innvandrere   ☒ Sikring av sårbare overganger")
    d.add_paragraph("Interessert i nettverk/klyngesamarbeid: ☐ Ja ☒ Nei")
    d.add_paragraph("Interessert i ekstern prosessevaluering: ☒ Ja ☐ Nei")
    dp = d.add_paragraph("Vi ønsker i tillegg å ansette en familiekoordinator i 100 % stilling.")
    # that sentence is deleted as a tracked change
    pel = dp._p
    for rr_ in list(pel.findall(qn("w:r"))):
        wrap = parse_xml(f'<w:del {nsdecls("w")} w:id="940" {AUTH}/>')
        pel.replace(rr_, wrap)
        wrap.append(rr_)
        for tt in rr_.findall(qn("w:t")):
            tt.tag = qn("w:delText")
    d.add_paragraph("Gjøvik, 28. januar 2020")
    _sig_table(d, [("Lise Fjeld", "Nav-leder", "28.01.2020"), ("Anders Hagen", "Kommunalsjef", "29.01.2020")], (31, 32))
    _save_fixed(d, out)
    return truth("g03", "docx", "docx-frames-tracked", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", org), contact=("Camilla Strand", "camilla.strand@nav.no", "61189420"),
                 project=("Bo og jobb", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=[A_ORD, A_BUI, A_SAA], interest=(False, True),
                 sigs=[("nav_leader", "Lise Fjeld", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Anders Hagen", "Kommunalsjef", "2020-01-29", "handwritten")],
                 notes=["office name and org number only in the page header; contact in a w:framePr frame",
                        "a whole budget row (second position, 610 000) deleted as a tracked change (w:trPr/w:del); "
                        "the total's old '200 %'/'kr 1 220 000' in w:del, new values in w:ins; a deleted sentence; "
                        "a comment mentioning 1 220 000"])


# ---------------------------------------------------------------------------------------- g04
def g04(out):
    """Nynorsk inter-municipal office, Word 97 .doc from LibreOffice; Nav-leiar + three kommunedirektørar."""
    org = kit.orgnr("97466210")
    d = _doc("Times New Roman", 11.5)
    h = d.add_paragraph()
    r = h.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Til Fylkesmannen i Vestland")
    _table(d, [["Nav-kontor", "Nav Hallingdal (vertskommune Gol)"],
               ["Samarbeidskommunar", "Gol, Hemsedal og Ål"],
               ["Organisasjonsnummer", f"{org[:3]} {org[3:6]} {org[6:]}"],
               ["Kontaktperson", "Åshild Tangen"],
               ["E-post", "ashild.tangen@nav.no"], ["Telefon", "32 02 91 60"],
               ["Namn på tiltaket", "Heile Hallingdal i arbeid"],
               ["Nytt eller vidareføring", "Nytt tiltak"],
               ["Oppstart", "første april 2020"],
               ["Stillingar", "to 50 %-stillingar (ein jobbspesialist i Gol og ein i Ål)"]], widths=(5.5, 11))
    d.add_paragraph()
    d.add_paragraph("Budsjett").runs[0].bold = True
    _table(d, [["Post", "Søkt tilskot (kr)"], ["Løn og sosiale utgifter, to 50 %-stillingar", "610 000"],
               ["Kompetanse", "10 000"], ["Sum", "620 000"]], widths=(10, 6))
    d.add_paragraph()
    d.add_paragraph(
        "Tiltaket rettar seg mot unge og innvandrarar i dei tre kommunane som står utanfor arbeid. Vi vil nytte "
        "ordinært arbeidsliv aktivt: jobbspesialistane skal finne og følgje opp plassar i lokale verksemder.")
    d.add_paragraph("Nav Hallingdal er interessert i nettverk/klyngesamarbeid og i ekstern prosessevaluering.")
    d.add_paragraph("Underskrifter").runs[0].bold = True
    _sig_table(d, [("Nils Ove Bråten", "Nav-leiar", "27. januar 2020"),
                   ("Ingvild Kvisla", "Kommunedirektør, Gol", "28. januar 2020"),
                   ("Halvor Dokken", "Kommunedirektør, Hemsedal", "28. januar 2020"),
                   ("Lars Kristian Myhre", "Kommunedirektør, Ål", "29. januar 2020")], (41, 42, 43, 44))
    d.add_paragraph("Vedlegg: prosjektskisse (sendt separat).")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "g04.docx"
        _save_fixed(d, src)
        kit.soffice_convert(src, "doc", out)
    return truth("g04", "doc", "word97-intermunicipal", lang="nn", scheme=S20,
                 office=("Nav Hallingdal", "Gol", org), contact=("Åshild Tangen", "ashild.tangen@nav.no", "32029160"),
                 project=("Heile Hallingdal i arbeid", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=[A_ORD, A_BUI], interest=(True, True),
                 sigs=[("nav_leader", "Nils Ove Bråten", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Ingvild Kvisla", "Kommunedirektør", "2020-01-28", "handwritten"),
                       ("municipality", "Halvor Dokken", "Kommunedirektør", "2020-01-28", "handwritten"),
                       ("municipality", "Lars Kristian Myhre", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["inter-municipal: office and municipality are the host's (Gol); three municipal signers",
                        "'to 50 %-stillingar' = 100 %, 610 000 exactly at the cap; start 'første april 2020'"])


# ---------------------------------------------------------------------------------------- g05
def g05(out):
    """LibreOffice Writer PDF: the municipality's cover letter, the application in a real table, a CV
    and a project plan with its own totals behind."""
    org = kit.orgnr("94497001")
    d = _doc("Liberation Serif", 11)
    d.add_paragraph("Tromsø kommune").runs[0].bold = True
    d.add_paragraph("Kommunedirektøren")
    d.add_paragraph("Fylkesmannen i Troms og Finnmark\nPostboks 700, 9815 Vadsø")
    d.add_paragraph("Deres ref.:            Vår ref.: 20/1412          Dato: 29.01.2020")
    p = d.add_paragraph()
    p.add_run("Oversendelse av søknad fra Nav Tromsø – tilskudd til sosiale tjenester 2020").bold = True
    d.add_paragraph(
        "Vedlagt følger søknad fra Nav Tromsø om tilskudd til prosjektet «Ny start». Kommunen stiller seg bak "
        "søknaden, og prosjektet er behandlet i kommunens ledergruppe 20. januar 2020. Kommunen bidrar med "
        "kontorplass og egen prosjektleder i 50 % stilling, tilsvarende om lag kr 400 000. Spørsmål om "
        "oversendelsen kan rettes til rådgiver Mona Evjen, tlf. 77 79 00 00.")
    d.add_paragraph("Med hilsen")
    d.add_paragraph("Stig Jørgensen\nkommunedirektør")
    d.add_paragraph("Brevet er godkjent elektronisk og har derfor ingen signatur.").runs[0].italic = True
    d.add_page_break()
    h = d.add_paragraph()
    r = h.add_run("SØKNAD – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    r.bold = True
    r.font.size = Pt(13)
    _table(d, [["Søker", "Nav Tromsø"], ["Kommune", "Tromsø"], ["Org.nr.", org],
               ["Kontaktperson", "Ida Pedersen, ida.pedersen@nav.no, 77 60 41 13"],
               ["Prosjekttittel", "Ny start"], ["Nytt/videreføring", "Nytt"], ["Oppstart", "1. april 2020"],
               ["Stillinger", "to stillinger à 100 %: boligkonsulent og arbeidskonsulent"],
               ["Lønn og sosiale utgifter", "kr 1,2 mill."], ["Kompetanse", "kr 10 000"],
               ["Totalt omsøkt", "1 210 000 kroner"],
               ["Prioriterte områder", "Sikring av sårbare overganger (løslatelse fra fengsel, utskriving fra "
                                       "institusjon) og bruk av ordinært arbeidsliv"],
               ["Nettverk / klyngesamarbeid", "Ja"], ["Ekstern prosessevaluering", "Nei"]], widths=(5, 11.5))
    d.add_paragraph()
    d.add_paragraph(
        "Dokumentet er elektronisk godkjent av Nav-leder Morten Olsen 27.01.2020 og kommunedirektør Stig Jørgensen "
        "29.01.2020.")
    d.add_page_break()
    d.add_paragraph("Vedlegg 1: CV – prosjektleder").runs[0].bold = True
    _table(d, [["Navn", "Mona Evjen"], ["Telefon", "977 12 345"], ["E-post", "mona.evjen@tromso.kommune.no"],
               ["Stilling", "Rådgiver, Tromsø kommune (50 % prosjektleder)"],
               ["Utdanning", "Master i sosialt arbeid, UiT 2011"]], widths=(4, 12.5))
    d.add_paragraph()
    d.add_paragraph("Vedlegg 2: Prosjektplan – budsjett for hele prosjektperioden").runs[0].bold = True
    _table(d, [["År", "Tilskudd", "Kommunal egenandel", "Sum"], ["2020", "1 210 000", "400 000", "1 610 000"],
               ["2021", "1 240 000", "410 000", "1 650 000"], ["2022", "1 270 000", "420 000", "1 690 000"],
               ["Sum 2020–2022", "3 720 000", "1 230 000", "4 950 000"]], widths=(4, 4, 4.5, 4), bold_first=False)
    d.add_paragraph("Prosjektgruppe: Ida Pedersen (Nav), Mona Evjen (kommunen), Rolf Nilsen (kriminalomsorgen).")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "g05.docx"
        _save_fixed(d, src)
        kit.soffice_convert(src, "pdf", out)
    return truth("g05", "pdf", "writer-bundle", lang="nb", scheme=S20,
                 office=("Nav Tromsø", "Tromsø", org), contact=("Ida Pedersen", "ida.pedersen@nav.no", "77604113"),
                 project=("Ny start", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=[A_ORD, A_SAA], interest=(True, False),
                 sigs=[("nav_leader", "Morten Olsen", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Stig Jørgensen", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["cover letter from the kommunedirektør (own e-approval line, adviser's phone) in front; CV "
                        "and a 3-year budget with own funding behind: only page 2 gives fields",
                        "'kr 1,2 mill.' for two positions (200 %): 1 200 000 <= 1 220 000",
                        "own funding (400 000) is stated only in the cover letter and the plan: truth leaves "
                        "own_funding unscored"])


# ---------------------------------------------------------------------------------------- g10
def g10(out):
    """A .docx written by LibreOffice (from HTML): Nynorsk, e-approval, 'ei halv stilling' + 30 %."""
    org = kit.orgnr("92195533")
    html = f"""<!DOCTYPE html><html lang="nn"><head><meta charset="utf-8"><title>Søknad Nav Sogndal</title>
<style>body{{font-family:'DejaVu Sans';font-size:10pt}} td,th{{border:1px solid #555;padding:3px 6px}}
table{{border-collapse:collapse;width:100%}} th{{background:#dde}} h1{{font-size:15pt;color:#234}}</style></head><body>
<p style="text-align:right">Sogndal, 24. januar 2020</p>
<h1>Søknad om tilskot til utvikling av sosiale tenester i Nav 2020</h1>
<p>Nav Sogndal (org.nr. {org}) søkjer Fylkesmannen i Vestland om tilskot til tiltaket
<b>«Meistring i kvardagen»</b>. Tiltaket er nytt og startar 1. mai 2020.</p>
<h2>Kontaktperson</h2><p>Oddny Kvåle, tlf. 416 22 870, e-post oddny.kvale@nav.no</p>
<h2>Stillingar og budsjett</h2>
<table><tr><th>Stilling</th><th>Del</th><th>Søkt tilskot</th></tr>
<tr><td>Familierettleiar</td><td>ei halv stilling (50 %)</td><td>305 000</td></tr>
<tr><td>Ungdomskontakt</td><td>30 %</td><td>183 000</td></tr>
<tr><td>Kompetanse</td><td></td><td>10 000</td></tr>
<tr><td><b>Sum</b></td><td><b>80 %</b></td><td><b>498 000</b></td></tr></table>
<h2>Prioriterte område</h2>
<p>Tiltaket skal følgje opp barnefamiliar og ungdom som mottek økonomisk sosialhjelp, med særleg vekt på barna sine
behov. Dette svarar til det prioriterte området «Oppfølging av barnefamilier, ungdom og innvandrere».</p>
<h2>Utprøving</h2><p>Nettverk/klyngesamarbeid: Ja. Ekstern prosessevaluering: Ja.</p>
<h2>Godkjenning</h2>
<p>Dokumentet er elektronisk godkjend og har difor ingen handskrivne signaturar.</p>
<table><tr><th>Godkjend av</th><th>Rolle</th><th>Dato</th></tr>
<tr><td>Vidar Hauge</td><td>Nav-leiar</td><td>24.01.2020</td></tr>
<tr><td>Astrid Lunde</td><td>Kommunedirektør</td><td>27.01.2020</td></tr></table>
</body></html>"""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "g10.html"
        src.write_text(html, encoding="utf-8")
        kit.soffice_convert(src, "docx:MS Word 2007 XML", out, infilter="HTML (StarWriter)")
    return truth("g10", "docx", "docx-by-libreoffice", lang="nn", scheme=S20,
                 office=("Nav Sogndal", "Sogndal", org), contact=("Oddny Kvåle", "oddny.kvale@nav.no", "41622870"),
                 project=("Meistring i kvardagen", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=[A_BUI], interest=(True, True),
                 sigs=[("nav_leader", "Vidar Hauge", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Astrid Lunde", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["municipality not written apart from the office name: Sogndal (the office is the "
                        "municipality's Nav office)",
                        "50 % + 30 % = 80 %, 305 000 + 183 000 = 488 000 exactly at the cap"])


# ---------------------------------------------------------------------------------------- g12
def g12(out):
    """Defect: the applicant is a municipal unit, not a Nav office (Nav is only a partner)."""
    org = kit.orgnr("94437001")
    d = _doc("Calibri", 11)
    h = d.add_paragraph()
    r = h.add_run("Søknadsskjema – tilskudd til utvikling av sosiale tjenester 2020")
    r.bold = True
    r.font.size = Pt(14)
    _table(d, [["Søker (virksomhet)", "Moss kommune, enhet Ungdom og fritid"],
               ["Organisasjonsnummer", org],
               ["Samarbeidspartner", "Nav Moss"],
               ["Kontaktperson", "Jonas Berg, jonas.berg@moss.kommune.no, 69 24 10 00"],
               ["Tiltakets navn", "Fritid for alle"], ["Nytt/videreføring", "Nytt"],
               ["Oppstart", "01.06.2020"], ["Stilling", "100 % fritidskoordinator i enheten"],
               ["Lønn og sosiale utgifter", "kr 560 000"], ["Kompetanse", "kr 10 000"], ["Sum", "kr 570 000"],
               ["Prioritert område", "☐ Ordinært arbeidsliv  ☒ Barnefamilier, ungdom og innvandrere  ☐ Sårbare overganger"],
               ["Nettverk/klyngesamarbeid", "☒ Ja ☐ Nei"], ["Ekstern prosessevaluering", "☐ Ja ☒ Nei"]],
           widths=(5.5, 11))
    d.add_paragraph()
    d.add_paragraph("Tiltaket eies og drives av enhet Ungdom og fritid. Nav Moss deltar i styringsgruppen.")
    _sig_table(d, [("Tove Hansen", "Nav-leder, Nav Moss", "29.01.2020"),
                   ("Rune Sæther", "Kommunalsjef oppvekst", "30.01.2020")], (121, 122))
    _save_fixed(d, out)
    return truth("g12", "docx", "defect", lang="nb", scheme=S20,
                 office=(None, "Moss", org), contact=("Jonas Berg", "jonas.berg@moss.kommune.no", "69241000"),
                 project=("Fritid for alle", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=[A_BUI], interest=(True, False),
                 sigs=[("nav_leader", "Tove Hansen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Rune Sæther", "Kommunalsjef oppvekst", "2020-01-30", "handwritten")],
                 expected=["APPLICANT_NOT_NAV_OFFICE"], ignore=["office.name", "office.org_number"],
                 notes=["the applicant (and project owner) is a municipal unit; Nav Moss is only a partner and its "
                        "leader co-signs: APPLICANT_NOT_NAV_OFFICE; office.name is not scored (see README)"])


# ---------------------------------------------------------------------------------------- g15
def g15(out):
    """Defect: 'en halv stilling' with 'kr 0,35 mill.' (cap 305 000), as .odt from LibreOffice."""
    org = kit.orgnr("97413200")
    d = _doc("Liberation Sans", 10.5)
    h = d.add_paragraph()
    r = h.add_run("Nav Kongsberg – søknad om tilskudd 2020")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Til Fylkesmannen i Oslo og Viken")
    _table(d, [["Kontor", "Nav Kongsberg"], ["Kommune", "Kongsberg"], ["Org.nr", org],
               ["Kontakt", "Hege Wold – hege.wold@nav.no – 32 86 64 00"],
               ["Tittel", "Gjeldsfri start"], ["Type", "Nytt tiltak"], ["Start", "1. september 2020"],
               ["Stilling", "en halv stilling som økonomirådgiver"],
               ["Søkt til lønn og sosiale utgifter", "kr 0,35 mill."], ["Søkt til kompetanse", "kr 0"],
               ["Samlet søknadsbeløp", "kr 350 000"]], widths=(6, 10.5))
    d.add_paragraph()
    d.add_paragraph("Prioriterte områder: Sikring av sårbare overganger – unge som flytter ut fra foreldrehjem og "
                    "barnevern, med gjeld og uten inntekt.")
    d.add_paragraph("Nettverk/klyngesamarbeid: Nei. Ekstern prosessevaluering: Nei.")
    _sig_table(d, [("Kjell Inge Bråthen", "Nav-leder", "23.01.2020"),
                   ("Randi Tveiten", "Kommunedirektør", "24.01.2020")], (151, 152))
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "g15.docx"
        _save_fixed(d, src)
        kit.soffice_convert(src, "odt", out)
    return truth("g15", "odt", "defect", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", org), contact=("Hege Wold", "hege.wold@nav.no", "32866400"),
                 project=("Gjeldsfri start", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 350000, "competence": 0, "total": 350000},
                 prio=[A_SAA], interest=(False, False),
                 sigs=[("nav_leader", "Kjell Inge Bråthen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Randi Tveiten", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["'en halv stilling' = 50 %: cap 305 000; 'kr 0,35 mill.' = 350 000 > cap"])


# ---------------------------------------------------------------------------------------- g17
def g17(out):
    """Not an application: the Nav office asks the county for a later deadline ('Søknad om utsatt frist')."""
    d = _doc("Calibri", 11)
    d.add_paragraph("Nav Eidsvoll").runs[0].bold = True
    d.add_paragraph("Til: Fylkesmannen i Oslo og Viken, v/ Bente Moen")
    d.add_paragraph("Dato: 28.01.2020")
    h = d.add_paragraph()
    h.add_run("Søknad om utsatt frist – tilskudd til utvikling av sosiale tjenester 2020").bold = True
    d.add_paragraph(
        "Nav Eidsvoll planlegger å søke om tilskudd til prosjektet «Arbeid for alle» med én 100 % stilling og "
        "kr 610 000 til lønn og sosiale utgifter, i tillegg til kr 10 000 til kompetanse. Søknaden er ferdig "
        "skrevet, men kommunedirektøren er på reise og kan ikke signere før 5. februar.")
    d.add_paragraph(
        "Vi ber derfor om at fristen for vår søknad utsettes til 7. februar 2020. Vi sender den signerte søknaden "
        "så snart den foreligger.")
    d.add_paragraph("Kontaktperson: Line Aas, line.aas@nav.no, tlf. 63 95 10 20")
    d.add_paragraph("Med vennlig hilsen")
    _ink(d, 171)
    d.add_paragraph("Petter Dahl\nNav-leder")
    _save_fixed(d, out)
    return truth("g17", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False,
                 notes=["a request for a later deadline, titled 'Søknad om utsatt frist'; it names the project, "
                        "position and amounts and is signed by the Nav leader"])
