"""Facts about the document as a whole: its written standard, and whether it
is a grant application at all."""

from __future__ import annotations

import re

from soknad_extract.norwegian import fold

# Frequent words that differ between the two written standards.
_NYNORSK = {
    "ikkje", "eg", "kva", "korleis", "kvifor", "dei", "frå", "søkjer", "søkjar", "tenester", "teneste",
    "stillingar", "òg", "berre", "vere", "vore", "noko", "mykje", "heile", "eit", "ein", "ei", "blei",
    "vert", "vart", "desse", "saman", "sjølv", "utan", "mellom", "gjennom", "difor", "meir", "fleire",
    "tilskot", "kommunar", "brukarar", "prosjekta", "høyrer", "skule", "arbeidsgjevar", "helsing",
    "vennleg", "søknaden", "me", "oss", "vår", "sine", "nokre", "andre", "kvar", "slik",
}
_BOKMAL = {
    "ikke", "jeg", "hva", "hvordan", "hvorfor", "de", "fra", "søker", "tjenester", "tjeneste",
    "stillinger", "også", "bare", "være", "vært", "noe", "mye", "hele", "et", "en", "ble", "blir",
    "disse", "sammen", "selv", "uten", "derfor", "mer", "flere", "tilskudd", "kommuner", "brukere",
    "prosjektene", "hører", "skole", "arbeidsgiver", "hilsen", "vennlig", "noen", "hver", "vil",
}
# Words that occur in both are not evidence either way.
_SHARED = _NYNORSK & _BOKMAL


def detect_language(text: str) -> str | None:
    words = re.findall(r"[a-zæøåò]+", fold(text))
    nn = sum(1 for w in words if w in _NYNORSK and w not in _SHARED)
    nb = sum(1 for w in words if w in _BOKMAL and w not in _SHARED)
    if nn + nb < 3:
        return None
    return "nn" if nn > nb else "nb"


_REQUEST = re.compile(
    r"\b(?:søker|søkjer|søkes|søkjast|søkte?)\s+(?:\w+\s+){0,3}?om\b|\bsøknad om\b|\bsøknaden gjeld\w*|"
    r"\bomsøkt\w*|\bsøknadsbeløp\w*|\bsøknadssum\w*|\bsøkt beløp\b|\bsøknadsskjema for\b|"
    r"\bsøknad\s*[-–:]\s*(?:tilskudd|tilskot)"
)
_GRANT_WORDS = re.compile(r"\btilskudd\w*|\btilskot\w*|\bprosjektmidl\w*|\butviklingsmidl\w*|\bskjønnsmidl\w*|\bmidler\b|\bmidlar\b")


def is_application(text: str, labelled_fields: int) -> bool:
    """An application asks for money: a form with its answers filled in, or
    a text that requests a grant ("søker om", "søknad om tilskudd",
    "omsøkt beløp"). A memo or report about the grant names it without
    asking for it."""
    if labelled_fields >= 3:
        return True
    folded = fold(text)
    return bool(_REQUEST.search(folded)) and bool(_GRANT_WORDS.search(folded))
