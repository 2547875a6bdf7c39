"""Signers' names given in a sentence that says who signed.

Class: a form whose signature boxes print only the role ("Underskrift
Nav-leder", "Underskrift rådmann") over the ink and the place and date, and
names the signers elsewhere on the page, in a sentence with their titles:
"Søknaden er underskrevet av Kari Moe, Nav-leder, og Ola Hansen, rådmann."
(a footer, a note under the boxes). Each inked block without a name takes
the name the sentence gives its role. Only when the sentence names each role
once, and no other block already carries that name: a sentence naming two
Nav leaders says nothing about which ink is whose.
"""

from __future__ import annotations

from ...layout.fragments import Fragment
from .block import Block
from .lists import Listed, named_signers
from .words import signature_words


def names_from_signed_by(blocks: list[Block], frags: list[Fragment]) -> None:
    """Name each inked, nameless block with a role from a "signed by"
    sentence on its page."""
    nameless = [b for b in blocks if b.name is None and b.role and b.images]
    if not nameless:
        return
    used = {id(f) for b in blocks for f in b.frags}
    named = {b.name.casefold() for b in blocks if b.name}
    for page in sorted({b.page for b in nameless}):
        by_role = _signers_by_role([f for f in frags if f.page == page and id(f) not in used])
        for block in nameless:
            signer = by_role.get(block.role) if block.page == page else None
            if signer is None or signer.name is None or signer.name.casefold() in named:
                continue
            block.name = signer.name
            block.title = block.title or signer.title
            named.add(signer.name.casefold())


def _signers_by_role(frags: list[Fragment]) -> dict[str | None, Listed]:
    """The signers "signed by" sentences on these lines name, by role; none
    when a role is named twice or a signer has no title."""
    found: list[Listed] = []
    for frag in frags:
        said = signature_words().signed_by.search(frag.text)
        if said is not None:
            found.extend(named_signers(frag.text[said.end():]))
    roles = [s.role for s in found]
    if not found or None in roles or len(set(roles)) != len(roles):
        return {}
    return {s.role: s for s in found}
