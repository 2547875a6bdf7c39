"""Signers the fifteenth held-out corpus showed missed, each class on documents built here:

- a unit leader's title with the Nav office after it ("Virksomheitsleiar, Nav
  Ålesund") is the Nav leader's; the title alone is any municipal unit's leader;
- an electronic-approval sentence after another sentence on its line
  ("Søknaden er forankret i kommuneledelsen. Dokumentet er elektronisk
  godkjent av …"), as an e-mail body wraps it, lists all its approvers;
- a fillable form's text field labelled for a role's signature and filled
  with a name and a date is that role's typed signature.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import FormField
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages, word_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


# --- 1. a unit leader's title followed by the Nav office ----------------------------------------

def _letter(closing: str, titles: list[str]) -> list[tuple]:
    doc = word_doc(HEAD, "Hamar, 22. januar 2020", "Vi søker om midlar til ei stilling.", closing,
                   tables=[[["Marit Gjerde", "Øystein Rise"], titles]])
    return _signers(doc)


def test_nynorsk_unit_leader_of_the_nav_office_is_the_nav_leader() -> None:
    assert _letter("Med helsing", ["Virksomheitsleiar, Nav Ålesund", "Kommunedirektør, Ålesund kommune"]) == [
        ("nav_leader", "typed", "Marit Gjerde", "Virksomheitsleiar", "2020-01-22"),
        ("municipality", "typed", "Øystein Rise", "Kommunedirektør", "2020-01-22"),
    ]


def test_bokmaal_unit_leader_of_the_nav_office_is_the_nav_leader() -> None:
    found = _letter("Med vennlig hilsen", ["Virksomhetsleder NAV Hamar", "Rådmann"])
    assert [(r, n, t) for r, _k, n, t, _d in found] == [("nav_leader", "Marit Gjerde", "Virksomhetsleder"),
                                                        ("municipality", "Øystein Rise", "Rådmann")]


def test_a_unit_leader_without_the_nav_office_is_neither_role() -> None:
    """"Virksomhetsleder" alone leads some municipal unit: not the Nav leader
    and not the municipal leadership (rådmann, kommunedirektør, kommunalsjef)."""
    found = _letter("Med vennlig hilsen", ["Virksomhetsleder, helse og omsorg", "Kommunedirektør"])
    assert [(r, n) for r, _k, n, _t, _d in found] == [("municipality", "Øystein Rise")]


# --- 2. the approval sentence after another sentence on its line ---------------------------------

def _mail_body(*lines: str):
    top = 380.0
    return pdf_pages(pdf_page(1, [pdf_line(HEAD, 1, 50, 60)]
                              + [pdf_line(text, 1, 50, top + 13.0 * i) for i, text in enumerate(lines)]))


def test_approval_sentence_wrapped_after_another_sentence_lists_both_approvers() -> None:
    doc = _mail_body("Søknaden er forankret i kommuneledelsen. Dokumentet er elektronisk godkjent av Nav-leder Lise",
                     "Hovland og kommunedirektør Jon Arild Haug 31.01.2020.")
    assert _signers(doc) == [
        ("nav_leader", "electronic_approval", "Lise Hovland", "Nav-leder", "2020-01-31"),
        ("municipality", "electronic_approval", "Jon Arild Haug", "Kommunedirektør", "2020-01-31"),
    ]


def test_approval_sentence_after_another_sentence_in_one_paragraph() -> None:
    doc = word_doc(HEAD, "Søknaden er drøftet med kommunen. Dokumentet er elektronisk godkjent av Nav-leder "
                         "Lise Hovland og rådmann Jon Arild Haug 31.01.2020.")
    assert [(r, n) for r, _k, n, _t, _d in _signers(doc)] == [("nav_leader", "Lise Hovland"),
                                                              ("municipality", "Jon Arild Haug")]


def test_a_later_sentence_or_an_approval_not_yet_done_lists_no_one() -> None:
    done_then_plan = ("Søknaden er elektronisk godkjent. Planen er godkjent av Nav-leder Lise Hovland og "
                      "rådmann Jon Arild Haug 31.01.2020.")
    not_yet = ("Søknaden er forankret. Dokumentet vil bli elektronisk godkjent av Nav-leder Lise Hovland og "
               "rådmann Jon Arild Haug 31.01.2020.")
    assert _signers(word_doc(HEAD, done_then_plan)) == []
    assert _signers(word_doc(HEAD, not_yet)) == []


# --- 3. a form's signature text fields filled with a name -------------------------------------

def _form(signing: list[tuple[str, str]], applicant: tuple[str, str] | None = None):
    """A one-page fillable form: each (label, value) a text field whose label
    stands over it, side by side at the foot of the page; ``applicant`` a
    label/answer field pair in the applicant section at the top."""
    lines, fields = [pdf_line(HEAD, 1, 45, 40)], []
    if applicant is not None:
        lines += [pdf_line(applicant[0], 1, 45, 78), pdf_line(applicant[1], 1, 202, 76)]
        fields.append(FormField(kind="text", method="acroform", page=1, name="txtLeder", label=applicant[0],
                                value=applicant[1], bbox=(200.0, 72.0, 540.0, 90.0)))
    lines.append(pdf_line("Stillingsprosent", 1, 45, 120))
    for i, (label, value) in enumerate(signing):
        x = 45.0 + 265.0 * i
        lines += [pdf_line(label, 1, x, 537), pdf_line(value, 1, x + 2, 554)]
        fields.append(FormField(kind="text", method="acroform", page=1, name=f"txtSign{i}", label=label,
                                value=value, bbox=(x, 550.0, x + 230.0, 568.0)))
    page = pdf_page(1, lines)
    page.fields = fields
    return pdf_pages(page)


def test_names_and_dates_typed_into_role_labelled_fields_are_typed_signatures() -> None:
    doc = _form([("Nav-leder (navn, dato)", "Tor Egil Haugen 23.01.2020"),
                 ("Rådmann (navn, dato)", "Ellen Sofie Dahl 24.01.2020")])
    assert _signers(doc) == [("nav_leader", "typed", "Tor Egil Haugen", "Nav-leder", "2020-01-23"),
                             ("municipality", "typed", "Ellen Sofie Dahl", "Rådmann", "2020-01-24")]


def test_a_name_alone_counts_only_under_a_label_that_speaks_of_signing() -> None:
    signed = _form([("Underskrift Nav-leder", "Tor Egil Haugen"), ("Underskrift rådmann", "Ellen Sofie Dahl")])
    assert [(r, k, n) for r, k, n, _t, _d in _signers(signed)] == [("nav_leader", "typed", "Tor Egil Haugen"),
                                                                  ("municipality", "typed", "Ellen Sofie Dahl")]
    answered = _form([("Nav-leder", "Tor Egil Haugen"), ("Rådmann", "Ellen Sofie Dahl")])
    assert _signers(answered) == []


def test_the_applicant_sections_leader_field_is_no_signature() -> None:
    doc = _form([("Nav-leder (navn, dato)", "23.01.2020"), ("Rådmann (navn, dato)", "Rådhuset")],
                applicant=("Leder av Nav-kontoret", "Kari Moe"))
    assert _signers(doc) == []


def test_the_same_page_without_fields_is_unchanged() -> None:
    """Printed text with no form fields behind it gains nothing from this rule."""
    doc = _form([("Nav-leder (navn, dato)", "Tor Egil Haugen 23.01.2020")])
    doc.pages[0].fields = []
    assert _signers(doc) == []
