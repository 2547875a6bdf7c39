"""A long application's other tables of figures are not its budget.

Beside the budget, offices set out the staff they have today with their
shares, the grants they already hold (amounts and shares), a project plan
with hours or months per phase. The sentence introducing such a table often
says it is no part of the application; a grants table dates its rows to
earlier years; a plan's numbers stand under a column that counts hours or
people. None of them is a post, a share or a cost of the application
(``budget.aside``, ``budget.cells.counts_not_money``), and the positions
applied for are the ones the form's position field names
(``assemble._asked_positions``). Wordings and layouts differ from the
held-out corpus on purpose.
"""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.word import grid, new_document, para

S2020 = get_scheme("nav-sosiale-tjenester-2020")

_FORM = [["Spørsmål", "Svar"], ["Nav-kontor", "Nav Fauske"], ["Prosjektnavn", "Ut i jobb"],
         ["Lønn og sosiale kostnader", "kr 540 000"], ["Kompetansemidler", "kr 9 000"], ["Sum omsøkt", "kr 549 000"]]


def _values(tmp_path: Path, *blocks: tuple[str, object], form: list[list[str]] = _FORM) -> dict:
    doc = new_document()
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    grid(doc, form)
    for kind, content in blocks:
        if kind == "p":
            para(doc, content)
        else:
            grid(doc, content)
    path = tmp_path / "long.docx"
    doc.save(str(path))
    return extract(read_document(path), S2020).draft.values


def test_grants_the_office_holds_are_no_post(tmp_path: Path) -> None:
    got = _values(tmp_path, ("p", "Oversikt over andre midler kontoret disponerer. Disse inngår ikke i denne søknaden."),
                  ("t", [["Tilskudd", "Giver", "Kroner", "Dekningsgrad"],
                         ["Kompetansemidler, fylket", "Fylkeskommunen", "85 000", "100 %"],
                         ["Lønnstilskudd ungdom", "Bufdir", "300 000", "60 %"]]))
    assert got["amounts.competence"] == 9000
    assert got.get("amounts.other") is None
    assert got.get("positions_percent_total") is None


def test_staff_list_disclaimed_in_nynorsk_gives_no_positions(tmp_path: Path) -> None:
    form = [*_FORM[:3], ["Stillingar det blir søkt om", "Jobbspesialist 80 %"], *_FORM[3:]]
    got = _values(tmp_path, ("p", "Tabellen viser kven som arbeider i eininga no. Stillingane er ikkje ein del av "
                                  "søknaden."),
                  ("t", [["Rolle", "Prosent"], ["Rettleiar", "100 %"], ["Merkantil", "60 %"]]), form=form)
    assert got["positions_percent_total"] == 80
    assert [(p["title"], p["percent"]) for p in got["positions"]] == [("Jobbspesialist", 80)]


def test_a_grants_table_of_earlier_years_is_the_past(tmp_path: Path) -> None:
    got = _values(tmp_path, ("p", "Tidligere prosjektmidler:"),
                  ("t", [["Prosjekt", "Tildelt år", "Beløp"], ["Kompetanseheving i teamet", "2018", "kr 60 000"],
                         ["Aktivitetsmidler", "2019", "kr 40 000"]]))
    assert got["amounts.competence"] == 9000
    assert got.get("amounts.other") is None


def test_hours_and_people_in_a_plan_are_not_money(tmp_path: Path) -> None:
    got = _values(tmp_path, ("t", [["Aktivitet", "Når", "Antall timer", "Deltakere"],
                                   ["Oppstart og rekruttering", "vår 2020", "2 400", "30"],
                                   ["Drift", "høst 2020", "1 800", "45"]]))
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 549000


def test_a_share_only_staff_table_yields_to_the_field_naming_the_post(tmp_path: Path) -> None:
    form = [*_FORM[:3], ["Stilling(er) det søkes om", "Familieveileder – 100 %"], *_FORM[3:]]
    got = _values(tmp_path, ("p", "Teamet består i dag av:"),
                  ("t", [["Stilling", "Stillingsprosent"], ["Sosionom", "100 %"], ["Konsulent", "50 %"]]), form=form)
    assert got["positions_percent_total"] == 100
    assert [p["title"] for p in got["positions"]] == ["Familieveileder"]


def test_a_disclaimer_with_no_other_budget_leaves_the_table(tmp_path: Path) -> None:
    """Precision: the only budget there is stays the budget, whatever its introduction says about a part."""
    form = [["Spørsmål", "Svar"], ["Nav-kontor", "Nav Fauske"], ["Prosjektnavn", "Ut i jobb"]]
    got = _values(tmp_path, ("p", "Kommunens egenandel er ikke en del av søknaden."),
                  ("t", [["Post", "Beløp"], ["Lønn jobbspesialist 100 %", "540 000"], ["Kompetanse", "9 000"],
                         ["Sum", "549 000"]]), form=form)
    assert got["amounts.total"] == 549000
    assert got["positions_percent_total"] == 100


def test_a_share_unit_wrapped_onto_its_own_line_in_the_field(tmp_path: Path) -> None:
    form = [*_FORM[:3], ["Omsøkte stillinger", "Boveileder 60 %; Arbeidskonsulent 40\n%"], *_FORM[3:]]
    got = _values(tmp_path, form=form)
    assert got["positions_percent_total"] == 100
    assert [p["title"] for p in got["positions"]] == ["Boveileder", "Arbeidskonsulent"]


def test_the_office_staff_in_arsverk_is_no_share_of_the_post(tmp_path: Path) -> None:
    """The form names the post with no share; the background counts the office's staff in årsverk."""
    form = [*_FORM[:3], ["Stilling det søkes om", "Familiekoordinator"], *_FORM[3:]]
    got = _values(tmp_path, ("p", "Nav Fauske har 31 medarbeidere, til sammen 28,5 årsverk, og dekker tre kommuner."),
                  form=form)
    assert got.get("positions_percent_total") is None


def test_a_prose_share_asking_for_the_post_still_counts(tmp_path: Path) -> None:
    form = [*_FORM[:3], ["Stilling det søkes om", "Familiekoordinator"], *_FORM[3:]]
    got = _values(tmp_path, ("p", "Vi søker om midler til en 80 % stilling i ett år."), form=form)
    assert got["positions_percent_total"] == 80


def test_a_budget_sheet_restating_the_form_counts_each_post_once(tmp_path: Path) -> None:
    form = [["Spørsmål", "Svar"], ["Nav-kontor", "Nav Fauske"], ["Prosjektnavn", "Ut i jobb"]]
    budget = [["Post", "Andel", "Kroner"], ["Boligveileder", "100 %", "600 000"], ["Kompetanseheving", "", "8 000"],
              ["Sum", "", "608 000"]]
    got = _values(tmp_path, ("t", budget), ("p", "Budsjettet i regnearket vårt:"),
                  ("t", [["Budsjettpost", "Kroner"], ["Lønn boligveileder 100 %", "600 000"],
                         ["Kompetanseheving, kurs", "8 000"], ["Totalt", "608 000"]]), form=form)
    assert got["amounts.competence"] == 8000
    assert got["amounts.total"] == 608000


def test_two_other_posts_of_the_same_amount_are_two_posts(tmp_path: Path) -> None:
    form = [["Spørsmål", "Svar"], ["Nav-kontor", "Nav Fauske"], ["Prosjektnavn", "Ut i jobb"]]
    got = _values(tmp_path, ("t", [["Post", "Andel", "Kroner"], ["Boligveileder", "100 %", "600 000"],
                                   ["Reiser", "", "5 000"], ["Sum", "", "610 000"]]),
                  ("p", "Driftsutgifter:"), ("t", [["Post", "Kroner"], ["Husleie", "5 000"]]), form=form)
    assert got["amounts.other"] == 10000


def test_a_table_headed_as_the_staff_today_gives_no_positions(tmp_path: Path) -> None:
    form = [["Spørsmål", "Svar"], ["Nav-kontor", "Nav Fauske"], ["Prosjektnavn", "Ut i jobb"],
            ["Lønn jobbspesialist 100 %", "kr 540 000"], ["Kompetanse", "kr 9 000"], ["Sum omsøkt", "kr 549 000"]]
    got = _values(tmp_path, ("p", "Dagens bemanning ved kontoret:"),
                  ("t", [["Stilling", "Stillingsprosent"], ["Saksbehandler", "100 %"], ["Veileder", "80 %"]]),
                  form=form)
    assert got["positions_percent_total"] == 100


def test_a_share_in_words_in_the_field_itself_counts(tmp_path: Path) -> None:
    form = [*_FORM[:3], ["Stilling", "Ungdomslos, halv stilling"], *_FORM[3:]]
    got = _values(tmp_path, ("p", "Nav Fauske har 31 medarbeidere, til sammen 28,5 årsverk."), form=form)
    assert got["positions_percent_total"] == 50
