"""The ruled-table search of our own (``readers/pdf/ruled``) gives exactly
what pdfplumber's ``TableFinder`` gives with its default settings, the one
the reader used before: the same cells, in the same order, with the same
floating-point coordinates, and the same table boxes. pdfplumber stays the
reference here (it is still a dependency); the PDF path no longer imports
it."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from pdfplumber.container import Container
from pdfplumber.table import TableFinder

from soknad_extract.readers.pdf.pdfium_objects import page_objects, page_view
from soknad_extract.readers.pdf.ruled import ruled_cells

ROOT = Path(__file__).resolve().parents[1]
PAGE_HEIGHT = 842.0


class _Page(Container):
    """pdfplumber's view of the same objects: its ``Container`` derives the
    edges its ``TableFinder`` searches."""

    def __init__(self, objects: dict[str, list[dict[str, Any]]]) -> None:
        self._objects = objects
        self.bbox = (0.0, 0.0, 595.0, PAGE_HEIGHT)

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return self._objects


def _theirs(objects: dict[str, list[dict[str, Any]]]) -> list[tuple[list[tuple[float, ...]], tuple[float, ...]]]:
    return [(list(t.cells), tuple(t.bbox)) for t in TableFinder(_Page(objects)).tables]


def _ours(objects: dict[str, list[dict[str, Any]]]) -> list[tuple[list[tuple[float, ...]], tuple[float, ...]]]:
    return ruled_cells(objects["line"], objects["rect"], objects["curve"])  # type: ignore[return-value]


def _shape(kind: str, pts: list[tuple[float, float]]) -> dict[str, Any]:
    """A pdfplumber-shaped path object through ``pts``, as
    ``pdfium_objects`` builds them."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "y0": PAGE_HEIGHT - bottom, "y1": PAGE_HEIGHT - top, "width": x1 - x0, "height": bottom - top,
            "pts": pts, "stroke": True, "fill": False}


def _random_page(rng: random.Random) -> dict[str, list[dict[str, Any]]]:
    """Rules near a few shared grid lines, each end moved by nothing, by a
    hair, by about the snap, join and intersection tolerances (3 points) or
    by a random amount; rects that share corners or overlap, tiny ones,
    slanted lines, curves with axis-parallel steps, and coordinates whose
    float sums do not round-trip (top + height != bottom)."""
    xs = sorted(rng.sample(range(20, 560, 10), rng.randint(2, 6)))
    ys = sorted(rng.sample(range(20, 800, 10), rng.randint(2, 6)))
    near = (0.0, 0.0, 0.0, 0.001, 0.5, 0.999, 1.0, 2.0, 2.999, 3.0, 3.001, 4.0, -1.0, -2.999, -3.0, -3.001)

    def at(values: list[int]) -> float:
        base = rng.choice(values) + (rng.choice(near) if rng.random() < 0.7 else rng.uniform(-5, 5))
        return round(base + rng.choice((0.0, 0.1, 0.2, 0.7, 1 / 3)), 3)

    objects: dict[str, list[dict[str, Any]]] = {"line": [], "rect": [], "curve": [], "char": [], "image": []}
    for _ in range(rng.randint(0, 14)):
        roll = rng.random()
        if roll < 0.45:
            y, a, b = at(ys), at(xs), at(xs)
            objects["line"].append(_shape("line", [(min(a, b), y), (max(a, b), y)]))
        elif roll < 0.9:
            x, a, b = at(xs), at(ys), at(ys)
            objects["line"].append(_shape("line", [(x, min(a, b)), (x, max(a, b))]))
        else:
            objects["line"].append(_shape("line", [(at(xs), at(ys)), (at(xs), at(ys))]))
    for _ in range(rng.randint(0, 8)):
        a, b, c, d = at(xs), at(xs), at(ys), at(ys)
        if rng.random() < 0.2:
            b, d = a + rng.choice((0.5, 1.0, 2.5, 3.0, 10.0)), c + rng.choice((0.5, 1.0, 3.5, 12.0))
        x0, x1, top, bottom = min(a, b), max(a, b), min(c, d), max(c, d)
        objects["rect"].append(_shape("rect", [(x0, top), (x1, top), (x1, bottom), (x0, bottom), (x0, top)]))
    for _ in range(rng.randint(0, 3)):
        point = (at(xs), at(ys))
        pts = [point]
        for _ in range(rng.randint(1, 5)):
            step = rng.random()
            point = (at(xs), point[1]) if step < 0.4 else (point[0], at(ys)) if step < 0.8 else (at(xs), at(ys))
            pts.append(point)
        objects["curve"].append(_shape("curve", pts))
    rng.shuffle(objects["line"])
    return objects


def test_random_rules_give_pdfplumbers_cells_exactly() -> None:
    rng = random.Random(15_0009)
    with_tables = 0
    for _ in range(2500):
        objects = _random_page(rng)
        theirs = _theirs(objects)
        assert _ours(objects) == theirs, objects
        with_tables += bool(theirs)
    assert with_tables > 300  # the generator does reach tables, not only empty pages


def test_regular_grids_with_merged_and_unclosed_cells() -> None:
    """Full grids (cells sharing every corner), a merged header, a rule
    that stops short, and two tables that touch at one corner only."""
    rng = random.Random(7)
    for _ in range(200):
        xs = sorted(rng.sample(range(20, 500, 15), rng.randint(2, 7)))
        ys = sorted(rng.sample(range(20, 800, 12), rng.randint(2, 7)))
        lines = [_shape("line", [(xs[0], y), (xs[-1] + rng.choice((0, 0.4, 2.9)), y)]) for y in ys]
        lines += [_shape("line", [(x, ys[0] if rng.random() < 0.8 else ys[1] - 1), (x, ys[-1])]) for x in xs]
        corner = (xs[-1], ys[-1])
        rects = [_shape("rect", [corner, (corner[0] + 40, corner[1]), (corner[0] + 40, corner[1] + 20),
                                 (corner[0], corner[1] + 20), corner]) for _ in range(rng.randint(0, 2))]
        objects = {"line": lines, "rect": rects, "curve": [], "char": [], "image": []}
        assert _ours(objects) == _theirs(objects)


def test_sample_pages_give_pdfplumbers_tables() -> None:
    """On every page of the samples pdfium opens (the broken and locked
    ones it refuses are the reader's errors, not tables), from the drawings
    pdfium gives."""
    pages = with_tables = 0
    for path in sorted((ROOT / "samples").rglob("*.pdf")):
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            continue
        try:
            for page in pdf:
                try:
                    objects = page_objects(page, [], page_view(page))
                finally:
                    page.close()
                theirs = _theirs(objects.objects)
                assert _ours(objects.objects) == theirs, (path.name, pages)
                pages += 1
                with_tables += bool(theirs)
        finally:
            pdf.close()
    assert pages > 40 and with_tables > 5


def test_a_born_digital_pdf_with_tables_imports_no_pdfplumber() -> None:
    """The preload and a PDF with ruled tables read in a fresh process
    import neither pdfplumber nor what it brings (pdfminer,
    charset_normalizer): ~75 ms of every worker's start."""
    sample = ROOT / "samples" / "born_digital" / "pdfform_hadeland_2020.pdf"
    pdf = pdfium.PdfDocument(sample)
    try:
        assert any(_theirs(page_objects(page, [], page_view(page)).objects) for page in pdf)
    finally:
        pdf.close()
    code = ("import sys, soknad_extract.warm; from soknad_extract.pipeline import read_application; "
            f"read_application({str(sample)!r}); "
            "print(sorted(m for m in ('pdfplumber', 'pdfminer', 'charset_normalizer') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
