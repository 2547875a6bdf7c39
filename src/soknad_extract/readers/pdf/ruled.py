"""The cells a page's drawn rules close, and the tables they make: the
search pdfplumber's ``TableFinder`` does with its default settings (the
lines strategy both ways; snap, join and intersection tolerances of 3 points;
edges under 1 point dropped before merging, under 3 after).

Why our own: the reader takes every drawing from pdfium (``pdfium_objects``)
and needed pdfplumber for this search only, yet importing pdfplumber imports
pdfminer and charset_normalizer, ~75 ms of every fresh process (issue 15).
Each step below is pdfplumber 0.11's (``table.py``, ``utils/geometry.py``,
``utils/clustering.py``) in the same order and with the same floating-point
operations, so the same drawings give the same cells in the same order:
``tests/test_ruled_finder.py`` compares the two on random edge sets and on
the sample PDFs. That holds for finite coordinates: with an infinite one,
pdfplumber's snapping makes NaNs, which hash by identity, so its own answer
depends on where objects sit in memory (the same page gave two answers for
271 of 3,000 such random pages). An edge is a tuple ``(x0, top, x1, bottom, length)``:
its box, by which pdfplumber tells edges apart, and the width of a
horizontal edge or the height of a vertical one, which pdfplumber keeps
beside the box and updates by its own arithmetic.

Ported from pdfplumber, Copyright (c) 2015, Jeremy Singer-Vine, under the
MIT License (its notice: ``LICENSES/pdfplumber.txt``).
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

Edge = tuple[float, float, float, float, float]
BBox = tuple[float, float, float, float]
Point = tuple[float, float]

SNAP = 3.0
JOIN = 3.0
INTERSECTION = 3.0
MIN_LENGTH_BEFORE_MERGE = 1.0
MIN_LENGTH = 3.0


def page_edges(lines: list[dict[str, Any]], rects: list[dict[str, Any]],
               curves: list[dict[str, Any]]) -> tuple[list[Edge], list[Edge]]:
    """The vertical and horizontal edges of the page's lines, rects and
    curves, in pdfplumber's order (``Container.edges``): a line is
    horizontal when its top is its bottom, else vertical even if slanted;
    a rect gives its top, bottom, left and right sides; a curve each
    vertical or horizontal step between its points."""
    v: list[Edge] = []
    h: list[Edge] = []
    for line in lines:
        x0, top, x1, bottom = line["x0"], line["top"], line["x1"], line["bottom"]
        if top == bottom:
            h.append((x0, top, x1, bottom, line["width"]))
        else:
            v.append((x0, top, x1, bottom, line["height"]))
    for rect in rects:
        x0, top, x1, bottom = rect["x0"], rect["top"], rect["x1"], rect["bottom"]
        width, height = rect["width"], rect["height"]
        h.append((x0, top, x1, top, width))
        h.append((x0, top + height, x1, bottom, width))
        v.append((x0, top, x0, bottom, height))
        v.append((x1, top, x1, bottom, height))
    for curve in curves:
        pts = curve["pts"]
        for p0, p1 in zip(pts, pts[1:]):
            box = (min(p0[0], p1[0]), min(p0[1], p1[1]), max(p0[0], p1[0]), max(p0[1], p1[1]))
            if p0[0] == p1[0]:
                v.append((*box, abs(p0[1] - p1[1])))
            elif p0[1] == p1[1]:
                h.append((*box, abs(p0[0] - p1[0])))
    return v, h


def _clusters(values: list[float], tolerance: float) -> list[list[float]]:
    """``cluster_list``: sorted values, a new cluster wherever one is more
    than ``tolerance`` above the one before it."""
    xs = sorted(values)
    if tolerance == 0 or len(xs) < 2:
        return [[x] for x in xs]
    groups: list[list[float]] = []
    current = [xs[0]]
    last = xs[0]
    for x in xs[1:]:
        if x <= last + tolerance:
            current.append(x)
        else:
            groups.append(current)
            current = [x]
        last = x
    groups.append(current)
    return groups


def _snap(edges: list[Edge], axis: int) -> list[Edge]:
    """``snap_objects``: edges whose ``axis`` coordinate (0: x0 of vertical
    edges, 1: top of horizontal ones) cluster within the snap tolerance
    moved to their cluster's mean, cluster by cluster."""
    index = {value: n for n, cluster in enumerate(_clusters(list({e[axis] for e in edges}), SNAP)) for value in cluster}
    ordered = sorted(edges, key=lambda e: index.get(e[axis]))  # type: ignore[arg-type, return-value]
    snapped: list[Edge] = []
    for _, group in itertools.groupby(ordered, key=lambda e: index.get(e[axis])):
        cluster = list(group)
        mean = sum(e[axis] for e in cluster) / len(cluster)
        for x0, top, x1, bottom, length in cluster:
            if axis == 0:
                move = mean - x0
                snapped.append((x0 + move, top, x1 + move, bottom, length))
            else:
                move = mean - top
                snapped.append((x0, top + move, x1, bottom + move, length))
    return snapped


def _join(edges: Iterable[Edge], start: int, end: int) -> list[Edge]:
    """``join_edge_group``: edges on one line, in order of ``start``, each
    within the join tolerance of the one before merged into it."""
    ordered = sorted(edges, key=lambda e: e[start])
    joined = [ordered[0]]
    for edge in ordered[1:]:
        last = joined[-1]
        if edge[start] <= last[end] + JOIN:
            if edge[end] > last[end]:
                x0, top, x1, bottom, length = last
                if end == 2:
                    joined[-1] = (x0, top, edge[2], bottom, edge[2] - x0)
                else:
                    joined[-1] = (x0, top, x1, edge[3], length + (edge[3] - bottom))
        else:
            joined.append(edge)
    return joined


def _merge(edges: list[Edge], axis: int) -> list[Edge]:
    """``merge_edges`` for one orientation: snapped, grouped by their
    line, joined, and the short ones dropped."""
    start, end = (1, 3) if axis == 0 else (0, 2)
    ordered = sorted(_snap(edges, axis), key=lambda e: e[axis])
    merged = [e for _, group in itertools.groupby(ordered, key=lambda e: e[axis]) for e in _join(group, start, end)]
    return [e for e in merged if e[4] >= MIN_LENGTH]


def _intersections(v_edges: list[Edge], h_edges: list[Edge]) -> dict[Point, tuple[set[BBox], set[BBox]]]:
    """``edges_to_intersections``: every point where a vertical and a
    horizontal edge meet within the tolerance, with the boxes of the
    edges that meet there."""
    found: dict[Point, tuple[set[BBox], set[BBox]]] = {}
    h_sorted = sorted(h_edges, key=lambda e: (e[1], e[0]))
    for v in sorted(v_edges, key=lambda e: (e[0], e[1])):
        x, v_top, v_bottom = v[0], v[1], v[3]
        for h in h_sorted:
            if v_top <= h[1] + INTERSECTION and v_bottom >= h[1] - INTERSECTION and x >= h[0] - INTERSECTION and x <= h[2] + INTERSECTION:
                vertex = (x, h[1])
                if vertex not in found:
                    found[vertex] = (set(), set())
                found[vertex][0].add(v[:4])
                found[vertex][1].add(h[:4])
    return found


def _cells(found: dict[Point, tuple[set[BBox], set[BBox]]]) -> list[BBox]:
    """``intersections_to_cells``: from each point in order, the first
    point below and the first to its right (nearest first) that an edge
    joins it to, whose opposite corner edges join to both."""

    def connects(p1: Point, p2: Point) -> bool:
        if p1[0] == p2[0] and not found[p1][0].isdisjoint(found[p2][0]):
            return True
        return p1[1] == p2[1] and not found[p1][1].isdisjoint(found[p2][1])

    points = sorted(found)
    rows: dict[float, list[int]] = {}
    for i, point in enumerate(points):
        rows.setdefault(point[1], []).append(i)
    cells: list[BBox] = []
    for i, pt in enumerate(points):
        below = list(itertools.takewhile(lambda p: p[0] == pt[0], points[i + 1:]))
        row = rows[pt[1]]
        right = [points[j] for j in row[bisect_right(row, i):]]
        cell = _smallest_cell(pt, below, right, found, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(pt: Point, below: list[Point], right: list[Point], found: dict[Point, Any], connects: Any) -> BBox | None:
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in found and connects(corner, right_pt) and connects(corner, below_pt):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def _tables(cells: list[BBox]) -> list[list[BBox]]:
    """``cells_to_tables``: cells grouped by shared corners, pass after
    pass, ordered by their top-left cell; single cells dropped."""
    remaining = list(cells)
    corners: set[Point] = set()
    current: list[BBox] = []
    tables: list[list[BBox]] = []
    while remaining:
        count = len(current)
        for cell in list(remaining):
            x0, top, x1, bottom = cell
            cell_corners = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in cell_corners):
                corners |= set(cell_corners)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == count:
            tables.append(list(current))
            corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def ruled_cells(lines: list[dict[str, Any]], rects: list[dict[str, Any]],
                curves: list[dict[str, Any]]) -> list[tuple[list[BBox], BBox]]:
    """Each ruled table of the page as its cells (top-left to bottom-right
    corners, in pdfplumber's order) and its bounding box."""
    v, h = page_edges(lines, rects, curves)
    v = _merge([e for e in v if e[4] >= MIN_LENGTH_BEFORE_MERGE], 0)
    h = _merge([e for e in h if e[4] >= MIN_LENGTH_BEFORE_MERGE], 1)
    found = [] if not v or not h else _tables(_cells(_intersections(v, h)))
    return [(t, (min(c[0] for c in t), min(c[1] for c in t), max(c[2] for c in t), max(c[3] for c in t))) for t in found]
