"""Word builders (k01-k05) with the truth of each document written by hand next to it."""
from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit11 import W14_NS, W_NS, ink_png, normalize_zip  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
NS = f'xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"'


def _doc(font="Calibri") -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    return d


def _pagebreak(d) -> None:
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table(d, rows, widths=None, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
            if widths:
                t.cell(r, c).width = widths[c]
    return t


def _save(d, out: Path) -> None:
    d.core_properties.author = "Nav"
    d.save(str(out))
    normalize_zip(out)


# ---------------------------------------------------------------- k01
def k01(out: Path) -> dict:
    """docx-form, Nynorsk throughout: the municipality's cover letter in front, the form as a
    two-column table with several positions, signatures side by side with "Stad/dato", a CV behind."""
    d = _doc("Cambria")
    d.add_paragraph("SUNNFJORD KOMMUNE").runs[0].bold = True
    d.add_paragraph("Kommunedirektøren")
    d.add_paragraph("Statsforvaltaren i Vestland\nPostboks 7310\n5020 Bergen")
    d.add_paragraph("Vår ref.: 2020/311-2\t\tFørde, 27. januar 2020")
    d.add_paragraph("Oversending av søknad om tilskot – Nav Sunnfjord").runs[0].bold = True
    d.add_paragraph("Vedlagt følgjer søknaden frå Nav Sunnfjord om tilskot til utvikling av sosiale "
                    "tenester i Nav for 2020. Kommunen stiller seg bak prosjektet, som er drøfta i "
                    "leiargruppa 14. januar 2020. Vedlegg: søknadsskjema og CV for prosjektleiar.")
    d.add_paragraph("Med helsing\nArve Hjelmeland\nkommunedirektør")
    _pagebreak(d)
    d.add_heading("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    d.add_paragraph("Søknadsfrist 1. februar 2020. Skjemaet vert sendt til Statsforvaltaren.")
    _table(d, [
        ["Søkjar (Nav-kontor)", "NAV Sunnfjord"],
        ["Kommune", "Sunnfjord"],
        ["Organisasjonsnummer", "987 789 328"],
        ["Kontaktperson i prosjektet", "Ingebjørg Hauge"],
        ["E-post", "ingebjorg.hauge@nav.no"],
        ["Telefon", "57 61 23 45"],
        ["Namnet på prosjektet", "Ungdomsloset Sunnfjord"],
        ["Nytt prosjekt eller vidareføring", "☒ Nytt prosjekt    ☐ Vidareføring"],
        ["Planlagd oppstart", "1. august 2020"],
    ], widths=[Cm(6), Cm(10)])
    d.add_paragraph()
    d.add_paragraph("Stillingar det vert søkt om").runs[0].bold = True
    _table(d, [
        ["Stilling", "Stillingsprosent", "Løn og sosiale kostnader (kr)"],
        ["Ungdomsrettleiar", "100 %", "610 000"],
        ["Jobbspesialist", "50 %", "300 000"],
        ["Sum stillingar", "150 %", "910 000"],
    ])
    d.add_paragraph()
    _table(d, [
        ["Kompetansemidlar (kr)", "10 000"],
        ["Samla søknadssum (kr)", "920 000"],
    ], widths=[Cm(6), Cm(10)])
    d.add_paragraph()
    d.add_paragraph("Kva for prioriterte område svarar prosjektet på?").runs[0].bold = True
    d.add_paragraph("☒ Bruk av ordinært arbeidsliv\n☒ Oppfølging av barnefamiliar, ungdom og innvandrarar\n"
                    "☐ Sikring av sårbare overgangar")
    d.add_paragraph("Ønskjer kontoret å delta i nettverk/klyngesamarbeid?   ☒ Ja   ☐ Nei")
    d.add_paragraph("Ønskjer kontoret ekstern prosessevaluering?   ☐ Ja   ☒ Nei")
    d.add_paragraph("Underskrifter").runs[0].bold = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Stad/dato: Førde, 24. januar 2020"
    t.cell(0, 1).text = "Stad/dato: Førde, 27. januar 2020"
    t.cell(1, 0).paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(101)), width=Cm(4))
    t.cell(1, 1).paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(102)), width=Cm(4))
    t.cell(2, 0).text = "Kari Solheim"
    t.cell(2, 1).text = "Arve Hjelmeland"
    t.cell(3, 0).text = "Nav-leiar"
    t.cell(3, 1).text = "Kommunedirektør"
    _pagebreak(d)
    d.add_heading("Vedlegg 2: CV – Ingebjørg Hauge", level=2)
    d.add_paragraph("Fødd 1981. Sosionom (Høgskulen i Sogn og Fjordane, 2006).\n"
                    "2006–2012: sakshandsamar, Nav Førde.\n2012–: rettleiar, Nav Sunnfjord.\n"
                    "Telefon privat: 913 44 210.")
    _save(d, out)
    return truth("k01", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", "987789328"),
                 contact=("Ingebjørg Hauge", "ingebjorg.hauge@nav.no", "57612345"),
                 project=("Ungdomsloset Sunnfjord", "new", "2020-08-01"), pct=150,
                 amounts={"positions": 910000, "competence": 10000, "other": None, "total": 920000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Solheim", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Arve Hjelmeland", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["Cover letter signed with a typed name by the same kommunedirektør: not a "
                        "signature of the application (the form's own block has ink)."])


# ---------------------------------------------------------------- k02
def k02(out: Path) -> dict:
    """docx-form, Bokmål: labels in one row and answers in the row below, "(X)" ticks, stacked
    signatures with the title before the name; minutes of a meeting behind. Defect: the contact
    person has neither e-mail nor phone (CONTACT_MISSING)."""
    d = _doc("Arial")
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2020", level=1)
    rows = [
        ("Søker (NAV-kontor)", "NAV Ringsaker"), ("Kommune", "Ringsaker"),
        ("Org.nr.", "979217420"), ("Kontaktperson", "Per Olav Rud"),
        ("E-postadresse", ""), ("Telefonnummer", ""),
        ("Prosjektets navn", "«Arbeid i sentrum»"),
        ("Type prosjekt", "(X) Nytt prosjekt   ( ) Videreføring"),
        ("Ønsket oppstartsdato", "01.04.2020"),
        ("Omsøkt stilling og stillingsprosent", "Jobbveileder, 80 % stilling"),
        ("Lønn og sosiale utgifter", "kr 488 000,-"),
        ("Kompetansemidler", "kr 0,-"),
        ("Totalt omsøkt beløp", "kr 488 000,-"),
    ]
    t = d.add_table(rows=len(rows) * 2, cols=1)
    t.style = "Table Grid"
    for i, (lab, val) in enumerate(rows):
        c = t.cell(2 * i, 0)
        c.text = lab
        c.paragraphs[0].runs[0].bold = True
        t.cell(2 * i + 1, 0).text = val
    d.add_paragraph()
    d.add_paragraph("Satsingsområder (sett kryss)").runs[0].bold = True
    d.add_paragraph("(X) Bruk av ordinært arbeidsliv\n( ) Oppfølging av barnefamilier, ungdom og innvandrere\n"
                    "( ) Sikring av sårbare overganger")
    d.add_paragraph("Interessert i nettverk/klyngesamarbeid:  (X) Ja  ( ) Nei")
    d.add_paragraph("Interessert i ekstern prosessevaluering:  (X) Ja  ( ) Nei")
    d.add_paragraph("Signaturer").runs[0].bold = True
    d.add_paragraph("Brumunddal, 21.01.2020")
    d.add_paragraph("Nav-leder Hanne Bakke")
    d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(201)), width=Cm(4))
    d.add_paragraph("Brumunddal, 23.01.2020")
    d.add_paragraph("Kommunalsjef Tor Inge Moen")
    d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(202)), width=Cm(4))
    _pagebreak(d)
    d.add_heading("Vedlegg: Referat fra møte i styringsgruppen 9. januar 2020", level=2)
    d.add_paragraph("Til stede: Hanne Bakke (Nav-leder), Tor Inge Moen (kommunalsjef), Siri Holm "
                    "(tillitsvalgt), e-post siri.holm@ringsaker.kommune.no, tlf. 62 33 50 00.")
    d.add_paragraph("Sak 1/20: Styringsgruppen slutter seg til at Nav Ringsaker søker om tilskudd til "
                    "én stilling. Vedtak: enstemmig.")
    _save(d, out)
    return truth("k02", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", "979217420"),
                 contact=("Per Olav Rud", None, None),
                 project=("Arbeid i sentrum", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 0, "other": None, "total": 488000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Hanne Bakke", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Tor Inge Moen", "Kommunalsjef", "2020-01-23", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["Planted: e-mail and phone answers empty; the minutes behind carry another "
                        "person's e-mail and phone, which are not the contact's.",
                        "Competence written as 'kr 0,-': truth 0 (stated)."])


# ---------------------------------------------------------------- k03
def _sdt_run(alias: str, value: str, placeholder=False) -> str:
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    txt = "Klikk eller trykk her for å skrive inn tekst." if placeholder else value
    return (f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>{ph}</w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{txt}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_check(alias: str, checked: bool) -> str:
    g = "2612" if checked else "2610"
    ch = "☒" if checked else "☐"
    return (f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{alias}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{ch}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>')


def _cell_xml(cell, *parts: str) -> None:
    """Fill a cell's first paragraph with plain text and raw sdt XML parts ("text:" prefix = run)."""
    p = cell.paragraphs[0]
    for part in parts:
        if part.startswith("text:"):
            p.add_run(part[5:])
        else:
            p._p.append(parse_xml(part))


def k03(out: Path) -> dict:
    """docx-controls, Nynorsk: continuation (year 2) with last year's granted figures beside this
    year's in a comparison table, content controls for every answer, an unfilled control showing
    its placeholder, w14 check boxes, and an electronic approval table."""
    d = _doc("Calibri")
    d.add_heading("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020", level=1)
    t = d.add_table(rows=8, cols=2)
    t.style = "Table Grid"
    spec = [("Nav-kontor", _sdt_run("kontor", "Nav Voss")),
            ("Kommune", _sdt_run("kommune", "Voss")),
            ("Organisasjonsnummer", _sdt_run("orgnr", "980967921")),
            ("Kontaktperson", _sdt_run("kontakt", "Marit Lægreid")),
            ("E-post / telefon", _sdt_run("epost", "marit.laegreid@nav.no") + "\x00" + _sdt_run("tlf", "93 20 41 77")),
            ("Prosjekttittel", _sdt_run("tittel", "Vegen vidare – Voss")),
            ("Oppstart", _sdt_run("oppstart", "01.01.2020")),
            ("Anna informasjon", _sdt_run("anna", "", placeholder=True))]
    for i, (lab, xml) in enumerate(spec):
        t.cell(i, 0).text = lab
        parts = xml.split("\x00")
        if len(parts) == 2:
            _cell_xml(t.cell(i, 1), parts[0], "text: / ", parts[1])
        else:
            _cell_xml(t.cell(i, 1), parts[0])
    d.add_paragraph()
    p = d.add_paragraph("Type prosjekt: ")
    p._p.append(parse_xml(_sdt_check("nytt", False)))
    p.add_run(" Nytt prosjekt   ")
    p._p.append(parse_xml(_sdt_check("vidare", True)))
    p.add_run(" Vidareføring (2. året)")
    d.add_paragraph("Budsjett – tildelt i fjor og søkt i år").runs[0].bold = True
    b = d.add_table(rows=5, cols=3)
    b.style = "Table Grid"
    for r, row in enumerate([("Post", "Tildelt 2019", "Søkt 2020"),
                             ("Stilling 100 % (løn og sosiale kostnader)", "580 000", None),
                             ("Kompetansemidlar", "10 000", None),
                             ("Sum", "590 000", None),
                             ("Stillingsprosent", "100 %", None)]):
        for c, v in enumerate(row):
            if v is not None:
                b.cell(r, c).text = v
    _cell_xml(b.cell(1, 2), _sdt_run("lon2020", "600 000"))
    _cell_xml(b.cell(2, 2), _sdt_run("komp2020", "10 000"))
    _cell_xml(b.cell(3, 2), _sdt_run("sum2020", "610 000"))
    _cell_xml(b.cell(4, 2), _sdt_run("pst2020", "100 %"))
    d.add_paragraph()
    d.add_paragraph("Prioriterte område").runs[0].bold = True
    for key, lab, on in [("p1", "Bruk av ordinært arbeidsliv", False),
                         ("p2", "Oppfølging av barnefamiliar, ungdom og innvandrarar", False),
                         ("p3", "Sikring av sårbare overgangar", True)]:
        p = d.add_paragraph()
        p._p.append(parse_xml(_sdt_check(key, on)))
        p.add_run(" " + lab)
    p = d.add_paragraph("Interesse for nettverk/klyngesamarbeid: ")
    p._p.append(parse_xml(_sdt_check("nett_ja", True)))
    p.add_run(" Ja  ")
    p._p.append(parse_xml(_sdt_check("nett_nei", False)))
    p.add_run(" Nei")
    p = d.add_paragraph("Interesse for ekstern prosessevaluering: ")
    p._p.append(parse_xml(_sdt_check("eval_ja", False)))
    p.add_run(" Ja  ")
    p._p.append(parse_xml(_sdt_check("eval_nei", True)))
    p.add_run(" Nei")
    d.add_paragraph("Godkjenning").runs[0].bold = True
    d.add_paragraph("Dokumentet er godkjent elektronisk og har difor ikkje handskrivne signaturar.")
    _table(d, [["Rolle", "Namn", "Dato"],
               ["Nav-leiar", "Sigrid Nes", "20.01.2020"],
               ["Kommunalsjef", "Olav Tveit", "22.01.2020"]])
    _save(d, out)
    return truth("k03", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss", "980967921"),
                 contact=("Marit Lægreid", "marit.laegreid@nav.no", "93204177"),
                 project=("Vegen vidare – Voss", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Sigrid Nes", "Nav-leiar", "2020-01-20", "electronic_approval"),
                       ("municipality", "Olav Tveit", "Kommunalsjef", "2020-01-22", "electronic_approval")],
                 notes=["Last year's column (580 000 / 10 000 / 590 000) must not be read as this year's."
                        ])


# ---------------------------------------------------------------- k04
def _ff_text(name: str, value: str) -> str:
    r = f'<w:r {NS}>'
    return (f'{r}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            f'{r}<w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'{r}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r}<w:t xml:space="preserve">{value}</w:t></w:r>'
            f'{r}<w:fldChar w:fldCharType="end"/></w:r>')


def _ff_check(name: str, checked: bool) -> str:
    r = f'<w:r {NS}>'
    ck = "<w:checked/>" if checked else ""
    return (f'{r}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{ck}</w:checkBox>'
            f'</w:ffData></w:fldChar></w:r>{r}<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText>'
            f'</w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')


def _ff_par(d, label: str, *xml: str):
    p = d.add_paragraph(label)
    for x in xml:
        if x.startswith("text:"):
            p.add_run(x[5:])
            continue
        for el in parse_xml(f"<w:body {NS}>{x}</w:body>"):
            p._p.append(el)
    return p


def k04(out: Path) -> dict:
    """docx-legacy-fields, Bokmål: numbered sections 1.1, 1.2 ... with FORMTEXT fields after the
    label in the same paragraph, two positions on separate lines, FORMCHECKBOX ticks, ink images
    above printed names. Defect: the organisation number fails MOD11 (ORG_NUMBER_INVALID)."""
    d = _doc("Times New Roman")
    d.add_heading("Søknadsskjema 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", level=1)
    d.add_paragraph("1. Opplysninger om søker").runs[0].bold = True
    _ff_par(d, "1.1 Nav-kontorets navn: ", _ff_text("kontor", "Nav Hamar"))
    _ff_par(d, "1.2 Kommune: ", _ff_text("kommune", "Hamar"))
    _ff_par(d, "1.3 Organisasjonsnummer: ", _ff_text("orgnr", "947 017 463"))
    _ff_par(d, "1.4 Kontaktperson: ", _ff_text("kontakt", "Lise Kvam"))
    _ff_par(d, "1.5 E-post: ", _ff_text("epost", "Lise.Kvam@nav.no"))
    _ff_par(d, "1.6 Mobil: ", _ff_text("tlf", "+47 482 19 305"))
    d.add_paragraph("2. Om prosjektet").runs[0].bold = True
    _ff_par(d, "2.1 Prosjektets tittel: ", _ff_text("tittel", "Inkluderingsløftet Hamar"))
    _ff_par(d, "2.2 ", _ff_check("nytt", True), "text: Nytt prosjekt   ", _ff_check("vf", False), "text: Videreføring")
    _ff_par(d, "2.3 Prosjektstart: ", _ff_text("start", "1. mars 2020"))
    d.add_paragraph("3. Stillinger og budsjett").runs[0].bold = True
    _ff_par(d, "3.1 Stilling 1: ", _ff_text("st1", "Veileder"), "text:  – ", _ff_text("p1", "60 %"),
            "text:  – kr ", _ff_text("b1", "366 000"))
    _ff_par(d, "3.2 Stilling 2: ", _ff_text("st2", "Miljøarbeider"), "text:  – ", _ff_text("p2", "40 %"),
            "text:  – kr ", _ff_text("b2", "244 000"))
    _ff_par(d, "3.3 Sum lønn og sosiale utgifter: kr ", _ff_text("bsum", "610 000"))
    _ff_par(d, "3.4 Kompetansemidler: kr ", _ff_text("komp", "5 000"))
    _ff_par(d, "3.5 Sum omsøkt: kr ", _ff_text("total", "615 000"))
    d.add_paragraph("4. Prioriterte områder").runs[0].bold = True
    _ff_par(d, "", _ff_check("pa", False), "text:  Bruk av ordinært arbeidsliv")
    _ff_par(d, "", _ff_check("pb", True), "text:  Oppfølging av barnefamilier, ungdom og innvandrere")
    _ff_par(d, "", _ff_check("pc", True), "text:  Sikring av sårbare overganger")
    _ff_par(d, "5. Ønsker å delta i nettverk/klyngesamarbeid: ", _ff_check("nj", True), "text:  Ja  ",
            _ff_check("nn", False), "text:  Nei")
    _ff_par(d, "6. Ønsker ekstern prosessevaluering: ", _ff_check("ej", True), "text:  Ja  ",
            _ff_check("en", False), "text:  Nei")
    d.add_paragraph("7. Underskrift").runs[0].bold = True
    _ff_par(d, "Dato: ", _ff_text("d1", "22.01.2020"))
    d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(401)), width=Cm(4))
    d.add_paragraph("Ole Kristian Berg, leder Nav Hamar")
    _ff_par(d, "Dato: ", _ff_text("d2", "24.01.2020"))
    d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(402)), width=Cm(4))
    d.add_paragraph("Gro Anita Strand, kommunedirektør")
    _save(d, out)
    return truth("k04", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Hamar", "Hamar", "947017463"),
                 contact=("Lise Kvam", "lise.kvam@nav.no", "48219305"),
                 project=("Inkluderingsløftet Hamar", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 5000, "other": None, "total": 615000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ole Kristian Berg", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Gro Anita Strand", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["Planted: 947 017 463 fails MOD11 (947017462 would pass).",
                        "Two position lines 60 % + 40 % = 100 %, 366 000 + 244 000 = 610 000 (at cap)."])


# ---------------------------------------------------------------- k05
def k05(out: Path) -> dict:
    """docx-letter, Nynorsk throughout: dates written in words, two positions ("to stillingar"),
    own funding in prose, budget table, signatures alone on the last page with ink."""
    d = _doc("Georgia")
    d.add_paragraph("Nav Sogndal\nPostboks 54, 6851 Sogndal\nOrg.nr. 908 100 336")
    d.add_paragraph("Statsforvaltaren i Vestland")
    d.add_paragraph("Sogndal, tjuesjuande januar 2020")
    d.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Frå soning til "
                    "arbeid»").runs[0].bold = True
    d.add_paragraph("Nav Sogndal søkjer med dette om tilskot til to stillingar i prosjektet «Frå soning "
                    "til arbeid». Prosjektet er nytt og skal starte første april 2020. Målgruppa er "
                    "personar som kjem ut frå fengsel, og prosjektet skal sikre ein trygg overgang til "
                    "bustad, inntekt og arbeid. Vi vil bruke ordinært arbeidsliv aktivt gjennom avtalar "
                    "med lokale verksemder.")
    d.add_paragraph("Kontaktperson er prosjektleiar Eirik Nesheim, e-post eirik.nesheim@nav.no, "
                    "telefon 480 11 922.")
    d.add_paragraph("Budsjett for 2020").runs[0].bold = True
    _table(d, [["Post", "Kroner"],
               ["Løn og sosiale kostnader, to stillingar (200 %)", "1 200 000"],
               ["Kompetansemidlar", "10 000"],
               ["Sum søkt tilskot", "1 210 000"]])
    d.add_paragraph("Kommunen legg i tillegg inn ein eigendel på 300 000 kroner til kontorplass og "
                    "rettleiing. Vi er interesserte i å vere med i nettverk/klyngesamarbeid, og vi "
                    "ønskjer òg ekstern prosessevaluering.")
    d.add_paragraph("Vedlegg: prosjektplan (side 3).")
    _pagebreak(d)
    d.add_paragraph("Underskrifter").runs[0].bold = True
    d.add_paragraph("Sogndal, tjuesjuande januar 2020")
    d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(501)), width=Cm(4))
    d.add_paragraph("Randi Fosse\nNav-leiar")
    d.add_paragraph("Sogndal, tjueåttande januar 2020")
    d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(502)), width=Cm(4))
    d.add_paragraph("Jon Arne Lunde\nkommunedirektør i Sogndal kommune")
    _pagebreak(d)
    d.add_heading("Vedlegg: Prosjektplan", level=2)
    d.add_paragraph("Prosjektgruppe: Randi Fosse (leiar), Eirik Nesheim, Kriminalomsorgen Vest. "
                    "Samla kostnad over tre år: 3 900 000 kroner.")
    _save(d, out)
    return truth("k05", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Sogndal", "Sogndal", "908100336"),
                 contact=("Eirik Nesheim", "eirik.nesheim@nav.no", "48011922"),
                 project=("Frå soning til arbeid", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 own_funding=300000,
                 prio=["saarbare-overganger", "ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Randi Fosse", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Jon Arne Lunde", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["Dates in words: 'tjuesjuande januar 2020' = 2020-01-27, 'første april 2020' = 2020-04-01.",
                        "The project plan's three-year total (3 900 000) is not the amount applied for."])


def k09_source(out: Path) -> None:
    """The Word source of k09 (pdf-from-office): Nynorsk form in a three-column grid
    (number, question, answer); Nav leader's ink on the last page, municipality block left empty."""
    d = _doc("Liberation Sans")
    d.add_heading("Søknad om tilskot 2020 – sosiale tenester i Nav", level=1)
    _table(d, [
        ["Nr.", "Spørsmål", "Svar"],
        ["1", "Kva Nav-kontor søkjer?", "NAV Stord"],
        ["2", "Vertskommune", "Stord"],
        ["3", "Organisasjonsnummer", "907 579 387"],
        ["4", "Kontaktperson (namn, e-post, telefon)", "Torunn Eide, torunn.eide@nav.no, 99 12 34 56"],
        ["5", "Prosjektnamn", "Aktiv kvardag"],
        ["6", "Nytt eller vidareført prosjekt?", "Nytt"],
        ["7", "Når startar prosjektet?", "1. juni 2020"],
        ["8", "Stilling(ar) og stillingsprosent", "Ei stilling, 100 %"],
        ["9", "Løn og sosiale kostnader", "575 000 kr"],
        ["10", "Kompetansemidlar", "10 000 kr"],
        ["11", "Samla beløp det vert søkt om", "585 000 kr"],
        ["12", "Prioriterte område (kryss av)", "[x] Bruk av ordinært arbeidsliv\n[ ] Oppfølging av barnefamiliar, "
                                                "ungdom og innvandrarar\n[ ] Sikring av sårbare overgangar"],
        ["13", "Nettverk/klyngesamarbeid?", "Ja"],
        ["14", "Ekstern prosessevaluering?", "Nei"],
    ])
    _pagebreak(d)
    d.add_paragraph("Stadfesting og underskrift").runs[0].bold = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Nav-leiar"
    t.cell(0, 1).text = "Kommuneleiinga (kommunedirektør/kommunalsjef)"
    t.cell(1, 0).paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(901)), width=Cm(4))
    t.cell(2, 0).text = "Namn: Bjørn Tysnes"
    t.cell(2, 1).text = "Namn:"
    t.cell(3, 0).text = "Stad og dato: Leirvik, 23.01.2020"
    t.cell(3, 1).text = "Stad og dato:"
    _save(d, out)
