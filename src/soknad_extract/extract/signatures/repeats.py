"""One electronic approval per approver, however often the document repeats it.

An approval statement printed in every page's footer or header ("Signert
elektronisk av Kari Lie (Nav-leder), 27.01.2020 og …"), or repeated in a
name table under "Søknaden er signert elektronisk", is one approval by
each person named: the repeats are the same statement, not more
signatures. Only electronic approvals are merged: ink or a typed name on
two pages by one signer may be two acts of signing (the form and its
budget sheet), and a cryptographic signature is counted per signature.
The kept approval takes its date from a repeat when it prints none: a
letter's closing names its approvers without dates and the approval table
under it ("Godkjent av | Stilling | Dato") dates each one.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from ...norwegian import fold, normalize_space

APPROVAL = "electronic_approval"


class _Signer(Protocol):
    role: str | None
    name: str | None
    kind: str
    date: str | None


S = TypeVar("S", bound=_Signer)


def one_approval_each(results: list[S]) -> list[S]:
    """``results`` in reading order, without an electronic approval whose
    signer and role an earlier approval already gave: the first statement,
    where the approval reads in full, is kept."""
    seen: dict[tuple[str, str], S] = {}
    out: list[S] = []
    for found in results:
        if found.kind == APPROVAL and found.role and found.name:
            key = (found.role, fold(normalize_space(found.name)))
            if key in seen:
                kept = seen[key]
                kept.date = kept.date or found.date
                continue
            seen[key] = found
        out.append(found)
    return out
