"""A word both written standards spell alike ("vil": "Vi vil vere med")
tells neither: a Nynorsk form whose few marker words are outnumbered by
such a word is still Nynorsk, and a Bokmål text stays Bokmål."""

from __future__ import annotations

from soknad_extract.extract.document import detect_language


def test_a_nynorsk_form_saying_vil_is_nynorsk() -> None:
    text = ("Prosjektnamn: Heilt med\nSøknaden gjeld: Vidareføring – 3. år\nLøn med sosiale kostnader\n"
            "Vi vil vere med i nettverk\nVi vil ha ekstern prosessevaluering\nNav-leiar\nKommunedirektør")
    assert detect_language(text) == "nn"


def test_a_bokmal_text_saying_vil_is_bokmal() -> None:
    text = "Vi vil være med i nettverket, og vi vil også ha prosessevaluering. Leder: Kari Lid"
    assert detect_language(text) == "nb"
