"""Finding messages a county clerk (Bokmål) or an English reader can act on.

Each message says what is wrong and what to ask the Nav office for; the
placeholders are filled with the values the validator found.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["nb", "en"]

_MESSAGES: dict[str, tuple[str, str]] = {
    "DOCUMENT_UNREADABLE": (
        "Filen kan ikke leses: {detail}",
        "The file cannot be read: {detail}",
    ),
    "NOT_AN_APPLICATION": (
        "Dokumentet ser ikke ut som en søknad om tilskudd (ingen søknad om midler eller utfylt skjema funnet). "
        "Sjekk om riktig fil er sendt.",
        "The document does not look like a grant application (no request for funds or filled-in form found). "
        "Check that the right file was sent.",
    ),
    "OFFICE_MISSING": (
        "Fant ikke hvilket Nav-kontor som søker. Be kontoret oppgi navnet på Nav-kontoret.",
        "No applicant Nav office found. Ask the office to state the Nav office's name.",
    ),
    "APPLICANT_NOT_NAV_OFFICE": (
        "Søker er «{applicant}», ikke et Nav-kontor. Bare Nav-kontor kan søke og eie prosjektet.",
        "The applicant is \"{applicant}\", not a Nav office. Only Nav offices may apply and own the project.",
    ),
    "TITLE_MISSING": (
        "Prosjektet mangler navn/tittel.",
        "The project has no name or title.",
    ),
    "POSITION_PERCENT_MISSING": (
        "Stillingsprosent er ikke oppgitt. Tilskuddet gis per stilling; be om stillingsprosent for hver stilling.",
        "No position percentage stated. The grant is given per position; ask for the percentage of each position.",
    ),
    "AMOUNT_MISSING": (
        "Søknadsbeløp (totalt omsøkt beløp) er ikke oppgitt.",
        "The total amount applied for is not stated.",
    ),
    "SIGNATURE_NAV_LEADER_MISSING": (
        "Søknaden er ikke signert av leder for Nav-kontoret.",
        "The application is not signed by the Nav office's leader.",
    ),
    "SIGNATURE_MUNICIPALITY_MISSING": (
        "Søknaden er ikke signert av kommuneledelsen (rådmann/kommunedirektør/kommunalsjef). "
        "Prosjektet må være forankret i kommuneledelsen.",
        "The application is not signed by the municipal leadership (chief executive or head of department). "
        "The project must be anchored in the municipal leadership.",
    ),
    "AMOUNT_OVER_CAP": (
        "Beløpet til stillinger ({amount} kr) er over rammen på {cap} kr for {percent} % stilling "
        "({per_position} kr per 100 % stilling).",
        "The positions amount (NOK {amount}) exceeds the cap of NOK {cap} for {percent} % positions "
        "(NOK {per_position} per 100 % position).",
    ),
    "COMPETENCE_OVER_CAP": (
        "Kompetansemidler ({amount} kr) er over rammen på {cap} kr per tiltak.",
        "The competence post (NOK {amount}) exceeds the cap of NOK {cap} per project.",
    ),
    "AMOUNT_SUM_MISMATCH": (
        "Beløpene stemmer ikke: {detail}.",
        "The amounts do not add up: {detail}.",
    ),
    "ORG_NUMBER_INVALID": (
        "Organisasjonsnummeret {org_number} er ugyldig (kontrollsifferet stemmer ikke).",
        "The organisation number {org_number} is invalid (its check digit is wrong).",
    ),
    "CONTACT_MISSING": (
        "Kontaktperson mangler {detail}.",
        "Contact person missing {detail}.",
    ),
    "DIGITAL_SIGNATURE_INVALID": (
        "Den elektroniske signaturen {name} kan ikke bekreftes, eller dokumentet er endret etter signering{detail}. "
        "Be om et nytt signert dokument.",
        "The digital signature {name} does not verify, or the document was changed after signing{detail}. "
        "Ask for a newly signed document.",
    ),
    "ORG_NUMBER_MISSING": (
        "Organisasjonsnummer er ikke oppgitt.",
        "No organisation number stated.",
    ),
    "PRIORITY_AREA_MISSING": (
        "Søknaden viser ikke til noen av de prioriterte områdene ({areas}).",
        "The application addresses none of the priority areas ({areas}).",
    ),
    "SIGNED_AFTER_DEADLINE": (
        "Signaturen ({role}) er datert {date}, etter søknadsfristen {deadline}.",
        "The signature ({role}) is dated {date}, after the deadline {deadline}.",
    ),
    "SIGNATURE_UNVERIFIED": (
        "Signaturen ({role}) er bare et maskinskrevet navn, uten håndskrift eller elektronisk signatur.",
        "The signature ({role}) is only a typed name, with no ink and no electronic signature.",
    ),
    "NON_POSITION_COSTS": (
        "Budsjettet har andre kostnader enn stillinger og kompetanse ({amount} kr). Tilskuddet kan kun gå til stillinger.",
        "The budget has costs other than positions and competence (NOK {amount}). The grant pays for positions only.",
    ),
    "CONTINUATION_LIMIT": (
        "Søknaden gjelder år {year} av samme prosjekt; tilskudd gis i inntil {max_years} år.",
        "The application is for year {year} of the same project; the grant is given for up to {max_years} years.",
    ),
    "EXCLUDED_CAPACITY_ONLY": (
        "Prosjektet ser ut til å bare beskrive økt kapasitet i tjenesten, som ikke gis tilskudd til. Vurder søknaden.",
        "The project seems to describe only more capacity in the service, which is not granted. Assess it.",
    ),
    "EXCLUDED_EXISTING_METHOD": (
        "Prosjektet ser ut til å implementere en ferdig utviklet metode, som ikke gis tilskudd til. Vurder søknaden.",
        "The project seems to implement a ready-made method, which is not granted. Assess it.",
    ),
    "EXCLUDED_0_24_PROGRAM": (
        "Kommunen ser ut til å ha programfinansiering fra 0-24-samarbeidet; det gis ikke tilskudd til samme "
        "målgruppe. Vurder søknaden.",
        "The municipality seems to have 0-24 programme funding; no grant is given for the same target group. "
        "Assess it.",
    ),
    "START_DATE_MISSING": (
        "Oppstartsdato for prosjektet er ikke oppgitt.",
        "No project start date stated.",
    ),
    "LOW_CONFIDENCE": (
        "{value_name} er lest med lav sikkerhet ({confidence} %); kontroller verdien mot dokumentet.",
        "{value_name} was read with low confidence ({confidence} %); check the value against the document.",
    ),
    "SCHEME_ASSUMED": (
        "Fant ikke hvilket år søknaden gjelder; kontrollert mot {scheme}.",
        "The application's year could not be read; checked against {scheme}.",
    ),
}

_ROLES = {
    "nav_leader": ("Nav-leder", "Nav leader"),
    "municipality": ("kommuneledelsen", "municipal leadership"),
}

_CONTACT_PARTS = {
    "name": ("navn", "a name"),
    "reach": ("e-post eller telefon", "an e-mail or phone number"),
}


def message(code: str, lang: Lang = "nb", **values: object) -> str:
    nb, en = _MESSAGES[code]
    template = en if lang == "en" else nb
    return template.format(**values)


def role_name(role: str, lang: Lang = "nb") -> str:
    nb, en = _ROLES[role]
    return en if lang == "en" else nb


def contact_part(part: str, lang: Lang = "nb") -> str:
    nb, en = _CONTACT_PARTS[part]
    return en if lang == "en" else nb


def codes() -> set[str]:
    return set(_MESSAGES)
