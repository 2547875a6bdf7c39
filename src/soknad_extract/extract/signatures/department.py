"""A department head beside the Nav office's own leader is not the Nav leader.

Where the Nav office is run as a department of the municipality, its leader
signs "Avdelingsleder Nav Stord", and the vocabulary reads that title as the
Nav leader's. In a big office (an Oslo district, Bergen, Trondheim) the head
of one of the office's departments may co-sign as the project's owner beside
the office's leader, who signs with the Nav leader's own title ("Nav-leder",
"Leder Nav Stord", "Leiar i Nav Stord"). There the department head is no
leader of the office: record.md has no role for them, so their signature is
left out and the office's leader is the one ``nav_leader``. A department
head signing alone for the office, or beside only other department heads,
stays the Nav leader: nothing on the page says otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

from ...norwegian import normalize_space
from ...vocabulary import Entry, vocabulary_dir

NAV_LEADER = "nav_leader"


class _Signer(Protocol):
    role: str | None
    title: str | None


S = TypeVar("S", bound=_Signer)


def without_department_heads(results: list[S]) -> list[S]:
    """``results`` without the Nav-leader signatures titled only as a
    department head, when another Nav-leader signature carries the Nav
    leader's own title; otherwise ``results`` unchanged."""
    leaders = [r for r in results if r.role == NAV_LEADER and r.title]
    if not any(not is_department_head(r.title) for r in leaders):
        return results
    return [r for r in results if not (r.role == NAV_LEADER and r.title and is_department_head(r.title))]


def is_department_head(title: str) -> bool:
    """Whether ``title`` is a department head's ("Avdelingsleder Nav Stord"),
    not the Nav leader's own ("Nav-leder", "Leder Nav Stord")."""
    return _pattern(vocabulary_dir()).match(normalize_space(title)) is not None


@lru_cache(maxsize=4)
def _pattern(folder: Path) -> re.Pattern[str]:
    return Entry("signatures", folder).table("department_head").wordings(re.IGNORECASE).compiled
