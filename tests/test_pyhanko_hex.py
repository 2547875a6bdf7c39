"""``readers.pdf.pyhanko_hex`` reads hex strings as pyHanko's own reader does.

The block reader is held to ``pyhanko.pdf_utils.generic``'s original on
made-up strings of every shape pyHanko meets (whitespace of each kind, odd
digit counts, byte-order marks that make text, comments, stray characters,
a stream ending before the ``>``, strings longer than a block): the same
value and type, or the same error, and the stream left at the same place.
The signed samples give the same signatures read with either.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from soknad_extract.readers.pdf import pyhanko_hex
from soknad_extract.readers.pdf.signatures import read_pdf_signatures

_ROOT = Path(__file__).resolve().parents[1]


def _original():
    pyhanko_hex.install()
    return pyhanko_hex._PYHANKO["reader"]


def _outcome(reader, data: bytes, at: int):
    stream = io.BytesIO(data)
    stream.seek(at)
    try:
        value = reader(stream)
    except Exception as exc:  # noqa: BLE001 - the error is part of the answer
        return ("error", type(exc), str(exc), stream.tell())
    return ("value", type(value), value, getattr(value, "autodetected_encoding", None), stream.tell())


def _strings() -> list[bytes]:
    rng = random.Random(15)
    alphabet = [b"0", b"7", b"a", b"F", b"f", b"9", b" ", b"\n", b"\r", b"\t", b"\f", b"\x00"]
    odd = [b"%c\n", b"g", b"<", b"(", b"%", b"\xff", b"-", b"z"]
    out = [b"<>", b"<0>", b"<FEFF004E0061>", b"<feff 004e 0061 0076>", b"<EFBBBF4E6176>", b"<4E61 7>",
           b"<4E%comment\n61>", b"<4E61", b"<", b"<4E61>>", b"<" + b"30" * 40000 + b">", b"<" + b"3" * 70001]
    for _ in range(3000):
        body = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.15:
            cut = rng.randint(0, len(body))
            body = body[:cut] + rng.choice(odd) + body[cut:]
        if rng.random() < 0.1:
            body = b"FEFF" + body
        tail = b">" if rng.random() < 0.95 else b""
        out.append(b"<" + body + tail + rng.choice([b"", b" /Next 1", b"> >>", b"\n"]))
    return out


def test_block_reader_answers_as_pyhanko() -> None:
    original = _original()
    strings = _strings()
    assert sum(_outcome(original, s, 0)[0] == "error" for s in strings) > 50
    for data in strings:
        for at, prefix in ((0, b""), (5, b"/Key ")):
            whole = prefix + data
            assert _outcome(pyhanko_hex.read_hex_string, whole, at) == _outcome(original, whole, at), whole[:80]


def test_signed_samples_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from pyhanko.pdf_utils import generic

    original = _original()
    files = sorted((_ROOT / "samples" / "signed").glob("*.pdf"))
    assert files
    ours = [read_pdf_signatures(f) for f in files]
    monkeypatch.setattr(generic, "read_hex_string_from_stream", original)
    monkeypatch.setattr(pyhanko_hex, "install", lambda: None)
    theirs = [read_pdf_signatures(f) for f in files]
    assert ours == theirs
    assert any(s for s in ours)


@pytest.mark.parametrize("changed", [
    lambda stream, strict=True: b"not a string",   # a newer reader answering in another type
    lambda stream: (_ for _ in ()).throw(TypeError("new signature")),  # a reader that fails
])
def test_a_changed_pyhanko_reader_is_left_in_place(monkeypatch, changed):
    """A pyHanko whose reader no longer answers the sample as ours does keeps
    its own reader: signed files are then read slower, never as broken."""
    from pyhanko.pdf_utils import generic

    monkeypatch.setattr(pyhanko_hex, "_PYHANKO", {})
    monkeypatch.setattr(generic, "read_hex_string_from_stream", changed)
    pyhanko_hex.install()
    assert generic.read_hex_string_from_stream is changed
    assert pyhanko_hex._PYHANKO == {}


def test_the_real_reader_is_replaced(monkeypatch):
    """pyHanko's reader as installed agrees with ours on the sample, so it is replaced."""
    from pyhanko.pdf_utils import generic

    original = _original()
    monkeypatch.setattr(pyhanko_hex, "_PYHANKO", {})
    monkeypatch.setattr(generic, "read_hex_string_from_stream", original)
    pyhanko_hex.install()
    assert generic.read_hex_string_from_stream is pyhanko_hex.read_hex_string
    assert pyhanko_hex._PYHANKO["reader"] is original
