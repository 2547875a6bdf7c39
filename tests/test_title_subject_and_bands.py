"""The project's title where letters and forms give it in shapes the label
pairs missed (``extract.project``, ``extract.pairs``, ``extract.form_text``):

- a letter's subject line after any subject label ("Vedr.:", "Emne:",
  "Angående"), opening with the request or with the grant itself, names the
  project after its dash or in quotes at its end; the office, its
  municipality, the kind or the letter's own words after the dash are no title;
- a Word form's guidance ("Skriv her …") and Word's bracketed prompt
  ("[Klikk her for å skrive inn tekst]") between a question and its answer
  are never the answer;
- in a form that numbers its questions, the unnumbered line between two of
  them answers the first, though it holds a label word ("Kompetansehuset");
- a row of headers over a row of values pairs column by column, though one
  header names no field the record knows ("Fase", "Merknad")."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, text_doc, text_page, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _letter_title(subject: str) -> str | None:
    doc = word_doc(
        "Nav Hamar",
        "Statsforvalteren i Innlandet",
        "Hamar, 20. januar 2020",
        subject,
        "Nav Hamar søker om midler til én stilling (100 %) fra 1. mars 2020.",
        "Kontaktperson er Lise Holm, tlf. 62 00 00 00.",
    )
    return extract(doc, S2020).draft.values.get("project.title")


def test_a_subject_label_and_a_dash_name_the_project() -> None:
    cases = {
        "Vedr.: Søknad om midler for 2020 – «Jobbveien Hamar»": "Jobbveien Hamar",
        "Emne: Tilskudd til utvikling av sosiale tjenester 2020 – Aktiv hverdag": "Aktiv hverdag",
        "Angående søknad om tilskudd 2020 – Jobbklar Hamar": "Jobbklar Hamar",
        "Gjeld: Tilskot til utvikling av sosiale tenester i Nav 2020 – Vegen vidare": "Vegen vidare",
        "Gjelder: Søknad om midler til «Vei til jobb»": "Vei til jobb",
    }
    for subject, title in cases.items():
        assert _letter_title(subject) == title, subject


def test_the_office_the_kind_or_the_letter_after_the_dash_is_no_title() -> None:
    for subject in ("Sak: Tilskudd til utvikling av sosiale tjenester 2020 – Nav Hamar",
                    "Sak: Tilskudd til utvikling av sosiale tjenester 2020 – Hamar kommune",
                    "Emne: Søknad om tilskudd 2020 – videreføring",
                    "Emne: Søknad om tilskudd 2020 – 2. driftsår",
                    "Vedr.: Tilskudd til utvikling av sosiale tjenester – søknad fra Nav Hamar"):
        assert _letter_title(subject) is None, subject


def test_the_receiver_or_a_reference_after_the_dash_is_no_title() -> None:
    for subject in ("Emne: Tilskudd til utvikling av sosiale tjenester – Statsforvalteren i Innlandet",
                    "Vedrørende: Søknad om midler – Vedlegg 2 budsjett",
                    "Gjelder: Tilskudd fra Statsforvalteren – Rundskriv 2020",
                    "Sak: Søknad om tilskudd 2020 – Svar på utlysning"):
        assert _letter_title(subject) is None, subject


def _numbered_form(*lines: str) -> str | None:
    doc = text_doc(text_page(1, "Søknadsskjema 2020", *lines))
    return extract(doc, S2020).draft.values.get("project.title")


def test_guidance_and_word_prompts_are_never_the_answer() -> None:
    for guidance in ("Skriv her namnet på tiltaket", "[Klikk her for å skrive inn tekst]",
                     "Skriv her … (kort)"):
        got = _numbered_form("1 Nav-kontor", "Nav Hamar", "2 Prosjektnavn", guidance, "Veien videre",
                             "3 Oppstart", "1. mars 2020")
        assert got == "Veien videre", guidance


def test_an_unnumbered_answer_between_numbered_questions_answers_the_first() -> None:
    got = _numbered_form("1 Nav-kontor", "Nav Hamar", "2 Prosjektnavn", "Kompetansehuset Hamar",
                         "3 Oppstart", "1. mars 2020")
    assert got == "Kompetansehuset Hamar"


def test_another_fields_label_between_numbered_questions_is_no_answer() -> None:
    for line in ("Kontaktperson: Lise Holm", "Søknadsbeløp", "Organisasjonsnummer"):
        got = _numbered_form("1 Nav-kontor", "Nav Hamar", "2 Prosjektnavn", line, "3 Oppstart", "1. mars 2020")
        assert got is None, line


def test_a_header_band_with_an_unknown_header_pairs_by_column() -> None:
    doc = word_doc("Søknad om tilskudd 2020", tables=[
        [["Nav-kontor", "Kommune", "Org.nr."], ["Nav Hamar", "Hamar", "974 000 000"]],
        [["Prosjektnavn", "Fase", "Oppstart"], ["Jobbverkstedet", "Andre år", "01.03.2020"]],
    ])
    assert extract(doc, S2020).draft.values.get("project.title") == "Jobbverkstedet"
    band = pdf_doc([[("Tiltakets navn", 72), ("Merknad", 250), ("Oppstart", 420)],
                    [("Jobbverkstedet", 72), ("Ingen", 250), ("01.03.2020", 420)]])
    assert extract(band, S2020).draft.values.get("project.title") == "Jobbverkstedet"


def test_a_label_with_its_answer_beside_it_stays_a_pair() -> None:
    doc = word_doc("Søknad om tilskudd 2020", tables=[
        [["Prosjektnavn", "Jobbverkstedet", "Oppstart"], ["", "", "01.03.2020"]],
    ])
    assert extract(doc, S2020).draft.values.get("project.title") == "Jobbverkstedet"


