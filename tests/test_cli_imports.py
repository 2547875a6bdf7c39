"""What the command line imports when it only prints a text (issue 15: ``--help`` ≤ 0.3 s).

``--help``, a command's ``--help``, ``--version`` and a usage error need the
command tree with its options and help texts, nothing that builds the record
models, the readers or the worker pool: those are imported by the command that
runs. Each case runs in a fresh interpreter (the test process has long since
imported everything) and reports which of the heavy modules it loaded. Behaviour
only; no timing.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from soknad_extract import batch, cli, launch, limit_settings, limits

HEAVY = ("pydantic", "soknad_extract.batch", "soknad_extract.record", "soknad_extract.sources",
         "soknad_extract.pool", "soknad_extract.readers", "soknad_extract.limits", "soknad_extract.discovery",
         "soknad_extract.outputs", "soknad_extract.pipeline", "soknad_extract.report.values",
         "importlib.metadata", "multiprocessing")

_PROBE = """
import json, sys
sys.argv = ["soknad-extract", *json.loads(sys.argv[1])]
from soknad_extract.launch import main
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = {heavy}
print(json.dumps({{"code": code, "loaded": sorted(m for m in heavy if m in sys.modules)}}), file=sys.stderr)
"""


def _run(*args: str) -> dict:
    probe = _PROBE.format(heavy=repr(HEAVY))
    result = subprocess.run([sys.executable, "-c", probe, json.dumps(list(args))],
                            capture_output=True, text=True, timeout=120)
    return json.loads(result.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("args, code", [
    (["--help"], 0),
    (["-h"], 0),
    (["check", "--help"], 0),
    (["extract", "--help"], 0),
    (["schema", "--help"], 0),
    (["schemes", "--help"], 0),
    (["serve", "--help"], 0),
    (["check", "--help", "--lang", "en"], 0),
    (["--bogus"], 2),
    (["nosuchcommand"], 2),
    (["schema", "--bogus"], 2),
])
def test_printing_a_text_loads_no_work_module(args: list[str], code: int) -> None:
    seen = _run(*args)
    assert seen["code"] == code
    assert seen["loaded"] == []


def test_the_version_loads_only_the_metadata() -> None:
    seen = _run("--version")
    assert seen["code"] == 0
    assert seen["loaded"] == ["importlib.metadata"]


def test_a_command_that_runs_loads_what_it_needs() -> None:
    """The lazy imports are really reached: ``schema`` builds the record models."""
    seen = _run("schema")
    assert seen["code"] == 0
    assert "soknad_extract.record" in seen["loaded"] and "pydantic" in seen["loaded"]


def test_the_defaults_under_help_are_the_batch_s() -> None:
    """The command line reads the defaults from the limits' values, not from the batch."""
    assert cli.DEFAULT_TIMEOUT == batch.DEFAULT_TIMEOUT
    assert isinstance(cli.DEFAULT_TIMEOUT, float)
    assert cli.DEFAULT_MEMORY_LIMIT == batch.DEFAULT_MEMORY_LIMIT
    assert limits.Limits is limit_settings.Limits and limits.DEFAULT is limit_settings.DEFAULT
    assert limits.active is limit_settings.active and limits.ENV_VAR == limit_settings.ENV_VAR


def test_check_paths_is_the_batch_s_until_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli.check_paths is batch.check_paths
    assert cli._check_paths() is batch.check_paths
    monkeypatch.setattr(cli, "check_paths", len)
    assert cli._check_paths() is len


@pytest.mark.parametrize("argv, reads", [
    (["check", "a.pdf"], True),
    (["extract", "a.pdf"], True),
    (["check", "--help"], False),
    (["check", "-h", "a.pdf"], False),
    (["extract", "--version"], False),
    (["check", "--", "-h"], True),      # after "--", "-h" is a file's name
    (["schema"], False),
    (["--help"], False),
])
def test_workers_start_early_only_for_a_reading_command(argv: list[str], reads: bool) -> None:
    assert launch.reads_documents(argv) is reads
