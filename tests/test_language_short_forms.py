"""A form of short labels writes few whole words of prose; its compounds
("Tilskuddsbeløp", "Vidareføringsprosjekt") still tell the two standards apart."""

from __future__ import annotations

from soknad_extract.extract.document import detect_language


def test_a_bokmal_label_form_is_bokmal() -> None:
    text = ("Skjema for tilskuddsmidler 2021\nKontor: Nav Elvebyen\nTilskuddsbeløp: 400 000\n"
            "Videreføringsprosjekt: Nei\nTjenesteområde: Oppfølging\nAnsvarlig: Kari Lid")
    assert detect_language(text) == "nb"


def test_a_nynorsk_label_form_is_nynorsk() -> None:
    text = ("Skjema for tilskotsmidlar 2021\nKontor: Nav Elvebyen\nTilskotsbeløp: 400 000\n"
            "Vidareføringsprosjekt: Nei\nTenesteområde: Oppfølging\nAnsvarleg: Kari Lid")
    assert detect_language(text) == "nn"


def test_too_few_words_still_say_nothing() -> None:
    assert detect_language("Kontor: Nav Elvebyen\nBeløp: 400 000") is None


def test_nynorsk_prose_on_a_bokmal_template_stays_nynorsk() -> None:
    """The template's compounds count only where whole words cannot tell."""
    text = ("Tilskuddsbeløp\nTilskuddsordning\nTjenestebeskrivelse\nArbeidsgiveravgift\n"
            "Vi har ikkje nokon eigen rettleiar i dag. Prosjektet er eit samarbeid.")
    assert detect_language(text) == "nn"
