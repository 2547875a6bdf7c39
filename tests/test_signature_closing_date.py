"""A signer's caption that ends with the date, set off by spaces or by its
own label rather than a comma, still gives the signer's name."""

import pytest

from soknad_extract.extract.signatures.wording import person_name


@pytest.mark.parametrize("caption, name", [
    ("Ingrid Solberg Dahl    14.02.2021", "Ingrid Solberg Dahl"),
    ("Torstein Lie, rådmann    Dato: 3.2.2021", "Torstein Lie"),
    ("Hege Brun, Nav-leder  Signert dato: 05.02.21", "Hege Brun"),
    ("Åsmund Vik, kommunalsjef 7. februar 2021", "Åsmund Vik"),
    ("Navn: Lars Eide   Dato: 11.02.2021", "Lars Eide"),
])
def test_name_before_a_spaced_or_labelled_date(caption: str, name: str) -> None:
    assert person_name(caption) == name


@pytest.mark.parametrize("caption", [
    "Dato: 14.02.2021",
    "Søknadsfrist 01.03.2021",
    "Kontaktperson: Per Olsen   Dato: 14.02.2021",
    "og rådmann Ingrid Solberg Dahl 14.02.2021.",
])
def test_a_date_alone_or_another_label_gives_no_name(caption: str) -> None:
    assert person_name(caption) is None
