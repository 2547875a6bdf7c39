"""Suite-wide wiring: the markers that select a fast subset, and a clear
failure when a test needs a system tool that is not installed.

Markers (registered in pyproject.toml, applied in each test file):
- ``slow``: whole documents through the whole pipeline (samples, goldens,
  held-out sets, batch timeouts); together they take minutes.
- ``ocr``: runs the real Tesseract.
- ``libreoffice``: runs the real LibreOffice (soffice).

``make test`` runs everything; ``make test-fast`` runs
``pytest -m "not slow and not ocr and not libreoffice"``. A test that needs
Tesseract or LibreOffice fails, never skips, when the tool is missing: a
skipped test reads as a pass, and CI installs both.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

TOOLS = {
    "ocr": (("tesseract",), "Tesseract with Norwegian (apt-get install tesseract-ocr tesseract-ocr-nor)"),
    "libreoffice": (("soffice", "libreoffice"), "LibreOffice (apt-get install libreoffice-writer-nogui)"),
}
"""Marker -> (the commands that satisfy it, what to install)."""


_CACHE_FOLDER: list[str] = []
"""The folder ``pytest_configure`` made for the workers' start-up cache."""


def pytest_configure(config: pytest.Config) -> None:
    """The workers' start-up cache (``startup_cache``) of this run lives in a
    folder of its own, so the suite starts from none whatever earlier runs
    left in the user's cache, and leaves nothing there."""
    if "SOKNAD_EXTRACT_CACHE" not in os.environ:
        _CACHE_FOLDER.append(tempfile.mkdtemp(prefix="soknad-extract-cache-"))
        os.environ["SOKNAD_EXTRACT_CACHE"] = _CACHE_FOLDER[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _CACHE_FOLDER:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before any fixture runs, so the failure names the tool, not a symptom."""
    for marker, (commands, package) in TOOLS.items():
        if item.get_closest_marker(marker) and not any(shutil.which(c) for c in commands):
            pytest.fail(f"this test needs {package}; `make install` installs it", pytrace=False)
