"""Priority areas answered yes or no in running text, right after each
area's name.

A clerk may write the form's list of areas as prose and answer each one
inline instead of ticking boxes: "Prioriterte områder: Oppfølging av
barnefamilier, ungdom og innvandrere (ja). Bruk av ordinært arbeidsliv
(nei). Sikring av sårbare overganger (nei).", "Bruk av ordinært arbeidsliv
– ja; sikring av sårbare overgangar – nei", "…: Ja". The areas answered
yes are chosen; every area answered no is an answer too: none. Beside
ticked boxes, an area the office concedes it did not tick and argues for
all the same ("Sjølv om vi ikkje har kryssa av for ordinært arbeidsliv, er
arbeid for foreldra hovudmålet") is chosen too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from soknad_extract.extract.area_list import SENTENCE, cell_area
from soknad_extract.extract.area_words import area_words, core_phrases
from soknad_extract.extract.context import Context
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.extract.needs import may_match
from soknad_extract.nlp import phrase_set
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence

_ANSWER_WORDS = 2
"""Words of an inline answer at most ("ja", "ikke aktuelt")."""
_NAME_CHARS = r"[^.;:()\n–—]"
"""What an item's name holds: no sentence or list punctuation, bracket,
colon, dash or line break."""
_ITEM = re.compile(
    rf"(?P<name>{_NAME_CHARS}+?)\s*"
    r"(?:\(\s*(?P<paren>[^()\n]{1,20}?)\s*\)|(?:[:–—]|\s-)\s*(?P<after>[^\s.;,:()]+(?:[ \t][^\s.;,:()]+)?))"
    r"\s*(?=[.;,\n]|$)")
"""An area's name followed by its answer in brackets, or after a colon or
a dash, to the end of the item (a full stop, a semicolon, a comma, a line's
end). The name holds no colon: a label before it ("Prioriterte områder:")
is not part of it."""
_BETWEEN = re.compile(r"[\s.;,]*")
"""What may stand between two answered items of one list."""
_NAME_RUN = re.compile(f"{_NAME_CHARS}+")
_SPACES = re.compile(r"\s*")
_SPACE_DASH = re.compile(r"\s-")
_ANSWER_OPENERS = "(:–—"
"""After a name (and spaces), an answer opens with one of these, or with
spaces and a dash (``_ITEM``)."""


@dataclass
class _Item:
    area: str
    chosen: bool
    start: int
    end: int


def _answer(token: str) -> bool | None:
    """Yes or no when ``token`` is a short answer and nothing more."""
    return written_answer(token) if len(token.split()) <= _ANSWER_WORDS else None


def _items(ctx: Context, text: str) -> list[_Item | None]:
    """The text's answered names in order; None for an answered name that
    is no area, or an area whose answer says neither yes nor no: either
    ends a list."""
    items: list[_Item | None] = []
    for match in _item_matches(text):
        area = cell_area(match.group("name"), ctx.scheme)
        answer = _answer(match.group("paren") or match.group("after") or "")
        start = match.start("name") + len(match.group("name")) - len(match.group("name").lstrip(" ,"))
        items.append(_Item(area, answer, start, match.end()) if area and answer is not None else None)
    return items


def _item_matches(text: str) -> list[re.Match[str]]:
    """``_ITEM.finditer(text)``, tried only where a match can start: in a run
    of name characters that an answer can follow (a bracket, a colon or a
    dash after it and any spaces, or spaces and a dash inside it). The lazy
    name made ``finditer`` read every start of a long sentence with none of
    these to the sentence's end, in every letter (six times this time)."""
    found: list[re.Match[str]] = []
    done = 0
    for run in _NAME_RUN.finditer(text):
        start, end = run.span()
        if end <= done:
            continue
        after = _SPACES.match(text, end).end()
        if not (after < len(text) and (text[after] in _ANSWER_OPENERS or (text[after] == "-" and after > end))
                or _SPACE_DASH.search(text, start, end)):
            continue
        at = max(start, done)
        while at < end:
            match = _ITEM.match(text, at)
            if match is None:
                at += 1
                continue
            found.append(match)
            done = at = match.end()
    return found


def answered_areas(ctx: Context) -> tuple[list[str], Evidence] | None:
    """The areas chosen in the first list of two different areas or more,
    each answered in turn with nothing but separators between; None where
    the text has no such list."""
    text = ctx.applicant_text
    run: list[_Item] = []
    for item in [*_items(ctx, text), None]:
        if item is not None and run and _BETWEEN.fullmatch(text, run[-1].end, item.start):
            run.append(item)
            continue
        if len({i.area for i in run}) >= 2:
            chosen = sorted({i.area for i in run if i.chosen})
            return chosen, ctx.evidence_at(run[0].start, run[-1].end, "nlp", 0.85)
        run = [item] if item is not None else []
    return None


def conceded_areas(ctx: Context, chosen: list[str]) -> dict[str, Evidence]:
    """Areas not in ``chosen`` that a sentence names by their name or core
    words right after conceding they were not ticked or chosen (vocabulary
    ``areas.conceded_area``): "Selv om vi ikke har krysset av for ordinært
    arbeidsliv, er …" argues for the area in so many words."""
    text = ctx.applicant_text
    conceded = area_words().conceded.compiled
    if not may_match(conceded, fold(text)):
        return {}
    names = phrase_set(tuple((a.id, (a.label_nb, a.label_nn)) for a in ctx.scheme.priority_areas))
    cores = core_phrases(ctx.scheme)
    found: dict[str, Evidence] = {}
    for sentence in SENTENCE.finditer(text):
        if not may_match(conceded, fold(sentence.group(0))):
            continue  # no concession in it: its area names need no tokens (``needs``)
        for hit in names.find(sentence.group(0)) + cores.find(sentence.group(0)):
            if hit.key not in chosen and hit.key not in found \
                    and conceded.search(fold(sentence.group(0)[:hit.start])):
                found[hit.key] = ctx.evidence_at(sentence.start() + hit.start, sentence.start() + hit.end, "nlp")
    return found
