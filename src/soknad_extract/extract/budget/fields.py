"""Positions answered in a field that asks for the post itself.

Label-and-value forms often give the post its own field ("Stilling" beside
"Jobbspesialist 100 %", "Stilling: Koordinator, 50 % stilling") and the
salary its own ("Lønn og sosiale utgifter | 610 000"), so no budget line
carries the share. The record has no field for such a label ("Stilling"
alone is also a signer's title in a signature block), so it is read here,
only for a share written out in its answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from soknad_extract.extract.budget.cells import percent_in_label, states_rate
from soknad_extract.extract.budget.lines import category
from soknad_extract.extract.budget.titles import position_title
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.extract.context import Context, span_evidence
from soknad_extract.extract.labels import classify_label, without_bracket_note
from soknad_extract.extract.pairs import find_pairs
from soknad_extract.extract.pair_text import Pair, clean_label
from soknad_extract.norwegian import fold, states_range
from soknad_extract.record import Evidence

_POSITION_FIELD = "position_field"
_LIST_JOIN = re.compile(r"\s*(?:;|,(?!\d)|\s\+\s|\s&\s|\s(?:og|samt)\s)\s*", re.IGNORECASE)
"""What joins posts listed on one line: a semicolon, a comma that is no
decimal comma ("1,5 årsverk"), "+", "og"."""


def field_positions(ctx: Context) -> list[dict]:
    """The posts answering a position field, one per line of its answer
    that writes a share out ("%", "prosent", "årsverk"): "Jobbspesialist
    100 %" is a post, "Rådmann" someone's title, "Sum 150 %" no post. A
    form whose "Stilling" row answers with the share alone ("Stilling | 80
    %", "Stillingar: 0,8 årsverk") states the share of a post it does not
    name: one post per label, used only when no answer names its role (a
    bare number, "Stilling: 100", is no share written out)."""
    found: dict[tuple[str, float], dict] = {}
    bare: dict[tuple[str, float], dict] = {}
    for pair, text in _field_answers(ctx):
        percent = percent_in_label(text)
        if percent is None or category(text, percent) == "total":
            continue
        evidence = span_evidence(pair.value, pair.method, 0.85)
        title = position_title(text)
        add_post(found, title, percent, evidence)
        if title is None:
            bare.setdefault((fold(clean_label(pair.label)), percent),
                            {"title": None, "percent": percent, "amount": None, "evidence": evidence})
    return list(found.values()) or list(bare.values())


def roles_without_share(ctx: Context) -> list[str]:
    """The answers of a position field that name a role with no share
    written out ("Stilling(er) det søkes om | Prosjektkoordinator"; "halv
    stilling" is a share in words, read by prose): the form asked for the
    post and its share, and the office may have given the post alone. Only
    a label that asks for the posts applied for counts: a bare "Stilling"
    is also a signer's title in a signature block ("Stilling: Nav-leder")."""
    return [text for pair, text in _field_answers(ctx)
            if not _BARE_POST_LABEL.fullmatch(without_bracket_note(fold(clean_label(pair.label))))
            and percent_in_label(text) is None and position_title(text) is not None]


_BARE_POST_LABEL = re.compile(r"(?:stilling|stillinger|stillingar)(?:\s+\S)?")
"""A position field's label that is the post word alone ("Stilling", "Stilling 1")."""


def _field_answers(ctx: Context) -> Iterator[tuple[Pair, str]]:
    """Each post a position field's answer lists, with its pair: one a line,
    or several on one line (``listed_posts``)."""
    words = budget_words()

    def classify(text: str) -> str | None:
        label = without_bracket_note(fold(clean_label(text)))
        return _POSITION_FIELD if words.position_field.search(label) else classify_label(text)

    for pair in find_pairs(ctx.rows, classify):
        if classify(pair.label) != _POSITION_FIELD:
            continue
        lines = unwrapped(pair.value.lines or (pair.value.text,))
        for text in [piece for line in lines for piece in listed_posts(line) or [line]]:
            yield pair, text


_UNIT_TAIL = re.compile(r"^(?:%|prosent\b|årsverk\b|stilling\b)", re.IGNORECASE)


def unwrapped(lines: tuple[str, ...] | list[str]) -> list[str]:
    """An answer's lines with a share's unit that a narrow cell wrapped onto
    a line of its own put back after its number ("Helsekoordinator 50" over
    "%"): the number alone is no share, the unit alone no post."""
    out: list[str] = []
    for line in lines:
        if out and re.search(r"\d\s*$", out[-1]) and _UNIT_TAIL.match(line.strip()):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def add_post(posts: dict[tuple[str, float], dict], title: str | None, percent: float, evidence: Evidence) -> None:
    """Keep a post answered in a field, once: a form that asks again for the
    same post (a summary page, a repeated section) has one post, not two,
    and a share without a role's title is no post of its own."""
    if title is not None:
        posts.setdefault((fold(title), percent), {"title": title, "percent": percent, "amount": None,
                                                  "evidence": evidence})


def listed_posts(line: str) -> list[str]:
    """The posts one line of an answer lists, each with its own share
    ("Jobbkonsulent 100 %, miljøarbeider 50 %"): one piece per post, when
    the line holds two or more and every piece names a role and one share.
    Else none: "Arbeidsgiverlos, 50 prosent" is one post, "Jobbspesialist
    100 % og 50 % egenandel" no list of posts. Serves forms whose single
    field asks for every post and its share ("Stilling og %")."""
    pieces = [piece for piece in _LIST_JOIN.split(line) if piece.strip()]
    if len(pieces) < 2 or states_range(line):
        return []  # "Stillingen blir mellom 50 % og 100 %": one post of a size not yet known
    return pieces if all(_post_with_share(piece) for piece in pieces) else []


def _post_with_share(piece: str) -> bool:
    """A role and one share of its own: not own funding ("50 % egenandel"),
    not the unit of a rate ("per 100 % stilling")."""
    share = percent_in_label(piece)
    return (share is not None and not states_rate(piece) and category(piece, share) == "positions"
            and position_title(piece) is not None)
