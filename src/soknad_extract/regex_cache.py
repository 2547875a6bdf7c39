"""Compiled regular expressions kept between runs, as Python keeps byte code.

Python's ``re`` parses and compiles a pattern in pure Python before its C
engine runs it. The toolkit's ~400 patterns (module constants, and the
vocabulary's wordings compiled on first use) cost a fresh worker ~0.12 s
before its first document: a third of a check's start-up, on its critical
path. What the engine runs is a list of integers fixed by the pattern, its
flags and the interpreter. The workers' forkserver stores those lists in the
user's cache folder once it has compiled them (``save``), and the next run's
forkserver hands them back to ``re``'s own pattern cache before it imports
anything (``load``), so every ``re.compile`` of the same pattern finds its
answer there, and the code that compiles patterns stays plain ``re``.

Only what the forkserver compiled before it read any document is stored:
patterns of the code and the vocabulary, never a document's words (a title
searched for in a document's text is compiled in a worker, which never
saves). A file is used only by the interpreter that wrote it (its full
version and the engine's version are in the name), and ``_sre`` checks each
list before it runs it; anything unexpected (an unwritable folder, a file
cut short, another Python) means patterns are compiled as usual, never a
different pattern and never an error. ``SOKNAD_EXTRACT_CACHE`` names the
folder (empty: no cache); by default ``$XDG_CACHE_HOME/soknad-extract`` or
``~/.cache/soknad-extract``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import _sre

MAX_ENTRIES = 480
"""Below ``re``'s own cache size (512 in Python 3.11), so the patterns
loaded do not push each other out before they are used."""

STALE_TOLERANCE = 2
"""Patterns missing from the file that do not make it worth writing again.
The standard library builds a pattern or two from sets (``tokenize``'s, which
pydantic's start-up uses), in an order that changes with every process's hash
seed: those are compiled as usual instead of rewriting the file in every
run. A changed vocabulary or a new version of the toolkit misses more."""

Key = tuple[str, int]
"""A pattern and the flags it was compiled with (as ``re``'s cache keys it)."""

_in_file: dict[Key, tuple[Any, ...]] = {}
"""What the cache file holds, as far as this process knows: what ``load``
handed to ``re``, and what ``save`` wrote."""


def interpreter_identity() -> str:
    """What a stored list depends on: the interpreter's exact build and the
    engine's code format."""
    return f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"


def cache_file() -> Path | None:
    """This interpreter's cache file, or None where caching is switched off."""
    folder = os.environ.get("SOKNAD_EXTRACT_CACHE")
    if folder is None:
        try:
            base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        except RuntimeError:  # no home folder: nowhere to keep it
            return None
        folder = str(Path(base) / "soknad-extract")
    if not folder:
        return None
    digest = hashlib.sha256(interpreter_identity().encode()).hexdigest()[:16]
    return Path(folder) / f"regex-{digest}.marshal"


def _usable() -> bool:
    """``re`` keeps its patterns in a dict keyed as ``_key_of`` assumes (CPython 3.11 to 3.13)."""
    return isinstance(getattr(re, "_cache", None), dict) and hasattr(re, "_compiler")


def _key_of(pattern: str, flags: int) -> tuple[type, str, int]:
    return (str, pattern, flags)


def compiled_entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``_sre.compile`` takes for ``re.compile(pattern, flags)``, made
    as ``re._compiler.compile`` makes it."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The compiler's opcodes and flags are int subclasses; marshal stores plain ints.
    return (str(pattern), int(flags | parsed.state.flags), [int(c) for c in code], int(parsed.state.groups - 1),
            {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup))


def load() -> int:
    """Put the stored patterns into ``re``'s cache; how many were put."""
    path = cache_file()
    if path is None or not _usable():
        return 0
    try:
        stored = marshal.loads(path.read_bytes())
        if stored.get("identity") != interpreter_identity():
            return 0
        entries = list(stored["entries"].items())[:MAX_ENTRIES]
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return 0
    put = 0
    for (pattern, flags), entry in entries:
        try:
            compiled = _sre.compile(*entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            continue
        if compiled.pattern != pattern or not isinstance(flags, int):
            continue
        re._cache.setdefault(_key_of(pattern, flags), compiled)  # type: ignore[attr-defined]
        _in_file[pattern, flags] = entry
        put += 1
    return put


def save() -> int:
    """Store the patterns ``re`` holds now, if any are missing from the
    file; how many were compiled for it. Call it only in a process that has
    read no document."""
    path = cache_file()
    if path is None or not _usable():
        return 0
    keys = [(key[1], key[2]) for key in list(re._cache) if key[0] is str and isinstance(key[2], int)]  # type: ignore[attr-defined]
    missing = [key for key in keys if key not in _in_file]
    if len(missing) <= (STALE_TOLERANCE if _in_file else 0):
        return 0
    # The file is opened before the patterns are compiled again for it: where
    # nothing can be written (a read-only home), that work is not done in every run.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        out = tempfile.NamedTemporaryFile(dir=path.parent, prefix=".regex-", delete=False)
    except OSError:
        return 0
    written = Path(out.name)
    entries = dict(_in_file)
    for pattern, flags in missing:
        try:
            entries[pattern, flags] = compiled_entry(pattern, flags)
        except Exception:  # noqa: BLE001 - a pattern this module cannot rebuild is compiled as usual
            continue
    kept = dict(list(entries.items())[-MAX_ENTRIES:])
    try:
        with out:
            out.write(marshal.dumps({"identity": interpreter_identity(), "entries": kept}))
        os.replace(written, path)  # at once: a process reading meanwhile reads the old or the new file whole
    except (OSError, ValueError):
        written.unlink(missing_ok=True)
        return 0
    _in_file.update(kept)
    return len(missing)
