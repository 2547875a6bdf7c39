"""Documents with a built-in defect or that are not a Nav office's
application at all: sums that do not add up, no organisation number, other
cost lines, a memo, and a municipal department applying."""

from __future__ import annotations

from pathlib import Path

from tests.holdout2.case import BOTH_SIGNERS, CLEAN_ABSENT, FAMILIES, SCHEME_2020, TRANSITIONS, WORK, Case
from tests.builders.pdf_letter import Letter
from tests.builders.word import box, form_table, grid, new_document, para, shade, signature_table, write


# --- D10 Nav Lillestrøm: total differs from its parts; numbered questions in table cells, PDF ---

def build_lillestrom(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading("Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret", level=1)
    para(doc, "Frist: 1. februar 2020", italic=True)
    rows = [
        ("1.1 Navn på Nav-kontoret", "NAV Lillestrøm"),
        ("1.2 Kommune", "Lillestrøm"),
        ("1.3 Organisasjonsnummer", "954 323 196"),
        ("1.4 Kontaktperson", "Ahmed Rashid"),
        ("1.5 Telefon og e-post", "932 70 415, ahmed.rashid@nav.no"),
        ("2.1 Prosjektnavn", "Språk og arbeid"),
        ("2.2 Nytt/videreføring", "Nytt"),
        ("2.3 Oppstartsdato", "01.09.2020"),
        ("2.4 Prioriterte områder", "Oppfølging av innvandrere, og bruk av ordinært arbeidsliv"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (question, answer) in enumerate(rows):
        write(table.cell(r, 0), question, bold=True)
        shade(table.cell(r, 0), "EDEDED")
        write(table.cell(r, 1), answer)
    doc.add_heading("2.5 Beskriv kort prosjektet", level=2)
    para(doc, "Mange innvandrere som mottar sosialhjelp i Lillestrøm har lav norskkompetanse og lite "
              "arbeidserfaring fra Norge. Vi vil prøve ut en modell der språkopplæring skjer på en ordinær "
              "arbeidsplass, med en språkveileder som følger deltakeren og arbeidsgiveren.")
    doc.add_heading("3.1 Budsjett", level=2)
    grid(doc, [
        ["Budsjettpost", "Beløp"],
        ["Lønn språkveileder 100 %", "470 000"],
        ["Sosiale utgifter (arbeidsgiveravgift, pensjon)", "140 000"],
        ["Kompetanse", "10 000"],
        ["Totalt omsøkt", "630 000"],
    ])
    doc.add_heading("4.1 Nettverk og prosessevaluering", level=2)
    para(doc, f"Nettverk/klyngesamarbeid: {box(True)} Ja {box(False)} Nei")
    para(doc, f"Ekstern prosessevaluering: {box(True)} Ja {box(False)} Nei")
    doc.add_heading("5.1 Underskrift", level=2)
    signature_table(doc, ["Lillestrøm, 27.01.2020", "", "Camilla Strand", "Nav-leder"],
                    ["Lillestrøm, 27.01.2020", "", "Trond Ellefsen", "Kommunedirektør"])
    path = folder / "lillestrom_summer.docx"
    doc.save(path)
    return path


LILLESTROM = Case(
    name="d10_lillestrom_sum_mismatch_pdf",
    build=build_lillestrom,
    convert=True,
    present=("AMOUNT_SUM_MISMATCH",),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Lillestrøm", "office.municipality": "Lillestrøm", "office.org_number": "954323196",
        "contact.name": "Ahmed Rashid", "contact.email": "ahmed.rashid@nav.no", "contact.phone": "93270415",
        "project.title": "Språk og arbeid", "project.kind": "new", "project.start_date": "2020-09-01",
        "positions.titles": ["språkveileder"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 630000, "amounts.own_funding": None,
        "priority_areas": [WORK, FAMILIES],
        "interest.network": True, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D11 Nav Tønsberg: no organisation number anywhere; horizontal tables, Word (.docx) --------

def build_tonsberg(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading("Søknad om tilskudd til sosiale tjenester i Nav 2020", level=1)
    para(doc, "Søknadsfrist 1. februar 2020")
    grid(doc, [["Søker", "Kommune", "Kontaktperson", "Telefon", "E-post"],
               ["NAV Tønsberg", "Tønsberg", "Kristin Holt", "33 34 01 70", "kristin.holt@nav.no"]])
    para(doc)
    grid(doc, [["Prosjektnavn", "Nytt eller videreføring", "Oppstart"],
               ["Bolig og hverdag etter rus", "Nytt", "1. oktober 2020"]])
    para(doc)
    para(doc, "Om prosjektet", bold=True)
    para(doc, "Prosjektet skal sikre overgangen fra rusbehandling i institusjon til eget hjem. En miljøveileder "
              "i 100 % stilling skal møte pasienten før utskriving og følge opp de første månedene hjemme, "
              "sammen med kommunens rustjeneste.")
    grid(doc, [["Stilling", "Prosent", "Lønn og sosiale utgifter", "Kompetanse", "Totalt"],
               ["Miljøveileder", "100 %", "610 000", "10 000", "620 000"]])
    para(doc)
    grid(doc, [["Prioritert område", "Nettverk/klyngesamarbeid", "Ekstern prosessevaluering"],
               [f"{box(False)} Ordinært arbeidsliv\n{box(False)} Barnefamilier, ungdom og innvandrere\n"
                f"{box(True)} Sårbare overganger", "Ja", "Ja"]])
    para(doc)
    signature_table(doc, ["Tønsberg, 30.01.2020", "", "Jørgen Aas", "Nav-leder"],
                    ["Tønsberg, 30.01.2020", "", "Elisabeth Wang", "Kommunalsjef"])
    path = folder / "tonsberg_uten_orgnr.docx"
    doc.save(path)
    return path


TONSBERG = Case(
    name="d11_tonsberg_no_org_number_docx",
    build=build_tonsberg,
    present=("ORG_NUMBER_MISSING",),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Tønsberg", "office.municipality": "Tønsberg", "office.org_number": None,
        "contact.name": "Kristin Holt", "contact.email": "kristin.holt@nav.no", "contact.phone": "33340170",
        "project.title": "Bolig og hverdag etter rus", "project.kind": "new", "project.start_date": "2020-10-01",
        "positions.titles": ["miljøveileder"], "positions.percents": [100], "positions.amounts": [610000],
        "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": [TRANSITIONS],
        "interest.network": True, "interest.process_evaluation": True,
        "signatures.roles": BOTH_SIGNERS,
    },
)


# --- D14 Nav Bodø: an internal memo about the grant, not an application, exported to PDF ------

def build_memo(folder: Path) -> Path:
    doc = new_document()
    para(doc, "NOTAT", bold=True, size=16)
    grid(doc, [["Til:", "Ledergruppen, NAV Bodø"],
               ["Fra:", "Fagkoordinator for sosiale tjenester"],
               ["Dato:", "10.01.2020"],
               ["Sak:", "Orientering om tilskuddsordningen for 2020 – skal vi søke?"]], header=False)
    para(doc)
    para(doc, "Arbeids- og velferdsdirektoratet har kunngjort tilskudd til utvikling av sosiale tjenester i "
              "Nav-kontoret for 2020. Søknadsfristen er 1. februar 2020, og søknaden skal signeres av både "
              "Nav-leder og kommunens ledelse før den sendes Fylkesmannen.")
    para(doc, "Det gis inntil 610 000 kroner per 100 % stilling og inntil 10 000 kroner til kompetanse. "
              "Prioriterte områder er bruk av ordinært arbeidsliv, oppfølging av barnefamilier, ungdom og "
              "innvandrere, og sikring av sårbare overganger.")
    para(doc, "Jeg foreslår at vi drøfter på neste ledermøte om vi skal søke, og i så fall om det bør være et "
              "prosjekt for unge voksne eller for familier med langvarig sosialhjelp. Et utkast kan i så fall "
              "være klart innen 24. januar.")
    para(doc, "Vedlegg: Kunngjøring 2020 fra Arbeids- og velferdsdirektoratet")
    path = folder / "bodo_notat.docx"
    doc.save(path)
    return path


MEMO = Case(
    name="d14_bodo_memo_pdf",
    build=build_memo,
    convert=True,
    present=("NOT_AN_APPLICATION",),
    absent=tuple(c for c in CLEAN_ABSENT if c != "NOT_AN_APPLICATION"),
    expect={
        "findings.codes": ["NOT_AN_APPLICATION"],
        "scheme": None, "office.name": None, "project.title": None, "amounts.total": None,
        "positions.percents": [], "priority_areas": [], "signatures.roles": (),
    },
)


# --- D15 Gran kommune, enhet for helse og omsorg: a municipal department applies, Word (.docx) -

def build_gran(folder: Path) -> Path:
    doc = new_document()
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester 2020", level=1)
    para(doc, "Søknadsfrist 1. februar 2020")
    form_table(doc, [
        ("Søker", [
            ("Søker (virksomhet)", "Gran kommune, enhet for helse og omsorg"),
            ("Kommune", "Gran"),
            ("Organisasjonsnummer", "911 862 522"),
        ]),
        ("Kontaktperson", [
            ("Navn", "Vigdis Bryhn"),
            ("Telefon", "61 33 84 00"),
            ("E-post", "vigdis.bryhn@gran.kommune.no"),
        ]),
        ("Prosjektet", [
            ("Prosjektnavn", "Hverdagsmestring på Hadeland"),
            ("Nytt eller videreføring", "Nytt prosjekt"),
            ("Oppstart", "01.09.2020"),
        ]),
    ])
    doc.add_heading("Beskrivelse", level=2)
    para(doc, "Enhet for helse og omsorg vil prøve ut et tilbud om hverdagsmestring for personer som skrives ut "
              "fra institusjon etter lengre opphold. Prosjektet skal gjennomføres i samarbeid med NAV Hadeland, "
              "som deltar i styringsgruppen, men enheten eier og leder prosjektet.")
    doc.add_heading("Budsjett", level=2)
    grid(doc, [["Budsjettpost", "Beløp (kr)"],
               ["Lønn og sosiale utgifter, hverdagsveileder 100 %", "610 000"],
               ["Kompetanse", "10 000"],
               ["Sum", "620 000"]])
    doc.add_heading("Underskrift", level=2)
    signature_table(doc, ["Jaren, 29.01.2020", "", "Lene Kristoffersen", "Enhetsleder helse og omsorg"],
                    ["Jaren, 29.01.2020", "", "Hans Martin Tofte", "Kommunedirektør"])
    path = folder / "gran_kommune_enhet.docx"
    doc.save(path)
    return path


GRAN = Case(
    name="d15_gran_municipal_department_docx",
    build=build_gran,
    present=("APPLICANT_NOT_NAV_OFFICE",),
    absent=("NOT_AN_APPLICATION", "OFFICE_MISSING", "TITLE_MISSING", "AMOUNT_MISSING"),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Gran kommune, enhet for helse og omsorg", "office.org_number": "911862522",
        "contact.name": "Vigdis Bryhn", "contact.email": "vigdis.bryhn@gran.kommune.no", "contact.phone": "61338400",
        "project.title": "Hverdagsmestring på Hadeland", "project.kind": "new", "project.start_date": "2020-09-01",
        "positions.percents": [100], "amounts.total": 620000,
    },
)


# --- D18 Nav Øvre Eiker: two half positions, own funding and a travel line; PDF form ----------

def build_ovre_eiker(folder: Path) -> Path:
    letter = Letter()
    letter.h1_("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    letter.p("Søknadsfrist 1. februar 2020")
    letter.table([["Nav-kontor", "NAV Øvre Eiker"],
                  ["Kommune", "Øvre Eiker"],
                  ["Org.nr.", "914 710 499"],
                  ["Kontaktperson", "Ellen Marie Flaten"],
                  ["Telefon", "32 23 51 60"],
                  ["E-post", "ellen.marie.flaten@nav.no"],
                  ["Prosjektnavn", "Eiker-trappen"],
                  ["Søknaden gjelder", "Nytt tiltak"],
                  ["Oppstart", "1. august 2020"]], widths=(5, 11), header=False)
    letter.h2_("Kort om tiltaket")
    letter.p("Eiker-trappen gir sosialhjelpsmottakere en trinnvis vei fra arbeidstrening til fast ansettelse i "
             "ordinære bedrifter i kommunen. To veiledere i hver sin halve stilling skal følge deltakerne på "
             "arbeidsplassen og være fast kontakt for arbeidsgiveren.")
    letter.h2_("Budsjett")
    letter.table([["Budsjettpost", "Omsøkt fra AVdir", "Kommunal egenandel", "Sum"],
                  ["Arbeidsveileder 50 % (lønn og sos. utg.)", "305 000", "0", "305 000"],
                  ["Jobbveileder 50 % (lønn og sos. utg.)", "305 000", "0", "305 000"],
                  ["Kompetanse", "10 000", "0", "10 000"],
                  ["Reiseutgifter", "15 000", "20 000", "35 000"],
                  ["Sum", "635 000", "20 000", "655 000"]], widths=(6.5, 3.2, 3.5, 3.0))
    letter.h2_("Prioriterte områder")
    letter.p(f"{box(True)} Bruk av ordinært arbeidsliv &nbsp; {box(False)} Oppfølging av barnefamilier, ungdom og "
             f"innvandrere &nbsp; {box(False)} Sikring av sårbare overganger")
    letter.p(f"Nettverk/klyngesamarbeid: {box(False)} Ja {box(True)} Nei. "
             f"Ekstern prosessevaluering: {box(False)} Ja {box(True)} Nei.")
    letter.gap(14)
    letter.signatures(["Hokksund, 31.01.2020", "Tor Egil Moen", "Nav-leder"],
                      ["Hokksund, 31.01.2020", "Siv Helene Rustad", "Rådmann"])
    return letter.save(folder / "ovre_eiker_skjema.pdf")


OVRE_EIKER = Case(
    name="d18_ovre_eiker_other_costs_pdf",
    build=build_ovre_eiker,
    present=("NON_POSITION_COSTS",),
    expect={
        "scheme": SCHEME_2020, "language": "nb",
        "office.name": "Nav Øvre Eiker", "office.municipality": "Øvre Eiker", "office.org_number": "914710499",
        "contact.name": "Ellen Marie Flaten", "contact.email": "ellen.marie.flaten@nav.no",
        "contact.phone": "32235160",
        "project.title": "Eiker-trappen", "project.kind": "new", "project.start_date": "2020-08-01",
        "positions.titles": ["arbeidsveileder", "jobbveileder"], "positions.percents": [50, 50],
        "positions.amounts": [305000, 305000], "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": 15000,
        "amounts.total": 635000, "amounts.own_funding": 20000,
        "priority_areas": [WORK],
        "interest.network": False, "interest.process_evaluation": False,
        "signatures.roles": BOTH_SIGNERS,
    },
)

CASES = [LILLESTROM, TONSBERG, MEMO, GRAN, OVRE_EIKER]
