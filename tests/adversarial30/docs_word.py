"""Word documents of adversarial30 (z01-z07, the Word sources of z12/z13, z17, z18).
Each builder writes its file and returns its hand-written truth."""
from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth, near_miss  # noqa: E402
from lib30 import (ink_png, save_docx, sdt_text, sdt_check, formtext, formcheck, soffice_pdf)  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"


def _doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def _cell(c, text, bold=False):
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold
    return c


def _shade(c, fill="D9E2F3"):
    from docx.oxml import parse_xml
    c._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _ink(par, seed, width=4.5):
    par.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(width))


# ---------------------------------------------------------------- z01
def z01(out: Path):
    """docx-form, Bokmål, Nav Sarpsborg (Østfold). The budget is the FIRST section; then a
    two-column form; ☒/☐ glyphs after the words; electronic approval at the end."""
    d = _doc("Arial", 10)
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    d.add_paragraph("Sendes Fylkesmannen i Oslo og Viken innen 1. februar 2020.")
    d.add_heading("A. Budsjett – omsøkt beløp for 2020", 2)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Post", "Beløp (kr)"),
                                ("Lønn og sosiale utgifter, 100 % stilling som jobbspesialist", "600 000"),
                                ("Prosjektspesifikk kompetanse (kurs i arbeidsrettet oppfølging)", "10 000"),
                                ("Andre kostnader", "0"),
                                ("Samlet søknadsbeløp", "610 000")]):
        _cell(t.cell(i, 0), a, bold=i in (0, 4))
        _cell(t.cell(i, 1), b, bold=i in (0, 4))
    d.add_heading("B. Opplysninger om søker", 2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Søkende Nav-kontor", "Nav Sarpsborg"),
                 ("Kommune", "Sarpsborg"),
                 ("Organisasjonsnummer (Nav-kontorets kommunale del)", "974123452"),
                 ("Ansvarlig for prosjektet / kontaktperson", "Camilla Vestby, fagleder oppfølging"),
                 ("E-postadresse", "Camilla.Vestby@nav.no"),
                 ("Mobil", "918 44 261")]:
        r = t.add_row().cells
        _cell(r[0], a, bold=True); _shade(r[0]); _cell(r[1], b)
    d.add_heading("C. Prosjektet", 2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Prosjektets arbeidstittel", "Arbeid først i Sarpsborg"),
                 ("Nytt prosjekt eller videreføring", "Nytt prosjekt ☒    Videreføring ☐"),
                 ("Planlagt oppstart", "01.04.2020"),
                 ("Stillingsressurs det søkes om", "100 %"),
                 ("Kort beskrivelse", "Vi vil prøve ut en ny arbeidsform der veiledere i sosialtjenesten følger "
                  "unge sosialhjelpsmottakere ut i ordinære jobber hos lokale arbeidsgivere, og der overgangen fra "
                  "kvalifiseringsprogram til arbeid sikres med tett oppfølging de første månedene.")]:
        r = t.add_row().cells
        _cell(r[0], a, bold=True); _shade(r[0]); _cell(r[1], b)
    d.add_heading("D. Satsingsområder prosjektet retter seg mot", 2)
    for a, on in [("Bruk av ordinært arbeidsliv", True),
                  ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                  ("Sikring av sårbare overganger", True)]:
        d.add_paragraph(f"{a}  {'☒' if on else '☐'}")
    d.add_heading("E. Samarbeid og evaluering", 2)
    d.add_paragraph("Ønsker Nav-kontoret å delta i nettverk/klyngesamarbeid?   Ja ☒   Nei ☐")
    d.add_paragraph("Er Nav-kontoret interessert i ekstern prosessevaluering?   Ja ☐   Nei ☒")
    d.add_heading("F. Forankring og underskrift", 2)
    d.add_paragraph("Søknaden er behandlet i Nav-kontorets ledergruppe og forankret hos kommunedirektøren.")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    d.add_paragraph("Godkjent av: Nav-leder Hilde Karlsen, 27.01.2020")
    d.add_paragraph("Godkjent av: Kommunedirektør Bjørn Andresen, 29.01.2020")
    save_docx(d, out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Sarpsborg", "Sarpsborg", "974123452"),
                 contact=("Camilla Vestby", "camilla.vestby@nav.no", "91844261"),
                 project=("Arbeid først i Sarpsborg", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Karlsen", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Bjørn Andresen", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["'Andre kostnader 0' is a zero line: amounts.other null, no NON_POSITION_COSTS"])


# ---------------------------------------------------------------- z02
def z02(out: Path):
    """docx-form, Nynorsk, Nav Sunndal (Nordmøre). Numbered questions as paragraphs, the answer in a
    one-cell boxed table under each; Ja/Nei columns with X; signatures on a separate last page in a
    side-by-side table with ink. DEFECT: 80 % at 500 000 kr (cap 488 000)."""
    d = _doc("Cambria", 11)
    d.add_paragraph().add_run("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020").bold = True
    d.add_paragraph("Statsforvaltaren i Møre og Romsdal")
    qa = [("1. Namn på Nav-kontoret som søkjer", "Nav Sunndal"),
          ("2. Kommune", "Sunndal kommune"),
          ("3. Organisasjonsnummer", "976 543 211"),
          ("4. Kontaktperson (namn, e-post, telefon)", "Turid Hoem, turid.hoem@nav.no, 71 69 90 12"),
          ("5. Namnet på prosjektet", "Ungdomslos Sunndal"),
          ("6. Oppstart", "1. mars 2020"),
          ("7. Stillingsressurs", "80 % stilling som ungdomslos"),
          ("8. Kva skal prosjektet gjere?", "Ungdomslosen skal følgje opp unge mellom 16 og 25 år som står "
           "i fare for å falle ut av vidaregåande skule, og byggje bru mellom skule, Nav og lokale bedrifter.")]
    for q, a in qa:
        d.add_paragraph().add_run(q).bold = True
        t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
        _cell(t.cell(0, 0), a)
    d.add_paragraph().add_run("9. Nytt prosjekt eller vidareføring?").bold = True
    t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
    for i, (a, b, c) in enumerate([("", "Nytt", "Vidareføring"), ("Set kryss", "X", "")]):
        _cell(t.cell(i, 0), a); _cell(t.cell(i, 1), b); _cell(t.cell(i, 2), c)
    d.add_paragraph().add_run("10. Budsjett for 2020").bold = True
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Løn og sosiale kostnader (80 %)", "kr 500 000"),
                                ("Kompetansemidlar", "kr 8 000"),
                                ("Sum det vert søkt om", "kr 508 000"), ("", "")]):
        _cell(t.cell(i, 0), a); _cell(t.cell(i, 1), b)
    d.add_paragraph().add_run("11. Prioriterte område (set X)").bold = True
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Område", "X"), ("Bruk av ordinært arbeidsliv", ""),
                                ("Oppfølging av barnefamiliar, ungdom og innvandrarar", "X"),
                                ("Sikring av sårbare overgangar", "X")]):
        _cell(t.cell(i, 0), a); _cell(t.cell(i, 1), b)
    d.add_paragraph().add_run("12. Interesse for samarbeid").bold = True
    t = d.add_table(rows=3, cols=3); t.style = "Table Grid"
    for i, (a, b, c) in enumerate([("", "Ja", "Nei"), ("Nettverk / klyngesamarbeid", "X", ""),
                                   ("Ekstern prosessevaluering", "X", "")]):
        _cell(t.cell(i, 0), a); _cell(t.cell(i, 1), b); _cell(t.cell(i, 2), c)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph().add_run("13. Underskrifter").bold = True
    t = d.add_table(rows=5, cols=2)
    rows = [("For Nav-kontoret", "For kommunen"),
            ("Stad/dato: Sunndalsøra, 24.01.2020", "Stad/dato: Sunndalsøra, 28.01.2020"),
            (None, None), ("Erlend Bæverfjord", "Gunn Sæter"), ("Nav-leiar", "Kommunedirektør")]
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            if txt is None:
                t.cell(i, j).text = ""
                _ink(t.cell(i, j).paragraphs[0], 201 + j)
            else:
                _cell(t.cell(i, j), txt, bold=(i == 0))
    save_docx(d, out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunndal", "Sunndal", "976543211"),
                 contact=("Turid Hoem", "turid.hoem@nav.no", "71699012"),
                 project=("Ungdomslos Sunndal", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 500000, "competence": 8000, "other": None, "total": 508000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Erlend Bæverfjord", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Gunn Sæter", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["planted: 500 000 for 80 % > 488 000"])


# ---------------------------------------------------------------- z03
def z03(out: Path):
    """docx-controls, Bokmål, Nav Kongsberg (Buskerud). Two-column table whose answers are tagged
    content controls, a date picker, w14 check boxes; two position lines (100 % + 50 %);
    a continuation; electronic approval."""
    d = _doc("Calibri", 11)
    d.add_heading("Søknadsskjema – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", 1)
    d.add_paragraph("Tilskuddsåret 2020. Fyll inn feltene. Grå tekst er veiledning.")
    t = d.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
    def row(label, el):
        r = t.add_row().cells
        _cell(r[0], label, bold=True)
        r[1].paragraphs[0]._p.append(el)
    row("Nav-kontor", sdt_text("kontor", "Nav Kongsberg"))
    row("Kommune", sdt_text("kommune", "Kongsberg"))
    row("Org.nr.", sdt_text("orgnr", "998877660"))
    row("Kontaktperson", sdt_text("kontakt", "Lars Ivar Fossum"))
    row("E-post", sdt_text("epost", "lars.ivar.fossum@nav.no"))
    row("Tlf.", sdt_text("tlf", "32 86 45 00"))
    row("Prosjektnavn", sdt_text("tittel", "Familieteam Kongsberg"))
    row("Oppstartsdato", sdt_text("oppstart", "01.03.2020", date="2020-03-01"))
    d.add_paragraph()
    p = d.add_paragraph("Nytt prosjekt "); p._p.append(sdt_check("nytt", False))
    p.add_run("    Videreføring (år 2) "); p._p.append(sdt_check("videre", True))
    d.add_heading("Stillinger og budsjett", 2)
    t2 = d.add_table(rows=1, cols=3); t2.style = "Light Grid Accent 1"
    for j, h in enumerate(["Stilling", "Stillingsprosent", "Lønn og sosiale kostnader"]):
        _cell(t2.cell(0, j), h, bold=True)
    for tag, (a, b, c) in enumerate([("Familiekoordinator", "100 %", "610 000"),
                                     ("Barnefaglig veileder", "50 %", "290 000")]):
        r = t2.add_row().cells
        for j, v in enumerate((a, b, c)):
            r[j].paragraphs[0]._p.append(sdt_text(f"st{tag}_{j}", v))
    for a, c in [("Sum stillinger", "900 000"), ("Kompetansemidler", "10 000"), ("Totalt omsøkt", "910 000")]:
        r = t2.add_row().cells
        _cell(r[0], a, bold=True); _cell(r[1], "")
        r[2].paragraphs[0]._p.append(sdt_text("sum_" + a.split()[0].lower(), c))
    d.add_heading("Satsingsområder", 2)
    for tag, a, on in [("omr1", "Bruk av ordinært arbeidsliv", False),
                       ("omr2", "Oppfølging av barnefamilier, ungdom og innvandrere", True),
                       ("omr3", "Sikring av sårbare overganger", False)]:
        p = d.add_paragraph(); p._p.append(sdt_check(tag, on)); p.add_run(" " + a)
    d.add_heading("Interesse", 2)
    p = d.add_paragraph("Nettverk/klyngesamarbeid: Ja "); p._p.append(sdt_check("nett_ja", True))
    p.add_run(" Nei "); p._p.append(sdt_check("nett_nei", False))
    p = d.add_paragraph("Ekstern prosessevaluering: Ja "); p._p.append(sdt_check("eval_ja", True))
    p.add_run(" Nei "); p._p.append(sdt_check("eval_nei", False))
    d.add_heading("Godkjenning", 2)
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    t3 = d.add_table(rows=3, cols=3); t3.style = "Table Grid"
    for i, r in enumerate([("Rolle", "Navn", "Dato"), ("Nav-leder", "Eirik Haugen", "28.01.2020"),
                           ("Kommunalsjef", "Randi Moen", "30.01.2020")]):
        for j, v in enumerate(r):
            _cell(t3.cell(i, j), v, bold=i == 0)
    save_docx(d, out)
    return truth("z03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", "998877660"),
                 contact=("Lars Ivar Fossum", "lars.ivar.fossum@nav.no", "32864500"),
                 project=("Familieteam Kongsberg", "continuation", "2020-03-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Eirik Haugen", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Randi Moen", "Kommunalsjef", "2020-01-30", "electronic_approval")],
                 notes=["150 %: cap 915 000, 900 000 is under it"])


# ---------------------------------------------------------------- z04
def z04(out: Path):
    """docx-controls, Bokmål, Nav Vestvågøy (Lofoten). Controls inline in running text lines
    ("Prosjektnavn: [control]"); DEFECT: the municipality's block still shows placeholder controls."""
    d = _doc("Times New Roman", 12)
    d.add_paragraph().add_run("NAV VESTVÅGØY – SØKNAD OM TILSKUDD 2020").bold = True
    d.add_paragraph("Til Statsforvalteren i Nordland")
    def line(label, el):
        p = d.add_paragraph(label + ": ")
        p._p.append(el)
    line("Søker", sdt_text("kontor", "NAV Vestvågøy"))
    line("Kommune", sdt_text("kommune", "Vestvågøy"))
    line("Organisasjonsnummer", sdt_text("org", "975 312 461"))
    line("Kontaktperson", sdt_text("kontakt", "Ronny Pedersen"))
    line("Telefon", sdt_text("tlf", "+47 760 56 210".replace("760 56 210", "76 05 62 10")))
    line("E-post", sdt_text("epost", "ronny.pedersen@nav.no"))
    line("Prosjektnavn", sdt_text("tittel", "Sammen om jobb i Lofoten"))
    line("Oppstart", sdt_text("start", "15.04.2020", date="2020-04-15"))
    line("Stillingsprosent", sdt_text("pst", "100 %"))
    p = d.add_paragraph("Type prosjekt: nytt "); p._p.append(sdt_check("ny", True))
    p.add_run("  videreføring "); p._p.append(sdt_check("vf", False))
    d.add_paragraph("Budsjett 2020:")
    line("Lønn inkl. sosiale kostnader", sdt_text("lonn", "575 000"))
    line("Kompetanse", sdt_text("komp", "10 000"))
    line("Sum", sdt_text("sum", "585 000"))
    d.add_paragraph("Prioriterte områder:")
    for tag, a, on in [("a1", "Bruk av ordinært arbeidsliv", True),
                       ("a2", "Oppfølging av barnefamilier, ungdom og innvandrere", True),
                       ("a3", "Sikring av sårbare overganger", False)]:
        p = d.add_paragraph(); p._p.append(sdt_check(tag, on)); p.add_run(" " + a)
    p = d.add_paragraph("Interessert i nettverk: "); p._p.append(sdt_check("nett", True))
    p = d.add_paragraph("Interessert i ekstern prosessevaluering: "); p._p.append(sdt_check("eval", False))
    d.add_paragraph().add_run("Underskrift Nav-leder").bold = True
    line("Sted og dato", sdt_text("nav_dato", "Leknes, 23.01.2020"))
    _ink(d.add_paragraph(), 401)
    line("Navn", sdt_text("nav_navn", "Kristin Hansen"))
    d.add_paragraph("Nav-leder")
    d.add_paragraph().add_run("Underskrift rådmann/kommunedirektør").bold = True
    line("Sted og dato", sdt_text("k_dato", None))
    d.add_paragraph("_______________________________")
    line("Navn", sdt_text("k_navn", None))
    save_docx(d, out)
    return truth("z04", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Vestvågøy", "Vestvågøy", "975312461"),
                 contact=("Ronny Pedersen", "ronny.pedersen@nav.no", "76056210"),
                 project=("Sammen om jobb i Lofoten", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "other": None, "total": 585000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kristin Hansen", "Nav-leder", "2020-01-23", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["planted: the municipality's block has only placeholder controls and an empty line"])


# ---------------------------------------------------------------- z05
def _legacy_check(d, name, on, label):
    """A paragraph holding a FORMCHECKBOX field followed by its label."""
    p = d.add_paragraph()
    for fp in formcheck(name, on):
        for child in list(fp):
            p._p.append(child)
    p.add_run(" " + label)


def z05(out: Path):
    """docx-legacy-fields, Bokmål, NAV Notodden, 2019 scheme. FORMTEXT fields in a 3-column table
    (no., label, field); FORMCHECKBOX with <w:checked/>; ink images stacked."""
    d = _doc("Verdana", 9)
    d.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV – 2019").bold = True
    d.add_paragraph("Søknaden sendes Fylkesmannen i Vestfold og Telemark innen 1. februar 2019.")
    t = d.add_table(rows=0, cols=3); t.style = "Table Grid"
    def row(no, label, value):
        r = t.add_row().cells
        _cell(r[0], no); _cell(r[1], label, bold=True)
        r[2]._tc.remove(r[2].paragraphs[0]._p)
        for el in formtext(f"Tekst{no.strip('.')}", value):
            r[2]._tc.append(el)
    row("1.", "NAV-kontor", "NAV Notodden")
    row("2.", "Kommune", "Notodden")
    row("3.", "Org.nr.", "985672342")
    row("4.", "Kontaktperson", "Gro Sølvberg")
    row("5.", "E-post", "gro.solvberg@nav.no")
    row("6.", "Telefon", "35 01 43 88")
    row("7.", "Prosjektets navn", "Tett på – arbeid og bolig")
    row("8.", "Prosjektstart", "01.05.2019")
    row("9.", "Omsøkt stillingsressurs", "1 årsverk")
    row("10.", "Lønn og sosiale kostnader", "560 000")
    row("11.", "Kompetanse", "10 000")
    row("12.", "Sum omsøkt", "570 000")
    d.add_paragraph("13. Prosjekttype")
    for name, a, on in [("Kontroll1", "Nytt prosjekt", True), ("Kontroll2", "Videreføring", False)]:
        _legacy_check(d, name, on, a)
    d.add_paragraph("14. Prioriterte områder")
    for name, a, on in [("Kontroll3", "Bruk av ordinært arbeidsliv", True),
                        ("Kontroll4", "Oppfølging av barnefamilier, ungdom og innvandrere", False),
                        ("Kontroll5", "Sikring av sårbare overganger", True)]:
        _legacy_check(d, name, on, a)
    d.add_paragraph("15. Nettverk/klyngesamarbeid")
    for name, a, on in [("Kontroll6", "Ja", True), ("Kontroll7", "Nei", False)]:
        _legacy_check(d, name, on, a)
    d.add_paragraph("16. Ekstern prosessevaluering")
    for name, a, on in [("Kontroll8", "Ja", False), ("Kontroll9", "Nei", True)]:
        _legacy_check(d, name, on, a)
    d.add_paragraph("17. Underskrift")
    d.add_paragraph("Notodden, 21.01.2019")
    _ink(d.add_paragraph(), 501)
    d.add_paragraph("Åse Kleppen, NAV-leder")
    d.add_paragraph("Notodden, 25.01.2019")
    _ink(d.add_paragraph(), 502)
    d.add_paragraph("Hans Petter Bakke, rådmann")
    save_docx(d, out)
    return truth("z05", "docx", "docx-legacy-fields", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Notodden", "Notodden", "985672342"),
                 contact=("Gro Sølvberg", "gro.solvberg@nav.no", "35014388"),
                 project=("Tett på – arbeid og bolig", "new", "2019-05-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "other": None, "total": 570000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Åse Kleppen", "NAV-leder", "2019-01-21", "handwritten"),
                       ("municipality", "Hans Petter Bakke", "rådmann", "2019-01-25", "handwritten")])


# ---------------------------------------------------------------- z06
def z06(out: Path):
    """docx-letter, Bokmål, Nav Brønnøy (Helgeland). A short plain letter; typed names only."""
    d = _doc("Calibri", 11)
    for s in ["Nav Brønnøy", "Postboks 34, 8901 Brønnøysund", "Org.nr. 977 771 110", "",
              "Statsforvalteren i Nordland", "Moloveien 10", "8002 Bodø", "", "Brønnøysund, 29. januar 2020", ""]:
        d.add_paragraph(s)
    d.add_paragraph().add_run("Søknad om tilskudd – «Ung og aktiv i Brønnøy»").bold = True
    d.add_paragraph("Nav Brønnøy søker om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020. "
                    "Dette er et nytt prosjekt som starter opp 1. april 2020.")
    d.add_paragraph("Vi har mange unge sosialhjelpsmottakere som ikke kommer i gang med skole eller arbeid. "
                    "Prosjektet skal gi ungdom og unge innvandrere tett, individuell oppfølging av en egen "
                    "veileder, og samarbeide med skolen og lokale arbeidsgivere.")
    d.add_paragraph("Vi søker om midler til én 100 % stilling, kr 590 000 inkludert sosiale kostnader. "
                    "Vi søker ikke om kompetansemidler. Samlet søknadsbeløp er kr 590 000.")
    d.add_paragraph("Vi er interessert i klyngesamarbeid med andre Nav-kontor, men ønsker ikke ekstern "
                    "prosessevaluering.")
    d.add_paragraph("Kontaktperson er veileder Silje Andreassen, tlf. 75 01 82 40, e-post silje.andreassen@nav.no.")
    d.add_paragraph("Søknaden er drøftet med og støttet av kommunedirektøren.")
    d.add_paragraph("")
    d.add_paragraph("Med vennlig hilsen")
    t = d.add_table(rows=2, cols=2)
    for i, r in enumerate([("Jan Erik Toft", "Anne Lise Strand"), ("Nav-leder", "Kommunedirektør, Brønnøy kommune")]):
        for j, v in enumerate(r):
            _cell(t.cell(i, j), v)
    save_docx(d, out)
    return truth("z06", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Brønnøy", "Brønnøy", "977771110"),
                 contact=("Silje Andreassen", "silje.andreassen@nav.no", "75018240"),
                 project=("Ung og aktiv i Brønnøy", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": None, "other": None, "total": 590000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Jan Erik Toft", "Nav-leder", "2020-01-29", "typed"),
                       ("municipality", "Anne Lise Strand", "Kommunedirektør", "2020-01-29", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["signature dates: the letter's date 29.01.2020 (the only date)",
                        "competence 'søker ikke om kompetansemidler' -> null"])


# ---------------------------------------------------------------- z07
def z07(out: Path):
    """docx-letter, Nynorsk, Nav Surnadal (Nordmøre). Letter with a budget table that also shows
    the municipality's own funding; continuation year 2; Nynorsk electronic approval."""
    d = _doc("Georgia", 11)
    d.add_paragraph("Statsforvaltaren i Møre og Romsdal\nPostboks 2520\n6404 Molde")
    d.add_paragraph("Vår ref.: 2020/114          Dato: 24.01.2020")
    d.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – vidareføring av "
                              "«Trygg overgang Surnadal»").bold = True
    d.add_paragraph("Nav Surnadal (org.nr. 974466880) søkjer med dette om vidareføring av prosjektet Trygg overgang "
                    "Surnadal. Prosjektet er no inne i sitt andre år, og det nye prosjektåret tek til 1. mars 2020.")
    d.add_paragraph("Målgruppa er personar som kjem ut frå fengsel eller institusjon, og unge som går frå "
                    "vidaregåande skule til arbeid. Vi har sett at desse overgangane er sårbare, og at ein fast "
                    "los som følgjer personen gjennom overgangen gjev betre resultat.")
    d.add_paragraph("Vi søkjer om midlar til ei stilling (100 %) som overgangslos.")
    t = d.add_table(rows=6, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Budsjett 2020", "Kroner"), ("Løn og sosiale kostnader, overgangslos 100 %", "605 000"),
                                ("Kompetanseheving (prosessrettleiing)", "5 000"), ("Sum søkt tilskot", "610 000"),
                                ("Kommunal eigenfinansiering (ikkje del av søknaden)", "120 000"),
                                ("Totalt budsjett for prosjektet", "730 000")]):
        _cell(t.cell(i, 0), a, bold=i in (0, 3)); _cell(t.cell(i, 1), b, bold=i in (0, 3))
    d.add_paragraph("Nav Surnadal ønskjer å delta i nettverk med andre kontor og er positive til ekstern "
                    "prosessevaluering.")
    d.add_paragraph("Kontaktperson for søknaden er Åshild Røen, tlf. 71 65 81 20, ashild.roen@nav.no.")
    d.add_paragraph("Med helsing")
    d.add_paragraph("Ingrid Øye, Nav-leiar\nOla Mjøen, kommunedirektør")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar. "
                    "Godkjent av Nav-leiar Ingrid Øye 22.01.2020 og kommunedirektør Ola Mjøen 24.01.2020.")
    save_docx(d, out)
    return truth("z07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Surnadal", "Surnadal", "974466880"),
                 contact=("Åshild Røen", "ashild.roen@nav.no", "71658120"),
                 project=("Trygg overgang Surnadal", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 own_funding=120000,
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ingrid Øye", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Ola Mjøen", "Kommunedirektør", "2020-01-24", "electronic_approval")])


# ---------------------------------------------------------------- Word sources of z12, z13
def src_z12(path: Path):
    """Nav Ringerike: two 50 % lines; 'Totalt omsøkt' 620 000 although 300+300+10 = 610 000."""
    d = _doc("Liberation Sans", 10)
    d.add_heading("Søknad om tilskudd – sosiale tjenester i Nav 2020", 1)
    d.add_paragraph("Mottaker: Statsforvalteren i Oslo og Viken")
    t = d.add_table(rows=0, cols=4); t.style = "Table Grid"
    for a, b, c, e in [("Nav-kontor", "Nav Ringerike", "Kommune", "Ringerike"),
                       ("Org.nr.", "981 239 873", "Prosjektstart", "1. mai 2020"),
                       ("Kontaktperson", "Mona Sørbøl", "Telefon", "32 17 44 90"),
                       ("E-post", "mona.sorbol@nav.no", "Type", "Nytt prosjekt")]:
        r = t.add_row().cells
        _cell(r[0], a, True); _cell(r[1], b); _cell(r[2], c, True); _cell(r[3], e)
    d.add_paragraph()
    p = d.add_paragraph(); p.add_run("Prosjekttittel: ").bold = True; p.add_run("Jobbhuset Hønefoss")
    d.add_paragraph("Prosjektet skal bruke lokale arbeidsplasser aktivt for sosialhjelpsmottakere med lang tid "
                    "utenfor arbeidslivet. Hovedområde: bruk av ordinært arbeidsliv.")
    d.add_heading("Stillinger og kostnader", 2)
    t = d.add_table(rows=0, cols=3); t.style = "Table Grid"
    for a, b, c in [("Stilling", "Prosent", "Beløp"), ("Jobbspesialist", "50 %", "300 000"),
                    ("Sosialfaglig veileder", "50 %", "300 000"), ("Kompetansemidler", "", "10 000"),
                    ("Totalt omsøkt", "100 %", "620 000")]:
        r = t.add_row().cells
        _cell(r[0], a, a in ("Stilling", "Totalt omsøkt")); _cell(r[1], b); _cell(r[2], c)
    d.add_paragraph("Satsingsområder: [X] Bruk av ordinært arbeidsliv   [ ] Oppfølging av barnefamilier, ungdom og "
                    "innvandrere   [ ] Sikring av sårbare overganger")
    d.add_paragraph("Nettverk/klyngesamarbeid: [X] Ja [ ] Nei        Ekstern prosessevaluering: [ ] Ja [X] Nei")
    d.add_heading("Signaturer", 2)
    t = d.add_table(rows=4, cols=2)
    for i, row in enumerate([("Hønefoss, 27.01.2020", "Hønefoss, 30.01.2020"), (None, None),
                             ("Per Arne Kolstad", "Tone Gulbrandsen"), ("Nav-leder", "Kommunalsjef helse og velferd")]):
        for j, v in enumerate(row):
            if v is None:
                t.cell(i, j).text = ""; _ink(t.cell(i, j).paragraphs[0], 1201 + j)
            else:
                _cell(t.cell(i, j), v)
    save_docx(d, path)


def src_z13(path: Path):
    """Nav Tingvoll, Nynorsk; amounts exactly at both caps; ink pictures stacked under each other."""
    d = _doc("Liberation Serif", 11)
    d.add_paragraph().add_run("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020").bold = True
    d.add_paragraph("Søknaden skal sendast til Statsforvaltaren innan 1. februar 2020.")
    items = [("Søkjar (Nav-kontor)", "Nav Tingvoll"), ("Kommune", "Tingvoll"), ("Organisasjonsnummer", "972233447"),
             ("Kontaktperson", "Eli Flemma"), ("E-post", "eli.flemma@nav.no"), ("Telefon", "71 53 20 40"),
             ("Prosjekttittel", "Arbeidsretta oppfølging på Nordmøre"), ("Nytt/vidareføring", "Nytt prosjekt"),
             ("Oppstart", "01.06.2020"), ("Stillingsprosent", "100 %"),
             ("Løn og sosiale kostnader", "610 000"), ("Kompetansemidlar", "10 000"), ("Sum søknadsbeløp", "620 000")]
    for a, b in items:
        p = d.add_paragraph(); p.add_run(a + ": ").bold = True; p.add_run(b)
    d.add_paragraph("Prioritert område: Bruk av ordinært arbeidsliv. Prosjektet skal skaffe praksis- og "
                    "arbeidsplassar i lokale bedrifter for personar som mottek økonomisk sosialhjelp.")
    d.add_paragraph("Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Nei.")
    d.add_paragraph().add_run("Underskrift").bold = True
    d.add_paragraph("Tingvoll, 20.01.2020")
    _ink(d.add_paragraph(), 1301)
    d.add_paragraph("Nav-leiar Knut Ove Silseth")
    d.add_paragraph("Tingvoll, 22.01.2020")
    _ink(d.add_paragraph(), 1302)
    d.add_paragraph("Kommunedirektør Marit Gjerde")
    save_docx(d, path)


def z12(out: Path):
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "z12.docx"; src_z12(p); soffice_pdf(p, out)
    return truth("z12", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", "981239873"),
                 contact=("Mona Sørbøl", "mona.sorbol@nav.no", "32174490"),
                 project=("Jobbhuset Hønefoss", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Per Arne Kolstad", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Tone Gulbrandsen", "Kommunalsjef helse og velferd", "2020-01-30", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["planted: 300 000 + 300 000 + 10 000 = 610 000, stated 620 000"])


def z13(out: Path):
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "z13.docx"; src_z13(p); soffice_pdf(p, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Tingvoll", "Tingvoll", "972233447"),
                 contact=("Eli Flemma", "eli.flemma@nav.no", "71532040"),
                 project=("Arbeidsretta oppfølging på Nordmøre", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Knut Ove Silseth", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Marit Gjerde", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["amounts exactly at both caps: no finding"])


# ---------------------------------------------------------------- z17, z18
def z17(out: Path):
    """not-application: a request to re-allocate the budget of an approved 2019 project."""
    d = _doc("Calibri", 11)
    for s in ["Nav Orkland", "Org.nr. 991 122 338", "", "Statsforvalteren i Trøndelag", "", "Orkanger, 14.01.2020"]:
        d.add_paragraph(s)
    d.add_paragraph().add_run("Anmodning om endring i godkjent prosjekt – omdisponering av tilskudd "
                              "(deres ref. 2019/4471)").bold = True
    d.add_paragraph("Nav Orkland fikk i vedtak av 12.06.2019 innvilget kr 610 000 til prosjektet «Arbeid for alle i "
                    "Orkland» (100 % stilling). På grunn av sykefravær ble stillingen først besatt 1. november 2019, "
                    "og kr 240 000 av tilskuddet er ikke brukt.")
    d.add_paragraph("Vi ber om å få bruke de ubrukte midlene til å forlenge stillingen ut april 2020, i stedet for å "
                    "betale dem tilbake. Prosjektets innhold og målgruppe er uendret.")
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Innvilget 2019", "610 000"), ("Brukt per 31.12.2019", "370 000"),
                                ("Ubrukt", "240 000"), ("Ønskes brukt jan.–apr. 2020", "240 000")]):
        _cell(t.cell(i, 0), a); _cell(t.cell(i, 1), b)
    d.add_paragraph("Kontaktperson: Vibeke Grøtte, vibeke.grotte@nav.no, tlf. 72 48 11 30.")
    d.add_paragraph("Med hilsen")
    _ink(d.add_paragraph(), 1701)
    d.add_paragraph("Steinar Aune\nNav-leder")
    save_docx(d, out)
    t = near_miss("z17", "docx", "nb", "a request to change (re-allocate) an approved 2019 grant, not an application")
    t.update(category="not-application", tags=["not-application"])
    return t


def z18(out: Path):
    """bad-input: a .docx package whose main part word/document.xml is missing (content types still
    point at it)."""
    d = _doc()
    d.add_paragraph("Søknad om tilskudd – Nav Fredrikstad")
    save_docx(d, out, zip_hook=lambda n, data: None if n == "word/document.xml" else data)
    t = near_miss("z18", "docx", None, "a Word package without word/document.xml: cannot be read")
    t.update(category="bad-input", language=None, expected_findings=["DOCUMENT_UNREADABLE"], tags=["bad-input"])
    return t
