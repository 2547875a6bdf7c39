"""A signing service's seal over the page that lists who signed.

Class: an application signed through a signing service (Posten signering,
Signicat, Visma Addo, Verified, Penneo …) comes back as one PDF with the
service's signing page appended, listing each signer with the electronic ID
they used and the time ("Kari Nordmann / Rolle: Nav-leiar / Signert:
30.01.2020 kl. 08:55 / Metode: BankID"), and the whole file sealed with one
cryptographic signature in the service's own (or the office's) name: no
person's certificate, no role. The signers did sign with their electronic
ID; the seal is the service's proof of it, and it covers the page that says
so. Those signers are ``digital`` signatures, dated by their own time on the
page; the seal is no signer of its own.

Only where the seal is an organisation's (``certs.certificate_person`` finds
no person in it, and it names no role) and covers the file as it is now
(``covers_document``), so the list is part of what was sealed. A seal that
covers the file but does not verify still makes the list digital: the
signature is there, and DIGITAL_SIGNATURE_INVALID says it is broken. A list
with no cryptographic signature in the file, or one added after the seal,
proves nothing beyond its words: its signers stay ``electronic_approval``
(``servicelog``).
"""

from __future__ import annotations

from ...layout import DigitalSignature
from ...layout.fragments import Fragment
from .certs import certificate_person, digital_role
from .servicelog import logged_signers


def service_seal(signatures: list[DigitalSignature], frags: list[Fragment]) -> DigitalSignature | None:
    """The organisation's seal in a file with a service's signing page, or
    None: the one that covers the file and verifies, if any does. It makes
    the page's signers digital only when it covers the file as it is now
    (``servicelog``); either way it is the service's, no signer's of its own."""
    seals = [s for s in signatures if certificate_person(s) is None and digital_role(s) is None]
    if not seals or not logged_signers(frags):
        return None
    return max(seals, key=lambda s: (s.covers_document, s.intact))

