"""Three text columns side by side on a PDF page (newsletter style: the
contact and project on the left, the budget in the middle, the priorities on
the right), each a stack of labels over their answers, and the columns'
baselines not lined up. Read across, a label takes the neighbouring columns'
text as its answer; read column by column, each label keeps its own.
Layout objects built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout.model import Line
from soknad_extract.layout.rows import build_rows
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")

_COLUMNS = [
    (50, 14.0, ["KONTAKTPERSON", "Kari Nordmann", "kari.nordmann@nav.no", "PROSJEKTNAVN", "Jobbsporet",
                "OPPSTART", "1. mars 2021"]),
    (230, 15.0, ["BUDSJETT", "Lønn og sosiale utgifter: 400 000", "Kompetanse: 10 000", "Totalt: 410 000",
                 "STILLINGER", "Én stilling à 80 %"]),
    (410, 13.0, ["OMRÅDE", "Sikring av sårbare overganger", "NETTVERK", "Ja, gjerne"]),
]


def _page() -> list[Line]:
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2021", 1, 50, 40)]
    for x, pitch, texts in _COLUMNS:
        lines += [pdf_line(text, 1, x, 90 + i * pitch) for i, text in enumerate(texts)]
    lines.sort(key=lambda line: (line.bbox[1], line.bbox[0]))
    return lines


def test_each_column_is_read_down_before_the_next():
    texts = [row.text for row in build_rows(pdf_pages(pdf_page(1, _page())))]
    order = [texts.index(t) for _, _, column in _COLUMNS for t in column]
    assert order == sorted(order)


def test_labels_keep_their_own_column_answers():
    values = extract(pdf_pages(pdf_page(1, _page())), S2020).draft.values
    assert values.get("contact.name") == "Kari Nordmann"
    assert values.get("project.title") == "Jobbsporet"
    assert values.get("project.start_date") == "2021-03-01"
