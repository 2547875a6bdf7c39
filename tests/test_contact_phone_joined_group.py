"""A scanned phone answer whose OCR lost the space between two groups
("67 934000", "679340 00"): under the phone label, or right after a phone
word, eight digits in any grouping are the phone. Nine digits (an org
number) or a number without a phone word stay no phone. Built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract.contact_phone import cued_phone, find_cued_phones


@pytest.mark.parametrize("answer", ["67 934000", "679340 00", "67 93 4000"])
def test_a_labelled_answer_with_a_lost_space_is_the_phone(answer: str) -> None:
    assert cued_phone(answer) == "67934000"


def test_after_a_phone_word_in_prose() -> None:
    assert [m.value for m in find_cued_phones("Ring oss på tlf. 67 934000 i dag")] == ["67934000"]


@pytest.mark.parametrize("answer", ["974 532 100", "67 9340001", "12 345 678"])
def test_no_phone_of_other_digits(answer: str) -> None:
    assert cued_phone(answer) is None
