"""Signature blocks headed by their role (corpus 72's class, in other
wordings and layouts than its files).

- Stacked blocks, each a role heading, the place and date, the pen, the line
  to sign on and the name under the line: the first heading stands over the
  zone's first opener and is the first block's, so the name under the first
  line is the Nav leader's, not the next heading's (Word with blank lines
  left for the pen; PDF with "Sted, den <date>").
- Side-by-side columns headed on one row, one left empty with its printed
  "Stad og dato: ____", the other filled in: the filled column keeps its
  heading, and the empty one gives no signature.
- A bracketed note inside a signer-list label ("signert elektronisk (BankID)
  av:") and a "For X kommune: Name, title" line.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.approval_words import list_label, undated_list_label
from soknad_extract.extract.signatures.wording import words_before_date
from soknad_extract.layout import Image, Line, Page
from tests.builders.images import grey_png
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, word_pages
from tools.samplegen.signed import scribble_png

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav"
LINE = "______________________________"


def _found(doc):
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in extract_signatures(doc)]


def _word_ink(paragraph: int, seed: int) -> Image:
    png = scribble_png(seed)
    return Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=grey_png(png),
                 paragraph_index=paragraph, display_size=(113.0, 33.0))


def _word_stacked(blocks: list[tuple[str, str, str]]):
    """Word paragraphs: for each (heading, place and date, name) the heading,
    the place and date, a blank paragraph holding the ink, the line, the name."""
    texts = [HEAD, "Prosjektet skal styrkje oppfølginga av unge brukarar."]
    images = []
    for i, (heading, dated, name) in enumerate(blocks):
        texts += [heading, dated, ""]
        images.append(_word_ink(len(texts) - 1, seed=5 + i))
        texts += [LINE, name]
    return word_pages({1: [Line(text=t, page=1) for t in texts]}, images)


def test_word_stacked_blocks_each_name_under_its_own_heading() -> None:
    doc = _word_stacked([("Leiar Nav Voss", "Voss, 2020-02-03", "Ola Vik"),
                         ("Kommunedirektør", "Voss, 2020-02-04", "Kari Li")])
    assert [(r, n, d, k) for r, n, _t, d, k in _found(doc)] == [
        ("nav_leader", "Ola Vik", "2020-02-03", "handwritten"),
        ("municipality", "Kari Li", "2020-02-04", "handwritten")]


def _pdf_stacked(blocks: list[tuple[str, str, str]], top: float = 430.0):
    """PDF: heading, place and date, ink, the line, the name, stacked."""
    lines, images = [pdf_line(HEAD, 1, 60, 50), pdf_line("Prosjektet skal styrkje oppfølginga.", 1, 60, 300)], []
    for i, (heading, dated, name) in enumerate(blocks):
        lines += [pdf_line(heading, 1, 90, top), pdf_line(dated, 1, 90, top + 24)]
        images.append(ink(1, (90, top + 40, 240, top + 80), seed=3 + i))
        lines += [pdf_line(LINE, 1, 90, top + 88), pdf_line(name, 1, 90, top + 112)]
        top += 170
    return pdf_pages(pdf_page(1, lines, images))


def test_pdf_stacked_blocks_dated_with_den() -> None:
    doc = _pdf_stacked([("Nav-leiar", "Førde, den 3. februar 2020", "Siri Hauge"),
                        ("Rådmann", "Førde, den 4. februar 2020", "Per Dale")])
    assert [(r, n, d) for r, n, _t, d, _k in _found(doc)] == [
        ("nav_leader", "Siri Hauge", "2020-02-03"), ("municipality", "Per Dale", "2020-02-04")]


def test_pdf_stacked_blocks_dated_plainly_are_unchanged() -> None:
    doc = _pdf_stacked([("Nav-leder", "Gjøvik, 03.02.2020", "Anne Bakke"),
                        ("Kommunalsjef", "Gjøvik, 04.02.2020", "Tor Ruud")])
    assert [(r, n) for r, n, *_rest in _found(doc)] == [("nav_leader", "Anne Bakke"), ("municipality", "Tor Ruud")]


def _side_by_side(left: tuple[str, bool, str], right: tuple[str, bool, str]):
    """Two headed columns on one row; a filled column has its place and
    date, ink and "Navn: NAME"; an empty one the printed label and "Navn:"."""
    lines, images = [pdf_line(HEAD, 1, 56, 50), pdf_line("Tiltaket er forankra i leiinga.", 1, 56, 300)], []
    for x, (heading, filled, name) in ((56, left), (306, right)):
        lines.append(pdf_line(heading, 1, x, 461))
        if filled:
            lines += [pdf_line("Florø, 30.01.2020", 1, x, 477), pdf_line(f"Namn: {name}", 1, x, 553)]
            images.append(ink(1, (x, 501, x + 140, 541), seed=11))
        else:
            lines += [pdf_line("Stad og dato: ____________________", 1, x, 477), pdf_line("Namn:", 1, x, 553)]
    return pdf_pages(pdf_page(1, lines, images))


def test_an_empty_column_left_of_a_signed_one_takes_nothing_down() -> None:
    doc = _side_by_side(("Leiar Nav Kinn", False, ""), ("Kommunedirektør", True, "Eva Berg"))
    assert _found(doc) == [("municipality", "Eva Berg", "Kommunedirektør", "2020-01-30", "handwritten")]


def test_an_empty_column_right_of_a_signed_one_takes_nothing_down() -> None:
    doc = _side_by_side(("Nav-leiar", True, "Jon Solheim"), ("Rådmann", False, ""))
    assert _found(doc) == [("nav_leader", "Jon Solheim", "Nav-leiar", "2020-01-30", "handwritten")]


def test_place_before_den_and_the_date() -> None:
    assert words_before_date("Skien, den 22. januar 2020") == "Skien,"
    assert words_before_date("Stryn, den 2.3.2020") == "Stryn,"
    assert words_before_date("Oslo den 3. mars 2020") == "Oslo den"  # no comma: not a place-and-date line


def test_a_bracketed_note_inside_a_signer_list_label() -> None:
    for text in ("Søknaden er signert elektronisk (BankID) av: Kari Moe", "Dokumentet er underteikna "
                 "elektronisk (Buypass) av:", "Godkjent (via Websak) av Per Lie, rådmann"):
        assert list_label(undated_list_label(text)) is not None, text
    assert undated_list_label("Godkjent av Kari Moe (Nav-leder)") == "Godkjent av Kari Moe (Nav-leder)"
    assert list_label(undated_list_label("Planen (se vedlegg) er laga av styret")) is None


def test_signers_listed_under_a_noted_label_keep_their_titles() -> None:
    lines = [pdf_line(HEAD, 1, 60, 50), pdf_line("Søknaden er signert elektronisk (BankID) av:", 1, 60, 400),
             pdf_line("For Nav Bodø: Kari Moe, Nav-leder", 1, 60, 416),
             pdf_line("For Bodø kommune: Per Lie, kommunalsjef", 1, 60, 432)]
    found = _found(pdf_pages(pdf_page(1, lines)))
    assert [(r, n, t) for r, n, t, _d, _k in found] == [("nav_leader", "Kari Moe", "Nav-leder"),
                                                          ("municipality", "Per Lie", "Kommunalsjef")]
