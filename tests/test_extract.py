"""Field extractors on layout documents built by hand: the extractors must
work from the layout model alone, whatever reader produced it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.document import detect_language, is_application
from soknad_extract.extract.labels import classify_label
from soknad_extract.layout import Document, FormField
from soknad_extract.schemes import get_scheme
from soknad_extract.vocabulary import VOCABULARY_ENV
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc: Document, scheme=S2020) -> dict:
    return extract(doc, scheme).draft.values


@pytest.mark.parametrize("label, key", [
    ("Navn på NAV-kontor", "office"), ("Søkar (Nav-kontor)", "office"), ("Nav-kontor:", "office"),
    ("Søker", "office"), ("Namn på Nav-kontoret", "office"),
    ("Org.nr.", "org_number"), ("Organisasjonsnummer", "org_number"), ("Org. nr:", "org_number"),
    ("Kontaktpersonens e-post", "email"), ("E-postadresse", "email"), ("Tlf.", "phone"),
    ("Kontaktperson", "contact_name"), ("Ansvarleg kontaktperson", "contact_name"),
    ("Prosjektets navn", "title"), ("Tiltakets navn", "title"), ("Prosjektnamn", "title"),
    ("Namn på tiltaket", "title"), ("Namnet på prosjektet", "title"), ("Stillingsdel", "percent"), ("Hva skal prosjektet hete?", "title"), ("Kva skal prosjektet heite?", "title"), ("Tittelen på tiltaket", "title"), ("Prosjekttittel", "title"),
    ("Planlagt oppstart", "start_date"), ("Oppstartsdato", "start_date"), ("Tiltaksperiode", "start_date"),
    ("Stillingsprosent", "percent"), ("Omfang (stillingsprosent)", "percent"), ("Antall årsverk", "percent"),
    ("Søknadsbeløp", "total"), ("Sum omsøkt", "total"), ("Samla søknadssum", "total"),
    ("Totalt omsøkt beløp", "total"), ("Kommunal medfinansiering", "own_funding"), ("Egenandel", "own_funding"),
    ("Kompetansemidler", "competence"), ("Lønn og sosiale utgifter", "positions_amount"),
    ("Kommune", "municipality"), ("Nytt prosjekt eller videreføring", "kind"),
    ("Nytt / videreført", "kind"), ("Nytt/vidareført", "kind"), ("Stillingsande!:", "percent"),
    ("2.1 Prosjektets navn:", "title"), ("a) Kontaktperson *", "contact_name"),
    ("Tiltaket sitt namn", "title"), ("Prosjektet sitt navn:", "title"), ("NAMN PA TILTAKET", "title"),
])
def test_label_vocabulary(label, key):
    assert classify_label(label) == key


@pytest.mark.parametrize("text", [
    "Prosjektet skal styrke samarbeidet mellom Nav-kontoret og skolen i kommunen over tre år.",
    "Kommunedirektør", "Med vennlig hilsen", "",
])
def test_prose_and_signer_titles_are_not_field_labels(text):
    assert classify_label(text) not in {"office", "title", "total", "municipality"}


def test_word_form_two_column_table():
    doc = word_doc(
        "Søknad om tilskudd 2020",
        tables=[[["Nav-kontor", "NAV Lom og Skjåk"], ["Org.nr.", "974 760 673"],
                 ["Tiltakets navn", "«Ung økonomi»"], ["Kontaktperson", "Kari Nordmann, tlf. 61 23 45 67"],
                 ["E-post", "Kari.Nordmann@nav.no"], ["Oppstart", "01.08.20"]]],
    )
    got = values(doc)
    assert got["office.name"] == "Nav Lom og Skjåk"
    assert got["office.org_number"] == "974760673"
    assert got["project.title"] == "Ung økonomi"
    assert got["contact.name"] == "Kari Nordmann"
    assert got["contact.phone"] == "61234567"
    assert got["contact.email"] == "kari.nordmann@nav.no"
    assert got["project.start_date"] == "2020-08-01"


def test_label_above_value_paragraphs():
    doc = word_doc("Namn på Nav-kontoret", "Nav Bømlo", "Prosjektnamn", "Barn har noko viktig å seie!",
                   "Søknadssum", "kr 1.220.000,-")
    got = values(doc)
    assert got["office.name"] == "Nav Bømlo"
    assert got["project.title"] == "Barn har noko viktig å seie!"
    assert got["amounts.total"] == 1_220_000


def test_pdf_row_with_wide_gap_pairs_label_and_value():
    doc = pdf_doc([
        [("Søker (Nav-kontor):", 50), ("NAV Lillehammer-Gausdal", 250)],
        [("Prosjekttittel:", 50), ("UNG ØKONOMI – det lønner seg å få råd", 250)],
        [("Stillingsprosent:", 50), ("100 %", 250)],
        [("Søknadsbeløp:", 50), ("NOK 610'", 250)],
    ])
    got = values(doc)
    assert got["office.name"] == "Nav Lillehammer-Gausdal"
    assert got["project.title"] == "UNG ØKONOMI – det lønner seg å få råd"
    assert got["positions_percent_total"] == 100
    assert got["amounts.total"] == 610_000


def test_budget_table_with_percent_and_own_funding_columns():
    doc = word_doc(tables=[[
        ["Post", "Stillingsprosent", "Søkt beløp", "Egenandel"],
        ["Prosjektkoordinator", "100 %", "610 000", "50 000"],
        ["Miljøarbeider", "50 %", "305 000", ""],
        ["Kompetanse (evaluering)", "", "10 000", ""],
        ["Sum", "", "925 000", "50 000"],
    ]])
    got = values(doc)
    assert got["positions"] == [
        {"title": "Prosjektkoordinator", "percent": 100, "amount": 610_000},
        {"title": "Miljøarbeider", "percent": 50, "amount": 305_000},
    ]
    assert got["positions_percent_total"] == 150
    assert got["amounts.positions"] == 915_000
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 925_000
    assert got["amounts.own_funding"] == 50_000


def test_dotted_budget_lines_in_a_letter():
    doc = word_doc(
        "Budsjett",
        "Lønn prosjektmedarbeider 80 % ........ kr 488 000,-",
        "Reise og kurs ........................ kr 40 000,-",
        "Sum ................................... kr 528 000,-",
    )
    got = values(doc)
    assert got["positions"] == [{"title": "prosjektmedarbeider", "percent": 80, "amount": 488_000}]
    assert got["amounts.other"] == 40_000
    assert got["amounts.total"] == 528_000


def test_prose_letter_in_nynorsk():
    doc = word_doc(
        "Nav Bømlo",
        "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
        "Nav Bømlo søkjer med dette om 1 220 000 kroner til to stillingar i prosjektet "
        "«Barn har noko viktig å seie!». Prosjektet startar 1. august 2020.",
        "Me vil følgje opp familiar med barn og sikre gode overgangar frå skule til arbeid.",
        "Kontaktperson er Ingrid Vik, tlf. 412 34 567, e-post ingrid.vik@nav.no.",
    )
    extraction = extract(doc, S2020)
    got = extraction.draft.values
    assert got["office.name"] == "Nav Bømlo"
    assert got["project.title"] == "Barn har noko viktig å seie!"
    assert got["amounts.total"] == 1_220_000
    assert got["positions_percent_total"] == 200
    assert got["project.start_date"] == "2020-08-01"
    assert got["contact.name"] == "Ingrid Vik"
    assert got["contact.phone"] == "41234567"
    assert got["priority_areas"] == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]
    assert extraction.language == "nn"


def test_ticked_boxes_decide_priority_areas_not_prose():
    boxes = [
        FormField(kind="checkbox", method="glyph", page=1, label="Bruk av ordinært arbeidsliv", checked=False),
        FormField(kind="checkbox", method="glyph", page=1, label="Oppfølging av barnefamilier, ungdom og innvandrere",
                  checked=True),
        FormField(kind="checkbox", method="glyph", page=1, label="Sikring av sårbare overganger", checked=False),
    ]
    doc = word_doc("Vi vil bruke ordinære arbeidsplasser i prosjektet.", fields=boxes)
    assert values(doc)["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


_AREA_LABELS = ("Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
                "Sikring av sårbare overganger")


def _form_with_unticked_area_boxes(*description: str) -> Document:
    """A form that prints the areas with a box each, none ticked (the third
    with the announcement's explanation after it), and a description."""
    boxes = [FormField(kind="checkbox", method="glyph", page=1, label=label, checked=False) for label in _AREA_LABELS]
    return word_doc(
        "Hvilke av de prioriterte områdene gjelder tiltaket?",
        f"☐ {_AREA_LABELS[0]}",
        f"☐ {_AREA_LABELS[1]}",
        f"☐ {_AREA_LABELS[2]} (løslatelse, overganger mellom tjenester, utdanning og arbeid)",
        "Kort beskrivelse av tiltaket",
        *description,
        fields=boxes,
    )


def test_with_no_area_box_ticked_the_description_names_the_areas():
    """"Addresses none of the priority areas" is about the application: a
    description that works for an area addresses it, ticked box or not (on
    a scan a tick may be lost, or the boxes are a font's empty squares)."""
    doc = _form_with_unticked_area_boxes(
        "Deltakerne får en jobbspesialist som følger dem ut i lønnet arbeid hos lokale bedrifter.")
    assert values(doc)["priority_areas"] == ["ordinaert-arbeidsliv"]


def test_with_no_area_box_ticked_the_printed_boxes_name_no_area():
    """The boxes' own labels, and the explanation printed after one, are
    the form's words: a description about something else names no area."""
    doc = _form_with_unticked_area_boxes("Kontoret vil lage felles rutiner for veiledning og saksbehandling.")
    assert not values(doc).get("priority_areas")


def test_interest_answers_from_boxes_and_prose():
    boxes = [
        FormField(kind="checkbox", method="glyph", page=1, label="Ja", group="Interessert i nettverk/klyngesamarbeid",
                  checked=False),
        FormField(kind="checkbox", method="glyph", page=1, label="Nei", group="Interessert i nettverk/klyngesamarbeid",
                  checked=True),
    ]
    doc = word_doc("Vi er interessert i ekstern prosessevaluering av tiltaket.", fields=boxes)
    got = values(doc)
    assert got["interest.network"] is False
    assert got["interest.process_evaluation"] is True


@pytest.mark.parametrize("checked", [True, False])
def test_a_box_labelled_with_the_question_is_answered_by_its_tick(checked):
    """A fillable form's lone box whose label is the question and its
    instruction ("(kryss av for ja)"): the tick is the answer, the "ja" in
    the instruction is not."""
    boxes = [
        FormField(kind="checkbox", method="acroform", page=1, name="eval", checked=checked,
                  label="Interessert i ekstern prosessevaluering (kryss av for ja)", bbox=(72, 500, 83, 511)),
        FormField(kind="checkbox", method="acroform", page=1, name="nett", checked=not checked,
                  label="Ønsker å delta i nettverk/klyngesamarbeid", bbox=(72, 520, 83, 531)),
    ]
    got = values(word_doc("Søknad om tilskudd", fields=boxes))
    assert got["interest.process_evaluation"] is checked
    assert got["interest.network"] is (not checked)


def test_a_line_of_boxes_is_answered_by_its_options_not_by_the_first_boxs_label():
    """"Interessert i nettverk ☐ Ja ☒ Nei" read with the question as the
    first box's label: that box is an option, not the question's own box."""
    question = "Interessert i nettverk/klyngesamarbeid"
    boxes = [
        FormField(kind="checkbox", method="glyph", page=1, label=question, checked=False, bbox=(228, 443, 237, 453)),
        FormField(kind="checkbox", method="glyph", page=1, label="Ja", group=question, checked=True,
                  bbox=(253, 443, 265, 453)),
    ]
    assert values(word_doc("Søknad om tilskudd", fields=boxes))["interest.network"] is True


def test_an_unticked_lone_yes_box_answers_no():
    """"Ønsker ekstern prosessevaluering ☐ Ja" with no "Nei" to tick: the
    empty box is the answer, not the printed "Ja" beside it."""
    boxes = [
        FormField(kind="checkbox", method="acroform", page=1, name="nett", label="Ja", checked=True,
                  group="Ønsker nettverk/klyngesamarbeid", bbox=(260, 551, 271, 562)),
        FormField(kind="checkbox", method="acroform", page=1, name="eval", label="Ja", checked=False,
                  group="Ønsker ekstern prosessevaluering", bbox=(260, 571, 271, 582)),
    ]
    doc = pdf_doc([[("Ønsker nettverk/klyngesamarbeid", 50), ("Ja", 276)],
                   [("Ønsker ekstern prosessevaluering", 50), ("Ja", 276)]])
    doc.pages[0].fields = boxes
    got = values(doc)
    assert got["interest.network"] is True
    assert got["interest.process_evaluation"] is False


def test_kind_and_project_year():
    extraction = extract(word_doc("Søknaden gjelder videreføring av prosjektet, 4. driftsår."), S2020)
    assert extraction.draft.values["project.kind"] == "continuation"
    assert extraction.project_year == 4


@pytest.mark.parametrize("text, code", [
    ("Prosjektet skal gi økt kapasitet og flere saksbehandlere på sosialtjenesten.", "EXCLUDED_CAPACITY_ONLY"),
    ("Vi skal implementere IPS i Nav-kontoret slik metoden er beskrevet.", "EXCLUDED_EXISTING_METHOD"),
    ("Kommunen mottar programfinansiering gjennom 0–24-samarbeidet for samme målgruppe.", "EXCLUDED_0_24_PROGRAM"),
])
def test_exclusion_phrases(text, code):
    assert code in {hit.code for hit in extract(word_doc(text), S2020).exclusions}


def test_capacity_with_development_language_is_not_excluded():
    text = "Prosjektet gir økt kapasitet, men målet er å prøve ut nye arbeidsmetoder for unge."
    assert not extract(word_doc(text), S2020).exclusions


def test_several_exclusions_each_keep_their_own_first_hit():
    """Exclusions are looked for together; each still reports its own first
    phrase, in the scheme's order, and capacity alone is dropped where the
    text has development language while another exclusion stays."""
    method = "Vi skal implementere IPS i Nav-kontoret slik metoden er beskrevet."
    capacity = "Prosjektet skal gi økt kapasitet og flere saksbehandlere på sosialtjenesten."
    apart = "Tiltaket gjelder familier med barn i kommunen, og det varer i to år fra oppstart til slutt."
    found = extract(word_doc(method, apart, capacity), S2020).exclusions
    order = [S2020.exclusion_code(key) for key in S2020.exclusions]
    assert [hit.code for hit in found] == [c for c in order if c in {"EXCLUDED_EXISTING_METHOD", "EXCLUDED_CAPACITY_ONLY"}]
    evidence = {hit.code: hit.evidence.text for hit in found}
    assert evidence["EXCLUDED_EXISTING_METHOD"].startswith(method) and "kapasitet" not in evidence["EXCLUDED_EXISTING_METHOD"]
    assert evidence["EXCLUDED_CAPACITY_ONLY"].endswith(capacity) and "implementere" not in evidence["EXCLUDED_CAPACITY_ONLY"]
    countered = extract(word_doc(method, apart, capacity, "Målet er å prøve ut nye arbeidsmetoder."), S2020).exclusions
    assert [hit.code for hit in countered] == ["EXCLUDED_EXISTING_METHOD"]


@pytest.mark.parametrize("text, lang", [
    ("Vi søkjer om midlar til to stillingar. Prosjektet skal ikkje berre gje meir kapasitet.", "nn"),
    ("Vi søker om midler til to stillinger. Prosjektet skal ikke bare gi mer kapasitet.", "nb"),
    ("Nav 2020", None),
    # A form says little in sentences; its labels and titles still tell the standard.
    ("Søknad om tilskudd til utvikling av sosiale tjenester. Prosjektets navn: Jobb nå. "
     "Kontaktperson: Per Dahl, veileder. Oppstart tidlig i mars. Nav-leder: Siv Berg", "nb"),
    ("Søknad om tilskot til utvikling av sosiale tenester. Prosjektet sitt namn: Jobb no. "
     "Kontaktperson: Per Dahl, rettleiar. Oppstart tidleg i mars. Nav-leiar: Siv Berg", "nn"),
    # Words both standards write alike are no evidence for Nynorsk.
    ("Søknaden gjelder oss og vår kommune, slik andre kommuner har gjort det mellom "
     "årene, gjennom et samarbeid med sine brukere.", "nb"),
])
def test_language(text, lang):
    assert detect_language(text) == lang


def test_memo_about_the_grant_is_not_an_application():
    memo = ("Informasjonsmøte om tilskudd til utvikling av sosiale tjenester. Søknadsfrist 01.02.20. "
            "13 prosjekter, 14,4 stillinger – ca. 8,7 millioner kroner.")
    assert not is_application(memo, labelled_fields=0)
    assert is_application("Nav Hamar søker om kr 610 000 i tilskudd til en stilling.", labelled_fields=0)


@pytest.mark.parametrize("text, asks", [
    ("Sluttrapport for tilskotsåret 2019. Nav Stryn fekk tilskot på 610 000 kroner. "
     "Prosjektet søkjer ikkje om vidareføring i 2020.", False),
    ("Rapport om tilskuddet 2019. Vi søker ikke om nye midler for 2020.", False),
    ("Vi søker ikke om midler til drift, men søker om tilskudd til én stilling.", True),
])
def test_a_request_taken_back_asks_for_nothing(text, asks):
    assert is_application(text, labelled_fields=0) is asks


@pytest.mark.parametrize("text, year", [
    ("Søknaden gjelder videreføring, 4. driftsår.", 4),
    ("Dette blir prosjektets fjerde år.", 4),
    ("Vi søker for år 2 av 3.", 2),
    ("Søknaden gjeld vidareføring, og 2020 blir det fjerde driftsåret.", 4),
    ("Driftsår: 4", 4),
    ("Prosjektår: 3", 3),
    ("Prosjektet varer i 3 år og skal gi varig endring.", None),
    ("Kommunen har hatt startlån i 4 år.", None),
])
def test_project_year(text, year):
    assert extract(word_doc(text), S2020).project_year == year


def test_start_date_not_from_other_words_starting_with_start():
    got = values(word_doc("Familiene får startlån fra Husbanken 1. mars 2019.", "Prosjektet starter 1. august 2020."))
    assert got["project.start_date"] == "2020-08-01"


@pytest.mark.parametrize("rows, title", [
    ([[("Tiltakets navn: Arbeid og mestring for", 60)], [("familier med lav inntekt", 60)],
      [("Type søknad: Nytt tiltak", 60)]], "Arbeid og mestring for familier med lav inntekt"),
    ([[("Prosjektnavn", 60), ("Nye veier til arbeid for", 240)], [("unge voksne i distriktet", 240)],
      [("Kontaktperson", 60), ("Kari Moen", 240)]], "Nye veier til arbeid for unge voksne i distriktet"),
    # a new capitalised line, a label or a line in another column is not the title's wrapped end
    ([[("Tiltakets navn: Arbeid først", 60)], [("Nytt tiltak med oppstart i august", 60)]], "Arbeid først"),
    ([[("Tiltakets navn: Arbeid først", 60)], [("oppstart: 1. august 2020", 60)]], "Arbeid først"),
    ([[("Prosjektnavn", 60), ("Arbeid først", 240)], [("ordinært arbeidsliv er målet", 60)]], "Arbeid først"),
])
def test_title_wrapped_onto_the_next_line_is_joined(rows, title):
    assert values(pdf_doc(rows))["project.title"] == title


def test_nynorsk_possessive_title_label():
    doc = word_doc("Søknad", tables=[[["Søkjar", "Nav Kinn"], ["Tiltaket sitt namn:", "Arbeid i fjordane"]]])
    assert values(doc)["project.title"] == "Arbeid i fjordane"


@pytest.mark.parametrize("role", ["Nav-leder", "NAV-leiar", "prosjektleiar", "Nav-rådgiver"])
def test_contact_in_prose_after_a_hyphenated_role(role):
    doc = word_doc(f"Kontaktperson for søknaden er {role} Kari Moen, e-post kari.moen@nav.no og telefon 91 23 45 67.")
    got = values(doc)
    assert got["contact.name"] == "Kari Moen"
    assert got["contact.email"] == "kari.moen@nav.no"


def test_new_project_stated_across_a_line_break():
    doc = word_doc("Midlane skal dekke løn til ei stilling. Dette er eit nytt\nprosjekt, med oppstart 1.6.2020.")
    assert values(doc)["project.kind"] == "new"


def test_table_ruling_read_into_a_cell_is_not_part_of_the_answer():
    doc = pdf_doc([[("Kontaktperson", 60), ("| Kari Moen", 240)],
                   [("Prosjektnamn", 60), ("| Arbeid først i fjordane", 240)]])
    got = values(doc)
    assert got["contact.name"] == "Kari Moen"
    assert got["project.title"] == "Arbeid først i fjordane"


def test_contact_phone_wrapped_onto_the_next_line():
    doc = pdf_doc([[("Kontaktperson for søknaden er rettleiar Kari Moen, e-post kari.moen@nav.no og telefon +47 912 34", 60)],
                   [("567.", 60)], [("Med venleg helsing", 60)]])
    got = values(doc)
    assert got["contact.name"] == "Kari Moen"
    assert got["contact.phone"] == "91234567"


def test_a_new_organisation_word_for_the_applicant_needs_no_code(tmp_path, monkeypatch):
    doc = word_doc("Kirkens Bymisjon søker med dette om 200 000 kroner til prosjektet.")
    assert values(doc).get("office.name") != "Kirkens Bymisjon"
    folder = tmp_path / "vocabulary"
    shutil.copytree(Path(__file__).resolve().parents[1] / "schemas" / "vocabulary", folder)
    vocabulary = folder / "applicant.toml"
    text = vocabulary.read_text(encoding="utf-8")
    vocabulary.write_text(text.replace('[organisation]\nnb = [', '[organisation]\nnb = ["bymisjon", ', 1),
                          encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert values(doc)["office.name"] == "Kirkens Bymisjon"


def test_a_date_whose_dots_ocr_lost_is_no_phone_unless_labelled() -> None:
    """"Bergen 21.02.2019" read as "Bergen 21022019" under a signature: eight
    digits that make a calendar date are a date where no label says phone."""
    doc = pdf_doc([[("Kontaktperson:", 60), ("Kari Moen", 240)],
                   [("E-post:", 60), ("kari.moen@nav.no", 240)],
                   [("Bergen 21022019", 60)]])
    assert values(doc).get("contact.phone") is None
    labelled = pdf_doc([[("Kontaktperson:", 60), ("Kari Moen", 240)],
                        [("Telefon:", 60), ("21022019", 240)]])
    assert values(labelled)["contact.phone"] == "21022019"
    not_a_date = pdf_doc([[("Kontaktperson:", 60), ("Kari Moen", 240)],
                          [("Ring Kari på 41022019", 60)]])
    assert values(not_a_date)["contact.phone"] == "41022019"


def test_a_speck_read_after_the_municipality_is_no_part_of_its_name() -> None:
    doc = pdf_doc([[("Nav-kontor:", 60), ("Nav Molde", 240)], [("Kommune:", 60), ("Molde kommune -", 240)]])
    assert values(doc)["office.municipality"] == "Molde"


def test_an_area_statement_wrapped_over_lines_names_every_area_in_it():
    """A PDF wraps the sentence that states the areas; the area named in
    the applicant's words on its first line counts as much as the one
    named by the announcement's label on the next."""
    doc = pdf_doc([
        [("Prioriterte områder", 72)],
        [("Prosjektet retter seg mot oppfølging av ungdom (barnefamilier, ungdom og innvandrere) og", 72)],
        [("mot sikring av sårbare overganger mellom skole og arbeid.", 72)],
        [("Budsjett", 72)],
        [("Tiltaket gir unge deltakere tett oppfølging i ordinær jobb.", 72)],
    ])
    assert values(doc)["priority_areas"] == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_a_new_paragraph_after_an_area_statement_is_not_part_of_it():
    doc = pdf_doc([
        [("Prosjektet gjelder sikring av sårbare overganger fra skole til arbeid.", 72)],
        [("Deltakerne er mellom 18 og 25 år, de fleste ungdom uten fullført skole.", 72)],
    ])
    assert values(doc)["priority_areas"] == ["saarbare-overganger"]


def test_a_mark_under_the_no_column_of_an_area_grid_is_not_a_choice():
    """"Område | Ja | Nei" with an "x" in one column per row: only the rows
    marked under "Ja" are chosen."""
    doc = pdf_doc([
        [("Prioriterte område", 72)],
        [("Område", 90), ("Ja", 234), ("Nei", 378)],
        [("Bruk av ordinært arbeidsliv", 90), ("x", 378)],
        [("Oppfølging av barnefamiliar, ungdom og innvandrarar", 90), ("x", 400)],
        [("Sikring av sårbare overgangar", 90), ("x", 234)],
    ])
    assert values(doc)["priority_areas"] == ["saarbare-overganger"]


@pytest.mark.parametrize("text", [
    "Kontoret vil sikre overgangen fra kvalifiseringsprogrammet for deltakerne.",
    "Tiltaket skal sikre overgangane for deltakarane i kvalifiseringsprogrammet.",
])
def test_securing_the_transitions_in_the_applicants_words_names_that_area(text):
    assert values(word_doc(text))["priority_areas"] == ["saarbare-overganger"]


@pytest.mark.parametrize("answer, areas", [
    ("1 og 3", ["ordinaert-arbeidsliv", "saarbare-overganger"]),
    ("Nr. 2", ["barnefamilier-ungdom-innvandrere"]),
    ("1, 2 og 3", ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv", "saarbare-overganger"]),
    ("område 3", ["saarbare-overganger"]),
])
def test_areas_named_by_their_numbers_in_the_announcement(answer, areas):
    """"Prioritert område: 1 og 3" counts in the announcement's order, and
    outweighs a topical phrase in the description."""
    doc = word_doc("Kort beskrivelse: Tiltaket skal gi flere ungdommer arbeid.",
                   tables=[[["Prioritert område (nummer i kunngjøringen)", answer]]])
    assert values(doc)["priority_areas"] == areas


@pytest.mark.parametrize("answer", ["4", "1 og 7", "2020", "100 %"])
def test_a_number_the_announcement_has_no_area_for_leaves_the_prose_to_decide(answer):
    doc = word_doc("Kort beskrivelse: Tiltaket gir unge voksne tett oppfølging.",
                   tables=[[["Prioritert område", answer]]])
    assert values(doc)["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


def test_an_office_named_with_a_compass_point_in_lower_case_keeps_it():
    """The offices' own names write "Nav Bergen nord"; the office is not
    "Nav Bergen"."""
    got = values(word_doc("Nav Bergen nord søker om tilskudd til prosjektet «Vegen vidare».",
                          "Kontaktperson er Kari Dale i Nav Bergen nord."))
    assert got["office.name"] == "Nav Bergen nord"


@pytest.mark.parametrize("subject", [
    "Søknad om tilskot til utvikling av sosiale tenester i NAV-kontoret 2020: «Frå permisjon til fast arbeid»",
    "Søknad om tilskudd 2020 – «Frå permisjon til fast arbeid»",
])
def test_a_quoted_title_closing_the_subject_line_is_the_title(subject):
    doc = word_doc("Ulstein, 27. januar 2020", "Til Fylkesmannen i Møre og Romsdal", subject,
                   "NAV Ulstein søkjer om tilskot til eit nytt prosjekt med oppstart 1. juni 2020.")
    assert values(doc)["project.title"] == "Frå permisjon til fast arbeid"


def test_a_quote_in_the_subject_lines_middle_is_not_the_title():
    doc = word_doc("Søknad om tilskudd til «Nav i skolen» sitt arbeid i 2020", "Prosjektets navn: Ung og aktiv")
    assert values(doc)["project.title"] == "Ung og aktiv"


def test_a_letter_applying_for_the_new_project_is_a_new_project():
    doc = word_doc("Nav Alta søker om tilskudd til det nye prosjektet «Tett på – arbeid for unge i Alta».")
    assert values(doc)["project.kind"] == "new"


@pytest.mark.parametrize("answer", ["Ny", "Nytt", "Videreført", "Ja"])
def test_an_answer_alone_is_no_label(answer):
    """The answer under "Ny søknad / vidareføring" is not itself a label."""
    assert classify_label(answer) is None


def test_a_phone_is_not_pieced_from_an_amount_and_the_next_items_number():
    """Numbered form rows "9. Lønn | 600 000" / "10. Kompetanse | 10 000":
    the amount and the next item's number are no phone, and the contact's
    own number before them is not lost to the item number after it."""
    doc = pdf_doc([
        [("3. Kontaktperson", 56), ("Kjersti Lien", 246)],
        [("4. Kontaktinformasjon", 56), ("kjersti.lien@nav.no / 32 29 90 10", 246)],
        [("5. Prosjektnavn", 56), ("Overgang til arbeid", 246)],
        [("9. Lønn og sosiale kostnader", 56), ("600 000", 246)],
        [("10. Kompetanse", 56), ("10 000", 246)],
    ])
    assert values(doc)["contact.phone"] == "32299010"


@pytest.mark.parametrize("cell", ["ragnhild.lid@nav\n.no", "ragnhild.lid@\nnav.no", "ragnhild.lid@nav-\nbergen.no"])
def test_an_address_a_narrow_cell_wrapped_is_read_whole(cell):
    doc = word_doc(tables=[[["Kontaktperson", "Ragnhild Lid"], ["E-post", cell]]])
    assert values(doc)["contact.email"] == cell.replace("\n", "")


@pytest.mark.parametrize("subject", [
    "Søknad om prosjektskjønnsmidlar 2024 – «Digital ungdomslos»",
    "Søknad om skjønnsmidler 2024: «Digital ungdomslos»",
])
def test_a_quoted_title_closing_a_subject_that_names_the_grant_by_its_own_name(subject):
    doc = word_doc("Nav Orkland", "Statsforvaltaren i Trøndelag", subject,
                   "Nav Orkland søkjer om midlar til 0,8 stilling som ungdomslos.")
    assert values(doc)["project.title"] == "Digital ungdomslos"


def test_a_form_inside_one_table_cell_is_read_line_by_line():
    """A Word form drawn inside a box (one table of one cell): its labels
    and answers are lines of that cell, read as if no table stood there."""
    frame = "\n".join(["Søkende enhet", "NAV Ringsaker", "Kontaktperson", "Oddbjørg Lien",
                       "Prosjektets navn", "«Inn på arbeidsplassen»",
                       "Lønn inkl. sosiale utgifter ............ 600 000 NOK",
                       "Sum det søkes om ......................... 600 000 NOK"])
    got = values(word_doc("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV 2020", tables=[[[frame]]]))
    assert (got.get("contact.name"), got.get("project.title"), got.get("amounts.positions"),
            got.get("amounts.total")) == ("Oddbjørg Lien", "Inn på arbeidsplassen", 600000, 600000)


def test_a_lone_cell_with_one_or_two_lines_stays_a_table_cell():
    from soknad_extract.layout.rows import build_rows
    rows = build_rows(word_doc(tables=[[["Kontaktperson\nOddbjørg Lien"]]]))
    assert [(row.in_table, [c.text for c in row.cells]) for row in rows] == [(True, ["Kontaktperson Oddbjørg Lien"])]


@pytest.mark.parametrize("answer, expected", [
    ("Ønskes", True), ("Ønskes ikke", False), ("Ønskjest", True), ("Ikke aktuelt", False), ("Nei takk", False),
    ("Kanskje", None),
])
def test_short_written_interest_answers(answer, expected):
    from soknad_extract.extract.interest_answers import written_answer
    assert written_answer(answer) is expected


def test_a_quoted_title_after_the_noun_and_a_comma_at_a_line_break():
    doc = pdf_doc([
        [("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret,", 72)],
        [("Nav Sør-Odal søker om tilskudd til et nytt prosjekt,", 72)],
        [("«Familieløftet Sør-Odal». Oppstart er planlagt 15. april 2020.", 72)],
    ])
    assert values(doc)["project.title"] == "Familieløftet Sør-Odal"


def test_a_yes_paired_with_the_municipality_label_is_no_municipality():
    doc = pdf_doc([[("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 72)],
                   [("Nav-kontor: Nav Fjaler", 72)], [("Kommune", 72), ("Ja", 300)]])
    assert values(doc).get("office.municipality") == "Fjaler"  # from the office, not the "Ja"


def test_a_box_whose_lines_are_set_in_columns_at_tabs_stays_one_cell():
    from soknad_extract.layout.rows import build_rows
    box = "Budsjett\nPost\tOmsøkt\tEgenandel\nLønn prosjektleiar 100 %\t600 000\t100 000\nSum\t610 000\t100 000"
    rows = build_rows(word_doc(tables=[[[box]]]))
    assert [row.in_table for row in rows] == [True]
