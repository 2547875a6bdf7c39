""""NAV" as OCR splits it: "NA V-leder", "N AV-leder", "N A V Sandnes".

Tesseract sets a space inside a word where its letters stand apart, and
the wide V of a typewriter or a bold heading often stands apart from the
A before it: the role "NAV-leder" is read "NA V-leder", and the role
words ("nav-leder", "leder nav …") no longer find it. On lines that OCR
read, the split word is put together again before signatures read them;
text from a text layer or a Word file is as the office wrote it and is
left alone.

Only the letters of NAV/Nav, one space at most between them, standing as
a word of their own, and only before a hyphen ("NA V-leder",
"N av-kontoret") or, in capitals, before a capitalised word or the end of
the line ("Leder NA V Sandnes", "Leder N A V"): the Norwegian word "av" after a
lone "N" is left as it is elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...layout.fragments import Fragment

_SPLIT_NAV = re.compile(r"(?<![^\W\d_])(N ?A ?V|N ?a ?v)(?=-|( [A-ZÆØÅ]|$))", re.UNICODE)


def joined_nav(text: str) -> str:
    """``text`` with each OCR-split "NAV"/"Nav" (see the module) written whole."""
    def whole(m: re.Match[str]) -> str:
        word = m.group(1)
        if " " not in word or (m.group(2) is not None and not word.replace(" ", "").isupper()):
            return word
        return word.replace(" ", "")
    return _SPLIT_NAV.sub(whole, text)


def with_nav_joined(frags: list[Fragment]) -> list[Fragment]:
    """The fragments, each read by OCR with its split "NAV" joined."""
    out = []
    for f in frags:
        text = joined_nav(f.text) if f.ocr else f.text
        out.append(f if text == f.text else replace(f, text=text))
    return out
