"""``signatures.wording._casefold_keep_length`` lowers a whole text at once
when that is safe; it must give what lowering letter by letter gave (each
letter whose lower case is longer kept as it is) on every code point alone
and on texts mixing Norwegian, "İ", Greek sigmas in every position, and
other scripts."""

from __future__ import annotations

import random
import sys

from soknad_extract.extract.signatures.wording import _casefold_keep_length


def _letter_by_letter(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out).replace("\u2013", "-").replace("\u2011", "-")


def test_every_code_point_alone() -> None:
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        assert _casefold_keep_length(ch) == _letter_by_letter(ch), hex(code)


def test_mixed_texts() -> None:
    pool = list("abcæøåÆØÅ ΣΣσςΑΒ.-–‑İIıKſ") + ["Nav-leder", "RÅDMANN", "ΟΔΟΣ", "ΣΑ", "ﬁ", "ẞ", "Ǆ", "\u0130stanbul"]
    rng = random.Random(15)
    texts = ["", "Nav-leder Kari Moen", "ΟΔΟΣ ΟΔΟΣ.", "İlk Σ", "Kommunalsjef – helse"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    for text in texts:
        assert _casefold_keep_length(text) == _letter_by_letter(text), text
