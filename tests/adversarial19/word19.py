"""Word builders (u01-u06, u10/u11 sources, u14) with their hand-written truth."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit19 import fix_docx_props, ink_png, normalise_zip, orgnr, soffice_pdf  # noqa: E402

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
S20 = "nav-sosiale-tjenester-2020"


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    fix_docx_props(d)
    return d


def save(d, out: Path):
    d.save(out)
    normalise_zip(out)


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def label_above(cell, label, answer, size=8):
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    p2 = cell.add_paragraph()
    p2.add_run(answer).font.size = Pt(11)


def ink(cell_or_par, seed, width=Cm(4.5)):
    p = cell_or_par.add_paragraph() if hasattr(cell_or_par, "add_paragraph") else cell_or_par
    p.add_run().add_picture(io.BytesIO(ink_png(seed)), width=width)
    return p


def sdt_run(tag, text, placeholder=False):
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date_run(tag, text, iso):
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
        f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/>'
        f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_check(tag, checked):
    g = "2612" if checked else "2610"
    ch = "\u2612" if checked else "\u2610"
    return parse_xml(
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox>'
        f'<w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


# ---------------------------------------------------------------- u01
def u01(out: Path):
    """docx-form, nb: two-column form with small labels ABOVE the answers in each cell; three
    positions 60 % + 40 % + 20 % each exactly at its cap; competence exactly 10 000; org number as
    "NO 942 194 897 MVA"; ticks as "✓" after the option; ink side by side with "Sted/dato"."""
    org = orgnr(0)
    d = new_doc()
    d.add_paragraph().add_run("Arbeids- og velferdsdirektoratet").font.size = Pt(9)
    h = d.add_paragraph()
    r = h.add_run("SØKNADSSKJEMA 2020\nTilskudd til utvikling av sosiale tjenester i Nav-kontoret")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Søknaden sendes Statsforvalteren i Innlandet innen 1. februar 2020.").runs[0].font.size = Pt(9)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    cells = [
        ("Søkende Nav-kontor", "NAV Gjøvik"), ("Kommune", "Gjøvik"),
        ("Foretaksregisternummer", f"NO {org[:3]} {org[3:6]} {org[6:]} MVA"), ("Prosjektleder / kontaktperson", "Hilde Sørbø, rådgiver"),
        ("E-postadresse", "Hilde.Sorbo@nav.no"), ("Mobilnummer", "+47 915 22 364"),
        ("Prosjektets navn", "Jobbspor for unge voksne"), ("Planlagt oppstart", "01.09.2020"),
        ("Type søknad", "Nytt prosjekt: ✓     Videreføring: –"), ("Søknadsår", "2020"),
    ]
    for i, (lab, ans) in enumerate(cells):
        label_above(t.cell(i // 2, i % 2), lab, ans)
    d.add_paragraph()
    d.add_paragraph().add_run("Stillinger og budsjett").bold = True
    b = d.add_table(rows=1, cols=3)
    b.style = "Table Grid"
    for c, s in zip(b.rows[0].cells, ("Stilling", "Andel", "Lønn og sosiale kostnader")):
        c.text = s
        shade(c)
    for row in (("Jobbspesialist", "60 %", "366 000"), ("Familiekoordinator", "40 %", "244 000"),
                ("Prosjektkoordinator", "20 %", "122 000"), ("Sum stillinger", "120 %", "732 000"),
                ("Prosjektspesifikk kompetanse (evaluering)", "", "10 000"),
                ("Totalt omsøkt beløp", "", "742 000")):
        cs = b.add_row().cells
        for c, s in zip(cs, row):
            c.text = s
        cs[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    d.add_paragraph().add_run("Hvilke prioriterte områder retter prosjektet seg mot?").bold = True
    for s in ("Bruk av ordinært arbeidsliv: ✓", "Oppfølging av barnefamilier, ungdom og innvandrere: –",
              "Sikring av sårbare overganger: ✓"):
        d.add_paragraph(s)
    d.add_paragraph().add_run("Kort beskrivelse").bold = True
    d.add_paragraph("Vi utvikler en ny arbeidsform der jobbspesialist, familiekoordinator og lokale arbeidsgivere "
                    "følger unge voksne fra avsluttet opplæring og over i ordinært arbeid. Arbeidsformen skal "
                    "dokumenteres slik at andre kontor kan ta den i bruk.")
    d.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid med andre kontor?  Ja")
    d.add_paragraph("Ønsker kontoret ekstern prosessevaluering?  Nei")
    d.add_paragraph()
    d.add_paragraph().add_run("Underskrifter").bold = True
    s = d.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    for c, (place, seed, name, title) in zip(s.rows[0].cells, (
            ("Gjøvik, 27.01.2020", 101, "Ingrid Nes", "Leder, NAV Gjøvik"),
            ("Gjøvik, 29.01.2020", 102, "Per Arne Lund", "Kommunedirektør"))):
        c.paragraphs[0].add_run(f"Sted/dato: {place}").font.size = Pt(9)
        ink(c, seed)
        c.add_paragraph(name)
        c.add_paragraph(title).runs[0].font.size = Pt(9)
    save(d, out)
    return truth("u01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", org), contact=("Hilde Sørbø", "hilde.sorbo@nav.no", "91522364"),
                 project=("Jobbspor for unge voksne", "new", "2020-09-01"), pct=120,
                 amounts={"positions": 732000, "competence": 10000, "other": None, "total": 742000},
                 prio=("ordinaert-arbeidsliv", "saarbare-overganger"), interest=(True, False),
                 sigs=(("nav_leader", "Ingrid Nes", "Leder, NAV Gjøvik", "2020-01-27", "handwritten"),
                       ("municipality", "Per Arne Lund", "Kommunedirektør", "2020-01-29", "handwritten")),
                 notes=["60+40+20 % with 366 000 + 244 000 + 122 000 = 732 000 = exactly 610 000 x 1.2; "
                        "competence exactly 10 000: no cap finding"])


# ---------------------------------------------------------------- u02
def u02(out: Path):
    """docx-form, nn: one-column table, shaded label row, answer in the row BELOW; continuation in its
    THIRD year written in words; Nynorsk electronic approval dated on the deadline day."""
    org = orgnr(1)
    d = new_doc("Arial", 10)
    p = d.add_paragraph()
    r = p.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Til Statsforvaltaren i Møre og Romsdal. Søknadsfrist 1. februar 2020.")
    rows = [
        ("1. Nav-kontor som søkjer", "NAV Ørsta"),
        ("2. Kommune", "Ørsta kommune"),
        ("3. Organisasjonsnummer", org),
        ("4. Kontaktperson (namn, e-post, telefon)", "Solveig Hjelle – solveig.hjelle@nav.no – 958 40 217"),
        ("5. Namn på prosjektet", "«Saman vidare»"),
        ("6. Nytt prosjekt eller vidareføring?",
         "Vidareføring. Prosjektet fekk tilskot første gong for 2018, og 2020 blir det tredje året med tilskot."),
        ("7. Oppstart av prosjektet", "1. mars 2018"),
        ("8. Stillingar det blir søkt om", "Ei stilling som overgangskonsulent, 100 %"),
        ("9. Budsjett 2020",
         "Løn og sosiale kostnader: kr 598 000\nKompetansemidlar (prosessrettleiing): kr 10 000\nSum søkt tilskot: kr 608 000"),
        ("10. Prioriterte område (set kryss)",
         "[ ] Bruk av ordinært arbeidsliv\n[ ] Oppfølging av barnefamiliar, ungdom og innvandrarar\n[x] Sikring av sårbare overgangar"),
        ("11. Ønskjer de å vere med i nettverk/klyngesamarbeid?", "Ja"),
        ("12. Ønskjer de ekstern prosessevaluering?", "Ja"),
        ("13. Kort skildring",
         "Overgangskonsulenten følgjer ungdom som blir lauslatne frå fengsel eller skriv seg ut frå "
         "institusjon, og vi prøver ut ein ny samarbeidsavtale mellom Nav, kriminalomsorga og bustadkontoret."),
    ]
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for lab, ans in rows:
        c = t.add_row().cells[0]
        c.text = lab
        c.paragraphs[0].runs[0].bold = True
        shade(c, "E7E6E6")
        c2 = t.add_row().cells[0]
        lines = ans.split("\n")
        c2.text = lines[0]
        for ln in lines[1:]:
            c2.add_paragraph(ln)
    d.add_paragraph()
    d.add_paragraph().add_run("14. Underskrift").bold = True
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    d.add_paragraph("Godkjent av Marit Vik, Nav-leiar, 01.02.2020")
    d.add_paragraph("Godkjent av Olav Aarflot, kommunedirektør, 1. februar 2020")
    save(d, out)
    return truth("u02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", org), contact=("Solveig Hjelle", "solveig.hjelle@nav.no", "95840217"),
                 project=("Saman vidare", "continuation", "2018-03-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "other": None, "total": 608000},
                 prio=("saarbare-overganger",), interest=(True, True),
                 sigs=(("nav_leader", "Marit Vik", "Nav-leiar", "2020-02-01", "electronic_approval"),
                       ("municipality", "Olav Aarflot", "Kommunedirektør", "2020-02-01", "electronic_approval")),
                 notes=["third year of a continuation: no CONTINUATION_LIMIT", "approved on the deadline day: no SIGNED_AFTER_DEADLINE"])


# ---------------------------------------------------------------- u03
def u03(out: Path):
    """docx-controls, nb: run-level plain-text content controls after labels in a two-column table;
    100 % position at 610 001 (ONE krone over the cap); no competence line, total = positions;
    w14 check boxes; ink with printed names. Defect: AMOUNT_OVER_CAP."""
    org = orgnr(2)
    d = new_doc()
    d.add_paragraph().add_run("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret (2020)").bold = True
    d.add_paragraph("Fyll ut feltene. Frist 1. februar 2020.")
    fields = [("Navn på Nav-kontoret", "kontor", "Nav Ringsaker"), ("Kommune", "kommune", "Ringsaker"),
              ("Org.nr.", "orgnr", org), ("Kontaktperson", "kontakt", "Tormod Bakke"),
              ("E-post", "epost", "tormod.bakke@nav.no"), ("Telefon", "tlf", "62 33 41 90"),
              ("Prosjekttittel", "tittel", "Bolig og arbeid først"), ("Stillingsandel", "andel", "100 %"),
              ("Lønn og sosiale utgifter", "lonn", "kr 610 001"), ("Sum søknadsbeløp", "sum", "kr 610 001")]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, tag, val in fields:
        cs = t.add_row().cells
        cs[0].text = lab
        cs[1].paragraphs[0]._p.append(sdt_run(tag, val))
    cs = t.add_row().cells
    cs[0].text = "Oppstartsdato"
    cs[1].paragraphs[0]._p.append(sdt_date_run("start", "01.06.2020", "2020-06-01"))
    cs = t.add_row().cells
    cs[0].text = "Nytt prosjekt / videreføring"
    p = cs[1].paragraphs[0]
    p._p.append(sdt_check("ny", True))
    p.add_run(" Nytt prosjekt   ")
    p._p.append(sdt_check("videre", False))
    p.add_run(" Videreføring")
    d.add_paragraph()
    d.add_paragraph("Prioriterte områder:")
    for tag, lab, on in (("p1", "Bruk av ordinært arbeidsliv", True),
                         ("p2", "Oppfølging av barnefamilier, ungdom og innvandrere", False),
                         ("p3", "Sikring av sårbare overganger", True)):
        p = d.add_paragraph()
        p._p.append(sdt_check(tag, on))
        p.add_run(" " + lab)
    for lab, on in (("Interessert i nettverkssamarbeid", True), ("Interessert i ekstern prosessevaluering", True)):
        p = d.add_paragraph(lab + ": ")
        p._p.append(sdt_check(lab[:8], on))
        p.add_run(" Ja")
    d.add_paragraph("Prosjektet utvikler en ny modell for oppfølging av personer uten fast bolig, der boligkontakt og "
                    "jobbkonsulent arbeider i team mot ordinære arbeidsplasser.")
    for seed, role, name, date in ((201, "Nav-leder", "Gunn Elise Ruud", "24.01.2020"),
                                   (202, "Kommunedirektør", "Jan Erik Sveen", "28.01.2020")):
        d.add_paragraph(f"Dato: {date}")
        ink(d, seed)
        d.add_paragraph(f"{name}, {role}")
    save(d, out)
    return truth("u03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", org), contact=("Tormod Bakke", "tormod.bakke@nav.no", "62334190"),
                 project=("Bolig og arbeid først", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 610001, "competence": None, "other": None, "total": 610001},
                 prio=("ordinaert-arbeidsliv", "saarbare-overganger"), interest=(True, True),
                 sigs=(("nav_leader", "Gunn Elise Ruud", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Jan Erik Sveen", "Kommunedirektør", "2020-01-28", "handwritten")),
                 expected=["AMOUNT_OVER_CAP"], notes=["610 001 for 100 %: one krone over the cap"])


# ---------------------------------------------------------------- u04
def u04(out: Path):
    """docx-controls, nn: numbered headings with BLOCK-level content controls (sdt around a
    paragraph) under each; org number with spaces; 50 % at exactly 305 000; benign mentions of the
    0-24 programme (the municipality has no programme funds) and of capacity (the project is not only
    capacity); both signatures dated "01.02.20"."""
    org = orgnr(3)
    d = new_doc("Cambria", 11)
    d.add_heading("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020", level=1)

    def block(num, label, tag, text):
        d.add_heading(f"{num} {label}", level=3)
        body = d.element.body
        el = parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
            f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
        body.insert(len(body) - 1, el)

    block("1.1", "Nav-kontor", "kontor", "Nav Voss")
    block("1.2", "Kommune", "kommune", "Voss herad")
    block("1.3", "Organisasjonsnummer", "orgnr", f"{org[:3]} {org[3:6]} {org[6:]}")
    block("1.4", "Kontaktperson", "kontakt", "Ragnhild Lid")
    block("1.5", "E-post / telefon", "kontaktinfo", "ragnhild.lid@nav.no / 472 19 385")
    block("2.1", "Prosjektnamn", "tittel", "Språk og arbeid for vaksne innvandrarar")
    block("2.2", "Nytt eller vidareført prosjekt", "type", "Nytt prosjekt")
    block("2.3", "Planlagd oppstart", "start", "01.08.2020")
    block("2.4", "Skildring av prosjektet",
          "skildring",
          "Prosjektet skal utvikle ein ny arbeidsmåte der språkopplæring og arbeidspraksis i vanlege "
          "verksemder går føre seg parallelt. Det handlar ikkje berre om auka kapasitet: den halve stillinga "
          "skal prøve ut og dokumentere ein ny modell saman med vaksenopplæringa. Voss herad har ikkje "
          "programmidlar frå 0–24-samarbeidet, og målgruppa er vaksne over 25 år.")
    block("3.1", "Stilling(ar)", "stilling", "Jobbkonsulent, 50 %")
    block("3.2", "Løn og sosiale kostnader", "lonn", "305 000 kr")
    block("3.3", "Kompetansemidlar", "komp", "5 000 kr")
    block("3.4", "Sum søkt", "sum", "310 000 kr")
    d.add_heading("4 Prioriterte område", level=3)
    for tag, lab, on in (("p1", "Bruk av ordinært arbeidsliv", True),
                         ("p2", "Oppfølging av barnefamiliar, ungdom og innvandrarar", True),
                         ("p3", "Sikring av sårbare overgangar", False)):
        p = d.add_paragraph()
        p._p.append(sdt_check(tag, on))
        p.add_run(" " + lab)
    d.add_heading("5 Nettverk og evaluering", level=3)
    p = d.add_paragraph("Nettverk/klyngesamarbeid: ")
    p._p.append(sdt_check("nett", True))
    p = d.add_paragraph("Ekstern prosessevaluering: ")
    p._p.append(sdt_check("eval", False))
    d.add_heading("6 Underskrift", level=3)
    t = d.add_table(rows=2, cols=2)
    for c, (seed, txt) in zip(t.rows[0].cells, ((301, "Voss, 01.02.20"), (302, "Voss, 01.02.20"))):
        c.paragraphs[0].add_run(txt)
        ink(c, seed)
    t.cell(1, 0).text = "Kari Bjørke\nleiar Nav Voss"
    t.cell(1, 1).text = "Hans Ove Gjerme\nkommunedirektør"
    save(d, out)
    return truth("u04", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss", org), contact=("Ragnhild Lid", "ragnhild.lid@nav.no", "47219385"),
                 project=("Språk og arbeid for vaksne innvandrarar", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "other": None, "total": 310000},
                 prio=("ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"), interest=(True, False),
                 sigs=(("nav_leader", "Kari Bjørke", "Leiar Nav Voss", "2020-02-01", "handwritten"),
                       ("municipality", "Hans Ove Gjerme", "Kommunedirektør", "2020-02-01", "handwritten")),
                 notes=["benign mentions of 0-24 and capacity: no EXCLUDED_* warning",
                        "50 % at exactly 305 000", "'01.02.20' = deadline day"])


# ---------------------------------------------------------------- u05
def u05(out: Path):
    """docx-letter, nb: inter-municipal office (host Nord-Fron, three municipal leaders); second
    project year in words; priority areas argued in prose without their titles; typed names only."""
    org = orgnr(4)
    d = new_doc("Times New Roman", 12)
    for s in ("Nav Midt-Gudbrandsdal", "Postboks 40, 2641 Vinstra", f"Org.nr. {org}"):
        d.add_paragraph(s).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for s in ("Statsforvalteren i Innlandet", "Postboks 987", "2604 Lillehammer"):
        d.add_paragraph(s).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("Vinstra, 30. januar 2020").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – "
                              "«Ungdomsløftet Midt-Gudbrandsdal»").bold = True
    for t_ in (
        "Nav Midt-Gudbrandsdal er et interkommunalt Nav-kontor for Nord-Fron, Sør-Fron og Ringebu, med "
        "Nord-Fron som vertskommune. Vi søker med dette om videreføring av prosjektet «Ungdomsløftet "
        "Midt-Gudbrandsdal». Prosjektet startet 1. april 2019, og søknaden gjelder prosjektets andre år.",
        "Målgruppen er unge mellom 18 og 25 år som mottar økonomisk sosialhjelp, og foreldre i "
        "barnefamilier med lav inntekt. Vi vil skaffe praksisplasser og faste jobber hos vanlige "
        "arbeidsgivere i regionen, og veilederne skal følge opp både den unge og arbeidsgiveren på "
        "arbeidsplassen.",
        "Vi søker om to hele stillinger som ungdomsveiledere og om midler til en ekstern evaluering. Vi er "
        "interessert i å delta i nettverkssamarbeid med andre kontor, men ønsker ikke ekstern "
        "prosessevaluering fra direktoratet fordi evalueringen er planlagt lokalt.",
    ):
        d.add_paragraph(t_)
    b = d.add_table(rows=0, cols=2)
    b.style = "Light List"
    for a, c in (("Kostnad", "Beløp (kr)"), ("Lønn og sosiale kostnader, 2 x 100 % stilling", "1 180 000"),
                 ("Kompetanse: ekstern evaluering", "8 000"), ("Sum", "1 188 000")):
        cs = b.add_row().cells
        cs[0].text, cs[1].text = a, c
        cs[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    d.add_paragraph("Kontaktperson er prosjektleder Jonas Kvarme, tlf. 481 23 456, e-post jonas.kvarme@nav.no.")
    d.add_paragraph("Med vennlig hilsen")
    t = d.add_table(rows=2, cols=2)
    for i, (n, tt) in enumerate((("Randi Bakken", "leder Nav Midt-Gudbrandsdal"), ("Knut Haugen", "kommunedirektør Nord-Fron"),
                                 ("Eli Ringen", "kommunedirektør Sør-Fron"), ("Trond Moen", "kommunedirektør Ringebu"))):
        c = t.cell(i // 2, i % 2)
        c.text = n
        c.add_paragraph(tt)
    save(d, out)
    return truth("u05", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Midt-Gudbrandsdal", "Nord-Fron", org), contact=("Jonas Kvarme", "jonas.kvarme@nav.no", "48123456"),
                 project=("Ungdomsløftet Midt-Gudbrandsdal", "continuation", "2019-04-01"), pct=200,
                 amounts={"positions": 1180000, "competence": 8000, "other": None, "total": 1188000},
                 prio=("ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"), interest=(True, False),
                 sigs=(("nav_leader", "Randi Bakken", "Leder Nav Midt-Gudbrandsdal", "2020-01-30", "typed"),
                       ("municipality", "Knut Haugen", "Kommunedirektør Nord-Fron", "2020-01-30", "typed"),
                       ("municipality", "Eli Ringen", "Kommunedirektør Sør-Fron", "2020-01-30", "typed"),
                       ("municipality", "Trond Moen", "Kommunedirektør Ringebu", "2020-01-30", "typed")),
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["priority areas argued without their titles", "second year: no CONTINUATION_LIMIT",
                        "letter date applies to the typed signatures"])


# ---------------------------------------------------------------- u06
def u06(out: Path):
    """docx-letter, nn: continuation in its FOURTH year ("fjerde driftsåret"). Defect: CONTINUATION_LIMIT."""
    org = orgnr(5)
    d = new_doc("Georgia", 11)
    d.add_paragraph("NAV Hyllestad\n6957 Hyllestad\nOrganisasjonsnummer: " + org)
    d.add_paragraph("Statsforvaltaren i Vestland")
    d.add_paragraph("Hyllestad, 22.01.2020")
    d.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020: «Heile familien i arbeid»").bold = True
    for t_ in (
        "Nav Hyllestad søkjer om vidareføring av prosjektet «Heile familien i arbeid». Prosjektet fekk tilskot "
        "første gong i 2017, og 2020 blir det fjerde driftsåret. Prosjektet starta 1. mars 2017.",
        "Prosjektet rettar seg mot barnefamiliar der begge foreldra står utanfor arbeidslivet, og "
        "familiekoordinatoren følgjer heile familien.",
        "Vi søkjer om ei 80 % stilling som familiekoordinator. Lønn og sosiale kostnader utgjer kr 480 000, "
        "og vi søkjer i tillegg kr 10 000 til prosjektspesifikk kompetanse. Samla søknadssum er kr 490 000.",
        "Vi ønskjer å vere med i eit nettverk med andre kontor, og vi ønskjer ekstern prosessevaluering.",
        "Kontaktperson: Åshild Ness, e-post ashild.ness@nav.no, telefon 917 66 302.",
        "Med helsing",
    ):
        d.add_paragraph(t_)
    t = d.add_table(rows=3, cols=2)
    for i, (seed, n, tt) in enumerate(((401, "Lars Hovland", "Nav-leiar"), (402, "Britt Instefjord", "kommunedirektør"))):
        ink(t.cell(0, i).paragraphs[0], seed)
        t.cell(1, i).text = n
        t.cell(2, i).text = tt
    save(d, out)
    return truth("u06", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Hyllestad", "Hyllestad", org), contact=("Åshild Ness", "ashild.ness@nav.no", "91766302"),
                 project=("Heile familien i arbeid", "continuation", "2017-03-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "other": None, "total": 490000},
                 prio=("barnefamilier-ungdom-innvandrere",), interest=(True, True),
                 sigs=(("nav_leader", "Lars Hovland", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Britt Instefjord", "Kommunedirektør", "2020-01-22", "handwritten")),
                 expected=["CONTINUATION_LIMIT"], notes=["fourth year ('fjerde driftsåret', first grant 2017)"])


# ---------------------------------------------------------------- u10 (pdf-from-office)
def u10(out: Path):
    """pdf-from-office, nb: LibreOffice PDF of a Word form whose applicant line names the
    municipal social-services part of the Nav office ("Sosialtjenesten i NAV Alvdal (kommunal del
    av Nav-kontoret)"): still a Nav office; "1,5 årsverk"; stacked signatures with the title BEFORE
    the name; priority areas ticked with "X" in a separate column."""
    org = orgnr(6)
    d = new_doc("Liberation Sans", 10)
    d.add_paragraph().add_run("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad for 2020").bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Søker", "Sosialtjenesten i NAV Alvdal (kommunal del av Nav-kontoret)"),
                 ("Kommune", "Alvdal"), ("Org.nr. (kommunen)", org),
                 ("Kontaktperson", "Eirik Tronsmo"), ("Kontaktinformasjon", "eirik.tronsmo@alvdal.kommune.no, 62 48 70 12"),
                 ("Prosjekt", "Gjeldfri og i jobb"), ("Søknaden gjelder", "Nytt prosjekt"),
                 ("Prosjektstart", "15.08.2020"), ("Stillingsressurs", "1,5 årsverk (økonomirådgiver 100 % og jobbkonsulent 50 %)"),
                 ("Lønn inkl. sosiale utgifter", "900 000"), ("Kompetanse", "10 000"), ("Omsøkt tilskudd i alt", "910 000"),
                 ("Nettverkssamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")):
        cs = t.add_row().cells
        cs[0].text, cs[1].text = a, b
    d.add_paragraph()
    p = d.add_table(rows=0, cols=2)
    p.style = "Table Grid"
    for a, b in (("Prioritert område", "Kryss"), ("Bruk av ordinært arbeidsliv", "X"),
                 ("Oppfølging av barnefamilier, ungdom og innvandrere", "X"), ("Sikring av sårbare overganger", "")):
        cs = p.add_row().cells
        cs[0].text, cs[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Prosjektet utvikler en ny modell der gjeldsrådgivning og arbeidsrettet oppfølging gis samlet "
                    "til barnefamilier med betalingsproblemer.")
    d.add_paragraph().add_run("Underskrift").bold = True
    for seed, who, date in ((501, "Nav-leder Siv Moen", "Alvdal 28.01.2020"), (502, "Rådmann Ola Sletten", "Alvdal 28.01.2020")):
        d.add_paragraph(date)
        ink(d, seed, Cm(4))
        d.add_paragraph(who)
    src = out.with_suffix(".docx")
    save(d, src)
    soffice_pdf(src, out)
    src.unlink()
    return truth("u10", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Alvdal", "Alvdal", org), contact=("Eirik Tronsmo", "eirik.tronsmo@alvdal.kommune.no", "62487012"),
                 project=("Gjeldfri og i jobb", "new", "2020-08-15"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=("ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"), interest=(True, True),
                 sigs=(("nav_leader", "Siv Moen", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Ola Sletten", "Rådmann", "2020-01-28", "handwritten")),
                 notes=["social services of the Nav office is the Nav office: no APPLICANT_NOT_NAV_OFFICE"])


# ---------------------------------------------------------------- u11 (pdf-from-office)
def u11(out: Path):
    """pdf-from-office, nn: LibreOffice PDF of a Nynorsk form; benign mention of an existing method
    (IPS tried before; this project develops its own model); budget with an own-funding column;
    both signatures dated only "februar 2020"."""
    org = orgnr(7)
    d = new_doc("Liberation Serif", 11)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", level=2)
    for a, b in (("Nav-kontor:", "Nav Stord"), ("Kommune:", "Stord"), ("Org.nr.:", org),
                 ("Kontaktperson:", "Gunvor Litlabø, gunvor.litlabo@nav.no, tlf. 993 04 118"),
                 ("Prosjekttittel:", "Ung Stord i arbeid"), ("Status:", "Nytt prosjekt, oppstart 1. september 2020")):
        p = d.add_paragraph()
        p.add_run(a + " ").bold = True
        p.add_run(b)
    d.add_paragraph().add_run("Om prosjektet").bold = True
    d.add_paragraph("Nav Stord har tidlegare prøvd ut IPS (individuell jobbstøtte) saman med psykisk helseteneste. "
                    "Dette prosjektet er ikkje ei innføring av ein ferdig metode: vi utviklar ein eigen modell for "
                    "ungdom utan fullført vidaregåande skule, med tett oppfølging i overgangen frå skule til arbeid. "
                    "Modellen skal beskrivast og evaluerast.")
    d.add_paragraph("Prioriterte område: Sikring av sårbare overgangar; Oppfølging av barnefamiliar, ungdom og innvandrarar.")
    d.add_paragraph("Stilling: ei heil stilling (100 %) som ungdomsrettleiar.")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in (("Post", "Søkt tilskot", "Eigenfinansiering"), ("Løn og sosiale kostnader", "560 000", "200 000"),
                ("Kompetanse", "10 000", "0"), ("Sum", "570 000", "200 000")):
        cs = t.add_row().cells
        for c, s in zip(cs, row):
            c.text = s
    d.add_paragraph()
    d.add_paragraph("Nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei.")
    d.add_paragraph().add_run("Underskrifter").bold = True
    t = d.add_table(rows=4, cols=2)
    for i, (seed, n, tt) in enumerate(((601, "Tone Sandvik", "Nav-leiar"), (602, "Arne Kvinnesland", "Kommunedirektør"))):
        t.cell(0, i).text = "Stord, februar 2020"
        ink(t.cell(1, i).paragraphs[0], seed)
        t.cell(2, i).text = n
        t.cell(3, i).text = tt
    src = out.with_suffix(".docx")
    save(d, src)
    soffice_pdf(src, out)
    src.unlink()
    return truth("u11", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", org), contact=("Gunvor Litlabø", "gunvor.litlabo@nav.no", "99304118"),
                 project=("Ung Stord i arbeid", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "other": None, "total": 570000},
                 own_funding=200000,
                 prio=("saarbare-overganger", "barnefamilier-ungdom-innvandrere"), interest=(True, False),
                 sigs=(("nav_leader", "Tone Sandvik", "Nav-leiar", "2020-02-01", "handwritten"),
                       ("municipality", "Arne Kvinnesland", "Kommunedirektør", "2020-02-01", "handwritten")),
                 notes=["benign mention of IPS: no EXCLUDED_EXISTING_METHOD",
                        "'februar 2020' read as 2020-02-01 (record.md's month-alone rule): not after the deadline"])


# ---------------------------------------------------------------- u14 (bad-input)
def u14(out: Path):
    """bad-input: a .docx whose word/document.xml is cut off in the middle of a tag (zip intact)."""
    d = new_doc()
    d.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    d.add_paragraph("Nav-kontor: Nav Eidskog")
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "word/document.xml":
                data = data[: len(data) // 2]
            z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
    return truth("u14", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["docx whose main part is truncated, not well-formed XML"])


def _ff_text(name, value):
    return [parse_xml(x) for x in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{value}</w:t></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')]


def _ff_check(name, on):
    chk = "<w:checked/>" if on else ""
    return [parse_xml(x) for x in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox></w:ffData></w:fldChar></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')]


# ---------------------------------------------------------------- u17
def u17(out: Path):
    """docx-legacy-fields, nn: "Label:<tab>FORMTEXT" paragraphs; budget table with "Beløp i 1000 kr"
    (366 + 122 = 488 for 60 % + 20 %, exactly at the cap; competence 10); FORMCHECKBOX ticks."""
    org = orgnr(14)
    d = new_doc("Calibri", 11)
    d.add_paragraph().add_run("SØKNAD – TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020").bold = True
    d.add_paragraph("Skjemaet er låst for utfylling. Frist 1. februar 2020.").runs[0].italic = True

    def fld(label, name, value):
        p = d.add_paragraph(label + "\t")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(6))
        for el in _ff_text(name, value):
            p._p.append(el)

    fld("Nav-kontor:", "Kontor", "NAV Fjord")
    fld("Kommune:", "Kommune", "Fjord")
    fld("Organisasjonsnummer:", "Orgnr", org)
    fld("Kontaktperson:", "Kontakt", "Halvard Myklebust")
    fld("E-post:", "Epost", "halvard.myklebust@nav.no")
    fld("Telefon:", "Tlf", "45 21 90 66")
    fld("Prosjektnamn:", "Tittel", "Fjordlos – frå sosialhjelp til arbeid")
    fld("Oppstart:", "Start", "01.03.2020")
    p = d.add_paragraph("Type prosjekt:\t")
    for el in _ff_check("Nytt", True):
        p._p.append(el)
    p.add_run(" Nytt  ")
    for el in _ff_check("Vidare", False):
        p._p.append(el)
    p.add_run(" Vidareføring")
    d.add_paragraph()
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in (("Stilling", "Stillingsprosent", "Beløp i 1000 kr"), ("Jobbkonsulent", "60 %", "366"),
                ("Jobbkonsulent, arbeidsgjevarkontakt", "20 %", "122"), ("Kompetansemidlar", "", "10"), ("Sum søkt", "80 %", "498")):
        for c, s in zip(t.add_row().cells, row):
            c.text = s
    d.add_paragraph()
    d.add_paragraph("Prioriterte område:")
    for nm, lab, on in (("Pri1", "Bruk av ordinært arbeidsliv", True),
                        ("Pri2", "Oppfølging av barnefamiliar, ungdom og innvandrarar", False),
                        ("Pri3", "Sikring av sårbare overgangar", False)):
        p = d.add_paragraph()
        for el in _ff_check(nm, on):
            p._p.append(el)
        p.add_run(" " + lab)
    for lab, nm, on in (("Nettverk/klyngesamarbeid", "Nett", False), ("Ekstern prosessevaluering", "Eval", True)):
        p = d.add_paragraph(lab + ":\t")
        for el in _ff_check(nm + "Ja", on):
            p._p.append(el)
        p.add_run(" Ja  ")
        for el in _ff_check(nm + "Nei", not on):
            p._p.append(el)
        p.add_run(" Nei")
    d.add_paragraph("Underskrift", style=None).runs[0].bold = True
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for i, (seed, who, date) in enumerate(((1701, "Nav-leiar Heidi Botnen", "Fjord, 29.01.2020"),
                                           (1702, "Kommunedirektør Arild Sylte", "Fjord, 29.01.2020"))):
        c = t.cell(0, i)
        c.text = date
        ink(c, seed)
        t.cell(1, i).text = who
    save(d, out)
    return truth("u17", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Fjord", "Fjord", org), contact=("Halvard Myklebust", "halvard.myklebust@nav.no", "45219066"),
                 project=("Fjordlos – frå sosialhjelp til arbeid", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "other": None, "total": 498000},
                 prio=("ordinaert-arbeidsliv",), interest=(False, True),
                 sigs=(("nav_leader", "Heidi Botnen", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Arild Sylte", "Kommunedirektør", "2020-01-29", "handwritten")),
                 notes=["amounts in thousands: 366 + 122 = 488 (= 610 000 x 0.8 exactly), competence 10 (= 10 000)"])
