"""Shared helpers of corpus 47: organisation numbers, docx field XML, and the mechanics borrowed from kit38."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, ink_reader, new_doc, register_fonts, save_doc  # noqa: E402,F401
from kit38 import soffice_pdf  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def orgnr(base8: str) -> str:
    """A valid 9-digit organisation number from 8 digits (MOD11); the base must not give check 10."""
    s = sum(int(d) * w for d, w in zip(base8, _WEIGHTS))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10, base8
    return base8 + str(c)


def spaced(nr: str) -> str:
    return f"{nr[:3]} {nr[3:6]} {nr[6:]}"
