"""The form's own text (the announcement it repeats, its help text, its
printed list of priority areas) is not the applicant's: documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")

FORM_HEAD = (
    "Prioriterte områder: Bruk av ordinært arbeidsliv. Oppfølging av barnefamilier, ungdom og innvandrere. "
    "Sikring av sårbare overganger.",
    "Det gis ikke tilskudd til: implementering av ferdig utviklede metoder, drift av ordinære tjenester, "
    "søknader som kun",
    "beskriver kapasitetsøkning.",
    "Beskriv kort hva som skal utvikles. Eksempel: «Vi vil implementere IPS som metode.»",
)


def test_the_forms_list_of_exclusions_and_its_examples_raise_nothing():
    doc = word_doc(*FORM_HEAD, "Vi vil prøve ut en ny arbeidsmåte der veilederen følger unge ut til arbeidsgivere.")
    assert extract(doc, S2020).exclusions == []


def test_the_applicants_own_words_still_raise_an_exclusion():
    doc = word_doc(*FORM_HEAD, "Prosjektet skal gi økt kapasitet og flere saksbehandlere på sosialtjenesten.")
    assert {hit.code for hit in extract(doc, S2020).exclusions} == {"EXCLUDED_CAPACITY_ONLY"}


def test_a_fact_stated_in_the_announcements_words_is_the_applicants():
    doc = word_doc("Kommunen mottar programfinansiering gjennom 0–24-samarbeidet for samme målgruppe.")
    assert {hit.code for hit in extract(doc, S2020).exclusions} == {"EXCLUDED_0_24_PROGRAM"}


def test_the_announcements_list_of_areas_is_no_area():
    doc = word_doc(*FORM_HEAD, "Målet er å gi sosialhjelpsmottakere en fast kontaktperson.")
    assert extract(doc, S2020).draft.values["priority_areas"] == []


def test_marks_beside_a_printed_list_of_areas_choose_them():
    doc = word_doc("Prosjektet følger opp unge voksne ut i ordinære jobber, også etter soning.",
                   tables=[[["Bruk av ordinært arbeidsliv", "X"],
                            ["Oppfølging av barnefamilier, ungdom og innvandrere", ""],
                            ["Sikring av sårbare overganger", "Ja"]]])
    assert extract(doc, S2020).draft.values["priority_areas"] == ["ordinaert-arbeidsliv", "saarbare-overganger"]


def test_a_printed_list_without_marks_leaves_the_description_to_decide():
    doc = word_doc("Beskrivelse: Tiltaket skal hjelpe barnefamilier med langvarig sosialhjelp.",
                   "Prioriterte områder",
                   "Bruk av ordinært arbeidsliv",
                   "Oppfølging av barnefamilier, ungdom og innvandrere",
                   "Sikring av sårbare overganger")
    assert extract(doc, S2020).draft.values["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


def test_an_applicant_naming_areas_in_a_sentence_chooses_them():
    doc = word_doc("Prioriterte områder: Tiltaket gjelder bruk av ordinært arbeidsliv og sikring av sårbare overganger.")
    assert extract(doc, S2020).draft.values["priority_areas"] == ["ordinaert-arbeidsliv", "saarbare-overganger"]


def test_an_area_named_by_its_label_outweighs_topical_phrases():
    doc = word_doc("Prosjekt: Ut av fengsel og inn i arbeid hos lokale bedrifter",
                   "Tiltaket gjelder sikring av sårbare overganger for unge etter løslatelse.")
    assert extract(doc, S2020).draft.values["priority_areas"] == ["saarbare-overganger"]


def test_job_titles_in_budget_rows_argue_no_area():
    doc = word_doc("Budsjett: jobbspesialist 100 % stilling.",
                   "Målgruppen er barnefamilier med lav inntekt, mange med innvandrerbakgrunn.")
    assert extract(doc, S2020).draft.values["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


def test_a_budget_table_row_with_its_amount_in_another_cell_argues_no_area():
    """"Arbeidsgiveravgift" in a cost post is a tax, not an employer the
    project works with, though its amount stands in the next cell."""
    doc = word_doc("Vi vil gi fast økonomisk rådgivning til alle som søker nødhjelp.",
                   tables=[[["Budsjettpost", "Kroner"], ["Lønn rådgiver", "470 000"],
                            ["Sosiale utgifter (arbeidsgiveravgift, pensjon)", "140 000"]]])
    assert not extract(doc, S2020).draft.values.get("priority_areas")


def test_a_single_topical_phrase_still_counts_when_nothing_argues_more():
    doc = word_doc("Målgruppen er barnefamilier med langvarig sosialhjelp.")
    assert extract(doc, S2020).draft.values["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


def test_the_projects_title_argues_no_area():
    doc = word_doc("Prosjektnavn: Ny start etter soning",
                   "Nav Eksempelby søker om midler til prosjektet «Ny start etter soning».",
                   "Målgruppen er barnefamilier med langvarig sosialhjelp.")
    assert extract(doc, S2020).draft.values["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


S2018 = get_scheme("nav-sosiale-tjenester-2018")


def test_a_guidance_paragraph_naming_every_area_chooses_none():
    doc = word_doc("Veiledning: Ordningen skal styrke de sosiale tjenestene. Prioriterte områder i 2020 er bruk av "
                   "ordinært arbeidsliv, oppfølging av barnefamilier, ungdom og innvandrere og sikring av sårbare "
                   "overganger. Frist 1. februar.",
                   "Beskrivelse: Tiltaket skal hjelpe barnefamilier med langvarig sosialhjelp.")
    assert extract(doc, S2020).draft.values["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


def test_a_nynorsk_guidance_paragraph_is_the_forms():
    doc = word_doc("Rettleiing: Prioriterte område i 2020: bruk av ordinært arbeidsliv, oppfølging av "
                   "barnefamiliar, ungdom og innvandrarar, og sikring av sårbare overgangar.",
                   "Skildring: Vi vil hjelpe langtidsmottakarar av sosialhjelp ut i ordinært arbeid hjå lokale bedrifter.")
    assert extract(doc, S2020).draft.values["priority_areas"] == ["ordinaert-arbeidsliv"]


def test_the_2018_announcements_list_wrapped_over_lines_is_no_area():
    doc = word_doc("Søknader som i størst mulig grad ivaretar disse punktene, prioriteres: ordinært arbeidsliv;",
                   "oppfølging av ungdom og innvandrere; tiltak begrunnet i funn fra tilsyn; barneperspektivet;",
                   "overganger mellom tjenester, skole og arbeid.",
                   "Om prosjektet: Barn i familier med sosialhjelp skal få en egen kontakt, så barneperspektivet "
                   "ivaretas i hver sak.")
    assert extract(doc, S2018).draft.values["priority_areas"] == ["barneperspektivet"]


def test_help_text_wrapped_onto_the_next_line_is_the_forms():
    doc = word_doc("Hjelpetekst: Skriv hvilke områder tiltaket treffer. Eksempel: «Vi skal sikre overgangen fra",
                   "videregående skole til arbeid for unge som mottar sosialhjelp.»",
                   "Om tiltaket: Veilederen kartlegger barnas situasjon i hver familie med langvarig sosialhjelp.")
    assert extract(doc, S2018).draft.values["priority_areas"] == ["barneperspektivet"]
