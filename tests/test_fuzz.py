"""A few hundred seeded mutants of the sample PDF and Word files through the
command line: every file gives exactly one record, no traceback reaches
stderr, no record is an internal error, and nothing is left in the
temporary folder. ``tools/fuzz.py`` runs the same with thousands."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from tools import fuzz

COUNT = 200
SEED = 20261206


@pytest.mark.slow
def test_mutants_each_give_one_clean_record() -> None:
    with tempfile.TemporaryDirectory(prefix="soknad-fuzz-test-") as folder:
        mutants = fuzz.mutate(fuzz.sample_files(), COUNT, SEED, Path(folder))
        run = fuzz.run_cli(mutants, timeout=900, memory_mb=3000, doc_timeout=60, jobs=2)
    assert not run.hung
    assert run.exit in (0, 1), run.stderr_tail
    assert not run.invalid_output
    assert run.records == len(mutants) == COUNT
    assert run.tracebacks == []
    assert run.internal == []
    assert run.crashed == []
    assert run.left_behind == []


def test_mutants_are_seeded_and_cover_every_operator() -> None:
    with tempfile.TemporaryDirectory(prefix="soknad-fuzz-test-") as folder:
        first = fuzz.mutate(fuzz.sample_files(), 120, SEED, Path(folder) / "a")
        again = fuzz.mutate(fuzz.sample_files(), 120, SEED, Path(folder) / "b")
        other = fuzz.mutate(fuzz.sample_files(), 120, SEED + 1, Path(folder) / "c")
        assert [p.name for p in first] == [p.name for p in again]
        assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, again))
        assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]
        operators = {(p.suffix, p.name.split("-")[1]) for p in first}
        assert operators == {(suffix, name) for suffix, ops in fuzz.OPERATORS.items() for name in ops}
