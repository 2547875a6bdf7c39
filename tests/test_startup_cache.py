"""The workers' start-up cache (``soknad_extract.startup_cache``): what a
later run gets from it is the pattern ``re`` would have compiled and the
vocabulary its files and code would have built, a file it cannot trust is
passed over, and a document's words never reach it."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from soknad_extract import startup_cache
from tests.builders.fonts import reportlab_fonts

pytestmark = pytest.mark.slow

WARM_AND_COMPARE = """
import hashlib, json, re, tomllib, soknad_extract.warm
from soknad_extract import startup_cache, vocabulary
loaded = [(p, f) for p, f in startup_cache._patterns_in_file if (str, p, f) in re._cache]
differ = [p[:80] for p, f in loaded if re._cache[str, p, f] != re._compiler.compile(p, f)]
files = {hashlib.sha256(path.read_bytes()).hexdigest(): path for path in vocabulary.vocabulary_dir().glob("*.toml")}
stored_files = startup_cache._memo_in_file.get("vocabulary files", {})
differ += [str(files[key]) for key, data in stored_files.items()
           if data != tomllib.loads(files[key].read_text(encoding="utf-8"))]
stored_wordings = startup_cache._memo_in_file.get("wording patterns", {})
differ += [w for (_, w, h), pattern in stored_wordings.items() if pattern != vocabulary._wording_pattern(w, h)]
print(json.dumps({"loaded": len(loaded), "differ": differ, "files": len(stored_files),
                  "wordings": len(stored_wordings), "patterns": sorted(k[1] for k in re._cache if k[0] is str)}))
"""


def _warm(folder: Path) -> dict:
    """A fresh interpreter imports what the workers' forkserver imports."""
    env = {**os.environ, "SOKNAD_EXTRACT_CACHE": str(folder)}
    done = subprocess.run([sys.executable, "-c", WARM_AND_COMPARE], capture_output=True, text=True, env=env,
                          timeout=120, check=True)
    return json.loads(done.stdout)


def test_a_later_run_gets_the_patterns_re_would_compile(tmp_path: Path) -> None:
    first = _warm(tmp_path)
    [stored] = tmp_path.glob("startup-*.marshal")
    written = stored.stat().st_mtime_ns
    second = _warm(tmp_path)
    assert second["loaded"] > 0.9 * len(first["patterns"])
    assert second["files"] > 5 and second["wordings"] > 100
    assert second["differ"] == []  # Pattern equality compares the engine's code
    assert stored.stat().st_mtime_ns == written  # nothing new: not written again


def test_a_result_is_reused_only_under_its_whole_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A memo key holds what the result depends on: the same wording built
    by changed code is built again."""
    monkeypatch.setattr(startup_cache, "_memo_in_file", {"t": {("old source", "x"): "stored"}})
    monkeypatch.setattr(startup_cache, "_memo_used", {})
    assert startup_cache.memo("t", ("old source", "x"), lambda: "built") == "stored"
    assert startup_cache.memo("t", ("new source", "x"), lambda: "built") == "built"


def test_the_toolkit_builds_the_same_patterns_in_every_process(tmp_path: Path) -> None:
    """A pattern built from a set in hash order is another pattern in the
    next process, which the cache can never serve."""
    one = set(_warm(tmp_path / "a")["patterns"])
    two = set(_warm(tmp_path / "b")["patterns"])
    assert len(one ^ two) <= 2 * startup_cache.STALE_TOLERANCE, sorted(p[:80] for p in one ^ two)


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps({"identity": "another python",
                                                                                  "patterns": {}, "memo": {}}),
                                     marshal.dumps({"identity": startup_cache.interpreter_identity(), "memo": {},
                                                    "patterns": {("a+", 0): ("a+", 0, [1, 2, 3], 0, {}, ())}})])
def test_a_file_it_cannot_trust_is_passed_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               content: bytes) -> None:
    monkeypatch.setenv("SOKNAD_EXTRACT_CACHE", str(tmp_path))
    startup_cache.cache_file().write_bytes(content)
    monkeypatch.setattr(startup_cache, "_patterns_in_file", {})
    assert startup_cache.load() == 0


def test_no_folder_to_write_in_costs_nothing_but_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("SOKNAD_EXTRACT_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(startup_cache, "_patterns_in_file", {})
    assert startup_cache.save() == 0
    monkeypatch.setenv("SOKNAD_EXTRACT_CACHE", "")
    assert startup_cache.cache_file() is None and startup_cache.save() == 0 and startup_cache.load() == 0


def _application_pdf(path: Path, title: str, contact: str) -> None:
    regular, _ = reportlab_fonts()
    pdf = canvas.Canvas(str(path))
    pdf.setFont(regular, 11)
    lines = ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", "Nav-kontor: Nav Kvitsøy",
             f"Prosjektets navn: {title}", f"Kontaktperson: {contact}", "Stillingsprosent: 50 %",
             "Omsøkt beløp: 300 000 kr"]
    for i, text in enumerate(lines):
        pdf.drawString(60, 780 - 20 * i, text)
    pdf.save()


def test_a_documents_words_never_reach_the_cache(tmp_path: Path) -> None:
    document = tmp_path / "soknad.pdf"
    _application_pdf(document, "Qwzxmodellen for unge", "Xylofon Qwertysen")
    cache = tmp_path / "cache"
    env = {**os.environ, "SOKNAD_EXTRACT_CACHE": str(cache)}
    for _ in range(2):  # the second run reads the file the first one wrote
        subprocess.run([sys.executable, "-m", "soknad_extract", "check", str(document), "--format", "json",
                        "--no-progress"], capture_output=True, env=env, timeout=240)
    [stored] = cache.glob("startup-*.marshal")
    data = stored.read_bytes()
    assert b"Qwzx" not in data and b"Qwertysen" not in data
