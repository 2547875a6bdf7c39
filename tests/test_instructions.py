"""The form's own text (announcement, help text, the county's adviser) is not
the applicant's (issue 12, class 1), on a form built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.form_text import form_text, without_form_text
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
    kept = [line.text for line in without_form_text(form(), SCHEME).lines()]
    assert kept[0] == FORM_TEXT[0]
    assert not any("Formålet" in t or "aktivitet." == t or "kapasitetsøkning" in t or "Eva Moe" in t
                   or "Fyll inn" in t for t in kept)
    assert PROSE in kept and "Nav Solund" in kept


def is_instruction(line: str) -> bool:
    """The whole line is the form's own: it is dropped from the document."""
    return not without_form_text(Document("x.docx", "docx", [Page(1, lines=[Line(line, 1)])]), SCHEME).lines()


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
    assert without_form_text(document, SCHEME) is document


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


def test_a_line_that_repeats_the_announcement_is_dropped_like_an_instruction():
    """One matcher for both views: the scheme's announcement sentences drop a
    line from the document as the vocabulary's openers do."""
    assert is_instruction("søknader som kun beskriver kapasitetsøkning i tjenesten")
    assert not is_instruction("Vi søker om en stilling som skal øke kapasiteten i tjenesten.")


def test_help_text_inside_an_answer_is_blanked_but_the_answer_stays():
    line = "Beskrivelse av tiltaket. Eksempel: «Vi vil implementere IPS som metode.»"
    spans = form_text(SCHEME).spans(line)
    assert spans == [(line.index("Eksempel"), len(line))]
    assert not is_instruction(line)


def test_a_new_line_opener_needs_no_code(tmp_path, monkeypatch):
    import shutil

    from soknad_extract.vocabulary import VOCABULARY_ENV
    from tests.test_vocabulary import SHIPPED

    folder = tmp_path / "vocabulary"
    shutil.copytree(SHIPPED, folder)
    path = folder / "form_text.toml"
    source = path.read_text(encoding="utf-8")
    path.write_text(source.replace("[line_openers]\nnb = [\n", '[line_openers]\nnb = [\n    "noter her",\n'), encoding="utf-8")
    assert not is_instruction("Noter her hva dere vil gjøre")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert is_instruction("Noter her hva dere vil gjøre")
