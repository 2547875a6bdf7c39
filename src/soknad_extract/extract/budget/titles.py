"""The role a budget line pays for, out of the label it is written in.

A position line names its post in many ways: "Lønn jobbkonsulent (100 %)",
"Løn og sosiale utgifter, prosjektleiar 100 %", "Familieveileder 100 %,
lønn og sosiale utgifter", "Arbeidsveileder 50 % (lønn og sos. utg.)". The
record wants the role alone ("jobbkonsulent", "prosjektleiar"), as written,
so the salary words, the share and the punctuation around them are removed
and whatever is left is the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from soknad_extract.extract.budget.funders import without_funders_shares
from soknad_extract.extract.budget.words import TitleWords, title_words
from soknad_extract.norwegian import find_percents, normalize_space

BULLET = re.compile(r"^\s*(?:[\uf0a7\uf0b7\uf076\uf0d8\uf0fc•◦▪▫●○■□►▶➢✓·*–—-]|o(?=\s))\s*")
"""A list bullet as Word writes it, including the private-use glyphs
(U+F0B7, U+F0A7 ...) LibreOffice leaves in PDFs made from Symbol/Wingdings
bullets, and a dash or asterisk typed by hand."""

_EMPTY_BRACKETS = re.compile(r"\(\s*[,;:/&+–—-]*\s*\)|\[\s*[,;:/&+–—-]*\s*\]")
_EDGE_MARKS = " \t,;:/&+–—-.*"
_UNIT_NOTE = re.compile(r"\(\s*(?:i\s+|in\s+)?(?:kr|nok|kroner|kronar)\.?\s*\)", re.IGNORECASE)
"""A column's unit in brackets ("Lønn og sosiale utgifter (kr)"): no part of a role."""


@dataclass(frozen=True)
class _Patterns:
    salary: re.Pattern[str]
    post_word: re.Pattern[str]
    generic: re.Pattern[str]
    before_share: re.Pattern[str]
    edge_words: re.Pattern[str]
    numbered_post: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(words: TitleWords) -> _Patterns:
    """The salary phrase ("lønn og sos. utg.", "inkl. sosiale kostnader",
    "pensjon"), the post word after a share and the words before it, the
    small words at a title's ends and the labels that are no title, their
    words from ``budget.toml``."""
    social_cost = rf"{words.title_social}\s*{words.title_cost}"
    salary = re.compile(
        rf"(?:\b{words.title_including}\s+)?"
        rf"(?:\b{words.title_salary}\b(?:\s*{words.title_join}\s*{social_cost})?"
        rf"|\b{social_cost}|\b{words.title_employer_cost}\b)",
        re.IGNORECASE,
    )
    post_word = re.compile(rf"^\s*(?:-?\s*)?{words.title_post}\b", re.IGNORECASE)
    generic = re.compile(rf"^{words.title_generic}$", re.IGNORECASE)
    before_share = re.compile(rf"\b{words.title_before_share}\s*$", re.IGNORECASE)
    edge_words = re.compile(rf"^{words.title_edge}\s+|\s+{words.title_edge}$", re.IGNORECASE)
    numbered_post = re.compile(
        rf"^{words.title_post}\s*(?:(?:nr\.?\s*)?\d{{1,2}}\s*(?:[:.)–—-]|(?=\())|:)\s*", re.IGNORECASE)
    return _Patterns(salary, post_word, generic, before_share, edge_words, numbered_post)


_ITEM_NUMBER = re.compile(
    r"^\s*(?:(?:[1-9]\d?\.){1,2}(?:[1-9]\d?)?|[1-9]\d?\)|[A-Za-z]\.?[1-9]\d?(?:\.[1-9]\d?)?\.?|[A-Za-z][.)])"
    r"\s+(?=[A-ZÆØÅ])(?!(?i:årsverk|stillinger|stillingar))")
"""A form's item number before a capitalised label ("3.3 Sum lønn", "4.
Kompetanse", "2) Lønn", "3.1 Stilling 1:"), lettered too ("C4 Totalt", "b)
Sum", "D.2 Kompetanse"): never "1.5 Årsverk" or "2. Stillinger", where the
number is the post's share or count."""


def strip_bullet(text: str) -> str:
    """The text without the list bullet or item number it opens with."""
    return _ITEM_NUMBER.sub("", BULLET.sub("", text, count=1), count=1)


def remove_shares(text: str) -> str:
    """The text without its position shares ("100 %", "100 % stilling",
    "i 50 % stilling", "1,5 årsverk")."""
    patterns = _patterns(title_words())
    for hit in sorted(find_percents(text), key=lambda h: h.start, reverse=True):
        start, end = hit.start, hit.end
        tail = patterns.post_word.match(text[end:])
        if tail:
            end += tail.end()
        head = patterns.before_share.search(text[:start])
        if head:
            start = head.start()
        text = text[:start] + " " + text[end:]
    return text


def position_title(label: str) -> str | None:
    """The role in a position line's label, case as written, or None when
    the label names no role ("Lønn og sosiale utgifter (1,5 årsverk)").
    A budget listing several posts may number them ("Stilling 2 –
    jobbspesialist 100 %", "Stilling 1 (rettleiar)"): the number names the
    line, not the role; a form row may name its field before the role
    ("Stilling: Jobbspesialist"). A funder's share and its words are no
    part of the role ("Veileder 70 % (30 % kommunalt finansiert)")."""
    patterns = _patterns(title_words())
    label = without_funders_shares(label)
    text = patterns.numbered_post.sub("", remove_shares(strip_bullet(normalize_space(_UNIT_NOTE.sub(" ", label)))))
    text = patterns.salary.sub(" ", text)
    previous = None
    while previous != text:
        previous = text
        text = _EMPTY_BRACKETS.sub(" ", text)
        text = normalize_space(re.sub(r"\s+([,;:)\]])", r"\1", text)).strip(_EDGE_MARKS)
        text = patterns.edge_words.sub("", text)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip(_EDGE_MARKS)
    if not re.search(r"[^\W\d_]{2,}", text) or patterns.generic.match(text):
        return None
    return text
