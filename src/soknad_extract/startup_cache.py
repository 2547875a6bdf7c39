"""What a fresh process builds before its first document, kept between
runs, as Python keeps byte code.

Before a worker reads its first document it has parsed the vocabulary's
TOML files, built its wordings into pattern texts and compiled ~400 regular
expressions (``re`` parses and compiles in pure Python): ~0.2 s of a
check's start-up, on its critical path. All three are pure functions of
their input, so their results can be kept:

- patterns: what the C engine (``_sre``) runs for a pattern and its flags,
  handed back to ``re``'s own pattern cache before anything is imported
  (``load``), so every ``re.compile`` of the same pattern finds it there and
  the code that compiles patterns stays plain ``re``;
- ``memo(table, key, build)``: other results under a key that holds all
  they depend on (a file's text, the building code's own source).

The workers' forkserver writes the file once it has imported the pipeline
and read a made-up application (``priming``), and before it reads any
document (``save``): what is stored comes from the code and the vocabulary,
never from a document's words (a title searched for in a document is
compiled in a worker, which never saves). A file is used only by the
interpreter that wrote it (its full version and the regex engine's version
are in the name), and ``_sre`` checks each stored pattern before it runs;
anything unexpected (an unwritable folder, a file cut short, another
Python) means things are built as usual, never a different result and never
an error. ``SOKNAD_EXTRACT_CACHE`` names the folder (empty: no cache); by
default ``$XDG_CACHE_HOME/soknad-extract`` or ``~/.cache/soknad-extract``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

import _sre

T = TypeVar("T")

MAX_PATTERNS = 480
"""Below ``re``'s own cache size (512 in Python 3.11), so the patterns
loaded do not push each other out before they are used."""

STALE_TOLERANCE = 2
"""Patterns missing from the file that do not make it worth writing again.
The standard library builds a pattern or two from sets (``tokenize``'s, which
pydantic's start-up uses), in an order that changes with every process's hash
seed: those are compiled as usual instead of rewriting the file in every
run. A changed vocabulary or a new version of the toolkit misses more."""

_patterns_in_file: dict[tuple[str, int], tuple[Any, ...]] = {}
"""The stored patterns, as far as this process knows: what ``load`` handed
to ``re`` and what ``save`` wrote, by pattern and flags."""
_memo_in_file: dict[str, dict[Hashable, Any]] = {}
"""The memo tables the file holds."""
_memo_used: dict[str, dict[Hashable, Any]] = {}
"""What ``memo`` gave or built in this process: what ``save`` keeps, so
results no run asks for any more leave the file."""


def interpreter_identity() -> str:
    """What stored results depend on beyond their keys: the interpreter's
    exact build and the regex engine's code format."""
    return f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"


def cache_folder() -> Path | None:
    """The folder of the tool's caches (this file's and the message
    catalogue's, ``messages``), or None where caching is switched off."""
    folder = os.environ.get("SOKNAD_EXTRACT_CACHE")
    if folder is None:
        try:
            base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        except RuntimeError:  # no home folder: nowhere to keep it
            return None
        folder = str(Path(base) / "soknad-extract")
    return Path(folder) if folder else None


def cache_file() -> Path | None:
    """This interpreter's cache file, or None where caching is switched off."""
    folder = cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(interpreter_identity().encode()).hexdigest()[:16]
    return folder / f"startup-{digest}.marshal"


def source_digest(file: str) -> str:
    """A short digest of a module's source, for memo keys: a result built by
    changed code is not the stored one."""
    try:
        return hashlib.sha256(Path(file).read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def memo(table: str, key: Hashable, build: Callable[[], T]) -> T:
    """``build()``, or what it gave under ``key`` in an earlier run. The key
    must hold everything the result depends on, and the result must be made
    of what ``marshal`` stores (texts, numbers, lists, dicts, tuples)."""
    used = _memo_used.setdefault(table, {})
    if key in used:
        return used[key]
    stored = _memo_in_file.get(table, {})
    value = stored[key] if key in stored else build()
    used[key] = value
    return value


def _usable() -> bool:
    """``re`` keeps its patterns in a dict keyed (str, pattern, flags) (CPython 3.11 to 3.13)."""
    return isinstance(getattr(re, "_cache", None), dict) and hasattr(re, "_compiler")


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
    """Put the stored patterns into ``re``'s cache and the memo tables in
    reach of ``memo``; how many patterns were put."""
    path = cache_file()
    if path is None or not _usable():
        return 0
    try:
        stored = marshal.loads(path.read_bytes())
        if stored.get("identity") != interpreter_identity():
            return 0
        patterns = list(stored["patterns"].items())[:MAX_PATTERNS]
        tables = {str(name): dict(table) for name, table in stored["memo"].items()}
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return 0
    _memo_in_file.update(tables)
    put = 0
    for (pattern, flags), entry in patterns:
        try:
            compiled = _sre.compile(*entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            continue
        if compiled.pattern != pattern or not isinstance(flags, int):
            continue
        re._cache.setdefault((str, pattern, flags), compiled)  # type: ignore[attr-defined]
        _patterns_in_file[pattern, flags] = entry
        put += 1
    return put


def save() -> int:
    """Store the patterns ``re`` holds now and the memo results used, if the
    file lacks some; how many patterns were compiled for it. Call it only in
    a process that has read no document."""
    path = cache_file()
    if path is None or not _usable():
        return 0
    keys = [(key[1], key[2]) for key in list(re._cache) if key[0] is str and isinstance(key[2], int)]  # type: ignore[attr-defined]
    missing = [key for key in keys if key not in _patterns_in_file]
    new_memo = any(key not in _memo_in_file.get(table, {}) for table, used in _memo_used.items() for key in used)
    if len(missing) <= (STALE_TOLERANCE if _patterns_in_file else 0) and not new_memo:
        return 0
    import tempfile  # only here: loading stays light

    # The file is opened before the patterns are compiled again for it: where
    # nothing can be written (a read-only home), that work is not done in every run.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        out = tempfile.NamedTemporaryFile(dir=path.parent, prefix=".startup-", delete=False)
    except OSError:
        return 0
    written = Path(out.name)
    patterns = dict(_patterns_in_file)
    for pattern, flags in missing:
        try:
            patterns[pattern, flags] = compiled_entry(pattern, flags)
        except Exception:  # noqa: BLE001 - a pattern this module cannot rebuild is compiled as usual
            continue
    kept = dict(list(patterns.items())[-MAX_PATTERNS:])
    try:
        with out:
            out.write(marshal.dumps({"identity": interpreter_identity(), "patterns": kept, "memo": _memo_used}))
        os.replace(written, path)  # at once: a process reading meanwhile reads the old or the new file whole
    except (OSError, ValueError):
        written.unlink(missing_ok=True)
        return 0
    _patterns_in_file.update(kept)
    for table, used in _memo_used.items():
        _memo_in_file.setdefault(table, {}).update(used)
    return len(missing)
