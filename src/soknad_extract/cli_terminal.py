"""What the command line prints on the terminal besides the reports: notes,
the progress bar, the list of skipped files, and keeping dependencies quiet.

Kept apart from ``cli`` so the command definitions stay readable; nothing here
judges or reads an application. Like ``cli`` it imports the batch and the
records only when a command runs, so ``--help`` does not.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from soknad_extract.messages import t

if TYPE_CHECKING:
    from soknad_extract.record import Record

SKIPPED_SHOWN = 3
"""Names shown per reason in the skipped-files note (all with -v)."""


def quiet_dependencies(verbose: bool) -> None:
    """Keep libraries' warnings and the reading log off the terminal unless asked.

    Set in the environment too, so worker processes started after this see it."""
    from soknad_extract.batch import LOG_ENV, QUIET_ENV

    if verbose:
        os.environ[LOG_ENV] = "INFO"
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
        return
    warnings.simplefilter("ignore")
    os.environ[QUIET_ENV] = "ignore"
    os.environ[LOG_ENV] = "CRITICAL"


def note(text: str, quiet: bool) -> None:
    if not quiet:
        click.echo(text, err=True)


def print_report(output: str, fmt: str) -> None:
    """A report on stdout, coloured only for text on a terminal."""
    if fmt == "text" and sys.stdout.isatty():
        from rich.console import Console

        from soknad_extract.report.text import colourize

        Console(highlight=False, soft_wrap=True).print(colourize(output), end="")
    else:
        click.echo(output, nl=False)


@contextmanager
def progress_bar(total: int, enabled: bool, lang: str) -> Iterator[Callable[[Record], None] | None]:
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


def skipped_note(skipped: list[tuple[Path, str]], lang: str, verbose: bool) -> str:
    """What was passed over: every path with -v, else a count per reason with a few names."""
    from soknad_extract.sources import display_path

    n = len(skipped)
    lines = [t("skipped_files", lang, n=n, files=t("file_one" if n == 1 else "file_many", lang))]
    if verbose:
        return "\n".join(lines + [f"  {display_path(path)}: {t(reason, lang)}" for path, reason in skipped])
    by_reason: dict[str, list[Path]] = {}
    for path, reason in skipped:
        by_reason.setdefault(reason, []).append(path)
    for reason, paths in by_reason.items():
        names = ", ".join(display_path(p.name) for p in paths[:SKIPPED_SHOWN])
        more = f", {t('skipped_more', lang, n=len(paths) - SKIPPED_SHOWN)}" if len(paths) > SKIPPED_SHOWN else ""
        lines.append(f"  {t(reason, lang)}: {names}{more}")
    return "\n".join(lines)
