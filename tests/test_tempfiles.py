"""A run's temporary folder is private and disappears however the run ends;
helper programs die with their document."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from soknad_extract import tempfiles

PYTHON = sys.executable


def _gone(pid: int, within: float = 10.0) -> bool:
    """Whether ``pid`` has ended (a zombie counts as ended) within a generous bound."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            with open(f"/proc/{pid}/stat") as handle:
                if handle.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


def test_folder_is_private_and_removed_on_success(tmp_path: Path) -> None:
    with tempfiles.run_folder(tmp_path) as run:
        assert stat.S_IMODE(run.path.stat().st_mode) == 0o700
        assert run.path.parent == tmp_path and run.path.name.startswith(f"soknad-extract-{os.getpid()}-")
        doc = run.document(3)
        assert stat.S_IMODE(doc.stat().st_mode) == 0o700
        (doc / "page.png").write_bytes(b"personal data")
        locked = doc / "locked"
        locked.mkdir()
        (locked / "f").write_text("x")
        locked.chmod(0o500)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_folder_is_removed_on_exception_and_ctrl_c(tmp_path: Path, error: type[BaseException]) -> None:
    with pytest.raises(error):
        with tempfiles.run_folder(tmp_path) as run:
            (run.document("a") / "x").write_text("x")
            raise error()
    assert list(tmp_path.iterdir()) == []


def test_discard_removes_one_document(tmp_path: Path) -> None:
    with tempfiles.run_folder(tmp_path) as run:
        (run.document(1) / "x").write_text("x")
        run.document(2)
        run.discard(1)
        run.discard(7)  # never made: fine
        assert sorted(p.name for p in run.path.iterdir()) == ["doc-2"]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_folder_is_removed_on_termination(tmp_path: Path, signum: int) -> None:
    # The child starts as from a terminal: a suite run under nohup would hand
    # it an ignored SIGHUP, which run_folder rightly leaves ignored.
    code = textwrap.dedent(f"""
        import signal, sys, time
        signal.signal({int(signum)}, signal.SIG_DFL)
        from soknad_extract import tempfiles
        with tempfiles.run_folder({str(tmp_path)!r}) as run:
            (run.document(0) / "page.png").write_bytes(b"x")
            print(run.path, flush=True)
            time.sleep(60)
    """)
    child = subprocess.Popen([PYTHON, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    folder = Path(child.stdout.readline().strip())
    assert folder.is_dir()
    child.send_signal(signum)
    assert child.wait(timeout=30) == 128 + signum
    assert not folder.exists()


def test_stale_folders_of_dead_runs_are_swept(tmp_path: Path) -> None:
    dead = subprocess.run([PYTHON, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"soknad-extract-{dead.stdout.strip()}-abc"
    (stale / "doc-1").mkdir(parents=True)
    live = tmp_path / f"soknad-extract-{os.getpid()}-def"
    live.mkdir()
    other = tmp_path / "something-else"
    other.mkdir()
    assert tempfiles.sweep_stale(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


def test_use_in_process_redirects_tempfile_and_tmpdir(tmp_path: Path) -> None:
    code = textwrap.dedent(f"""
        import os, subprocess, tempfile
        from pathlib import Path
        from soknad_extract import tempfiles
        tempfiles.use_in_process(Path({str(tmp_path)!r}))
        print(tempfile.mkstemp()[1])
        print(subprocess.run(["sh", "-c", "echo $TMPDIR"], capture_output=True, text=True).stdout.strip())
    """)
    lines = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert Path(lines[0]).parent == tmp_path and lines[1] == str(tmp_path)


def test_libreoffice_profile_lives_in_the_folder(tmp_path: Path) -> None:
    argument = tempfiles.libreoffice_profile(tmp_path)
    assert argument.startswith("-env:UserInstallation=file://")
    assert argument.endswith((tmp_path / "lo-profile").resolve().as_uri().removeprefix("file://"))


def test_run_in_group_returns_output(tmp_path: Path) -> None:
    done = tempfiles.run_in_group(["sh", "-c", "echo hei; echo feil >&2; exit 3"], timeout=30, folder=tmp_path)
    assert done.returncode == 3 and done.stdout == b"hei\n" and done.stderr == b"feil\n"
    assert list((tmp_path / ".groups").iterdir()) == []


def test_run_in_group_kills_the_whole_group_on_timeout(tmp_path: Path) -> None:
    pidfile = tmp_path / "grandchild"
    script = f"sleep 300 & echo $! > {pidfile}; wait"
    with pytest.raises(subprocess.TimeoutExpired):
        tempfiles.run_in_group(["sh", "-c", script], timeout=1.0, folder=tmp_path)
    assert _gone(int(pidfile.read_text()))
    assert list((tmp_path / ".groups").iterdir()) == []


def test_a_grandchild_left_after_exit_is_killed(tmp_path: Path) -> None:
    pidfile = tmp_path / "daemon"
    script = f"sleep 300 >/dev/null 2>&1 & echo $! > {pidfile}"
    done = tempfiles.run_in_group(["sh", "-c", script], timeout=30, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
    assert done.returncode == 0
    assert _gone(int(pidfile.read_text()))


def test_parent_kills_the_helpers_of_a_killed_worker(tmp_path: Path) -> None:
    """The worker is SIGKILLed mid-document (no cleanup of its own runs); its
    helper program, in a session of its own, is stopped by the parent."""
    with tempfiles.run_folder(tmp_path) as run:
        doc = run.document(0)
        pidfile = doc / "helper"
        code = textwrap.dedent(f"""
            from pathlib import Path
            from soknad_extract import tempfiles
            tempfiles.run_in_group(["sh", "-c", "echo $$ > {pidfile}; exec sleep 300"], timeout=300,
                                   folder=Path({str(doc)!r}))
        """)
        worker = subprocess.Popen([PYTHON, "-c", code])
        end = time.monotonic() + 30
        while not (pidfile.exists() and pidfile.read_text().strip()) and time.monotonic() < end:
            time.sleep(0.05)
        helper = int(pidfile.read_text())
        worker.kill()
        worker.wait(timeout=30)
        assert not _gone(helper, within=0.2)  # out of the worker's reach
        run.discard(0)
        assert _gone(helper)
        assert not doc.exists()
    assert list(tmp_path.iterdir()) == []


def test_remove_tree_of_odd_things(tmp_path: Path) -> None:
    fifo = tmp_path / "f" / "y.pdf"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    (tmp_path / "f" / "link").symlink_to(tmp_path / "f" / "link")
    tempfiles.remove_tree(tmp_path / "f")
    tempfiles.remove_tree(tmp_path / "missing")
    assert list(tmp_path.iterdir()) == []
