"""Report formats parsed back: text, JSON, JSON Lines, CSV, XLSX, HTML and letters."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from datetime import datetime, timezone
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from soknad_extract.record import (
    Amounts, Code, Contact, Evidence, Finding, Interest, Office, Position, Project, Record,
    Signature, Source, severity_of,
)
from soknad_extract import messages
from soknad_extract.report import FORMATS, render, summary_line, values
from soknad_extract.report.letter_settings import LetterSettingsError, load_letter_settings
from soknad_extract.report.letters import letter_file_name, render_letter, write_letters
from soknad_extract.own_output import OWN_OUTPUT_CATEGORY, is_own_output
from soknad_extract.report.ooxml import FIXED_TIME
from soknad_extract.report.checklist import MARK_ERROR, MARK_OK, MARK_UNKNOWN, MARK_WARNING, checklist
from soknad_extract.report.text import colourize


def finding(code: str, message: str, field: str | None = None, page: int | None = None) -> Finding:
    c = Code(code)
    evidence = Evidence(page=page, method="label") if page is not None else None
    return Finding(code=c, severity=severity_of(c), field=field, message=message, evidence=evidence)


def full_record() -> Record:
    """A realistic application with one error and two warnings."""
    return Record(
        source=Source(path="søknader/Nav Bærum; «x» & <y>.pdf", sha256="a" * 64, format="pdf",
                      pages=3),
        language="nb",
        scheme="nav-sosiale-tjenester-2020",
        office=Office(name="Nav Bærum", municipality="Bærum", org_number="974600951"),
        contact=Contact(name="Kari Nordmann", email="kari@nav.no", phone="12345678"),
        project=Project(title="Arbeid <først>; sammen", kind="new", start_date="2020-08-01"),
        positions=[Position(title="Veileder", percent=100, amount=610000),
                   Position(percent=62.5, amount=381250)],
        positions_percent_total=162.5,
        amounts=Amounts(positions=991250, competence=10000, total=1001250),
        priority_areas=["ordinaert-arbeidsliv", "saarbare-overganger"],
        interest=Interest(network=True),
        signatures=[
            Signature(role="nav_leader", name="Kari Nordmann", title="Nav-leder",
                      date="2020-01-28", kind="handwritten", page=3),
            Signature(role="municipality", name="Ola Hansen", title="Rådmann",
                      date="2020-02-03", kind="typed", page=3),
        ],
        findings=[
            finding("SIGNATURE_UNVERIFIED", "Kommuneledelsens signatur er bare et skrevet navn.",
                    "signatures[1]", 3),
            finding("SIGNED_AFTER_DEADLINE", "Søknaden er signert etter fristen.",
                    "signatures[1]"),
            finding("AMOUNT_OVER_CAP", "Beløpet til stillinger er over rammen.",
                    "amounts.positions", 2),
        ],
        complete=False,
        evidence={
            "office.name": Evidence(page=1, bbox=[1, 2, 3, 4], text="Søker: NAV Bærum",
                                    method="label", confidence=0.95),
            "amounts.total": Evidence(page=2, text="Sum <b>1 001 250</b>", method="table"),
            "signatures[1]": Evidence(page=3, text="Ola Hansen", method="label"),
        },
    )


def unreadable_record() -> Record:
    return Record(source=Source(path="søknader/ødelagt.pdf", format="pdf"),
                  findings=[finding("DOCUMENT_UNREADABLE", "Filen er skadet og kan ikke leses.")])


def clean_record() -> Record:
    return Record(
        source=Source(path="søknader/ok.docx", format="docx"),
        scheme="nav-sosiale-tjenester-2018",
        office=Office(name="Nav Vik"),
        project=Project(title="Tett på"),
        positions_percent_total=100,
        amounts=Amounts(positions=500000, total=500000),
        complete=True,
    )


RECORDS = [full_record(), unreadable_record(), clean_record()]


# --- labels and values -------------------------------------------------------------


@pytest.mark.parametrize("section", messages.SECTIONS)
def test_both_languages_have_every_string(section: str) -> None:
    assert messages.keys(section, "nb") == messages.keys(section, "en") == set(messages.catalogue()[section])


@pytest.mark.parametrize("value, lang, expected", [
    (1220000, "nb", "1 220 000"), (62.5, "nb", "62,5"), (62.5, "en", "62.5"),
    (150.0, "nb", "150"), (1234.5, "nb", "1 234,5"), (None, "nb", "–"),
])
def test_numbers_are_written_the_norwegian_way(value, lang, expected) -> None:
    assert values.number(value, lang) == expected


def test_amounts_percents_and_summary() -> None:
    assert values.amount(610000) == "kr 610 000"
    assert values.amount(610000, "en") == "NOK 610 000"
    assert values.percent(100) == "100 %"
    assert summary_line(RECORDS) == "3 søknader, 1 komplett, 2 med feil"
    assert summary_line(RECORDS, "en") == "3 applications, 1 complete, 2 with errors"
    assert summary_line(RECORDS[:1]) == "1 søknad, 0 komplette, 1 med feil"


def test_long_dates_for_letters() -> None:
    assert values.long_date("2020-01-29") == "29. januar 2020"
    assert values.long_date("2019-12-01", "en") == "1 December 2019"


def test_render_rejects_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="pdf"):
        render(RECORDS, "pdf")


# --- JSON --------------------------------------------------------------------------


def test_json_single_is_the_object_and_several_an_array() -> None:
    single = render(RECORDS[:1], "json", single=True)
    assert single.endswith("}\n") and "Bærum" in single
    assert Record.model_validate(json.loads(single)) == RECORDS[0]
    assert list(json.loads(single)) == list(Record.model_fields)
    several = json.loads(render(RECORDS, "json"))
    assert [Record.model_validate(r) for r in several] == RECORDS
    assert json.loads(render(RECORDS[:1], "json")) == [RECORDS[0].model_dump(mode="json")]
    assert render([], "json") == "[]\n"


def test_jsonl_is_one_compact_record_per_line() -> None:
    text = render(RECORDS, "jsonl")
    lines = text.splitlines()
    assert text.endswith("\n") and len(lines) == 3
    assert [Record.model_validate_json(line) for line in lines] == RECORDS
    assert all(line.startswith('{"schema_version":"1","source":{"path":') for line in lines)
    assert render([], "jsonl") == ""


# --- CSV ---------------------------------------------------------------------------


def test_csv_is_excel_friendly_and_parses_back() -> None:
    """One row per application in the clerk's words: status, org number,
    contact, signers and each finding's message; the codes in a column of their own."""
    text = render(RECORDS, "csv")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    header, first, broken, ok = rows
    assert header[:6] == ["Fil", "Status", "Nav-kontor", "Kommune", "Org.nr.", "Prosjekttittel"]
    assert all(len(r) == len(header) for r in rows)
    row = dict(zip(header, first, strict=True))
    assert row["Fil"] == "søknader/Nav Bærum; «x» & <y>.pdf"
    assert row["Status"] == "Må følges opp" and row["Org.nr."] == "974600951"
    assert row["Prosjekttittel"] == "Arbeid <først>; sammen"
    assert row["Ny/videreføring"] == "nytt prosjekt"
    assert row["Stillingsprosent"] == "162,5"
    assert row["Beløp stillinger"] == "991250" and row["Sum omsøkt"] == "1001250"
    assert row["Kontaktperson"] == "Kari Nordmann, kari@nav.no, 12345678"
    assert row["Signert av"] == ("Nav-leder: Kari Nordmann (håndskrevet); "
                                 "kommuneledelsen: Ola Hansen (bare skrevet navn)")
    assert row["Prioriterte områder"] == "Bruk av ordinært arbeidsliv; Sikring av sårbare overganger"
    assert (row["Feil"], row["Advarsler"]) == ("1", "2")
    assert row["Hva som må gjøres"].splitlines() == [
        "feil: Beløpet til stillinger er over rammen.",
        "advarsel: Kommuneledelsens signatur er bare et skrevet navn.",
        "advarsel: Søknaden er signert etter fristen."]
    assert row["Funnkoder"] == "AMOUNT_OVER_CAP; SIGNATURE_UNVERIFIED; SIGNED_AFTER_DEADLINE"
    broken_row = dict(zip(header, broken, strict=True))
    assert broken_row["Status"] == "Kunne ikke kontrolleres" and broken_row["Funnkoder"] == "DOCUMENT_UNREADABLE"
    assert broken_row["Nav-kontor"] == ""
    ok_row = dict(zip(header, ok, strict=True))
    assert ok_row["Status"] == "I orden" and ok_row["Stillingsprosent"] == "100"
    assert (ok_row["Feil"], ok_row["Advarsler"], ok_row["Funnkoder"]) == ("0", "0", "")


def test_csv_in_english_has_english_header_and_decimal_point() -> None:
    text = render(RECORDS, "csv", lang="en")
    header, first, *_ = csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";")
    assert header[:3] == ["File", "Status", "Nav office"]
    row = dict(zip(header, first, strict=True))
    assert row["Position percent"] == "162.5" and row["Status"] == "Needs action"


def test_csv_of_nothing_is_the_header() -> None:
    assert render([], "csv").count("\r\n") == 1


# --- XLSX --------------------------------------------------------------------------


def test_xlsx_overview_and_findings_sheets() -> None:
    data = render(RECORDS, "xlsx")
    assert isinstance(data, bytes)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Oversikt", "Funn"]
    sheet = book["Oversikt"]
    header = [c.value for c in sheet[1]]
    assert header[0] == "Fil" and header[1] == "Status" and len(header) == 18
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:R4"
    assert sheet.max_row == 4
    total = sheet.cell(row=2, column=header.index("Sum omsøkt") + 1)
    assert total.value == 1001250 and isinstance(total.value, int)
    assert total.number_format == "#,##0"
    assert sheet.cell(row=2, column=header.index("Stillingsprosent") + 1).value == 162.5
    assert sheet.cell(row=4, column=header.index("Stillingsprosent") + 1).value == 100
    assert sheet.column_dimensions["A"].width >= 30
    assert sheet.cell(row=2, column=header.index("Hva som må gjøres") + 1).alignment.wrap_text
    findings = book["Funn"]
    assert [c.value for c in findings[1]] == ["Fil", "Nav-kontor", "Alvorlighet", "Melding", "Kode", "Felt", "Side"]
    assert findings.freeze_panes == "A2" and findings.auto_filter.ref == "A1:G5"
    rows = list(findings.iter_rows(min_row=2, values_only=True))
    assert len(rows) == sum(len(r.findings) for r in RECORDS)
    assert rows[0] == ("søknader/Nav Bærum; «x» & <y>.pdf", "Nav Bærum", "feil",
                       "Beløpet til stillinger er over rammen.", "AMOUNT_OVER_CAP", "amounts.positions", 2)
    # SIGNED_AFTER_DEADLINE has no page of its own: the page of its field's evidence
    assert rows[2][4] == "SIGNED_AFTER_DEADLINE" and rows[2][6] == 3


def test_xlsx_in_english_names_its_sheets_in_english() -> None:
    book = load_workbook(io.BytesIO(render(RECORDS, "xlsx", lang="en")))
    assert book.sheetnames == ["Overview", "Findings"]
    assert book["Overview"]["A1"].value == "File"


def test_xlsx_is_byte_identical_and_carries_no_clock() -> None:
    first, second = render(RECORDS, "xlsx"), render(RECORDS, "xlsx")
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {i.date_time for i in package.infolist()} == {FIXED_TIME.timetuple()[:6]}
        core = package.read("docProps/core.xml").decode()
    assert core.count("2000-01-01T00:00:00Z") == 2


# --- HTML --------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.overview_rows = 0
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.sources: list[str] = []
        self.tags: set[str] = set()
        self.finding_classes: list[str] = []
        self.text: list[str] = []
        self._in_overview = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if "id" in a:
            self.ids.add(a["id"])
        if "href" in a:
            self.links.append(a["href"])
        if "src" in a:
            self.sources.append(a["src"])
        if tag == "table" and a.get("class") == "overview":
            self._in_overview = True
        if tag == "tr" and self._in_overview and "thead" not in self.stack:
            self.overview_rows += 1
        if tag == "li" and a.get("class") in ("error", "warning", "info"):
            self.finding_classes.append(a["class"])
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_overview = False
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_one_self_contained_page() -> None:
    page_text = render(RECORDS, "html")
    page = _Page()
    page.feed(page_text)
    assert page.overview_rows == len(RECORDS)
    assert page.links and all(h.startswith("#") for h in page.links)
    assert {h[1:] for h in page.links} <= page.ids
    assert page.sources == [] and "script" not in page.tags and "link" not in page.tags
    assert not re.search(r"https?://", page_text)
    assert page.finding_classes == ["error", "warning", "warning", "error"]
    text = "".join(page.text)
    assert "søknader/Nav Bærum; «x» & <y>.pdf" in text
    assert "Sum <b>1 001 250</b>" in text  # evidence shown as text, not markup
    assert "<b>" not in page_text and "&lt;y&gt;" in page_text
    assert "3 søknader, 1 komplett, 2 med feil" in text
    assert "Bruk av ordinært arbeidsliv" in text


def test_html_has_no_timestamp_unless_stamped() -> None:
    assert render(RECORDS, "html") == render(RECORDS, "html")
    stamp = datetime(2020, 2, 3, 10, 30, tzinfo=timezone.utc)
    stamped = render(RECORDS, "html", stamp=stamp, lang="en")
    assert "2020-02-03T10:30:00+00:00" in stamped and '<html lang="en">' in stamped


def test_html_of_nothing_says_so() -> None:
    assert "Ingen søknader funnet." in render([], "html")


# --- text --------------------------------------------------------------------------


def test_text_blocks_put_errors_first_with_pages() -> None:
    text = render(RECORDS, "text")
    blocks = text.split("\n\n")
    assert len(blocks) == 3 and blocks[0].startswith("== søknader/Nav Bærum")
    lines = blocks[0].splitlines()
    marks = [line.strip()[0] for line in lines if line.strip()[:2] in ("✗ ", "! ")]
    assert marks == ["✗", "!", "!"]
    assert "[AMOUNT_OVER_CAP, side 2]" in blocks[0]
    assert "[SIGNED_AFTER_DEADLINE, side 3]" in blocks[0]
    assert "kr 1 001 250" in blocks[0] and "162,5 % (100 % + 62,5 %)" in blocks[0]
    assert "Nav-leder: håndskrevet, Kari Nordmann" in blocks[0]
    assert "Ingen funn." in blocks[2]


def test_single_file_gets_the_checklist() -> None:
    rows = {label: (mark, value) for mark, label, value in checklist(RECORDS[0])}
    assert len(rows) == 12
    assert rows["Søker er Nav-kontor"] == (MARK_OK, "Nav Bærum")
    assert rows["Beløp innenfor rammen"][0] == MARK_ERROR
    assert rows["Beløp innenfor rammen"][1] == (
        "stillinger kr 991 250 (ramme kr 610 000 per 100 % stilling); kompetanse kr 10 000 (ramme kr 10 000)")
    assert rows["Sum stemmer"] == (MARK_OK, "kr 991 250 + kr 10 000 = kr 1 001 250")
    assert rows["Signatur Nav-leder"][0] == MARK_OK
    assert rows["Signatur kommuneledelsen"][0] == MARK_WARNING
    assert rows["Søknadsfrist"] == (MARK_WARNING, "signert 2020-02-03, frist 2020-02-01")
    assert rows["Sum stemmer"][0] == MARK_OK
    text = render(RECORDS[:1], "text", single=True)
    assert "Sjekkliste:" in text and "✗ Beløp innenfor rammen" in text


def test_checklist_never_ticks_what_was_not_found() -> None:
    rows = {label: mark for mark, label, _ in checklist(RECORDS[2])}
    assert rows["Kontaktperson"] == MARK_UNKNOWN
    assert rows["Signatur Nav-leder"] == MARK_UNKNOWN
    assert rows["Beløp innenfor rammen"] == MARK_UNKNOWN  # 2018 has no known cap
    assert rows["Sum stemmer"] == MARK_OK
    assert rows["Prosjekttittel"] == MARK_OK


def test_checklist_does_not_claim_a_sum_it_cannot_add_up() -> None:
    record = clean_record().model_copy(update={"amounts": Amounts(competence=25000, total=725000)})
    rows = {label: (mark, value) for mark, label, value in checklist(record)}
    assert rows["Sum stemmer"] == (MARK_UNKNOWN, "kompetanse kr 25 000; sum kr 725 000")
    assert rows["Beløp innenfor rammen"] == (
        MARK_UNKNOWN, "kompetanse kr 25 000; ingen kjente rammer")


def test_checklist_agrees_with_validation_on_own_funding() -> None:
    """The sum line is marked from the findings: a total that includes the
    municipality's own funding is accepted by validation, so it is ticked."""
    record = clean_record().model_copy(update={"amounts": Amounts(positions=500000, own_funding=100000,
                                                                  total=600000)})
    rows = {label: (mark, value) for mark, label, value in checklist(record)}
    assert rows["Sum stemmer"] == (MARK_OK, "kr 500 000 = kr 600 000 (egenfinansiering kr 100 000)")
    failed = record.model_copy(update={"findings": [finding("AMOUNT_SUM_MISMATCH", "Beløpene stemmer ikke.",
                                                            "amounts.total")]})
    assert {label: mark for mark, label, _ in checklist(failed)}["Sum stemmer"] == MARK_ERROR


def test_low_confidence_total_marks_the_sum_for_a_look() -> None:
    record = clean_record().model_copy(update={"findings": [
        finding("LOW_CONFIDENCE", "Beløpene er lest med lav sikkerhet.", "amounts.total")]})
    assert {label: mark for mark, label, _ in checklist(record)}["Sum stemmer"] == MARK_WARNING


def test_unreadable_single_file_has_no_checklist() -> None:
    text = render(RECORDS[1:2], "text", single=True, lang="en")
    assert "could not be checked" in text and "✓" not in text
    assert "Filen er skadet" in text


def test_text_in_english_and_colour_keeps_the_text() -> None:
    text = render(RECORDS, "text", lang="en")
    assert "Nav office:" in text and "[AMOUNT_OVER_CAP, page 2]" in text
    coloured = colourize(text)
    assert coloured.plain == text
    assert any("red" in str(span.style) for span in coloured.spans)


# --- determinism -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic(fmt: str) -> None:
    assert render(RECORDS, fmt) == render([r.model_copy(deep=True) for r in RECORDS], fmt)


# --- letters -----------------------------------------------------------------------


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_letters_only_for_applications_with_errors(tmp_path: Path) -> None:
    """Unreadable files get no letter (the clerk sees them in the report); the
    letter asks the office in its own words, never with the clerk's instructions."""
    written = write_letters(RECORDS, tmp_path / "brev")
    assert [p.name for p in written] == ["Nav_Baerum-Nav_Baerum_x_y.docx"]
    text = _docx_text(written[0])
    assert "mangler følgende før vi kan sende den videre til Arbeids- og velferdsdirektoratet" in text
    assert messages.letter_text("AMOUNT_OVER_CAP", "nb") in text
    assert "Beløpet til stillinger er over rammen." not in text  # the finding's clerk-facing message
    assert "Vi ber dere også se på:" in text
    assert messages.letter_text("SIGNATURE_UNVERIFIED", "nb") in text
    assert messages.letter_text("SIGNED_AFTER_DEADLINE", "nb") in text
    assert "«Arbeid <først>; sammen»" in text and "signert 3. februar 2020" in text
    assert "Til: Nav Bærum" in text and "v/ Kari Nordmann" in text and "kari@nav.no" in text
    assert "[Saksbehandlers navn]" in text and "Statsforvalteren i [fylke]" in text
    document = Document(str(written[0]))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets[0] == messages.letter_text("AMOUNT_OVER_CAP", "nb")
    assert document.core_properties.category == OWN_OUTPUT_CATEGORY
    assert is_own_output(written[0])


def test_no_letter_for_a_document_that_is_not_an_application(tmp_path: Path) -> None:
    memo = Record(source=Source(path="referat.docx", format="docx"),
                  findings=[finding("NOT_AN_APPLICATION", "Ikke en søknad.")])
    assert write_letters([memo], tmp_path) == []


def test_letter_settings_fill_the_date_county_clerk_and_reply_deadline(tmp_path: Path) -> None:
    config = tmp_path / "brev.toml"
    config.write_text('county = "Innlandet"\nclerk = "Siri Saksbehandler"\nclerk_title = "rådgiver"\n'
                      'date = 2020-02-10\nreply_by = "2020-02-24"\n', encoding="utf-8")
    settings = load_letter_settings(config).merged(clerk="Per Clerk", county=None)
    (letter,) = write_letters(RECORDS[:1], tmp_path / "brev", settings=settings)
    text = _docx_text(letter)
    assert text.startswith("10. februar 2020")
    assert "innen 24. februar 2020" in text and "Statsforvalteren i Innlandet" in text
    assert "Per Clerk" in text and "rådgiver" in text and "[" not in text
    config.write_text('fylke = "Innlandet"\n', encoding="utf-8")
    with pytest.raises(LetterSettingsError, match="fylke"):
        load_letter_settings(config)


def test_letter_follows_the_applications_nynorsk(tmp_path: Path) -> None:
    record = RECORDS[0].model_copy(update={"language": "nn"})
    text = _docx_text_of(render_letter(record), tmp_path)
    assert "Med venleg helsing" in text and messages.letter_text("AMOUNT_OVER_CAP", "nn") in text
    assert "Statsforvaltaren i [fylke]" in text


def _docx_text_of(data: bytes, folder: Path) -> str:
    path = folder / "brev.docx"
    path.write_bytes(data)
    return _docx_text(path)


def test_every_letter_text_in_nynorsk_too() -> None:
    section = messages.catalogue()["letter_finding"]
    assert all("nn" in entry for entry in section.values())
    assert {key for key, entry in messages.catalogue()["text"].items() if key.startswith("letter_")} \
        <= {key for key, entry in messages.catalogue()["text"].items() if "nn" in entry}


def test_letters_in_english_and_deterministic(tmp_path: Path) -> None:
    assert render_letter(RECORDS[0]) == render_letter(RECORDS[0].model_copy(deep=True))
    (letter,) = write_letters(RECORDS[:1], tmp_path, lang="en")
    assert "the following is missing" in _docx_text(letter)


def test_letter_names_are_safe_and_unique(tmp_path: Path) -> None:
    a = RECORDS[0].model_copy(update={"source": Source(path="a/søknad.pdf", format="pdf")})
    b = RECORDS[0].model_copy(update={"source": Source(path="b/søknad.pdf", format="pdf")})
    assert letter_file_name(a) == "Nav_Baerum-soknad.docx"
    names = [p.name for p in write_letters([a, b], tmp_path)]
    assert names == ["Nav_Baerum-soknad.docx", "Nav_Baerum-soknad-2.docx"]
