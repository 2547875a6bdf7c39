"""Signing columns from corpora 69 and 71, in other wordings and layouts
than their files.

- A role heading over the pen and a bare line, the signer printed under the
  line (name and place and date in either order, on one line, or the name
  alone): the heading is the column's role.
- Where nothing says "signature" (the line to sign on drawn, or lost to
  OCR), a name printed under its title across blank room for the pen is a
  printed signer: typed when no ink stands there; a name close under a
  title (a form's label over its answer) is not.
- "NAV" that OCR split ("NA V-leder", "N AV-leiar", "Leiar N A V Bømlo")
  is the role word on OCR'd lines, never on a text layer.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.ocrnav import joined_nav
from tests.builders.layouts import ink, ocr_page, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav"
LINE = "______________________________"


def _found(doc):
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in extract_signatures(doc)]


def _under_line(left: list[str], right: list[str], heads=("Nav-leiar", "Rådmann"), signed=True):
    """Two columns: heading, ink, the bare line, then ``left``/``right`` under the line."""
    lines = [pdf_line(HEAD, 1, 60, 50), pdf_line("Prosjektet skal styrkje oppfølginga av unge.", 1, 60, 300)]
    images = []
    for x, head, under, seed in ((90, heads[0], left, 3), (320, heads[1], right, 4)):
        lines += [pdf_line(head, 1, x, 450)]
        if signed:
            images.append(ink(1, (x + 8, 474, x + 128, 508), seed=seed))
        lines += [pdf_line(LINE, 1, x, 520)] + [pdf_line(t, 1, x, 543 + 23 * i) for i, t in enumerate(under)]
    return pdf_pages(pdf_page(1, lines, images))


def test_heading_over_line_place_and_date_before_the_name() -> None:
    doc = _under_line(["Førde, 03.02.2020", "Siri Hauge"], ["Førde, 04.02.2020", "Per Dale"])
    assert [(r, n, d, k) for r, n, _t, d, k in _found(doc)] == [
        ("nav_leader", "Siri Hauge", "2020-02-03", "handwritten"),
        ("municipality", "Per Dale", "2020-02-04", "handwritten")]


def test_heading_over_line_name_and_date_on_one_line() -> None:
    doc = _under_line(["Siri Hauge, 03.02.2020"], ["Per Dale, 04.02.2020"],
                      heads=("Leiar Nav Sunnfjord", "Kommunedirektør"))
    assert [(r, n, d) for r, n, _t, d, _k in _found(doc)] == [
        ("nav_leader", "Siri Hauge", "2020-02-03"), ("municipality", "Per Dale", "2020-02-04")]


def test_heading_over_line_name_alone_under_it() -> None:
    doc = _under_line(["Siri Hauge"], ["Per Dale"], heads=("NAV-leder", "Rådmann"))
    assert [(r, n, t, k) for r, n, t, _d, k in _found(doc)] == [
        ("nav_leader", "Siri Hauge", "NAV-leder", "handwritten"),
        ("municipality", "Per Dale", "Rådmann", "handwritten")]


def test_heading_over_an_answer_line_with_nothing_of_a_signer_under_it() -> None:
    """A bare line under a role heading with prose under it, no ink: no signer."""
    doc = _under_line(["Sjå vedlagt budsjett for heile perioden."], ["Sjå vedlagt budsjett."], signed=False)
    assert _found(doc) == []


def _room_for_pen(page_of, blocks, gap: float = 70.0, dated: bool = True, images=()):
    """Columns of heading (and place and date), blank room, name: no line to sign on as text."""
    lines = [pdf_line(HEAD, 1, 60, 50), pdf_line("Nettverk/klyngesamarbeid: Ja", 1, 60, 380)]
    for x, (head, place_date, name) in zip((60, 310), blocks):
        lines.append(pdf_line(head, 1, x, 430))
        bottom = 440
        if dated:
            lines.append(pdf_line(place_date, 1, x, 448))
            bottom = 458
        lines.append(pdf_line(name, 1, x, bottom + gap))
    return pdf_pages(page_of(1, lines, list(images)))


def test_scanned_form_names_under_room_for_the_pen_are_typed() -> None:
    doc = _room_for_pen(ocr_page, [("Nav-leiar", "Førde, 03.02.2020", "Siri Hauge"),
                                   ("Kommunalsjef", "Førde, 04.02.2020", "Per Dale")])
    assert [(r, n, d, k) for r, n, _t, d, k in _found(doc)] == [
        ("nav_leader", "Siri Hauge", "2020-02-03", "typed"),
        ("municipality", "Per Dale", "2020-02-04", "typed")]


def test_drawn_lines_names_under_room_without_dates_are_typed() -> None:
    doc = _room_for_pen(pdf_page, [("Leder NAV Verdal", "", "Siri Hauge"), ("Rådmann", "", "Per Dale")],
                        gap=55.0, dated=False)
    assert [(r, n, k) for r, n, _t, _d, k in _found(doc)] == [
        ("nav_leader", "Siri Hauge", "typed"), ("municipality", "Per Dale", "typed")]


def test_name_close_under_its_title_is_no_signer() -> None:
    """A form's label over its answer (no room for a pen): no signature."""
    doc = _room_for_pen(ocr_page, [("Nav-leiar", "", "Siri Hauge"), ("Rådmann", "", "Per Dale")],
                        gap=6.0, dated=False)
    assert _found(doc) == []


def _split_nav(page_of, heads):
    lines = [pdf_line(HEAD, 1, 60, 50), pdf_line("Med venleg helsing", 1, 60, 500)]
    images = []
    for i, (x, (name, head)) in enumerate(zip((60, 310), heads)):
        images.append(ink(1, (x + 8, 530, x + 128, 568), seed=5 + i))
        lines += [pdf_line(name, 1, x, 580), pdf_line(head, 1, x, 596)]
    return pdf_pages(page_of(1, lines, images))


def test_ocr_split_nav_in_the_role_is_read_as_nav() -> None:
    doc = _split_nav(ocr_page, [("Siri Hauge", "N AV-leiar"), ("Per Dale", "Rådmann")])
    assert [(r, n, t) for r, n, t, _d, _k in _found(doc)] == [
        ("nav_leader", "Siri Hauge", "NAV-leiar"), ("municipality", "Per Dale", "Rådmann")]
    doc = _split_nav(ocr_page, [("Siri Hauge", "Leiar N A V Bømlo"), ("Per Dale", "Kommunedirektør")])
    assert [r for r, *_ in _found(doc)] == ["nav_leader", "municipality"]


def test_split_nav_on_a_text_layer_is_left_as_written() -> None:
    doc = _split_nav(pdf_page, [("Siri Hauge", "NA V-leder"), ("Per Dale", "Rådmann")])
    assert "nav_leader" not in [r for r, *_ in _found(doc)]


def test_joined_nav_words() -> None:
    assert joined_nav("NA V-leder") == "NAV-leder"
    assert joined_nav("N av-kontoret") == "Nav-kontoret"
    assert joined_nav("Leder N A V Sandnes") == "Leder NAV Sandnes"
    assert joined_nav("side N av 4") == "side N av 4"
    assert joined_nav("tabell N av Sandnes") == "tabell N av Sandnes"
    assert joined_nav("SNA V-x") == "SNA V-x"
