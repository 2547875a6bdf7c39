"""The stream guard counts a page's annotations (missing, not located, held
by a damaged object stream) without parsing their dictionaries (phase 18c):
its answer is the old one, which parsed each, on every sample PDF, the
hostile set and made-up files whose annotations are missing, misplaced,
nested or held by a damaged object stream."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from soknad_extract import limits
from soknad_extract.readers.pdf import guard
from tests.hostile import make
from tests.test_pdf_guard import TEXT, _classic_pdf, _page

ROOT = Path(__file__).resolve().parents[1]


def _old_check(data: bytes, monkeypatch: pytest.MonkeyPatch) -> guard.FileDamage:
    """``guard.check`` as it was: every object ``touch`` meets parsed, as
    ``get`` parsed each annotation's dictionary."""
    touch = guard._Checker.touch

    def parsing(self: guard._Checker, item: guard.Ref) -> object:
        obj = touch(self, item)
        if obj is not None:
            obj.value()
        return obj

    with monkeypatch.context() as patched:
        patched.setattr(guard._Checker, "touch", parsing)
        return guard.check(data, limits.active())


def _files(tmp_path: Path) -> list[bytes]:
    datas = [p.read_bytes() for p in sorted((ROOT / "samples").rglob("*.pdf"))]
    built = make.build(tmp_path / "hostile", light=True)
    datas += [p.read_bytes() for p in built.values() if p.suffix == ".pdf" and p.is_file()]
    return datas


def _annotated(annots: bytes, extra: dict[int, bytes]) -> bytes:
    objects = _page(TEXT, extra=extra)
    objects[3] = objects[3][:-2] + b" /Annots " + annots + b" >>"
    return _classic_pdf(objects)


_WIDGET = b"<< /Type /Annot /Subtype /Widget /Rect [10 10 50 30] /FT /Tx /T (a) /V (b) /AP << /N 9 0 R >> >>"


def _made_up() -> list[bytes]:
    appearance = b"<< /Type /XObject /Subtype /Form /BBox [0 0 40 20] /Length 3 >>\nstream\nq Q\nendstream"
    broken = b"<< /Type /XObject /Subtype /Form /BBox [0 0 40 20] /Filter /FlateDecode /Length 5 >>\nstream\nxxxxx\nendstream"
    cases = [
        _annotated(b"[6 0 R]", {6: _WIDGET, 9: appearance}),
        _annotated(b"[6 0 R 7 0 R 8 0 R]", {6: _WIDGET, 9: appearance}),  # two missing
        _annotated(b"[6 0 R 6 0 R]", {6: _WIDGET, 9: broken}),  # twice, a damaged appearance
        _annotated(b"10 0 R", {6: _WIDGET, 9: appearance, 10: b"[6 0 R 11 0 R]"}),  # the array indirect
        _annotated(b"[<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] >> 6 0 R]", {6: _WIDGET, 9: appearance}),
        _annotated(b"[6 0 R]", {6: b"<< /Type /Annot /Subtype /Widget /P 3 0 R /Parent 12 0 R >>"}),
        _annotated(b"[6 0 R]", {6: b"<< /Type /Annot (unclosed string"}),
    ]
    # the annotation held in an object stream that fails to decode, and in a whole one
    held = b"6 0 " + _WIDGET
    for body in (b"not flate at all", zlib.compress(held)):
        store = (b"<< /Type /ObjStm /N 1 /First 4 /Length %d /Filter /FlateDecode >>\nstream\n" % len(body)
                 + body + b"\nendstream")
        cases.append(_annotated(b"[6 0 R]", {8: store, 9: appearance}))
    return cases


def test_the_guard_counts_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    datas = _files(tmp_path) + _made_up()
    assert len(datas) > 40
    differing = []
    annotated = 0
    for data in datas:
        try:
            new = guard.check(data, limits.active())
        except Exception as exc:  # noqa: BLE001 - the old code must raise the same
            with pytest.raises(type(exc)):
                _old_check(data, monkeypatch)
            continue
        annotated += b"/Annots" in data
        if new != _old_check(data, monkeypatch):
            differing.append(data[:80])
    assert not differing
    assert annotated >= 10


def test_missing_annotations_are_still_counted() -> None:
    one = guard.check(_annotated(b"[6 0 R]", {6: _WIDGET}), limits.active())
    three = guard.check(_annotated(b"[6 0 R 7 0 R 8 0 R]", {6: _WIDGET}), limits.active())
    assert three.pages[0][1] - one.pages[0][1] == 2


def test_an_annotation_dictionary_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on the old code, which parsed it to throw it away."""
    scanned = []
    scan = guard.scan

    def keep(data: bytes) -> object:
        scanned.append(scan(data))
        return scanned[-1]

    monkeypatch.setattr(guard, "scan", keep)
    guard.check(_annotated(b"[6 0 R]", {6: _WIDGET, 9: b"<< /Type /XObject /Subtype /Form /Length 3 >>\nstream\nq Q\nendstream"}),
                limits.active())
    assert not scanned[0].objects[6]._done
