"""Signed PDFs go to one worker of a batch (``pool.next_for``), so pyHanko is
imported once a batch instead of once a worker; which worker reads a file
never changes its record."""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest

from soknad_extract import batch, pool
from soknad_extract.readers.pdf.signatures import has_signature_marker, read_pdf_signatures

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_a_worker_that_holds_takes_the_next_together_file_first() -> None:
    queue = deque([0, 1, 2, 3, 4])
    assert pool.next_for(queue, frozenset({2, 4}), holds=True, held_elsewhere=False) == 2
    assert pool.next_for(queue, frozenset({2, 4}), holds=True, held_elsewhere=True) == 2
    assert pool.next_for(queue, frozenset(), holds=True, held_elsewhere=False) == 0


def test_other_workers_leave_the_together_files_while_they_have_others() -> None:
    queue = deque([2, 0, 4, 1])
    assert pool.next_for(queue, frozenset({2, 4}), holds=False, held_elsewhere=True) == 0
    assert pool.next_for(deque([2, 4]), frozenset({2, 4}), holds=False, held_elsewhere=True) == 2


def test_before_any_worker_holds_the_queue_order_stands() -> None:
    assert pool.next_for(deque([2, 0, 4]), frozenset({2, 4}), holds=False, held_elsewhere=False) == 2
    assert pool.next_for(deque([0, 2]), frozenset({2}), holds=False, held_elsewhere=False) == 0


class _Conn:
    def __init__(self) -> None:
        self.sent: list[tuple] = []

    def send(self, message: tuple) -> None:
        self.sent.append(message)


def _pool(paths: list[str], together: frozenset[int], workers: int) -> pool.Pool:
    made = pool.Pool(paths, lambda *a: "", None, None, "nb", workers, 60.0, lambda i, o: None,
                     together=together)
    made.folder = type("Folder", (), {"document": staticmethod(lambda index: f"/tmp/{index}")})()
    made.workers = [pool._Worker(None, _Conn(), None, 0.0, ready=True) for _ in range(workers)]  # type: ignore[arg-type]
    return made


def _finish(made: pool.Pool, worker: pool._Worker) -> None:
    made.finished.add(worker.index)
    worker.index = None


def test_the_pool_hands_every_signed_file_to_the_worker_that_read_the_first() -> None:
    """Two workers, finishing in turn: the signed files (1, 4, 6) all go to
    the worker that took the first of them; every file is handed out once."""
    paths = [f"{i}.pdf" for i in range(8)]
    made = _pool(paths, frozenset({1, 4, 6}), 2)
    first, second = made.workers
    made._assign()
    assert (first.index, second.index) == (0, 1)
    turn = 0
    while made.queue:
        _finish(made, first if turn % 2 == 0 else second)
        made._assign()
        turn += 1
    handed = {id(w): [m[0] for m in w.conn.sent] for w in made.workers}
    assert sorted(handed[id(first)] + handed[id(second)]) == list(range(8))
    assert set(handed[id(second)]) >= {1, 4, 6}
    assert not set(handed[id(first)]) & {1, 4, 6}


def test_one_worker_is_handed_the_queue_in_order() -> None:
    made = _pool([f"{i}.pdf" for i in range(5)], frozenset({1, 3}), 1)
    (worker,) = made.workers
    order = []
    while made.queue:
        made._assign()
        order.append(worker.index)
        _finish(made, worker)
    assert order == [0, 1, 2, 3, 4]


def test_the_marker_finds_every_signed_sample() -> None:
    """The pre-check may mark a file pyHanko then finds unsigned (it only
    chooses the worker), never miss one that holds a signature."""
    pdfs = sorted(SAMPLES.rglob("*.pdf"))
    assert pdfs
    signed = [p for p in pdfs if read_pdf_signatures(p)]
    assert signed
    assert all(has_signature_marker(p) for p in signed)
    assert has_signature_marker(SAMPLES / "missing.pdf") is False


def test_the_batch_marks_its_signed_pdfs(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7 /Type /Sig /ByteRange [0 10 20 30]")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.7 nothing signed")
    (tmp_path / "c.docx").write_bytes(b"/ByteRange")
    (tmp_path / "d.pdf").write_bytes(b"")
    files = sorted(tmp_path.iterdir())
    assert batch._signed_pdfs(files) == frozenset({0})


@pytest.mark.parametrize("jobs", [1, 2])
def test_records_do_not_depend_on_the_worker(jobs: int) -> None:
    """The samples' signed and unsigned PDFs read through two workers give
    the records one worker gives."""
    pdfs = sorted((SAMPLES / "signed").glob("*.pdf"))[:3] + sorted((SAMPLES / "born_digital").glob("*.pdf"))[:3]
    one = [r.model_dump_json() for r in batch.check_paths(pdfs, jobs=1)]
    assert [r.model_dump_json() for r in batch.check_paths(pdfs, jobs=jobs)] == one
