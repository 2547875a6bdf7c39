"""Run one command and account for its whole process tree exactly.

    python benchmarks/treerun.py OUT.json COMMAND [ARGS...]

``bench.py`` starts every measured command through this small parent. It
makes itself the child subreaper (Linux ``prctl``), so processes the command
leaves behind (the multiprocessing forkserver, its workers, Tesseract) are
handed to it when their own parent ends, and it waits for every one of them.
The kernel then holds the CPU seconds of the whole tree and the largest
resident set any single process of it reached (``getrusage`` of the children),
with no sampling: nothing is missed between samples and nothing is spent
looking. OUT.json gets ``wall_s`` (start to the command's own exit, as a user
waits), ``cpu_s`` and ``max_rss_mib``; the exit code is the command's.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def main() -> int:
    out, argv = sys.argv[1], sys.argv[2:]
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise SystemExit("treerun: prctl(PR_SET_CHILD_SUBREAPER) failed; Linux only")
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL)
    code = process.wait()
    wall = time.perf_counter() - started
    while True:
        try:
            os.wait()
        except ChildProcessError:
            break
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
                   "max_rss_mib": usage.ru_maxrss / 1024}, handle)
    return code


if __name__ == "__main__":
    sys.exit(main())
