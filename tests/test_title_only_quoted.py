"""A letter that names its project only in quotes on a subject line that
asks for something other than the grant ("Søknad om fortsatt støtte til
«…»", "Søknad frå Nav Luster – «…»") has that title (fix15c): a false
TITLE_MISSING is worse than a null title. A quoted kind or the scheme's
name is still no title. A label's answer that is a sentence naming the
project ("Prosjektet heiter «…» og er …") answers with the quoted name."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _title(subject: str) -> str | None:
    doc = word_doc(
        "Nav Vik",
        "Statsforvalteren i Vestland",
        "Vik, 20. januar 2020",
        subject,
        "Nav Vik held fram med arbeidet frå i fjor og søkjer om midlar for andre prosjektår.",
        "Kontaktperson er Kari Li, tlf. 57 00 00 00.",
    )
    return extract(doc, S2020).draft.values.get("project.title")


@pytest.mark.parametrize("subject, title", [
    ("Søknad om fortsatt støtte til «Jobbhuset» – andre driftsår", "Jobbhuset"),
    ("Søknad frå Nav Vik – «Saman ut»", "Saman ut"),
    ("Sak: Søknad om vidareføring av \"Heim og arbeid\" for 2020", "Heim og arbeid"),
    ("Rapport og søknad for 2020 – «Aktiv kvardag»", "Aktiv kvardag"),
])
def test_a_quoted_name_on_any_subject_line_is_the_title(subject: str, title: str) -> None:
    assert _title(subject) == title


@pytest.mark.parametrize("subject", [
    "Søknad om «Vidareføring» for 2020",
    "Søknad om fortsatt støtte – «Tilskudd til utvikling av sosiale tjenester»",
])
def test_a_quoted_kind_or_grant_is_no_title(subject: str) -> None:
    assert _title(subject) is None


def _labelled_title(answer: str) -> str | None:
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester 2020",
                   tables=[[["Søker", "Nav Vik"], ["Prosjekt", answer], ["Oppstart", "1. mars 2020"]]])
    return extract(doc, S2020).draft.values.get("project.title")


@pytest.mark.parametrize("answer, title", [
    ("Prosjektet heter «Trygg hverdag» og er et nytt prosjekt.", "Trygg hverdag"),
    ("Tiltaket heiter «Saman mot jobb», og held fram frå 2019.", "Saman mot jobb"),
])
def test_a_sentence_naming_the_project_answers_with_the_quoted_name(answer: str, title: str) -> None:
    assert _labelled_title(answer) == title


def test_a_former_name_in_quotes_after_the_title_is_not_the_title() -> None:
    assert _labelled_title("Jobbhuset (tidligere kalt «Jobbverkstedet»)").startswith("Jobbhuset")
