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
from collections.abc import Collection, Iterable

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


def by_contact_name(span: Span, name: str | None, domains: tuple[str, ...]) -> str | None:
    """The contact's own address in an OCR'd e-mail answer, read with the
    name's help: the answer without the spaces and capitals the scan put in
    ("guri .OVrebo@nav.no") is the name spelled as an address, or one letter
    off it ("marit.sodql"), at a Nav or municipal domain or one letter off
    it ("nay.no"); or the "@" was read as a letter between the name and the
    domain ("hilde.kjaervikenav.no"). None where the answer is not that
    address: without the name, a domain one letter off alone may be someone
    else's address, and is left as read."""
    spelled = _spelled(name)
    if span.method != "ocr" or spelled is None:
        return None
    # a dot read as a comma ("kari, nordmann"); a label the line opens with ("E-post:")
    text = re.sub(r"\s+", "", span.text).lower().rsplit(":", 1)[-1].strip("_|,;:").replace(",", ".")
    if "@" in text:
        local, domain = text.rsplit("@", 1)
    elif text.startswith(spelled) and len(text) > len(spelled) + 1:
        local, domain = spelled, text[len(spelled) + 1:]
    else:
        return None
    if local != spelled and not _one_letter_off(local, spelled):
        return None
    for known in domains:
        labels, width = domain.split("."), known.count(".") + 1
        if len(labels) < width:
            continue
        tail = ".".join(labels[-width:])
        if tail == known or _one_letter_off(tail, known) or _letter_glued(labels[-width:], known):
            return f"{spelled}@{'.'.join(labels[:-width] + [known])}"
    return None


def _letter_glued(labels: list[str], known: str) -> bool:
    """The domain with one stray letter glued to an edge of one of its
    labels ("enav.no", "nav.noe"): a speck or the "@"'s tail read as a letter."""
    for i, label in enumerate(labels):
        for trimmed in (label[1:], label[:-1]):
            if trimmed and ".".join(labels[:i] + [trimmed] + labels[i + 1:]) == known:
                return True
    return False


def spelled_in_scan(spans: Iterable[tuple[int, int, Span]], name: str | None, domains: tuple[str, ...],
                    skip: Collection[int] = ()) -> tuple[str, int, int] | None:
    """The contact's address on a scanned line no e-mail label claims (OCR
    garbled the label, "F-nnet'", or read a speck beside it as its answer):
    the first line that is the contact's name spelled as an address, or one
    letter off it, at a Nav or municipal domain (``by_contact_name``), with
    the line's offsets; never a line ``skip`` holds (the county's adviser's)."""
    if not name:
        return None
    for start, end, span in spans:
        if span.method == "ocr" and id(span) not in skip:
            address = by_contact_name(span, name, domains)
            if address:
                return address, start, end
    return None


_SPECK = re.compile(r"\s?[.,'`·]\s*")
"""What a scan's speck leaves between two words of a name ("Lars Håkon. Kjønnø")."""


def name_past_speck(span: Span, name: str, address: str | None) -> str:
    """An OCR'd name that a speck read as a full stop cut short ("Lars
    Håkon. Kjønnø" read as "Lars Håkon"), made whole where the contact's
    address spells the words after the speck ("lars.hakon.kjonno@…"): the
    address says they belong to the name. Typed text keeps what it says."""
    if span.method != "ocr" or not address or name not in span.text:
        return name
    user = re.split(r"[._]", address.split("@")[0])
    words = name.lower().translate(ASCII).split()
    if len(user) <= len(words) or user[: len(words)] != words:
        return name
    rest = span.text[span.text.index(name) + len(name):]
    speck = _SPECK.match(rest)
    missing = rest[speck.end():].split()[: len(user) - len(words)] if speck else []
    if [w.lower().translate(ASCII) for w in missing] != user[len(words):] or not all(w[0].isupper() for w in missing):
        return name
    return " ".join([name, *missing])


def _spelled(name: str | None) -> str | None:
    """The name as the office writes it in addresses: "Hilde Kjærvik" →
    "hilde.kjaervik"; two words at least."""
    words = (name or "").lower().translate(ASCII).split()
    return ".".join(words) if len(words) >= 2 and all(w.replace("-", "").isalpha() for w in words) else None


def _one_letter_off(read: str, written: str) -> bool:
    return len(read) == len(written) and sum(a != b for a, b in zip(read, written)) == 1
