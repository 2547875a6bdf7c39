"""Signatures: who signed, in what role, when, and how.

One job per module: ``fragments`` turns every layout into boxes of column
text, ``columns`` splits signers' titles a PDF row ran together across
columns, ``wording`` says what a fragment says (labels, roles, names, dates),
``namepart`` takes the marks around a printed name away ("Tor Berg e.f.",
"Nav-leder (Gunn Brenden)"), ``titleplace`` the municipality a title names
before the name ("kommunedirektør i Nord-Aurdal Hilde Ødegaard"), ``sentences`` tells a sentence that names a
title from a title line,
``zones`` finds where signing happens (``headrow`` takes the role headings
beside a signing column's heading on its row, ``placedate`` tells a place
and date line, ``headover`` the role heading over the pen and a bare line
whose signer is printed under the line), ``ocrnav`` joins the "NA V-leder"
OCR split, ``lists`` reads signers listed on
one line ("Godkjend av: …") and ``approver`` the approver an approval
sentence names as its subject ("Rådmann X har godkjent søknaden
elektronisk …"), ``blocks`` groups a zone's fragments into
signature blocks (``captions`` telling a signer's caption from a block's
heading), ``ink`` tells a handwritten signature from a logo or a
stamp, ``underline`` gives ink on a bare line to the caption under it,
``fields`` gives a form's labelled name field under the line to sign on
to the block above it, and the name typed into a form field labelled for a
role's signature to that role's block, ``captionrow`` the name on a form's line for it ("Navn med blokkbokstaver")
beside the line to sign on to the role heading over that row, ``fieldgroups`` a signer's name,
title and date typed into a column of labelled fields over the line to sign on,
``dates`` gives dates from outside a block (beside the ink, the
letter's dateline), ``repeats`` keeps one electronic approval per
approver however often it is printed, ``named`` tells an approval
statement that names its approver beside a digital signature, ``spaced``
gives a role caption the name printed under the space left for the pen (and
counts it a printed signer where no label asks for signatures),
``dual`` gives one signer under both titles ("Nav-leder og kommunalsjef") both
roles, ``staff`` takes the role from a party's block signed by staff ("For
Nav X" / "Tor Lie, rådgiver"), ``overstatement`` reads the "Name, title" pairs printed just above an
electronic-approval statement, ``inksplit`` gives a signature the ink finder
split in two to one signer, ``partycolumns`` gives a signing column headed by
its party ("For Nav-kontoret" | "For kommunen") the signer and the ink under
the heading, ``headwrap`` joins a role heading a narrow column wraps onto
its party ("Kommunedirektør," / "Notodden kommune"), ``navcolumn`` gives a
bare leader's title ("Kari Moe, leder") the role of the party heading over
its column ("Nav Rana"), ``seals`` tells a signing service's seal over the
page listing its signers (they signed digitally), ``unlabelled``
reads a page no label reaches in a labelled file by its role titles (an
e-mail's closing before the application; its signers count only with ink),
``namedrows`` gives a printed signer the date of the approval log's or
table's row that names them again, and
``assemble`` adds the marks and decides each signature's kind; ink no
block claims is reported with the signatures.
"""

from .assemble import SignatureReading, extract_signatures, read_signatures, signature_problems

__all__ = ["SignatureReading", "extract_signatures", "read_signatures", "signature_problems"]
