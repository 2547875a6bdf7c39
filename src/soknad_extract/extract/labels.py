"""The label vocabulary: which field a printed label asks for.

Forms from the directorate, the counties and the offices word their labels
differently, in Bokmål and Nynorsk, old ("NAV-kontor", "rådmann") and new.
Patterns are keyed on the nouns that carry the meaning and tried from the
most specific to the most general, so "Kontaktpersonens e-post" is an
e-mail label and not a contact name, and "Organisasjonsnummer" never
becomes the applicant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soknad_extract.extract.rows import clean_label
from soknad_extract.norwegian import fold

_LABELS: list[tuple[str, str]] = [
    ("org_number", r"org\.?\s*-?\s*n(?:r|umme)|organisasjons\s*-?\s*n|orgnr|foretaksn"),
    ("email", r"e-?post|e-?mail|epost"),
    ("phone", r"telefon|\btlf|mobil|\btelf?\b"),
    ("signature", r"signatur|underskrift|\bsign\b|dato og (under|sign)|stad og dato|sted og dato"),
    ("own_funding", r"egen\s*-?\s*andel|eigen\s*-?\s*andel|egen\s*finans|eigen\s*finans|egne midl|eigne midl|"
                    r"kommunens (andel|bidrag|egen)|kommunen si(n|tt)? (andel|bidrag|eigen)|medfinans"),
    ("competence", r"kompetanse"),
    ("percent", r"stillings\s*-?\s*(prosent|andel|størrelse|storleik|omfang)|årsverk|antall stilling|"
                r"tal på stilling|omfang|prosent stilling|^stilling(er|ar)$"),
    ("positions_amount", r"\blønn\b|\bløn\b|\blønns|sosiale (utgifter|kostnader)"),
    ("total", r"^(sum|totalt?|til sammen|til saman|i alt)\b|samla?|samlet|totalbeløp|søknadsbeløp|søknadssum|"
              r"omsøkt|omsøkt beløp|beløp (det )?(søkes|søkjast|vert søkt|blir søkt)|(søker|søkjer) om|"
              r"søkt beløp|søkt om|beløp søkt|sum tilskudd|sum tilskot|tilskudd (det )?søkes|total"),
    ("start_date", r"oppstart|start\s*-?dato|prosjektstart|planlagt start|startar|starter|prosjektperiode|"
                   r"tiltaksperiode|periode|tidsrom|fra dato|frå dato|varighet|varigheit"),
    ("kind", r"videreføring|vidareføring|ny(tt)? (prosjekt|tiltak) eller|type søknad|søknadstype|^søknaden gjeld|"
             r"nytt eller|type prosjekt|prosjekttype"),
    ("contact_name", r"kontakt\s*-?\s*person|^kontakt\b|kontaktinformasjon|ansvarleg kontakt|ansvarlig kontakt|"
                     r"ansvarl\w* for (søknad|prosjekt|tiltak)|saksbehandlar|saksbehandler|sakshandsamar"),
    ("project_leader", r"prosjekt\s*-?\s*(leder|leiar|ansvarl)"),
    ("title", r"(prosjekt|tiltak)(ets|et|a)?s? ?(navn|namn|tittel)|(navn|namn|tittel) på (prosjekt|tiltak)|"
              r"prosjekttittel|^tittel|^prosjekt$|^tiltak$|^prosjektet$|arbeidstittel|^navn på utviklingsprosjekt|"
              r"^(hva|kva) (heter|heiter) (prosjekt|tiltak)"),
    ("municipality", r"^kommune(navn|namn)?$|^kommune\b(?!direkt|ns|n si)|^vertskommune"),
    ("office", r"^((navn|namn) på )?(nav\s*-?\s*)?kontor(et)?\b|^søker|^søkar|^søkjar|^søknad fra|^søknad frå|^kontor|^enhet|^eining|"
               r"^virksomhet|^verksemd|^organisasjon|^søkende|^navn på søker|^namn på søkjar|^avsender|^avsendar|"
               r"^tilskuddsmottaker|^tilskotsmottakar"),
    ("network", r"nettverk|klynge"),
    ("person_name", r"^(fullt )?(navn|namn)$|^(navn|namn) \(blokkbokstav"),
    ("process_evaluation", r"prosessevaluering|ekstern evaluering|følgeevaluering|følgjeevaluering"),
]

_COMPILED = [(key, re.compile(pattern)) for key, pattern in _LABELS]


_SECTION_HEADING = re.compile(r"^\s*(?:del\s+)?\d+(?:\.\d+)*\.?\s*[-–:]?\s*(?:prosjekt(?:et)?|tiltak(?:et)?|søker|søkar|"
                              r"kontakt|om prosjektet|om tiltaket|om søker)\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def classify_label(text: str) -> str | None:
    """The field a label asks for, or None when the text is not a label. A
    numbered section heading ("2. Prosjektet") names a part of the form, not a
    field; a note in brackets is read last ("Kontaktperson (navn, telefon og
    e-post)" asks for the contact, not an e-mail)."""
    if _SECTION_HEADING.match(text):
        return None
    label = fold(clean_label(text))
    if not label or len(label) > 70 or len(label.split()) > 9:
        return None
    if text.rstrip().endswith(".") and len(label.split()) >= 4:
        return None  # a sentence, not a label
    if "@" in label or re.search(r"\d", re.sub(r"\b(19|20)\d\d\b", "", label)):
        return None  # an answer with a number or an address in it, not a label
    without_note = re.sub(r"\s*\([^)]*\)", "", label).strip()
    return _match(without_note) or _match(label)


def _match(label: str) -> str | None:
    for key, pattern in _COMPILED:
        if label and pattern.search(label):
            return key
    return None
