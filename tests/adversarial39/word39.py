"""Word documents of corpus 39 (docx-form, docx-controls, docx-legacy-fields, docx-letter).
Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from kit39 import S20, add_ink, borderless, first_para, new_doc, para, save_doc, truth

GREY = "595959"


def _county_question(doc, no: str, label: str, hint: str, answers: list[str]) -> None:
    """A county form's question: number and label in bold, the instruction in grey italics, answer lines below."""
    p = para(doc, f"{no}  {label}", bold=True)
    p.paragraph_format.space_before = Pt(8)
    if hint:
        para(doc, hint, italic=True, size=8, colour=GREY)
    for a in answers:
        q = para(doc, a)
        q.paragraph_format.left_indent = Cm(0.8)


# ---------------------------------------------------------------- n01 docx-form nb, county form, at the caps
def n01(out: Path):
    doc = new_doc("Arial", 10, "Søknadsskjema 2020")
    para(doc, "Statsforvalteren i Innlandet", bold=True, size=9, colour="1F4E79")
    para(doc, "Søknadsskjema", bold=True, size=16)
    para(doc, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", bold=True, size=12)
    para(doc, "Skjemaet fylles ut av Nav-kontoret og sendes Statsforvalteren innen 1. februar 2020. Det kan søkes "
              "om inntil kr 610 000 per 100 % stilling og inntil kr 10 000 til kompetanse. Les veiledningen under "
              "hvert spørsmål.", italic=True, size=8, colour=GREY)
    para(doc, "Del 1 Om søkeren", bold=True, size=11)
    _county_question(doc, "1.", "Hvilket Nav-kontor søker?", "Oppgi kontorets navn slik det står i Enhetsregisteret.",
                     ["Nav Elverum"])
    _county_question(doc, "2.", "Kommune", "Ved interkommunalt samarbeid: skriv vertskommunen.", ["Elverum"])
    _county_question(doc, "3.", "Organisasjonsnummer", "Ni siffer.", ["934 603 362"])
    _county_question(doc, "4.", "Kontaktperson for prosjektet", "Navn, e-postadresse og telefonnummer.",
                     ["Siri Moen", "siri.moen@nav.no", "tlf. 62 43 11 20"])
    para(doc, "Del 2 Om prosjektet", bold=True, size=11)
    _county_question(doc, "5.", "Prosjektets navn", "Gi prosjektet et kort, beskrivende navn.", ["Arbeid først i Elverum"])
    _county_question(doc, "6.", "Er prosjektet nytt, eller søkes det om videreføring?", "Sett x ved riktig alternativ.",
                     ["x   Nytt prosjekt", "     Videreføring av prosjekt med tilskudd i 2019"])
    _county_question(doc, "7.", "Når starter prosjektet?", "Dato eller måned.", ["1. april 2020"])
    _county_question(doc, "8.", "Stillinger det søkes om",
                     "Oppgi stillingsbetegnelse og stillingsprosent. Tilskuddet kan kun gå til stillinger.",
                     ["Jobbspesialist, 100 % stilling"])
    _county_question(doc, "9.", "Budsjett", "Lønn og sosiale utgifter, kompetansemidler (maks kr 10 000) og sum.", [])
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, v) in enumerate([("Lønn og sosiale utgifter", "kr 610.000,-"), ("Kompetansemidler", "kr 10.000,-"),
                                ("Sum det søkes om", "kr 620.000,-")]):
        first_para(t.cell(i, 0), a, bold=(i == 2))
        first_para(t.cell(i, 1), v, bold=(i == 2))
    _county_question(doc, "10.", "Hvilke prioriterte områder retter prosjektet seg mot?",
                     "Sett x ved ett eller flere områder.",
                     ["x   Bruk av ordinært arbeidsliv", "     Oppfølging av barnefamilier, ungdom og innvandrere",
                      "x   Sikring av sårbare overganger"])
    _county_question(doc, "11.", "Beskriv prosjektet kort",
                     "Hva skal utvikles, og hvordan skal det komme brukerne til gode? Maks 10 linjer.",
                     ["Jobbspesialisten skal finne ordinære arbeidsplasser i lokalt næringsliv for personer som mottar "
                      "økonomisk sosialhjelp, og følge dem tett i overgangen fra stønad til lønn."])
    _county_question(doc, "12.", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Svar ja eller nei.", ["Ja"])
    _county_question(doc, "13.", "Ønsker kontoret ekstern prosessevaluering?", "Svar ja eller nei.", ["Nei"])
    para(doc, "Del 3 Underskrift", bold=True, size=11)
    para(doc, "Søknaden skal underskrives av leder i Nav-kontoret og av kommunens ledelse (rådmann/kommunedirektør).",
         italic=True, size=8, colour=GREY)
    s = doc.add_table(rows=4, cols=2)
    borderless(s)
    for i, (place, seed, name, title) in enumerate([("Elverum, 24. januar 2020", "n01a", "Kari Nyhus", "Leder Nav Elverum"),
                                                    ("Elverum, 27. januar 2020", "n01b", "Odd Tore Sætre", "Kommunedirektør")]):
        first_para(s.cell(0, i), place)
        add_ink(first_para(s.cell(1, i)), seed)
        first_para(s.cell(2, i), name)
        first_para(s.cell(3, i), title)
    save_doc(doc, out)
    return truth("n01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", "934603362"), contact=("Siri Moen", "siri.moen@nav.no", "62431120"),
                 project=("Arbeid først i Elverum", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Nyhus", "Leder Nav Elverum", "2020-01-24", "handwritten"),
                       ("municipality", "Odd Tore Sætre", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: 100 % at exactly kr 610.000,- and competence kr 10.000,-",
                        "county form: numbered questions, grey italic instructions (with the caps) under each label"])


# ---------------------------------------------------------------- n02 docx-form nn, numbered cells, signed 03.02.20
def n02(out: Path):
    doc = new_doc("Calibri", 10, "Søknad 2020")
    para(doc, "SØKNAD OM TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020", bold=True, size=13)
    para(doc, "Statsforvaltaren i Vestland – skjema for Nav-kontora. Svarfrist 1. februar 2020.", italic=True, size=9)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def q(no, label, hint, *answers):
        r = t.add_row().cells
        r[0].width = Cm(1.2)
        first_para(r[0], no, bold=True)
        first_para(r[1], label, bold=True)
        if hint:
            para(r[1], hint, italic=True, size=8, colour=GREY)
        for a in answers:
            para(r[1], a)

    q("1", "Nav-kontor (søkjar)", "Berre Nav-kontor kan søkje.", "Nav Stord")
    q("2", "Kommune", "", "Stord kommune")
    q("3", "Organisasjonsnummer", "", "990452040")
    q("4", "Kontaktperson", "Namn, telefon og e-post til den som kan svare på spørsmål om søknaden.",
      "Hege Tysnes, tlf. 53 49 62 10, hege.tysnes@nav.no")
    q("5", "Namn på prosjektet", "", "Ung og i arbeid – Stord")
    q("6", "Nytt prosjekt eller vidareføring?", "Skriv kva år prosjektet er i ved vidareføring.",
      "Vidareføring – år 2")
    q("7", "Oppstart", "", "1. januar 2020")
    q("8", "Stillingsressurs", "Oppgje stillingsprosent.", "60 %")
    q("9", "Kostnader", "Lønn og sosiale kostnader, kompetansemidlar, sum.",
      "Lønn og sosiale kostnader: NOK 366 000", "Kompetansemidlar: NOK 8 000", "Sum omsøkt: NOK 374 000")
    q("10", "Prioriterte område", "Svar ja eller nei for kvart område.",
      "Bruk av ordinært arbeidsliv: Nei", "Oppfølging av barnefamiliar, ungdom og innvandrarar: Ja",
      "Sikring av sårbare overgangar: Nei")
    q("11", "Ønskjer kontoret å vere med i nettverk/klyngjesamarbeid?", "", "Ja")
    q("12", "Ønskjer kontoret ekstern prosessevaluering?", "", "Ja")
    para(doc, "")
    para(doc, "13  Underskrift", bold=True)
    for place, seed, name, title in [("Stord, 28.01.20", "n02a", "Hege Tysnes", "Leiar Nav Stord"),
                                     ("Stord, 03.02.20", "n02b", "Jon Olav Vikøy", "Kommunedirektør")]:
        para(doc, f"Stad og dato: {place}")
        add_ink(para(doc), seed, 3.6)
        para(doc, f"Namn: {name}")
        para(doc, title)
        para(doc, "")
    save_doc(doc, out)
    return truth("n02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", "990452040"), contact=("Hege Tysnes", "hege.tysnes@nav.no", "53496210"),
                 project=("Ung og i arbeid – Stord", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 366000, "competence": 8000, "total": 374000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hege Tysnes", "Leiar Nav Stord", "2020-01-28", "handwritten"),
                       ("municipality", "Jon Olav Vikøy", "Kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the kommunedirektør signed 03.02.20 (two-digit year), after 1 February 2020",
                        "areas answered with Ja/Nei words after each area; 60 % at exactly 366 000"])


# ---------------------------------------------------------------- n03 docx-form nb, four-column grid, phone only
def n03(out: Path):
    doc = new_doc("Times New Roman", 11, "Søknad")
    para(doc, "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret, tilskuddsåret 2020", bold=True, size=13)
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    cells = [("Nav-kontor", "Nav Lillestrøm", "Kommune", "Lillestrøm"),
             ("Org.nr.", "915 016 561", "Oppstart", "01.03.2020"),
             ("Kontaktperson", "Petter Holm", "Telefon", "934 12 876"),
             ("E-post", "", "Søknadstype", "Nytt prosjekt"),
             ("Prosjekt", "Familieløftet Lillestrøm", "", ""),
             ("Stillinger i alt", "150 %", "", "")]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            first_para(t.cell(i, j), v, bold=(j % 2 == 0))
    para(doc, "")
    para(doc, "Stillinger og budsjett", bold=True)
    b = doc.add_table(rows=5, cols=3)
    b.style = "Table Grid"
    for i, row in enumerate([("Stilling", "Stillingsprosent", "Beløp (NOK)"),
                             ("Familiekoordinator", "100 %", "610.000"),
                             ("Jobbspesialist", "50 %", "305.000"),
                             ("Kompetanse (prosessveiledning)", "", "10.000"),
                             ("Sum omsøkt", "150 %", "925.000")]):
        for j, v in enumerate(row):
            first_para(b.cell(i, j), v, bold=(i in (0, 4)))
    para(doc, "")
    para(doc, "Prioriterte områder (kryss av)", bold=True)
    a = doc.add_table(rows=4, cols=3)
    a.style = "Table Grid"
    for i, row in enumerate([("Område", "Ja", "Nei"), ("Bruk av ordinært arbeidsliv", "", "x"),
                             ("Oppfølging av barnefamilier, ungdom og innvandrere", "x", ""),
                             ("Sikring av sårbare overganger", "", "x")]):
        for j, v in enumerate(row):
            first_para(a.cell(i, j), v, bold=(i == 0))
    para(doc, "")
    para(doc, "Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Ja")
    para(doc, "")
    para(doc, "Underskrifter", bold=True)
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    for i, (head, seed, foot) in enumerate([("Leder i Nav Lillestrøm", "n03a", "Marianne Dahl        21.01.2020"),
                                            ("Assisterende kommunedirektør", "n03b", "Geir Løken        23.01.2020")]):
        first_para(s.cell(0, i), head, bold=True)
        add_ink(first_para(s.cell(1, i)), seed, 4.2)
        para(s.cell(1, i), foot)
    save_doc(doc, out)
    return truth("n03", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", "915016561"), contact=("Petter Holm", None, "93412876"),
                 project=("Familieløftet Lillestrøm", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Marianne Dahl", "Leder i Nav Lillestrøm", "2020-01-21", "handwritten"),
                       ("municipality", "Geir Løken", "Assisterende kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss: 150 % at exactly 915 000; empty E-post cell but a phone (reachable)",
                        "municipal leader titled 'Assisterende kommunedirektør'; areas as x in Ja/Nei columns"])


# ---------------------------------------------------------------- content controls (n04)
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def _sdt(tag: str, value: str | None) -> str:
    """A rich-text control; None leaves Word's grey placeholder showing."""
    shown = value if value is not None else PLACEHOLDER
    ph = "<w:showingPlcHdr/>" if value is None else ""
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if value is None else ""
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{sum(map(ord, tag)) * 7}"/>{ph}</w:sdtPr>'
            f'<w:sdtContent><w:r>{style}<w:t xml:space="preserve">{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def _dropdown(tag: str, value: str) -> str:
    items = "".join(f'<w:listItem w:displayText="{v}" w:value="{v}"/>' for v in ("Velg et element.", "Ja", "Nei"))
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:dropDownList>{items}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{value}</w:t></w:r></w:sdtContent></w:sdt>')


def _date(tag: str, iso: str, shown: str) -> str:
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/>'
            f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def _put(p, *parts) -> None:
    for x in parts:
        if x.startswith("<w:sdt"):
            p._p.append(parse_xml(x))
        else:
            p.add_run(x)


def n04(out: Path):
    doc = new_doc("Segoe UI", 9, "Søknadsskjema tilskudd 2020")
    para(doc, "Statsforvalteren i Oslo og Viken", size=8, colour=GREY)
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=14)
    para(doc, "Fyll ut de grå feltene. Bruk nedtrekkslistene for Ja/Nei.", italic=True, size=8, colour=GREY)
    sections = [
        ("A  Søker", [("A1 Nav-kontor", [_sdt("kontor", "Nav Moss")]), ("A2 Kommune", [_sdt("kommune", "Moss")]),
                      ("A3 Organisasjonsnummer", [_sdt("orgnr", "916894414")]),
                      ("A4 Kontaktperson", [_sdt("kontakt", "Ida Marie Strand")]),
                      ("A5 E-post", [_sdt("epost", "ida.marie.strand@nav.no")]),
                      ("A6 Mobil", [_sdt("mobil", "+47 917 33 408")])]),
        ("B  Prosjektet", [("B1 Prosjektnavn", [_sdt("tittel", "Sammen om jobb")]),
                           ("B2 Er dette en videreføring?", [_dropdown("videre", "Nei")]),
                           ("B3 Planlagt oppstart", [_date("start", "2020-04-15", "15. april 2020")]),
                           ("B4 Antall stillinger (prosent)", [_sdt("prosent", "100")])]),
        ("C  Budsjett (kroner)", [("C1 Lønn inkl. sosiale kostnader", [_sdt("lonn", "580 000")]),
                                  ("C2 Kompetansetiltak", [_sdt("komp", "12 500")]),
                                  ("C3 Andre kostnader", [_sdt("andre", None)]),
                                  ("C4 Totalt", [_sdt("sum", "592 500")])]),
        ("D  Prioriterte områder", [("D1 Bruk av ordinært arbeidsliv", [_dropdown("p1", "Ja")]),
                                    ("D2 Oppfølging av barnefamilier, ungdom og innvandrere", [_dropdown("p2", "Ja")]),
                                    ("D3 Sikring av sårbare overganger", [_dropdown("p3", "Nei")])]),
        ("E  Samarbeid", [("E1 Ønsker nettverk/klyngesamarbeid", [_dropdown("nett", "Nei")]),
                          ("E2 Ønsker ekstern prosessevaluering", [_dropdown("eval", "Nei")])]),
    ]
    for head, rows in sections:
        para(doc, head, bold=True, size=11)
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (label, parts) in enumerate(rows):
            first_para(t.cell(i, 0), label)
            _put(t.cell(i, 1).paragraphs[0], *parts)
    para(doc, "F  Signatur", bold=True, size=11)
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (role, seed, name, iso, shown) in enumerate([
            ("Leder Nav Moss", "n04a", "Tone Sørlie", "2020-01-22", "22. januar 2020"),
            ("Kommunalsjef helse og velferd", "n04b", "Øyvind Bratlie", "2020-01-24", "24. januar 2020")]):
        first_para(s.cell(0, i), role, bold=True)
        add_ink(first_para(s.cell(1, i)), seed, 4.0)
        _put(first_para(s.cell(2, i)), "Navn: ", _sdt(f"navn{i}", name))
        _put(first_para(s.cell(3, i)), "Dato: ", _date(f"dato{i}", iso, shown))
    save_doc(doc, out)
    return truth("n04", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Moss", "Moss", "916894414"),
                 contact=("Ida Marie Strand", "ida.marie.strand@nav.no", "91733408"),
                 project=("Sammen om jobb", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 580000, "competence": 12500, "total": 592500},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Tone Sørlie", "Leder Nav Moss", "2020-01-22", "handwritten"),
                       ("municipality", "Øyvind Bratlie", "Kommunalsjef helse og velferd", "2020-01-24", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["defect: competence 12 500 > 10 000",
                        "Ja/Nei drop-down controls; 'Andre kostnader' left with Word's placeholder (no value)",
                        "'Er dette en videreføring?' answered Nei = new project"])


# ---------------------------------------------------------------- legacy form fields (n05)
def _ff_text(name: str, value: str) -> list[str]:
    shown = value if value else "\u2002" * 5
    return [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput><w:maxLength w:val="120"/></w:textInput></w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {nsdecls("w")}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{shown}</w:t></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


def _ff_box(name: str, checked: bool) -> list[str]:
    chk = '<w:checked/>' if checked else ''
    return [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="20"/><w:default w:val="0"/>{chk}</w:checkBox>'
            f'</w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


def _runs(p, *parts) -> None:
    for x in parts:
        if isinstance(x, list):
            for r in x:
                p._p.append(parse_xml(r))
        else:
            p.add_run(x)


def n05(out: Path):
    doc = new_doc("Cambria", 10, "Søknad Nav Sunnfjord")
    para(doc, "Nav Sunnfjord", bold=True, size=12)
    para(doc, "Søknad om tilskot til utvikling av sosiale tenester i Nav – tilskotsåret 2020", bold=True, size=13)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, *parts):
        r = t.add_row().cells
        first_para(r[0], label)
        _runs(r[1].paragraphs[0], *parts)

    row("Søkjar (Nav-kontor)", _ff_text("Kontor", "Nav Sunnfjord"))
    row("Kommune", _ff_text("Kommune", "Sunnfjord"))
    row("Organisasjonsnummer", _ff_text("Orgnr", "903 997 966"))
    row("Kontaktperson", _ff_text("Kontakt", "Solveig Hatlevik"))
    row("E-post / telefon", _ff_text("Epost", "solveig.hatlevik@nav.no"), " / ", _ff_text("Tlf", "57 72 30 00"))
    row("Prosjekttittel", _ff_text("Tittel", "Raskare i jobb – Sunnfjord"))
    row("Type søknad", _ff_box("Ny", True), " Nytt prosjekt   ", _ff_box("Vidare", False), " Vidareføring")
    row("Oppstartsdato", _ff_text("Start", "01.05.2020"))
    row("Stilling 1 (rettleiar)", _ff_text("St1", "50 %"), "   kr ", _ff_text("Kr1", "300 000"))
    row("Stilling 2 (jobbkonsulent)", _ff_text("St2", "50 %"), "   kr ", _ff_text("Kr2", "300 000"))
    row("Kompetansemidlar", _ff_text("Komp", "kr 10 000"))
    row("Andre kostnader", _ff_text("Andre", ""))
    row("Samla søknadssum", _ff_text("Sum", "kr 610 000"))
    para(doc, "")
    para(doc, "Kva for prioriterte område gjeld prosjektet?", bold=True)
    for key, on, label in [("P1", True, "Bruk av ordinært arbeidsliv"),
                           ("P2", False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                           ("P3", True, "Sikring av sårbare overgangar")]:
        _runs(para(doc), _ff_box(key, on), "  " + label)
    _runs(para(doc), "Interesse for nettverk/klyngjesamarbeid:  ", _ff_box("NettJa", False), " Ja  ",
          _ff_box("NettNei", True), " Nei")
    _runs(para(doc), "Interesse for ekstern prosessevaluering:  ", _ff_box("EvalJa", True), " Ja  ",
          _ff_box("EvalNei", False), " Nei")
    para(doc, "")
    para(doc, "Underskrift", bold=True)
    for role, place, seed, name in [("Leiar i Nav Sunnfjord", "Førde, 30.01.2020", "n05a", "Arve Solheim"),
                                    ("Kommunedirektør", "Førde, 01.02.2020", "n05b", "Terje Heggheim")]:
        _runs(para(doc), "Stad og dato: ", _ff_text("D" + seed, place))
        add_ink(para(doc), seed, 3.8)
        _runs(para(doc), _ff_text("N" + seed, name), f", {role.lower() if role == 'Kommunedirektør' else role}")
    save_doc(doc, out)
    return truth("n05", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", "903997966"),
                 contact=("Solveig Hatlevik", "solveig.hatlevik@nav.no", "57723000"),
                 project=("Raskare i jobb – Sunnfjord", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Arve Solheim", "Leiar i Nav Sunnfjord", "2020-01-30", "handwritten"),
                       ("municipality", "Terje Heggheim", "kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: the kommunedirektør signed ON the deadline day 01.02.2020",
                        "two 50 % lines (300 000 each) = 100 %; total 610 000 is positions + competence, not a cap breach",
                        "FORMCHECKBOX with w:checked over w:default 0; empty 'Andre kostnader' field (en spaces)"])


# ---------------------------------------------------------------- letters (n06, n07)
def _letterhead(doc, lines, right):
    t = doc.add_table(rows=1, cols=2)
    borderless(t)
    first_para(t.cell(0, 0), lines[0], bold=True)
    for ln in lines[1:]:
        para(t.cell(0, 0), ln, size=8)
    first_para(t.cell(0, 1), right[0])
    for ln in right[1:]:
        para(t.cell(0, 1), ln)


def n06(out: Path):
    doc = new_doc("Georgia", 10.5, "Søknad")
    _letterhead(doc, ["Nav Halden", "Postadresse: Postboks 2134, 1760 Halden", "Org.nr. 954 657 280"],
                ["Deres ref.:", "Vår ref.: 20/118", "Dato: 29. januar 2020"])
    para(doc, "")
    para(doc, "Statsforvalteren i Oslo og Viken")
    para(doc, "Sosial- og familieavdelingen")
    para(doc, "")
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Brobyggeren»", bold=True)
    for s in [
        "Nav Halden søker med dette om tilskudd til prosjektet «Brobyggeren». Prosjektet er nytt og har planlagt "
        "oppstart 1. mars 2020.",
        "Bakgrunn og mål: Mange unge voksne i Halden faller ut når de går fra videregående skole til arbeidslivet, "
        "eller når de flytter fra kommunale tjenester til Nav. Prosjektet skal sikre disse sårbare overgangene med en "
        "fast kontaktperson som følger den unge gjennom hele overgangen.",
        "Vi søker om kr 540 000,- til lønn og sosiale kostnader for en prosjektkoordinator, og kr 10 000,- til "
        "kompetanseheving i metodikk for tett oppfølging. Samlet søknadsbeløp er kr 550 000,-. Halden kommune dekker "
        "kontorplass og utstyr.",
        "Nav Halden ønsker å delta i nettverk/klyngesamarbeid med andre tilskuddsmottakere. Vi ønsker ikke ekstern "
        "prosessevaluering i år.",
        "Kontaktperson for søknaden er Line Berg, tlf. 69 17 45 00, e-post line.berg@nav.no.",
    ]:
        para(doc, s).paragraph_format.space_after = Pt(6)
    para(doc, "")
    para(doc, "Med hilsen")
    s = doc.add_table(rows=3, cols=2)
    borderless(s)
    for i, (seed, name, title) in enumerate([("n06a", "Bjørn Egil Aas", "Leder Nav Halden"),
                                             ("n06b", "Grete Bakke", "Rådmann")]):
        add_ink(first_para(s.cell(0, i)), seed, 3.8)
        first_para(s.cell(1, i), name)
        first_para(s.cell(2, i), title)
    save_doc(doc, out)
    return truth("n06", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Halden", "Halden", "954657280"), contact=("Line Berg", "line.berg@nav.no", "69174500"),
                 project=("Brobyggeren", "new", "2020-03-01"), pct=None,
                 amounts={"positions": 540000, "competence": 10000, "total": 550000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Egil Aas", "Leder Nav Halden", "2020-01-29", "handwritten"),
                       ("municipality", "Grete Bakke", "Rådmann", "2020-01-29", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["defect: 'en prosjektkoordinator' with an amount but no stillingsprosent",
                        "ink in a 'Med hilsen' block, names and titles printed under; dates = the letter's date"], )


def n07(out: Path):
    doc = new_doc("Garamond", 11, "Søknad")
    para(doc, "NAV ØRSTA", bold=True, size=14)
    para(doc, "Ørsta kommune · Vikegata 5 · 6150 Ørsta · org.nr. 961 244 315", size=8, colour=GREY)
    para(doc, "")
    para(doc, "Statsforvaltaren i Møre og Romsdal")
    para(doc, "Ørsta, 27. januar 2020", italic=True)
    para(doc, "")
    para(doc, "Søknad om tilskot til utvikling av sosiale tenester i NAV – 2020", bold=True, size=12)
    for s in [
        "NAV Ørsta søkjer om tilskot til prosjektet Jobbsjansen Ørsta. Dette er eit nytt prosjekt, og vi planlegg "
        "å starte 1. mars 2020.",
        "Prosjektet skal nytte ordinære arbeidsplassar i lokalt næringsliv som arena for kvalifisering av "
        "sosialhjelpsmottakarar, i staden for tiltaksplassar. Ein jobbspesialist i 75 %-stilling skal byggje "
        "relasjonar til arbeidsgjevarar og følgje opp deltakarane på arbeidsplassen.",
    ]:
        para(doc, s).paragraph_format.space_after = Pt(6)
    para(doc, "Budsjett", bold=True)
    b = doc.add_table(rows=3, cols=2)
    for i, (a, v) in enumerate([("Løn og sosiale kostnader, 75 % stilling", "NOK 457 500"),
                                ("Kompetanseheving (kurs i jobbspesialisering)", "NOK 10 000"),
                                ("Sum omsøkt", "NOK 467 500")]):
        first_para(b.cell(i, 0), a, bold=(i == 2))
        first_para(b.cell(i, 1), v, bold=(i == 2))
    for s in [
        "Vi ønskjer å vere med i nettverk/klyngjesamarbeid, og vi ønskjer òg ekstern prosessevaluering.",
        "Kontaktperson: Kristin Bjørdal, kristin.bjordal@nav.no, telefon 70 04 92 11.",
    ]:
        para(doc, s).paragraph_format.space_before = Pt(6)
    para(doc, "")
    para(doc, "Med helsing")
    s = doc.add_table(rows=2, cols=2)
    borderless(s)
    for i, (name, title) in enumerate([("Anne Lid", "leiar NAV Ørsta"), ("Per Inge Aam", "kommunedirektør")]):
        first_para(s.cell(0, i), name)
        first_para(s.cell(1, i), title)
    para(doc, "")
    para(doc, "Dokumentet er godkjent elektronisk og har difor ingen handskrivne signaturar.", italic=True, size=9)
    save_doc(doc, out)
    return truth("n07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", "961244315"),
                 contact=("Kristin Bjørdal", "kristin.bjordal@nav.no", "70049211"),
                 project=("Jobbsjansen Ørsta", "new", "2020-03-01"), pct=75,
                 amounts={"positions": 457500, "competence": 10000, "total": 467500},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Anne Lid", "leiar NAV Ørsta", "2020-01-27", "electronic_approval"),
                       ("municipality", "Per Inge Aam", "kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["near-miss: 75 % at exactly NOK 457 500 (= 610 000 × 0.75)",
                        "Nynorsk electronic approval sentence under a 'Med helsing' block with names and titles; "
                        "dates = the letter's date"])
