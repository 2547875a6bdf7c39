"""The PDF stream guard works on the raw file: objects found lexically
(object streams included), streams decoded within the limit, damage said
for the page that uses it and only then (readers/pdf/raw.py, streams.py,
guard.py)."""

from __future__ import annotations

import base64
import zlib
from pathlib import Path

import pytest

from soknad_extract import limits
from soknad_extract.limits import LimitExceeded
from soknad_extract.readers.pdf import guard
from soknad_extract.readers.pdf.raw import Ref, scan
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.readers.pdf.streams import Damaged, Guard, decode
from tests.builders import reader_pdf as builders
from tests.hostile import make

TEXT = make._text_content()
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _damaged(path: Path) -> list[tuple[int | None, str]]:
    return [(n.page, n.message_en) for n in read_pdf(path).notes if "damaged" in n.message_en]


def _compressed_pdf(path: Path, content: bytes, extra: list[bytes] = ()) -> Path:  # type: ignore[assignment]
    """A PDF 1.5 as office suites write it: the catalog, the page tree, the
    page and the font inside an object stream, found through a
    cross-reference stream; the content stream (and ``extra`` objects) at
    the top level."""
    held = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
               b"/Resources << /Font << /F1 4 0 R >> >> >>",
            4: FONT}
    bodies = b""
    header = b""
    for number, body in held.items():
        header += b"%d %d " % (number, len(bodies))
        bodies += body + b"\n"
    packed = zlib.compress(header + bodies)
    objects = {5: b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
               6: b"<< /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>\nstream\n"
                  % (len(held), len(header), len(packed)) + packed + b"\nendstream"}
    for number, body in enumerate(extra, start=7):
        objects[number] = body
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    size = max(objects) + 2
    xref_number = size - 1
    offsets[xref_number] = len(out)
    rows = b"\x00\x00\x00\x00\x00\xff\xff"
    for number in range(1, xref_number + 1):
        if number in held:
            rows += b"\x02" + (6).to_bytes(4, "big") + list(held).index(number).to_bytes(2, "big")
        else:
            rows += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00"
    out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
            % (xref_number, size, len(rows)) + rows + b"\nendstream\nendobj\n")
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[xref_number]
    path.write_bytes(bytes(out))
    return path


def test_objects_in_an_object_stream_are_found(tmp_path: Path) -> None:
    path = _compressed_pdf(tmp_path / "objstm.pdf", zlib.compress(TEXT))
    raw = scan(path.read_bytes())
    assert raw.object_streams == [6] and raw.root == 1
    damage = guard.check(path.read_bytes(), limits.DEFAULT)
    assert damage.pages == [(0, 0, 0)] and damage.opening == (0, 0, 0)
    doc = read_pdf(path)
    assert "Omsøkt beløp" in doc.text() and not doc.notes


def test_damaged_stream_of_a_page_held_in_an_object_stream_names_the_page(tmp_path: Path) -> None:
    whole = zlib.compress(TEXT)
    path = _compressed_pdf(tmp_path / "cut.pdf", whole[: len(whole) // 2])
    assert [page for page, _ in _damaged(path)] == [1]


def test_damaged_stream_no_page_uses_is_not_said(tmp_path: Path) -> None:
    """An old revision's or an unused object's broken stream: nothing read
    depends on it, so no person is asked to look."""
    whole = zlib.compress(b"q 1 0 0 1 0 0 cm Q" * 50)
    unused = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % (len(whole) // 2) + whole[: len(whole) // 2] + b"\nendstream"
    path = _compressed_pdf(tmp_path / "unused.pdf", zlib.compress(TEXT), [unused])
    assert _damaged(path) == []


def test_damage_is_said_for_the_page_that_uses_it_once(tmp_path: Path) -> None:
    """Page 2 of a nested tree inherits its resources; a damaged ToUnicode
    map shared by pages 2 and 3 is said on page 2 only, a missing font on
    page 3."""
    writer = make.PdfWriter()
    good = writer.stream(TEXT)
    whole = zlib.compress(b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap endcmap end end")
    cmap = writer.compressed(whole[:-8], "/Filter /FlateDecode")
    font = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode %d 0 R >>" % cmap)
    catalog, root, inner = writer.reserve(), writer.reserve(), writer.reserve()
    page = "<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R {resources}>>"
    first = writer.add(page.format(parent=root, content=good, resources="/Resources << >> ").encode())
    second = writer.add(page.format(parent=inner, content=good, resources="").encode())
    third = writer.add(page.format(parent=inner, content=good,
                                   resources=f"/Resources << /Font << /F1 {font} 0 R /F2 99 0 R >> >> ").encode())
    writer.set(inner, f"<< /Type /Pages /Parent {root} 0 R /Kids [{second} 0 R {third} 0 R] /Count 2 "
                      f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
    writer.set(root, f"<< /Type /Pages /Kids [{first} 0 R {inner} 0 R] /Count 3 >>".encode())
    writer.set(catalog, f"<< /Type /Catalog /Pages {root} 0 R >>".encode())
    path = writer.write(tmp_path / "tree.pdf", catalog)
    assert guard.check(path.read_bytes(), limits.DEFAULT).pages == [(0, 0, 0), (1, 0, 0), (0, 1, 0)]
    notes = [(n.page, n.message_en) for n in read_pdf(path).notes]
    assert [page for page, _ in notes] == [2, 3]
    assert "1 data stream" in notes[0][1] and "1 object" in notes[1][1]


def test_bytes_inside_a_stream_are_not_read_as_objects(tmp_path: Path) -> None:
    """A stream's bytes may hold anything, "9 0 obj" and "endstream"
    included; its /Length says where it ends."""
    inside = b"BT /F1 11 Tf 56 700 Td (9 0 obj << /Type /Page >> endstream) Tj ET\n"
    writer = make.PdfWriter()
    content = writer.stream(TEXT + b"\n" + inside, flate=False)
    path = make.pdf(tmp_path / "inside.pdf", [content], writer=writer)
    raw = scan(path.read_bytes())
    assert 9 not in raw.objects and raw.objects[content].data().endswith(inside)
    assert guard.check(path.read_bytes(), limits.DEFAULT).pages == [(0, 0, 0)]


def test_encrypted_streams_are_not_counted_as_damaged(tmp_path: Path) -> None:
    source = builders.acroform_pdf(tmp_path / "form.pdf")
    path = builders.owner_only_encrypted_pdf(tmp_path / "owner.pdf", source)
    assert scan(path.read_bytes()).encrypted
    assert guard.check(path.read_bytes(), limits.DEFAULT) == guard.FileDamage()
    assert not read_pdf(path).notes


def _check(head: dict, data: bytes, mib: float = 128.0) -> bytes:
    return decode(data, head, Guard(limits.Limits(pdf_max_stream_mib=mib)), lambda item: item)


def test_filters_decode_as_pdf_writes_them() -> None:
    from pypdf._codecs._codecs import LzwCodec

    text = TEXT * 20
    assert _check({"Filter": "LZWDecode"}, LzwCodec().encode(text)) == text
    a85 = base64.a85encode(zlib.compress(text), adobe=True, wrapcol=64)[2:]
    assert _check({"Filter": ["A85", "FlateDecode"]}, a85) == text
    assert _check({"Filter": "ASCIIHexDecode"}, text.hex().encode() + b">") == text
    assert _check({"Filter": "RunLengthDecode"}, b"\x02abc\xfdz\x80") == b"abczzzz"
    assert _check({"Filter": "DCTDecode"}, b"\xff\xd8jpeg") == b"\xff\xd8jpeg"
    with pytest.raises(Damaged):
        _check({"Filter": "NoSuchDecode"}, b"x")
    with pytest.raises(Damaged):
        _check({"Filter": "ASCII85Decode"}, b"{not base 85}~>")


@pytest.mark.parametrize("filters, encode", [
    ("FlateDecode", zlib.compress),
    (["ASCII85Decode", "FlateDecode"], lambda data: base64.a85encode(zlib.compress(data)) + b"~>"),
    ("LZWDecode", lambda data: __import__("pypdf._codecs._codecs", fromlist=["LzwCodec"]).LzwCodec().encode(data)),
])
def test_every_growing_filter_stops_at_the_limit(filters: object, encode: object) -> None:
    bomb = encode(b"0" * (3 << 20))  # type: ignore[operator]
    with pytest.raises(LimitExceeded) as caught:
        _check({"Filter": filters}, bomb, mib=1.0)
    assert caught.value.limit == "pdf_max_stream_mib"


def test_a_reference_resolves_to_the_latest_definition() -> None:
    data = (b"%PDF-1.4\n1 0 obj\n<< /Old true >>\nendobj\n2 0 obj\n[1 0 R]\nendobj\n"
            b"1 0 obj\n<< /New true >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    raw = scan(data)
    assert raw.get(Ref(1)) == {"New": True} and raw.get(Ref(2)) == [Ref(1)] and raw.root == 1


def _misplace(path: Path, number: int, offset: int) -> Path:
    """The cross-reference entry of object ``number`` pointed at ``offset``."""
    lines = path.read_bytes().split(b"\n")
    table = lines.index(b"xref")
    lines[table + 2 + number] = b"%010d 00000 n " % offset
    path.write_bytes(b"\n".join(lines))
    return path


def test_object_the_table_misplaces_is_missing_when_pdfium_keeps_the_table(tmp_path: Path) -> None:
    """pdfium checks only the table's first entry; a later entry that points
    elsewhere loses its object without a word (here the page's text)."""
    path = _misplace(make.pdf(tmp_path / "misplaced.pdf"), 2, 300)
    doc = read_pdf(path)
    assert "Omsøkt" not in doc.text()
    assert [(n.page, "1 object" in n.message_en) for n in doc.notes] == [(1, True)]


def test_object_the_table_misplaces_is_found_when_pdfium_rebuilds_the_table(tmp_path: Path) -> None:
    path = _misplace(make.pdf(tmp_path / "rebuilt.pdf"), 1, 300)
    doc = read_pdf(path)
    assert "Omsøkt beløp" in doc.text()
    assert ["xref" in n.message_en for n in doc.notes] == [True]


def test_cross_reference_stream_rows_are_read_through_their_predictor() -> None:
    from soknad_extract.readers.pdf.xref import _unpredict

    rows = [bytes([1, 0, 0, 15, 0]), bytes([1, 0, 0, 112, 0]), bytes([2, 0, 0, 3, 1])]
    encoded = b""
    previous = bytes(5)
    for row in rows:
        encoded += b"\x02" + bytes((a - b) & 255 for a, b in zip(row, previous))
        previous = row
    assert _unpredict(encoded, {"Predictor": 12, "Columns": 5}) == b"".join(rows)


def _classic_pdf(objects: dict[int, bytes], prefix: bytes = b"", stream_keyword: bytes = b"stream\n") -> bytes:
    """A PDF with a classic cross-reference table and right offsets
    (counted from "%PDF", as readers do), each object's ``stream\\n``
    written as ``stream_keyword``."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body.replace(b"stream\n", stream_keyword, 1) + b"\nendobj\n"
    size = max(objects) + 1
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, table)
    return prefix + bytes(out)


def _page(content: bytes, length: bytes | None = None, extra: dict[int, bytes] | None = None) -> dict[int, bytes]:
    packed = zlib.compress(content)
    return {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
            4: b"<< /Length %s /Filter /FlateDecode >>\nstream\n" % (length or b"%d" % len(packed)) + packed
               + b"\nendstream",
            5: FONT, **(extra or {})}


def test_bytes_before_the_header_shift_every_offset(tmp_path: Path) -> None:
    """Junk before "%PDF" (a mail gateway's line): the table's offsets
    count from the header, so no object is missing."""
    path = tmp_path / "prefixed.pdf"
    path.write_bytes(_classic_pdf(_page(TEXT), prefix=b"X-Gateway: scanned\r\n"))
    assert _damaged(path) == []


def test_an_indirect_length_ends_the_stream_where_it_says(tmp_path: Path) -> None:
    """"/Length 6 0 R": a stream whose compressed bytes end in a carriage
    return before "\\nendstream" keeps that byte."""
    variants = (TEXT + b" " * n + b"%" + bytes([k]) for n in range(64) for k in range(33, 127))
    content = next(c for c in variants if zlib.compress(c).endswith(b"\r"))
    packed = zlib.compress(content)
    path = tmp_path / "indirect.pdf"
    path.write_bytes(_classic_pdf(_page(content, length=b"6 0 R", extra={6: b"%d" % len(packed)})))
    assert _damaged(path) == []


@pytest.mark.parametrize("keyword, note", [(b"stream  \n", b""), (b"stream\n", b"/Note (see obj 4) ")])
def test_a_stream_keyword_with_spaces_or_obj_in_the_dictionary_is_still_guarded(
        keyword: bytes, note: bytes) -> None:
    big = zlib.compress(b" " * (3 << 20))
    objects = _page(TEXT, extra={6: b"<< %s/Length %d /Filter /FlateDecode >>\nstream\n" % (note, len(big)) + big
                                 + b"\nendstream"})
    objects[3] = objects[3].replace(b"/Contents 4 0 R", b"/Contents [4 0 R 6 0 R]")
    with pytest.raises(LimitExceeded):
        guard.check(_classic_pdf(objects, stream_keyword=keyword), limits.Limits(pdf_max_stream_mib=1))


def test_a_file_the_guard_cannot_follow_is_read_with_a_note(tmp_path: Path, monkeypatch) -> None:
    def broken(data: bytes, lim: object) -> object:
        raise AttributeError("a structure the scan does not know")

    monkeypatch.setattr(guard, "check", broken)
    path = tmp_path / "page.pdf"
    path.write_bytes(_classic_pdf(_page(TEXT)))
    doc = read_pdf(path)
    assert doc.pages and any("could not follow" in n.message_en for n in doc.notes)


def test_an_unclosed_string_ends_within_its_bound() -> None:
    data = b"%PDF-1.7\n" + b"".join(b"%d 0 obj\n<< /T (never closed >>\nendobj\n" % n for n in range(1, 400))
    found = scan(data)
    assert len(found.objects) == 399
