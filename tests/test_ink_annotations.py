"""Signatures drawn with a viewer's pen tool (Acrobat "Draw", iPad Markup,
Preview) are kept as /Ink annotations, outside the page's content: the ink on
the signing line is handwriting, not a typed name. Built here as raw PDF."""

from __future__ import annotations

import math
from pathlib import Path

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.readers import read_document

_H = 842


def _text(lines: list[tuple[float, float, str]]) -> bytes:
    ops = ["BT /F1 10 Tf"]
    for x, top, text in lines:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"1 0 0 1 {x} {_H - top} Tm ({escaped}) Tj")
    ops.append("ET")
    return "\n".join(ops).encode("cp1252")


def _scribble(width: float, height: float, phase: float) -> bytes:
    """A pen's name: a line that swings up and down many times along the row."""
    points = [(4 + i * (width - 8) / 60, height / 2 + (height / 2 - 3) * math.sin(i * 0.9 + phase)
               * (0.6 + 0.4 * math.cos(i * 0.37))) for i in range(61)]
    path = [f"{points[0][0]:.2f} {points[0][1]:.2f} m"] + [f"{x:.2f} {y:.2f} l" for x, y in points[1:]]
    return ("0.05 0.1 0.45 RG 1.3 w 1 J 1 j\n" + "\n".join(path) + "\nS").encode()


def _pdf(path: Path, lines: list[tuple[float, float, str]], inks: list[tuple[float, float, float, float]]) -> Path:
    """One A4 page of text; each ink box (x0, top, x1, bottom) an /Ink annotation with its appearance."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(head: str, data: bytes) -> bytes:
        return f"<< {head} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"

    catalog = add(b"")
    pages = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    content = add(stream("", _text(lines)))
    annots = []
    for i, (x0, top, x1, bottom) in enumerate(inks):
        w, h = x1 - x0, bottom - top
        ap = add(stream(f"/Type /XObject /Subtype /Form /BBox [0 0 {w} {h}]", _scribble(w, h, i * 1.3)))
        annots.append(add(f"<< /Type /Annot /Subtype /Ink /Rect [{x0} {_H - bottom} {x1} {_H - top}] /F 4 "
                          f"/C [0.05 0.1 0.45] /InkList [[{x0} {_H - bottom} {x1} {_H - top}]] "
                          f"/AP << /N {ap} 0 R >> >>".encode()))
    page = add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 {_H}] /Contents {content} 0 R "
               f"/Resources << /Font << /F1 {font} 0 R >> >> /Annots [{' '.join(f'{a} 0 R' for a in annots)}] >>"
               .encode())
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages} 0 R >>".encode()
    objects[pages - 1] = f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode()
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


_LINES = [
    (60, 70, "Søknad om tilskot til sosiale tenester i Nav 2020"),
    (60, 100, "Nav-kontor: Nav Fjordbygd"),
    (60, 116, "Kommune: Fjordbygd kommune"),
    (60, 300, "Underskrift"),
    (60, 330, "Fjordbygd, 20.01.2020"), (330, 330, "Fjordbygd, 22.01.2020"),
    (60, 400, "________________________"), (330, 400, "________________________"),
    (60, 414, "Marit Ståle"), (330, 414, "Oddvar Bruland"),
    (60, 428, "Nav-leiar"), (330, 428, "Kommunedirektør"),
]


def _kinds(path: Path) -> list[tuple[str, str | None, str]]:
    return [(s.role, s.name, s.kind) for s, _ in extract_signatures(read_document(path))]


def test_pen_tool_annotations_on_the_signing_lines_are_handwritten(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "drawn.pdf", _LINES, [(70, 350, 210, 396), (340, 352, 480, 398)])
    assert _kinds(path) == [("nav_leader", "Marit Ståle", "handwritten"),
                            ("municipality", "Oddvar Bruland", "handwritten")]


def test_one_drawn_signature_leaves_the_other_printed_name_typed(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "one.pdf", _LINES, [(70, 350, 210, 396)])
    assert _kinds(path) == [("nav_leader", "Marit Ståle", "handwritten"),
                            ("municipality", "Oddvar Bruland", "typed")]
