"""A sector title whose sector is an enumeration ("kommunalsjef for
oppvekst, skole og kultur") keeps its whole list: a title ends at the end of
its enumeration, not at its first comma. A comma followed by a date, a place,
a name or a phone still ends it, and so does a comma whose words never close
as a list or a sentence that goes on after the list (fix17a)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.signatures.wording import roles_in
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")


@pytest.mark.parametrize("text, title", [
    ("Kommunalsjef for oppvekst, skole og kultur", "Kommunalsjef for oppvekst, skole og kultur"),
    ("kommunaldirektør for levekår, bolig eller integrering", "Kommunaldirektør for levekår, bolig eller integrering"),
    ("Sektorsjef helse, rus, psykisk helse og omsorg", "Sektorsjef helse, rus, psykisk helse og omsorg"),
    ("Kommunalsjef for oppvekst, skole og kultur, Bygdeby kommune", "Kommunalsjef for oppvekst, skole og kultur"),
    ("Kommunalsjef for levekår, bolig og arbeid i Bygdeby", "Kommunalsjef for levekår, bolig og arbeid"),
    ("Kommunalsjef for levekår, bolig og arbeid har godkjent søknaden", "Kommunalsjef for levekår, bolig og arbeid"),
])
def test_a_sector_enumeration_stays_in_the_title(text: str, title: str) -> None:
    assert roles_in(text)[0][1] == title


@pytest.mark.parametrize("text, title", [
    ("Kommunalsjef for oppvekst, 14.02.2020", "Kommunalsjef for oppvekst"),
    ("Kommunalsjef for oppvekst, Bygdeby", "Kommunalsjef for oppvekst"),
    ("Kommunalsjef for oppvekst, Liv Strand", "Kommunalsjef for oppvekst"),
    ("Kommunalsjef for oppvekst, tlf. 922 11 000", "Kommunalsjef for oppvekst"),
    ("Kommunalsjef for oppvekst, og søknaden er drøftet", "Kommunalsjef for oppvekst"),
    ("Kommunalsjef oppvekst, vil signere søknaden og sende den", "Kommunalsjef oppvekst"),
])
def test_a_comma_before_a_date_place_name_phone_or_sentence_ends_the_title(text: str, title: str) -> None:
    assert roles_in(text)[0][1] == title


def test_the_signers_title_keeps_its_enumeration() -> None:
    doc = word_doc("Nav Bygdeby", "Søknad om tilskudd til prosjektet «Trygg start»",
                   "Vi søker om kr 450 000 til en 100 % stilling.", "Bygdeby, 3. februar 2020",
                   "Eva Lund", "Leder Nav Bygdeby", "Tor Bakke", "Kommunaldirektør for oppvekst, skole og kultur")
    record = build_record(Source(path="x.docx", format="docx"), doc, extract(doc, S2020.scheme), S2020, "nb")
    titles = {s.role: s.title for s in record.signatures}
    assert titles.get("municipality") == "Kommunaldirektør for oppvekst, skole og kultur"
