"""A signer's title that names the office before the person ("Godkjent av
leder Nav Lørenskog Kristin Aamodt"): the office's name is no part of the
person's, and the approval anchors the Nav leader's role."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures.wording import person_name


@pytest.mark.parametrize("caption, name", [
    ("leder Nav Lørenskog Kristin Aamodt", "Kristin Aamodt"),
    ("Leder i Nav Tromsø Lise Johansen", "Lise Johansen"),
    ("Leder Nav Indre Østfold Kari Moe", "Kari Moe"),
    ("Nav-leder Kari Nordmann", "Kari Nordmann"),
])
def test_the_office_after_the_title_is_no_part_of_the_name(caption: str, name: str) -> None:
    assert person_name(caption) == name


@pytest.mark.parametrize("caption", ["leder Nav Hamar", "Leder Nav Bergen nord"])
def test_an_office_alone_after_the_title_names_no_one(caption: str) -> None:
    assert person_name(caption) is None


def test_an_approval_by_the_office_leader_named_after_the_office_anchors_the_role() -> None:
    from soknad_extract.extract import extract
    from soknad_extract.schemes import get_scheme
    from tests.builders.layouts import text_doc, text_page

    doc = text_doc(text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                             "Dokumentet er elektronisk godkjent og sendes uten signatur.",
                             "Godkjent av leder Nav Lørenskog Kristin Aamodt 27.01.2020",
                             "Godkjent av kommunalsjef Geir Rustad 30.01.2020"))
    found = {(s.role, s.name, s.kind) for s, _e in extract(doc, get_scheme("nav-sosiale-tjenester-2020")).signatures}
    assert ("nav_leader", "Kristin Aamodt", "electronic_approval") in found
