"""A form field whose value is still the template's placeholder is no answer.

Class: AcroForm fields and Word content controls keep the template's text
("[Skriv namnet på prosjektet her]", "<Skriv inn tittel>", "[Fyll inn …]")
when the office never typed over it; the text lines drop it (``example_text``),
the field's value must be dropped the same way, or it becomes the title.
"""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _value(value: str, label: str = "Prosjekttittel") -> object:
    fields = [FormField(kind="text", method="acroform", page=1, label=label, value=value),
              FormField(kind="text", method="acroform", page=1, label="Kontaktperson", value="Kari Lie")]
    return extract(word_doc("Søknad om tilskudd til sosiale tjenester", fields=fields), S2020).draft.values.get(
        "project.title")


@pytest.mark.parametrize("value", [
    "[Skriv namnet på prosjektet her]",
    "<Skriv inn tittel>",
    "[Fyll inn prosjektets navn]",
    "Skriv tittelen på tiltaket her",
])
def test_a_placeholder_left_in_a_title_field_is_no_title(value):
    assert _value(value) is None


def test_a_typed_title_in_a_field_stays():
    assert _value("Arbeid for alle i Fjordby") == "Arbeid for alle i Fjordby"
