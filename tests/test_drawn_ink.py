"""Signatures drawn as vector strokes (a "draw your signature" tool, tablet
signing, SVG ink printed by a browser) are ink, like a picture of a pen's
line; the other drawings of a form (rules, boxes with crosses, frames, a
chart, filled lettering) are not."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.readers import read_document
from soknad_extract.readers.pdf.strokes import STROKES_NAME
from tests.builders.drawn_ink import drawings_not_ink_pdf, drawn_signatures_pdf


def test_drawn_strokes_become_ink_regions(tmp_path: Path) -> None:
    doc = read_document(drawn_signatures_pdf(tmp_path / "drawn.pdf"))
    regions = [i for i in doc.images() if i.name == STROKES_NAME]
    assert len(regions) == 2
    left, right = sorted(regions, key=lambda i: i.bbox[0])
    # Five Bézier strokes close together are one signature.
    assert left.bbox[0] < 75 and left.bbox[2] > 185
    assert right.bbox[0] > 320
    assert all(i.data and 0 < (i.ink_ratio or 0) < 0.3 for i in regions)


def test_drawn_signatures_are_handwritten(tmp_path: Path) -> None:
    doc = read_document(drawn_signatures_pdf(tmp_path / "drawn.pdf"))
    found = [(s.role, s.name, s.kind) for s, _e in extract_signatures(doc)]
    assert found == [
        ("nav_leader", "Tora Vangsnes", "handwritten"),
        ("municipality", "Håkon Brekke", "handwritten"),
    ]


def test_other_drawings_are_not_ink(tmp_path: Path) -> None:
    doc = read_document(drawings_not_ink_pdf(tmp_path / "drawings.pdf"))
    assert [i for i in doc.images() if i.name == STROKES_NAME] == []
