"""The raw object parser with its names memoised and its token kinds
tested in another order (phase 18c) gives what the old parser gave, types
included, on every object of the sample PDFs and on made-up token soups
(broken containers, escapes in names, strings, hex, keywords, depth)."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from soknad_extract.readers.pdf import raw
from soknad_extract.readers.pdf.raw import _MAX_DEPTH, _NUMBER, _TOKEN, Name, Ref, _close, _string

ROOT = Path(__file__).resolve().parents[1]


def _old_name(data: bytes) -> Name:
    if b"#" in data:
        data = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), data)
    return Name(data.decode("latin-1"))


def _old_value(data: bytes, pos: int) -> tuple[Any, int]:
    """``raw.value`` before phase 18c, word for word."""
    stack: list[tuple[bytes, list[Any]]] = []
    while True:
        token = _TOKEN.match(data, pos)
        kind = token.lastindex if token else None
        if kind is None or len(stack) > _MAX_DEPTH:
            item: Any = None
            if not stack:
                return None, pos
            while len(stack) > 1:
                opener, items = stack.pop()
                stack[-1][1].append(_close(items, opener))
            return _close(stack[0][1], stack[0][0]), pos
        pos = token.end()
        if kind == 1:
            item = tuple(float(n) if b"." in n else int(n) for n in token.group(1).split() if _NUMBER.fullmatch(n))
        elif kind == 2:
            mark = token.group(2)
            if mark in (b"<<", b"["):
                stack.append((mark, []))
                continue
            if not stack:
                return None, pos
            opener, items = stack.pop()
            item = _close(items, opener)
        elif kind == 3:
            item = _old_name(token.group(3))
        elif kind == 4:
            item = Ref(int(token.group(4)))
        elif kind == 5:
            text = token.group(5)
            item = float(text) if b"." in text else int(text)
        elif kind == 6:
            item, pos = _string(data, pos)
        elif kind == 7:
            item = token.group(7)
        else:
            item = {b"true": True, b"false": False}.get(token.group(8))
        if not stack:
            return item, pos
        stack[-1][1].append(item)


def _typed(value: Any) -> Any:
    """The value with every item's type beside it (``Name`` is a ``str``,
    ``True`` equals 1: equality alone would not tell them apart)."""
    if isinstance(value, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_typed(v) for v in value])
    return (type(value).__name__, value)


def _same(data: bytes, pos: int) -> bool:
    new, old = raw.value(data, pos), _old_value(data, pos)
    return new[1] == old[1] and _typed(new[0]) == _typed(old[0])


def test_every_object_of_the_samples() -> None:
    checked = 0
    for path in sorted((ROOT / "samples").rglob("*.pdf")):
        data = path.read_bytes()
        for match in re.finditer(rb"\d+\s+\d+\s+obj", data):
            assert _same(data, match.end()), (path.name, match.start())
            checked += 1
    assert checked > 500


_PIECES = [b"<<", b">>", b"[", b"]", b"/Type", b"/Font", b"/A#20B", b"/#41#42", b"/", b"/x#zz", b"/Length",
           b"12 0 R", b"7 3 R", b"42", b"-3.5", b".5", b"+7", b"(a (nested) string\\) x)", b"(unclosed",
           b"<48656c6c6f>", b"<>", b"true", b"false", b"null", b"endobj", b"stream", b"[1 2 3.5]", b"[ ]",
           b"% a comment\n", b"\n", b" ", b"\t", b"\0", b"R", b"obj", b"/" + b"N" * 70, b"/" + b"M" * 64]


def test_made_up_token_soups() -> None:
    rng = random.Random(18)
    for _ in range(4000):
        data = b" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        if rng.random() < 0.3:
            data = b"<<" * rng.randint(1, 80) + data
        for pos in (0, rng.randint(0, len(data))):
            assert _same(data, pos), data


def test_a_name_is_decoded_once_and_long_names_are_not_kept() -> None:
    raw.value(b"<< /Phase18cName#41 1 >>", 0)
    assert raw._NAMES[b"Phase18cName#41"] == "Phase18cNameA"
    long = b"L" * (raw._NAME_KEPT_BYTES + 1)
    assert raw.value(b"/" + long, 0)[0] == long.decode()
    assert long not in raw._NAMES
