"""The styles kept between Word files are taken only for the same bytes.

``readers.docx.read._style_map`` keeps a styles part's reading by its CRC-32
and length and compares the bytes before it takes one: two parts with the
same checksum and length (forced here) must each get their own styles, and the same
part read again gets the reading kept.
"""

from __future__ import annotations

from pathlib import Path
import pytest

from soknad_extract.readers.docx import read
from soknad_extract.readers.docx.package import OFFICE_DOCUMENT, STYLES, open_package

ROOT = Path(__file__).resolve().parents[1]


def _styles_bytes(path: Path) -> bytes | None:
    with open_package(path) as package:
        main = package.related("", OFFICE_DOCUMENT)
        name = package.related(main, STYLES)
        return package.data(name) if name else None


def _two_templates() -> tuple[Path, Path, Path]:
    """Two files with the same styles part and one with another."""
    by_part: dict[bytes, list[Path]] = {}
    for path in sorted((ROOT / "samples").glob("*/*.docx")):
        if not path.name.startswith("broken_"):
            data = _styles_bytes(path)
            if data:
                by_part.setdefault(data, []).append(path)
    same = next(paths for paths in by_part.values() if len(paths) >= 2)
    other = next(paths[0] for paths in by_part.values() if paths is not same)
    return same[0], same[1], other


def _styles(path: Path) -> tuple[object, object]:
    with open_package(path) as package:
        return read._style_map(package, package.related("", OFFICE_DOCUMENT))


@pytest.fixture(autouse=True)
def _empty_cache():
    read._STYLE_MAPS.clear()
    yield
    read._STYLE_MAPS.clear()


def test_the_same_part_is_read_once() -> None:
    first, second, _ = _two_templates()
    assert _styles(first)[0] is _styles(second)[0]


def test_a_part_with_the_same_checksum_is_not_taken_for_another(monkeypatch: pytest.MonkeyPatch) -> None:
    first, _, other = _two_templates()
    monkeypatch.setattr(read, "_checksum", lambda data: (0, 0))
    kept = _styles(first)
    got = _styles(other)
    assert got[0] is not kept[0]
    read._STYLE_MAPS.clear()
    monkeypatch.undo()
    assert read.read_docx(other) == read.read_docx(other)  # and reads as with an empty cache
    fresh = read.read_docx(other)
    read._STYLE_MAPS.clear()
    monkeypatch.setattr(read, "_checksum", lambda data: (0, 0))
    _styles(first)
    assert read.read_docx(other) == fresh
