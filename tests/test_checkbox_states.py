"""A check box's state as a viewer shows it: its widget's appearance state
(/AS), or, where a producer left /AS out, the value (/V) in the widget
naming the box's on-state. pdfium compares /AS only
(``readers.pdf.widgets``). PDFs written byte by byte here."""

from __future__ import annotations

from pathlib import Path

import pytest

from soknad_extract.readers.pdf.read import read_pdf


def _pdf(field: bytes, widget: bytes) -> bytes:
    """One page with the text "Delta i nettverk" and a check box before it:
    object 6 the field, object 8 its widget (a kid of 6 when ``field`` is
    given, else 6 is field and widget at once)."""
    ap = b" /AP << /N << /Yes 7 0 R /Off 7 0 R >> >>"
    box = b"/Type /Annot /Subtype /Widget /Rect [80 695 92 707] "
    if field:
        objects = [(6, b"<< /FT /Btn /T (nettverk) /Kids [8 0 R] " + field + b" >>"),
                   (8, b"<< " + box + b"/Parent 6 0 R " + widget + ap + b" >>")]
        annot = b"8 0 R"
    else:
        objects = [(6, b"<< " + box + b"/FT /Btn /T (nettverk) " + widget + ap + b" >>")]
        annot = b"6 0 R"
    text = b"BT /F1 12 Tf 100 700 Td (Delta i nettverk) Tj ET"
    objects += [
        (1, b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>"),
        (2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        (3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [" + annot
         + b"] /Resources << /Font << /F1 5 0 R >> >> >>"),
        (4, b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream"),
        (5, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        (7, b"<< /Type /XObject /Subtype /Form /BBox [0 0 12 12] /Length 0 >>\nstream\n\nendstream"),
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number, body in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (max(offsets) + 1)
    for number in range(1, max(offsets) + 1):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (max(offsets) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize(("field", "widget", "ticked"), [
    (b"", b"/V /Yes /AS /Yes", True),
    (b"", b"/AS /Yes", True),
    (b"", b"/V /Yes", True),            # ticked by the value alone
    (b"", b"/V /Off", False),
    (b"", b"/V /Yes /AS /Off", False),  # the appearance state rules where there is one
    (b"", b"", False),
    (b"/V /Off", b"", False),
    (b"/V /Nei", b"", False),           # a value naming another box's state
])
def test_a_box_is_ticked_as_a_viewer_shows_it(tmp_path: Path, field: bytes, widget: bytes, ticked: bool) -> None:
    path = tmp_path / "box.pdf"
    path.write_bytes(_pdf(field, widget))
    [box] = [f for f in read_pdf(path).fields() if f.kind == "checkbox"]
    assert (box.checked, box.value) == ((True, "Yes") if ticked else (False, None))
