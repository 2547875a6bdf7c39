"""The ``soknad-extract`` command line: a thin layer over ``batch`` and ``report``.

Exit codes (record.md, and listed under ``--help``): 0 when no application
has an error finding, 1 when any has, 2 on a usage error (unknown option or
scheme, a path that does not exist, an output that cannot be written or
whose extension and ``--format`` disagree), 3 on an internal error (a bug
or a broken installation), 130 when stopped with Ctrl-C. Everything a user
can get wrong is found before the batch starts. Bad documents never reach
here as exceptions: they are records with ``DOCUMENT_UNREADABLE``. Anything
else that escapes is printed as one line, not a traceback (set
``SOKNAD_EXTRACT_DEBUG=1`` to see it).

Help and click's own words are in Bokmål unless ``--lang en`` or
``SOKNAD_EXTRACT_LANG=en`` says otherwise (``cli_words``). Dependency
warnings and the reading log stay off the terminal unless ``-v``.

Importing this module builds the command tree with its options and help
texts and nothing more: the batch, the record models, the readers and the
reports are imported by the command that runs (``--help`` and a usage error
never load them). ``check_paths`` is looked up on this module when a command
runs, so a test may replace ``cli.check_paths``.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from soknad_extract.cli_terminal import note, print_report, progress_bar, quiet_dependencies, skipped_note
from soknad_extract.cli_words import language, localize
from soknad_extract.limit_settings import DEFAULT as DEFAULT_LIMITS
from soknad_extract.messages import t
from soknad_extract.report import FORMATS

if TYPE_CHECKING:
    from soknad_extract.batch import check_paths
    from soknad_extract.outputs import Output
    from soknad_extract.record import Record
    from soknad_extract.report.letter_settings import LetterSettings

DEBUG_ENV = "SOKNAD_EXTRACT_DEBUG"
EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEFAULT_TIMEOUT = float(DEFAULT_LIMITS.document_seconds)
"""``batch.DEFAULT_TIMEOUT``, read from the limits without importing the batch."""
DEFAULT_MEMORY_LIMIT = DEFAULT_LIMITS.worker_memory_mib << 20
"""``batch.DEFAULT_MEMORY_LIMIT`` (bytes), likewise."""


def __getattr__(name: str) -> Any:
    """``check_paths`` imported when first asked for (a command that reads documents, or a test)."""
    if name == "check_paths":
        from soknad_extract.batch import check_paths

        return check_paths
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _check_paths() -> Callable[..., list[Record]]:
    """The batch's ``check_paths``, or what a test put in its place on this module."""
    return sys.modules[__name__].check_paths


class _Version:
    """The version for ``--version``, looked up only when asked for (``importlib.metadata``
    and the installed distributions cost a fresh process tens of milliseconds)."""

    def __str__(self) -> str:
        from soknad_extract.report.about import version

        return version()


class UsageProblem(click.ClickException):
    """A usage error in the user's language; exits 2 like click's own."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, lang: str) -> None:
        super().__init__(message)
        self.lang = lang

    def show(self, file: Any = None) -> None:
        click.echo(f"{t('error_prefix', self.lang)}: {self.message}", err=True)


class InternalProblem(UsageProblem):
    """A bug or a broken installation: one line, exit 3."""

    exit_code = EXIT_INTERNAL

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
        except KeyboardInterrupt:
            click.echo(t("interrupted", lang), err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            # Both are loaded by the time either can be raised (the command imports them).
            from soknad_extract.discovery import InputError
            from soknad_extract.outputs import OutputProblem

            if isinstance(exc, (InputError, OutputProblem)):
                raise UsageProblem(exc.message(lang), lang) from exc
            if os.environ.get(DEBUG_ENV):
                raise
            raise InternalProblem(t("internal_error", lang, error=_describe(exc)), lang) from exc

    return run


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


_lang_option = click.option("--lang", type=click.Choice(["nb", "en"]), default="nb", show_default=True,
                            help="opt_lang")
_scheme_option = click.option("--scheme", metavar="ID", help="opt_scheme")
_timeout_option = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
                               show_default=True, metavar="SEKUNDER", help="opt_timeout")
_quiet_option = click.option("-q", "--quiet", is_flag=True, help="opt_quiet")
_verbose_option = click.option("-v", "--verbose", is_flag=True, help="opt_verbose")


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, help="cli", epilog="exit_codes",
             options_metavar="[VALG]", subcommand_metavar="KOMMANDO [ARGUMENTER]...")
@click.version_option(_Version(), "--version", prog_name="soknad-extract")
def cli() -> None:
    """The command group; its help text is the catalogue's ``help.cli``."""


def _check_scheme(scheme: str | None, lang: str) -> None:
    """Scheme files load here, once, so a broken one (or a county folder that
    is not there) is a clear usage error rather than the same failure in
    every worker."""
    from soknad_extract.schemes import SCHEMES_ENV, SchemeError, list_schemes

    folder = os.environ.get(SCHEMES_ENV)
    if folder and not Path(folder).is_dir():
        raise UsageProblem(t("schemes_folder_missing", lang, path=folder), lang)
    try:
        known = [s.id for s in list_schemes()]
    except SchemeError as exc:
        raise UsageProblem(exc.message(lang), lang) from exc
    if scheme is not None and scheme not in known:
        raise UsageProblem(t("unknown_scheme", lang, scheme=scheme, known=", ".join(known)), lang)


def _exit_code(records: list[Record]) -> int:
    return EXIT_ERRORS if any(r.errors() for r in records) else EXIT_OK


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A YYYY-MM-DD option as a date; anything else is a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(t("bad_date", language(sys.argv[1:]), value=value)) from None


@cli.command(help="cmd_extract", epilog="exit_codes", options_metavar="[VALG]")
@click.argument("file", type=click.Path(path_type=Path), metavar="FIL")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="opt_format_extract")
@_scheme_option
@_lang_option
@_timeout_option
@_quiet_option
@_verbose_option
@_guarded
def extract(file: Path, fmt: str, scheme: str | None, lang: str, timeout: float, quiet: bool,
            verbose: bool) -> None:
    from soknad_extract.discovery import discover
    from soknad_extract.report import render
    from soknad_extract.sources import display_path
    from soknad_extract.stdin_input import STDIN

    quiet_dependencies(verbose)
    _check_scheme(scheme, lang)
    if str(file) == STDIN:
        records = _extract_stdin(scheme, lang, timeout)
    else:
        if file.is_dir():
            raise UsageProblem(t("extract_needs_file", lang, path=file), lang)
        found = discover([file])
        for path, reason in found.skipped:
            raise UsageProblem(t("not_readable_path", lang, path=display_path(path), reason=t(reason, lang)), lang)
        records = _check_paths()(found.files, scheme=scheme, lang=lang, jobs=1, timeout=timeout)
    print_report(render(records, fmt, lang=lang, single=True), fmt)
    click.get_current_context().exit(_exit_code(records))


def _extract_stdin(scheme: str | None, lang: str, timeout: float) -> list[Record]:
    """Read the application on standard input; its record's source is "-"."""
    from soknad_extract.stdin_input import MAX_BYTES, STDIN, StdinTooLarge, stdin_file

    try:
        with stdin_file(click.get_binary_stream("stdin")) as path:
            records = _check_paths()([path], scheme=scheme, lang=lang, jobs=1, timeout=timeout)
    except StdinTooLarge:
        raise UsageProblem(t("stdin_too_large", lang, limit=f"{MAX_BYTES >> 20} MB"), lang) from None
    return [r.model_copy(update={"source": r.source.model_copy(update={"path": STDIN})}) for r in records]


def _letter_settings(config: Path | None, lang: str, **overrides: object) -> LetterSettings:
    """The settings file, with the command line's values on top; the date defaults to today."""
    from soknad_extract.report.letter_settings import LetterSettings, LetterSettingsError, load_letter_settings

    settings = LetterSettings()
    if config is not None:
        try:
            settings = load_letter_settings(config)
        except LetterSettingsError as exc:
            raise UsageProblem(t("letters_config_error", lang, path=config, error=exc.message(lang)), lang) from exc
    settings = settings.merged(**overrides)
    return settings if settings.date else settings.merged(date=date.today())


def _prepare(outputs: list[Output], letters: Path | None) -> None:
    """Every target writable, before any document is read."""
    from soknad_extract.outputs import check_writable

    for output in outputs:
        if output.path is not None:
            check_writable(output.path)
    if letters is not None:
        check_writable(letters, folder=True)


@cli.command(help="cmd_check", epilog="exit_codes", options_metavar="[VALG]")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="STI...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="opt_format_check")
@click.option("--out", "outs", multiple=True, type=click.Path(path_type=Path), metavar="FIL", help="opt_out")
@click.option("--report-dir", type=click.Path(path_type=Path), metavar="MAPPE", help="opt_report_dir")
@click.option("--letters", type=click.Path(path_type=Path), metavar="MAPPE", help="opt_letters")
@click.option("--letter-config", type=click.Path(dir_okay=False, path_type=Path), metavar="FIL",
              help="opt_letter_config")
@click.option("--county", metavar="FYLKE", help="opt_county")
@click.option("--clerk", metavar="NAVN", help="opt_clerk")
@click.option("--clerk-title", metavar="TITTEL", help="opt_clerk_title")
@click.option("--letter-date", callback=_iso_date, metavar="ÅÅÅÅ-MM-DD", help="opt_letter_date")
@click.option("--reply-by", callback=_iso_date, metavar="ÅÅÅÅ-MM-DD", help="opt_reply_by")
@click.option("--follow-links", is_flag=True, help="opt_follow_links")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N", help="opt_jobs")
@_timeout_option
@click.option("--memory-limit", type=click.IntRange(min=0), default=DEFAULT_MEMORY_LIMIT >> 20, show_default=True,
              metavar="MB", help="opt_memory_limit")
@_scheme_option
@_lang_option
@click.option("--no-progress", is_flag=True, help="opt_no_progress")
@click.option("--stamp", is_flag=True, help="opt_stamp")
@_quiet_option
@_verbose_option
@_guarded
def check(paths: tuple[Path, ...], fmt: str | None, outs: tuple[Path, ...], report_dir: Path | None,
          letters: Path | None, letter_config: Path | None, county: str | None, clerk: str | None,
          clerk_title: str | None, letter_date: date | None, reply_by: date | None, follow_links: bool,
          jobs: int | None, timeout: float, memory_limit: int, scheme: str | None, lang: str,
          no_progress: bool, stamp: bool, quiet: bool, verbose: bool) -> None:
    from soknad_extract.discovery import discover
    from soknad_extract.outputs import plan_outputs, write_output
    from soknad_extract.report import render, summary_line

    quiet_dependencies(verbose)
    _check_scheme(scheme, lang)
    outputs = plan_outputs(outs, fmt, report_dir)
    _prepare(outputs, letters)
    settings = None
    if letters is not None:
        settings = _letter_settings(letter_config, lang, county=county, clerk=clerk, clerk_title=clerk_title,
                                    date=letter_date, reply_by=reply_by)
    found = discover(paths, exclude=[p for p in (*outs, report_dir, letters) if p is not None],
                     follow_links=follow_links)
    if found.skipped:
        note(skipped_note(found.skipped, lang, verbose), quiet)
    if not found.files:
        note(t("no_applications_found", lang, paths=", ".join(map(str, paths))), quiet)
    with progress_bar(len(found.files), not (no_progress or quiet), lang) as progress:
        records = _check_paths()(found.files, scheme=scheme, lang=lang, jobs=jobs, timeout=timeout,
                              progress=progress, memory_limit=(memory_limit << 20) or None)
    single = len(paths) == 1 and paths[0].is_file()
    when = datetime.now(timezone.utc).astimezone() if stamp else None
    rendered: dict[str, str | bytes] = {}
    for output in outputs:
        if output.path is None and output.fmt == "text" and not records:
            continue  # the note above says there was nothing to check
        if output.fmt not in rendered:
            rendered[output.fmt] = render(records, output.fmt, lang=lang, single=single, stamp=when)
        data = rendered[output.fmt]
        if output.path is None:
            assert isinstance(data, str)
            print_report(data, output.fmt)
        else:
            write_output(data, output.path)
            note(t("output_written", lang, path=output.path), quiet)
    if letters is not None:
        from soknad_extract.report.letters import write_letters

        try:
            written = write_letters(records, letters, lang=lang, settings=settings)
        except OSError as exc:
            raise UsageProblem(t("cannot_write", lang, path=letters, error=exc.strerror or exc), lang) from exc
        note(t("letters_written", lang, n=len(written), dir=letters), quiet)
    if records:
        note(summary_line(records, lang), quiet)
    click.get_current_context().exit(_exit_code(records))


@cli.command(help="cmd_schema", options_metavar="[VALG]")
@_guarded
def schema() -> None:
    from soknad_extract.record import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@cli.command(help="cmd_schemes", options_metavar="[VALG]")
@_lang_option
@_guarded
def schemes(lang: str) -> None:
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



@cli.command(help="cmd_serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="opt_host")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="opt_port")
@click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=20.0,
              show_default=True, help="opt_max_mb")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="opt_workers")
@_timeout_option
@_guarded
def serve(host: str, port: int, max_mb: float, workers: int, timeout: float) -> None:
    from soknad_extract.web.app import serve as run_server
    from soknad_extract.web.checking import Settings

    _check_scheme(None, "nb")
    click.echo(t("serve_started", "nb", host=host, port=port), err=True)
    run_server(host, port, Settings(max_bytes=int(max_mb * 1024 * 1024), workers=workers,
                                    timeout=timeout))


localize(cli, language([]))


def main() -> NoReturn:
    """Console-script entry point."""
    lang = language(sys.argv[1:])
    localize(cli, lang)
    try:
        cli.main(prog_name="soknad-extract")
    except Exception as exc:  # noqa: BLE001 - the last guard against a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        click.echo(t("internal_error", lang, error=_describe(exc)), err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(EXIT_OK)
