"""Paper forms signed by pen and scanned: the role heading on top, a "Sted
og dato:" (or "Dato:") line whose value the pen wrote, the ink, then only
the printed name under the line. OCR reads the label but the pen value may
come out as nothing, as a misread fragment beside the label, or the label
with a space lost; the heading and the name under the ink are still one
signer. Built here on scanned-page layouts in wordings other than any
corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, ocr_page, pdf_line, pdf_pages

HEAD = "Søknad om tilskudd til sosiale tjenester i Nav 2021"


def _columns(left: tuple[str, list[str], str], right: tuple[str, list[str], str] | None,
             top: float = 500.0, with_ink: bool = True):
    """Each column: the heading, the lines on the place-and-date row (label,
    then what OCR read of the pen, left to right), the ink, the name."""
    lines, images = [pdf_line(HEAD, 1, 60, 60)], []
    for x, column in ((60, left), (330, right)):
        if column is None:
            continue
        heading, dated, name = column
        lines.append(pdf_line(heading, 1, x, top))
        cursor = x
        for part in dated:
            line = pdf_line(part, 1, cursor, top + 20)
            lines.append(line)
            cursor = line.bbox[2] + 10
        if with_ink:
            images.append(ink(1, (x + 10, top + 36, x + 150, top + 70), seed=int(x)))
        lines.append(pdf_line(name, 1, x, top + 84))
    doc = pdf_pages(ocr_page(1, lines, images))
    return sorted((s.role, s.name, s.title) for s, _evidence in extract_signatures(doc))


def test_a_place_and_date_label_without_its_pen_value_joins_heading_and_name() -> None:
    found = _columns(("Nav-leiar", ["Stad og dato:"], "Brita Hauge"),
                     ("Kommunedirektør", ["Stad og dato:"], "Leif Arne Nes"))
    assert found == [("municipality", "Leif Arne Nes", "Kommunedirektør"),
                     ("nav_leader", "Brita Hauge", "Nav-leiar")]


def test_a_bare_date_label_whose_value_the_pen_wrote() -> None:
    found = _columns(("Leder Nav Ringerike", ["Dato:"], "Torill Bakke"),
                     ("Rådmann", ["Dato:", "17.02.2021"], "Geir Ove Lund"))
    assert found == [("municipality", "Geir Ove Lund", "Rådmann"),
                     ("nav_leader", "Torill Bakke", "Leder")]


def test_a_sector_title_heads_its_signing_column() -> None:
    found = _columns(("Nav-leder", ["Sted/dato:", "Hønefoss, 12.02.2021"], "Torill Bakke"),
                     ("Kommunaldirektør oppvekst og levekår", ["Sted/dato:", "Hønefoss, 15.02.2021"],
                      "Randi Fjell"))
    assert ("municipality", "Randi Fjell", "Kommunaldirektør oppvekst og levekår") in found


def test_a_label_with_a_space_lost_and_a_misread_pen_value() -> None:
    found = _columns(("Nav-leder", ["Stedog dato:", "Ringerike 1Z-2"], "Torill Bakke"),
                     ("Kommunedirektør", ["Sted ogdato:", "Ringerike 92-7021"], "Geir Ove Lund"))
    assert found == [("municipality", "Geir Ove Lund", "Kommunedirektør"),
                     ("nav_leader", "Torill Bakke", "Nav-leder")]


def test_other_text_between_heading_and_name_still_parts_them() -> None:
    """Precision: a sentence under the heading is not room for signing."""
    found = _columns(("Nav-leder", ["Tiltaket drives av kommunen"], "Torill Bakke"), None)
    assert ("nav_leader", "Torill Bakke", "Nav-leder") not in found


def test_headings_with_place_date_labels_but_no_ink_and_no_name_sign_nothing() -> None:
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("Nav-leder", 1, 60, 500), pdf_line("Kommunedirektør", 1, 330, 500),
             pdf_line("Sted og dato:", 1, 60, 520), pdf_line("Sted og dato:", 1, 330, 520)]
    found = extract_signatures(pdf_pages(ocr_page(1, lines)))
    assert [s.name for s, _evidence in found if s.name] == []
    assert not any(s.kind == "handwritten" for s, _evidence in found)


def test_an_unread_pen_date_is_not_borrowed_from_the_other_column() -> None:
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("Nav-leiar", 1, 60, 500), pdf_line("Rådmann", 1, 330, 500),
             pdf_line("Stad og dato:", 1, 60, 520), pdf_line("Lom, 03.02.2021", 1, 140, 520),
             pdf_line("Stad og dato:", 1, 330, 520), pdf_line("Lom 1Z-Z", 1, 410, 520),
             pdf_line("Brita Hauge", 1, 60, 584), pdf_line("Leif Arne Nes", 1, 330, 584)]
    images = [ink(1, (70, 536, 210, 570), seed=5), ink(1, (340, 536, 480, 570), seed=6)]
    found = sorted((s.role, s.name, s.date) for s, _evidence in extract_signatures(pdf_pages(ocr_page(1, lines, images))))
    assert found == [("municipality", "Leif Arne Nes", None), ("nav_leader", "Brita Hauge", "2021-02-03")]
