"""The ``soknad-extract`` command line: a thin layer over ``batch`` and ``report``.

Exit codes (record.md): 0 when no application has an error finding, 1 when
any has, 2 on a usage error (unknown option, unknown scheme, a path that
does not exist, xlsx without ``--out``). ``extract`` follows the same rule
for its one record. Bad documents never reach here as exceptions: they are
records with ``DOCUMENT_UNREADABLE``. Anything else that escapes is a bug and
is printed as one line, not a traceback (set ``SOKNAD_EXTRACT_DEBUG=1`` to
see it).
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NoReturn

import click

from soknad_extract.batch import DEFAULT_TIMEOUT, check_paths
from soknad_extract.discovery import InputError, find_applications
from soknad_extract.record import Record, json_schema
from soknad_extract.report import BINARY_FORMATS, FORMATS, render, summary_line
from soknad_extract.report.about import version
from soknad_extract.messages import t

DEBUG_ENV = "SOKNAD_EXTRACT_DEBUG"


class UsageProblem(click.ClickException):
    """A usage error in the user's language; exits 2 like click's own."""

    exit_code = 2

    def __init__(self, message: str, lang: str) -> None:
        super().__init__(message)
        self.lang = lang

    def show(self, file: Any = None) -> None:
        click.echo(f"{t('error_prefix', self.lang)}: {self.message}", err=True)


class InternalProblem(UsageProblem):
    """A bug or a broken installation: one line, exit 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(self.message, err=True)


def _guarded(command: Callable[..., None]) -> Callable[..., None]:
    """Turn anything unexpected into one readable line instead of a traceback."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        lang = kwargs.get("lang", "nb")
        try:
            command(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise  # click reports these itself (a closed pipe ends quietly)
        except InputError as exc:
            raise UsageProblem(exc.message(lang), lang) from exc
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            raise InternalProblem(t("internal_error", lang, error=_describe(exc)), lang) from exc

    return run


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


_lang_option = click.option(
    "--lang", type=click.Choice(["nb", "en"]), default="nb", show_default=True,
    help="Language of messages and reports (Bokmål or English).",
)
_scheme_option = click.option(
    "--scheme", metavar="ID",
    help="Check against this announcement instead of the one the document points to "
         "(see `soknad-extract schemes`).",
)
_timeout_option = click.option(
    "--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
    show_default=True, help="Seconds one document may take before it is reported unreadable.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version(), "--version", prog_name="soknad-extract")
def cli() -> None:
    """Read grant applications from Nav offices and report what is missing."""


def _check_scheme(scheme: str | None, lang: str) -> None:
    """Scheme files load here, once, so a broken one is a clear usage error
    rather than the same failure in every worker."""
    from soknad_extract.schemes import SchemeError, list_schemes

    try:
        known = [s.id for s in list_schemes()]
    except SchemeError as exc:
        raise UsageProblem(str(exc), lang) from exc
    if scheme is not None and scheme not in known:
        raise UsageProblem(t("unknown_scheme", lang, scheme=scheme, known=", ".join(known)), lang)


def _exit_code(records: list[Record]) -> int:
    return 1 if any(r.errors() for r in records) else 0


def _write(output: str | bytes, out: Path | None, fmt: str, lang: str) -> None:
    """Write a report to ``out``, or to stdout (coloured only for text on a terminal)."""
    if out is not None:
        data = output if isinstance(output, bytes) else output.encode("utf-8")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        except OSError as exc:
            raise UsageProblem(t("cannot_write", lang, path=out, error=exc.strerror or exc),
                               lang) from exc
        click.echo(t("output_written", lang, path=out), err=True)
        return
    assert isinstance(output, str)
    if fmt == "text" and sys.stdout.isatty():
        from rich.console import Console

        from soknad_extract.report.text import colourize

        Console(highlight=False, soft_wrap=True).print(colourize(output), end="")
    else:
        click.echo(output, nl=False)


@contextmanager
def _progress(total: int, enabled: bool, lang: str) -> Iterator[Callable[[Record], None] | None]:
    """A progress bar on stderr, only when stderr is a terminal and not switched off."""
    if not enabled or total == 0 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[last]}", style="dim"),
        console=Console(stderr=True), transient=True,
    ) as bar:
        task = bar.add_task(t("progress", lang), total=total, last="")

        def advance(record: Record) -> None:
            bar.update(task, advance=1, last=Path(record.source.path).name)

        yield advance


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json",
              show_default=True, help="json: the record; text: a self-check list.")
@_scheme_option
@_lang_option
@_timeout_option
@_guarded
def extract(file: Path, fmt: str, scheme: str | None, lang: str, timeout: float) -> None:
    """Read one application FILE and print its record."""
    _check_scheme(scheme, lang)
    if file.is_dir():
        raise UsageProblem(t("extract_needs_file", lang, path=file), lang)
    files = find_applications([file])
    records = check_paths(files, scheme=scheme, lang=lang, jobs=1, timeout=timeout)
    _write(render(records, fmt, lang=lang, single=True), None, fmt, lang)
    click.get_current_context().exit(_exit_code(records))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead of standard output (required for xlsx).")
@click.option("--letters", type=click.Path(file_okay=False, path_type=Path),
              help="Write a draft letter (.docx) for each application with errors into this folder.")
@click.option("--jobs", type=click.IntRange(min=1),
              help="Documents read in parallel [default: the number of CPUs].")
@_timeout_option
@_scheme_option
@_lang_option
@click.option("--no-progress", is_flag=True, help="No progress bar, even on a terminal.")
@click.option("--stamp", is_flag=True, help="Put the time of the run into the HTML report.")
@_guarded
def check(paths: tuple[Path, ...], fmt: str, out: Path | None, letters: Path | None,
          jobs: int | None, timeout: float, scheme: str | None, lang: str, no_progress: bool,
          stamp: bool) -> None:
    """Check every application in PATH... (files and folders, searched recursively)."""
    _check_scheme(scheme, lang)
    if fmt in BINARY_FORMATS and out is None:
        raise UsageProblem(t("xlsx_needs_out", lang), lang)
    files = find_applications(paths, exclude=[p for p in (out, letters) if p is not None])
    if not files:
        click.echo(t("no_applications_found", lang, paths=", ".join(map(str, paths))), err=True)
    with _progress(len(files), not no_progress, lang) as progress:
        records = check_paths(files, scheme=scheme, lang=lang, jobs=jobs, timeout=timeout,
                              progress=progress)
    single = len(paths) == 1 and paths[0].is_file()
    if records or fmt != "text" or out is not None:
        when = datetime.now(timezone.utc).astimezone() if stamp else None
        _write(render(records, fmt, lang=lang, single=single, stamp=when), out, fmt, lang)
    if letters is not None:
        from soknad_extract.report.letters import write_letters

        try:
            written = write_letters(records, letters, lang=lang)
        except OSError as exc:
            raise UsageProblem(t("cannot_write", lang, path=letters, error=exc.strerror or exc), lang) from exc
        click.echo(t("letters_written", lang, n=len(written), dir=letters), err=True)
    if records:
        click.echo(summary_line(records, lang), err=True)
    click.get_current_context().exit(_exit_code(records))


@cli.command()
@_guarded
def schema() -> None:
    """Print the JSON Schema of the record."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@cli.command()
@_lang_option
@_guarded
def schemes(lang: str) -> None:
    """List the announcements applications can be checked against."""
    from soknad_extract.report import values
    from soknad_extract.schemes import list_schemes

    for scheme in list_schemes():
        caps = [t("schemes_per_position", lang, amount=values.amount(scheme.caps.per_position, lang))
                if scheme.caps.per_position else None,
                t("schemes_competence", lang, amount=values.amount(scheme.caps.competence, lang))
                if scheme.caps.competence else None]
        caps_text = ", ".join(c for c in caps if c) or t("schemes_no_caps", lang)
        deadline = scheme.deadline.isoformat() if scheme.deadline else t("none", lang)
        click.echo(f"{scheme.id}  ({scheme.year})  {scheme.title}")
        click.echo(f"  {t('schemes_deadline', lang)}: {deadline}")
        click.echo(f"  {t('schemes_caps', lang)}: {caps_text}")
        click.echo(f"  {t('priority_areas', lang)}:")
        for area in scheme.priority_areas:
            click.echo(f"    - {area.id}: {area.label(lang)}")


def main() -> NoReturn:
    """Console-script entry point."""
    try:
        cli.main(prog_name="soknad-extract")
    except Exception as exc:  # noqa: BLE001 - the last guard against a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        click.echo(f"Intern feil / internal error: {_describe(exc)}", err=True)
        sys.exit(1)
    sys.exit(0)
