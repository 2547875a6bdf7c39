"""Time and peak memory of `soknad-extract check` over samples/ (not a test).

Each configuration runs in a fresh Python process, as a clerk's command
would: the worker pool with ``jobs`` 1 and 2 under the forkserver and spawn
start methods, and, for comparison, a plain loop calling ``read_application``
in one process (what ``jobs=1`` would cost without isolation). Memory is the
peak, over the run, of the summed proportional set size (PSS: shared pages
counted once across processes) of the process and all its descendants,
sampled every 20 ms from /proc, so it is Linux-only.

    .venv/bin/python benchmarks/batch_bench.py [FOLDER] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import processes

ROOT = Path(__file__).resolve().parents[1]

POOL = """
import sys
from soknad_extract import batch, pool, process_start
process_start.START_METHOD = {method!r}
if __name__ == "__main__":
    records = batch.check_paths([{folder!r}], jobs={jobs})
    print(len(records), sum(1 for r in records if r.errors()), file=sys.stderr)
"""

IN_PROCESS = """
import sys
from soknad_extract.discovery import find_applications
from soknad_extract.pipeline import read_application
records = [read_application(p) for p in find_applications([{folder!r}])]
print(len(records), sum(1 for r in records if r.errors()), file=sys.stderr)
"""


STARTUP = """
import time
import functools
from soknad_extract import batch, pool, process_start
process_start.START_METHOD = {method!r}
if __name__ == "__main__":
    context = process_start.context()
    times = []
    for _ in range(2):
        started = time.perf_counter()
        ours, theirs = context.Pipe()
        lifeline_r, lifeline_w = context.Pipe(duplex=False)
        reader = functools.partial(batch._as_json, batch._read_with_pipeline)
        process = context.Process(target=pool._worker_main, args=(
            theirs, lifeline_r, reader, batch._load_pipeline, None, "nb"))
        process.start()
        assert ours.recv()[0] == "ready"
        times.append(time.perf_counter() - started)
        ours.send(None)
        process.join()
    print(" ".join(f"{{t:.2f}}" for t in times))
"""


def startup(method: str) -> str:
    """Seconds from starting a worker to its "ready" (pipeline imported, tokenizer built):
    the first worker of a batch, then a second one (forkserver: already warm)."""
    result = subprocess.run([sys.executable, "-c", STARTUP.format(method=method)], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def _children() -> dict[int, list[int]]:
    """Parent pid → its children's pids, from ``bench.processes``."""
    tree: dict[int, list[int]] = {}
    for pid, (ppid, _cpu) in processes().items():
        tree.setdefault(ppid, []).append(pid)
    return tree


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_pss_mib(root: int) -> float:
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kib(pid)
        todo += tree.get(pid, [])
    return total / 1024


def measure(code: str) -> tuple[float, float, str]:
    """(wall seconds, peak MiB, the script's stderr) for one fresh run."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_pss_mib(process.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - started
    err = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"run failed ({process.returncode}):\n{err}")
    return wall, peak, err.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "samples"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    configs = [("in-process loop", "-", IN_PROCESS.format(folder=args.folder))]
    for method in ("forkserver", "spawn"):
        for jobs in (1, 2):
            configs.append((f"pool {method}", str(jobs),
                            POOL.format(method=method, folder=args.folder, jobs=jobs)))
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    for method in ("forkserver", "spawn"):
        print(f"worker start-up to ready, {method}: first, second worker (s): {startup(method)}")
    print(f"folder {args.folder}, median of {args.repeat} runs")
    print(f"{'configuration':<18} {'jobs':>4} {'wall s':>7} {'peak MiB':>9}  files errors")
    for name, jobs, code in configs:
        runs = [measure(code) for _ in range(args.repeat)]
        wall = statistics.median(r[0] for r in runs)
        peak = statistics.median(r[1] for r in runs)
        print(f"{name:<18} {jobs:>4} {wall:>7.2f} {peak:>9.0f}  {runs[-1][2]}")


if __name__ == "__main__":
    main()
