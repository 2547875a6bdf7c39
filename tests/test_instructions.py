"""The form's own text (announcement, help text, the county's adviser) is not
the applicant's (issue 12, class 1), on a form built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.instructions import is_instruction, without_instructions
from soknad_extract.layout import Document, Line, Page
from soknad_extract.schemes import get_scheme

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

FORM_TEXT = (
    "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
    "Formålet med tilskuddet er å gjøre de sosiale tjenestene bedre, slik at flere kommer i arbeid og",
    "aktivitet.",
    "Det gis ikke tilskudd til: implementering av ferdig utviklede metoder og søknader som kun beskriver",
    "kapasitetsøkning i tjenesten.",
    "Spørsmål om ordningen? Ring rådgiver Eva Moe hos Statsforvalteren, tlf. 55 57 20 00.",
    "Fyll inn opplysninger om kontoret. Eksempel: «Nav Eksempelby»",
    "Beskriv kort hva dere vil gjøre, hvordan og hvorfor, og hvem som er med. Skriv også hva som er nytt, og ikke bare",
    "mer av det samme som før.",
)
ANSWERS = (
    ("Søkjar", "Nav Solund"),
    ("Kontaktperson", "Ragnhild Hope"),
    ("E-post", "ragnhild.hope@nav.no"),
    ("Namn på tiltaket", "Heile bygda i arbeid"),
)
PROSE = "Vi vil prøve ut ein ny modell der rettleiaren er med ut til arbeidsgjevarar i heile kommunen, og ikkje berre på kontoret."


def form() -> Document:
    lines = [Line(text, 1) for text in FORM_TEXT]
    for row, (label, value) in enumerate(ANSWERS):
        lines += [Line(label, 1, table_cell=(0, row, 0)), Line(value, 1, table_cell=(0, row, 1))]
    lines.append(Line(PROSE, 1))
    return Document("form.docx", "docx", [Page(1, lines=lines)])


def test_announcement_and_help_lines_and_their_wrapped_ends_are_dropped():
    kept = [line.text for line in without_instructions(form()).lines()]
    assert kept[0] == FORM_TEXT[0]
    assert not any("Formålet" in t or "aktivitet." == t or "kapasitetsøkning" in t or "Eva Moe" in t
                   or "Fyll inn" in t for t in kept)
    assert PROSE in kept and "Nav Solund" in kept


def test_answers_are_not_instructions():
    assert not is_instruction("Formålet med tiltaket er å få flere i arbeid.")
    assert not is_instruction("Vi vil for eksempel prøve ut arbeidstrening.")
    assert is_instruction("Kryss av for prioritert område (ett eller flere).")
    assert is_instruction("Det vert ikkje gitt tilskot til drift.")


def test_a_nynorsk_form_with_bokmal_announcement_text_is_nynorsk_and_has_no_exclusion():
    extraction = extract(form(), SCHEME)
    assert extraction.language == "nn"
    assert extraction.exclusions == []
    assert extraction.draft.values.get("contact.name") == "Ragnhild Hope"


def test_a_form_without_instructions_is_left_as_it_is():
    document = Document("x.docx", "docx", [Page(1, lines=[Line(PROSE, 1)])])
    assert without_instructions(document) is document


def _contact(lines: list[Line]):
    extraction = extract(Document("f.docx", "docx", [Page(1, lines=lines)]), SCHEME)
    return {k: v for k, v in extraction.draft.values.items() if k.startswith("contact.")}


def test_the_countys_adviser_in_a_form_table_is_not_the_contact():
    lines = [Line("Kontaktperson hos Statsforvalteren", 1, table_cell=(0, 0, 0)),
             Line("Vibeke Lunde, tlf. 32 26 60 00", 1, table_cell=(0, 0, 1)),
             Line("Kontaktperson", 1, table_cell=(1, 0, 0)), Line("Åse Rud", 1, table_cell=(1, 0, 1)),
             Line("E-post", 1, table_cell=(1, 1, 0)), Line("ase.rud@nav.no", 1, table_cell=(1, 1, 1))]
    assert _contact(lines) == {"contact.name": "Åse Rud", "contact.email": "ase.rud@nav.no"}


def test_the_countys_adviser_in_prose_is_not_the_contact():
    lines = [Line("Ta kontakt med rådgiver Vibeke Lunde hos Statsforvalteren, tlf. 32 26 60 00, ved spørsmål.", 1),
             Line("Vi søker om tilskudd til en stilling.", 1)]
    assert _contact(lines) == {}
    office = [Line("Spørsmål om søknaden kan rettes til Åse Rud, tlf. 41 22 33 44.", 1)]
    assert _contact(office) == {"contact.name": "Åse Rud", "contact.phone": "41223344"}
