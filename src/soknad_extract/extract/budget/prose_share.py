"""The position share and the post's role stated in prose: "én 100 % stilling som
jobbspesialist", "en familieveileder i 100 % stilling", "Stillingsprosent: 100 %." in a
line of sentences; and the patterns of a post's wording that the amounts in prose
(``prose``) read too ("… til lønn", "… til to stillingar")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from soknad_extract.extract.budget.cells import is_rate_unit
from soknad_extract.extract.budget.funders import funders_share
from soknad_extract.extract.budget.qualified_shares import find_shares
from soknad_extract.extract.budget.words import TitleWords, budget_words, title_words
from soknad_extract.extract.context import Context, Draft
from soknad_extract.norwegian import fold


@dataclass(frozen=True)
class ProsePatterns:
    after: re.Pattern[str]
    before: re.Pattern[str]
    verb_after: re.Pattern[str]
    to_positions: re.Pattern[str]


@lru_cache(maxsize=4)
def prose_patterns(words: TitleWords) -> ProsePatterns:
    """"stilling som jobbspesialist", "en familieveileder i 100 % stilling",
    and the words after a bare "arbeider" that make it the verb ("som
    arbeider med"); and an amount "til lønn" / "til to stillingar"; the
    words from ``budget.toml``."""
    role = rf"(?P<role>[^\W\d_]*{words.prose_role_ending})\b"
    post = budget_words().prose_share_post.pattern
    after = re.compile(rf"^\s*(?:{post})?\s*{words.prose_role_link}\s+(?:{words.prose_article}\s+)?{role}", re.I)
    before = re.compile(rf"(?:\b(?:{words.prose_role_before}|{words.prose_article})\s+){role}\s+{words.prose_role_in}\s*$",
                        re.I)
    to_positions = re.compile(
        rf"^\s*{words.prose_paying_for}\s+(?:{words.prose_paying}\s+)?(?:{words.prose_salary_after}|"
        rf"(?:{words.prose_count}|\d+(?:[.,]\d+)?\s*%)[^.]{{0,30}}?{words.prose_post}|{words.prose_post})"
    )
    return ProsePatterns(after, before, re.compile(rf"^\s+{words.prose_verb_after}\b", re.I), to_positions)


def prose_percent(ctx: Context, draft: Draft) -> str | None:
    """The position share stated in prose, or after a label of its own in a
    line of several sentences ("Nytt prosjekt. Stillingsprosent: 100 %.",
    which no labelled field holds), preferring the sentence that asks for
    money; returns the post's role when the sentence names it."""
    text = ctx.text
    candidates = []
    for hit in find_shares(text):
        window = fold(text[hit.start: hit.end + 30])
        sentence_start = max(text.rfind(".", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
        if not (budget_words().prose_position_word.search(window) or _share_label(text[sentence_start: hit.start])) \
                or is_rate_unit(text, hit.start) or funders_share(text[sentence_start: hit.start], text[hit.end: hit.end + 40]):
            continue
        asks = bool(budget_words().prose_request.search(fold(text[sentence_start: hit.end])))
        candidates.append((not asks, hit.start, hit))
    if not candidates:
        return None
    _, start, hit = min(candidates, key=lambda c: (c[0], c[1]))
    draft.set("positions_percent_total", float(hit.value), ctx.evidence_at(start, start + len(hit.text), "nlp", 0.75))
    return role_near(text, hit.start, hit.end)


def _share_label(before: str) -> bool:
    """The words before a share in its sentence are a label asking for the
    position's share ("Stillingsprosent:"): ``budget.toml``'s
    ``prose_share_label``, matched on the label without its colon."""
    return bool(budget_words().prose_share_label.search(fold(before).strip(" :")))


def role_near(text: str, start: int, end: int) -> str | None:
    """The role a share in a sentence belongs to: "100 % stilling som
    jobbspesialist", "en familieveileder i 100 % stilling", or inside the
    share's own words when its size follows the role ("en stilling som
    jobbspesialist (50 %)", ``norwegian.post_sizes``)."""
    words = title_words()
    role = _role_after(text, end, words)
    if role:
        return role
    before = prose_patterns(words).before.search(text[max(0, start - 60): start])
    if before:
        return before.group("role")
    link = re.search(rf"\s(?:{words.prose_role_link})\s", text[start:end], re.I)
    return _role_after(text[:end], start + link.start(), words) if link else None


def _role_after(text: str, at: int, words: TitleWords) -> str | None:
    """The role named right after ``at`` ("… som jobbspesialist"), unless the word is a verb there."""
    patterns = prose_patterns(words)
    after = patterns.after.match(text[at: at + 60])
    if after and not (re.fullmatch(words.prose_role_verb, after.group("role"), re.I)
                      and patterns.verb_after.match(text[at + after.end():])):
        return after.group("role")
    return None


def role_for_share(ctx: Context, percent: float) -> str | None:
    """The role prose gives a post of this share ("én 100 % stilling som
    jobbspesialist"), for a budget line that names no role."""
    text = ctx.text
    for hit in find_shares(text):
        if float(hit.value) == percent:
            role = role_near(text, hit.start, hit.end)
            if role:
                return role
    return None
