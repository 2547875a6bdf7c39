"""The entry point of ``soknad-extract`` and ``python -m soknad_extract``.

A check's critical path is the command line's own imports, then the workers'
forkserver importing the pipeline (``soknad_extract.warm``), then the
documents. Started here, before the command line is imported, the
forkserver's imports run beside the command line's on a second core. Only
for the commands that read documents (``check``, ``extract``; ``serve``
starts it itself): the others start no workers. A file that happens to be
named like a command costs an idle forkserver, nothing more. Nor when the
command line asks for help or the version (``check --help``): nothing is
read, and the forkserver's imports would cost a second of CPU for nothing.
"""

from __future__ import annotations

import sys
from typing import NoReturn

READING_COMMANDS = frozenset({"check", "extract"})
ONLY_TEXT_OPTIONS = frozenset({"-h", "--help", "--version"})
"""Options that print a text and end the command line before anything is read."""


def reads_documents(argv: list[str]) -> bool:
    """Whether the command line will (probably) read documents: a reading
    command, and no help or version option before a ``--``. A guess is
    enough: the batch starts the workers itself when this says no."""
    options = argv[:argv.index("--")] if "--" in argv else argv
    return bool(READING_COMMANDS.intersection(argv)) and not ONLY_TEXT_OPTIONS.intersection(options)


def main() -> NoReturn:
    """Console-script entry point: the command line, with workers started early to read documents."""
    if reads_documents(sys.argv[1:]):
        from soknad_extract.process_start import start_early

        try:
            start_early()
        except Exception:  # noqa: BLE001 - the batch starts its workers again and says what fails
            pass
    from soknad_extract.cli import main as cli_main

    cli_main()
