"""The form's examples and unfilled templates are never the office's answer,
in any extractor: a hint after "f.eks."/"t.d." or in the bracket it opens,
a column or a section headed as the example or guidance, a template's
bracket or Word placeholder left standing. The office's own prose keeps
its answers around a "f.eks." of its own. Documents built here, in other
wordings than the held-out corpus."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.example_text import without_examples
from soknad_extract.extract.form_text import form_text
from soknad_extract.layout import Document, Line, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020"


def _values(*paragraphs: str, tables: list[list[list[str]]] = ()) -> dict:
    return extract(word_doc(_HEAD, *paragraphs, tables=tables), S2020).draft.values


def _left(text: str) -> str:
    return without_examples(text, form_text(S2020).examples.spans(text))


def test_an_example_in_the_labels_bracket_gives_way_to_the_answer() -> None:
    values = _values("Nav-kontor: Nav Hamar", "Stillingsstørrelse (for eksempel 40 %): 80 %",
                     "Lønnskostnader (f. eks. kr 250 000): kr 480 000",
                     "E-post (eks. per.hansen@nav.no): anne.lie@nav.no")
    assert values["positions_percent_total"] == 80.0
    assert values["amounts.positions"] == 480000
    assert values.get("contact.email") == "anne.lie@nav.no"


def test_a_nynorsk_hint_beside_the_answer_is_no_percent() -> None:
    values = _values("Nav-kontor: Nav Voss", "Stillingsressurs (t.d. 30 % stilling): Ei full stilling")
    assert values.get("positions_percent_total") != 30.0


def test_a_limit_in_the_labels_bracket_is_no_amount() -> None:
    assert _left("Kompetansemidler (maksimalt kr 10 000): kr 7 500") == "Kompetansemidler: kr 7 500"


def test_a_templates_bracket_left_unfilled_is_no_contact() -> None:
    values = _values("Nav Hamar søker om tilskudd til prosjektet «Arbeid nå».",
                     "Kontaktperson: [Skriv navn og e-post, t.d. Per Hansen, per.hansen@nav.no]")
    assert values.get("contact.name") is None
    assert values.get("contact.email") is None


def test_a_word_placeholder_wrapped_in_its_cell_is_no_title() -> None:
    page = Page(number=1, lines=[
        Line(text=_HEAD, page=1),
        Line(text="Prosjektets tittel", page=1, table_cell=(0, 0, 0)),
        Line(text="Skriv prosjektnavnet her (eks. «Arbeid", page=1, table_cell=(0, 0, 1)),
        Line(text="først»)", page=1, table_cell=(0, 0, 1)),
        Line(text="Oppstart", page=1, table_cell=(0, 1, 0)),
        Line(text="01.05.2020", page=1, table_cell=(0, 1, 1)),
    ])
    from soknad_extract.layout import Cell, Table
    page.tables = [Table(page=1, rows=[[Cell("Prosjektets tittel"), Cell("Skriv prosjektnavnet her (eks. «Arbeid\nførst»)")],
                                       [Cell("Oppstart"), Cell("01.05.2020")]])]
    values = extract(Document(path="x.docx", format="docx", pages=[page]), S2020).draft.values
    assert values.get("project.title") is None


def test_a_column_headed_as_guidance_is_the_forms() -> None:
    rows = [["Felt", "Veiledning", "Kontorets svar"],
            ["Nav-kontor", "Nav Eksempelby", "Nav Gjøvik"],
            ["Kontaktperson", "Kari Nordmann", "Trude Lien"],
            ["Stillingsprosent", "40 %", ""]]
    values = _values(tables=[rows])
    assert values["office.name"] == "Nav Gjøvik"
    assert values.get("contact.name") == "Trude Lien"
    assert values.get("positions_percent_total") is None


def test_a_table_without_such_a_heading_keeps_every_column() -> None:
    rows = [["Stilling", "Prosent", "Lønn"], ["Jobbspesialist", "60 %", "360 000"]]
    assert _values("Nav-kontor: Nav Gjøvik", tables=[rows])["positions_percent_total"] == 60.0


def test_the_offices_own_f_eks_keeps_its_sentence() -> None:
    assert _left("Vi bruker flere tiltak, f.eks. jobbklubb, og søker om 100 % stilling.") \
        == "Vi bruker flere tiltak, og søker om 100 % stilling."
    values = _values("Nav-kontor: Nav Gjøvik",
                     "Vi bruker flere tiltak, f.eks. jobbklubb, og søker om en 100 % stilling som jobbspesialist.")
    assert values["positions_percent_total"] == 100.0


def test_eks_before_vat_or_social_costs_is_excluding_no_example() -> None:
    assert _left("Lønn kr 450 000 eks. sosiale kostnader") == "Lønn kr 450 000 eks. sosiale kostnader"
    assert _left("Utstyr kr 20 000 (eks. mva)") == "Utstyr kr 20 000 (eks. mva)"


def test_a_hint_line_under_the_field_opening_with_a_marker_is_gone() -> None:
    assert _left("f.eks. «Ung i jobb», kort og dekkende") == ""
    assert _left("Eksempel på signatur: Nav-leder Per Hansen, 10.01.2020") == ""


def _bold(text: str) -> Line:
    return Line(text=text, page=1, style="bold")


def test_the_countys_filled_example_is_no_application() -> None:
    lines = [Line(text="Statsforvalteren i Innlandet", page=1, style="heading"),
             Line(text="Her viser vi hvordan skjemaet fylles ut. Eksemplet er oppdiktet.", page=1),
             _bold("Eksempel på utfylt søknad"),
             Line(text="Nav-kontor: Nav Eksempelby", page=1), Line(text="Kommune: Eksempelby", page=1),
             Line(text="Organisasjonsnummer: 123 456 789", page=1),
             Line(text="Kontaktperson: Kari Nordmann", page=1), Line(text="Prosjektnavn: Sammen om arbeid", page=1),
             Line(text="Stillingsprosent: 50 %", page=1), Line(text="Omsøkt beløp: 305 000 kr", page=1),
             _bold("Frister"), Line(text="Fristen er 1. februar 2020.", page=1)]
    doc = Document(path="x.pdf", format="pdf", pages=[Page(number=1, lines=lines)])
    assert not extract(doc, S2020).verdict.application


def test_an_application_under_its_guidance_box_stays_one() -> None:
    lines = [_bold(_HEAD), Line(text="Nav-kontor: Nav Gjøvik", page=1), Line(text="Kommune: Gjøvik", page=1),
             Line(text="Kontaktperson: Trude Lien", page=1), Line(text="Prosjektnavn: Veien videre", page=1),
             Line(text="Stillingsprosent: 100 %", page=1), Line(text="Omsøkt beløp: 610 000 kr", page=1),
             _bold("Utfyllingshjelp"), Line(text="Stillingsprosent: oppgi f.eks. «50 %».", page=1)]
    extraction = extract(Document(path="x.pdf", format="pdf", pages=[Page(number=1, lines=lines)]), S2020)
    assert extraction.verdict.application
    assert extraction.draft.values["positions_percent_total"] == 100.0


def test_a_section_headed_by_the_offices_guidance_activity_keeps_its_answers() -> None:
    """'Veiledning' / 'Rettleiing' is also the office's own activity; a
    section headed by it is the office's, only the form's guidance wording is not."""
    for heading in ("Veiledning og oppfølging", "Rettleiing", "Veiledning av deltakerne"):
        lines = [_bold(_HEAD), Line(text="Nav-kontor: Nav Gjøvik", page=1), Line(text="Kommune: Gjøvik", page=1),
                 _bold(heading), Line(text="Vi søker om en 100 % stilling som jobbspesialist.", page=1),
                 Line(text="Omsøkt beløp: 610 000 kr", page=1)]
        values = extract(Document(path="x.pdf", format="pdf", pages=[Page(number=1, lines=lines)]), S2020).draft.values
        assert values["positions_percent_total"] == 100.0, heading
        assert values["amounts.total"] == 610000, heading


def test_a_heading_of_the_forms_own_guidance_still_closes_it_off() -> None:
    lines = [_bold(_HEAD), Line(text="Nav-kontor: Nav Gjøvik", page=1), Line(text="Stillingsprosent: 100 %", page=1),
             _bold("Veiledning til utfylling av skjemaet"), Line(text="Stillingsprosent: 50 %", page=1)]
    values = extract(Document(path="x.pdf", format="pdf", pages=[Page(number=1, lines=lines)]), S2020).draft.values
    assert values["positions_percent_total"] == 100.0


def test_a_two_column_form_whose_first_answer_is_guidance_keeps_its_answers() -> None:
    """A label and answer table has no column to spare for guidance: a first
    row answered "Veiledning" (the service to develop) is the office's answer."""
    rows = [["Tjeneste som skal utvikles", "Veiledning"], ["Nav-kontor", "Nav Gjøvik"],
            ["Kontaktperson", "Trude Lien"], ["Stillingsprosent", "50 %"], ["Omsøkt beløp", "kr 305 000"]]
    values = _values(tables=[rows])
    assert values["office.name"] == "Nav Gjøvik"
    assert values.get("contact.name") == "Trude Lien"
    assert values["positions_percent_total"] == 50.0


def test_an_example_in_the_labels_clause_ends_at_its_colon() -> None:
    """The office's label may carry its own example before the colon; the
    answer after the colon is the office's."""
    assert _left("Stillingsprosent, f.eks. 50 %: 80 %") == "Stillingsprosent: 80 %"
    assert _left("Kompetanseheving, t.d. kurs og seminar: kr 10 000") == "Kompetanseheving: kr 10 000"
    values = _values("Nav-kontor: Nav Gjøvik", "Stillingsprosent, f.eks. 50 %: 80 %",
                     "Lønn jobbspesialist: kr 480 000")
    assert values["positions_percent_total"] == 80.0
