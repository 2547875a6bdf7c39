"""The entry point of ``soknad-extract`` and ``python -m soknad_extract``.

A check's critical path is the command line's own imports, then the workers'
forkserver importing the pipeline (``soknad_extract.warm``), then the
documents. Started here, before the command line is imported, the
forkserver's imports run beside the command line's on a second core. Only
for the commands that read documents (``check``, ``extract``; ``serve``
starts it itself): the others start no workers. A file that happens to be
named like a command costs an idle forkserver, nothing more.
"""

from __future__ import annotations

import sys
from typing import NoReturn

READING_COMMANDS = frozenset({"check", "extract"})


def main() -> NoReturn:
    """Console-script entry point: the command line, with workers started early to read documents."""
    if READING_COMMANDS.intersection(sys.argv[1:]):
        from soknad_extract.process_start import start_early

        try:
            start_early()
        except Exception:  # noqa: BLE001 - the batch starts its workers again and says what fails
            pass
    from soknad_extract.cli import main as cli_main

    cli_main()
