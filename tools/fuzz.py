"""Fuzz the command line with mutated samples, and run the hostile corpus.

    python tools/fuzz.py fuzz --count 2000 --seed 13     # mutants of samples/ PDF and DOCX
    python tools/fuzz.py hostile                         # tests/hostile/make.py, file by file
    python tools/fuzz.py mutate OUT --count 100          # only write the mutants

Every run of ``soknad-extract check --format jsonl`` happens in a child
process with an address-space limit (``--memory-mb``, default 3000 MB, as
``prlimit --as``) and a wall-clock limit, in its own process group that is
killed afterwards, with TMPDIR pointing into a private folder that is
inspected (for files left behind) and removed. It reports, per run: files,
records, tracebacks on stderr (with the innermost soknad_extract frame),
records that say "intern feil"/internal error, documents stopped by the
per-document time limit, runs that hung, and the peak memory of the run's
processes (``wait4`` of the CLI, which includes the workers it reaped).

Mutants are seeded per index (``Random(f"{seed}:{i}")``), so one mutant can
be rebuilt from its name alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from soknad_extract.tempfiles import remove_tree, run_folder  # noqa: E402

CLI = [sys.executable, "-m", "soknad_extract"]
"""The command line, run as a module: a console script without a ``__main__``
guard would be re-run by every forkserver worker."""
INTERNAL = re.compile(r"intern feil|internal error|uventet feil|unexpected error", re.IGNORECASE)
TIMED_OUT = re.compile(r"innen [\d,]+ sekunder|within [\d.]+ seconds")
CRASHED = re.compile(r"krasjet|crashed")
FRAME = re.compile(r'File "([^"]*soknad_extract[^"]*)", line (\d+), in (\S+)')


# --- mutants ---------------------------------------------------------------------------


def sample_files(root: Path = ROOT / "samples", scanned: bool = False) -> list[Path]:
    files = [p for p in sorted(root.rglob("*")) if p.suffix in (".pdf", ".docx") and p.stat().st_size > 0]
    return [p for p in files if scanned or "scanned" not in p.parts]


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _delete(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 4096):]


def _repeat(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start:start + rng.randint(1, 4096)]
    return data[:start] + chunk * rng.randint(2, 50) + data[start:]


def _pdf_xref(rng: random.Random, data: bytes) -> bytes:
    """Break the cross-reference: a wrong startxref, garbled offsets, or no table."""
    choice = rng.randrange(3)
    if choice == 0:
        return re.sub(rb"startxref\s+\d+", b"startxref\n%d" % rng.randrange(len(data) * 2), data)
    if choice == 1:
        return re.sub(rb"\d{10} \d{5} n", lambda m: b"%010d 00000 n" % rng.randrange(len(data))
                      if rng.random() < 0.3 else m.group(0), data)
    return re.sub(rb"xref\s.*?trailer", b"trailer", data, count=1, flags=re.DOTALL)


def _pdf_objects(rng: random.Random, data: bytes) -> bytes:
    """Lie in /Length, drop endobj/endstream, or garble a stream's data."""
    choice = rng.randrange(3)
    if choice == 0:
        return re.sub(rb"/Length \d+", lambda m: b"/Length %d" % rng.randrange(1 << 20)
                      if rng.random() < 0.5 else m.group(0), data)
    if choice == 1:
        word = rng.choice([b"endobj", b"endstream", b"stream", b">>"])
        spots = [m.start() for m in re.finditer(re.escape(word), data)]
        if spots:
            spot = rng.choice(spots)
            return data[:spot] + data[spot + len(word):]
        return data
    spots = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
    if not spots:
        return _flip(rng, data)
    spot = rng.choice(spots)
    return data[:spot] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))) + data[spot + 64:]


def _zip_entries(rng: random.Random, data: bytes) -> bytes:
    """Damage one member's bytes, its checksum, sizes or method, in the
    local header or the central directory."""
    out = bytearray(data)
    headers = [m.start() for m in re.finditer(rb"PK\x03\x04", data)]
    central = [m.start() for m in re.finditer(rb"PK\x01\x02", data)]
    choice = rng.randrange(4)
    if choice == 0 and headers:
        at = rng.choice(headers)
        start = at + 30 + int.from_bytes(data[at + 26:at + 28], "little") + int.from_bytes(data[at + 28:at + 30], "little")
        for _ in range(rng.randint(1, 8)):
            spot = min(len(out) - 1, start + rng.randrange(64))
            out[spot] = rng.randrange(256)
    elif choice == 1 and central:
        at = rng.choice(central)
        field_at = rng.choice([16, 20, 24, 42])  # crc, compressed size, size, local offset
        out[at + field_at:at + field_at + 4] = rng.randrange(1 << 32).to_bytes(4, "little")
    elif choice == 2 and central:
        at = rng.choice(central)
        out[at + 10:at + 12] = rng.choice([0, 1, 9, 12, 14, 99]).to_bytes(2, "little")
        out[at + 8:at + 10] = rng.choice([0, 1, 8]).to_bytes(2, "little")
    else:
        end = data.rfind(b"PK\x05\x06")
        if end >= 0:
            out[end + 8:end + 12] = rng.randrange(1 << 16).to_bytes(2, "little") * 2
    return bytes(out)


def _xml_damage(rng: random.Random, text: bytes) -> bytes:
    choice = rng.randrange(6)
    tags = [m.start() for m in re.finditer(rb"</", text)] or [0]
    spot = rng.choice(tags)
    if choice == 0:
        return text[:spot] + text[text.find(b">", spot) + 1:]  # a closing tag gone
    if choice == 1:
        return text[:spot] + b"<" + text[spot:]
    if choice == 2:
        return text[: rng.randrange(len(text))]
    if choice == 3:
        return text[:spot] + b"&nbsp;&#xFFFFFFF;" + text[spot:]
    if choice == 4:
        return text[:spot] + b"\xff\xfe\xc3" + text[spot:]
    return re.sub(rb'w:val="[^"]*"', lambda m: rng.choice(
        [b'w:val="1e30"', b'w:val="-1"', b'w:val="nan"', b'w:val=""', b'w:val="99999999999"', m.group(0)]), text)


def _docx_xml(rng: random.Random, data: bytes) -> bytes:
    """Malformed XML in one member (document.xml, styles, numbering …),
    written back as a well-formed zip."""
    import io

    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        infos = source.infolist()
        xml = [i for i in infos if i.filename.endswith((".xml", ".rels"))]
        target = rng.choice([i for i in xml if i.filename == "word/document.xml"] * 3 + xml)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as sink:
            for info in infos:
                content = source.read(info)
                if info.filename == target.filename:
                    content = _xml_damage(rng, content)
                sink.writestr(zipfile.ZipInfo(info.filename, date_time=info.date_time), content,
                              compress_type=zipfile.ZIP_DEFLATED)  # no clock in the bytes
        return out.getvalue()
    except (zipfile.BadZipFile, IndexError, KeyError, zlib.error, ValueError):
        return _flip(rng, data)


COMMON = {"flip": _flip, "truncate": _truncate, "delete": _delete, "repeat": _repeat}
OPERATORS = {".pdf": {**COMMON, "xref": _pdf_xref, "objects": _pdf_objects},
             ".docx": {**COMMON, "zip": _zip_entries, "xml": _docx_xml}}


def mutate(sources: list[Path], count: int, seed: int, out: Path) -> list[Path]:
    """Write ``count`` mutants to ``out``: ``m00042-xref-acro_sel_2020.pdf``."""
    out.mkdir(parents=True, exist_ok=True)
    cache = {p: p.read_bytes() for p in sources}
    written = []
    for index in range(count):
        rng = random.Random(f"{seed}:{index}")
        source = rng.choice(sources)
        name, operator = rng.choice(sorted(OPERATORS[source.suffix].items()))
        data = operator(rng, cache[source]) or b"\0"
        path = out / f"m{index:05d}-{name}-{source.stem}{source.suffix}"
        path.write_bytes(data)
        written.append(path)
    return written


# --- running the CLI ----------------------------------------------------------------------


@dataclass
class Run:
    files: int
    records: int = 0
    seconds: float = 0.0
    peak_mb: float = 0.0
    exit: int | None = None
    hung: bool = False
    invalid_output: bool = False
    tracebacks: list[str] = field(default_factory=list)
    internal: list[str] = field(default_factory=list)
    timed_out: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    """Per record: file name, codes, and the first message (hostile runs)."""
    stderr_tail: str = ""


def _limit(memory: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))


def _tracebacks(stderr: str) -> list[str]:
    """One line per traceback: the innermost soknad_extract frame and the error."""
    found = []
    for block in stderr.split("Traceback (most recent call last):")[1:]:
        frames = FRAME.findall(block)
        lines = [line for line in block.splitlines() if line.strip() and not line.startswith(" ")]
        error = lines[0] if lines else "?"
        where = (f"{Path(frames[-1][0]).relative_to(Path(frames[-1][0]).parents[1]) if frames else '?'}"
                 f":{frames[-1][1]} {frames[-1][2]}" if frames else "outside soknad_extract")
        found.append(f"{where}: {error[:200]}")
    return found


def run_cli(paths: list[Path], *, timeout: float, memory_mb: int, doc_timeout: float, jobs: int = 1) -> Run:
    """``check --format jsonl`` on ``paths`` in a limited child process."""
    run = Run(files=len(paths))
    with run_folder() as private:
        tmp = private.document("tmp")
        out_path, err_path = private.path / "out.jsonl", private.path / "err.txt"
        env = {**os.environ, "TMPDIR": str(tmp), "PYTHONUNBUFFERED": "1"}
        env.pop("SOKNAD_EXTRACT_DEBUG", None)
        command = [*CLI, "check", *map(str, paths), "--format", "jsonl", "--no-progress",
                   "--jobs", str(jobs), "--timeout", str(doc_timeout)]
        start = time.monotonic()
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            child = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env,
                                     start_new_session=True, preexec_fn=lambda: _limit(memory_mb * 1_000_000))
        try:
            status, usage, peak_kib = _wait(child, run, start, timeout)
        except BaseException:
            _kill_tree(child.pid)
            child.wait()
            raise
        child.returncode = os.waitstatus_to_exitcode(status)
        _kill_group(child.pid)
        run.seconds = round(time.monotonic() - start, 2)
        run.exit = child.returncode
        run.peak_mb = round(max(usage.ru_maxrss, peak_kib) / 1024, 1)
        time.sleep(0.2)  # let orphaned workers see their lifeline close
        run.left_behind = sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*"))[:20]
        _read_output(run, out_path.read_bytes(), err_path.read_bytes())
    return run


def _wait(child: subprocess.Popen, run: Run, start: float, timeout: float) -> tuple[int, Any, int]:
    """Wait for ``child`` (killing its tree after ``timeout``), sampling peak memory."""
    usage, peak_kib, tick, status = None, 0, 0, 0
    while usage is None:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid == 0:
                usage = None
                if time.monotonic() - start > timeout:
                    run.hung = True
                    _kill_tree(child.pid)
                    _, status, usage = os.wait4(child.pid, 0)
                else:
                    tick += 1
                    if tick % 4 == 0:
                        peak_kib = max(peak_kib, _tree_peak_kib(child.pid))
                    time.sleep(0.05)
    return status, usage, peak_kib


def _descendants(root: int) -> list[int]:
    """``root`` and every process below it (workers lead sessions of their own,
    so the process group is not enough)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                ppid = int(handle.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _tree_peak_kib(root: int) -> int:
    """The largest peak resident size (VmHWM) of one process in the tree."""
    peak = 0
    for pid in _descendants(root):
        try:
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
        except (OSError, ValueError):
            continue
    return peak


def _kill_tree(root: int) -> None:
    for pid in _descendants(root):
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _read_output(run: Run, stdout: bytes, stderr: bytes) -> None:
    try:
        text = stdout.decode("utf-8")
    except UnicodeDecodeError:
        run.invalid_output = True
        text = stdout.decode("utf-8", "replace")
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            run.invalid_output = True
            continue
        run.records += 1
        path = Path(record.get("source", {}).get("path", "?")).name
        codes = [f.get("code") for f in record.get("findings", [])]
        first = next((f.get("message", "") for f in record.get("findings", [])), "")
        run.findings.append(f"{path}: {','.join(codes)} | {first[:200]}")
        for finding in record.get("findings", []):
            message = finding.get("message", "")
            for pattern, bucket in ((INTERNAL, run.internal), (TIMED_OUT, run.timed_out),
                                    (CRASHED, run.crashed)):
                if pattern.search(message):
                    bucket.append(f"{path}: {message[:160]}")
    err = stderr.decode("utf-8", "replace")
    run.tracebacks = _tracebacks(err)
    run.internal += [f"(whole run) {line[:200]}" for line in err.splitlines() if INTERNAL.search(line)]
    run.stderr_tail = err[-400:]


# --- commands ----------------------------------------------------------------------------------


def _chunks(items: list[Path], size: int) -> list[list[Path]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def fuzz(args: argparse.Namespace) -> dict:
    sources = sample_files(scanned=args.scanned)
    with tempfile.TemporaryDirectory(prefix="soknad-fuzz-") as folder:
        mutants = mutate(sources, args.count, args.seed, Path(folder))
        runs = [run_cli(chunk, timeout=args.run_timeout, memory_mb=args.memory_mb,
                        doc_timeout=args.doc_timeout, jobs=args.jobs)
                for chunk in _chunks(mutants, args.batch)]
    summary = {
        "seed": args.seed, "mutants": len(mutants), "runs": len(runs),
        "records": sum(r.records for r in runs),
        "missing_records": sum(r.files - r.records for r in runs),
        "tracebacks": sum(len(r.tracebacks) for r in runs),
        "internal_error_records": sum(len(r.internal) for r in runs),
        "timed_out_documents": sum(len(r.timed_out) for r in runs),
        "crashed_documents": sum(len(r.crashed) for r in runs),
        "hung_runs": sum(r.hung for r in runs),
        "invalid_output_runs": sum(r.invalid_output for r in runs),
        "left_behind_runs": sum(bool(r.left_behind) for r in runs),
        "peak_mb": max((r.peak_mb for r in runs), default=0),
        "seconds": round(sum(r.seconds for r in runs), 1),
        "traceback_sites": Counter(t for r in runs for t in r.tracebacks).most_common(),
        "internal_errors": [i for r in runs for i in r.internal],
        "timed_out": [i for r in runs for i in r.timed_out],
        "crashed": [i for r in runs for i in r.crashed],
        "hung": [[p.name for p in chunk] for r, chunk in zip(runs, _chunks(mutants, args.batch)) if r.hung],
    }
    return summary


def hostile(args: argparse.Namespace) -> dict:
    from tests.hostile import make

    results = {}
    with tempfile.TemporaryDirectory(prefix="soknad-hostile-") as folder:
        for case in make.CASES:
            if (args.only and case.name not in args.only) or (args.light and case.heavy and not args.only):
                continue
            alone = Path(folder) / "alone" / case.name
            alone.mkdir(parents=True)
            path = case.build(alone / case.filename)
            make.build(Path(folder) / "corpus", only=[case.name])
            for how, target in (("file", path), ("folder", alone)):
                run = run_cli([target], timeout=args.run_timeout, memory_mb=args.memory_mb,
                              doc_timeout=args.doc_timeout)
                results[f"{case.name} ({how})"] = _brief(run, path)
                print(case.name, how, json.dumps(results[f"{case.name} ({how})"], ensure_ascii=False),
                      file=sys.stderr, flush=True)
            remove_tree(alone)
        if not args.only:
            run = run_cli([Path(folder) / "corpus"], timeout=args.run_timeout * 3, memory_mb=args.memory_mb,
                          doc_timeout=args.doc_timeout, jobs=args.jobs)
            results["(whole folder as one batch)"] = _brief(run, Path(folder) / "corpus")
        remove_tree(Path(folder) / "corpus")
    return results


def _brief(run: Run, path: Path) -> dict:
    data = asdict(run)
    data["stderr_tail"] = data["stderr_tail"][-300:]
    data["messages"] = _messages(run)
    return data


def _messages(run: Run) -> list[str]:
    return run.internal + run.timed_out + run.crashed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("fuzz", "hostile", "mutate"):
        command = sub.add_parser(name)
        command.add_argument("--seed", type=int, default=13)
        command.add_argument("--count", type=int, default=500)
        command.add_argument("--memory-mb", type=int, default=3000)
        command.add_argument("--doc-timeout", type=float, default=60.0)
        command.add_argument("--run-timeout", type=float, default=300.0)
        command.add_argument("--jobs", type=int, default=1)
        command.add_argument("--batch", type=int, default=50, help="mutants per CLI run")
        command.add_argument("--scanned", action="store_true", help="also mutate the scanned samples (slow)")
        command.add_argument("--light", action="store_true")
        command.add_argument("--only", nargs="*", default=[])
        command.add_argument("--json", type=Path, help="write the result here as JSON")
        if name == "mutate":
            command.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "mutate":
        for path in mutate(sample_files(scanned=args.scanned), args.count, args.seed, args.out):
            print(path)
        return
    result = fuzz(args) if args.command == "fuzz" else hostile(args)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
