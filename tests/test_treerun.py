"""The bench's process-tree accounting (benchmarks/treerun.py): a process the
measured command leaves behind (as the forkserver and its workers outlive
the check's main process for a moment) is waited for and its CPU seconds and
memory are counted, not lost with its parent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TREERUN = Path(__file__).resolve().parents[1] / "benchmarks" / "treerun.py"

ORPHAN = """
import os, time
if os.fork() == 0:
    block = bytearray(64 * 1024 * 1024)
    for i in range(0, len(block), 4096):
        block[i] = 1
    start = time.process_time()
    while time.process_time() - start < 0.4:
        pass
    os._exit(0)
os._exit(3)
"""


def _run(tmp_path: Path, code: str) -> tuple[int, dict]:
    out = tmp_path / "run.json"
    done = subprocess.run([sys.executable, str(TREERUN), str(out), sys.executable, "-c", code], check=False)
    return done.returncode, json.loads(out.read_text(encoding="utf-8"))


def test_an_orphaned_grandchild_is_waited_for_and_counted(tmp_path: Path) -> None:
    code, tree = _run(tmp_path, ORPHAN)
    assert code == 3
    assert tree["cpu_s"] >= 0.4
    assert tree["max_rss_mib"] >= 64


def test_a_command_alone(tmp_path: Path) -> None:
    code, tree = _run(tmp_path, "pass")
    assert code == 0
    assert tree["cpu_s"] < 0.4
    assert tree["max_rss_mib"] < 64
    assert tree["wall_s"] > 0
