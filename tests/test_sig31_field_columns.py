"""A fillable form giving each signer a column of labelled fields ("Navn",
"Tittel", "Dato") over the line to sign on (``signatures.fieldgroups``):
the typed title decides the role, ink over the line makes it handwritten.
A contact's "Navn" / "Tittel" fields with no line to sign under them make
no signer."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.fieldgroups import signers_in_field_columns
from soknad_extract.layout import FormField
from soknad_extract.layout.fragments import fragments
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _column(x: float, top: float, values: list[tuple[str, str]], sign: bool) -> tuple[list, list]:
    """Label lines left of the fields, the fields' values shown in them."""
    lines, fields = [], []
    for i, (label, value) in enumerate(values):
        y = top + 24 * i
        lines += [pdf_line(label, 1, x, y), pdf_line(value, 1, x + 52, y - 2)]
        lines[-1].form_value = True
        fields.append(FormField(kind="text", method="acroform", page=1, label=label, value=value,
                                bbox=(x + 50, y - 3, x + 230, y + 13)))
    if sign:
        lines.append(pdf_line("Signatur", 1, x, top + 24 * len(values) + 16))
    return lines, fields


def _doc(sign: bool, title: str = "NAV-leder", inked: bool = True):
    left, lf = _column(40, 590, [("Navn", "Hans Petter Aas"), ("Tittel", title), ("Dato", "22.01.2020")], sign)
    right, rf = _column(310, 590, [("Navn", "Kirsten Sand"), ("Tittel", "Rådmann"), ("Dato", "27.01.2020")], sign)
    lines = [pdf_line(HEAD, 1, 40, 60), pdf_line("Leder av NAV-kontoret", 1, 40, 571),
             pdf_line("Kommunens ledelse", 1, 310, 571)] + left + right
    page = pdf_page(1, lines, [ink(1, (99, 646, 249, 687)), ink(1, (369, 647, 519, 690), seed=9)] if inked else [])
    page.fields = lf + rf
    return pdf_pages(page)


def _signers(doc):
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


def test_each_field_column_over_a_signature_line_is_a_signer() -> None:
    assert _signers(_doc(sign=True)) == [
        ("nav_leader", "handwritten", "Hans Petter Aas", "NAV-leder", "2020-01-22"),
        ("municipality", "handwritten", "Kirsten Sand", "Rådmann", "2020-01-27")]


def _column_signers(doc) -> list[tuple[str | None, str | None]]:
    frags = fragments(doc)
    return [(b.role, b.name) for b in signers_in_field_columns(doc, [], frags)]


def test_fields_without_a_line_to_sign_on_make_no_signer() -> None:
    assert _column_signers(_doc(sign=True)) == [("nav_leader", "Hans Petter Aas"), ("municipality", "Kirsten Sand")]
    assert _column_signers(_doc(sign=False)) == []


def test_a_title_that_is_no_role_makes_no_signer() -> None:
    names = [s[2] for s in _signers(_doc(sign=True, title="Prosjektleder"))]
    assert "Hans Petter Aas" not in names
