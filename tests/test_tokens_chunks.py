"""The tokenizer's cut at whitespace (``tokens.Tokenizer._tokens``), found
by ``re`` instead of a test of every character: the same chunks, pieces
and offsets as the character walk it replaced (spaCy's rule: one plain
space after a chunk is dropped, any other run of whitespace is a token, a
run at the very start kept whole), on made-up texts of every kind of
whitespace and on the samples' words."""

from __future__ import annotations

import random
import re
import sys

import pytest

from soknad_extract.tokens import Token, Tokenizer, tokenizer


def _walked(tk: Tokenizer, text: str, specials: bool) -> list[tuple[str, int]]:
    """The character walk the tokenizer used before, kept here as the reference."""
    out: list[tuple[str, int]] = []

    def chunk(piece_text: str, offset: int) -> None:
        for piece in tk._pieces(piece_text, specials):
            out.append((piece, offset))
            offset += len(piece)

    start = 0
    in_space = bool(text) and text[0].isspace()
    for i, ch in enumerate(text):
        if ch.isspace() != in_space:
            if start < i:
                chunk(text[start:i], start)
            start = i + 1 if ch == " " else i
            in_space = not in_space
    if start < len(text):
        chunk(text[start:], start)
    return out


_WORDS = ["Nav", "kontoret", "f.eks.", "bl.a.", "(ja)", "20°C.", "kr", "100 000", "e-post:", "www.nav.no",
          "«sitat»", "ord,", "ord.", "-", "–", "0-24", "ungdom/unge", "ツ", "¯\\(ツ)/¯", "ca.", "m.m.", ""]
_SPACES = [" ", "  ", "\n", " \n", "\n ", "\t", " \t ", "\u00a0", "\u2009", "\u202f", "\r\n", "\x0b", "\x1c", "\u3000"]


def _made_up(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 12)):
        parts.append(rng.choice(_SPACES) if rng.random() < 0.4 else rng.choice(_WORDS))
    return "".join(parts)


@pytest.mark.parametrize("specials", [True, False])
def test_the_same_tokens_as_the_character_walk(specials: bool) -> None:
    tk = tokenizer()
    rng = random.Random(17)
    texts = [_made_up(rng) for _ in range(4000)] + ["", " ", "\n", " a", "\na", "a ", "a \n", "a  b", "a\n\nb"]
    for text in texts:
        got = [(t.text, t.start) for t in tk._tokens(text, specials=specials)]
        assert got == _walked(tk, text, specials), repr(text)


def test_whole_calls_keep_offsets_into_the_text() -> None:
    tk = tokenizer()
    rng = random.Random(3)
    for _ in range(1000):
        text = _made_up(rng)
        for token in tk(text):
            assert text[token.start:token.end] == token.text or token.text in tk.special.get(
                text[token.start:token.end], (token.text,))


def test_re_whitespace_is_str_isspace() -> None:
    space = re.compile(r"\s")
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if bool(space.match(c)) != c.isspace()] == []


def test_a_token_reads_as_before() -> None:
    token = Token("kontoret", 4)
    assert (token.text, token.start, token.end) == ("kontoret", 4, 12)
    assert token == Token("kontoret", 4) and hash(token) == hash(Token("kontoret", 4))
    with pytest.raises(AttributeError):
        token.start = 5  # type: ignore[misc]
