"""Staff who sign a party's block give no signature of the party's leader.

Class: signing blocks headed by the party they sign for ("For Nav
Nesodden" | "For Nesodden kommune"), where the one who signed the Nav
office's block prints a staff title beside or under the name ("Marte
Bråten, prosjektkoordinator"; "Tor Lie" over "Rådgiver"): the project's
coordinator, an adviser, a caseworker. The heading says whose block it is,
not who signed it, and domain.md asks for the signatures of the Nav office's
leader and of the municipal leadership. A signer whose own printed title is
a staff title (``staff_titles``) signs in no role the record can hold: the
block gives no signature, and the leader's signature stays missing.

Precision both ways: a role's title in the block wins (the signer's title
is a leader's); a title that is neither a role's nor a staff title leaves
the heading's role, since an unknown title is no evidence against the
leader; and a heading that signs on behalf of a role's holder ("For
kommunedirektøren:") takes whoever signs under it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...layout.fragments import Fragment, adjacent
from ...norwegian import fold
from ...vocabulary import Entry, vocabulary_dir
from .block import Block
from .wording import roles_in


def without_staff_roles(blocks: list[Block], members: list[Fragment]) -> None:
    """Take the role from each block whose signer prints a staff title and
    no role's title: the heading's party was signed for by someone else
    than its leader."""
    claimed = {id(f) for b in blocks for f in b.frags}
    for block in blocks:
        if block.role is None or block.on_behalf or block.listed:
            continue
        if block.title is not None and not is_staff_title(block.title):
            continue
        if any(is_staff_title(text) for text in printed_titles(block, members, claimed)):
            block.role, block.title = None, None


def is_staff_title(text: str) -> bool:
    """Whether ``text`` opens with a staff title and names no role ("prosjektkoordinator",
    "Rådgiver, Nav Lier"; not "Rådgiver, e.f. Nav-leder")."""
    folded = fold(text).strip(" ,;:-–()")
    return bool(folded) and not roles_in(text) and _pattern(vocabulary_dir()).match(folded) is not None


def printed_titles(block: Block, members: list[Fragment], claimed: set[int]) -> list[str]:
    """What the signer prints as a title: the block's title, what follows the
    name on its line ("Marte Bråten, prosjektkoordinator"), and the line just
    under the name that no other block holds ("Tor Lie" / "Rådgiver")."""
    texts = [block.title] if block.title else []
    name = block.name_frag
    if name is None or not block.name:
        return texts
    at = name.text.find(block.name)
    if at >= 0 and name.text[at + len(block.name):].lstrip().startswith((",", "-", "–", "(")):
        texts.append(name.text[at + len(block.name):])
    texts += [f.text for f in members if f.box[1] >= name.box[3] - 1.0 and adjacent(name, f)
              and (f in block.frags or id(f) not in claimed)]
    return texts


@lru_cache(maxsize=4)
def _pattern(folder: Path) -> re.Pattern[str]:
    return Entry("signatures", folder).table("staff_titles").wordings(hyphen_in_words=True).compiled
