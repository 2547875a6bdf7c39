"""The command line: every command, format and exit code.

Most tests run the real batch machinery with a stand-in reader: each test
"application" file holds the JSON of the record it should produce, so a test
states exactly what the pipeline found. The end-to-end tests at the bottom
run the real pipeline over ``samples/``.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from docx import Document
from openpyxl import load_workbook

from soknad_extract import batch, cli, discovery, messages, pool, process_start
from soknad_extract.record import (
    Amounts, Code, Finding, Office, Project, Record, Source, json_schema, severity_of,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def record_from_file(path: str, scheme: str | None, lang: str) -> Record:
    """Stand-in reader: the file holds the record's JSON."""
    record = Record.model_validate_json(Path(path).read_text(encoding="utf-8"))
    update: dict = {"source": record.source.model_copy(update={"path": path})}
    if scheme is not None:
        update["scheme"] = scheme
    if lang == "en":
        update["findings"] = [f.model_copy(update={"message": "EN " + f.message})
                              for f in record.findings]
    return record.model_copy(update=update)


def _record(title: str | None, *errors: str) -> Record:
    findings = [Finding(code=Code(c), severity=severity_of(Code(c)), message=f"Mangler {c}")
                for c in errors]
    return Record(
        source=Source(path="x", format="pdf"),
        scheme="nav-sosiale-tjenester-2020",
        office=Office(name="Nav Vik", municipality="Vik"),
        project=Project(title=title, kind="new"),
        positions_percent_total=100,
        amounts=Amounts(positions=600000, total=600000),
        findings=findings,
        complete=not any(severity_of(Code(c)) == "error" for c in errors),
    )


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "check_paths",
                        functools.partial(batch.check_paths, _reader=record_from_file))


def _write(folder: Path, name: str, record: Record) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(record.model_dump_json(), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    apps = tmp_path / "søknader"
    _write(apps, "a-ok.pdf", _record("Tett på"))
    _write(apps, "b-mangler.docx", _record(None, "TITLE_MISSING", "ORG_NUMBER_MISSING"))
    _write(apps, "sub/c-advarsel.pdf", _record("Ut i arbeid", "START_DATE_MISSING"))
    (apps / "notater.txt").write_text("ikke en søknad")
    return apps


def run(*args: object) -> Result:
    return CliRunner().invoke(cli.cli, [str(a) for a in args], catch_exceptions=False)


# --- check -------------------------------------------------------------------------


def test_check_jsonl_one_line_per_application_sorted_exit_1(fake_pipeline, folder) -> None:
    result = run("check", folder, "--format", "jsonl")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [Path(json.loads(x)["source"]["path"]).name for x in lines] == [
        "a-ok.pdf", "b-mangler.docx", "c-advarsel.pdf"]
    assert "3 søknader, 2 komplette, 1 med feil" in result.stderr
    assert "\x1b[" not in result.stderr  # no progress bar when stderr is not a terminal


def test_check_exit_0_when_no_application_has_an_error(fake_pipeline, folder) -> None:
    result = run("check", folder / "a-ok.pdf", folder / "sub", "--format", "json")
    assert result.exit_code == 0
    assert [r["complete"] for r in json.loads(result.stdout)] == [True, True]


def test_check_one_file_gives_the_checklist_and_json_object(fake_pipeline, folder) -> None:
    result = run("check", folder / "b-mangler.docx")
    assert result.exit_code == 1
    assert "Sjekkliste:" in result.stdout and "✗ Prosjekttittel" in result.stdout
    result = run("check", folder / "b-mangler.docx", "--format", "json")
    assert json.loads(result.stdout)["project"]["title"] is None


def test_check_text_for_a_folder_is_blocks(fake_pipeline, folder) -> None:
    result = run("check", folder)
    assert result.stdout.count("== ") == 3 and "Sjekkliste" not in result.stdout
    assert "✗ Mangler TITLE_MISSING [TITLE_MISSING]" in result.stdout


def test_check_in_english(fake_pipeline, folder) -> None:
    result = run("check", folder, "--lang", "en", "--scheme", "nav-sosiale-tjenester-2019")
    assert result.exit_code == 1
    assert "3 applications, 2 complete, 1 with errors" in result.stderr
    assert "Nav office:" in result.stdout and "EN Mangler TITLE_MISSING" in result.stdout
    assert "nav-sosiale-tjenester-2019" in run("check", folder, "--format", "jsonl",
                                              "--scheme", "nav-sosiale-tjenester-2019").stdout


def test_check_csv_to_file_parses_back(fake_pipeline, folder, tmp_path) -> None:
    out = tmp_path / "rapport" / "oversikt.csv"
    result = run("check", folder, "--format", "csv", "--out", out)
    assert result.exit_code == 1 and result.stdout == ""
    assert f"Rapport skrevet til {out}" in result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 4 and rows[0][0] == "Fil"
    assert rows[2][-1] == "TITLE_MISSING; ORG_NUMBER_MISSING"


def test_check_xlsx_needs_out(fake_pipeline, folder, tmp_path) -> None:
    result = run("check", folder, "--format", "xlsx")
    assert result.exit_code == 2 and "--out" in result.stderr
    out = tmp_path / "oversikt.xlsx"
    assert run("check", folder, "--format", "xlsx", "--out", out).exit_code == 1
    sheet = load_workbook(out)["Oversikt"]
    assert sheet.max_row == 4 and sheet.freeze_panes == "A2"


def test_check_html_and_letters(fake_pipeline, folder, tmp_path) -> None:
    out, letters = tmp_path / "rapport.html", tmp_path / "brev"
    result = run("check", folder, "--format", "html", "--out", out, "--letters", letters)
    assert result.exit_code == 1
    assert "1 brevutkast skrevet til" in result.stderr
    (letter,) = letters.iterdir()
    text = "\n".join(p.text for p in Document(str(letter)).paragraphs)
    assert messages.letter_text("TITLE_MISSING", "nb") in text
    assert messages.letter_text("ORG_NUMBER_MISSING", "nb") in text
    assert "Mangler TITLE_MISSING" not in text  # the clerk's wording stays in the report
    page = out.read_text(encoding="utf-8")
    assert page.count('<tr class="') == 3
    assert "<footer>Laget med soknad-extract" in page  # no time without --stamp


def test_check_skips_its_own_outputs_inside_the_folder(fake_pipeline, folder) -> None:
    letters = folder / "brev"
    run("check", folder, "--letters", letters, "--format", "html", "--out", folder / "r.html")
    assert any(letters.iterdir())
    result = run("check", folder, "--format", "jsonl")
    assert len(result.stdout.splitlines()) == 3


@pytest.mark.slow
def test_check_output_is_byte_identical_across_runs(fake_pipeline, folder, tmp_path) -> None:
    for fmt in ("json", "jsonl", "csv", "html", "xlsx"):
        outputs = []
        for n in (1, 2):
            out = tmp_path / f"{n}.{fmt}"
            run("check", folder, "--format", fmt, "--out", out, "--jobs", str(n))
            outputs.append(out.read_bytes())
        assert outputs[0] == outputs[1], fmt


def test_check_stamp_puts_the_time_in_html(fake_pipeline, folder) -> None:
    result = run("check", folder, "--format", "html", "--stamp")
    assert "Laget 20" in result.stdout


def test_check_empty_folder_exits_0_and_says_so(fake_pipeline, tmp_path) -> None:
    result = run("check", tmp_path)
    assert result.exit_code == 0 and result.stdout == ""
    assert "Ingen søknader funnet" in result.stderr
    assert run("check", tmp_path, "--format", "json").stdout == "[]\n"
    assert "No applications found" in run("check", tmp_path, "--lang", "en").stderr


def test_check_nonexistent_path_is_a_usage_error(fake_pipeline, tmp_path) -> None:
    result = run("check", tmp_path / "finnes-ikke")
    assert result.exit_code == 2
    assert result.stderr.startswith("Feil: Finner ikke filen eller mappen")
    assert "Traceback" not in result.output
    result = run("check", tmp_path / "missing", "--lang", "en")
    assert result.stderr.startswith("Error: No such file or folder")


def test_unknown_scheme_is_a_usage_error_listing_the_known(fake_pipeline, folder) -> None:
    result = run("check", folder, "--scheme", "nav-2099")
    assert result.exit_code == 2
    assert "Ukjent utlysning «nav-2099»" in result.stderr
    assert "nav-sosiale-tjenester-2020" in result.stderr
    assert run("extract", folder / "a-ok.pdf", "--scheme", "x").exit_code == 2


@pytest.mark.parametrize("args", [
    ["check"],
    ["check", ".", "--format", "pdf"],
    ["check", ".", "--jobs", "0"],
    ["check", ".", "--timeout", "0"],
    ["extract"],
    ["nosuchcommand"],
])
def test_click_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args).exit_code == 2


def test_progress_bar_only_on_a_terminal(fake_pipeline, folder, monkeypatch) -> None:
    calls: list[int] = []
    real = cli.progress_bar

    def spy(total, enabled, lang):
        calls.append(total)
        return real(total, enabled, lang)

    monkeypatch.setattr(cli, "progress_bar", spy)
    result = run("check", folder, "--format", "jsonl")
    assert calls == [3] and "Leser søknader" not in result.stderr
    with cli.progress_bar(3, True, "nb") as advance:
        assert advance is None  # pytest's stderr is no terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with cli.progress_bar(3, False, "nb") as advance:
        assert advance is None  # --no-progress
    with cli.progress_bar(1, True, "nb") as advance:
        assert advance is not None
        advance(_record("x"))


def test_an_internal_error_is_one_line_exit_3(folder, monkeypatch) -> None:
    """Distinct from 1 ("an application has errors"), which scripts act on."""
    def broken(*args, **kwargs):
        raise pool.BatchError("a worker could not load the pipeline")

    monkeypatch.setattr(cli, "check_paths", broken)
    result = CliRunner().invoke(cli.cli, ["check", str(folder), "-q"])
    assert result.exit_code == 3
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("Intern feil: BatchError: a worker could not load")


# --- extract, schema, schemes, version ------------------------------------------------


def test_extract_prints_one_record(fake_pipeline, folder) -> None:
    result = run("extract", folder / "a-ok.pdf")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["project"]["title"] == "Tett på"
    result = run("extract", folder / "b-mangler.docx", "--format", "text", "--lang", "en")
    assert result.exit_code == 1 and "Checklist:" in result.stdout


def test_extract_wants_an_existing_file(fake_pipeline, folder) -> None:
    assert run("extract", folder).exit_code == 2
    result = run("extract", folder / "nope.pdf")
    assert result.exit_code == 2 and "nope.pdf" in result.stderr


def test_schema_prints_the_json_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0 and json.loads(result.stdout) == json_schema()


def test_schemes_lists_ids_deadlines_caps_and_areas() -> None:
    result = run("schemes")
    assert result.exit_code == 0
    assert "nav-sosiale-tjenester-2020" in result.stdout and "2020-02-01" in result.stdout
    assert "kr 610 000 per 100 % stilling" in result.stdout
    assert "kompetanse kr 10 000" in result.stdout
    assert "barnefamilier-ungdom-innvandrere" in result.stdout
    assert "deadline: 2020-02-01" in run("schemes", "--lang", "en").stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and "soknad-extract" in result.stdout


def test_console_entry_point_never_shows_a_traceback(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "soknad_extract", "check", str(tmp_path / "x.pdf")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Feil:")


def test_console_entry_point_checks_with_workers_started_early() -> None:
    """``python -m soknad_extract check`` starts the workers' forkserver
    before the command line is imported (``launch``); the records it gives
    are the pipeline's own."""
    from soknad_extract.pipeline import read_application

    sample = SAMPLES / "born_digital" / "acro_sel_2020.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "soknad_extract", "check", str(sample), "--format", "jsonl", "--no-progress"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    (line,) = result.stdout.splitlines()
    record = Record.model_validate_json(line)
    expected = read_application(sample)
    assert record.model_dump(exclude={"source"}) == expected.model_dump(exclude={"source"})


# --- end to end over samples/ (the real pipeline) -------------------------------------


def _sample_files() -> list[Path]:
    return discovery.find_applications([SAMPLES]) if SAMPLES.is_dir() else []


@pytest.mark.slow
@pytest.mark.ocr
def test_check_samples_end_to_end(tmp_path) -> None:
    files = _sample_files()
    result = run("check", SAMPLES, "--format", "jsonl", "--jobs", "2")
    assert result.exit_code == 1, "samples contain defects"
    records = [Record.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [r.source.path for r in records] == [str(p) for p in files]
    assert not [r.source.path for r in records
                if any(m in f.message for f in r.findings
                        for m in ("intern feil", "krasjet", "kunne ikke leses innen"))]
    assert f"{len(files)} søknader" in result.stderr


def test_extract_a_sample_end_to_end() -> None:
    docx = next(p for p in _sample_files() if p.suffix == ".docx")
    result = run("extract", docx)
    record = Record.model_validate_json(result.stdout)
    assert record.source.format == "docx" and result.exit_code == (0 if record.complete else 1)


@pytest.mark.slow
def test_real_records_are_byte_identical_across_runs() -> None:
    files = _sample_files()
    picks = [next(p for p in files if p.suffix == suffix) for suffix in (".docx", ".pdf")]
    picks += [p for p in files if "pades" in p.name][:1]
    first = run("check", *picks, "--format", "jsonl", "--jobs", "2")
    second = run("check", *picks, "--format", "jsonl", "--jobs", "1")
    assert len(first.stdout.splitlines()) == len(picks)
    assert first.stdout == second.stdout


# --- one read, many outputs; conventions ----------------------------------------------


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The stand-in pipeline, counting how often the folder is read."""
    reads: list[int] = []

    def check_paths(*args, **kwargs):
        reads.append(1)
        return batch.check_paths(*args, _reader=record_from_file, **kwargs)

    monkeypatch.setattr(cli, "check_paths", check_paths)
    return reads


def test_one_read_writes_every_output(counted, folder, tmp_path) -> None:
    outs = {fmt: tmp_path / "ut" / f"rapport.{ext}"
            for fmt, ext in (("csv", "csv"), ("xlsx", "xlsx"), ("html", "html"), ("jsonl", "jsonl"), ("text", "txt"))}
    args = [x for path in outs.values() for x in ("--out", path)]
    result = run("check", folder, *args, "--letters", tmp_path / "brev")
    assert result.exit_code == 1 and counted == [1] and result.stdout == ""
    assert outs["csv"].read_bytes().startswith(b"\xef\xbb\xbf")
    assert load_workbook(outs["xlsx"]).sheetnames == ["Oversikt", "Funn"]
    assert outs["html"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert len(outs["jsonl"].read_text(encoding="utf-8").splitlines()) == 3
    assert outs["text"].read_text(encoding="utf-8").count("== ") == 3
    assert len(list((tmp_path / "brev").iterdir())) == 1


def test_report_dir_writes_the_usual_set(counted, folder, tmp_path) -> None:
    result = run("check", folder, "--report-dir", tmp_path / "rapporter")
    assert result.exit_code == 1 and result.stdout == "" and counted == [1]
    assert sorted(p.name for p in (tmp_path / "rapporter").iterdir()) == [
        "oversikt.csv", "oversikt.xlsx", "rapport.html", "soknader.jsonl"]
    both = run("check", folder, "--report-dir", tmp_path / "r2", "--format", "jsonl")
    assert len(both.stdout.splitlines()) == 3  # --format still names what goes to stdout


@pytest.mark.parametrize("args, fragment", [
    (["--out", "x.xlsx", "--format", "text"], "«x.xlsx» gir formatet xlsx, men --format er text"),
    (["--out", "x.pdf"], "Vet ikke hvilket format «x.pdf» skal ha"),
    (["--format", "xlsx"], "Formatet xlsx skrives til fil"),
])
def test_format_and_extension_may_not_disagree(counted, folder, tmp_path, monkeypatch, args, fragment) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("check", folder, *args)
    assert result.exit_code == 2 and fragment in result.stderr
    assert counted == [] and not list(tmp_path.glob("x.*"))


def test_unknown_extension_with_a_format_is_written_in_that_format(counted, folder, tmp_path) -> None:
    out = tmp_path / "poster.data"
    assert run("check", folder, "--out", out, "--format", "json").exit_code == 1
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 3


def test_unwritable_outputs_stop_before_the_batch(counted, folder, tmp_path) -> None:
    blocker = tmp_path / "fil.txt"
    blocker.write_text("x")
    for args in (["--out", blocker / "oversikt.csv"], ["--letters", blocker], ["--out", tmp_path]):
        result = run("check", folder, *args)
        assert result.exit_code == 2 and result.stderr.startswith("Feil: "), args
    assert counted == []


def test_a_missing_schemes_folder_is_a_usage_error(counted, folder, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SOKNAD_EXTRACT_SCHEMES", str(tmp_path / "finnes-ikke"))
    result = run("check", folder)
    assert result.exit_code == 2 and "SOKNAD_EXTRACT_SCHEMES" in result.stderr and counted == []


def test_skipped_files_are_noted_and_quiet_silences_notes(fake_pipeline, folder) -> None:
    result = run("check", folder, "--format", "jsonl")
    assert "Hoppet over 1 fil:\n  filtypen leses ikke: notater.txt\n" in result.stderr
    assert "notater.txt: filtypen leses ikke" in run("check", folder, "--format", "jsonl", "-v").stderr
    quiet = run("check", folder, "--format", "jsonl", "-q")
    assert quiet.stderr == "" and len(quiet.stdout.splitlines()) == 3 and quiet.exit_code == 1


def test_ctrl_c_exits_130(folder, monkeypatch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "check_paths", interrupted)
    result = CliRunner().invoke(cli.cli, ["check", str(folder)])
    assert result.exit_code == 130 and result.stderr.splitlines()[-1] == "Avbrutt."


def test_letter_options_fill_the_letter(fake_pipeline, folder, tmp_path) -> None:
    config = tmp_path / "brev.toml"
    config.write_text('county = "Vestland"\nclerk = "Siri Saksbehandler"\n', encoding="utf-8")
    letters = tmp_path / "brev"
    result = run("check", folder, "--letters", letters, "--letter-config", config, "--county", "Innlandet",
                 "--letter-date", "2020-02-10", "--reply-by", "2020-02-24", "-q")
    assert result.exit_code == 1
    (letter,) = letters.iterdir()
    text = "\n".join(p.text for p in Document(str(letter)).paragraphs)
    assert text.startswith("10. februar 2020") and "innen 24. februar 2020" in text
    assert "Statsforvalteren i Innlandet" in text and "Siri Saksbehandler" in text
    assert run("check", folder, "--letters", letters, "--reply-by", "24.02.2020").exit_code == 2
    config.write_text("fylke = 1\n", encoding="utf-8")
    bad = run("check", folder, "--letters", letters, "--letter-config", config)
    assert bad.exit_code == 2 and "Brevinnstillingene" in bad.stderr


def test_help_is_norwegian_and_lists_the_exit_codes() -> None:
    result = subprocess.run([sys.executable, "-m", "soknad_extract", "check", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("Bruk: ") and "Valg:" in result.stdout
    assert "Avslutningskoder: 0" in result.stdout and "130 avbrutt" in result.stdout
    english = subprocess.run([sys.executable, "-m", "soknad_extract", "check", "--help", "--lang", "en"],
                             capture_output=True, text=True, timeout=60)
    assert english.stdout.startswith("Usage: ") and "Exit codes: 0" in english.stdout
    error = subprocess.run([sys.executable, "-m", "soknad_extract", "check", ".", "--format", "pdf"],
                           capture_output=True, text=True, timeout=60)
    assert error.returncode == 2 and "Ugyldig verdi for" in error.stderr and "Feil:" in error.stderr


def test_no_dependency_warnings_on_the_terminal() -> None:
    pades = SAMPLES / "signed" / "pades-en-signatur.pdf"
    result = subprocess.run([sys.executable, "-m", "soknad_extract", "extract", str(pades)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1)
    assert "Warning" not in result.stderr and result.stderr == ""


def test_extract_of_a_fifo_is_a_usage_error_not_a_hang(tmp_path) -> None:
    import os

    fifo = tmp_path / "y.pdf"
    os.mkfifo(fifo)
    result = run("extract", fifo)
    assert result.exit_code == 2 and "navngitt rør" in result.stderr


def test_extract_reads_standard_input(fake_pipeline, folder) -> None:
    """Also with the stand-in reader the bytes arrive as a file the reader can open."""
    data = (folder / "b-mangler.docx").read_bytes()
    result = CliRunner().invoke(cli.cli, ["extract", "-"], input=data)
    record = json.loads(result.stdout)
    assert result.exit_code == 1 and record["source"]["path"] == "-"
    assert record["project"]["title"] is None


def test_stdin_suffix_follows_the_bytes() -> None:
    from soknad_extract.stdin_input import suffix_of

    assert suffix_of(b"%PDF-1.7") == ".pdf" and suffix_of(b"PK\x03\x04rest") == ".docx"
    assert suffix_of(b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text") == ".odt"
    assert suffix_of(b"\xd0\xcf\x11\xe0") == ".doc" and suffix_of(b"\x89PNG\r\n") == ".png"


def test_workers_that_cannot_start_early_leave_the_command_to_the_batch(monkeypatch, capsys) -> None:
    """A forkserver that cannot start before the command line (a sandbox
    without Unix sockets, say) is no traceback: the command runs, and a
    batch that needs workers starts them itself and says what fails."""
    from soknad_extract import launch

    def refuse() -> None:
        raise OSError("no sockets here")

    monkeypatch.setattr(process_start, "start_early", refuse)
    monkeypatch.setattr(sys, "argv", ["soknad-extract", "check", "--help"])
    with pytest.raises(SystemExit) as stopped:
        launch.main()
    assert stopped.value.code == 0
    assert "check" in capsys.readouterr().out
