"""The whole pipeline against every sample in samples/: each record must
equal the expected record written by the sample generator from its truth."""

from __future__ import annotations

import os

import pytest

from soknad_extract.pipeline import read_application
from tests.golden import ROOT, differences, expected_files, load_expected, sample_for

CASES = [pytest.param(path, id=path.relative_to(ROOT / "samples").as_posix(),
                      marks=[pytest.mark.ocr] if path.parent.name == "scanned" else [])
         for path in expected_files()]
"""Scanned samples are read by Tesseract."""

pytestmark = pytest.mark.slow


def test_samples_exist():
    assert len(CASES) >= 24, "samples/ must hold at least 24 applications; run make samples"


@pytest.mark.parametrize("expected_path", CASES)
def test_sample_record(expected_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    sample = sample_for(expected_path)
    expected = load_expected(expected_path)
    record = read_application(os.path.relpath(sample, ROOT)).model_dump(mode="json")
    diff = differences(record, expected)
    assert not diff, "\n".join(f"{key}: got {got!r}, expected {want!r}" for key, (got, want) in diff.items())
