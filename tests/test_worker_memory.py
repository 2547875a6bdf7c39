"""The worker's own memory: the address-space cap and one heap for its threads."""

from __future__ import annotations

import pytest

from soknad_extract import worker_memory


def test_memory_limit_in_a_child_process() -> None:
    import subprocess
    import sys

    code = ("from soknad_extract import worker_memory\n"
            "worker_memory.apply_worker_memory(600 << 20)\n"
            "try:\n    b = bytearray(1 << 30)\nexcept MemoryError:\n"
            "    print('capped')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "capped", done.stderr


def test_a_worker_shares_one_heap_where_the_c_library_is_glibc() -> None:
    """One heap for the worker's threads is what keeps an OCR worker under
    its memory target; where the C library is not glibc it is left alone."""
    import platform
    import subprocess
    import sys

    code = "from soknad_extract.worker_memory import share_one_heap; print(share_one_heap())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == str(platform.libc_ver()[0] == "glibc")


def test_no_c_library_to_ask_leaves_the_heaps_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(_name: str) -> None:
        raise OSError("libc.so.6: cannot open shared object file")

    monkeypatch.setattr(worker_memory.ctypes, "CDLL", missing)
    assert worker_memory.share_one_heap() is False
