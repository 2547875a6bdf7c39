"""A position's share where the forms of the twenty-first and twenty-second
held-out corpora put it: the answer to a label that asks for the posts and
their shares together ("Stillinger det søkes om (betegnelse og prosent)",
"Stilling og andel", "Stilling og %") and several posts listed on one line
of one answer. Documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.fields import listed_posts
from soknad_extract.extract.labels import classify_label
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _values(doc) -> dict:
    return extract(doc, S2020).draft.values


def _form(label: str, answer: str) -> dict:
    """A one-column Word form: each label in a row, its answer in the row under it."""
    rows = [["Navnet på Nav-kontoret som søker"], ["Nav Fjellby"], [label], [answer],
            ["Lønnsmidler inkl. sosiale utgifter"], ["305 000"], ["Totalt omsøkt beløp"], ["305 000"]]
    return _values(word_doc(TITLE, tables=[rows]))


def _field(label: str, answer: str) -> dict:
    """A form of fields (AcroForm, legacy Word fields): the share in the post's field."""
    fields = [FormField("text", "acroform", 1, "f01", "Søkerkontor", "Nav Fjellby"),
              FormField("text", "acroform", 1, "f09", label, answer),
              FormField("text", "acroform", 1, "f10", "Beløp lønn", "915 000"),
              FormField("text", "acroform", 1, "f12", "Sum omsøkt", "915 000")]
    lines = ["Søkerkontor", "Nav Fjellby", label, answer, "Beløp lønn", "915 000", "Sum omsøkt", "915 000"]
    return _values(word_doc(TITLE, *lines, fields=fields))


def test_labels_that_ask_for_the_posts_and_their_shares_together():
    for label in ("Stillinger det søkes om (betegnelse og prosent)", "Stilling og andel", "Stilling og %",
                  "Stilling (tittel og prosent)"):
        assert classify_label(label) == "percent", label
    assert classify_label("Lønn til stillinger det søkes om") == "positions_amount"


def test_a_post_title_a_comma_and_its_share_in_words():
    values = _form("Stillinger det søkes om (betegnelse og prosent)", "Arbeidsgiverlos, 50 prosent")
    assert values["positions_percent_total"] == 50
    assert [(p["title"], p["percent"]) for p in values["positions"]] == [("Arbeidsgiverlos", 50)]


def test_a_post_and_its_share_in_a_form_field():
    values = _field("Stilling og andel", "Overgangskoordinator 80 %")
    assert values["positions_percent_total"] == 80


def test_two_posts_listed_on_one_line_of_a_field_add_up():
    values = _field("Stilling og %", "Jobbkonsulent 100 %, miljøarbeider 50 %")
    assert values["positions_percent_total"] == 150
    assert [(p["title"], p["percent"]) for p in values["positions"]] == [
        ("Jobbkonsulent", 100), ("miljøarbeider", 50)]


def test_a_line_is_a_list_of_posts_only_when_every_piece_is_a_post_with_its_share():
    assert listed_posts("Jobbkonsulent 100 %; miljøarbeider 50 %") == ["Jobbkonsulent 100 %", "miljøarbeider 50 %"]
    assert listed_posts("Koordinator 60 % og rådgiver 40 %") == ["Koordinator 60 %", "rådgiver 40 %"]
    assert listed_posts("Arbeidsgiverlos, 50 prosent") == []
    assert listed_posts("Koordinator 1,5 årsverk") == []
    assert listed_posts("Jobbspesialist 100 % og 50 % egenandel") == []
    assert listed_posts("Inntil 610 000 per 100 % stilling, koordinator 50 %") == []
