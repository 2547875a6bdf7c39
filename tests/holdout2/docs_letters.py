"""Free-form letters: the office writes its own application, in Bokmål or
Nynorsk, with the title in a heading or a bold line and the budget as a
bullet list, a small table or only in prose."""

from __future__ import annotations

from pathlib import Path

from tests.holdout2.case import BOTH_SIGNERS, FAMILIES, SCHEME_2020, TRANSITIONS, WORK, Case
from tests.builders.pdf_letter import Letter
from tests.builders.word import bullets, new_document, para, signature_table


# --- D05 Nav Søndre Nordstrand: title only in a heading, budget bullets, bydelsdirektør --------

def build_sondre_nordstrand(folder: Path) -> Path:
    doc = new_document(font="Arial", size=10.5)
    para(doc, "NAV Søndre Nordstrand", bold=True)
    para(doc, "Oslo kommune, bydel Søndre Nordstrand · Postboks 93 Holmlia, 1203 Oslo · Org.nr. 996 030 822",
         size=8.5)
    para(doc)
    para(doc, "Fylkesmannen i Oslo og Viken\nPostboks 325\n1502 Moss")
    para(doc, "Oslo, 24. januar 2020")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=1)
    doc.add_heading("Prosjekt: Trygg bolig – trygg hverdag", level=2)
    para(doc, "NAV Søndre Nordstrand søker med dette om tilskudd til et nytt prosjekt i bydelen. Søndre "
              "Nordstrand har mange barnefamilier som bor trangt og ustabilt, og mange av dem flytter flere "
              "ganger i året mellom midlertidige botilbud. For barna betyr det skolebytter og brudd i vennskap.")
    para(doc, "Vi vil opprette en 100 % stilling som boligkoordinator. Koordinatoren skal følge familiene gjennom "
              "den sårbare overgangen fra midlertidig botilbud til egen bolig, og prøve ut en ny arbeidsmåte der "
              "Nav, bydelens boligkontor og skolen lager én felles plan for hver familie.")
    para(doc, "Prosjektet er nytt, og vi planlegger oppstart 1. august 2020.")
    para(doc, "Budsjett", bold=True)
    bullets(doc, [
        "Lønn og sosiale utgifter, boligkoordinator 100 %: kr 610 000",
        "Kompetanse (kurs i tjenestedesign): kr 10 000",
        "Totalt omsøkt: kr 620 000",
    ])
    para(doc, "Vi ønsker å delta i nettverk/klyngesamarbeid og er også interessert i ekstern prosessevaluering "
              "av prosjektet.")
    para(doc, "Kontaktperson for søknaden er seniorrådgiver Lars Henrik Moe, tlf. 415 63 209, "
              "e-post lars.henrik.moe@nav.no.")
    para(doc, "Med vennlig hilsen")
    para(doc)
    signature_table(doc, ["Randi Johansen", "Nav-leder"],
                    ["Øystein Lunde", "Bydelsdirektør, bydel Søndre Nordstrand"])
    path = folder / "sondre_nordstrand_brev.docx"
    doc.save(path)
    return path


SONDRE_NORDSTRAND = Case(
    name="d05_sondre_nordstrand_letter_pdf",
    build=build_sondre_nordstrand,
    convert=True,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Søndre Nordstrand", "office.municipality": "Oslo", "office.org_number": "996030822",
        "contact.name": "Lars Henrik Moe", "contact.email": "lars.henrik.moe@nav.no", "contact.phone": "41563209",
        "project.title": "Trygg bolig – trygg hverdag", "project.kind": "new", "project.start_date": "2020-08-01",
        "positions.titles": ["boligkoordinator"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [FAMILIES, TRANSITIONS],
        "interest.network": True, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D06 Nav Sogndal: Nynorsk letter typeset to PDF --------------------------------------------

def build_sogndal(folder: Path) -> Path:
    letter = Letter()
    letter.lines(["<b>NAV Sogndal</b>", "Postboks 153, 6851 Sogndal", "Organisasjonsnummer 946 281 948"])
    letter.lines(["Fylkesmannen i Vestland", "Njøsavegen 2", "6863 Leikanger"], letter.body)
    letter.p("Sogndal, 27. januar 2020")
    letter.h1_("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    letter.p("<b>Prosjektnamn:</b> Ungdomslos Sogndal")
    letter.p("Nav Sogndal søkjer med dette om tilskotsmidlar til prosjektet Ungdomslos Sogndal. Dette er eit nytt "
             "prosjekt. Vi ønskjer å opprette ein stillingsheimel som prosjektleiar i 100 % – eitt årsverk – "
             "frå 1. september 2020.")
    letter.p("I Sogndal har talet på unge vaksne mellom 18 og 25 år som treng økonomisk sosialhjelp, auka dei "
             "siste åra. Mange av dei har falle ut av vidaregåande skule og manglar ein vaksen som følgjer dei "
             "over tid. Prosjektleiaren skal vere ein fast los for ungdomane, og saman med skulen og "
             "oppfølgingstenesta skal vi prøve ut ein ny modell for overgangen frå skule til vaksenliv.")
    letter.p("Tiltaket fell inn under to av dei prioriterte områda: oppfølging av ungdom og sikring av sårbare "
             "overgangar.")
    letter.h2_("Budsjett")
    letter.table([["Post", "Beløp (kr)"],
                  ["Løn og sosiale utgifter, prosjektleiar 100 %", "610 000"],
                  ["Kompetanse", "10 000"],
                  ["Sum søkt", "620 000"]], widths=(10, 4))
    letter.p("Vi er interesserte i å vere med i nettverk/klyngesamarbeid, men ønskjer ikkje ekstern "
             "prosessevaluering no.")
    letter.p("Kontaktperson: Solveig Hatlevik, telefon 57 62 91 30, e-post solveig.hatlevik@nav.no.")
    letter.p("Med helsing")
    letter.gap(18)
    letter.signatures(["Astrid Fimreite", "Nav-leiar"], ["Kjetil Øvrebø", "Kommunedirektør"])
    return letter.save(folder / "sogndal_nynorsk_brev.pdf")


SOGNDAL = Case(
    name="d06_sogndal_nynorsk_letter_pdf",
    build=build_sogndal,
    expect={
        "scheme": SCHEME_2020, "language": "nn",
        "office.name": "Nav Sogndal", "office.org_number": "946281948",
        "contact.name": "Solveig Hatlevik", "contact.email": "solveig.hatlevik@nav.no", "contact.phone": "57629130",
        "project.title": "Ungdomslos Sogndal", "project.kind": "new", "project.start_date": "2020-09-01",
        "positions.titles": ["prosjektleiar"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [FAMILIES, TRANSITIONS],
        "interest.network": True, "interest.process_evaluation": False,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D07 Nav Kongsberg: budget only in prose, Word (.docx) -------------------------------------

def build_kongsberg(folder: Path) -> Path:
    doc = new_document(font="Times New Roman", size=12)
    para(doc, "NAV Kongsberg\nKongsberg kommune\nKirkegata 1, 3616 Kongsberg")
    para(doc)
    para(doc, "Til Fylkesmannen i Vestfold og Telemark")
    para(doc, "Kongsberg, 21. januar 2020")
    para(doc)
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020", bold=True)
    para(doc, "NAV Kongsberg søker om tilskudd til et nytt tiltak som vi har kalt «Arbeid først Kongsberg». "
              "Kongsberg har et arbeidsmarked med mange ledige stillinger innen industri og handel, samtidig som "
              "mange sosialhjelpsmottakere har stått lenge utenfor. Vi vil prøve ut en arbeidsmåte der "
              "jobbspesialisten samarbeider tett med lokale arbeidsgivere om ordinære arbeidsplasser, og følger "
              "opp både den ansatte og arbeidsgiveren etter oppstart i jobben.")
    para(doc, "Prosjektet starter opp 15. august 2020.")
    para(doc, "Vi søker om 610 000 kroner til lønn og sosiale utgifter for én 100 % stilling som jobbspesialist, "
              "og 10 000 kroner til kompetanse. Samlet søknadsbeløp er 620 000 kroner.")
    para(doc, "Spørsmål om søknaden kan rettes til fagkoordinator Mona Vik på telefon 922 11 470 eller e-post "
              "mona.vik@nav.no.")
    para(doc, "Med vennlig hilsen")
    para(doc)
    signature_table(doc, ["Geir Åsmund Berge", "Nav-leder"],
                    ["Hilde Thorsen", "Kommunalsjef for helse og velferd"])
    para(doc)
    para(doc, "Organisasjonsnummer: 982 199 352", size=9)
    path = folder / "kongsberg_prosa.docx"
    doc.save(path)
    return path


KONGSBERG = Case(
    name="d07_kongsberg_prose_budget_docx",
    build=build_kongsberg,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Kongsberg", "office.municipality": "Kongsberg", "office.org_number": "982199352",
        "contact.name": "Mona Vik", "contact.email": "mona.vik@nav.no", "contact.phone": "92211470",
        "project.title": "Arbeid først Kongsberg", "project.kind": "new", "project.start_date": "2020-08-15",
        "positions.titles": ["jobbspesialist"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [WORK],
        "interest.network": None, "interest.process_evaluation": None,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D12 Nav Steinkjer: contact person by name only --------------------------------------------

def build_steinkjer(folder: Path) -> Path:
    letter = Letter()
    letter.lines(["<b>NAV Steinkjer</b>", "Steinkjer kommune", "Org.nr. 976 842 685"])
    letter.lines(["Fylkesmannen i Trøndelag", "Postboks 2600", "7734 Steinkjer"], letter.body)
    letter.p("Steinkjer, 30. januar 2020")
    letter.h1_("Søknad om tilskudd 2020 – «Sammen om barna»")
    letter.p("NAV Steinkjer søker om tilskudd til utvikling av sosiale tjenester for prosjektet «Sammen om barna». "
             "Prosjektet er nytt og starter 1. juni 2020.")
    letter.p("Vi ser at barnefamilier med langvarig sosialhjelp ofte får hjelp fra mange tjenester som ikke "
             "snakker sammen. Vi vil prøve ut en familieveileder i 100 % stilling som koordinerer hjelpen og "
             "sørger for at barnas behov blir synlige i alle vedtak.")
    letter.h2_("Budsjett")
    letter.table([["Budsjettpost", "Beløp"],
                  ["Familieveileder 100 %, lønn og sosiale utgifter", "kr 610 000"],
                  ["Kompetanse", "kr 10 000"],
                  ["Sum omsøkt", "kr 620 000"]], widths=(10, 4))
    letter.p("Vi ønsker å delta i nettverk/klyngesamarbeid. Ekstern prosessevaluering er vi ikke interessert i.")
    letter.p("Kontaktperson: Trond Kvam")
    letter.p("Med vennlig hilsen")
    letter.gap(18)
    letter.signatures(["Elin Rygg", "Nav-leder"], ["Stig Holmen", "Kommunedirektør"])
    return letter.save(folder / "steinkjer_kontakt.pdf")


STEINKJER = Case(
    name="d12_steinkjer_contact_name_only_pdf",
    build=build_steinkjer,
    present=("CONTACT_MISSING",),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Steinkjer", "office.municipality": "Steinkjer", "office.org_number": "976842685",
        "contact.name": "Trond Kvam", "contact.email": None, "contact.phone": None,
        "project.title": "Sammen om barna", "project.kind": "new", "project.start_date": "2020-06-01",
        "positions.titles": ["familieveileder"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [FAMILIES],
        "interest.network": True, "interest.process_evaluation": False,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D19 Nav Lillehammer-Gausdal: title in a bold line, budget bullets with 'kr 610.000,-' -----

def build_lillehammer_gausdal(folder: Path) -> Path:
    doc = new_document(font="Calibri", size=11)
    para(doc, "NAV Lillehammer-Gausdal · Org.nr. 974 650 754", size=9)
    para(doc)
    para(doc, "Fylkesmannen i Innlandet")
    para(doc, "Lillehammer, 29.01.2020")
    para(doc)
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester 2020", level=1)
    para(doc, "Veiviser for unge voksne", bold=True)
    para(doc, "NAV Lillehammer-Gausdal søker om midler til et nytt prosjekt for unge voksne under 30 år som har "
              "avbrutt videregående opplæring. Overgangen fra skole til voksenliv er for mange av disse "
              "ungdommene en sårbar overgang der de mister kontakten med hjelpeapparatet. En veileder i 100 % "
              "stilling skal følge ungdommene tett og samarbeide med oppfølgingstjenesten i fylkeskommunen.")
    para(doc, "Vi ønsker å starte opp 1. mars 2020.")
    para(doc, "Vi søker om følgende:")
    bullets(doc, [
        "Lønn og sosiale utgifter til veileder, 100 % stilling: kr 610.000,-",
        "Kompetanse: kr 10.000,-",
        "Til sammen: kr 620.000,-",
    ])
    para(doc, "Vi ønsker ikke å delta i nettverk/klyngesamarbeid i 2020, men stiller gjerne opp for ekstern "
              "prosessevaluering.")
    para(doc, "Kontaktperson er Pål Erik Skjåk, tlf. 908 31 552, e-post pal.erik.skjak@nav.no.")
    para(doc, "Med hilsen")
    para(doc)
    signature_table(doc, ["Ragnhild Lien", "Nav-leder"], ["Morten Stubberud", "Kommunalsjef, Lillehammer kommune"])
    path = folder / "lillehammer_gausdal_brev.docx"
    doc.save(path)
    return path


LILLEHAMMER_GAUSDAL = Case(
    name="d19_lillehammer_gausdal_bold_title_pdf",
    build=build_lillehammer_gausdal,
    convert=True,
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Lillehammer-Gausdal", "office.org_number": "974650754",
        "contact.name": "Pål Erik Skjåk", "contact.email": "pal.erik.skjak@nav.no", "contact.phone": "90831552",
        "project.title": "Veiviser for unge voksne", "project.kind": "new", "project.start_date": "2020-03-01",
        "positions.titles": ["veileder"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [FAMILIES, TRANSITIONS],
        "interest.network": False, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D21 Nav Sandnes: only the Nav leader signs -------------------------------------------------

def build_sandnes(folder: Path) -> Path:
    letter = Letter()
    letter.lines(["<b>NAV Sandnes</b>", "Postboks 314, 4303 Sandnes", "Org.nr. 923 667 121"])
    letter.lines(["Fylkesmannen i Rogaland"], letter.body)
    letter.p("Sandnes, 28. januar 2020")
    letter.h1_("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    letter.b("Prosjektnavn: Jobbfamilie Sandnes")
    letter.p("NAV Sandnes søker om tilskudd til et nytt prosjekt med oppstart 1. september 2020. Prosjektet retter "
             "seg mot innvandrere med barn som har mottatt sosialhjelp i mer enn to år. En familiekonsulent i "
             "100 % stilling skal arbeide med hele familien, og sammen med lokale arbeidsgivere finne "
             "ordinære arbeidsplasser for foreldrene.")
    letter.table([["Budsjettpost", "Omsøkt (kr)"],
                  ["Lønn og sosiale utgifter, familiekonsulent 100 %", "610 000"],
                  ["Kompetanse", "10 000"],
                  ["Totalt", "620 000"]], widths=(10, 4))
    letter.p("Vi er interessert i nettverk/klyngesamarbeid. Vi ønsker ikke ekstern prosessevaluering.")
    letter.p("Kontaktperson: Nina Eide Tjelta, telefon 51 97 40 12, e-post nina.eide.tjelta@nav.no")
    letter.p("Med vennlig hilsen")
    letter.gap(18)
    letter.lines(["Svein Ove Hetland", "Nav-leder, NAV Sandnes"], letter.body)
    return letter.save(folder / "sandnes_en_signatur.pdf")


SANDNES = Case(
    name="d21_sandnes_only_nav_leader_signs_pdf",
    build=build_sandnes,
    present=("SIGNATURE_MUNICIPALITY_MISSING",),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Sandnes", "office.org_number": "923667121",
        "contact.name": "Nina Eide Tjelta", "contact.email": "nina.eide.tjelta@nav.no", "contact.phone": "51974012",
        "project.title": "Jobbfamilie Sandnes", "project.kind": "new", "project.start_date": "2020-09-01",
        "positions.titles": ["familiekonsulent"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [WORK, FAMILIES],
        "interest.network": True, "interest.process_evaluation": False,
        "signatures.roles": ("nav_leader",),
    },
)

CASES = [SONDRE_NORDSTRAND, SOGNDAL, KONGSBERG, STEINKJER, LILLEHAMMER_GAUSDAL, SANDNES]
