"""Limits are checked from what a file declares, enforced while streaming,
and every crossed limit is an UnreadableDocument that names it."""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from soknad_extract import bounded, limits, messages
from soknad_extract.limits import DamagedPart, LimitExceeded, Limits
from soknad_extract.readers.errors import UnreadableDocument

SMALL = Limits(max_file_mib=0.001, max_pages=10, max_pixels=1000, zip_max_total_mib=1, zip_max_entries=3,
               zip_max_member_mib=0.5, zip_max_ratio=50, pdf_max_stream_mib=0.25, xml_max_depth=5,
               max_span=63, max_grid_cells=100, max_paragraphs=20)


def _zip(tmp_path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    path = tmp_path / "package.zip"
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_defaults_are_positive_and_documented() -> None:
    for name, value in vars(limits.DEFAULT).items():
        assert value > 0, name
        assert name in limits._UNITS, name
        assert f"limit_{name}" in messages.catalogue()["reader"], name


def test_overrides_from_environment() -> None:
    changed = Limits.from_env({limits.ENV_VAR: "max_pages=2000, max_file_mib=12.5"})
    assert changed.max_pages == 2000 and isinstance(changed.max_pages, int)
    assert changed.max_file_mib == 12.5
    assert changed.max_pixels == limits.DEFAULT.max_pixels
    assert Limits.from_env({}) == limits.DEFAULT


@pytest.mark.parametrize("text", ["max_pagez=3", "max_pages", "max_pages=0", "max_pages=-1", "max_pages=x"])
def test_bad_overrides_are_value_errors(text: str) -> None:
    with pytest.raises(ValueError):
        Limits.from_env({limits.ENV_VAR: text})


def test_limits_are_frozen() -> None:
    with pytest.raises(AttributeError):
        limits.DEFAULT.max_pages = 1  # type: ignore[misc]


def test_exceeded_names_the_limit_in_both_languages() -> None:
    with pytest.raises(LimitExceeded) as caught:
        limits.check_pages(5000, SMALL)
    error = caught.value
    assert isinstance(error, UnreadableDocument)
    assert error.limit == "max_pages" and error.value == 5000 and error.maximum == 10
    assert "antall sider" in error.message_nb and "5 000" in error.message_nb and "10" in error.message_nb
    assert "page count" in error.message_en and "5,000" in error.message_en
    assert "max_pages" in error.message_nb and limits.ENV_VAR in error.message_en


def test_within_limits_pass() -> None:
    limits.check_pages(10, SMALL)
    limits.check_image_pixels(10, 100, SMALL)
    limits.check_span(63, SMALL)
    limits.check_grid(10, 10, SMALL)
    limits.check_paragraphs(20, SMALL)


@pytest.mark.parametrize("call", [
    lambda: limits.check_image_pixels(30_000, 30_000),
    lambda: limits.check_span(100_000_000),
    lambda: limits.check_grid(1000, 1001),
    lambda: limits.check_paragraphs(100_001),
])
def test_hostile_sizes_are_refused_with_defaults(call) -> None:
    with pytest.raises(LimitExceeded):
        call()


@pytest.mark.parametrize("text, expected", [
    ("3", 3), ("3.0", 3), (None, 7), ("", 7), ("x", 7), ("nan", 7), ("-4", 0),
    ("1e30", 65), ("1e309", 65), ("-1e309", 0), ("100000000", 65),
])
def test_bounded_int_never_overflows(text: str | None, expected: int) -> None:
    assert limits.bounded_int(text, 64, default=7) == expected


def test_file_size(tmp_path: Path) -> None:
    small = tmp_path / "small.pdf"
    small.write_bytes(b"x" * 100)
    assert limits.check_file_size(small, SMALL) == 100
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(LimitExceeded) as caught:
        limits.check_file_size(big, SMALL)
    assert caught.value.limit == "max_file_mib"


def test_fifo_and_missing_files_are_refused_without_opening(tmp_path: Path) -> None:
    fifo = tmp_path / "y.pdf"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableDocument, match="not a regular file"):
        limits.check_file_size(fifo)  # would block forever if it were opened
    with pytest.raises(UnreadableDocument, match="could not be opened"):
        limits.check_file_size(tmp_path / "missing.pdf")


def test_zip_within_limits(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"a.xml": b"<a/>", "b.xml": b"<b/>"})
    with bounded.open_zip(path, SMALL) as archive:
        assert bounded.bounded_read(archive, "a.xml", SMALL) == b"<a/>"


def test_zip_entry_count_and_total_from_central_directory(tmp_path: Path) -> None:
    path = _zip(tmp_path, {f"{i}.xml": b"<a/>" for i in range(4)})
    with pytest.raises(LimitExceeded) as caught:
        bounded.open_zip(path, SMALL)
    assert caught.value.limit == "zip_max_entries"
    path = _zip(tmp_path, {"a.bin": os.urandom(400_000), "b.bin": os.urandom(400_000),
                           "c.bin": os.urandom(400_000)}, zipfile.ZIP_STORED)
    with pytest.raises(LimitExceeded) as caught:
        bounded.open_zip(path, SMALL)
    assert caught.value.limit == "zip_max_total_mib"


def test_zip_member_ratio_is_refused_before_inflating(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"word/document.xml": b"\0" * (2 << 20)})
    with pytest.raises(LimitExceeded) as caught:
        bounded.open_zip(path, Limits(zip_max_ratio=50))
    assert caught.value.limit == "zip_max_ratio" and "word/document.xml" in caught.value.message_en


def _lie_about_size(path: Path, name: str, declared: int) -> None:
    """Rewrite the sizes a zip declares for ``name`` (local header and
    central directory), as a crafted bomb would."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, declared)
    central = data.find(b"PK\x01\x02")
    assert data[central + 46:central + 46 + len(encoded)] == encoded
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))


def test_bounded_read_stops_a_member_that_lies_about_its_size(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"word/document.xml": b"\0" * (3 << 20)})
    _lie_about_size(path, "word/document.xml", 100)
    with zipfile.ZipFile(path) as archive:
        bounded.check_zip(archive, SMALL)  # the directory says 100 bytes
        with pytest.raises((LimitExceeded, DamagedPart)) as caught:
            bounded.bounded_read(archive, "word/document.xml", SMALL)
    error = caught.value
    assert isinstance(error, UnreadableDocument) and "word/document.xml" in error.message_en


def test_bounded_read_of_damaged_members(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"docProps/core.xml": b"<core>" + b"x" * 5000 + b"</core>"})
    data = bytearray(path.read_bytes())
    start = 30 + len("docProps/core.xml")
    data[start:start + 8] = b"\xff" * 8  # the deflate data
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        with pytest.raises(DamagedPart) as caught:
            bounded.bounded_read(archive, "docProps/core.xml")
        assert caught.value.name == "docProps/core.xml" and "core.xml" in caught.value.message_nb
        with pytest.raises(DamagedPart, match="missing"):
            bounded.bounded_read(archive, "word/document.xml")


def test_bounded_read_of_encrypted_and_unknown_methods(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"docProps/core.xml": b"<core/>"})
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    encrypted = bytearray(data)
    struct.pack_into("<H", encrypted, 6, 1)
    struct.pack_into("<H", encrypted, central + 8, 1)
    path.write_bytes(bytes(encrypted))
    with zipfile.ZipFile(path) as archive, pytest.raises(DamagedPart, match="encrypted"):
        bounded.bounded_read(archive, "docProps/core.xml")
    unknown = bytearray(data)
    struct.pack_into("<H", unknown, 8, 99)
    struct.pack_into("<H", unknown, central + 10, 99)
    path.write_bytes(bytes(unknown))
    with zipfile.ZipFile(path) as archive, pytest.raises(DamagedPart, match="compression"):
        bounded.bounded_read(archive, "docProps/core.xml")


def test_open_zip_of_a_non_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnreadableDocument, match="zip"):
        bounded.open_zip(path)


def test_bounded_inflate() -> None:
    assert limits.bounded_inflate(zlib.compress(b"hello" * 100), SMALL) == b"hello" * 100
    bomb = zlib.compress(b"\0" * (8 << 20), 9)
    assert len(bomb) < 20_000
    with pytest.raises(LimitExceeded) as caught:
        limits.bounded_inflate(bomb, SMALL, where="page 3")
    assert caught.value.limit == "pdf_max_stream_mib" and "page 3" in caught.value.message_en


def test_bounded_inflate_of_a_truncated_stream_returns_what_decodes() -> None:
    text = " ".join(str(n * n) for n in range(5000)).encode()
    data = zlib.compress(text)
    assert text.startswith(limits.bounded_inflate(data[: len(data) // 2], SMALL)[:1000])
    assert len(limits.bounded_inflate(data[: len(data) // 2], SMALL)) >= 1000


def test_parse_xml_refuses_depth_entities_and_bad_xml() -> None:
    assert bounded.parse_xml(b"<a><b><c/></b></a>", SMALL).tag == "a"
    deep = b"<a>" * 6 + b"</a>" * 6
    with pytest.raises(LimitExceeded) as caught:
        bounded.parse_xml(deep, SMALL, where="word/document.xml")
    assert caught.value.limit == "xml_max_depth"
    very_deep = b"<a>" * 100_000 + b"</a>" * 100_000
    with pytest.raises(UnreadableDocument):
        bounded.parse_xml(very_deep)
    with pytest.raises(UnreadableDocument, match="invalid XML"):
        bounded.parse_xml(b"<a><b></a>")
    with pytest.raises(UnreadableDocument):
        bounded.parse_xml(b"")
    billion = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>')
    root = bounded.parse_xml(billion)
    assert "aaaaaaaaaa" not in "".join(root.itertext())
    external = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY x SYSTEM "file:///etc/passwd">]><l>&x;</l>')
    assert "root:" not in "".join(bounded.parse_xml(external).itertext())


@pytest.mark.parametrize("depth", [200, 201, 256, 257, 5000])
def test_parse_xml_depth_limit_holds_at_every_depth(depth: int) -> None:
    """The default limit (200) is checked on the parsed tree; past libxml2's
    own 256 levels the parser stops, and that is the same limit's error."""
    data = b"<a>" * depth + b"</a>" * depth
    if depth <= limits.DEFAULT.xml_max_depth:
        assert bounded.parse_xml(data).tag == "a"
        return
    with pytest.raises(LimitExceeded) as caught:
        bounded.parse_xml(data, where="word/document.xml")
    assert caught.value.limit == "xml_max_depth"


def test_parse_xml_calls_an_empty_part_empty() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        bounded.parse_xml(b"  \n")
    assert any("empty XML" in text for text in caught.value.args)
