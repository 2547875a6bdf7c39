"""Word documents of the fifth corpus (python-docx, some converted by LibreOffice): tracked
changes and comments, answers in floating text boxes, letterhead in the header, contact in the
footer, last year's form reused, a damaged file."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from common import ink_png, orgnr, spaced
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FIXED = dt.datetime(2020, 1, 28, 9, 0, 0)


def _doc():
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Nav"
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    return d


def _table(d, rows, widths=(5.5, 10.5)):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        r = t.add_row().cells
        r[0].text = a
        r[0].paragraphs[0].runs[0].bold = True
        r[1].text = b
        r[0].width, r[1].width = Cm(widths[0]), Cm(widths[1])
    return t


def _sig_cell(cell, seed, name, title, date):
    p = cell.paragraphs[0]
    if seed is not None:
        p.add_run().add_picture(ink_png(seed), width=Cm(4.2))
    cell.add_paragraph("_" * 32)
    cell.add_paragraph(name)
    cell.add_paragraph(title)
    cell.add_paragraph(date)


def _save(d, out):
    d.save(str(out))
    _fix_zip_times(out)


def _fix_zip_times(path):
    """Rewrite the zip with fixed entry times so the bytes repeat from build to build."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items = [(n, re.sub(rb'w:date="[^"]*"', b'w:date="2020-01-22T09:30:00Z"', b) if n == "word/comments.xml" else b)
             for n, b in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _to_pdf(docx_path, out):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/profile",
                        "--convert-to", "pdf", "--outdir", td, str(docx_path)],
                       check=True, capture_output=True, timeout=180)
        Path(td, Path(docx_path).with_suffix(".pdf").name).replace(out)


# ------------------------------------------------------------------ e02
def _tracked(old, new, rid):
    return parse_xml(
        f'<w:p {W_NS}><w:del w:id="{rid}" w:author="Hanne Berg" w:date="2020-01-21T10:02:00Z">'
        f'<w:r><w:delText xml:space="preserve">{old}</w:delText></w:r></w:del>'
        f'<w:ins w:id="{rid + 1}" w:author="Hanne Berg" w:date="2020-01-21T10:02:00Z">'
        f'<w:r><w:t xml:space="preserve">{new}</w:t></w:r></w:ins></w:p>')


def e02(out):
    """Word form with tracked changes not accepted (amounts and a deleted sentence) and a
    reviewer's comment on the title; ink pictures; dates "22.01.2020" and "23.1.20"."""
    org = orgnr(99121660)
    d = _doc()
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=1)
    d.add_paragraph("Søknadsfrist 1. februar 2020. Søknaden sendes Statsforvalteren i Trøndelag.")
    d.add_heading("Søker og prosjekt", level=2)
    t = _table(d, [("Nav-kontor", "Nav Orkland"), ("Kommune", "Orkland"), ("Organisasjonsnummer", spaced(org)),
                   ("Kontaktperson", "Trude Reitan"), ("E-post", "trude.reitan@nav.no"), ("Telefon", "926 40 118"),
                   ("Prosjektnavn", ""), ("Nytt prosjekt eller videreføring", "Nytt prosjekt"),
                   ("Oppstart", "1. mai 2020")])
    title_cell = t.rows[6].cells[1]
    run = title_cell.paragraphs[0].add_run("Sammen om barna")
    d.add_comment(run, text="Skal vi kalle det «Sammen om barna i Orkland»? Ta stilling før vi sender.",
                  author="Rune Aas", initials="RA")
    d.add_heading("Beskrivelse", level=2)
    p = d.add_paragraph("Prosjektet skal gi barnefamilier med langvarig sosialhjelp en fast familieveileder "
                        "som følger opp hele familien, også ungdommene i husholdningen. ")
    p._p.append(parse_xml(
        f'<w:del {W_NS} w:id="40" w:author="Rune Aas" w:date="2020-01-22T08:15:00Z"><w:r>'
        '<w:delText xml:space="preserve">Prosjektet skal også sikre sårbare overganger ved løslatelse fra '
        'fengsel.</w:delText></w:r></w:del>'))
    d.add_heading("Budsjett", level=2)
    bt = d.add_table(rows=4, cols=3)
    bt.style = "Table Grid"
    for i, h in enumerate(("Post", "Stillingsprosent", "Beløp")):
        bt.cell(0, i).text = h
    bt.cell(1, 0).text = "Familieveileder, lønn og sosiale kostnader"
    bt.cell(1, 1).text = "100 %"
    bt.cell(2, 0).text = "Kompetansemidler"
    bt.cell(3, 0).text = "Sum omsøkt"
    for (r, old, new, rid) in ((1, "kr 580 000", "kr 600 000", 10), (2, "kr 10 000", "kr 10 000", None),
                               (3, "kr 590 000", "kr 610 000", 20)):
        c = bt.cell(r, 2)
        if rid is None:
            c.text = new
        else:
            c._tc.remove(c.paragraphs[0]._p)
            c._tc.append(_tracked(old, new, rid))
    d.add_heading("Prioriterte områder", level=2)
    d.add_paragraph("☐ Bruk av ordinært arbeidsliv")
    d.add_paragraph("☒ Oppfølging av barnefamilier, ungdom og innvandrere")
    d.add_paragraph("☐ Sikring av sårbare overganger")
    d.add_heading("Nettverk og evaluering", level=2)
    d.add_paragraph("Ønsker dere å delta i nettverk/klyngesamarbeid?  ☒ Ja  ☐ Nei")
    d.add_paragraph("Ønsker dere ekstern prosessevaluering?  ☒ Ja  ☐ Nei")
    d.add_heading("Underskrifter", level=2)
    st = d.add_table(rows=1, cols=2)
    _sig_cell(st.cell(0, 0), 201, "Hanne Berg", "Nav-leder", "22.01.2020")
    _sig_cell(st.cell(0, 1), 202, "Rune Aas", "Kommunalsjef helse og velferd", "23.1.20")
    _save(d, out)
    return truth("e02", "docx", "tracked-changes", lang="nb", scheme=S20,
                 office=("Nav Orkland", "Orkland", org),
                 contact=("Trude Reitan", "trude.reitan@nav.no", "92640118"),
                 project=("Sammen om barna", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hanne Berg", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Rune Aas", "Kommunalsjef", "2020-01-23", "handwritten")],
                 notes=["tracked changes not accepted: the document as it reads (insertions kept, deletions "
                        "dropped) is the truth: 600 000 / 610 000; the deleted sentence about release from "
                        "prison does not make saarbare-overganger",
                        "a reviewer's comment proposes another title; the title is the cell's text"])


# ------------------------------------------------------------------ e03
_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
_WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def _textbox_run(text, n, x_emu=2520000, w_emu=3600000, h_emu=300000):
    from xml.sax.saxutils import escape
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in text.split("\n"))
    return parse_xml(
        f'<w:r {W_NS} {_A} {_WP} {_WPS}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        f'simplePos="0" relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
        f'<wp:posOffset>{x_emu}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
        f'<wp:posOffset>-20000</wp:posOffset></wp:positionV><wp:extent cx="{w_emu}" cy="{h_emu}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="Tekstboks {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="36000" rIns="72000" bIns="36000" '
        'anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def e03(out):
    """Letterhead (office, org number) only in the page header; every answer in a floating
    text box beside its label; electronic approval in the body."""
    org = orgnr(97480120)
    d = _doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"NAV Frøya  |  Org.nr. {spaced(org)}  |  Postboks 152, 7261 Sistranda"
    sec.footer.paragraphs[0].text = "NAV Frøya – et samarbeid mellom Frøya kommune og Arbeids- og velferdsetaten"
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester 2020", level=1)
    d.add_paragraph("Fyll inn feltene. Skjemaet sendes Statsforvalteren innen 1. februar 2020.")
    items = [("Kommune", "Frøya"), ("Kontaktperson", "Svein Ove Strøm"),
             ("Kontaktinfo", "svein.ove.strom@nav.no / 902 18 447"),
             ("Prosjektets navn", "Flytt for framtida"), ("Nytt eller videreført", "Videreføring (2. år)"),
             ("Start for perioden søknaden gjelder", "1. januar 2020"),
             ("Stilling(er)", "Overgangskoordinator, 75 % stilling"),
             ("Lønn og sosiale utgifter", "NOK 450 000"), ("Kompetanse", "NOK 0"),
             ("Totalt omsøkt", "NOK 450 000"),
             ("Prioriterte områder", "Sikring av sårbare overganger"),
             ("Nettverk / klynge", "Nei"), ("Ekstern prosessevaluering", "Ja")]
    for n, (label, value) in enumerate(items, start=1):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(14)
        r = p.add_run(label)
        r.bold = True
        p._p.append(_textbox_run(value, n))
    d.add_paragraph()
    d.add_heading("Godkjenning", level=2)
    d.add_paragraph("Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem:")
    _table(d, [("Nav-leder", "Gro Sandvik, godkjent 29.01.2020"),
               ("Kommunedirektør", "Knut Hammer, godkjent 30.01.2020")])
    _save(d, out)
    return truth("e03", "docx", "text-boxes", lang="nb", scheme=S20,
                 office=("Nav Frøya", "Frøya", org),
                 contact=("Svein Ove Strøm", "svein.ove.strom@nav.no", "90218447"),
                 project=("Flytt for framtida", "continuation", "2020-01-01"), pct=75,
                 amounts={"positions": 450000, "competence": 0, "other": None, "total": 450000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Gro Sandvik", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Knut Hammer", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["office name and org number only in the page header (letterhead)",
                        "every answer in a floating text box (wps:txbx) beside its bold label",
                        "'elektronisk godkjent' + names/dates table: electronic_approval",
                        "75 % with 450 000: under the 457 500 cap"])


# ------------------------------------------------------------------ e08
def e08(out):
    """Nynorsk letter converted to PDF by LibreOffice: priority areas argued only in prose,
    "0,61 mill. kroner", dates "27. jan. 2020", ordførar and konstituert kommunedirektør sign."""
    org = orgnr(96499750)
    d = _doc()
    d.add_paragraph("Nav Ulstein\nPostboks 113\n6067 Ulstein")
    d.add_paragraph("Statsforvaltaren i Møre og Romsdal\nFagavdeling helse og sosial")
    d.add_paragraph("Ulsteinvik, 27. jan. 2020")
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    d.add_paragraph(f"Nav Ulstein (org.nr. {org}) søkjer med dette om tilskot til prosjektet "
                    "«Familieløftet Ulstein». Dette er eit nytt prosjekt, og vi planlegg oppstart "
                    "1. april 2020.")
    d.add_paragraph("Bakgrunn og mål: Kvar tredje sosialhjelpsmottakar i Ulstein er forsørgjar for barn, og "
                    "mange er unge vaksne under 25 år. Prosjektet skal gje barnefamiliane ein fast "
                    "kontaktperson som ser heile familien, også ungdommane i huset, og som hjelper "
                    "foreldra ut i ordinært arbeid i samarbeid med lokale verksemder i maritim næring. "
                    "Vi vil bruke praksisplassar og lønt arbeid hos ordinære arbeidsgjevarar, ikkje tiltak "
                    "i skjerma verksemder.")
    d.add_paragraph("Stilling og budsjett: Vi søkjer om 0,61 mill. kroner til lønn og sosiale kostnader "
                    "for ei 100 % stilling som familiekoordinator, og 10 000 kroner til kompetanse "
                    "(rettleiing i familiearbeid). Til saman søkjer vi om 620 000 kroner for 2020.")
    d.add_paragraph("Vi ønskjer gjerne å vere med i nettverk og klyngesamarbeid med andre kontor. "
                    "Vi ønskjer ikkje ekstern prosessevaluering i år, sidan kommunen evaluerer sjølv.")
    d.add_paragraph("Kontaktperson for søknaden er Randi Eiken, randi.eiken@nav.no, telefon 700 17 233.")
    d.add_paragraph("Søknaden er forankra i kommuneleiinga.")
    t = d.add_table(rows=1, cols=3)
    _sig_cell(t.cell(0, 0), 801, "Arne Vik", "Nav-leiar", "27. jan. 2020")
    _sig_cell(t.cell(0, 1), 802, "Hanne Teigen", "konstituert kommunedirektør", "28. jan. 2020")
    _sig_cell(t.cell(0, 2), 803, "Bjørn Gjerde", "ordførar", "28. jan. 2020")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "e08.docx"
        _save(d, src)
        _to_pdf(src, out)
    return truth("e08", "pdf", "letter-prose", lang="nn", scheme=S20,
                 office=("Nav Ulstein", "Ulstein", org),
                 contact=("Randi Eiken", "randi.eiken@nav.no", "70017233"),
                 project=("Familieløftet Ulstein", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Arne Vik", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Hanne Teigen", "Konstituert kommunedirektør", "2020-01-28", "handwritten"),
                       ("municipality", "Bjørn Gjerde", "Ordførar", "2020-01-28", "handwritten")],
                 notes=["priority areas only argued in prose (families with children and youth; ordinary work)",
                        "the ordførar is counted as a municipality signature (political leadership signing "
                        "beside the acting kommunedirektør); either way no error, the kommunedirektør signs"])


# ------------------------------------------------------------------ e09
def e09(out):
    """Last year's (2019) form reused for 2020: the form's printed year, deadline and heading say
    2019; the answers, the year applied for and the signatures are 2020."""
    org = orgnr(97463240)
    d = _doc()
    d.sections[0].header.paragraphs[0].text = "Arbeids- og velferdsdirektoratet – søknadsskjema 2019"
    d.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2019", level=1)
    d.add_paragraph("Søknadsfrist: 1. februar 2019. Skjemaet sendes Fylkesmannen i Buskerud.")
    _table(d, [("Søknaden gjelder år", "2020"), ("NAV-kontor", "NAV Lier"), ("Kommune", "Lier"),
               ("Org.nr.", org), ("Kontaktperson", "Camilla Dahl"), ("Telefon", "32 22 01 50"),
               ("E-post", "camilla.dahl@nav.no"), ("Prosjektnavn", "Inn på arbeidsmarkedet"),
               ("Nytt prosjekt / videreføring", "Nytt"), ("Oppstart", "01.03.2020"),
               ("Stillingsprosent", "80 %"), ("Lønn og sosiale kostnader", "NOK 488 000"),
               ("Kompetansemidler", ""), ("Sum søknadsbeløp", "NOK 488 000")])
    d.add_heading("Prioriterte områder", level=2)
    d.add_paragraph("☒ Bruk av ordinært arbeidsliv")
    d.add_paragraph("☐ Oppfølging av barnefamilier, ungdom og innvandrere")
    d.add_paragraph("☒ Sikring av sårbare overganger")
    d.add_paragraph("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei      Ekstern prosessevaluering: ☒ Ja ☐ Nei")
    d.add_heading("Underskrift", level=2)
    st = d.add_table(rows=1, cols=2)
    _sig_cell(st.cell(0, 0), 901, "Stig Amundsen", "NAV-leder", "Dato: 29.01.2020")
    _sig_cell(st.cell(0, 1), 902, "Eva Kristoffersen", "Rådmann", "Dato: 29.01.2020")
    _save(d, out)
    return truth("e09", "docx", "old-form", lang="nb", scheme=S20,
                 office=("Nav Lier", "Lier", org), contact=("Camilla Dahl", "camilla.dahl@nav.no", "32220150"),
                 project=("Inn på arbeidsmarkedet", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": None, "other": None, "total": 488000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Stig Amundsen", "NAV-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Eva Kristoffersen", "Rådmann", "2020-01-29", "handwritten")],
                 notes=["2019 form reused: 'Søknaden gjelder år 2020', start and signatures in January 2020; "
                        "a clerk checks it against the 2020 announcement (deadline 1 Feb 2020), so no "
                        "SIGNED_AFTER_DEADLINE; 80 % at exactly the 488 000 cap"])


# ------------------------------------------------------------------ e12 (defect)
def e12(out):
    """Over the cap: "2 x 50 %" with NOK 320 000 per position (640 000 for 100 %)."""
    org = orgnr(97460530)
    d = _doc()
    d.add_heading("Nav Asker – søknad om tilskudd til sosiale tjenester 2020", level=1)
    _table(d, [("Søker", "Nav Asker"), ("Kommune", "Asker"), ("Organisasjonsnummer", spaced(org)),
               ("Kontaktperson", "Nina Berge, nina.berge@nav.no, 66 90 55 10"),
               ("Prosjekt", "Jobbklar Asker"), ("Prosjektstatus", "Nytt prosjekt"), ("Oppstart", "01.04.2020"),
               ("Stillinger", "2 x 50 % arbeidsveiledere"),
               ("Lønn og sosiale kostnader", "NOK 320 000 per stilling, til sammen NOK 640 000"),
               ("Kompetanse", "NOK 0"), ("Omsøkt totalt", "NOK 640 000"),
               ("Prioritert område", "Bruk av ordinært arbeidsliv"),
               ("Nettverk / klynge", "Ja"), ("Prosessevaluering", "Nei")])
    d.add_paragraph()
    st = d.add_table(rows=1, cols=2)
    _sig_cell(st.cell(0, 0), 1201, "Kjell Moe", "Nav-leder", "24.01.2020")
    _sig_cell(st.cell(0, 1), 1202, "Lene Hovda", "Kommunedirektør", "27.01.2020")
    _save(d, out)
    return truth("e12", "docx", "defect", lang="nb", scheme=S20,
                 office=("Nav Asker", "Asker", org), contact=("Nina Berge", "nina.berge@nav.no", "66905510"),
                 project=("Jobbklar Asker", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 640000, "competence": 0, "other": None, "total": 640000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kjell Moe", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Lene Hovda", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["2 x 50 % = 100 %: cap 610 000 < 640 000"])


# ------------------------------------------------------------------ e14 (defect)
def e14(out):
    """Start date missing ("snarest etter tilsagn"); the contact person only in the footer."""
    org = orgnr(96450880)
    d = _doc()
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = ("Kontaktperson: Vibeke Nes  •  tlf. 712 44 316  •  vibeke.nes@nav.no  •  "
                                     "Nav Kristiansund, Kaibakken 1")
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020", level=1)
    _table(d, [("Nav-kontor", "Nav Kristiansund"), ("Kommune", "Kristiansund"), ("Org.nr.", spaced(org)),
               ("Prosjektnavn", "Ungdomslosen"), ("Nytt / videreføring", "Nytt"),
               ("Oppstart", "Snarest etter tilsagn"), ("Stilling", "Ungdomslos, 100 %"),
               ("Lønn og sosiale kostnader", "kr 590 000"), ("Kompetanse", "kr 10 000"),
               ("Sum", "kr 600 000")])
    d.add_paragraph("Prioriterte områder: ☐ Bruk av ordinært arbeidsliv  ☒ Oppfølging av barnefamilier, "
                    "ungdom og innvandrere  ☐ Sikring av sårbare overganger")
    d.add_paragraph("Nettverk/klyngesamarbeid: Ja.  Ekstern prosessevaluering: Ja.")
    st = d.add_table(rows=1, cols=2)
    _sig_cell(st.cell(0, 0), 1401, "Petter Lervik", "Nav-leder", "23.01.2020")
    _sig_cell(st.cell(0, 1), 1402, "Tone Ohr", "Kommunalsjef", "24.01.2020")
    _save(d, out)
    return truth("e14", "docx", "defect", lang="nb", scheme=S20,
                 office=("Nav Kristiansund", "Kristiansund", org),
                 contact=("Vibeke Nes", "vibeke.nes@nav.no", "71244316"),
                 project=("Ungdomslosen", "new", None), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Petter Lervik", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Tone Ohr", "Kommunalsjef", "2020-01-24", "handwritten")],
                 expected=["START_DATE_MISSING"],
                 notes=["'Snarest etter tilsagn' is no date: START_DATE_MISSING",
                        "contact person, phone and e-mail only in the page footer"])


# ------------------------------------------------------------------ e16 (bad input)
def e16(out):
    """A .docx damaged in transfer: the zip directory is intact, word/document.xml is stored
    uncompressed and a block of its bytes is overwritten (CRC mismatch, broken XML)."""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.docx"
        d = _doc()
        d.add_heading("Søknad om tilskudd 2020 – Nav Hitra", level=1)
        _table(d, [("Nav-kontor", "Nav Hitra"), ("Prosjektnavn", "Los i arbeid"), ("Beløp", "610 000")])
        d.save(str(src))
        with zipfile.ZipFile(src) as z:
            items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
        with zipfile.ZipFile(out, "w") as z:
            for name, data in items:
                zi = zipfile.ZipInfo(name, date_time=(2020, 1, 28, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_STORED if name == "word/document.xml" else zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    raw = bytearray(Path(out).read_bytes())
    start = raw.find(b"<w:body>")
    for i in range(start, start + 600):
        raw[i] = (raw[i] * 7 + 13) % 256
    Path(out).write_bytes(bytes(raw))
    return truth("e16", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["docx damaged in transfer: zip directory intact, document.xml "
                                            "bytes overwritten (CRC mismatch)"])
