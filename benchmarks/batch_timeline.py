"""Which worker of a batch reads what, when, and with how much CPU (not a test).

Runs ``batch.check_paths`` over the bench's mixed set (or the given files)
with ``--jobs`` workers in this process, after starting the forkserver as
the command line does, and logs from the parent when each worker became
ready, was handed each file and answered, with the worker's CPU seconds
(``/proc/<pid>/stat``, all its threads) and the seconds its threads waited
for a core (``schedstat``) at each. Prints, per worker, its first and last
file, the time it held files, their CPU, the waits for a core, what is
neither (blocked on something else: meaningful for a file read in one
thread; where OCR threads run beside the main thread their CPU and waits
add up across threads and it goes negative), the gaps between an answer and
its next file, and what a perfect schedule of the
same per-file CPU seconds would take: in the batch's own order and largest
first. On a shared machine wall seconds are the load's; the gaps, the tail
(last answer of one worker to the last of all) and the schedule are not.

    .venv/bin/python benchmarks/batch_timeline.py [--jobs 2] [--save OUT.json] [FILE ...]
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

T0 = time.monotonic()
TICK = os.sysconf("SC_CLK_TCK")


_DELAYS: dict[tuple[int, int], int] = {}
"""(process, thread) → nanoseconds the thread had waited for a core when last seen."""


def _seen_delays(pid: int) -> int:
    """Nanoseconds the threads of ``pid`` seen so far waited for a core
    (``schedstat``'s run delay); a thread that ended counts as last seen."""
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            try:
                _DELAYS[pid, int(task.name)] = int((task / "schedstat").read_text().split()[1])
            except OSError:
                pass
    except OSError:
        pass
    return sum(value for (owner, _), value in _DELAYS.items() if owner == pid)


def _watch_threads(pids: Callable[[], list[int]], stop: threading.Event) -> None:
    """Read every worker's threads every 20 ms, so that a thread that lives
    for one page (an OCR thread) leaves its waits behind."""
    while not stop.wait(0.02):
        for pid in pids():
            _seen_delays(pid)


def cpu_of(pid: int) -> tuple[float, float]:
    """CPU seconds of a process (all its threads) so far, and the seconds its
    threads waited for a core (what a quiet machine would not have made it
    wait); zeros once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0, 0.0
    return (int(fields[11]) + int(fields[12])) / TICK, _seen_delays(pid) / 1e9


def mixed_set() -> list[Path]:
    """bench.py's mixed set: samples/ and the dev set up to MIXED_SIZE."""
    import bench

    mixed = bench.files_of(("samples",), (".pdf", *bench.WORD_SUFFIXES, *bench.IMAGE_SUFFIXES))
    if bench.DEVSET_DOCS.is_dir():
        devset = sorted(p for p in bench.DEVSET_DOCS.iterdir()
                        if p.suffix.lower() in (".pdf", *bench.WORD_SUFFIXES, *bench.IMAGE_SUFFIXES))
        mixed += devset[:max(0, bench.MIXED_SIZE - len(mixed))]
    return mixed


def record(files: list[Path], jobs: int) -> tuple[list[tuple], float]:
    """Run the batch with the pool's hand-out and answers logged: (event, seconds, pid, index, CPU)."""
    from soknad_extract import batch, pool

    log: list[tuple] = []
    assign, message = pool.Pool._assign, pool.Pool._message

    def logged_assign(self: pool.Pool) -> None:
        idle = {id(w) for w in self.workers if w.index is None}
        assign(self)
        for w in self.workers:
            if w.index is not None and id(w) in idle:
                log.append(("take", time.monotonic() - T0, w.process.pid, w.index, cpu_of(w.process.pid)))

    def logged_message(self: pool.Pool, worker: pool._Worker, kind: str, index: int | None, payload: str | None) -> None:
        log.append((kind, time.monotonic() - T0, worker.process.pid, index, cpu_of(worker.process.pid)))
        message(self, worker, kind, index, payload)

    pool.Pool._assign, pool.Pool._message = logged_assign, logged_message  # type: ignore[method-assign]
    stop = threading.Event()
    watcher = threading.Thread(target=_watch_threads, args=(lambda: sorted({entry[2] for entry in log}), stop), daemon=True)
    watcher.start()
    try:
        batch.check_paths(files, jobs=jobs)
    finally:
        stop.set()
        pool.Pool._assign, pool.Pool._message = assign, message  # type: ignore[method-assign]
    return log, time.monotonic() - T0


def makespan(seconds: list[float], workers: int) -> float:
    """Greedy list schedule: each file to the worker that is free first."""
    free = [0.0] * workers
    for value in seconds:
        heapq.heappush(free, heapq.heappop(free) + value)
    return max(free)


def report(log: list[tuple], names: list[str], jobs: int, end: float, verbose: bool) -> None:
    taken: dict[int, tuple[float, list[float], int]] = {}
    spans: dict[int, list[tuple[float, float, int, float, float]]] = {}
    ready: dict[int, float] = {}
    order: list[int] = []
    for kind, at, pid, index, cpu in log:
        if kind == "ready":
            ready[pid] = at
        elif kind == "take":
            taken[index] = (at, cpu, pid)
            order.append(index)
        else:
            start, (cpu0, waited0), _ = taken[index]
            spans.setdefault(pid, []).append((start, at, index, cpu[0] - cpu0, cpu[1] - waited0))
    last = max(b for items in spans.values() for _, b, _, _, _ in items)
    print(f"end {end:.2f} s, last answer {last:.2f} s, load {os.getloadavg()[0]:.1f}")
    per_file = {index: cpu for items in spans.values() for _, _, index, cpu, _ in items}
    for pid, items in spans.items():
        items.sort()
        gaps = sum(max(0.0, items[i + 1][0] - items[i][1]) for i in range(len(items) - 1))
        held = sum(b - a for a, b, *_ in items)
        cpu, waited = sum(item[3] for item in items), sum(item[4] for item in items)
        print(f"worker {pid}: ready {ready.get(pid, float('nan')):.2f}, first file {items[0][0]:.2f}, "
              f"last answer {items[-1][1]:.2f} (tail {last - items[-1][1]:.2f}), {len(items)} files, "
              f"held {held:.2f} s, CPU {cpu:.2f} s, waited for a core {waited:.2f} s, "
              f"neither {held - cpu - waited:.2f} s, gaps {gaps:.3f} s")
    total = sum(per_file.values())
    print(f"files' CPU {total:.2f} s, ÷{jobs} {total / jobs:.2f} s; schedule of those seconds: the batch's order "
          f"{makespan([per_file[i] for i in order], jobs):.2f} s, largest first "
          f"{makespan(sorted(per_file.values(), reverse=True), jobs):.2f} s")
    if verbose:
        rows = sorted((a, b, index, cpu, waited, pid) for pid, items in spans.items() for a, b, index, cpu, waited in items)
        for a, b, index, cpu, waited, pid in rows:
            print(f"{pid:7d} {a:8.2f} {b:8.2f} CPU {cpu:6.2f} waited {waited:6.2f}  {Path(names[index]).name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--save", type=Path, help="write the log as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="every file's span")
    args = parser.parse_args()
    from soknad_extract import process_start

    process_start.start_early()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    files = args.files or mixed_set()
    from soknad_extract.discovery import find_applications

    names = [str(f) for f in find_applications(files)]  # the pool's indexes are into this list
    log, end = record(files, args.jobs)
    if args.save:
        args.save.write_text(json.dumps({"files": names, "log": log, "end": end}))
    report(log, names, args.jobs, end, args.verbose)


if __name__ == "__main__":
    main()
