"""What a scan does to a contact's e-mail address, put back where the
document itself says what it was.

OCR of an address written or printed on a scanned form loses a dot ("vegard
folstad@nav.no"), a letter of the top-level domain ("nav.ne"), reads a
letter for another ("marit.sodql@nay.no") or the "@" as a letter
("hilde.kjaervikenav.no"). Each repair needs the document's own word for
it: the Nav or municipal domain (vocabulary ``repairable_domains``), and for
the user part the contact's name as the office spells its addresses
(first.last, letters without their accents). Typed text keeps what it
says: a typo there is the office's, for the clerk to see.
"""

from __future__ import annotations

import re

from soknad_extract.layout.rows import Span

ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ü": "u", "ö": "o", "ä": "a"})
"""An address's letters for a name's (Nav addresses write "Kjærvik" "kjaervik")."""

_LOST_DOT = re.compile(r"(?<![\w.@-])([a-zæøå]{2,})\.?\s+([a-zæøå][\w-]*(?:\.[\w-]+)*)@")


def lost_dot(address: str, span: Span) -> str:
    """An OCR'd address field whose first dot the scan lost ("vegard
    folstad@nav.no" for vegard.folstad@nav.no) or set apart from the next
    word ("tone. brathen@nav.no"): the lower-case word before it in the
    field is the rest of its local part. Typed text keeps what it
    says, and so does a capitalised word before it (a name)."""
    if span.method != "ocr":
        return address
    found = _LOST_DOT.search(span.text)
    if found is None or not address.startswith(found.group(2).lower() + "@"):
        return address
    return f"{found.group(1)}.{address}"


def ocr_domain(address: str, span: Span, domains: tuple[str, ...]) -> str:
    """An OCR'd address whose top-level domain lost one letter to the scan
    ("hilde.vik@nav.ne" on a fax) ends in the Nav or municipal domain it is
    one letter from; the rest of the address stays as read."""
    if span.method != "ocr" or "@" not in address:
        return address
    local, domain = address.rsplit("@", 1)
    for known in domains:
        head, _, top = known.rpartition(".")
        stem, _, read_top = domain.rpartition(".")
        if _one_letter_off(read_top, top) and (stem == head or stem.endswith("." + head)):
            return f"{local}@{stem}.{top}"
    return address


def spelled_by_name(address: str, span: Span, name: str | None, domains: tuple[str, ...]) -> str:
    """An OCR'd address whose user part is one letter from the contact's
    name spelled as an address ("marit.sodql" for Marit Sødal) is the
    name's; an address whose user part is the name's is the contact's own,
    and its domain one letter from the Nav or municipal domain ("nay.no")
    is that domain. Without the name nothing changes: one letter off a
    known domain alone may be someone else's address."""
    spelled = _spelled(name)
    if span.method != "ocr" or "@" not in address or spelled is None:
        return address
    local, domain = address.rsplit("@", 1)
    if local != spelled and not _one_letter_off(local, spelled):
        return address
    for known in domains:
        labels = domain.split(".")
        width = known.count(".") + 1
        tail = ".".join(labels[-width:])
        if len(labels) >= width and _one_letter_off(tail, known):
            domain = ".".join(labels[:-width] + [known])
            break
    return f"{spelled}@{domain}"


def at_read_as_letter(span: Span, name: str | None, domains: tuple[str, ...]) -> str | None:
    """The address in an OCR'd e-mail answer with no "@", which the scan
    read as a letter ("hilde.kjaervikenav.no"): only where the answer is the
    contact's name spelled as an address, one letter, and a Nav or municipal
    domain, so that the letter is known to stand where the "@" did."""
    spelled = _spelled(name)
    text = span.text.strip().lower()
    if span.method != "ocr" or spelled is None or "@" in text or " " in text or not text.startswith(spelled):
        return None
    domain = text[len(spelled) + 1:]
    if any(domain == known or domain.endswith("." + known) for known in domains):
        return f"{spelled}@{domain}"
    return None


def _spelled(name: str | None) -> str | None:
    """The name as the office writes it in addresses: "Hilde Kjærvik" →
    "hilde.kjaervik"; two words at least."""
    words = (name or "").lower().translate(ASCII).split()
    return ".".join(words) if len(words) >= 2 and all(w.replace("-", "").isalpha() for w in words) else None


def _one_letter_off(read: str, written: str) -> bool:
    return len(read) == len(written) and sum(a != b for a, b in zip(read, written)) == 1
