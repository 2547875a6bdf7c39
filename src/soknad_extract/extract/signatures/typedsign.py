"""Typed signing lines that open a signature zone by their own shape.

A copy signed by typing ("Sign.: Kari Moe", "sign. Ola Berg") may carry no
signature label at all, and when another page holds one (a closing, a
"Signatur" field) the role titles no longer open zones either: the typed
signers' page would be read as having none. A signing line is known by its
shape: a person's name after a signing mark, with a role's title beside it
on the same line or on the line just under or over it. A mark with no name
after it (a template's "Sign.: ______") or one inside a sentence (a guidance
text telling how to sign) is no signing line.
"""

from __future__ import annotations

from ...layout.fragments import Fragment, adjacent
from .wording import roles_in, typed_signed


def typed_signing_lines(frags: list[Fragment]) -> list[Fragment]:
    """The typed signing lines among ``frags`` that have a role's title on
    their line or on the line just under or over them in their column."""
    typed = [f for f in frags if typed_signed(f.text)]
    return [f for f in typed if roles_in(f.text) or any(
        g.page == f.page and adjacent(f, g) and roles_in(g.text) for g in frags)]
