"""The document's clock counts CPU time, and gives steps that wait wall time."""

from __future__ import annotations

import pytest

from soknad_extract import clock


class FakeTime:
    """CPU and wall seconds that the test moves by hand."""

    def __init__(self) -> None:
        self.cpu = 100.0
        self.wall = 5000.0

    def process_time(self) -> float:
        return self.cpu

    def monotonic(self) -> float:
        return self.wall


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(clock, "time", fake)
    return fake


def test_waiting_does_not_use_up_the_documents_time(fake: FakeTime) -> None:
    with clock.document_clock(120):
        fake.wall += 90  # a loaded machine: the worker waited for a core
        fake.cpu += 30
        assert clock.seconds_left() == 90
        assert clock.seconds_left(reserve=10) == 80


def test_steps_that_wait_get_the_cpu_left_stretched_by_the_documents_load(fake: FakeTime) -> None:
    with clock.document_clock(120):
        assert clock.wall_seconds_left() == 120  # nothing spent yet: one wall second per CPU second
        fake.wall += 90
        fake.cpu += 30
        assert clock.wall_seconds_left() == 90 * 3  # three wall seconds per CPU second so far
        fake.wall += 20
        fake.cpu += 40
        assert clock.wall_seconds_left() == pytest.approx(50 * 110 / 70)


def test_wall_seconds_never_pass_the_backstop(fake: FakeTime) -> None:
    with clock.document_clock(100):
        fake.wall += 450
        fake.cpu += 10
        assert clock.wall_seconds_left() == clock.wall_limit(100) - 450
        fake.wall += 100
        assert clock.wall_seconds_left() == 1.0  # past it: the floor


def test_two_ocr_threads_spending_cpu_faster_than_wall_do_not_shorten_a_wait(fake: FakeTime) -> None:
    with clock.document_clock(120):
        fake.wall += 20
        fake.cpu += 40
        assert clock.wall_seconds_left() == 80


def test_without_a_clock_a_step_gets_the_default_limit(fake: FakeTime) -> None:
    assert clock.seconds_left() == clock.wall_seconds_left() == clock.limits.DEFAULT.document_seconds


def test_an_inner_clock_keeps_the_outer_limit(fake: FakeTime) -> None:
    with clock.document_clock(50):
        fake.cpu += 10
        with clock.document_clock(500):
            assert clock.seconds_left() == 40
