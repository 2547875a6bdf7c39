"""Packages of documents in one file (adversarial17 class): two applications
behind one cover letter, on layout documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.parts import find_parts, kept_parts
from soknad_extract.layout import Line, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

SCHEME = get_scheme("nav-sosiale-tjenester-2020")


def form(number: int, project: str, contact: str, percent: int, lines: tuple[str, ...]) -> object:
    return page(number, f"Søknad {number - 1} av 2",
                "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                "Nav-kontor", "Nav Fjellby", "Kommune", "Fjellby", "Organisasjonsnummer", "974760673",
                "Kontaktperson", contact, "Prosjektets tittel", project, "Stillingsandel", f"{percent} %",
                *lines, heading=1)


def two_applications():
    return doc(
        page(1, "Følgebrev – to søknader fra Nav Fjellby", "Samlet søker kontoret om 925 000 kroner.",
             "Med vennlig hilsen", "Kari Li"),
        form(2, "Arbeid først", "Siri Dal", 100, ("Stilling 100 %: 610 000", "Sum det søkes om: 610 000 kr")),
        form(3, "Bolig nå", "Per Holm", 50, ("Stilling 50 %: 305 000", "Kompetanse: 10 000",
                                              "Sum det søkes om: 315 000 kr")),
    )


def test_a_second_application_form_ends_the_first():
    parts = find_parts(two_applications())
    kept = kept_parts(parts)
    assert kept and all(part.start[0] == 1 for part in kept)


def test_the_record_holds_the_first_application_only():
    values = extract(two_applications(), SCHEME).draft.values
    assert values.get("project.title") == "Arbeid først"
    assert values.get("contact.name") == "Siri Dal"
    assert values.get("amounts.total") == 610000
    assert values.get("amounts.competence") is None


def test_a_running_head_on_every_page_of_one_application_is_no_second_form():
    head = ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
            "Nav-kontor", "Nav Fjellby", "Kommune", "Fjellby", "Organisasjonsnummer", "974760673")
    one = doc(page(1, *head, "Prosjektets tittel", "Arbeid først", heading=0),
              page(2, *head, "Budsjett", "Stilling 100 %: 610 000", heading=0),
              page(3, *head, "Sum det søkes om: 610 000 kr", "Underskrift", heading=0))
    parts = find_parts(one)
    assert len(kept_parts(parts)) == len(parts)


def scanned_page(number: int, *texts: str):
    lines = [Line(text, number, bbox=(72, 72 + 20 * i, 400, 84 + 20 * i), ocr=True, confidence=0.8)
             for i, text in enumerate(texts)]
    return Page(number, 595, 842, lines=lines)


def test_a_scanned_attachment_heading_behind_a_speck_read_as_a_letter_opens_its_part():
    scan = doc(scanned_page(1, "Søknad om tilskudd – sosiale tjenester i Nav 2020", "Søker", "Nav Fjellby",
                            "Søkt beløp: lønn kr 488 000, kompetanse kr 8 000, totalt kr 496 000."),
               scanned_page(2, "Å Vedlegg - budsjett for hele prosjektperioden", "År Søkt tilskudd Egenandel Sum",
                            "2020 496000. 165 000 661 000", "2021 510000 170000 680 000"))
    parts = find_parts(scan)
    assert [(p.start, p.kind, p.prefixed) for p in parts][-1] == ((1, 0), "budget_sheet", True)
    values = extract(scan, SCHEME).draft.values
    assert values.get("amounts.total") == 496_000
    assert values.get("amounts.other") is None


def test_a_one_letter_word_opens_no_heading_on_a_printed_line_nor_before_a_sentence():
    printed = doc(page(1, "Søknad om tilskudd – sosiale tjenester i Nav 2020", "Søker: Nav Fjellby", heading=0),
                  page(2, "Å Vedlegg - budsjett for hele prosjektperioden", "2020 496 000", heading=0))
    assert len(find_parts(printed)) == 1
    scan = doc(scanned_page(1, "Søknad om tilskudd – sosiale tjenester i Nav 2020", "Søker: Nav Fjellby"),
               scanned_page(2, "Å søke om tilskudd er frivillig", "Mer tekst"))
    assert len(find_parts(scan)) == 1


def test_a_dash_or_bullet_before_an_attachment_name_opens_no_part_on_a_scan():
    """A list of attachments continued at the top of a scanned page ("- CV")
    names what follows the application; the rest of the page is still the
    application (reviewer's case: its amount and contact were lost)."""
    scan = doc(scanned_page(1, "Søknad om tilskudd – sosiale tjenester i Nav 2020", "Søker: Nav Fjellby",
                            "Vedlegg som følger søknaden:", "- Prosjektplan"),
               scanned_page(2, "- CV", "• Stillingsbeskrivelse", "Søknadsbeløp: kr 600 000",
                            "Kontaktperson: Kari Nordmann"))
    assert len(find_parts(scan)) == 1
    values = extract(scan, SCHEME).draft.values
    assert values.get("amounts.total") == 600_000


def _same_form(number: int, *signing: str, ocr: bool = False) -> Page:
    texts = ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
             "Nav-kontor", "Nav Fjellby", "Kommune", "Fjellby", "Organisasjonsnummer", "974760673",
             "Kontaktperson", "Siri Dal", "Prosjektets tittel", "Arbeid først", "Stillingsandel", "100 %",
             "Sum det søkes om: 610 000 kr", *signing)
    built = page(number, *texts, heading=0)
    if ocr:
        built.ocr = True
        for line in built.lines:
            line.ocr = True
    return built


def test_the_same_form_again_signed_is_a_copy_not_a_second_application():
    """"The application, and the signed version": the second copy's
    signatures are the application's (reviewer's case: both were lost)."""
    copies = doc(_same_form(1, "Underskrift Nav-leder", "Underskrift kommunedirektør"),
                 _same_form(2, "Underskrift Nav-leder", "Kari Li", "Underskrift kommunedirektør", "Ola Hansen"))
    parts = find_parts(copies)
    assert len(kept_parts(parts)) == len(parts)


def test_a_scan_of_the_signed_form_behind_the_typed_one_is_a_copy():
    typed_then_scanned = doc(_same_form(1), _same_form(2, "Prosjektleder Siri Dal", "Kari Li", ocr=True))
    parts = find_parts(typed_then_scanned)
    assert len(kept_parts(parts)) == len(parts)
