"""One signer in both roles: "Nav-leder og kommunalsjef for helse og velferd".

In a small municipality the Nav office's leader is often also in the
municipal leadership (a kommunalsjef for helse og velferd) and signs the
application once, with both titles under one name. domain.md names the
kommunalsjef among the municipal leadership the project must be anchored
in, so that one signature gives both roles: two entries, ``nav_leader`` and
``municipality``, with the same name, date and ink. Only a title line made
of the two titles and what joins them ("og", "/") says so; a sentence about
the roles ("… signert av samme person i begge roller") gives no title, and
a caption naming one role stays one signature.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar

from ...norwegian import fold, normalize_space
from .wording import person_name, roles_in
from .words import signature_words

Title = tuple[str, str]
"""(role, title as written)."""


def both_titles(text: str) -> tuple[Title, Title] | None:
    """The two titles, Nav leader's first as written, when ``text`` is one
    signer's caption naming a Nav leader's title and a municipal leader's
    title joined by "og", "/" …, perhaps after the signer's name ("Siv
    Hansen, Nav-leder og kommunalsjef"); None otherwise."""
    text = normalize_space(text).rstrip(" .")
    roles = roles_in(text)
    if len(roles) != 2 or any(r[1] is None for r in roles):
        return None
    first, second = roles
    if {first[0], second[0]} != {"nav_leader", "municipality"} or text[second[3]:].strip():
        return None
    if fold(text[first[3]:second[2]]).strip() not in signature_words().both_roles:
        return None
    before = text[:first[2]].strip()
    if before and not (before.endswith(",") and person_name(before.rstrip(","))):
        return None
    return (first[0], first[1]), (second[0], second[1])


class _Block(Protocol):
    role: str | None
    title: str | None
    also: Title | None


B = TypeVar("B", bound=_Block)


def with_second_roles(blocks: list[B]) -> list[B]:
    """``blocks``, each block whose signer holds two roles followed by the
    same signing in the second role (name, date, ink and place shared)."""
    out: list[B] = []
    for block in blocks:
        out.append(block)
        if block.also is not None:
            out.append(replace(block, role=block.also[0], title=block.also[1], also=None))
    return out
