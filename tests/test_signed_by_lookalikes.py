"""A "signed by" sentence (fix11d) whose title the reader takes for the
start of another signer ("kommunalsjef Helse og velferd og Nav-leiar Silje
Haugland"): every name would shift onto the wrong title, so it names nobody."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.test_signed_by_sentence import _boxes


def test_a_signed_by_sentence_with_a_title_read_as_no_name_names_nobody() -> None:
    doc = _boxes("Søknaden er underteikna av kommunalsjef Helse og velferd og Nav-leiar Silje Haugland.")
    assert [s.name for s, _evidence in extract_signatures(doc)] == [None, None]
