"""Typed signing lines open a signature zone by their own shape (fix17a).

"Sign.: NAME" / "sign. NAME" with a role's title beside, under or over it is
a signer even when the page has no signature heading and another page holds
a closing or a signature label (which used to keep role titles from opening
zones, so the typed signers' page read as unsigned). A mark with no name (a
template's line) or inside a guidance sentence is no signature. Wordings
and layouts other than the corpus files'."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import as_tuples, pdf_line, pdf_page, pdf_pages

_LETTER = ["Nav Elvdal", "Til Statsforvalteren i Innlandet", "Vi oversender med dette søknaden vår.",
           "Med hilsen", "Siri Lunde", "seniorrådgiver"]
_FORM = ["Søknadsskjema – utviklingsmidler 2020", "Nav-kontor: Nav Elvdal", "Tiltak: Aktiv hverdag",
         "Beskrivelse: Tiltaket gir tett oppfølging av unge som står utenfor arbeid."]


def _doc(signing: list[tuple[str, float, float]]):
    first = pdf_page(1, [pdf_line(t, 1, 72, 80 + 20 * i) for i, t in enumerate(_LETTER)])
    second = [pdf_line(t, 2, 72, 80 + 20 * i) for i, t in enumerate(_FORM)]
    second += [pdf_line(text, 2, x, top) for text, x, top in signing]
    return pdf_pages(first, pdf_page(2, second))


def _signers(doc):
    return [(role, name, title) for role, name, title, _date, _kind in as_tuples(extract_signatures(doc))]


def test_typed_signers_under_their_titles_are_read_beside_a_closing_elsewhere() -> None:
    doc = _doc([("Elvdal 03.02.2020", 72, 400), ("Elvdal 04.02.2020", 330, 400),
                ("Nav-leiar", 72, 416), ("Kommunedirektør", 330, 416),
                ("sign. Randi Haug", 72, 432), ("sign. Jon Dahl", 330, 432)])
    assert _signers(doc) == [("nav_leader", "Randi Haug", "Nav-leiar"),
                             ("municipality", "Jon Dahl", "Kommunedirektør")]


def test_typed_signers_with_the_title_on_their_line() -> None:
    doc = _doc([("Sign: Randi Haug, leder Nav Elvdal", 72, 400), ("Sign: Jon Dahl, rådmann", 72, 430),
                ("Elvdal, 5. februar 2020", 72, 460)])
    signers = _signers(doc)
    assert [(r, n) for r, n, _t in signers] == [("nav_leader", "Randi Haug"), ("municipality", "Jon Dahl")]


def test_a_template_line_with_no_name_is_no_signature() -> None:
    doc = _doc([("Nav-leder", 72, 400), ("Sign.: ____________________", 72, 416),
                ("Rådmann", 330, 400), ("Sign.: ____________________", 330, 416)])
    assert _signers(doc) == []


def test_a_guidance_sentence_naming_the_mark_is_no_signature() -> None:
    doc = _doc([("Når søknaden sendes uten håndskrevet underskrift, skriv Sign.: Randi Haug, Nav-leder", 72, 400),
                ("slik at vi ser hvem som har godkjent den.", 72, 414)])
    assert _signers(doc) == []


def test_a_typed_name_with_no_title_near_it_opens_nothing() -> None:
    doc = _doc([("Sign.: Randi Haug", 72, 400), ("Tiltaket starter i mars.", 72, 460)])
    assert _signers(doc) == []
