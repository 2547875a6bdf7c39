"""A signer's "role: name   Dato: date" line read as two label-value pairs.

Forms filled in with fields (Word's legacy FORMTEXT, WPS Office) print each
signer's line as the role's label with the name, then the date's label with
the date, a few spaces apart instead of a tab. Each such signer is read with
the name and the date, as when a tab stands between the pairs.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.pairs import split_label_pairs
from soknad_extract.layout.fragments import fragments
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, word_doc

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020"
APPROVED = "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."


def _signers(doc):
    return [(s.role, s.name, s.kind, s.date) for s, _evidence in extract_signatures(doc)]


def test_word_lines_of_role_name_and_date_pairs_give_approved_signers() -> None:
    doc = word_doc(HEAD, "Underskrift", APPROVED, "Leiar Nav Sogndal: Oddny Nes   Dato: 27.01.2020",
                   "Kommunedirektør: Bjarte Tveit   Dato: 28.01.2020")
    assert _signers(doc) == [("nav_leader", "Oddny Nes", "electronic_approval", "2020-01-27"),
                             ("municipality", "Bjarte Tveit", "electronic_approval", "2020-01-28")]


def test_a_pdf_line_of_role_name_and_date_pairs_gives_the_inked_signer() -> None:
    lines = [pdf_line(HEAD, 1, 72, 60), pdf_line("Underskrift", 1, 72, 400),
             pdf_line("Nav-leder: Kari Moe Dato: 27.01.2020", 1, 72, 470)]
    doc = pdf_pages(pdf_page(1, lines, [ink(1, (72, 420, 220, 465))]))
    assert _signers(doc) == [("nav_leader", "Kari Moe", "handwritten", "2020-01-27")]


def test_only_a_role_labels_line_with_a_labelled_date_is_split() -> None:
    def texts(*lines: str) -> list[str]:
        return [f.text for f in split_label_pairs(fragments(word_doc(*lines)))]

    assert texts("Kontaktperson: Per Olsen Dato: 27.01.2020") == ["Kontaktperson: Per Olsen Dato: 27.01.2020"]
    assert texts("Nav-leder: Kari Moe") == ["Nav-leder: Kari Moe"]
    assert texts("Nav-leder: Kari Moe 27.01.2020") == ["Nav-leder: Kari Moe 27.01.2020"]
    assert texts("Nav-leder: Kari Moe Sted og dato: Gol, 27.01.2020") == ["Nav-leder: Kari Moe",
                                                                         "Sted og dato: Gol, 27.01.2020"]
