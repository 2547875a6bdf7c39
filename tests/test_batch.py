"""Batch checking: finding files, the worker pool, time limits and crash isolation.

The pool is driven with tiny fake readers (module-level so worker processes
can import them) that sleep, crash or raise depending on the file's name.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
import types
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

from soknad_extract import batch, clock, pool
from soknad_extract.batch import check_paths
from soknad_extract.discovery import InputError, discover, find_applications
from soknad_extract.pool import Failure
from soknad_extract.record import Code, Finding, Record, Source
from soknad_extract.report.letters import write_letters


def fake_reader(path: str, scheme: str | None, lang: str) -> Record:
    """Reads instantly, unless the file's name asks for trouble."""
    name = Path(path).name
    if "slow" in name:
        Path(path + ".pid").write_text(str(os.getpid()))
        if "child" in name:
            child = subprocess.Popen(["sleep", "300"])
            Path(path + ".childpid").write_text(str(child.pid))
        time.sleep(300)
    if "spin" in name:
        while True:  # a document that spends CPU for ever, as a hostile one can
            pass
    if "segfault" in name:
        ctypes.string_at(0)
    if "exit" in name:
        os._exit(3)
    if "raise" in name:
        raise RuntimeError("reader bug")
    if "logged" in name:
        with open(Path(path).parent / "started.log", "a", encoding="utf-8") as log:
            log.write(name + "\n")
    if "hog" in name:
        hoard = bytearray(1 << 30)  # far over the test's limit: a MemoryError if the limit holds
        del hoard
    return Record(source=Source(path=path, format="pdf"), scheme=scheme, language="nb",
                  complete=True)


def _files(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF-1.4 test " + name.encode())
        paths.append(path)
    return paths


def _gone(pid: int) -> bool:
    """The process no longer runs (it may linger as a zombie until its new parent reaps it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


# --- find_applications ---------------------------------------------------------


def test_find_searches_folders_recursively_and_sorts_by_path(tmp_path: Path) -> None:
    _files(tmp_path, "b.pdf", "a.DOCX", "sub/c.odt", "sub/deeper/d.JPG", "notes.txt",
           "e.Tiff", "f.rtf")
    found = find_applications([tmp_path])
    names = [p.relative_to(tmp_path).as_posix() for p in found]
    assert names == ["a.DOCX", "b.pdf", "e.Tiff", "f.rtf", "sub/c.odt", "sub/deeper/d.JPG"]


def test_find_skips_hidden_lock_files_and_excluded_paths(tmp_path: Path) -> None:
    _files(tmp_path, "ok.pdf", ".hidden.pdf", ".git/x.pdf", "~$ok.docx", "out/report.pdf",
           "brev/x.pdf")
    found = find_applications([tmp_path], exclude=[tmp_path / "out", tmp_path / "brev/x.pdf"])
    assert [p.name for p in found] == ["ok.pdf"]


def test_find_skips_letters_written_by_this_tool(tmp_path: Path) -> None:
    (app,) = _files(tmp_path, "app.pdf")
    missing = Finding(code=Code.TITLE_MISSING, severity="error", message="Mangler tittel.")
    record = fake_reader(str(app), None, "nb").model_copy(update={"complete": False, "findings": [missing]})
    letters = write_letters([record], tmp_path / "brev")
    assert letters and letters[0].suffix == ".docx"
    assert [p.name for p in find_applications([tmp_path])] == ["app.pdf"]
    assert discover([tmp_path]).skipped == [(letters[0], "skip_own_output")]


def test_discovery_notes_what_it_skipped_and_why(tmp_path: Path) -> None:
    _files(tmp_path, "a.pdf", "notater.txt", "~$a.docx", ".skjult.pdf", "under/regneark.xlsx")
    found = discover([tmp_path])
    assert [p.name for p in found.files] == ["a.pdf"]
    assert [(p.name, why) for p, why in found.skipped] == [
        (".skjult.pdf", "skip_hidden"), ("notater.txt", "skip_unsupported"),
        ("regneark.xlsx", "skip_unsupported"), ("~$a.docx", "skip_lock_file")]


def test_find_takes_given_files_as_they_are_and_once(tmp_path: Path) -> None:
    (notes, pdf) = _files(tmp_path, "notes.txt", "x.pdf")
    found = find_applications([notes, pdf, tmp_path, str(pdf)])
    assert found == [notes, pdf]
    assert found[0] is not None and str(found[1]) == str(pdf)


def test_find_nonexistent_path_is_an_input_error_in_both_languages(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        find_applications([tmp_path / "mangler.pdf"])
    assert "mangler.pdf" in info.value.message("nb") and "Finner ikke" in info.value.message("nb")
    assert "No such file" in info.value.message("en")


def test_find_empty_folder_gives_nothing(tmp_path: Path) -> None:
    assert find_applications([tmp_path]) == []
    assert check_paths([tmp_path], _reader=fake_reader) == []


# --- check_paths -----------------------------------------------------------------


def test_records_come_back_in_path_order_with_progress(tmp_path: Path) -> None:
    paths = _files(tmp_path, "c.pdf", "a.pdf", "b.pdf", "d.pdf", "e.pdf")
    seen: list[str] = []
    records = check_paths([tmp_path], jobs=2, scheme="nav-sosiale-tjenester-2020",
                          progress=lambda r: seen.append(r.source.path), _reader=fake_reader)
    assert [r.source.path for r in records] == sorted(str(p) for p in paths)
    assert sorted(seen) == sorted(str(p) for p in paths)
    assert all(r.scheme == "nav-sosiale-tjenester-2020" and r.complete for r in records)


def test_several_workers_start_with_the_largest_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With two workers, the largest files (the scans, in a real batch) are
    handed out first; records still come back in path order. The order is
    taken where the batch hands it to the pool: which worker logs its start
    first is up to the machine's scheduler, not the batch."""
    sizes = {"a.pdf": 10, "b.pdf": 5000, "c.pdf": 20, "d.pdf": 9000, "e.pdf": 30}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"%PDF-1.4 " + b"x" * size)
    handed: list[list[str]] = []

    class RecordingPool(batch.Pool):
        def run(self) -> None:
            handed.append([Path(self.paths[i]).name for i in self.queue])
            super().run()

    monkeypatch.setattr(batch, "Pool", RecordingPool)
    records = check_paths([tmp_path], jobs=2, _reader=fake_reader)
    assert [Path(r.source.path).name for r in records] == sorted(sizes)
    assert handed == [["d.pdf", "b.pdf", "e.pdf", "c.pdf", "a.pdf"]]


def test_picture_files_start_before_larger_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A picture file is a page for OCR however few its bytes (a bilevel
    TIFF scan): pictures are handed out before the rest, each group largest
    first."""
    sizes = {"a.pdf": 10, "b.tif": 40, "c.pdf": 9000, "d.png": 500, "e.docx": 3000}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    handed: list[list[str]] = []

    class RecordingPool(batch.Pool):
        def run(self) -> None:
            handed.append([Path(self.paths[i]).name for i in self.queue])
            super().run()

    monkeypatch.setattr(batch, "Pool", RecordingPool)
    check_paths([tmp_path], jobs=2, _reader=fake_reader)
    assert handed == [["d.png", "b.tif", "c.pdf", "e.docx", "a.pdf"]]


def test_one_worker_reads_in_path_order(tmp_path: Path) -> None:
    for name, size in {"a-logged.pdf": 10, "b-logged.pdf": 5000, "c-logged.pdf": 20}.items():
        (tmp_path / name).write_bytes(b"%PDF-1.4 " + b"x" * size)
    check_paths([tmp_path], jobs=1, _reader=fake_reader)
    assert (tmp_path / "started.log").read_text(encoding="utf-8").split() == ["a-logged.pdf", "b-logged.pdf", "c-logged.pdf"]


def _warm_up_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> Callable[[], None]:
    """The warm-up a batch of two files would run in each worker (no worker is started)."""
    for name in ("a.pdf", "b.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    warm_ups: list = []

    class Recorder:
        """Takes the batch's warm-up and ends each file as failed."""

        def __init__(self, paths: list[str], reader: object, warm_up: object, scheme: object, lang: object,
                     size: object, timeout: object, done: Callable[[int, Failure], None], *args: object) -> None:
            warm_ups.append(warm_up)
            self.paths, self.done = paths, done

        def run(self) -> None:
            for index in range(len(self.paths)):
                self.done(index, Failure("failed", "not read in this test"))

    monkeypatch.setattr(batch, "Pool", Recorder)
    monkeypatch.setattr(batch, "default_jobs", lambda: 2)
    assert len(check_paths([tmp_path], jobs=jobs)) == 2
    (warm_up,) = warm_ups
    # The warm-up runs here, not in a worker: what it sets is undone after the test.
    for name in warm_up.args[0]:
        monkeypatch.setenv(name, os.environ.get(name, ""))
    monkeypatch.setitem(sys.modules, "soknad_extract.warm", types.ModuleType("soknad_extract.warm"))
    return warm_up


@pytest.mark.parametrize(("jobs", "user", "expected"), [(1, None, "2"), (2, None, "1"), (2, "2", "2")])
def test_workers_are_told_how_many_pages_to_ocr_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int, user: str | None, expected: str
) -> None:
    """Workers that share the cores OCR fewer pages each (each page holds an
    image and a Tesseract model in the worker); a user's own choice stays."""
    from soknad_extract.readers.ocr import threads

    if user is None:
        monkeypatch.delenv(threads.THREADS_ENV, raising=False)
    else:
        monkeypatch.setenv(threads.THREADS_ENV, user)
    warm_up = _warm_up_of(tmp_path, monkeypatch, jobs)
    monkeypatch.delenv(threads.THREADS_ENV, raising=False)
    warm_up()
    assert os.environ[threads.THREADS_ENV] == expected


def test_workers_take_the_quiet_terminal_the_command_line_set_after_they_could_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The forkserver starts before the command line silences libraries
    (``launch``), so a worker is told, not left to inherit it."""
    monkeypatch.setenv(batch.LOG_ENV, "CRITICAL")
    monkeypatch.setenv(batch.QUIET_ENV, "ignore")
    warm_up = _warm_up_of(tmp_path, monkeypatch, 1)
    monkeypatch.delenv(batch.LOG_ENV)
    monkeypatch.delenv(batch.QUIET_ENV)
    levels: list[object] = []
    monkeypatch.setattr(batch.logging, "basicConfig", lambda **kwargs: levels.append(kwargs["level"]))
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        warm_up()
        warnings.warn("DSA is deprecated", DeprecationWarning)
    assert shown == []
    assert levels == ["CRITICAL"] and os.environ[batch.LOG_ENV] == "CRITICAL"


@pytest.mark.slow
def test_slow_file_times_out_is_killed_and_batch_goes_on(tmp_path: Path) -> None:
    _files(tmp_path, "a.pdf", "slow-child.pdf", "z.pdf")
    started = time.monotonic()
    records = check_paths([tmp_path], jobs=2, timeout=1.5, _reader=fake_reader)
    assert time.monotonic() - started < 30
    by_name = {Path(r.source.path).name: r for r in records}
    assert by_name["a.pdf"].complete and by_name["z.pdf"].complete
    slow = by_name["slow-child.pdf"]
    assert [f.code for f in slow.findings] == [Code.DOCUMENT_UNREADABLE]
    assert slow.findings[0].severity == "error" and not slow.complete
    assert "innen 1,5 sekunder" in slow.findings[0].message
    assert slow.source.sha256 is not None and slow.source.format == "pdf"
    worker = int((tmp_path / "slow-child.pdf.pid").read_text())
    child = int((tmp_path / "slow-child.pdf.childpid").read_text())
    deadline = time.monotonic() + 5
    while not (_gone(worker) and _gone(child)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(worker), "the hung worker is still running"
    assert _gone(child), "a program started by the hung worker is still running"


@pytest.mark.slow
@pytest.mark.skipif(not pool.CPU_LIMITED, reason="no RLIMIT_CPU here")
def test_a_document_that_spends_its_cpu_time_is_stopped_by_the_cpu_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The wall backstop is put out of reach: only the worker's CPU limit can stop the spinning file.
    monkeypatch.setattr(clock, "WALL_PER_CPU", 10_000.0)
    _files(tmp_path, "spin.pdf", "z.pdf")
    records = check_paths([tmp_path], jobs=1, timeout=1, _reader=fake_reader)
    spin, ok = records
    assert [f.code for f in spin.findings] == [Code.DOCUMENT_UNREADABLE]
    assert "innen 1 sekunder" in spin.findings[0].message
    assert ok.complete


@pytest.mark.slow
def test_one_job_still_honours_the_time_limit_in_english(tmp_path: Path) -> None:
    _files(tmp_path, "slow.pdf", "x.pdf")
    records = check_paths([tmp_path], jobs=1, timeout=1, lang="en", _reader=fake_reader)
    slow, ok = records
    assert "within 1 seconds" in slow.findings[0].message
    assert ok.complete


@pytest.mark.parametrize("name, expected", [
    ("segfault.pdf", "signal 11"),
    ("exit.pdf", "krasjet"),
])
def test_a_crashing_worker_becomes_one_unreadable_record(tmp_path: Path, name: str,
                                                         expected: str) -> None:
    _files(tmp_path, "a.pdf", name, "m.pdf", "z.pdf")
    records = check_paths([tmp_path], jobs=2, _reader=fake_reader)
    by_name = {Path(r.source.path).name: r for r in records}
    assert len(records) == 4
    bad = by_name[name]
    assert [f.code for f in bad.findings] == [Code.DOCUMENT_UNREADABLE]
    assert expected in bad.findings[0].message
    assert all(by_name[n].complete for n in ("a.pdf", "m.pdf", "z.pdf"))


def test_several_crashes_in_a_row_rebuild_workers(tmp_path: Path) -> None:
    _files(tmp_path, "exit-1.pdf", "exit-2.pdf", "exit-3.pdf", "ok.pdf")
    records = check_paths([tmp_path], jobs=1, _reader=fake_reader)
    assert [r.complete for r in records] == [False, False, False, True]


def test_a_reader_exception_is_a_record_not_a_crash(tmp_path: Path) -> None:
    _files(tmp_path, "raise.pdf", "ok.pdf")
    ok, bad = check_paths([tmp_path], jobs=2, lang="en", _reader=fake_reader)
    assert "internal error (RuntimeError: reader bug)" in bad.findings[0].message
    assert ok.complete


def test_unreadable_record_formats_follow_the_suffix(tmp_path: Path) -> None:
    (doc, img) = _files(tmp_path, "a.DOC", "b.jpeg")
    assert batch.unreadable_record(doc, "x").source.format == "doc"
    assert batch.unreadable_record(img, "x").source.format == "image"
    missing = batch.unreadable_record(tmp_path / "gone.pdf", "x")
    assert missing.source.sha256 is None


_BATCH_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from soknad_extract.batch import check_paths
from test_batch import fake_reader
if __name__ == "__main__":
    check_paths([{folder!r}], jobs=1, timeout=300, _reader=fake_reader)
"""


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_a_stopped_batch_leaves_no_worker_behind(tmp_path: Path, signum: int) -> None:
    _files(tmp_path, "slow.pdf")
    script = _BATCH_SCRIPT.format(tests=str(Path(__file__).parent), folder=str(tmp_path))
    batch_process = subprocess.Popen([sys.executable, "-c", script])
    pid_file = tmp_path / "slow.pdf.pid"
    deadline = time.monotonic() + 60
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.2)
    worker = int(pid_file.read_text())
    assert not _gone(worker)
    batch_process.send_signal(signum)
    batch_process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while not _gone(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(worker), "the worker outlived its batch"


_UNGUARDED = """
import sys
sys.path.insert(0, {tests!r})
from soknad_extract.batch import check_paths
from test_batch import fake_reader
records = check_paths([{folder!r}], jobs=2, timeout=60, _reader=fake_reader)
print("records:", len(records), sum(r.complete for r in records))
"""


@pytest.mark.parametrize("how", ["script", "heredoc", "exec"])
def test_the_batch_runs_from_a_script_a_heredoc_and_exec(tmp_path: Path, how: str) -> None:
    """No ``__main__`` guard needed: workers never re-import the caller's main."""
    folder = tmp_path / "søknader"
    _files(folder, "a.pdf", "b.pdf", "c.pdf")
    code = _UNGUARDED.format(tests=str(Path(__file__).parent), folder=str(folder))
    script = tmp_path / "sjekk.py"
    script.write_text(code, encoding="utf-8")
    cell = tmp_path / "celle.txt"  # a notebook's cell, run by a kernel script with exec
    cell.write_text(code, encoding="utf-8")
    kernel = tmp_path / "kjerne.py"
    kernel.write_text(f"exec(open({str(cell)!r}).read(), {{'__name__': '__main__'}})\n", encoding="utf-8")
    commands = {
        "script": ([sys.executable, str(script)], None),
        "heredoc": ([sys.executable, "-"], code),
        "exec": ([sys.executable, str(kernel)], None),
    }
    command, stdin = commands[how]
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=240, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["records: 3 3"]


# --- hostile folders: the parent never hangs or dies ------------------------------------


def test_links_loops_pipes_and_sockets_are_skipped_with_a_reason(tmp_path: Path) -> None:
    import socket

    folder = tmp_path / "søknader"
    (ok,) = _files(folder, "ok.pdf")
    outside = tmp_path / "privat.pdf"
    outside.write_bytes(b"%PDF-1.4")
    (folder / "loop.pdf").symlink_to(folder / "loop.pdf")
    (folder / "a.pdf").symlink_to(folder / "b.pdf")
    (folder / "b.pdf").symlink_to(folder / "a.pdf")
    (folder / "borte.pdf").symlink_to(tmp_path / "finnes-ikke.pdf")
    (folder / "ut.pdf").symlink_to(outside)
    (folder / "inne.pdf").symlink_to(ok)
    (folder / "null.pdf").symlink_to("/dev/null")
    (folder / "sirkel").symlink_to(folder)
    os.mkfifo(folder / "y.pdf")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "s.pdf"))
    try:
        found = discover([folder])
        assert found.files == [ok]
        assert dict((p.name, why) for p, why in found.skipped) == {
            "loop.pdf": "skip_link_loop", "a.pdf": "skip_link_loop", "b.pdf": "skip_link_loop",
            "borte.pdf": "skip_dangling_link", "ut.pdf": "skip_outside_link",
            "null.pdf": "skip_device", "y.pdf": "skip_fifo", "s.pdf": "skip_socket"}
        followed = discover([folder], follow_links=True)
        assert followed.files == [ok, folder / "ut.pdf"]
        direct = discover([folder / "y.pdf", folder / "loop.pdf", folder / "borte.pdf"])
        assert direct.files == [] and len(direct.skipped) == 3
    finally:
        server.close()


def test_hashing_a_fifo_never_blocks(tmp_path: Path) -> None:
    import threading

    from soknad_extract.digest import sha256_of

    fifo = tmp_path / "y.pdf"
    os.mkfifo(fifo)
    answers: list[object] = []
    thread = threading.Thread(target=lambda: answers.append(sha256_of(fifo)), daemon=True)
    thread.start()
    thread.join(5)
    assert answers == [None]
    assert batch.unreadable_record(fifo, "x").source.sha256 is None


def test_a_damaged_word_file_in_the_folder_never_stops_discovery(tmp_path: Path) -> None:
    import zipfile

    broken = tmp_path / "skadet.docx"
    with zipfile.ZipFile(broken, "w") as package:
        package.writestr("docProps/core.xml", b"<x/>" * 1000)
    data = bytearray(broken.read_bytes())
    start = data.index(b"<x/>")
    data[start:start + 40] = b"\xff" * 40  # stored member: make it a "deflated" one with bad data
    data[8] = 8  # the local header's method: deflate
    central = data.index(b"PK\x01\x02")
    data[central + 10] = 8
    broken.write_bytes(bytes(data))
    assert discover([tmp_path]).files == [broken]


def test_file_names_that_are_not_utf8_are_escaped_in_every_output(tmp_path: Path) -> None:
    from soknad_extract.report import render

    folder = tmp_path / "søknader"
    folder.mkdir()
    odd = os.fsdecode(bytes(folder) + b"/s\xf8knad.pdf")
    Path(odd).write_bytes(b"%PDF-1.4 broken")
    records = check_paths([folder], jobs=1, timeout=120)
    assert len(records) == 1 and records[0].source.path.endswith("s\\xf8knad.pdf")
    assert records[0].source.sha256 is not None
    for fmt in ("json", "jsonl", "csv", "html", "text"):
        output = render(records, fmt)
        output.encode("utf-8")  # no lone surrogate anywhere
        assert "s\\xf8knad.pdf" in output.replace("\\\\", "\\"), fmt


def test_a_document_over_the_memory_limit_is_unreadable_and_the_batch_goes_on(tmp_path: Path) -> None:
    import resource

    _files(tmp_path, "a.pdf", "hog.pdf", "z.pdf")
    limit = resource.getrlimit(resource.RLIMIT_AS)[0]
    records = check_paths([tmp_path], jobs=1, timeout=60, memory_limit=512 << 20, _reader=fake_reader)
    assert [r.complete for r in records] == [True, False, True]
    hog = records[1].findings[0]
    assert hog.code == Code.DOCUMENT_UNREADABLE and "512 MB" in hog.message and "--memory-limit" in hog.message
    assert resource.getrlimit(resource.RLIMIT_AS)[0] == limit  # the parent is never limited


def test_the_batch_parent_imports_no_report_and_no_pipeline() -> None:
    """The parent stays light: discovery and the pool need neither the
    reports nor the reading pipeline (the workers import that)."""
    code = ("import sys, soknad_extract.batch; "
            "print(sorted(m for m in sys.modules if m.startswith(('soknad_extract.report', "
            "'soknad_extract.pipeline', 'soknad_extract.extract'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_a_born_digital_pdf_loads_neither_ocr_nor_signature_validation() -> None:
    """What a worker loads before its first file (``warm``) and what reading
    a born-digital PDF without a signature adds leave out the OCR stage
    (SciPy, Tesseract's wrapper, numpy), pyHanko, and python-stdnum with the
    ``ssl`` it brings: a batch of such files never pays for them, though the
    file's two ink pictures are drawn and judged and its org number checked."""
    sample = Path(__file__).resolve().parents[1] / "samples" / "born_digital" / "acro_sel_2020.pdf"
    code = ("import sys, soknad_extract.warm; from soknad_extract.pipeline import read_application; "
            f"read_application({str(sample)!r}); "
            "print(sorted({m.split('.')[0] if not m.startswith('soknad') else m for m in sys.modules "
            "if m.startswith(('soknad_extract.readers.ocr.stage', 'soknad_extract.readers.ocr.page', "
            "'scipy', 'pytesseract', 'pyhanko', 'numpy', 'stdnum', 'ssl'))}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_preload_leaves_the_collector_on_with_what_it_loaded_frozen() -> None:
    """``warm`` turns the garbage collector off while it imports; a worker
    forked after it must find the collector on again (documents do make
    cycles), the loaded modules frozen out of its walks, and the youngest
    generation collected less often than Python's default."""
    code = ("import gc, soknad_extract.warm as w; print(gc.isenabled(), gc.get_freeze_count() > 10000,"
            " gc.get_threshold() == (w.YOUNG_COLLECTION, 10, 10))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "True"]
