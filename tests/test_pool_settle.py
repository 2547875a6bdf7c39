"""A worker's next file is handed out before the parent passes on its last
answer (``pool.Pool._settle``): the parent's work on an answer (removing the
document's folder, parsing the record, a progress line) no longer keeps the
worker waiting, and every answer still reaches ``done`` exactly once, with
its folder removed."""

from __future__ import annotations

from pathlib import Path

from soknad_extract import batch, pool


class _Conn:
    def __init__(self, log: list[tuple]) -> None:
        self.log = log

    def send(self, message: tuple) -> None:
        self.log.append(("send", message[0]))


class _Folder:
    def __init__(self, log: list[tuple]) -> None:
        self.log = log

    def document(self, index: int) -> str:
        return f"/tmp/doc-{index}"

    def discard(self, index: int) -> None:
        self.log.append(("discard", index))


def _pool(files: int, workers: int) -> tuple[pool.Pool, list[tuple]]:
    log: list[tuple] = []
    made = pool.Pool([f"{i}.docx" for i in range(files)], lambda *a: "", None, None, "nb", workers, 60.0,
                     lambda index, outcome: log.append(("done", index, outcome)))
    made.folder = _Folder(log)  # type: ignore[assignment]
    made.workers = [pool._Worker(None, _Conn(log), None, 0.0, ready=True) for _ in range(workers)]  # type: ignore[arg-type]
    return made, log


def _answer(made: pool.Pool, worker: pool._Worker, kind: str = "ok") -> None:
    """What ``Pool._wait`` does once ``worker`` answered: read, hand out, settle."""
    index = worker.index
    made._message(worker, kind, index, f"record {index}")
    made._assign()
    made._settle()


def test_the_next_file_goes_out_before_the_answer_is_passed_on() -> None:
    made, log = _pool(3, 1)
    (worker,) = made.workers
    made._assign()
    _answer(made, worker)
    _answer(made, worker)
    _answer(made, worker)
    assert log == [("send", 0), ("send", 1), ("discard", 0), ("done", 0, "record 0"),
                   ("send", 2), ("discard", 1), ("done", 1, "record 1"),
                   ("discard", 2), ("done", 2, "record 2")]
    assert made.finished == {0, 1, 2} and not made.answers


def test_failures_are_passed_on_like_records() -> None:
    made, log = _pool(3, 1)
    (worker,) = made.workers
    made._assign()
    _answer(made, worker, "failed")
    _answer(made, worker, "memory")
    done = [entry for entry in log if entry[0] == "done"]
    assert done == [("done", 0, pool.Failure("failed", "record 0")), ("done", 1, pool.Failure("memory"))]
    assert worker.spent and worker.index is None  # a spent worker takes no more files
    assert ("send", 2) not in log


def test_two_workers_every_answer_once() -> None:
    made, log = _pool(7, 2)
    made._assign()
    turn = 0
    while len(made.finished) < 7:
        busy = [w for w in made.workers if w.index is not None]
        _answer(made, busy[turn % len(busy)])
        turn += 1
    done = sorted(entry[1] for entry in log if entry[0] == "done")
    assert done == list(range(7))
    assert sorted(entry[1] for entry in log if entry[0] == "discard") == list(range(7))


def test_a_real_batch_gives_every_record(tmp_path: Path) -> None:
    files = []
    for i in range(5):
        path = tmp_path / f"{i}.pdf"
        path.write_bytes(b"not a pdf")
        files.append(path)
    seen: list[str] = []
    records = batch.check_paths(files, jobs=1, progress=lambda r: seen.append(r.source.path))
    assert [r.source.path for r in records] == sorted(seen) and len(seen) == 5
