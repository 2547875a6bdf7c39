"""Hold-out applications: documents the extractors have never seen.

Each case builds one application at test time (Word forms and letters,
reportlab PDFs) in wordings invented here, independently of the sample
generator, and states what shared/spec/record.md demands of its record.
One test per field and per finding code, so a failure names exactly what a
new user would see wrong. Failures here are findings about the extractors,
not about the test: do not weaken an expectation without re-reading
record.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest

from soknad_extract.pipeline import read_application
from soknad_extract.record import Record
from tests.builders.orgnr import broken_org_number, org_number, spaced
from tests.holdout.builders import (
    SignatureBlock,
    Signer,
    docx_label_above,
    docx_letter,
    docx_table_form,
    pdf_letter,
    pdf_lines,
    pdf_ruled_budget,
    pdf_two_column,
)

pytestmark = pytest.mark.slow

BOTH_ROLES = frozenset({"nav_leader", "municipality"})
SIGNATURE_CODES = frozenset({"SIGNATURE_NAV_LEADER_MISSING", "SIGNATURE_MUNICIPALITY_MISSING",
                             "SIGNATURE_UNVERIFIED", "SIGNED_AFTER_DEADLINE",
                             "DIGITAL_SIGNATURE_INVALID"})
ERROR_CODES = frozenset({
    "DOCUMENT_UNREADABLE", "NOT_AN_APPLICATION", "OFFICE_MISSING", "APPLICANT_NOT_NAV_OFFICE",
    "TITLE_MISSING", "POSITION_PERCENT_MISSING", "AMOUNT_MISSING", "AMOUNT_OVER_CAP",
    "COMPETENCE_OVER_CAP", "AMOUNT_SUM_MISMATCH", "ORG_NUMBER_INVALID", "CONTACT_MISSING",
})
# Warnings a well-formed application must not raise (signature ones are owned elsewhere).
CLEAN_WARNINGS = frozenset({
    "ORG_NUMBER_MISSING", "PRIORITY_AREA_MISSING", "NON_POSITION_COSTS", "CONTINUATION_LIMIT",
    "EXCLUDED_CAPACITY_ONLY", "EXCLUDED_EXISTING_METHOD", "EXCLUDED_0_24_PROGRAM",
    "START_DATE_MISSING", "SCHEME_ASSUMED",
})


@dataclass(frozen=True)
class Case:
    """One hold-out document and what its record must say."""

    id: str
    build: Callable[[Path], Path]
    suffix: str
    expect: dict[str, Any]
    codes: frozenset[str] = frozenset()
    absent: frozenset[str] = ERROR_CODES | CLEAN_WARNINGS
    roles: frozenset[str] = BOTH_ROLES
    areas_include: frozenset[str] = frozenset()


def sig(place_date: str, leader: str, leader_title: str, municipal: str, municipal_title: str,
        label: str | None = None) -> SignatureBlock:
    return SignatureBlock(place_date, (Signer(leader, leader_title), Signer(municipal, municipal_title)),
                          label)


def _without(*codes: str) -> frozenset[str]:
    return (ERROR_CODES | CLEAN_WARNINGS) - set(codes)


ORG = {name: org_number(base) for name, base in {
    "lom": "97459231", "bomlo": "97472110", "grorud": "97477880", "laerdal": "96430215",
    "lillehammer": "97460918", "vaga": "97454233", "sel": "97460441", "gran": "97452019",
    "stange": "97460553", "ringebu": "96481224", "ringsaker": "97454420", "oyer": "97460337",
    "luster": "96430217", "elverum": "97459442", "amot": "97460119", "tynset": "97454301",
    "trysil": "97454788", "follo": "92233017", "kongsvinger": "97452883", "fjaler": "96430088",
    "bodo": "97295420", "rana": "97278830", "vefsn": "97278812",
}.items()}


# ---------------------------------------------------------------- 2020, well-formed


def build_lom(path: Path) -> Path:
    return docx_table_form(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020",
         "Søknadsskjema – frist 1. februar 2020"],
        [("Søker (Nav-kontor)", "NAV Lom og Skjåk"),
         ("Org. nr:", spaced(ORG["lom"])),
         ("Prosjektnavn", "«Økonomi i hverdagen – tett på barnefamiliene»"),
         ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
         ("Kontaktperson", "Kari Nordbø"),
         ("E-postadresse", "Kari.Nordbo@nav.no"),
         ("Tlf.", "+47 913 45 678"),
         ("Tiltaksperiode", "01.08.2020 – 31.07.2021"),
         ("Omfang (stillingsprosent)", "80 %"),
         ("Lønn og sosiale utgifter", "kr 488 000,-"),
         ("Kompetansemidler", "kr 10 000,-"),
         ("Søknadssum totalt", "kr 498 000,-"),
         ("Kommunal medfinansiering", "kr 120 000,-"),
         ("Interessert i nettverk/klyngesamarbeid?", "Ja"),
         ("Interessert i ekstern prosessevaluering?", "Nei")],
        after=["## Beskrivelse av tiltaket",
               "I Lom og Skjåk bor det om lag 40 barn i husholdninger som har hatt økonomisk "
               "sosialhjelp i mer enn seks måneder. Familiene får hjelp med det akutte, men ingen har "
               "ansvar for helheten rundt barna. Prosjektmedarbeideren skal følge opp barnefamiliene over "
               "tid, kartlegge barnas situasjon sammen med foreldrene og samordne tiltak med skole, "
               "helsestasjon og barnevern.",
               "Vi vil prøve ut en ny arbeidsform der familien lager sin egen plan sammen med oss, og der "
               "økonomisk rådgivning og oppfølging av foreldrene ses i sammenheng."],
        signature=sig("Lom, 27. januar 2020", "Marit Sandvik", "Nav-leder",
                      "Ola Bakkemoen", "Kommunedirektør", label="Underskrift"),
    )


def build_bomlo(path: Path) -> Path:
    return docx_label_above(
        path,
        ["Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", "Søknadsfrist 1. februar 2020"],
        [("Søkar (Nav-kontor)", "Nav-kontoret i Bømlo"),
         ("Organisasjonsnummer", spaced(ORG["bomlo"])),
         ("Namn på tiltaket", "Frå introduksjonsprogram til fast jobb"),
         ("Nytt tiltak eller vidareføring", "Nytt tiltak"),
         ("Ansvarleg for søknaden", "Ingrid Økland"),
         ("E-postadresse", "ingrid.okland@nav.no"),
         ("Tlf.", "53 42 30 00"),
         ("Tiltaksperiode", "1. august 2020 – 31. juli 2021"),
         ("Omfang (stillingsprosent)", "to stillingar"),
         ("Løn og sosiale kostnader", "kr 1.220.000,-"),
         ("Søknadssum", "kr 1.220.000,-"),
         ("Prioritert område (kryss av)",
          "☒ Bruk av ordinært arbeidsliv\n☒ Oppfølging av barnefamiliar, ungdom og innvandrarar\n"
          "☐ Sikring av sårbare overgangar"),
         ("Ønskjer Nav-kontoret å vere med i nettverk/klyngesamarbeid?", "☒ Ja   ☐ Nei"),
         ("Ønskjer Nav-kontoret ekstern prosessevaluering?", "☐ Ja   ☒ Nei")],
        after=["Kort om tiltaket",
               "Mange som avsluttar introduksjonsprogrammet i Bømlo, går over på sosialhjelp. Vi vil "
               "tilsetje to jobbkonsulentar som byggjer relasjonar til verksemder i havbruk og "
               "verftsindustri, og som følgjer deltakarane tett inn i lønt arbeid på vanlege vilkår."],
        signature=sig("Bømlo, 30.01.2020", "Sigrid Lunde", "Nav-leiar", "Knut Rolfsnes", "Kommunedirektør",
                      label="Underskrift"),
    )


def build_grorud(path: Path) -> Path:
    return docx_letter(
        path,
        ["Nav Grorud", f"Org.nr. {spaced(ORG['grorud'])}", "Oslo, 29. januar 2020"],
        ["Fylkesmannen i Oslo og Viken",
         "## Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Ung inn i jobb»",
         "Nav Grorud søker med dette om tilskudd til prosjektet «Ung inn i jobb». Dette er et nytt "
         "prosjekt. Vi søker om midler til én 100 % stilling fra 1. september 2020.",
         "Bydel Grorud har mange unge voksne som mottar økonomisk sosialhjelp uten å være i aktivitet. "
         "Prosjektet skal prøve ut en arbeidsmåte der veilederen møter den unge hos arbeidsgiveren i "
         "stedet for på kontoret, og der målet fra første samtale er en ordinær jobb med lønn. Vi vil "
         "samarbeide med butikker, lager og byggebransjen i Groruddalen om plasser som kan gå over i "
         "fast ansettelse.",
         "Kontaktperson for søknaden er seniorveileder Amir Haddad, telefon 404 55 123, e-post "
         "amir.haddad@bgo.oslo.kommune.no.",
         "## Budsjett"],
        budget=[("Lønn og sosiale kostnader, 100 % stilling", "610 000"),
                ("Kompetanse (evaluering)", "10 000"),
                ("Sum omsøkt", "620 000")],
        after=["Bydelen dekker kontorplass, utstyr og ledelse av prosjektet innenfor egen ramme.",
               "Nav Grorud er interessert i å delta i nettverk eller klyngesamarbeid med andre prosjekter. "
               "Vi ønsker ikke ekstern prosessevaluering i år, fordi bydelen har en egen følgeevaluering."],
        signature=sig("", "Hilde Aasen", "Nav-leder", "Tor Ivar Moe", "Bydelsdirektør",
                      label="Med vennlig hilsen"),
    )


def build_laerdal(path: Path) -> Path:
    return docx_letter(
        path,
        ["NAV Lærdal", f"Org.nr. {spaced(ORG['laerdal'])}", "Lærdal, 24.01.2020"],
        ["Fylkesmannen i Vestland",
         "## Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
         "## Tiltak: «Heim etter soning»",
         "Nav Lærdal søkjer med dette om tilskot til ei 50 % stilling i tiltaket «Heim etter soning». "
         "Dette er eit nytt tiltak. Tiltaket tek til 01.08.20.",
         "Kvart år kjem fleire innbyggjarar heim til Lærdal etter opphald i fengsel. Dei står ofte utan "
         "bustad, inntekt og arbeid den første veka. Vi vil prøve ut ein modell der rettleiaren vår møter "
         "personen medan han eller ho framleis sonar, og lagar ein plan saman med kriminalomsorga før "
         "lauslating, slik at bustad og økonomi er på plass frå første dag.",
         "Kontaktperson: Eirik Hauge, tlf. 977 12 345, e-post eirik.hauge@nav.no",
         "## Budsjett"],
        budget=[("Løn og sosiale kostnader, 50 % stilling", "kr 305.000,-"),
                ("Kompetanse", "kr 10.000,-"),
                ("Sum", "kr 315.000,-")],
        after=["Kommunen set av 50 000 kroner til husleige og utstyr som eigendel.",
               "Vi ønskjer å vere med i nettverk/klyngesamarbeid. Ekstern prosessevaluering er vi ikkje "
               "interesserte i."],
        signature=sig("", "Anne Lise Øren", "Nav-leiar", "Per Arne Tønjum", "Kommunedirektør",
                      label="Med venleg helsing"),
    )


def build_lillehammer(path: Path) -> Path:
    return pdf_lines(
        path,
        ["Søknad – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", "NAV Lillehammer-Gausdal"],
        ["Søker: NAV Lillehammer-Gausdal",
         f"Organisasjonsnummer: {spaced(ORG['lillehammer'])}",
         "Prosjekt: Rett hjelp første gang",
         "Søknaden gjelder: Videreføring, 2. driftsår",
         "Kontaktperson: Jonas Kvam",
         "E-post: jonas.kvam@nav.no",
         "Telefon: 61 27 80 00",
         "Periode for denne søknaden: august 2020 – juli 2021",
         "Stillingsressurs: 1,5 årsverk",
         "Lønn og sosiale utgifter: 915 000",
         "Kompetanse: 10 000",
         "Totalt omsøkt: 925 000",
         "Nettverk/klyngesamarbeid: Ja",
         "Ekstern prosessevaluering: Ja",
         "## Kort beskrivelse",
         "Prosjektet samler økonomisk rådgivning og boligoppfølging i ett team for unge voksne under 30 år "
         "som søker sosialhjelp for første gang. Første driftsår viste at mange av de unge trengte hjelp med "
         "gjeld og husleie før de kunne nyttiggjøre seg annen oppfølging. I andre driftsår vil vi utvikle en "
         "digital økonomiveileder sammen med ungdommene selv."],
        signature=sig("Lillehammer, 30.01.2020", "Randi Brenna", "Nav-leder",
                      "Tore Haugli", "Kommunalsjef helse og velferd"),
    )


def build_vaga(path: Path) -> Path:
    return pdf_two_column(
        path,
        ["Søknadsskjema 2020", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret"],
        [("Nav-kontor", "NAV Vågå"),
         ("Org. nr", spaced(ORG["vaga"])),
         ("Tiltakets navn", "Trygt hjem etter behandling"),
         ("Nytt / videreføring", "Nytt"),
         ("Kontaktperson", "Siri Haugen"),
         ("E-post", "siri.haugen@vaga.kommune.no"),
         ("Telefon", "958 01 234"),
         ("Planlagt oppstart", "høsten 2020"),
         ("Stillingsomfang", "halv stilling"),
         ("Omsøkt beløp lønn", "NOK 305'"),
         ("Sum søknad", "NOK 305'"),
         ("Kommunal medfinansiering", "kr 150 000"),
         ("Nettverk / klynge", "Ja [X]   Nei [ ]"),
         ("Ekstern prosessevaluering", "Ja [ ]   Nei [X]")],
        after=["## Beskrivelse",
               "Personer som skrives ut fra rusbehandling eller døgnopphold i psykisk helsevern, kommer ofte "
               "hjem til Vågå uten at Nav, boligkontoret og helsetjenesten har snakket sammen på forhånd. Vi vil "
               "sikre overgangen fra institusjon til eget hjem ved at en koordinator i Nav deltar i "
               "utskrivningsmøtet og følger personen de første tre månedene."],
        signature=sig("Vågå, 31. januar 2020", "Bjørn Sletten", "Nav-leder", "Lise Rudi", "Rådmann",
                      label="Dato og underskrift"),
    )


def build_sel(path: Path) -> Path:
    return pdf_letter(
        path,
        ["NAV Sel", f"Org.nr. {spaced(ORG['sel'])}", "Otta, 28.01.2020"],
        ["Til Fylkesmannen i Innlandet",
         "## SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020",
         "Prosjekt: «Jobbvenn Sel»",
         "NAV Sel søker om tilskudd til en prosjektmedarbeider i 80 % stilling fra 1. august 2020. "
         "Prosjektet er nytt.",
         "Mange sosialhjelpsmottakere i Sel har vært lenge borte fra arbeidslivet. Vi vil prøve ut en ny "
         "måte å jobbe på der prosjektmedarbeideren finner ledige oppgaver hos lokale bedrifter – hoteller, "
         "sagbruk og landbruk – og følger brukeren inn i vanlig lønnet arbeid, med tett støtte både til "
         "arbeidstaker og arbeidsgiver de første månedene.",
         "## Budsjett"],
        budget_lines=["Lønn prosjektmedarbeider 80 % ........................ kr 488 000,-",
                      "Kompetanse (prosessveiledning) ...................... kr 10 000,-",
                      "Sum omsøkt .......................................... kr 498 000,-"],
        after=["Sel kommune bidrar med kontorplass og bil.",
               "Vi melder interesse både for nettverk/klyngesamarbeid og for ekstern prosessevaluering.",
               "Spørsmål om søknaden kan rettes til prosjektleder Hanne Bø, tlf. 481 23 456, hanne.bo@nav.no."],
        signature=sig("", "Gunnar Haug", "Nav-leder", "Marit Lien", "Rådmann", label="Med vennlig hilsen"),
    )


def build_gran(path: Path) -> Path:
    return pdf_ruled_budget(
        path,
        ["Søknad om tilskudd 2020 – utvikling av sosiale tjenester i Nav-kontoret", "NAV Gran"],
        ["Søker: NAV Gran",
         f"Org. nr: {spaced(ORG['gran'])}",
         "Prosjektnavn: Familie og jobb",
         "Type: Nytt prosjekt",
         "Kontaktperson: Thea Grinaker, e-post thea.grinaker@gran.kommune.no, tlf. 61 33 84 00",
         "Oppstart: 1. august 2020",
         "## Om prosjektet",
         "Prosjektet skal gi foreldre i lavinntektsfamilier hjelp til å komme i ordinært arbeid, samtidig "
         "som barna i familien får en fast kontaktperson som sørger for at de kan delta i "
         "fritidsaktiviteter. En jobbspesialist jobber mot arbeidsgivere i regionen, mens en "
         "familiekoordinator følger hele familien.",
         "## Budsjett"],
        [["Post", "Stilling", "Beløp (kr)"],
         ["Jobbspesialist", "100 %", "610 000"],
         ["Familiekoordinator", "50 %", "305 000"],
         ["Kompetanse", "", "10 000"],
         ["Sum omsøkt", "150 %", "925 000"]],
        after=["Kommunal medfinansiering: kr 200 000 (husleie og ledelse)",
               "Ønsker deltakelse i nettverk/klyngesamarbeid: Nei",
               "Ønsker ekstern prosessevaluering: Ja"],
        signature=sig("Jaren, 29.01.2020", "Kjersti Dahl", "Nav-leder", "Morten Strand", "Kommunedirektør"),
    )


# ---------------------------------------------------------------- 2020, with defects


def build_stange_no_title(path: Path) -> Path:
    return docx_table_form(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"],
        [("Søker (Nav-kontor)", "NAV Stange"),
         ("Org. nr:", spaced(ORG["stange"])),
         ("Prosjektnavn", ""),
         ("Kontaktperson", "Mona Hval"),
         ("E-postadresse", "mona.hval@nav.no"),
         ("Tlf.", "62 56 20 00"),
         ("Tiltaksperiode", "01.09.2020–31.08.2021"),
         ("Omfang (stillingsprosent)", "100 %"),
         ("Søknadssum", "610 000 kroner")],
        after=["## Hva skal prosjektet oppnå?",
               "Vi vil hjelpe langtidsmottakere av sosialhjelp over i ordinære jobber i landbruket og "
               "næringsmiddelindustrien i Stange, med en veileder som er ute hos arbeidsgiverne flere dager "
               "i uka."],
        signature=sig("Stange, 28.01.2020", "Espen Bjørke", "Nav-leder", "Anita Sveen", "Kommunedirektør",
                      label="Signatur"),
    )


def build_ringebu_no_percent(path: Path) -> Path:
    return pdf_lines(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"],
        ["Søker: NAV Ringebu",
         f"Org. nr: {spaced(ORG['ringebu'])}",
         "Prosjektnavn: Ungdomslos Ringebu",
         "Nytt prosjekt eller videreføring: Nytt",
         "Kontaktperson: Per Ivar Moen",
         "E-post: per.ivar.moen@nav.no",
         "Tlf.: 61 28 30 00",
         "Oppstart: 01.08.2020",
         "Stillingsprosent:",
         "Søknadsbeløp: kr 400 000",
         "## Beskrivelse",
         "Midlene skal brukes til lønn for en prosjektmedarbeider som skal være los for ungdom mellom 16 og "
         "23 år som har sluttet på skolen og ikke har noe å gå til. Losen skal bygge en relasjon til hver "
         "enkelt ungdom og hjelpe dem med å finne en vei videre."],
        signature=sig("Ringebu, 29.01.2020", "Liv Hagen", "Nav-leder", "Arne Kirkestuen", "Rådmann"),
    )


def build_ringsaker_over_cap(path: Path) -> Path:
    return docx_label_above(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"],
        [("Søker (Nav-kontor)", "NAV Ringsaker"),
         ("Org. nr:", spaced(ORG["ringsaker"])),
         ("Prosjektets navn", "Sammen om boligen"),
         ("Nytt prosjekt eller videreføring", "Nytt prosjekt"),
         ("Kontaktperson", "Hege Lie"),
         ("E-postadresse", "hege.lie@ringsaker.kommune.no"),
         ("Tlf.", "62 33 50 00"),
         ("Tiltaksperiode", "1. august 2020 til 31. juli 2021"),
         ("Omfang (stillingsprosent)", "100 %"),
         ("Lønn og sosiale utgifter", "650 000 kroner"),
         ("Søknadssum", "650 000 kroner"),
         ("Beskrivelse",
          "Barnefamilier som bor i kommunale boliger flytter ofte, og barna bytter skole mange ganger. "
          "Prosjektet skal gi familiene en fast kontakt som hjelper dem å bli boende og å holde orden på "
          "økonomien.")],
        signature=sig("Brumunddal, 30.01.2020", "Trond Lund", "Nav-leder", "Kari Hveem", "Kommunedirektør",
                      label="Underskrift"),
    )


def build_oyer_competence(path: Path) -> Path:
    return pdf_two_column(
        path,
        ["Søknad om tilskudd 2020", "Utvikling av sosiale tjenester i Nav-kontoret"],
        [("Søker (Nav-kontor)", "NAV Øyer"),
         ("Org. nr", spaced(ORG["oyer"])),
         ("Tiltakets navn", "Fritid for alle barn i Øyer"),
         ("Nytt / videreføring", "Nytt"),
         ("Kontaktperson", "Solveig Tande"),
         ("E-post", "solveig.tande@nav.no"),
         ("Tlf.", "61 26 60 00"),
         ("Tiltaksperiode", "01.08.2020 – 31.07.2021"),
         ("Omfang (stillingsprosent)", "100 %"),
         ("Lønn og sosiale utgifter", "0,61 mill."),
         ("Kompetanse", "kr 15 000"),
         ("Søknadssum", "kr 625 000")],
        after=["## Beskrivelse",
               "Barn i familier med lav inntekt i Øyer deltar sjeldnere i idrett og kulturskole enn andre "
               "barn. En familiekoordinator skal følge opp barnefamiliene og samarbeide med lag og foreninger, "
               "slik at alle barn får delta."],
        signature=sig("Tretten, 29.01.2020", "Jorunn Moe", "Nav-leder", "Halvor Bakken", "Rådmann",
                      label="Sted og dato"),
    )


def build_luster_sum(path: Path) -> Path:
    return docx_letter(
        path,
        ["NAV Luster", f"Org.nr. {spaced(ORG['luster'])}", "Gaupne, 27.01.2020"],
        ["Fylkesmannen i Vestland",
         "## Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Vegen vidare»",
         "Nav Luster søkjer om tilskot til ei 80 % stilling i det nye tiltaket «Vegen vidare», med oppstart "
         "1. august 2020.",
         "Tiltaket skal hjelpe unge vaksne som har falle ut av arbeid og utdanning til å kome i jobb i "
         "vanlege verksemder i kommunen. Rettleiaren skal ha små caseloads og vere tett på både den unge og "
         "arbeidsgivaren.",
         "Kontaktperson er Oddny Sviggum, telefon 932 11 876, e-post oddny.sviggum@nav.no.",
         "## Budsjett"],
        budget=[("Løn og sosiale kostnader, 80 % stilling", "488 000"),
                ("Kompetanse", "10 000"),
                ("Sum søknad", "508 000")],
        signature=sig("", "Ragnhild Bolstad", "Nav-leiar", "Jon Olav Loftesnes",
                      "Kommunedirektør", label="Med venleg helsing"),
    )


def build_elverum_orgnr(path: Path) -> Path:
    return pdf_ruled_budget(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "NAV Elverum"],
        ["Søker: NAV Elverum",
         f"Org. nr: {spaced(broken_org_number(ORG['elverum']))}",
         "Prosjektnavn: Bolig først Elverum",
         "Type søknad: Nytt prosjekt",
         "Kontaktperson: Geir Nyhus, tlf. 62 43 40 00, geir.nyhus@nav.no",
         "Tiltaksperiode: 01.08.2020 – 31.07.2021",
         "Vi søker om NOK 610' til én 100 % stilling.",
         "## Om prosjektet",
         "Innvandrere med flyktningbakgrunn som har fullført introduksjonsprogrammet, bor ofte trangt og "
         "dyrt. Boligkoordinatoren skal hjelpe familiene inn i egnet bolig og følge dem det første året."],
        [["Kostnad", "Beløp"],
         ["Lønn og sosiale kostnader 100 %", "610 000"],
         ["Sum", "610 000"]],
        signature=sig("Elverum, 30.01.2020", "Vidar Aas", "Nav-leder", "Ingunn Tangen", "Kommunedirektør",
                      label="Underskrifter"),
    )


def build_amot_no_contact(path: Path) -> Path:
    return pdf_letter(
        path,
        ["NAV Åmot", f"Org.nr. {spaced(ORG['amot'])}", "Rena, 29.01.2020"],
        ["Til Fylkesmannen i Innlandet",
         "## Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
         "Prosjekt: «Hjem fra soning»",
         "NAV Åmot søker om midler til en 100 % stilling i et nytt prosjekt med oppstart 1. september 2020.",
         "Rena ligger nær flere fengsler, og mange som løslates etter soning bosetter seg i kommunen. "
         "Prosjektet skal sørge for at bolig, inntekt og oppfølging er på plass før løslatelse.",
         "## Budsjett"],
        budget_lines=["Lønn og sosiale utgifter 100 % stilling ........ kr 610 000,-",
                      "Sum ............................................ kr 610 000,-"],
        signature=sig("", "Jan Erik Bakke", "Nav-leder", "Toril Enger", "Kommunedirektør",
                      label="Med vennlig hilsen"),
    )


def build_tynset_travel(path: Path) -> Path:
    return pdf_letter(
        path,
        ["NAV Tynset", f"Org.nr. {spaced(ORG['tynset'])}", "Tynset, 30.01.2020"],
        ["Til Fylkesmannen i Innlandet",
         "## Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
         "Prosjekt: «Ungdomsbase Nord-Østerdal»",
         "Nytt prosjekt. NAV Tynset søker om tilskudd til en miljøarbeider i 100 % stilling fra "
         "1. august 2020.",
         "Ungdom mellom 17 og 24 år uten skole eller jobb skal få et fast sted å møte en voksen, og hjelp "
         "med bolig, økonomi og veien videre. Miljøarbeideren skal være tilgjengelig også på kveldstid.",
         "Kontaktperson: Line Bredesen, tlf. 62 48 50 00, line.bredesen@nav.no",
         "## Budsjett"],
        budget_lines=["Lønn miljøarbeider 100 % ......................... kr 600 000,-",
                      "Reise og kurs ..................................... kr 25 000,-",
                      "Kompetanse ........................................ kr 10 000,-",
                      "Totalt ............................................ kr 635 000,-"],
        signature=sig("", "Bente Moen", "Nav-leder", "Pål Stai", "Kommunedirektør", label="Med hilsen"),
    )


def build_trysil_fourth_year(path: Path) -> Path:
    return docx_table_form(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"],
        [("Søker (Nav-kontor)", "NAV Trysil"),
         ("Org. nr:", spaced(ORG["trysil"])),
         ("Prosjektnavn", "OPPSTART – tett oppfølging av langtidsmottakere"),
         ("Nytt prosjekt / videreføring", "Videreføring – fjerde driftsår"),
         ("Kontaktperson", "Anders Bergum"),
         ("E-postadresse", "anders.bergum@nav.no"),
         ("Tlf.", "62 45 77 00"),
         ("Tiltaksperiode", "01.08.2020 – 31.07.2021"),
         ("Omfang (stillingsprosent)", "100 %"),
         ("Søknadssum", "kr 610 000,-")],
        after=["## Status",
               "Prosjektet har hittil hjulpet 34 langtidsmottakere ut i ordinært arbeid hos arbeidsgivere i "
               "reiselivet. Vi ønsker et fjerde år for å gjøre arbeidsmåten til en fast del av kontoret."],
        signature=sig("Trysil, 28.01.2020", "Inger Aasen", "Nav-leder", "Odd Morten Holt", "Kommunedirektør"),
    )


def build_follo_capacity(path: Path) -> Path:
    return docx_letter(
        path,
        ["Nav Nordre Follo", f"Org.nr. {spaced(ORG['follo'])}", "Ski, 31.01.2020"],
        ["Fylkesmannen i Oslo og Viken",
         "## Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
         "Prosjektnavn: Flere hender i mottaket",
         "Nav Nordre Follo søker om tilskudd til en ekstra veileder i 100 % stilling fra 1. august 2020. "
         "Det er et nytt prosjekt.",
         "Antallet mottakere av økonomisk stønad har økt med 30 prosent etter kommunesammenslåingen, mens "
         "bemanningen er den samme. Veilederne har i dag over 90 brukere hver, og ventetiden for første "
         "samtale er fire uker. Med en veileder til kan vi øke kapasiteten i mottaket, ta unna køen og gi "
         "raskere svar på søknader.",
         "Kontaktperson: Nina Sandberg, tlf. 64 85 40 00, nina.sandberg@nav.no",
         "## Budsjett"],
        budget=[("Lønn og sosiale kostnader", "610 000"), ("Sum", "610 000")],
        signature=sig("", "Kristin Foss", "Nav-leder", "Rune Bjerke", "Kommunedirektør",
                      label="Med vennlig hilsen"),
    )


def build_kongsvinger_ips(path: Path) -> Path:
    return pdf_lines(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"],
        ["Søker: NAV Kongsvinger",
         f"Org. nr: {spaced(ORG['kongsvinger'])}",
         "Prosjektnavn: IPS i NAV Kongsvinger",
         "Nytt prosjekt eller videreføring: Nytt",
         "Kontaktperson: Ahmed Ali",
         "E-post: ahmed.ali@nav.no",
         "Tlf.: 62 88 20 00",
         "Oppstart: 01.08.2020",
         "Stillingsprosent: 100 %",
         "Søknadsbeløp: kr 610 000",
         "## Beskrivelse",
         "Vi søker om midler til å innføre Individuell jobbstøtte (IPS) i NAV Kongsvinger slik modellen er "
         "beskrevet nasjonalt, uten lokale tilpasninger. Jobbspesialisten skal følge IPS-manualen og "
         "måles etter fidelity-skalaen, med mål om ordinært arbeid for sosialhjelpsmottakere."],
        signature=sig("Kongsvinger, 29.01.2020", "Elin Strand", "Nav-leder", "Tom Erik Lie", "Kommunedirektør",
                      label="Signaturer"),
    )


def build_fjaler_0_24(path: Path) -> Path:
    return docx_label_above(
        path,
        ["Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"],
        [("Søkar (Nav-kontor)", "NAV Fjaler"),
         ("Organisasjonsnummer", spaced(ORG["fjaler"])),
         ("Namn på tiltaket", "Ungdomsteam Fjaler"),
         ("Nytt tiltak eller vidareføring", "Nytt tiltak"),
         ("Ansvarleg for søknaden", "Torunn Haugland"),
         ("E-postadresse", "torunn.haugland@fjaler.kommune.no"),
         ("Tlf.", "57 73 80 00"),
         ("Tiltaksperiode", "1. august 2020 – 31. juli 2021"),
         ("Omfang (stillingsprosent)", "ei 50 % stilling"),
         ("Søknadssum", "305 000 kroner"),
         ("Om tiltaket",
          "Fjaler kommune er programkommune i 0-24-samarbeidet og får programfinansiering derifrå for "
          "arbeidet med ungdom som står i fare for å hamne utanfor. Dette tiltaket rettar seg mot den same "
          "gruppa ungdomar, og skal gi dei ein fast kontaktperson i Nav.")],
        signature=sig("Dale, 29.01.2020", "Helge Dale", "Nav-leiar", "Berit Hope", "Kommunedirektør",
                      label="Underskrift"),
    )


def build_hamar_memo(path: Path) -> Path:
    return docx_letter(
        path,
        ["NAV Hamar", "Referat"],
        ["## Referat fra ledermøte i NAV Hamar 14. januar 2020",
         "Til stede: Nav-leder, avdelingsledere for oppfølging og for sosiale tjenester, tillitsvalgt.",
         "Sak 1/20 Økonomirapport desember: Regnskapet viser et mindreforbruk på sosialhjelp. Tas til "
         "orientering.",
         "Sak 2/20 Utviklingsmidler 2020: Leder orienterte om kunngjøringen fra direktoratet. Det ble "
         "diskutert om kontoret skal søke om midler til en 100 % stilling for oppfølging av unge. "
         "Konklusjon: Avdelingsleder for sosiale tjenester lager et utkast innen 24. januar.",
         "Sak 3/20 Eventuelt: Ingen saker.",
         "Referent: Siv Aune"],
    )


def build_hamar_kommune_applicant(path: Path) -> Path:
    return pdf_two_column(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester 2020"],
        [("Søker", "Hamar kommune, Enhet for psykisk helse og rus"),
         ("Org. nr", spaced(ORG["elverum"])),
         ("Prosjektnavn", "Aktiv hverdag"),
         ("Kontaktperson", "Frode Lien"),
         ("E-post", "frode.lien@hamar.kommune.no"),
         ("Telefon", "625 10 200"),
         ("Oppstart", "1. august 2020"),
         ("Stillingsprosent", "100 %"),
         ("Søknadssum", "kr 610 000")],
        after=["Enheten ønsker å gi personer med rusutfordringer et tilbud om arbeidstrening i ordinære "
               "bedrifter."],
        signature=sig("Hamar, 30.01.2020", "Frode Lien", "Enhetsleder", "Gro Hansen", "Kommunedirektør",
                      label="Underskrift"),
    )


# ---------------------------------------------------------------- 2018


def build_bodo_2018(path: Path) -> Path:
    return docx_table_form(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontor 2018",
         "Søknadsfrist: 1. februar 2018 – sendes Fylkesmannen i Nordland"],
        [("Søker (NAV-kontor)", "NAV Bodø"),
         ("Org. nr:", spaced(ORG["bodo"])),
         ("Prosjektnavn", "Barna først"),
         ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
         ("Kontaktperson", "Lars Johansen"),
         ("E-post", "lars.johansen@bodo.kommune.no"),
         ("Telefon", "75 55 50 00"),
         ("Prosjektperiode", "01.03.2018 – 28.02.2019"),
         ("Stillingsprosent", "100 %"),
         ("Søknadsbeløp", "kr 650 000")],
        after=["## Bakgrunn",
               "Fylkesmannens tilsyn med NAV Bodø i 2017 avdekket at kontoret ikke kartla barnas situasjon når "
               "foreldrene søkte økonomisk stønad. Prosjektet er et direkte svar på tilsynet: vi skal utvikle "
               "rutiner og en samtalemetodikk som sikrer at barneperspektivet ivaretas i alle saker der det "
               "er barn i husstanden."],
        signature=sig("Bodø, 25.01.2018", "Ellen Pedersen", "NAV-leder", "Rolf Kristiansen", "Rådmann"),
    )


def build_rana_2018(path: Path) -> Path:
    return pdf_letter(
        path,
        ["NAV Rana", f"Org.nr. {spaced(ORG['rana'])}", "Mo i Rana, 26.01.2018"],
        ["Fylkesmannen i Nordland",
         "## Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2018",
         "Prosjekt: «Ny start i Rana»",
         "NAV Rana søker om midler til to stillinger i et nytt prosjekt med oppstart 1. april 2018.",
         "Prosjektet retter seg mot unge innvandrere mellom 18 og 25 år som avslutter "
         "introduksjonsprogrammet. Mange faller mellom flere stoler når ansvaret går fra "
         "flyktningtjenesten til NAV. Vi vil sikre overgangen mellom tjenestene og videre til skole eller "
         "arbeid med en felles plan og en fast kontaktperson.",
         "Kontaktperson: Fatima Hussein, tlf. 75 14 60 00, e-post fatima.hussein@nav.no",
         "## Budsjett"],
        budget_lines=["Lønn og sosiale utgifter, 2 stillinger .......... kr 1 100 000,-",
                      "Sum omsøkt ...................................... kr 1 100 000,-"],
        signature=sig("", "Svein Olsen", "NAV-leder", "Hilde Nilsen", "Rådmann", label="Med vennlig hilsen"),
    )


def build_vefsn_2018(path: Path) -> Path:
    return pdf_ruled_budget(
        path,
        ["Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2018", "NAV Vefsn"],
        ["Søker: NAV Vefsn",
         f"Org. nr: {spaced(ORG['vefsn'])}",
         "Prosjektnavn: Arbeid i Vefsn",
         "Type: Nytt prosjekt",
         "Kontaktperson: Odd Arne Strøm, tlf. 75 10 10 00, odd.arne.strom@nav.no",
         "Oppstart: 1. mars 2018",
         "Søknadsfrist 1. februar 2018",
         "## Om prosjektet",
         "Vi søker om en 60-prosent stilling for en jobbspesialist som skal skaffe sosialhjelpsmottakere "
         "plass i ordinære bedrifter i Mosjøen, med lønn fra første dag."],
        [["Kostnad", "Beløp"],
         ["Lønn og sosiale kostnader 60 %", "kr 360.000,-"],
         ["Sum", "kr 360.000,-"]],
        signature=sig("Mosjøen, 29.01.2018", "Britt Hansen", "NAV-leder", "Kjell Eriksen", "Rådmann",
                      label="Underskrift"),
    )


def _common(office: str, org: str, contact: str, email: str | None, phone: str | None) -> dict[str, Any]:
    return {"office.name": office, "office.org_number": org, "contact.name": contact,
            "contact.email": email, "contact.phone": phone}


CASES: list[Case] = [
    Case("docx-table-lom", build_lom, ".docx", {
        **_common("Nav Lom og Skjåk", ORG["lom"], "Kari Nordbø", "kari.nordbo@nav.no", "91345678"),
        "language": "nb", "scheme": "nav-sosiale-tjenester-2020",
        "project.title": "Økonomi i hverdagen – tett på barnefamiliene", "project.kind": "new",
        "project.start_date": "2020-08-01", "positions_percent_total": 80,
        "amounts.positions": 488000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 498000, "amounts.own_funding": 120000,
        "priority_areas": ["barnefamilier-ungdom-innvandrere"],
        "interest.network": True, "interest.process_evaluation": False}),
    Case("docx-above-bomlo-nn", build_bomlo, ".docx", {
        **_common("Nav Bømlo", ORG["bomlo"], "Ingrid Økland", "ingrid.okland@nav.no", "53423000"),
        "language": "nn", "scheme": "nav-sosiale-tjenester-2020",
        "project.title": "Frå introduksjonsprogram til fast jobb", "project.kind": "new",
        "project.start_date": "2020-08-01", "positions_percent_total": 200,
        "amounts.positions": 1220000, "amounts.competence": None, "amounts.total": 1220000,
        "amounts.own_funding": None,
        "priority_areas": ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"],
        "interest.network": True, "interest.process_evaluation": False}),
    Case("docx-letter-grorud", build_grorud, ".docx", {
        **_common("Nav Grorud", ORG["grorud"], "Amir Haddad", "amir.haddad@bgo.oslo.kommune.no", "40455123"),
        "language": "nb", "project.title": "Ung inn i jobb", "project.kind": "new",
        "project.start_date": "2020-09-01", "positions_percent_total": 100, "positions.percents": [100],
        "amounts.positions": 610000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 620000, "amounts.own_funding": None,
        "priority_areas": ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"],
        "interest.network": True, "interest.process_evaluation": False}),
    Case("docx-letter-laerdal-nn", build_laerdal, ".docx", {
        **_common("Nav Lærdal", ORG["laerdal"], "Eirik Hauge", "eirik.hauge@nav.no", "97712345"),
        "language": "nn", "project.title": "Heim etter soning", "project.kind": "new",
        "project.start_date": "2020-08-01", "positions_percent_total": 50, "positions.percents": [50],
        "amounts.positions": 305000, "amounts.competence": 10000, "amounts.total": 315000,
        "amounts.own_funding": 50000, "priority_areas": ["saarbare-overganger"],
        "interest.network": True, "interest.process_evaluation": False}),
    Case("pdf-lines-lillehammer", build_lillehammer, ".pdf", {
        **_common("Nav Lillehammer-Gausdal", ORG["lillehammer"], "Jonas Kvam", "jonas.kvam@nav.no",
                  "61278000"),
        "language": "nb", "project.title": "Rett hjelp første gang", "project.kind": "continuation",
        "project.start_date": "2020-08-01", "positions_percent_total": 150,
        "amounts.positions": 915000, "amounts.competence": 10000, "amounts.total": 925000,
        "priority_areas": ["barnefamilier-ungdom-innvandrere"],
        "interest.network": True, "interest.process_evaluation": True}),
    Case("pdf-columns-vaga-autumn", build_vaga, ".pdf", {
        **_common("Nav Vågå", ORG["vaga"], "Siri Haugen", "siri.haugen@vaga.kommune.no", "95801234"),
        "project.title": "Trygt hjem etter behandling", "project.kind": "new",
        "project.start_date": None, "positions_percent_total": 50,
        "amounts.positions": 305000, "amounts.total": 305000, "amounts.own_funding": 150000,
        "priority_areas": ["saarbare-overganger"],
        "interest.network": True, "interest.process_evaluation": False},
        codes=frozenset({"START_DATE_MISSING"}), absent=_without("START_DATE_MISSING")),
    Case("pdf-dotted-sel", build_sel, ".pdf", {
        **_common("Nav Sel", ORG["sel"], "Hanne Bø", "hanne.bo@nav.no", "48123456"),
        "project.title": "Jobbvenn Sel", "project.kind": "new", "project.start_date": "2020-08-01",
        "positions_percent_total": 80, "positions.percents": [80], "positions.amounts": [488000],
        "amounts.positions": 488000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 498000, "priority_areas": ["ordinaert-arbeidsliv"],
        "interest.network": True, "interest.process_evaluation": True}),
    Case("pdf-ruled-gran", build_gran, ".pdf", {
        **_common("Nav Gran", ORG["gran"], "Thea Grinaker", "thea.grinaker@gran.kommune.no", "61338400"),
        "project.title": "Familie og jobb", "project.kind": "new", "project.start_date": "2020-08-01",
        "positions_percent_total": 150, "positions.percents": [100, 50],
        "positions.amounts": [610000, 305000],
        "amounts.positions": 915000, "amounts.competence": 10000, "amounts.other": None,
        "amounts.total": 925000, "amounts.own_funding": 200000,
        "priority_areas": ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"],
        "interest.network": False, "interest.process_evaluation": True}),
    Case("docx-table-stange-no-title", build_stange_no_title, ".docx", {
        **_common("Nav Stange", ORG["stange"], "Mona Hval", "mona.hval@nav.no", "62562000"),
        "project.title": None, "project.kind": None, "project.start_date": "2020-09-01",
        "positions_percent_total": 100, "amounts.total": 610000,
        "priority_areas": ["ordinaert-arbeidsliv"],
        "interest.network": None, "interest.process_evaluation": None},
        codes=frozenset({"TITLE_MISSING"}), absent=_without("TITLE_MISSING")),
    Case("pdf-lines-ringebu-no-percent", build_ringebu_no_percent, ".pdf", {
        **_common("Nav Ringebu", ORG["ringebu"], "Per Ivar Moen", "per.ivar.moen@nav.no", "61283000"),
        "project.title": "Ungdomslos Ringebu", "project.start_date": "2020-08-01",
        "positions_percent_total": None, "positions": [], "amounts.total": 400000},
        codes=frozenset({"POSITION_PERCENT_MISSING"}),
        absent=_without("POSITION_PERCENT_MISSING"),
        areas_include=frozenset({"barnefamilier-ungdom-innvandrere"})),
    Case("docx-above-ringsaker-over-cap", build_ringsaker_over_cap, ".docx", {
        **_common("Nav Ringsaker", ORG["ringsaker"], "Hege Lie", "hege.lie@ringsaker.kommune.no", "62335000"),
        "project.title": "Sammen om boligen", "project.start_date": "2020-08-01",
        "positions_percent_total": 100, "amounts.positions": 650000, "amounts.total": 650000,
        "priority_areas": ["barnefamilier-ungdom-innvandrere"]},
        codes=frozenset({"AMOUNT_OVER_CAP"}), absent=_without("AMOUNT_OVER_CAP")),
    Case("pdf-columns-oyer-competence", build_oyer_competence, ".pdf", {
        **_common("Nav Øyer", ORG["oyer"], "Solveig Tande", "solveig.tande@nav.no", "61266000"),
        "project.title": "Fritid for alle barn i Øyer", "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.competence": 15000, "amounts.total": 625000,
        "priority_areas": ["barnefamilier-ungdom-innvandrere"]},
        codes=frozenset({"COMPETENCE_OVER_CAP"}), absent=_without("COMPETENCE_OVER_CAP")),
    Case("docx-letter-luster-sum-nn", build_luster_sum, ".docx", {
        **_common("Nav Luster", ORG["luster"], "Oddny Sviggum", "oddny.sviggum@nav.no", "93211876"),
        "language": "nn", "project.title": "Vegen vidare", "project.start_date": "2020-08-01",
        "positions_percent_total": 80, "amounts.positions": 488000, "amounts.competence": 10000,
        "amounts.total": 508000},
        codes=frozenset({"AMOUNT_SUM_MISMATCH"}), absent=_without("AMOUNT_SUM_MISMATCH"),
        areas_include=frozenset({"barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"})),
    Case("pdf-ruled-elverum-orgnr", build_elverum_orgnr, ".pdf", {
        "office.name": "Nav Elverum", "contact.name": "Geir Nyhus", "contact.phone": "62434000",
        "contact.email": "geir.nyhus@nav.no", "project.title": "Bolig først Elverum",
        "project.start_date": "2020-08-01", "positions_percent_total": 100,
        "amounts.positions": 610000, "amounts.total": 610000,
        "priority_areas": ["barnefamilier-ungdom-innvandrere"]},
        codes=frozenset({"ORG_NUMBER_INVALID"}), absent=_without("ORG_NUMBER_INVALID")),
    Case("pdf-dotted-amot-no-contact", build_amot_no_contact, ".pdf", {
        "office.name": "Nav Åmot", "office.org_number": ORG["amot"], "contact.name": None,
        "contact.email": None, "contact.phone": None, "project.title": "Hjem fra soning",
        "project.start_date": "2020-09-01", "positions_percent_total": 100, "amounts.total": 610000,
        "priority_areas": ["saarbare-overganger"]},
        codes=frozenset({"CONTACT_MISSING"}), absent=_without("CONTACT_MISSING")),
    Case("pdf-dotted-tynset-travel", build_tynset_travel, ".pdf", {
        **_common("Nav Tynset", ORG["tynset"], "Line Bredesen", "line.bredesen@nav.no", "62485000"),
        "project.title": "Ungdomsbase Nord-Østerdal", "project.kind": "new",
        "project.start_date": "2020-08-01", "positions_percent_total": 100,
        "amounts.positions": 600000, "amounts.competence": 10000, "amounts.other": 25000,
        "amounts.total": 635000},
        codes=frozenset({"NON_POSITION_COSTS"}), absent=_without("NON_POSITION_COSTS"),
        areas_include=frozenset({"barnefamilier-ungdom-innvandrere"})),
    Case("docx-table-trysil-fourth-year", build_trysil_fourth_year, ".docx", {
        **_common("Nav Trysil", ORG["trysil"], "Anders Bergum", "anders.bergum@nav.no", "62457700"),
        "project.title": "OPPSTART – tett oppfølging av langtidsmottakere", "project.kind": "continuation",
        "project.start_date": "2020-08-01", "positions_percent_total": 100, "amounts.total": 610000,
        "priority_areas": ["ordinaert-arbeidsliv"]},
        codes=frozenset({"CONTINUATION_LIMIT"}), absent=_without("CONTINUATION_LIMIT")),
    Case("docx-letter-follo-capacity", build_follo_capacity, ".docx", {
        **_common("Nav Nordre Follo", ORG["follo"], "Nina Sandberg", "nina.sandberg@nav.no", "64854000"),
        "project.title": "Flere hender i mottaket", "project.start_date": "2020-08-01",
        "positions_percent_total": 100, "amounts.total": 610000, "priority_areas": []},
        codes=frozenset({"EXCLUDED_CAPACITY_ONLY", "PRIORITY_AREA_MISSING"}),
        absent=_without("EXCLUDED_CAPACITY_ONLY", "PRIORITY_AREA_MISSING")),
    Case("pdf-lines-kongsvinger-ips", build_kongsvinger_ips, ".pdf", {
        **_common("Nav Kongsvinger", ORG["kongsvinger"], "Ahmed Ali", "ahmed.ali@nav.no", "62882000"),
        "project.title": "IPS i NAV Kongsvinger", "positions_percent_total": 100, "amounts.total": 610000,
        "priority_areas": ["ordinaert-arbeidsliv"]},
        codes=frozenset({"EXCLUDED_EXISTING_METHOD"}), absent=_without("EXCLUDED_EXISTING_METHOD")),
    Case("docx-above-fjaler-0-24-nn", build_fjaler_0_24, ".docx", {
        **_common("Nav Fjaler", ORG["fjaler"], "Torunn Haugland", "torunn.haugland@fjaler.kommune.no",
                  "57738000"),
        "language": "nn", "project.title": "Ungdomsteam Fjaler", "project.start_date": "2020-08-01",
        "positions_percent_total": 50, "amounts.total": 305000},
        codes=frozenset({"EXCLUDED_0_24_PROGRAM"}), absent=_without("EXCLUDED_0_24_PROGRAM"),
        areas_include=frozenset({"barnefamilier-ungdom-innvandrere"})),
    Case("docx-memo-hamar", build_hamar_memo, ".docx", {},
         codes=frozenset({"NOT_AN_APPLICATION"}), absent=frozenset(), roles=frozenset()),
    Case("pdf-columns-hamar-kommune", build_hamar_kommune_applicant, ".pdf", {
        "contact.name": "Frode Lien", "contact.email": "frode.lien@hamar.kommune.no",
        "project.title": "Aktiv hverdag", "amounts.total": 610000},
        codes=frozenset({"APPLICANT_NOT_NAV_OFFICE"}), absent=frozenset(), roles=frozenset()),
    # ------------------------------------------------------------ 2018
    Case("docx-table-bodo-2018", build_bodo_2018, ".docx", {
        **_common("Nav Bodø", ORG["bodo"], "Lars Johansen", "lars.johansen@bodo.kommune.no", "75555000"),
        "scheme": "nav-sosiale-tjenester-2018", "project.title": "Barna først", "project.kind": "new",
        "project.start_date": "2018-03-01", "positions_percent_total": 100, "amounts.total": 650000,
        "priority_areas": ["barneperspektivet", "tilsyn"],
        "interest.network": None, "interest.process_evaluation": None}),
    Case("pdf-dotted-rana-2018", build_rana_2018, ".pdf", {
        **_common("Nav Rana", ORG["rana"], "Fatima Hussein", "fatima.hussein@nav.no", "75146000"),
        "scheme": "nav-sosiale-tjenester-2018", "project.title": "Ny start i Rana", "project.kind": "new",
        "project.start_date": "2018-04-01", "positions_percent_total": 200, "amounts.positions": 1100000,
        "amounts.total": 1100000, "priority_areas": ["overganger", "ungdom-innvandrere"]}),
    Case("pdf-ruled-vefsn-2018", build_vefsn_2018, ".pdf", {
        **_common("Nav Vefsn", ORG["vefsn"], "Odd Arne Strøm", "odd.arne.strom@nav.no", "75101000"),
        "scheme": "nav-sosiale-tjenester-2018", "project.title": "Arbeid i Vefsn", "project.kind": "new",
        "project.start_date": "2018-03-01", "positions_percent_total": 60, "amounts.positions": 360000,
        "amounts.total": 360000, "priority_areas": ["ordinaert-arbeidsliv"]}),
]
BY_ID = {case.id: case for case in CASES}


@pytest.fixture(scope="session")
def records(tmp_path_factory) -> Callable[[str], Record]:
    """Build each document once and read it once; tests look records up by case id."""
    folder = tmp_path_factory.mktemp("holdout")
    cache: dict[str, Record] = {}

    def get(case_id: str) -> Record:
        if case_id not in cache:
            case = BY_ID[case_id]
            path = case.build(folder / f"{case.id}{case.suffix}")
            cache[case_id] = read_application(path)
        return cache[case_id]

    return get


def value_at(record: Record, key: str) -> Any:
    """A dotted record path, plus two views of the position lines."""
    if key == "positions.percents":
        return [p.percent for p in record.positions]
    if key == "positions.amounts":
        return [p.amount for p in record.positions]
    if key == "priority_areas":
        return sorted(record.priority_areas)
    value: Any = record
    for part in key.split("."):
        value = getattr(value, part)
    return [p.model_dump() for p in value] if key == "positions" else value


FIELD_CHECKS = [(case.id, key) for case in CASES for key in case.expect]
PRESENT_CHECKS = [(case.id, code) for case in CASES for code in sorted(case.codes)]
ABSENT_CHECKS = [(case.id, code) for case in CASES for code in sorted(case.absent)]


def test_set_is_large_enough():
    years = [BY_ID[c].expect.get("scheme", "2020") for c in BY_ID]
    assert len(CASES) >= 23
    assert sum("2018" in y for y in years) == 3


@pytest.mark.parametrize(("case_id", "key"), FIELD_CHECKS, ids=[f"{c}:{k}" for c, k in FIELD_CHECKS])
def test_field(records, case_id, key):
    record = records(case_id)
    assert not any(f.code == "DOCUMENT_UNREADABLE" for f in record.findings), record.findings
    want = BY_ID[case_id].expect[key]
    if key == "priority_areas":
        want = sorted(want)
    assert value_at(record, key) == want


@pytest.mark.parametrize(("case_id", "code"), PRESENT_CHECKS, ids=[f"{c}:{k}" for c, k in PRESENT_CHECKS])
def test_finding_present(records, case_id, code):
    codes = [f.code.value for f in records(case_id).findings]
    assert code in codes


@pytest.mark.parametrize(("case_id", "code"), ABSENT_CHECKS, ids=[f"{c}:no-{k}" for c, k in ABSENT_CHECKS])
def test_finding_absent(records, case_id, code):
    findings = [f for f in records(case_id).findings if f.code.value == code]
    assert not findings, [(f.field, f.message) for f in findings]


@pytest.mark.parametrize("case_id", [c.id for c in CASES if c.areas_include])
def test_priority_areas_include(records, case_id):
    assert BY_ID[case_id].areas_include <= set(records(case_id).priority_areas)


@pytest.mark.parametrize("case_id", [c.id for c in CASES if c.roles])
def test_signature_roles_present(records, case_id):
    """Loose on purpose: signature kinds belong to the signature tests."""
    roles = {s.role for s in records(case_id).signatures}
    assert BY_ID[case_id].roles <= roles


@pytest.mark.parametrize("case_id", [c.id for c in CASES if not c.codes & ERROR_CODES and c.absent])
def test_well_formed_is_complete_apart_from_signatures(records, case_id):
    """A well-formed application raises no error besides (possibly) signature ones."""
    errors = {f.code.value for f in records(case_id).errors()} - SIGNATURE_CODES
    assert not errors
