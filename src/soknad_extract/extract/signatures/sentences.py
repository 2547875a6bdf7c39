"""A line that names a title inside a sentence about someone.

Class: a signature zone holding a short sentence about a party's approval
or signing ("Kommunedirektør Jon Lia skal godkjenne søknaden elektronisk
21.01.2020.", "Rådmann Jon Lia vil godkjenne søknaden i sakssystemet.") set
just under another signer's printed name. It names a title, but it is no
caption: taken as the title line of the block above, it gives the Nav
leader's signature the municipality's role (and a false "Nav leader has
not signed"). A title line holds a title, perhaps a name and a date and a
small word or two ("Kari Moe, rådmann i Gol", "fungerende Nav-leder"); a
sentence has a verb and several more words besides.
"""

from __future__ import annotations

from .wording import is_name_token, roles_in
from .words import signature_words

_MORE_WORDS = 3
"""Words beyond a title, a name and a date (the verb among them) that make a
line a sentence: "skal godkjenne søknaden", never "rådmann i Gol"."""


def tells_of_title(text: str) -> bool:
    """``text`` is a sentence that names a title, not a title line: a verb of
    ``signatures.toml`` ``sentence_verbs`` and at least ``_MORE_WORDS``
    words that are not the title, a name-shaped word or a date."""
    rest = text
    for _role, _title, start, end in reversed(roles_in(text)):
        rest = rest[:start] + " " + rest[end:]
    tokens = (t.strip(".,;:!?()[]«»\"'") for t in rest.split())
    others = [t for t in tokens if t and not is_name_token(t) and not any(c.isdigit() for c in t)]
    verbs = signature_words().sentence_verbs
    return len(others) >= _MORE_WORDS and any(t.casefold() in verbs for t in others)
