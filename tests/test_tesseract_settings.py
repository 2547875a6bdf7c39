"""Tesseract's settings (``libtesseract.SETTINGS``) reach every read: the
library's engine holds them, and the command line is given them as
``-c name=value``, so both ways read a page alike (phase 18a: no inverted
re-read of low-confidence lines)."""

from __future__ import annotations

import ctypes

import numpy as np
import pytesseract
import pytest

from soknad_extract.readers.ocr import libtesseract
from soknad_extract.readers.ocr import text as ocr_text


def test_the_inverted_reread_is_among_the_settings() -> None:
    assert ("tessedit_do_invert", "0") in libtesseract.SETTINGS


def test_the_command_line_is_given_every_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def capture(_path: str, **kwargs: object) -> dict[str, list]:
        seen.append(str(kwargs["config"]))
        return {"text": []}

    monkeypatch.setattr(pytesseract, "image_to_data", capture)
    ocr_text._command_data(np.full((40, 40), 255, dtype=np.uint8), 300, "nor+eng", 3)
    config = seen[0].split()
    assert config[:4] == ["--psm", "3", "--dpi", "300"]
    for name, value in libtesseract.SETTINGS:
        assert f"{name}={value}" in config
        assert config[config.index(f"{name}={value}") - 1] == "-c"


@pytest.mark.ocr
def test_the_librarys_engine_holds_every_setting() -> None:
    lib = libtesseract.library()
    if lib is None:
        pytest.skip("no libtesseract here")
    get_bool = lib.TessBaseAPIGetBoolVariable
    get_bool.restype = ctypes.c_int
    get_bool.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    engine = libtesseract.Engine(lib, "nor+eng")
    try:
        for name, value in libtesseract.SETTINGS:
            held = ctypes.c_int(-1)
            assert get_bool(engine._handle, name.encode("ascii"), ctypes.byref(held)) == 1
            assert held.value == int(value)
    finally:
        engine.close()
