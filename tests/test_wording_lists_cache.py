"""Lists of wordings compiled in the workers' forkserver and kept between
runs (``vocabulary._compiled``, ``vocabulary.compile_made``): a list
searched in a worker is the pattern ``re`` compiles for it, an entry stored
for another pattern or one the engine refuses is never used, and a process
that read the made-up application compiles no list a document searches."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from soknad_extract import startup_cache, vocabulary
from soknad_extract.priming import prime


def test_every_list_is_the_pattern_re_compiles() -> None:
    prime()
    made = list(vocabulary._made)
    assert len(made) > 100
    for wordings in made:
        fresh = re._compiler.compile(wordings.pattern, wordings.flags)  # type: ignore[attr-defined]
        assert wordings.compiled == fresh  # Pattern equality compares the engine's code
        assert wordings.compiled.groupindex == fresh.groupindex and wordings.compiled.groups == fresh.groups
    assert any(w.flags & re.IGNORECASE for w in made)


def test_priming_leaves_no_list_uncompiled() -> None:
    prime()
    assert all("compiled" in w.__dict__ for w in vocabulary._made)


@pytest.mark.parametrize("entry", [
    startup_cache.compiled_entry(r"(?<!\w)annen(?!\w)", 0),  # another pattern's code
    (r"(?<!\w)søknad(?!\w)", 0, [1, 2, 3], 0, {}, ()),  # code the engine refuses
    ("x",),  # not an entry at all
])
def test_an_entry_for_another_pattern_or_broken_is_not_used(monkeypatch: pytest.MonkeyPatch,
                                                            entry: tuple) -> None:
    pattern = r"(?<!\w)søknad(?!\w)"
    monkeypatch.setattr(startup_cache, "_memo_in_file", {"wording lists": {(pattern, 0): entry}})
    monkeypatch.setattr(startup_cache, "_memo_used", {})
    compiled = vocabulary._compiled(pattern, 0)
    assert compiled == re._compiler.compile(pattern, 0)  # type: ignore[attr-defined]
    assert compiled.search("en søknad om") and not compiled.search("annen")


def test_flags_are_in_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup_cache, "_memo_in_file", {})
    monkeypatch.setattr(startup_cache, "_memo_used", {})
    assert vocabulary._compiled("nav", 0).search("NAV") is None
    assert vocabulary._compiled("nav", re.IGNORECASE).search("NAV") is not None


SECOND_RUN = """
import json, re, re._compiler as rc, soknad_extract.warm
from soknad_extract import startup_cache, vocabulary
stored = startup_cache._memo_in_file.get("wording lists", {})
differ = [p[:80] for (p, f), entry in stored.items() if re.compile(p, f) != vocabulary._compiled(p, f)]
compiles = []
original = rc.compile
rc.compile = lambda p, flags=0: compiles.append(p) or original(p, flags)
for wordings in list(vocabulary._made):
    wordings.search("søknad om tilskudd")
print(json.dumps({"stored": len(stored), "differ": differ, "compiles": len(compiles)}))
"""


@pytest.mark.slow
def test_a_later_run_compiles_no_list(tmp_path: Path) -> None:
    env = {**os.environ, "SOKNAD_EXTRACT_CACHE": str(tmp_path)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", SECOND_RUN], capture_output=True, text=True, env=env,
                                      timeout=120, check=True).stdout) for _ in range(2)]
    assert runs[1]["stored"] > 100 and runs[1]["differ"] == [] and runs[1]["compiles"] == 0


def test_a_python_without_res_private_compiler_still_compiles_the_lists(monkeypatch) -> None:
    """``re._parser``/``re._compiler`` are private: where another Python lacks
    them, the lists are compiled by ``re.compile`` instead of failing."""
    def missing(pattern: str, flags: int) -> tuple:
        raise AttributeError("module 're' has no attribute '_parser'")
    monkeypatch.setattr(vocabulary, "compiled_entry", missing)
    compiled = vocabulary._compiled(r"(?<!\w)prøvestilling(?!\w)", re.IGNORECASE)
    assert compiled.search("En PRØVESTILLING i Nav").group() == "PRØVESTILLING"
