"""A scanned paper form whose cross covers the chosen option's box: the box
finder loses that box, OCR reads the cross as an "X" before the option ("X
Nytt tiltak"), and the reader takes that line for the question of the other
option's box, found empty. The marked line names the kind; the empty box
says the other kind is not chosen. Built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _kind(group: str, empty_label: str) -> str | None:
    box = FormField("checkbox", "drawn", 1, label=empty_label, checked=False, group=group)
    return extract(word_doc(TITLE, fields=[box]), S2020).draft.values.get("project.kind")


@pytest.mark.parametrize("group, empty_label, expected", [
    ("X Nytt tiltak", "Vidareføring (år 2 av 3)", "new"),
    ("x Vidareføring, år nr. 2", "Nytt prosjekt", "continuation"),
    ("✔ Nytt prosjekt i kommunen", "Videreføring", "new"),
])
def test_the_option_the_cross_covers_is_the_kind(group, empty_label, expected) -> None:
    assert _kind(group, empty_label) == expected


@pytest.mark.parametrize("group, empty_label", [
    ("Type søknad", "Videreføring"),          # a question, no mark before it
    ("X Nytt prosjekt", "Nytt tiltak"),       # the same kind both: no choice
    ("Xavier Nytt prosjekt", "Videreføring"),  # a word, not a mark
])
def test_no_kind_without_a_mark_before_the_other_option(group, empty_label) -> None:
    assert _kind(group, empty_label) is None
