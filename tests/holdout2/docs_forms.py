"""Filled-in forms: the directorate's form in Word (some exported to PDF),
numbered question forms, horizontal tables and UPPERCASE labels."""

from __future__ import annotations

from pathlib import Path

from tests.holdout2.case import BOTH_SIGNERS, FAMILIES, SCHEME_2020, TRANSITIONS, WORK, Case
from tests.builders.word import box, form_table, grid, new_document, para, section_row, shade, signature_table, write

FORM_TITLE = "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
DEADLINE_LINE = "Søknadsfrist: 1. februar 2020. Skjemaet sendes Fylkesmannen."


def _areas(work: bool, families: bool, transitions: bool, *, nynorsk: bool = False) -> str:
    """The form's three priority areas, each behind a typed check box."""
    labels = (("Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
               "Sikring av sårbare overgangar") if nynorsk else
              ("Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
               "Sikring av sårbare overganger"))
    return "\n".join(f"{box(ticked)} {label}" for ticked, label in zip((work, families, transitions), labels))


def _yes_no(yes: bool) -> str:
    return f"{box(yes)} Ja    {box(not yes)} Nei"


# --- D01 Nav Gamle Oslo: the directorate's form in Word, exported to PDF -----------------------

def build_gamle_oslo(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading(FORM_TITLE, level=1)
    para(doc, DEADLINE_LINE, italic=True)
    form_table(doc, [
        ("1. Opplysninger om søker", [
            ("Navn på Nav-kontor", "NAV Gamle Oslo"),
            ("Kommune/bydel", "Oslo kommune, bydel Gamle Oslo"),
            ("Organisasjonsnummer", "952 601 814"),
            ("Postadresse", "Postboks 9250 Grønland, 0134 Oslo"),
        ]),
        ("2. Kontaktperson for søknaden", [
            ("Navn", "Hanne Kristiansen Berg"),
            ("Stilling", "Avdelingsleder, ungdomsavdelingen"),
            ("Telefon", "+47 934 12 877"),
            ("E-post", "Hanne.Kristiansen.Berg@nav.no"),
        ]),
        ("3. Om tiltaket", [
            ("Tiltakets navn", "«Ungdomsløftet i Gamle Oslo»"),
            ("Nytt tiltak eller videreføring", f"{box(True)} Nytt tiltak     {box(False)} Videreføring"),
            ("Planlagt oppstart", "01.08.2020"),
            ("Prioriterte utviklingsområder (kryss av)", _areas(False, True, True)),
        ]),
    ])
    doc.add_heading("4. Beskrivelse av tiltaket", level=2)
    para(doc, "Bydel Gamle Oslo har en høy andel ungdom mellom 18 og 24 år som mottar økonomisk sosialhjelp. "
              "Mange av dem har avbrutt videregående opplæring, og flere bor i familier der foreldrene selv har "
              "langvarig behov for stønad. Vi ser at overgangen fra videregående skole til voksenlivet er særlig "
              "sårbar: når eleven slutter på skolen, faller oppfølgingen fra skole og oppfølgingstjeneste bort, og "
              "det tar ofte mange måneder før Nav-kontoret kommer i kontakt med den unge.")
    para(doc, "Ungdomsløftet skal prøve ut en ny arbeidsmåte der en fast ungdomsveileder møter eleven allerede "
              "før skoleslutt, sammen med rådgiver på skolen og foresatte. Veilederen skal følge den unge tett "
              "gjennom overgangen og koordinere sosialfaglig oppfølging, bolig og økonomi. Vi vil dokumentere "
              "erfaringene underveis og bruke dem i utviklingen av ungdomsarbeidet i hele bydelen.")
    doc.add_heading("5. Stillinger og budsjett", level=2)
    grid(doc, [
        ["Stilling", "Stillingsprosent", "Omsøkt beløp (kr)"],
        ["Ungdomsveileder", "100 %", "610 000"],
    ], widths=(7.0, 4.0, 5.5))
    para(doc)
    grid(doc, [
        ["Budsjettpost", "Omsøkt fra AVdir", "Kommunal egenandel", "Sum"],
        ["Lønn og sosiale utgifter, ungdomsveileder 100 %", "610 000", "120 000", "730 000"],
        ["Kompetanse (prosessveiledning)", "10 000", "0", "10 000"],
        ["Sum", "620 000", "120 000", "740 000"],
    ], widths=(7.0, 3.2, 3.3, 3.0))
    doc.add_heading("6. Nettverk og evaluering", level=2)
    grid(doc, [
        ["Spørsmål", "Svar"],
        ["Ønsker Nav-kontoret å delta i nettverk/klyngesamarbeid?", _yes_no(True)],
        ["Ønsker Nav-kontoret ekstern prosessevaluering av tiltaket?", _yes_no(False)],
    ], widths=(11.0, 5.5))
    doc.add_heading("7. Forankring og underskrift", level=2)
    para(doc, "Tiltaket er forankret i bydelens ledelse.")
    signature_table(doc,
                    ["Oslo, 27. januar 2020", "", "Tone Marie Haugland", "Nav-leder, NAV Gamle Oslo"],
                    ["Oslo, 28. januar 2020", "", "Per Arne Solberg", "Bydelsdirektør, bydel Gamle Oslo"])
    path = folder / "gamle_oslo_skjema.docx"
    doc.save(path)
    return path


GAMLE_OSLO = Case(
    name="d01_gamle_oslo_form_pdf",
    build=build_gamle_oslo,
    convert=True,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Gamle Oslo", "office.municipality": "Oslo", "office.org_number": "952601814",
        "contact.name": "Hanne Kristiansen Berg", "contact.email": "hanne.kristiansen.berg@nav.no",
        "contact.phone": "93412877",
        "project.title": "Ungdomsløftet i Gamle Oslo", "project.kind": "new", "project.start_date": "2020-08-01",
        "positions.titles": ["ungdomsveileder"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": 120000,
        "priority_areas": [FAMILIES, TRANSITIONS],
        "interest.network": True, "interest.process_evaluation": False,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D02 Nav Nordre Follo: numbered questions, answer in the paragraph below, exported to PDF ---

def _question(doc, number: str, question: str, *answers: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{number} {question}").bold = True
    for answer in answers:
        para(doc, answer)


def build_nordre_follo(folder: Path) -> Path:
    doc = new_document(font="Arial", size=10.5)
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", level=1)
    para(doc, "Fyll ut alle punkter. Søknadsfristen er 1. februar 2020.", italic=True)
    doc.add_heading("Del 1 Søker", level=2)
    _question(doc, "1.1", "Navn på Nav-kontoret", "NAV Nordre Follo")
    _question(doc, "1.2", "Kommune", "Nordre Follo")
    _question(doc, "1.3", "Organisasjonsnummer", "959083010")
    _question(doc, "1.4", "Kontaktperson (navn, telefon og e-post)",
              "Eirik Sandvold, tlf. 47 61 22 90, eirik.sandvold@nav.no")
    doc.add_heading("Del 2 Tiltaket", level=2)
    _question(doc, "2.1", "Tiltakets navn", "Arbeidslinja Follo")
    _question(doc, "2.2", "Er dette et nytt tiltak eller en videreføring av et tiltak som har fått tilskudd før?",
              "Nytt tiltak.")
    _question(doc, "2.3", "Beskriv kort tiltaket og hvilke lokale utfordringer det skal løse",
              "Mange som mottar økonomisk sosialhjelp i Nordre Follo har stått lenge utenfor arbeidslivet, og "
              "tradisjonelle kurs har gitt lite varig effekt. Vi vil prøve ut en arbeidsmåte der en "
              "jobbkonsulent bruker det meste av tiden ute hos lokale arbeidsgivere og finner ordinære "
              "arbeidsplasser sammen med den enkelte. Oppfølgingen skal fortsette etter ansettelse, både "
              "overfor arbeidstakeren og arbeidsgiveren.")
    _question(doc, "2.4", "Hvilke av de prioriterte områdene retter tiltaket seg mot?",
              "Bruk av ordinært arbeidsliv.")
    _question(doc, "2.5", "Når starter tiltaket?", "1. september 2020")
    doc.add_heading("Del 3 Stillinger og budsjett", level=2)
    _question(doc, "3.1", "Hvilke stillinger inngår i tiltaket?", "Én 100 % stilling som jobbkonsulent.")
    _question(doc, "3.2", "Budsjett for 2020")
    grid(doc, [
        ["Budsjettpost", "Beløp (kr)"],
        ["Lønn jobbkonsulent (100 %)", "468 000"],
        ["Sosiale utgifter (arbeidsgiveravgift, pensjon)", "142 000"],
        ["Kompetanse – kurs i jobbutvikling", "10 000"],
        ["Sum omsøkt", "620 000"],
    ], widths=(11.0, 5.0))
    doc.add_heading("Del 4 Nettverk og evaluering", level=2)
    _question(doc, "4.1", "Ønsker Nav-kontoret å delta i nettverk/klyngesamarbeid?", "Ja.")
    _question(doc, "4.2", "Ønsker Nav-kontoret at tiltaket får ekstern prosessevaluering?",
              "Ja, det stiller vi oss positive til.")
    doc.add_heading("Del 5 Underskrift", level=2)
    _question(doc, "5.1", "Nav-leder", "Ski, 29.01.2020", "Marianne Løkken, Nav-leder")
    _question(doc, "5.2", "Kommunens ledelse", "Ski, 29.01.2020", "Jon Erik Haug, kommunedirektør")
    path = folder / "nordre_follo_nummerert.docx"
    doc.save(path)
    return path


NORDRE_FOLLO = Case(
    name="d02_nordre_follo_numbered_pdf",
    build=build_nordre_follo,
    convert=True,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Nordre Follo", "office.municipality": "Nordre Follo", "office.org_number": "959083010",
        "contact.name": "Eirik Sandvold", "contact.email": "eirik.sandvold@nav.no", "contact.phone": "47612290",
        "project.title": "Arbeidslinja Follo", "project.kind": "new", "project.start_date": "2020-09-01",
        "positions.titles": ["jobbkonsulent"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [WORK],
        "interest.network": True, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D03 Nav Indre Østfold: horizontal tables, UPPERCASE labels with '*', exported to PDF -------

def build_indre_ostfold(folder: Path) -> Path:
    doc = new_document(font="Verdana", size=9.5)
    para(doc, "SØKNAD OM TILSKUDD 2020 – UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET", bold=True, size=13)
    para(doc, "Felt merket med * må fylles ut. Frist 1. februar 2020.", italic=True, size=8)
    para(doc, "SØKER", bold=True)
    grid(doc, [["Nav-kontor*", "Kommune*", "Org.nr.*"],
               ["NAV Indre Østfold", "Indre Østfold", "966 131 861"]])
    para(doc, "KONTAKTPERSON", bold=True)
    grid(doc, [["Navn*", "Telefon*", "E-post*"],
               ["Siri Bakke Olsen", "69 68 21 40", "siri.bakke.olsen@nav.no"]])
    para(doc, "PROSJEKT", bold=True)
    grid(doc, [["PROSJEKTNAVN*", "NYTT/VIDEREFØRING*", "OPPSTART*"],
               ["Familieteam Indre Østfold", "Nytt prosjekt", "01.09.2020"]])
    para(doc, "STILLINGER", bold=True)
    grid(doc, [["Stilling", "Stillingsprosent", "Omsøkt beløp"],
               ["Familiekoordinator", "100 %", "610 000"],
               ["Familieveileder", "50 %", "305 000"],
               ["Sum", "150 %", "915 000"]])
    para(doc, "BUDSJETT", bold=True)
    grid(doc, [["Lønn og sosiale utgifter*", "Kompetanse", "Totalt omsøkt*"],
               ["915 000", "10 000", "925 000"]])
    para(doc, "PRIORITERTE OMRÅDER (obligatorisk)", bold=True)
    for line in _areas(False, True, False).split("\n"):
        para(doc, line)
    para(doc, "BESKRIVELSE*", bold=True)
    para(doc, "Kommunen har mange barnefamilier med lav inntekt som over tid har mottatt stønad fra flere "
              "tjenester samtidig. Familiene forteller om mange kontaktpersoner og vedtak som ikke henger sammen. "
              "Vi vil prøve ut et familieteam der én familiekoordinator har hovedansvaret for hele familien, og "
              "der barnas behov kartlegges og tas med i alle vedtak. Familieveilederen skal arbeide med "
              "foreldrenes økonomi, bosituasjon og barnas fritid.")
    para(doc, "INTERESSE", bold=True)
    grid(doc, [["Nettverk/klyngesamarbeid", "Ekstern prosessevaluering"],
               [_yes_no(False), _yes_no(True)]])
    para(doc, "UNDERSKRIFT", bold=True)
    grid(doc, [["Rolle", "Navn", "Dato"],
               ["Leder, NAV Indre Østfold", "Kari Nyhus", "30.01.2020"],
               ["Kommunalsjef helse og velferd", "Bjørn Tore Myhre", "30.01.2020"]])
    path = folder / "indre_ostfold_horisontal.docx"
    doc.save(path)
    return path


INDRE_OSTFOLD = Case(
    name="d03_indre_ostfold_horizontal_pdf",
    build=build_indre_ostfold,
    convert=True,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Indre Østfold", "office.municipality": "Indre Østfold", "office.org_number": "966131861",
        "contact.name": "Siri Bakke Olsen", "contact.email": "siri.bakke.olsen@nav.no", "contact.phone": "69682140",
        "project.title": "Familieteam Indre Østfold", "project.kind": "new", "project.start_date": "2020-09-01",
        "positions.titles": ["familiekoordinator", "familieveileder"], "positions.percents": [100, 50],
        "positions.amounts": [610000, 305000], "positions_percent_total": 150,
        "amounts.positions": 915000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 925000, "amounts.own_funding": None,
        "priority_areas": [FAMILIES],
        "interest.network": False, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D04 Nav Midt-Telemark: Word (.docx), UPPERCASE '(obligatorisk)' labels, continuation ------

def build_midt_telemark(folder: Path) -> Path:
    doc = new_document(font="Cambria")
    doc.add_heading("SØKNADSSKJEMA 2020", level=1)
    para(doc, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret. Søknadsfrist 1. februar 2020.")
    grid(doc, [
        ["NAV-KONTOR (obligatorisk)", "NAV Midt-Telemark"],
        ["KOMMUNE", "Midt-Telemark"],
        ["ORGANISASJONSNUMMER (obligatorisk)", "909 139 090"],
        ["KONTAKTPERSON (obligatorisk)", "Ingrid Aasland"],
        ["TELEFON", "950 44 318"],
        ["E-POST", "ingrid.aasland@nav.no"],
        ["PROSJEKTNAVN (obligatorisk)", "Veien videre"],
        ["SØKNADEN GJELDER (obligatorisk)", "Videreføring, år 2 av 3 (første tildeling 2019)"],
        ["PROSJEKTPERIODE 2020", "01.03.2020–28.02.2021"],
    ], header=False, bold_first_column=True, widths=(7.0, 9.5))
    para(doc)
    para(doc, "BESKRIVELSE AV PROSJEKTET (obligatorisk)", bold=True)
    para(doc, "Veien videre ble startet i 2019 for å sikre de sårbare overgangene for personer som løslates "
              "fra fengsel eller skrives ut fra institusjon. Første år viste at samarbeidet med "
              "kriminalomsorgen fungerer, men at mange fortsatt står uten bolig og oppfølging de første ukene. "
              "I år 2 vil vi utvikle en fast modell for samarbeid før løslatelse, med felles plan fra første dag.")
    para(doc, "STILLINGER (obligatorisk)", bold=True)
    grid(doc, [["STILLING", "STILLINGSPROSENT", "BELØP"],
               ["Prosjektleder", "100 %", "610 000"],
               ["Boveileder", "50 %", "305 000"]])
    para(doc)
    para(doc, "BUDSJETT (obligatorisk)", bold=True)
    grid(doc, [
        ["Budsjettpost", "Omsøkt fra AVdir", "Kommunal egenandel", "Sum"],
        ["Lønn og sosiale utgifter prosjektleder (100 %)", "610 000", "50 000", "660 000"],
        ["Lønn og sosiale utgifter boveileder (50 %)", "305 000", "25 000", "330 000"],
        ["Kompetanse", "10 000", "0", "10 000"],
        ["Sum", "925 000", "75 000", "1 000 000"],
    ])
    para(doc)
    grid(doc, [["NETTVERK/KLYNGESAMARBEID", "Ja"], ["EKSTERN PROSESSEVALUERING", "Nei"]],
         header=False, bold_first_column=True)
    para(doc)
    para(doc, "UNDERSKRIFTER", bold=True)
    grid(doc, [["NAV-LEDER", "KOMMUNEDIREKTØR"],
               ["Bø, 22.01.2020\n\nLiv Torhild Nordbø", "Bø, 23.01.2020\n\nArne Gjerde"]])
    path = folder / "midt_telemark_versaler.docx"
    doc.save(path)
    return path


MIDT_TELEMARK = Case(
    name="d04_midt_telemark_uppercase_docx",
    build=build_midt_telemark,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Midt-Telemark", "office.municipality": "Midt-Telemark", "office.org_number": "909139090",
        "contact.name": "Ingrid Aasland", "contact.email": "ingrid.aasland@nav.no", "contact.phone": "95044318",
        "project.title": "Veien videre", "project.kind": "continuation", "project.start_date": "2020-03-01",
        "positions.titles": ["prosjektleder", "boveileder"], "positions.percents": [100, 50],
        "positions.amounts": [610000, 305000], "positions_percent_total": 150,
        "amounts.positions": 915000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 925000, "amounts.own_funding": 75000,
        "priority_areas": [TRANSITIONS],
        "interest.network": True, "interest.process_evaluation": False,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D08 Nav Ringsaker: over the cap with 1,5 årsverk, Word form exported to PDF ---------------

def build_ringsaker(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading(FORM_TITLE, level=1)
    para(doc, DEADLINE_LINE, italic=True)
    form_table(doc, [
        ("Søker", [
            ("Nav-kontor", "NAV Ringsaker"),
            ("Kommune", "Ringsaker"),
            ("Org.nr.", "918 190 937"),
        ]),
        ("Kontaktperson", [
            ("Navn", "Kjersti Haugen"),
            ("Telefon / e-post", "918 44 201 / kjersti.haugen@nav.no"),
        ]),
        ("Tiltaket", [
            ("Navn på tiltaket", "Ny start etter soning"),
            ("Type søknad", f"{box(True)} Nytt tiltak     {box(False)} Videreføring"),
            ("Oppstart", "1. april 2020"),
            ("Prioriterte områder", _areas(False, False, True)),
        ]),
    ])
    doc.add_heading("Beskrivelse", level=2)
    para(doc, "Ringsaker har mange innbyggere som vender hjem etter soning uten bolig og uten avtaler med "
              "tjenestene. Tiltaket skal sikre overgangen fra fengsel til kommunen ved at miljøterapeutene møter "
              "den innsatte før løslatelse og har planen klar når vedkommende kommer ut.")
    doc.add_heading("Stillinger og budsjett", level=2)
    grid(doc, [
        ["Stilling", "Stillingsressurs", "Lønn og sosiale utgifter"],
        ["Miljøterapeut", "1,5 årsverk", "1 000 000"],
    ])
    para(doc)
    grid(doc, [
        ["Budsjettpost", "Omsøkt beløp"],
        ["Lønn og sosiale utgifter (1,5 årsverk)", "1 000 000"],
        ["Kompetanse", "10 000"],
        ["Totalt omsøkt", "1 010 000"],
    ])
    doc.add_heading("Nettverk og evaluering", level=2)
    para(doc, f"Nettverk/klyngesamarbeid: {_yes_no(True)}")
    para(doc, f"Ekstern prosessevaluering: {_yes_no(True)}")
    doc.add_heading("Underskrifter", level=2)
    signature_table(doc, ["Brumunddal, 31.01.2020", "", "Ole Kristian Bakken", "Nav-leder"],
                    ["Brumunddal, 31.01.2020", "", "Heidi Skaug", "Rådmann"])
    path = folder / "ringsaker_overskrider.docx"
    doc.save(path)
    return path


RINGSAKER = Case(
    name="d08_ringsaker_over_cap_pdf",
    build=build_ringsaker,
    convert=True,
    present=("AMOUNT_OVER_CAP",),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Ringsaker", "office.municipality": "Ringsaker", "office.org_number": "918190937",
        "contact.name": "Kjersti Haugen", "contact.email": "kjersti.haugen@nav.no", "contact.phone": "91844201",
        "project.title": "Ny start etter soning", "project.kind": "new", "project.start_date": "2020-04-01",
        "positions.titles": ["miljøterapeut"], "positions.percents": [150], "positions.amounts": [1000000],
        "positions_percent_total": 150,
        "amounts.positions": 1000000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 1010000, "amounts.own_funding": None,
        "priority_areas": [TRANSITIONS],
        "interest.network": True, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D09 Nav Hamar: competence over the cap; vertically merged label cells, Word (.docx) -------

def build_hamar(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading(FORM_TITLE, level=1)
    para(doc, DEADLINE_LINE, italic=True)
    rows = [
        ("Søker", "Nav-kontor", "NAV Hamar"),
        ("Søker", "Kommune", "Hamar"),
        ("Søker", "Organisasjonsnummer", "978 657 974"),
        ("Kontaktperson", "Navn", "Anders Rønning"),
        ("Kontaktperson", "Telefon", "62 55 31 04"),
        ("Kontaktperson", "E-post", "anders.ronning@nav.no"),
        ("Tiltak", "Navn på tiltaket", "Hamarmodellen for barnefamilier"),
        ("Tiltak", "Nytt eller videreføring", f"{box(True)} Nytt   {box(False)} Videreføring"),
        ("Tiltak", "Oppstart", "01.06.2020"),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, (group, label, value) in enumerate(rows):
        write(table.cell(r, 1), label, bold=True)
        write(table.cell(r, 2), value)
    start = 0
    for r in range(1, len(rows) + 1):
        if r == len(rows) or rows[r][0] != rows[start][0]:
            merged = table.cell(start, 0).merge(table.cell(r - 1, 0))
            write(merged, rows[start][0], bold=True)
            shade(merged, "D9E2F3")
            start = r
    doc.add_heading("Prioriterte områder", level=2)
    for line in _areas(False, True, False).split("\n"):
        para(doc, line)
    doc.add_heading("Beskrivelse", level=2)
    para(doc, "Hamar har over tid hatt mange barnefamilier med langvarig behov for økonomisk sosialhjelp. "
              "Familiekonsulenten skal følge familiene helhetlig, med særlig vekt på barnas situasjon, og prøve "
              "ut en ny arbeidsmåte med faste familiemøter der barna selv får si hva de trenger.")
    doc.add_heading("Budsjett", level=2)
    grid(doc, [
        ["Budsjettpost", "Omsøkt beløp (kr)"],
        ["Lønn og sosiale utgifter, familiekonsulent 100 % stilling", "610 000"],
        ["Kompetanse (evaluering og kurs i familiearbeid)", "12 000"],
        ["Sum omsøkt", "622 000"],
    ])
    doc.add_heading("Nettverk og prosessevaluering", level=2)
    para(doc, f"Interessert i nettverk/klyngesamarbeid: {_yes_no(False)}")
    para(doc, f"Interessert i ekstern prosessevaluering: {_yes_no(False)}")
    doc.add_heading("Underskrift", level=2)
    signature_table(doc, ["Hamar, 20.01.2020", "", "Lise Mette Dahl", "Leder NAV Hamar"],
                    ["Hamar, 21.01.2020", "", "Tom Erik Sveen", "Kommunedirektør"])
    path = folder / "hamar_kompetanse.docx"
    doc.save(path)
    return path


HAMAR = Case(
    name="d09_hamar_competence_over_cap_docx",
    build=build_hamar,
    present=("COMPETENCE_OVER_CAP",),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Hamar", "office.municipality": "Hamar", "office.org_number": "978657974",
        "contact.name": "Anders Rønning", "contact.email": "anders.ronning@nav.no", "contact.phone": "62553104",
        "project.title": "Hamarmodellen for barnefamilier", "project.kind": "new", "project.start_date": "2020-06-01",
        "positions.titles": ["familiekonsulent"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 12000, "amounts.other": None,
        "amounts.total": 622000, "amounts.own_funding": None,
        "priority_areas": [FAMILIES],
        "interest.network": False, "interest.process_evaluation": False,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D13 Nav Alta: no priority area ticked or argued; Word form exported to PDF ----------------

def build_alta(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading(FORM_TITLE, level=1)
    para(doc, DEADLINE_LINE, italic=True)
    form_table(doc, [
        ("1. Søker", [
            ("Navn på Nav-kontor", "NAV Alta"),
            ("Kommune", "Alta"),
            ("Organisasjonsnummer", "948 757 494"),
        ]),
        ("2. Kontaktperson", [
            ("Navn", "Marit Eira Somby"),
            ("Telefon", "784 55 120"),
            ("E-post", "marit.eira.somby@nav.no"),
        ]),
        ("3. Tiltaket", [
            ("Tiltakets navn", "Orden i økonomien"),
            ("Nytt tiltak eller videreføring", f"{box(True)} Nytt tiltak     {box(False)} Videreføring"),
            ("Oppstart", "1. mai 2020"),
            ("Prioriterte utviklingsområder (kryss av)", _areas(False, False, False)),
        ]),
    ])
    doc.add_heading("4. Beskrivelse", level=2)
    para(doc, "Alta har mange voksne med gjeldsproblemer som søker nødhjelp gang på gang. Vi vil utvikle en "
              "digital timebok og en fast ordning der økonomisk rådgiver tar kontakt innen to dager etter at "
              "noen har søkt nødhjelp, og prøve ut gruppeveiledning i budsjett og gjeld sammen med "
              "Namsfogden og frivillige organisasjoner.")
    doc.add_heading("5. Budsjett", level=2)
    grid(doc, [
        ["Budsjettpost", "Omsøkt (kr)"],
        ["Lønn økonomisk rådgiver 100 %", "470 000"],
        ["Sosiale utgifter (arbeidsgiveravgift, pensjon)", "140 000"],
        ["Kompetanse", "10 000"],
        ["Sum omsøkt", "620 000"],
    ])
    doc.add_heading("6. Nettverk og evaluering", level=2)
    grid(doc, [["Nettverk/klyngesamarbeid", _yes_no(True)], ["Ekstern prosessevaluering", _yes_no(False)]],
         header=False)
    doc.add_heading("7. Underskrift", level=2)
    signature_table(doc, ["Alta, 28.01.2020", "", "Johan Mathis Gaup", "Nav-leder"],
                    ["Alta, 28.01.2020", "", "Bente Isaksen", "Rådmann"])
    path = folder / "alta_uten_omrade.docx"
    doc.save(path)
    return path


ALTA = Case(
    name="d13_alta_no_priority_area_pdf",
    build=build_alta,
    convert=True,
    present=("PRIORITY_AREA_MISSING",),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Alta", "office.municipality": "Alta", "office.org_number": "948757494",
        "contact.name": "Marit Eira Somby", "contact.email": "marit.eira.somby@nav.no", "contact.phone": "78455120",
        "project.title": "Orden i økonomien", "project.kind": "new", "project.start_date": "2020-05-01",
        "positions.titles": ["økonomisk rådgiver"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [],
        "interest.network": True, "interest.process_evaluation": False,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D16 Nav Vestre Toten: question row above its answer row in one table; continuation -------

def build_vestre_toten(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading("Søknad om tilskudd 2020 – sosiale tjenester i Nav", level=1)
    para(doc, "Søknaden sendes Fylkesmannen i Innlandet innen 1. februar 2020.")
    qa = [
        ("1.1 Navn på Nav-kontoret", "NAV Vestre Toten"),
        ("1.2 Kommune", "Vestre Toten kommune"),
        ("1.3 Organisasjonsnummer", "976018958"),
        ("1.4 Kontaktperson", "Gro Anita Sletten\nTelefon: 61 15 72 40\nE-post: gro.anita.sletten@nav.no"),
        ("2.1 Prosjektets navn", "Ut av fattigdom – sammen med familien"),
        ("2.2 Nytt prosjekt eller videreføring?", "Videreføring, år 2 av 3"),
        ("2.3 Beskriv kort prosjektet og hva dere vil oppnå i 2020",
         "Prosjektet startet i 2019 og følger barnefamilier som har hatt sosialhjelp i mer enn ett år. I år 2 "
         "skal vi prøve ut faste samarbeidsmøter med barnehage og skole, slik at barnas situasjon blir en del av "
         "planen for hele familien."),
        ("2.4 Oppstartsdato for prosjektåret 2020", "01.04.2020"),
        ("3.1 Stillinger (tittel og stillingsprosent)", "Familiekoordinator 80 %"),
        ("3.2 Omsøkt beløp til lønn og sosiale utgifter", "488 000"),
        ("3.3 Omsøkt beløp til kompetanse", "10 000"),
        ("3.4 Totalt omsøkt beløp", "498 000"),
        ("4.1 Hvilke prioriterte områder gjelder prosjektet?", _areas(False, True, False)),
        ("4.2 Ønsker dere å delta i nettverk/klyngesamarbeid?", "Nei"),
        ("4.3 Ønsker dere ekstern prosessevaluering?", "Nei"),
    ]
    table = doc.add_table(rows=2 * len(qa), cols=1)
    table.style = "Table Grid"
    for i, (question, answer) in enumerate(qa):
        write(table.cell(2 * i, 0), question, bold=True)
        shade(table.cell(2 * i, 0), "E7E6E6")
        write(table.cell(2 * i + 1, 0), answer)
    para(doc)
    para(doc, "Underskrifter", bold=True)
    signature_table(doc, ["Raufoss, 24.01.2020", "", "Kjell Inge Bråten", "Nav-leder"],
                    ["Raufoss, 24.01.2020", "", "Anne Berit Hoel", "Kommunalsjef helse og omsorg"])
    path = folder / "vestre_toten_videreforing.docx"
    doc.save(path)
    return path


VESTRE_TOTEN = Case(
    name="d16_vestre_toten_continuation_docx",
    build=build_vestre_toten,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Vestre Toten", "office.municipality": "Vestre Toten", "office.org_number": "976018958",
        "contact.name": "Gro Anita Sletten", "contact.email": "gro.anita.sletten@nav.no", "contact.phone": "61157240",
        "project.title": "Ut av fattigdom – sammen med familien", "project.kind": "continuation",
        "project.start_date": "2020-04-01",
        "positions.titles": ["familiekoordinator"], "positions.percents": [80], "positions.amounts": [488000],
        "positions_percent_total": 80,
        "amounts.positions": 488000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 498000, "amounts.own_funding": None,
        "priority_areas": [FAMILIES],
        "interest.network": False, "interest.process_evaluation": False,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D17 Nav Nord-Fron: three-column form, merged group cells, ticked continuation box ---------

def build_nord_fron(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading(FORM_TITLE, level=1)
    para(doc, DEADLINE_LINE, italic=True)
    table = doc.add_table(rows=12, cols=3)
    table.style = "Table Grid"
    section_row(table, 0, "Del A – Søker og kontaktperson")
    content = [
        (1, "Søker", "Nav-kontor", "NAV Nord-Fron"),
        (2, "Søker", "Kommune", "Nord-Fron"),
        (3, "Søker", "Org.nr.", "955 979 710"),
        (4, "Kontaktperson", "Navn", "Torunn Kleppen"),
        (5, "Kontaktperson", "Mobil", "481 20 377"),
        (6, "Kontaktperson", "E-post", "torunn.kleppen@nav.no"),
    ]
    for r, _, label, value in content:
        write(table.cell(r, 1), label, bold=True)
        write(table.cell(r, 2), value)
    for first, last, text in ((1, 3, "Søker"), (4, 6, "Kontaktperson")):
        merged = table.cell(first, 0).merge(table.cell(last, 0))
        write(merged, text, bold=True)
        shade(merged, "F2F2F2")
    section_row(table, 7, "Del B – Tiltaket")
    write(table.cell(8, 0), "Tiltakets navn", bold=True)
    write(table.cell(8, 1).merge(table.cell(8, 2)), "Arbeidsplassen som læringsarena")
    write(table.cell(9, 0), "Søknaden gjelder", bold=True)
    write(table.cell(9, 1).merge(table.cell(9, 2)),
          f"{box(False)} Nytt tiltak\n{box(True)} Videreføring (år 3 av 3)")
    write(table.cell(10, 0), "Oppstart prosjektår 2020", bold=True)
    write(table.cell(10, 1).merge(table.cell(10, 2)), "1. januar 2020")
    write(table.cell(11, 0), "Prioriterte områder", bold=True)
    write(table.cell(11, 1).merge(table.cell(11, 2)), _areas(True, False, False))
    doc.add_heading("Om tiltaket", level=2)
    para(doc, "Tiltaket gir personer som har mottatt sosialhjelp lenge, en plass i en ordinær bedrift i "
              "bygda med en fast kontaktperson på arbeidsplassen. Det tredje året skal vi samle erfaringene i en "
              "veileder for samarbeid med lokale arbeidsgivere, slik at arbeidsmåten kan videreføres i "
              "ordinær drift.")
    doc.add_heading("Budsjett", level=2)
    grid(doc, [
        ["Budsjettpost", "Omsøkt fra AVdir", "Kommunal egenandel", "Sum"],
        ["Arbeidskonsulent 60 % (lønn og sosiale utgifter)", "366 000", "0", "366 000"],
        ["Kompetanse", "10 000", "5 000", "15 000"],
        ["Sum", "376 000", "5 000", "381 000"],
    ])
    doc.add_heading("Nettverk og evaluering", level=2)
    grid(doc, [["Nettverk/klyngesamarbeid", "Ekstern prosessevaluering"],
               ["Ja", "Ja"]])
    doc.add_heading("Underskrift", level=2)
    signature_table(doc, ["Vinstra, 15. januar 2020", "", "Arild Sandbu", "Nav-leder"],
                    ["Vinstra, 16. januar 2020", "", "Guri Bakken", "Rådmann i Nord-Fron kommune"])
    path = folder / "nord_fron_sammenslatt.docx"
    doc.save(path)
    return path


NORD_FRON = Case(
    name="d17_nord_fron_merged_cells_docx",
    build=build_nord_fron,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Nord-Fron", "office.municipality": "Nord-Fron", "office.org_number": "955979710",
        "contact.name": "Torunn Kleppen", "contact.email": "torunn.kleppen@nav.no", "contact.phone": "48120377",
        "project.title": "Arbeidsplassen som læringsarena", "project.kind": "continuation",
        "project.start_date": "2020-01-01",
        "positions.titles": ["arbeidskonsulent"], "positions.percents": [60], "positions.amounts": [366000],
        "positions_percent_total": 60,
        "amounts.positions": 366000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 376000, "amounts.own_funding": 5000,
        "priority_areas": [WORK],
        "interest.network": True, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D20 Nav Voss: Nynorsk numbered form, exported to PDF -------------------------------------

def build_voss(folder: Path) -> Path:
    doc = new_document(font="Georgia", size=10.5)
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    para(doc, "Søknadsfrist 1. februar 2020. Alle punkt skal fyllast ut.", italic=True)
    doc.add_heading("1 Søkjar", level=2)
    _question(doc, "1.1", "Namn på Nav-kontoret", "NAV Voss")
    _question(doc, "1.2", "Kommune", "Voss herad")
    _question(doc, "1.3", "Organisasjonsnummer", "929 170 342")
    _question(doc, "1.4", "Kontaktperson", "Namn: Gunnhild Lid", "Telefon: 56 52 01 80",
              "E-post: gunnhild.lid@nav.no")
    doc.add_heading("2 Tiltaket", level=2)
    _question(doc, "2.1", "Namn på tiltaket", "Heile vegen")
    _question(doc, "2.2", "Er tiltaket nytt, eller er det ei vidareføring?", "Nytt tiltak")
    _question(doc, "2.3", "Kva for prioriterte område gjeld tiltaket?",
              *_areas(True, False, False, nynorsk=True).split("\n"))
    _question(doc, "2.4", "Kort skildring av tiltaket",
              "Mange sosialhjelpsmottakarar på Voss har lite erfaring frå det ordinære arbeidslivet. Vi vil "
              "prøve ut ein arbeidsmåte der jobbspesialisten og arbeidskonsulenten saman med lokale "
              "verksemder finn ordinære arbeidsplassar, og følgjer opp både tilsett og arbeidsgivar.")
    _question(doc, "2.5", "Oppstart", "frå 1. september 2020")
    doc.add_heading("3 Stillingar og budsjett", level=2)
    _question(doc, "3.1", "Stillingar i tiltaket")
    grid(doc, [["Stilling", "Stillingsdel", "Beløp (kr)"],
               ["Jobbspesialist", "50 %", "305 000"],
               ["Arbeidskonsulent", "50 %", "305 000"]])
    _question(doc, "3.2", "Budsjett")
    grid(doc, [["Post", "Beløp (kr)"],
               ["Løn og sosiale utgifter", "610 000"],
               ["Kompetanse", "10 000"],
               ["Sum søkt", "620 000"]])
    doc.add_heading("4 Nettverk og evaluering", level=2)
    _question(doc, "4.1", "Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?", "Nei")
    _question(doc, "4.2", "Ønskjer kontoret ekstern prosessevaluering av tiltaket?", "Ja")
    doc.add_heading("5 Underskrift", level=2)
    signature_table(doc, ["Voss, 29.01.2020", "", "Sigrid Bergo", "Nav-leiar"],
                    ["Voss, 30.01.2020", "", "Rune Lægreid", "Kommunedirektør"])
    path = folder / "voss_nynorsk_skjema.docx"
    doc.save(path)
    return path


VOSS = Case(
    name="d20_voss_nynorsk_numbered_pdf",
    build=build_voss,
    convert=True,
    expect={
        "scheme": SCHEME_2020, "language": "nn",
        "office.name": "Nav Voss", "office.municipality": "Voss", "office.org_number": "929170342",
        "contact.name": "Gunnhild Lid", "contact.email": "gunnhild.lid@nav.no", "contact.phone": "56520180",
        "project.title": "Heile vegen", "project.kind": "new", "project.start_date": "2020-09-01",
        "positions.titles": ["jobbspesialist", "arbeidskonsulent"], "positions.percents": [50, 50],
        "positions.amounts": [305000, 305000], "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [WORK],
        "interest.network": False, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)

CASES = [GAMLE_OSLO, NORDRE_FOLLO, INDRE_OSTFOLD, MIDT_TELEMARK, RINGSAKER, HAMAR, ALTA, VESTRE_TOTEN,
         NORD_FRON, VOSS]
