"""The signature zones' cheap test before joining two lines into one approval.

``zones._approver_runs_on`` asks ``approver_first`` of a line joined with the
line below it only when ``zones._may_state_approval`` says the joined text
could hold an approval sentence. That test must never say no where
``approver_first`` would find one: it is held here against ``approver_first``
on every pair of neighbouring fragments of the samples' born-digital files
and on made-up wrapped approvals of every shape ``approver_first`` reads.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from soknad_extract.extract.signatures.approver import approver_first
from soknad_extract.extract.signatures.words import signature_words
from soknad_extract.extract.signatures.zones import _approver_runs_on, _may_state_approval
from soknad_extract.layout.fragments import fragments
from soknad_extract.readers import read_document

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

WRAPPED = [
    ("Kommunedirektør Arild Sæbø har godkjent", "søknaden elektronisk 24.01.2020."),
    ("Kommunedirektør Arild Sæbø har", "godkjent søknaden elektronisk 24.01.2020."),
    ("Side 1 av 1 · Kari Moe, rådmann, godkjente søknaden", "digitalt 27.01.2020"),
    ("Kommunedirektør Kari Moe har godkjent", "søknaden med BankID 24.01.2020"),
    ("Rådmann Per Berg har e-signert", "søknaden"),
    ("Kommunedirektør Arild Sæbø har underteikna søknaden", "elektronisk 24.01.2020"),
    ("Kommunedirektør: Tor Haugland, godkjent", "23.01.2020"),
    ("Leder Nav Nome: Ingeborg Strømme, godkjent elektronisk", "22.01.2020"),
    ("Godkjent elektronisk 22.01.2020", ": Nav-leiar Kari Moe"),
    ("Elektronisk godkjent 23.01.2020: Per", "Berg, rådmann"),
    ("Rådmann i Bykle: Anne Moe –", "godkjent 27.01.2020"),
    ("Kari Moe, Nav-leder – godkjent", "30.01.2020"),
    ("Elektronisk godkjent 24.01.2020 –", "Kari Moe, Nav-leder"),
]
"""Approval lines of each shape ``approver_first`` reads (its docstring's and
``roleapproval``'s examples), cut at a line break in different places; a
line break inside the date-first shapes' approver leaves no approval word or
date on the lower line."""


def test_every_wrapped_shape_passes_the_test() -> None:
    found = 0
    for upper, lower in WRAPPED:
        joined = f"{upper} {lower}"
        if approver_first(joined) is not None:
            found += 1
            assert _may_state_approval(joined), joined
    assert found == len(WRAPPED)  # every example is one approver_first reads


def test_text_without_approval_words_fails_the_test() -> None:
    assert not _may_state_approval("Kari Moe Nav-leder 24.01.2020")
    assert not _may_state_approval("Søknaden gjelder 2020")


def test_patterns_look_around_only_at_word_edges() -> None:
    """The test searches the whole joined text where ``approver_first`` and
    ``labelled_approval`` match parts of it (after a colon, a comma, a
    dash). That is the same only while the wordings look no further than
    the next character for a word's edge; a wording with wider context would
    need the parts searched as ``approver_first`` cuts them."""
    words = signature_words()
    for wordings in (words.approver_first, words.approved_after_name):
        arounds = re.findall(r"\(\?<?[=!][^)]*\)", wordings.pattern)
        assert set(arounds) <= {r"(?<!\w)", r"(?!\w)"}, arounds


def _sample_files() -> list[Path]:
    folders = (SAMPLES / "born_digital", SAMPLES / "signed")
    return sorted(p for folder in folders for p in folder.iterdir()
                  if p.suffix.lower() in (".pdf", ".docx") and not p.name.startswith("broken_"))


@pytest.mark.parametrize("path", _sample_files(), ids=lambda p: p.name)
def test_no_neighbouring_lines_of_a_sample_are_missed(path: Path) -> None:
    doc = read_document(path)
    frags = sorted(fragments(doc), key=lambda f: (f.page, f.order))
    for frag, nxt in zip(frags, frags[1:]):
        joined = f"{frag.text} {nxt.text}"
        if not _may_state_approval(joined):
            assert approver_first(joined) is None, joined
            assert not _approver_runs_on(frag, nxt)
