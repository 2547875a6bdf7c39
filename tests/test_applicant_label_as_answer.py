"""A scanned form's header row of labels over its answers ("Nav-kontor
Kommune Org.nr." over "Nav Gjøvik  Gjøvik  974 …"): the next column's label
beside a label is no answer, nor is a word text recognition only guessed at.
Taken for one, the printed "Kommune" became an applicant that is not a Nav
office (a false APPLICANT_NOT_NAV_OFFICE), and a misread "Org.nr." a
municipality."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import Document, Line, Word
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _line(text: str, x: float, top: float, confidence: float = 0.95, first: float | None = None) -> Line:
    """An OCR line; ``first``: the first word read surely while the rest
    was guessed (a pen's place name after a typed "Nav")."""
    words, cursor = [], x
    for i, token in enumerate(text.split(" ")):
        width = 5.0 * len(token)
        sure = first if first is not None and i == 0 else confidence
        words.append(Word(token, (cursor, top, cursor + width, top + 10), sure))
        cursor += width + 3.0
    mean = sum(w.confidence for w in words) / len(words)
    return Line(text, 1, bbox=(x, top, cursor - 3.0, top + 10), words=words, confidence=mean, ocr=True)


def _scanned_form(office: str, office_confidence: float, municipality_label: str, org_label: str,
                  org_confidence: float, municipality: str | None, org_top: float = 133) -> Document:
    lines = [
        _line("SØKNAD OM TILSKUDD", 46, 50),
        _line("Utvikling av sosiale tjenester i Nav-kontoret - 2020", 46, 75),
        _line("Opplysninger om søker", 46, 115),
        _line("NAV-kontor", 46, 133),
        _line(municipality_label, 300, 133),
        _line(org_label, 450, org_top, org_confidence),
        _line(office, 50, 151, office_confidence, first=0.96),
        *([_line(municipality, 305, 151)] if municipality else []),
        _line("974 760 673", 455, 151),
        _line("Prosjektets navn", 46, 190),
        _line("Arbeid først", 50, 205),
        _line("Sum det søkes om kr 600 000", 46, 240),
    ]
    page = ocr_page(1, lines)
    return Document("scan.pdf", "pdf", [page], page_count=1)


def test_the_next_columns_label_is_no_applicant():
    doc = _scanned_form("NAV Gjøvik", 0.37, "Kommune", "Org.nr.", 0.95, "Gjøvik", org_top=136.5)  # a short label's box starts lower
    found = extract(doc, S2020)
    assert found.applicant.text is None
    assert found.draft.values.get("office.name") == "Nav Gjøvik"


def test_a_guessed_label_is_no_municipality():
    doc = _scanned_form("Nav Sokndal", 0.95, "Kommune", "Organ.", 0.3, None)
    found = extract(doc, S2020)
    assert found.draft.values.get("office.municipality") == "Sokndal"
