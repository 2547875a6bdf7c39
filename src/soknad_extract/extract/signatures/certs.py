"""What a PAdES signature itself says about its signer: role, title, name.

The certificate's subject, the signing reason and the location may name the
signer's role ("Rådmann"). A form made for digital signing also names its
signature fields by role ("SigNavLeder", "Signatur_Kommunalsjef"): the form's
author put the field where that role signs, so the field's name gives the
role when nothing else does; two fields are two signatures, even when one
certificate made both. The field name is no title as the signer writes it.

The certificate's common name is the signer's name only when it is a
person's: an enterprise or test certificate ("Nav Tromsø test", "Tromsø
kommune") names an organisation, and then the printed name beside the
field, or none, is the signer's.
"""

from __future__ import annotations

import re
import unicodedata

from ...layout import DigitalSignature
from ...norwegian import fold
from .wording import roles_in
from .words import signature_words

_WORD = re.compile(r"\w+")
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ð": "d", "þ": "th", "ß": "ss"})
"""Letters a certificate or a plain-ASCII system writes without their mark."""
_SPELLED_OUT = re.compile(r"aa|oe")
"""How plain ASCII spells "å" and "ø" out ("Aase", "Joern"): one letter again."""

_FIELD_WORDS = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])|[_\-.\d]+")
"""Where a field name's words part: a capital after a small letter
("SigNavLeder"), an underscore, a dash, a dot or digits."""


def digital_role(sig: DigitalSignature) -> str | None:
    """The one role the subject, reason, location or field name names."""
    for text in (sig.subject, sig.reason, sig.location, field_words(sig.field_name)):
        roles = roles_in(text or "")
        if len({r[0] for r in roles}) == 1:
            return roles[0][0]
    return None


def digital_title(sig: DigitalSignature) -> str | None:
    """The title the certificate's subject or the reason writes."""
    for text in (sig.subject, sig.reason):
        roles = [r for r in roles_in(text or "") if r[1]]
        if roles:
            return roles[0][1]
    return None


def field_words(name: str | None) -> str:
    """A field name as words: "SigNavLeder" → "Sig Nav Leder"."""
    return " ".join(w for w in _FIELD_WORDS.split(name or "") if w)


def certificate_person(sig: DigitalSignature) -> str | None:
    """The certificate's name when it may be a person's: none of its words
    marks an organisation's or a test certificate ("Nav", "kommune", "AS",
    "test"; ``certificate_not_person``). Only those: a person's name may hold
    a month or a small word ("August Olsen", "Maria de Souza")."""
    if not sig.signer_name:
        return None
    not_person = signature_words().certificate_not_person
    if any(fold(w).strip(".,()") in not_person for w in sig.signer_name.split()):
        return None
    return sig.signer_name


def names_another(sig: DigitalSignature, name: str | None) -> bool:
    """The certificate is a person's and ``name`` is someone else's: a
    digital signature is never the signature of a printed line naming
    another person, however near its widget stands (the municipality's
    "Godkjent elektronisk … av kommunalsjef Hanne Wold" just above the
    field the Nav leader signed). Names are compared by their words, without
    punctuation or order, since certificates write "Lindset, Berit" and
    "Anne-Lise Moe" where the page prints "Berit Lindset" and "Anne Lise Moe":
    two shared words make one person ("Per Arne Kjær" and "Per Kjær"), and
    so does one shared word where the other name's remaining words are its
    initials ("B. Lindset"). Letters are compared without their marks: a
    certificate, a signing service or a plain-ASCII system writes "Jorn
    Hanssen", "Joern Hanssen" or "Aase Saether" for the "Jørn Hanssen" and
    "Åse Sæther" the page prints."""
    person = certificate_person(sig)
    if person is None or not name:
        return False
    return not same_person(person, name)


def same_person(first: str, second: str) -> bool:
    """Two writings of one person's name (see ``names_another``)."""
    a, b = _name_words(first), _name_words(second)
    shared = a & b
    if len(shared) >= min(2, len(a), len(b)):
        return True
    if not shared:
        return False
    rest_a, rest_b = a - shared, b - shared
    initials = {w for w in rest_a | rest_b if len(w) == 1}
    full = {w[0] for w in (rest_a | rest_b) - initials}
    return bool(initials) and initials <= full


def _name_words(name: str) -> set[str]:
    return {_unmarked(w) for w in _WORD.findall(fold(name))}


def _unmarked(word: str) -> str:
    """The word as plain ASCII writes it, "å"/"aa" and "ø"/"oe" alike:
    "jørn", "jorn" and "joern" are one word; "sæther" and "saether" too."""
    plain = unicodedata.normalize("NFKD", word.translate(_LETTERS))
    return _SPELLED_OUT.sub(lambda m: m.group(0)[0], "".join(c for c in plain if not unicodedata.combining(c)))
