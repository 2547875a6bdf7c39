"""Build the hostile corpus of issue 13 in a folder, at test time.

Every file is made from nothing (no binary fixtures in the repository) and
costs little disk: the bombs are deflate streams of a repeated chunk, built
once and repeated (a full flush after each chunk makes every chunk's
compressed bytes the same), so a 2 GiB document.xml is a 2 MiB file built
in a few seconds.

    python -m tests.hostile.make OUT [--light] [--only NAME ...]

``--light`` leaves out the cases that cost more than a second to build (or
to read with today's code): the bombs, 5,000 pages, 50,000 paragraphs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

MIB = 1 << 20
W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
REL_DOC_TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_DOC_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

APPLICATION_LINES = (
    "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
    "Nav-kontor: Nav Hamar",
    "Organisasjonsnummer: 974 600 951",
    "Prosjektnavn: Raskere i arbeid",
    "Stillingsprosent: 100 %",
    "Omsøkt beløp: 500 000 kr",
    "Kontaktperson: Kari Nordmann, kari.nordmann@nav.no, 61 00 00 00",
)


# --- deflate of repeated data -------------------------------------------------------


@dataclass
class Deflated:
    """Raw deflate data and the checksums of what it inflates to."""

    data: bytes
    size: int
    crc32: int
    adler32: int

    def zlib_stream(self) -> bytes:
        """The same data with a zlib header and trailer (PDF /FlateDecode)."""
        return b"\x78\xda" + self.data + struct.pack(">I", self.adler32)


def deflate_pieces(pieces: Iterable[tuple[bytes, int]]) -> Deflated:
    """Deflate ``chunk`` repeated ``times`` for each (chunk, times), cheaply:
    each chunk is compressed once after a full flush, whose output is then
    the same for every repetition."""
    out, size, crc, adler = [], 0, 0, 1
    for chunk, times in pieces:
        encoder = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = encoder.compress(chunk) + encoder.flush(zlib.Z_FULL_FLUSH)
        out.append(block * times)
        for _ in range(times):
            crc = zlib.crc32(chunk, crc)
            adler = zlib.adler32(chunk, adler)
        size += len(chunk) * times
    out.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush())
    return Deflated(b"".join(out), size, crc, adler)


# --- a zip written by hand (so members can be crafted) ------------------------------------


@dataclass
class Member:
    name: str
    data: bytes
    """The bytes as stored (already compressed for method 8)."""
    method: int
    crc32: int
    size: int
    flags: int = 0


def member(name: str, content: bytes) -> Member:
    encoder = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Member(name, encoder.compress(content) + encoder.flush(), 8, zlib.crc32(content), len(content))


def write_zip(path: Path, members: list[Member]) -> Path:
    local, central = bytearray(), bytearray()
    for m in members:
        name = m.name.encode()
        offset = len(local)
        fields = struct.pack("<HHHHHIII", 20, m.flags, m.method, 0, 0x21, m.crc32, len(m.data), m.size)
        local += b"PK\x03\x04" + fields + struct.pack("<HH", len(name), 0) + name + m.data
        central += (b"PK\x01\x02" + struct.pack("<H", 20) + fields
                    + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, offset) + name)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    path.write_bytes(bytes(local) + bytes(central) + end)
    return path


# --- Word documents ------------------------------------------------------------------------


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def document_xml(body: str, namespace: str = W_TRANSITIONAL) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>').encode()


def _application_body() -> str:
    return "".join(_paragraph(line) for line in APPLICATION_LINES)


def docx_members(document: Member, *, strict: bool = False, core: Member | None = None) -> list[Member]:
    rel = REL_DOC_STRICT if strict else REL_DOC_TRANSITIONAL
    types = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/word/document.xml" ContentType="{MAIN_TYPE}"/>'
             '<Override PartName="/docProps/core.xml" '
             'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}" Target="word/document.xml"/>'
            f'<Relationship Id="rId2" Type="{REL_CORE}" Target="docProps/core.xml"/></Relationships>')
    core = core or member("docProps/core.xml", core_xml())
    return [member("[Content_Types].xml", types.encode()), member("_rels/.rels", rels.encode()), document, core]


def core_xml() -> bytes:
    words = " ".join(f"søknad{i}" for i in range(200))
    return ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:title>Søknad Nav Hamar</dc:title><dc:description>{words}</dc:description>'
            '</cp:coreProperties>').encode()


def docx(path: Path, body: str | None = None, **options: object) -> Path:
    xml = document_xml(body if body is not None else _application_body(),
                       W_STRICT if options.get("strict") else W_TRANSITIONAL)
    return write_zip(path, docx_members(member("word/document.xml", xml), **options))  # type: ignore[arg-type]


def _core_bad_deflate(path: Path) -> Path:
    core = member("docProps/core.xml", core_xml())
    core.data = b"\xff" * 8 + core.data[8:]  # block type 3 is reserved: "invalid block type"
    return write_zip(path, docx_members(member("word/document.xml", document_xml(_application_body())), core=core))


def _core_encrypted(path: Path) -> Path:
    core = member("docProps/core.xml", core_xml())
    core.flags = 0x1
    return write_zip(path, docx_members(member("word/document.xml", document_xml(_application_body())), core=core))


def _core_method(path: Path) -> Path:
    core = member("docProps/core.xml", core_xml())
    core.method = 99  # AE-x encryption marker; also any method zipfile does not know
    return write_zip(path, docx_members(member("word/document.xml", document_xml(_application_body())), core=core))


def _docx_bomb(path: Path) -> Path:
    """document.xml is valid XML whose one text run is 2 GiB of spaces."""
    head = document_xml("<w:p><w:r><w:t>").removesuffix(b"</w:t></w:r></w:p></w:body></w:document>")
    head = head.split(b"<w:t>")[0] + b"<w:t>"
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    deflated = deflate_pieces([(head, 1), (b" " * MIB, 2048), (tail, 1)])
    document = Member("word/document.xml", deflated.data, 8, deflated.crc32, deflated.size)
    return write_zip(path, docx_members(document))


def _core_bomb(path: Path) -> Path:
    """docProps/core.xml (read by the batch's parent to spot its own letters)
    inflating to 1 GiB of spaces inside a description."""
    head, tail = core_xml().split(b"<dc:description>")
    deflated = deflate_pieces([(head + b"<dc:description>", 1), (b" " * MIB, 1024), (tail, 1)])
    core = Member("docProps/core.xml", deflated.data, 8, deflated.crc32, deflated.size)
    return write_zip(path, docx_members(member("word/document.xml", document_xml(_application_body())), core=core))


def _table(cell_props: str = "", row_props: str = "") -> str:
    cell = f"<w:tc><w:tcPr>{cell_props}</w:tcPr>{_paragraph('Omsøkt beløp')}</w:tc>"
    return (f"<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
            f"<w:tr><w:trPr>{row_props}</w:trPr>{cell}<w:tc>{_paragraph('500 000 kr')}</w:tc></w:tr></w:tbl>")


def _span(cell: str = "", row: str = "") -> Callable[[Path], Path]:
    return lambda path: docx(path, _application_body() + _table(cell, row) + _paragraph("Sted og dato"))


def _many_paragraphs(path: Path) -> Path:
    body = _application_body() + "".join(
        _paragraph(f"Avsnitt {i}: tiltaket gir brukerne raskere avklaring og bedre oppfølging.")
        for i in range(50_000))
    return docx(path, body)


# --- PDF written by hand ----------------------------------------------------------------------


class PdfWriter:
    """Just enough PDF to build hostile files: numbered objects, streams
    given already compressed, a correct xref table."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def reserve(self) -> int:
        return self.add(b"null")

    def set(self, number: int, body: bytes) -> None:
        self.objects[number - 1] = body

    def stream(self, data: bytes, extra: str = "", flate: bool = True) -> int:
        encoded = zlib.compress(data) if flate else data
        return self.compressed(encoded, extra if not flate else extra + " /Filter /FlateDecode")

    def compressed(self, encoded: bytes, extra: str) -> int:
        return self.add(f"<< /Length {len(encoded)} {extra} >>\nstream\n".encode() + encoded + b"\nendstream")

    def write(self, path: Path, root: int) -> Path:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
        out += f"trailer\n<< /Size {len(self.objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        path.write_bytes(bytes(out))
        return path


def _text_content(lines: Iterable[str] = APPLICATION_LINES) -> bytes:
    parts = ["BT /F1 11 Tf 56 780 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append(f"({escaped}) '")
    parts.append("ET")
    return "\n".join(parts).encode("cp1252")


def pdf(path: Path, contents: list[int] | None = None, *, pages: int = 1, media: str = "0 0 595 842",
        writer: PdfWriter | None = None) -> Path:
    """A PDF of ``pages`` pages sharing the content streams ``contents``
    (the application text when None)."""
    writer = writer or PdfWriter()
    font = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    if contents is None:
        contents = [writer.stream(_text_content())]
    catalog, tree = writer.reserve(), writer.reserve()
    refs = " ".join(f"{c} 0 R" for c in contents)
    page_ids = [writer.add(f"<< /Type /Page /Parent {tree} 0 R /MediaBox [{media}] /Contents [{refs}] "
                           f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()) for _ in range(pages)]
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    writer.set(tree, f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    writer.set(catalog, f"<< /Type /Catalog /Pages {tree} 0 R >>".encode())
    return writer.write(path, catalog)


def _pdf_text_bomb(path: Path) -> Path:
    """A page whose text stream inflates to 256 MiB of show-text operators."""
    writer = PdfWriter()
    line = b"BT /F1 11 Tf 56 700 Td (Omsokt belop 500 000 kr) Tj ET\n"
    chunk = line * (MIB // len(line))
    deflated = deflate_pieces([(chunk, 256 * MIB // len(chunk))])
    content = writer.compressed(deflated.zlib_stream(), "/Filter /FlateDecode")
    return pdf(path, [writer.stream(_text_content()), content], writer=writer)


def _pdf_flate_gib(path: Path) -> Path:
    """A page content stream of 1 GiB of white space (valid, and empty)."""
    writer = PdfWriter()
    deflated = deflate_pieces([(b" " * MIB, 1024)])
    content = writer.compressed(deflated.zlib_stream(), "/Filter /FlateDecode")
    return pdf(path, [writer.stream(_text_content()), content], writer=writer)


def _pdf_many_pages(path: Path) -> Path:
    return pdf(path, pages=5000)


def _pdf_huge_page(path: Path) -> Path:
    """A page without text (so it goes to OCR) of 200 × 200 inches."""
    writer = PdfWriter()
    return pdf(path, [writer.stream(b"0 0 0 rg 100 100 50 50 re f")], media="0 0 14400 14400", writer=writer)


def png(path: Path, width: int, height: int) -> Path:
    """A grey PNG of ``width`` × ``height`` zeros, deflated cheaply."""
    row = b"\0" + b"\0" * width
    rows_per_chunk = max(1, MIB // len(row))
    deflated = deflate_pieces([(row * rows_per_chunk, height // rows_per_chunk), (row, height % rows_per_chunk)])

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", deflated.zlib_stream())
                     + chunk(b"IEND", b""))
    return path


# --- things that are not ordinary files ---------------------------------------------------------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _symlink_loop(path: Path) -> Path:
    path.symlink_to(path.with_name("loop-b.pdf"))
    path.with_name("loop-b.pdf").symlink_to(path)
    return path


def _dir_loop(path: Path) -> Path:
    path.symlink_to(".", target_is_directory=True)
    return path


def _dangling(path: Path) -> Path:
    path.symlink_to(path.with_name("finnes-ikke.pdf"))
    return path


def _non_utf8_name(path: Path) -> Path:
    raw = os.fsencode(path.parent) + b"/s\xf8knad-latin1.pdf"
    pdf(Path(os.fsdecode(raw)))
    return Path(os.fsdecode(raw))


def _word_named_pdf(path: Path) -> Path:
    return docx(path)


def _unknown_format(path: Path) -> Path:
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
                     b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    return path


@dataclass(frozen=True)
class Case:
    name: str
    filename: str
    build: Callable[[Path], Path]
    what: str
    heavy: bool = False


CASES = (
    Case("control_docx", "kontroll.docx", docx, "an ordinary small application (control)"),
    Case("control_pdf", "kontroll.pdf", pdf, "an ordinary small application (control)"),
    Case("core_bad_deflate", "core-bad-deflate.docx", _core_bad_deflate, "docProps/core.xml with bad deflate data"),
    Case("core_encrypted", "core-encrypted.docx", _core_encrypted, "docProps/core.xml flagged encrypted"),
    Case("core_method", "core-method.docx", _core_method, "docProps/core.xml with compression method 99"),
    Case("docx_bomb", "bomb.docx", _docx_bomb, "document.xml inflating to 2 GiB", heavy=True),
    Case("core_bomb", "core-bomb.docx", _core_bomb, "docProps/core.xml inflating to 1 GiB", heavy=True),
    Case("grid_span_1e8", "gridspan-1e8.docx", _span('<w:gridSpan w:val="100000000"/>'), "gridSpan 1e8"),
    Case("grid_before_1e9", "gridbefore-1e9.docx", _span(row='<w:gridBefore w:val="1000000000"/>'),
         "gridBefore 1e9"),
    Case("grid_span_1e30", "gridspan-1e30.docx", _span('<w:gridSpan w:val="1e30"/>'), "gridSpan 1e30"),
    Case("paragraphs_50k", "avsnitt-50000.docx", _many_paragraphs, "50,000 paragraphs", heavy=True),
    Case("strict_ooxml", "strict.docx", lambda p: docx(p, strict=True), "Strict Open XML Word file"),
    Case("pdf_text_bomb", "tekst-256mib.pdf", _pdf_text_bomb, "text stream inflating to 256 MiB", heavy=True),
    Case("pdf_flate_gib", "flate-1gib.pdf", _pdf_flate_gib, "content stream inflating to 1 GiB", heavy=True),
    Case("image_30k", "bilde-30000.png", lambda p: png(p, 30_000, 5_900),
         "a 30,000 × 5,900 pixel PNG (just under Pillow's own bomb limit)", heavy=True),
    Case("pdf_huge_page", "side-200-tommer.pdf", _pdf_huge_page, "a 200 × 200 inch page without text"),
    Case("pdf_5000_pages", "sider-5000.pdf", _pdf_many_pages, "5,000 pages", heavy=True),
    Case("fifo", "y.pdf", _fifo, "a FIFO named y.pdf"),
    Case("symlink_loop", "loop-a.pdf", _symlink_loop, "two links pointing at each other"),
    Case("dir_loop", "mappe-loop", _dir_loop, "a folder link to its own folder"),
    Case("dangling_link", "dangling.pdf", _dangling, "a link to a file that does not exist"),
    Case("non_utf8_name", "s?knad-latin1.pdf", _non_utf8_name, "a file name with a Latin-1 byte (not UTF-8)"),
    Case("word_as_pdf", "word-med-pdf-navn.pdf", _word_named_pdf, "a Word file named .pdf"),
    Case("unknown_format", "ukjent.docx", _unknown_format, "a GIF named .docx"),
)


def build(folder: Path, *, light: bool = False, only: Iterable[str] = ()) -> dict[str, Path]:
    """Build the cases into ``folder``; name → the path that was made."""
    wanted = set(only)
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for case in CASES:
        if (wanted and case.name not in wanted) or (light and case.heavy and not wanted):
            continue
        made[case.name] = case.build(folder / case.filename)
    return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--light", action="store_true", help="leave out the expensive cases")
    parser.add_argument("--only", nargs="*", default=[], choices=[c.name for c in CASES])
    parser.add_argument("--clean", action="store_true", help="empty OUT first")
    args = parser.parse_args(argv)
    if args.clean and args.out.exists():
        shutil.rmtree(args.out)
    for name, path in build(args.out, light=args.light, only=args.only).items():
        print(f"{name}\t{os.fsencode(path).decode('utf-8', 'backslashreplace')}")


if __name__ == "__main__":
    main()
