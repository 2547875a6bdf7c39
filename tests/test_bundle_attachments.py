"""Bundles whose parts behind or in front of the application carry no
"Vedlegg" (corpus 70): an organisation chart, last year's report or grant
letter on a page of its own, a cover letter whose subject line names no kind,
a budget sheet that repeats the form's figures on a page of its own. Built
here in other wordings and layouts than the corpus documents."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts, kept_parts
from soknad_extract.extract.unnamed_letter import with_unnamed_cover_letter
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

FORM = (
    "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
    "Søkende Nav-kontor: Nav Lierfoss",
    "Kommune: Lier",
    "Tiltakets navn: Arbeid først",
    "Kontaktperson: Siri Dal, siri.dal@nav.no",
    "Stillingsprosent: 100 %",
    "Lønn og sosiale kostnader: 600 000",
    "Kompetanse: 10 000",
    "Sum det søkes om: 610 000",
)


def _kinds(d) -> list[tuple[str | None, str | None]]:
    return [(p.kind, p.role) for p in find_parts(d)]


def _view_texts(d) -> list[str]:
    return [line.text for line in application_view(d, find_parts(d)).lines()]


# --- an organisation chart ----------------------------------------------------------


def test_an_organisation_chart_opening_its_page_behind_the_form_is_an_attachment():
    d = doc(page(1, *FORM, heading=0),
            page(2, "Organisasjonsoversikt Lier kommune, sektor helse (per 01.01.2020)", "Rådmann: Per Moe",
                 "Kommunalsjef: Eva Li", "Nav-leder: Kari Holm", heading=None))
    assert _kinds(d)[-1] == ("org_chart", "attachment")
    assert "Rådmann: Per Moe" not in _view_texts(d)


def test_an_organisation_chart_gives_no_office_name_behind_a_letter():
    d = doc(page(1, "Nav Lierfoss søker om 610 000 kroner i tilskudd til en 100 % stilling.",
                 "Kontaktperson: Siri Dal, siri.dal@nav.no", heading=None),
            page(2, "Organisasjonskart for Lier kommune", "Nav-kontor: Helse og velferd, Lier kommune",
                 heading=None))
    extraction = extract(d, SCHEME)
    assert extraction.draft.values.get("office.name") != "Helse og velferd, Lier kommune"
    assert "Nav-kontor: Helse og velferd, Lier kommune" not in [line.text for line in
                                                              application_view(d, find_parts(d)).lines()]


def test_the_word_lower_on_an_application_page_opens_no_chart():
    d = doc(page(1, *FORM, "Organisasjonskart", "Prosjektet ligger under Nav-leder.", heading=9))
    assert [kind for kind, _ in _kinds(d)] == ["application"]


def test_a_chart_named_after_vedlegg_opens_lower_on_a_page():
    d = doc(page(1, *FORM, "Vedlegg 2: Organisasjonskart", "Rådmann: Per Moe", heading=9))
    assert _kinds(d)[-1] == ("org_chart", "attachment")


# --- last year's report, grant letter on a page of their own ---------------------------


def test_last_years_report_on_its_own_page_behind_the_form_gives_no_percent():
    d = doc(page(1, *FORM, heading=0),
            page(2, "Statusrapport for 2019", "Stillingsprosent i 2019: 50 %", "Brukt i 2019: 280 000 kr"))
    assert _kinds(d)[-1] == ("report", "attachment")
    extraction = extract(d, SCHEME)
    assert extraction.draft.values.get("positions_percent_total") == 100


def test_a_grant_letter_behind_the_form_is_an_attachment():
    d = doc(page(1, *FORM, heading=0), page(2, "Tilsagn om tilskudd 2019", "Tilsagnsbeløp: 420 000 kroner"))
    assert _kinds(d)[-1] == ("grant_letter", "attachment")
    assert "Tilsagnsbeløp: 420 000 kroner" not in _view_texts(d)


def test_a_numbered_report_section_of_the_form_stays_with_it():
    d = doc(page(1, *FORM, heading=0), page(2, "7. Rapport for 2019", "Tiltaket har fulgt opp 30 personer."))
    parts = find_parts(d)
    assert len(kept_parts(parts)) == len(parts)


def test_a_report_heading_lower_on_the_page_stays_with_the_form():
    d = doc(page(1, *FORM, heading=0),
            page(2, "Tiltaket har fulgt opp 30 personer.", "Nav-leder: Kari Holm", "Kommunen har stilt lokaler.",
                 "Rapport", "Midlene er brukt etter planen.", heading=3))
    parts = find_parts(d)
    assert len(kept_parts(parts)) == len(parts)


def test_a_report_in_front_of_the_application_still_tells_the_file_is_a_report():
    d = doc(page(1, "Sluttrapport 2019", "Nav-kontor: Nav Lierfoss", "Brukt: 600 000 kr"),
            page(2, "Søknad om endring av prosjektperiode", "Vi ber om å forlenge."))
    assert find_parts(d)[0].role == "other"


# --- a cover letter whose subject names no kind ---------------------------------------------


LETTER = ("Lier kommune, Helse og omsorg", "Statsforvalteren i Oslo og Viken", "Lier, 29. januar 2020",
          "Søknad fra Nav Lierfoss om tilskudd 2020", "Vedlagt oversendes søknaden fra Nav Lierfoss.",
          "Kommunen støtter tiltaket.", "Med hilsen", "Ola Berg, rådgiver, tlf. 32 22 11 00")


def test_a_letter_sending_the_application_along_is_a_cover_letter():
    d = doc(page(1, *LETTER, heading=None), page(2, *FORM, heading=0))
    parts = with_unnamed_cover_letter(d, find_parts(d))
    assert [(p.kind, p.role) for p in parts] == [("cover_letter", "wrapper"), ("application", "application")]
    extraction = extract(d, SCHEME)
    assert extraction.draft.values.get("contact.name") == "Siri Dal"
    assert not any("Ola Berg" in line.text for line in application_view(d, parts).lines())


def test_a_nynorsk_letter_sending_the_application_along_is_a_cover_letter():
    d = doc(page(1, "Kvinnherad kommune", "Søknad om tilskot – Nav Kvinnherad",
                 "Vedlagt følgjer søknaden frå Nav Kvinnherad.", "Med helsing", "Liv Myklebust", heading=None),
            page(2, *FORM, heading=0))
    assert with_unnamed_cover_letter(d, find_parts(d))[0].role == "wrapper"


def test_a_front_page_that_sends_nothing_along_stays_with_the_application():
    d = doc(page(1, "Nav Lierfoss", "Arbeid først – et tiltak for unge", "Januar 2020", heading=None),
            page(2, *FORM, heading=0))
    assert with_unnamed_cover_letter(d, find_parts(d))[0].role is None


def test_a_long_front_part_is_no_cover_letter():
    d = doc(page(1, *LETTER, heading=None), page(2, "Bakgrunn", "Tekst.", heading=None),
            page(3, "Mer bakgrunn", "Tekst.", heading=None), page(4, *FORM, heading=0))
    assert with_unnamed_cover_letter(d, find_parts(d))[0].role is None


# --- a budget sheet on a page of its own ------------------------------------------------


SHEET = ("Budsjettoppsett 2020 – Arbeid først", "Post  Søkt  Egenandel", "Veileder 1 (50 %): 300 000",
         "Veileder 2 (50 %): 300 000", "Kompetanse: 10 000", "Husleie: 0  60 000", "Sum: 610 000  60 000")


def test_a_budget_sheet_repeating_a_whole_form_budget_adds_nothing():
    d = doc(page(1, *FORM, heading=0), page(2, *SHEET))
    assert _kinds(d)[-1] == ("budget_sheet", "application")
    values = extract(d, SCHEME).draft.values
    assert values.get("amounts.positions") == 600000
    assert values.get("amounts.competence") == 10000
    assert values.get("amounts.other") is None


def test_the_forms_own_budget_page_counts_when_the_form_states_only_its_total():
    first = tuple(line for line in FORM if not line.startswith(("Lønn", "Kompetanse")))
    d = doc(page(1, *first, heading=0),
            page(2, "Budsjett 2020", "Lønn og sosiale kostnader: 600 000", "Kompetanse: 10 000", "Sum: 610 000"))
    values = extract(d, SCHEME).draft.values
    assert values.get("amounts.positions") == 600000
    assert values.get("amounts.competence") == 10000
    assert values.get("amounts.total") == 610000



def test_a_budget_page_that_restates_the_forms_posts_by_name_is_not_added_to_them():
    d = doc(page(1, *FORM, heading=0),
            page(2, "Budsjett 2020", "Miljøterapeut 100 %: 600 000", "Kompetanse: 10 000", "Sum: 610 000"))
    values = extract(d, SCHEME).draft.values
    assert (values.get("amounts.positions"), values.get("amounts.competence")) == (600000, 10000)
