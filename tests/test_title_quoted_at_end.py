"""A letter whose subject line names the project in guillemets after other
words ("Søknad om tilskudd … 2020 – videreføring av «Ut i arbeid»"): the
title is the text between the guillemets, not the words before them
(``extract.project``)."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _letter(subject: str) -> dict:
    doc = word_doc(
        "Statsforvalteren i Nordland",
        subject,
        "Nav Lurøy søker med dette om midler til én stilling (100 %) i prosjektet.",
        "Kontaktperson for søknaden er Marit Hansen, tlf. 75 00 00 00.",
    )
    return extract(doc, S2020).draft.values


def test_a_quoted_name_after_words_on_the_subject_line_is_the_title() -> None:
    for subject in ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020 – "
                    "videreføring av «Ut i arbeid Lurøy»",
                    "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020 – "
                    "videreføring av prosjektet «Ut i arbeid Lurøy»."):
        assert _letter(subject)["project.title"] == "Ut i arbeid Lurøy", subject


def test_a_dashed_subject_without_quotes_keeps_its_words() -> None:
    got = _letter("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020 – Ut i arbeid Lurøy")
    assert got["project.title"] == "Ut i arbeid Lurøy"
