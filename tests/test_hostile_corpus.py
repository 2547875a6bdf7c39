"""The hostile corpus generator makes what it says, small on disk."""

from __future__ import annotations

import os
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest

from tests.hostile import make


@pytest.fixture
def folder():
    with tempfile.TemporaryDirectory(prefix="soknad-hostile-test-") as name:
        yield Path(name)


def test_light_corpus(folder: Path) -> None:
    made = make.build(folder, light=True)
    assert set(made) == {c.name for c in make.CASES if not c.heavy}
    assert stat.S_ISFIFO(os.lstat(made["fifo"]).st_mode)
    assert made["dangling_link"].is_symlink() and not made["dangling_link"].exists()
    with pytest.raises((OSError, RuntimeError)):
        made["symlink_loop"].resolve(strict=True)
    assert b"\xf8" in os.fsencode(made["non_utf8_name"])
    assert made["word_as_pdf"].read_bytes().startswith(b"PK")
    with zipfile.ZipFile(made["strict_ooxml"]) as package:
        assert b"purl.oclc.org/ooxml/wordprocessingml/main" in package.read("word/document.xml")
    with zipfile.ZipFile(made["control_docx"]) as package:
        assert "Omsøkt beløp" in package.read("word/document.xml").decode()


@pytest.mark.parametrize("case, error", [
    ("core_bad_deflate", "invalid block type"), ("core_encrypted", "encrypted"), ("core_method", "compression")])
def test_core_properties_are_damaged(folder: Path, case: str, error: str) -> None:
    path = make.build(folder, only=[case])[case]
    with zipfile.ZipFile(path) as package:
        assert package.read("word/document.xml").startswith(b"<?xml")
        with pytest.raises(Exception, match=error):
            package.read("docProps/core.xml")


def test_zip_bomb_is_small_on_disk_and_large_inside(folder: Path) -> None:
    path = make.build(folder, only=["docx_bomb"])["docx_bomb"]
    assert path.stat().st_size < 4 << 20
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("word/document.xml")
        assert info.file_size > 2 << 30 - 1
        with package.open(info) as member:
            head = member.read(1 << 16)
    assert head.startswith(b"<?xml") and head.endswith(b" " * 1000)


def test_deflate_pieces_round_trip() -> None:
    import zlib

    deflated = make.deflate_pieces([(b"<a>", 1), (b"x" * 1000, 50), (b"</a>", 1)])
    assert zlib.decompress(deflated.zlib_stream()) == b"<a>" + b"x" * 50_000 + b"</a>"
    assert deflated.size == 50_007 and deflated.crc32 == zlib.crc32(b"<a>" + b"x" * 50_000 + b"</a>")
