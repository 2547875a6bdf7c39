"""An approval statement that names its own approver, beside a digital signature.

A file with a cryptographic signature is judged by its signatures: a plain
"Dokumentet er elektronisk godkjent" under names printed on their own is
taken to speak of that signing, and a name no signature covers stays
typed. A statement that names the person it speaks for ("Dokumentet er
elektronisk godkjent av kommunedirektør Per Ivar Dale 27.01.2020") is
another thing: the municipality approved in its case system while the Nav
leader signed the PDF, so each party signed in its own way and the named
approver is an electronic approval of their own.
"""

from __future__ import annotations

from .block import Block
from .approver import approver_first, says_approved


def approved_by_name(block: Block) -> bool:
    """``block`` is a signer an approval statement names: read from a list
    on a line that itself says the document was approved electronically, or
    from a sentence naming its approver as the subject, perhaps wrapped."""
    if not block.listed or block.name is None:
        return False
    lines = sorted(block.frags, key=lambda f: f.order)
    return any(says_approved(f) for f in lines) or approver_first(" ".join(f.text for f in lines)) is not None
