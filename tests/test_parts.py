"""Parts of a file (e-mail, cover letter, application, attachments) and what
a document is (issue 12, classes 2 and 3), on layout documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.document import OTHER_GRANT, judge
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts, kept_parts
from soknad_extract.layout import Cell, Document, Image, Page, Table
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

SCHEME = get_scheme("nav-sosiale-tjenester-2020")


APPLICATION = (
    "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
    "Søkende Nav-kontor: Nav Lierfoss",
    "Tiltakets navn: Arbeid først",
    "Kontaktperson: Siri Dal, siri.dal@nav.no",
    "Vi søker om 600 000 kroner til en 100 % stilling.",
    "Sum det søkes om: 600 000 kr",
)


def bundle() -> Document:
    return doc(
        page(1, "Fra: Postmottak Nav Lierfoss <post.lierfoss@nav.no>", "Sendt: 28. januar 2020 10:02",
             "Til: Statsforvalteren", "Emne: Søknad om tilskudd", heading=None),
        page(2, "Oversendelse av søknad", "Kommunen stiller seg bak søknaden.", "Med hilsen",
             "Rådgiver Per Berg, tlf. 91 22 33 44"),
        page(3, "Nav Lierfoss", *APPLICATION, heading=1),
        page(4, "Vedlegg 1: Prosjektplan", "Samlet kostnad for prosjektperioden: 2 400 000 kr"),
        page(5, "Vedlegg 2: Stillingsbeskrivelse", "Årslønn 560 000 kr", "Vedlegg 3: CV", "Navn: Ola Nordmann",
             heading=0),
    )


def test_a_bundle_splits_into_email_cover_letter_application_and_attachments():
    parts = find_parts(bundle())
    assert [(p.kind, p.role) for p in parts] == [
        ("email", "wrapper"), ("cover_letter", "wrapper"), ("application", "application"),
        ("project_plan", "attachment"), ("job_description", "attachment"), ("cv", "attachment")]
    assert parts[2].start == (2, 0)  # the letterhead above the heading goes with the application
    assert [p.kind for p in kept_parts(parts)] == ["application"]


def test_the_application_view_holds_only_the_application_page():
    original = bundle()
    view = application_view(original, find_parts(original))
    assert [p.number for p in view.pages] == [3]
    assert view.page_count == 5 and view.path == original.path


def test_fields_come_from_the_application_not_from_the_attached_plan():
    extraction = extract(bundle(), SCHEME)
    assert extraction.verdict.application
    values = extraction.draft.values
    assert values.get("amounts.total") == 600000
    assert values.get("contact.name") == "Siri Dal"


def test_a_part_that_begins_mid_page_keeps_only_what_lies_below_its_heading():
    p = page(1, *APPLICATION, "Vedlegg 1: Prosjektplan", "Samlet kostnad: 2 400 000 kr", heading=0)
    p.lines[6].style = "heading"
    p.images = [Image(1, (72, 170, 200, 190)), Image(1, (72, 230, 200, 250))]
    p.tables = [Table(1, [[Cell("Samlet kostnad"), Cell("2 400 000")]], bbox=(72, 210, 400, 230))]
    view = application_view(doc(p), find_parts(doc(p)))
    assert [line.text for line in view.pages[0].lines] == list(APPLICATION)
    assert view.pages[0].images == [p.images[0]] and view.pages[0].tables == []


def test_a_section_called_prosjektplan_inside_an_application_is_no_attachment():
    d = doc(page(1, *APPLICATION), page(2, "Prosjektplan", "Stillingen er 100 %.", "Budsjett", "Sum 600 000"))
    assert application_view(d, find_parts(d)) is d


def test_signatures_above_an_attachment_heading_stay_with_the_application():
    d = doc(page(1, *APPLICATION), page(2, "Sted og dato: Lier, 20.01.2020", "Nav-leder", "Vedlegg 1: CV", heading=2))
    parts = find_parts(d)
    assert parts[-1].start == (1, 2)
    assert [line.text for line in application_view(d, parts).pages[1].lines] == ["Sted og dato: Lier, 20.01.2020",
                                                                                 "Nav-leder"]


def test_a_memo_style_header_without_an_address_is_no_email():
    d = doc(page(1, "Til: Statsforvalteren", "Fra: Nav Lierfoss", "Emne: Søknad om tilskudd", *APPLICATION[1:],
                 heading=None))
    assert [p.kind for p in find_parts(d)] == [None]


def _verdict(*pages: Page):
    d = doc(*pages)
    parts = find_parts(d)
    return judge(parts, application_view(d, parts).lines(), labelled_fields=4, family=SCHEME.family)


def test_near_misses_say_what_they_look_like_whatever_fields_they_have():
    cases = {
        "grant_letter": ("Tilsagn om tilskudd 2020", "Vi gir tilsagn om 600 000 kroner.", "Akseptslipp"),
        "decision": ("Vedtak om tilskudd", "Vi viser til søknaden deres om tilskudd.", "Nav Lierfoss innvilges"),
        "report": ("Sluttrapport for tilskudd til utvikling av sosiale tjenester", "Nav-kontor: Nav Lierfoss",
                   "Tiltak: Arbeid først", "Sum: 600 000"),
        "change_request": ("Søknad om forlengelse av tilsagn", "Vi søker om å bruke midlene ut juni."),
    }
    for kind, texts in cases.items():
        verdict = _verdict(page(1, *texts))
        assert (verdict.application, verdict.looks_like) == (False, kind), kind
        assert verdict.evidence().text == texts[0]


def test_nynorsk_headings_have_their_kinds_too():
    assert _verdict(page(1, "Søknad om forlenging av prosjektet", "Vi søkjer om å nytte midlane.")).looks_like \
        == "change_request"
    assert _verdict(page(1, "Statusrapport 2020", "Nav Fjaler har nytta tilskotet.")).looks_like == "report"


def test_an_application_to_another_grant_is_not_one_to_this_scheme():
    verdict = _verdict(page(1, "Søknad om tilskudd til kommunalt rusarbeid 2021", "Søker: Nav Lierfoss",
                            "Omsøkt beløp: 450 000 kr"))
    assert (verdict.application, verdict.looks_like) == (False, OTHER_GRANT)


def test_naming_the_own_scheme_wins_over_another_grant_in_the_heading():
    verdict = _verdict(page(1, "Søknad om tilskudd til kommunalt rusarbeid og oppfølging", *APPLICATION[1:],
                            "Tiltaket får tilskudd til utvikling av sosiale tjenester i Nav-kontoret."))
    assert verdict.application


def test_an_application_behind_last_years_report_is_an_application():
    verdict = _verdict(page(1, "Statusrapport 2019", "Tiltaket har fulgt opp 30 personer."), page(2, *APPLICATION))
    assert verdict.application


def test_a_memo_that_asks_for_money_is_an_application():
    assert _verdict(page(1, "Notat", "Nav Lierfoss søker om tilskudd til en stilling.")).application
    assert not _verdict(page(1, "Notat fra nettverkssamling", "Neste samling er i mars.")).application


def test_a_bold_heading_inside_a_decision_letter_does_not_make_it_an_application():
    verdict = _verdict(page(1, "Vedtak om tilskudd", "Søknaden", "Vi viser til søknad om tilskudd.", heading=1))
    assert verdict.looks_like == "decision"
