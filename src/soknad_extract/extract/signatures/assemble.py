"""Signatures: who signed, in what role, when, and how.

Works only on the layout model. Signature blocks come from
``blocks``; this module adds the marks and decides the kind:

- ``digital``: a cryptographic signature in the PDF (``doc.signatures``),
  tied to a block by the certificate's name, the widget's position, or the
  role words in its subject/reason; one signature per digital signature.
- ``handwritten``: an ink image over the block that ``ink`` does
  not take for a logo (or an "ink" region the OCR reader found).
- ``electronic_approval``: the document says it was approved electronically
  ("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne
  signaturer", Nynorsk "... og har difor inga underskrift"). It applies to
  every printed name in the signature blocks. "e-signert", "elektronisk
  signert", "signert med BankID" without a cryptographic signature in the
  file count the same way: the file carries only the claim (the signature
  was lost when it was printed to PDF again, or lives in another system),
  so the claim is what we report. With a cryptographic signature present,
  the signature wins, save for a statement naming its approver (``named``).
- ``typed``: a printed name with no mark at all (the validator warns).
  Where nothing on the page says "signature" (no label, closing or line to
  sign on), only a name printed as signers print it — just over its title,
  or before it on one line — counts, so that the answer to a form question
  "Leder av Nav-kontoret" is not taken for a signature.

A block with neither a name nor a mark is not a signature and is left out.
Signatures are listed as they appear (record.md): page by page, rows of
blocks top to bottom — blocks whose heights overlap stand in one row, even
when one column has an extra heading line or a scan is skewed — and each
row left to right. Roles come from the block's title or label, never from
its place: a block without one (a cover letter's adviser, a name under a
closing) is no signature of the application. "Ordfører" is accepted as municipal leadership although the
announcement asks for the administrative leader (rådmann/kommunedirektør):
the record keeps the title as written, so a county clerk can see which it
was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...layout import BBox, DigitalSignature, Document, Image, settings
from ...layout.fragments import distance, fragments
from ...layout.geometry import extents_overlap, union
from ...norwegian import fold
from ...record import Evidence, Signature
from .block import Block
from .blocks import find_blocks
from .certs import certificate_person, digital_role, digital_title, names_another
from .fieldgroups import signers_in_field_columns
from .captionrow import names_beside_signing_captions
from .fields import names_in_fields_under, names_in_role_fields
from .rowsigners import names_in_table_rows
from .zones import TITLE_LINE_WORDS, Zones, signature_zones
from .ink import classify_image
from .inksplit import claim_split_ink
from .partycolumns import signers_in_party_columns
from .dates import dateline_dates, dates_beside_ink, printed_own_date
from .department import without_department_heads
from .dual import with_second_roles
from .pairs import split_run_together
from .named import approved_by_name
from .repeats import one_approval_each
from .wrapped import join_wrapped_labels
from .headwrap import join_wrapped_headings
from .pagebreak import ink_over_page_break
from .cells import join_wrapped_cells
from .attach import attach_ink, ink_by_signing
from .headed import ink_in_sections, names_in_sections
from .ocrnav import with_nav_joined
from .signedby import names_from_signed_by
from .spaced import signs_under_pen_space
from .staff import without_staff_roles
from .navcolumn import leaders_under_party_headings
from .wording import typed_signed
from .servicelog import with_logged_signers
from .seals import service_seal
from .sentencetail import join_sentence_tails
from .approvalpara import join_approval_paragraphs
from .namedrows import dates_on_named_rows
from .unlabelled import drop_unmarked, with_unlabelled_pages


@dataclass
class SignatureReading:
    """The signatures, and the ink no signature block could claim."""

    signatures: list[tuple[Signature, Evidence]]
    unclaimed_ink: list[Image]
    """Pictures that look like a pen's ink but stand by no signature block:
    on a photo or a poor scan, often signatures whose names and titles OCR
    could not read. They are evidence that signing may have happened where
    the text cannot say so (validation abstains rather than report a
    signature missing)."""

    def unread_signer_pages(self, doc: Document) -> tuple[int, ...]:
        """Pages read by OCR that hold unclaimed ink: there the names and
        titles beside the ink may simply not have been read. On a page with
        a text layer everything printed was read, so ink by no block there
        is no sign of an unread signer. OCR's ink regions are judged by
        their pixels here (a stamp, print too dense to read, is no pen's)."""
        pages = {p.number: p for p in doc.pages if p.ocr or not p.lines or any(line.ocr for line in p.lines)}
        return tuple(sorted({image.page for image in self.unclaimed_ink if image.page in pages
                             and classify_image(image, pages[image.page], trust_ocr=False).is_ink}))


def extract_signatures(doc: Document) -> list[tuple[Signature, Evidence]]:
    """Every signature in document order, each with its evidence."""
    return read_signatures(doc).signatures


def read_signatures(doc: Document) -> SignatureReading:
    """The signatures in document order, with the ink left unclaimed."""
    frags = with_nav_joined(fragments(doc))
    frags = join_wrapped_headings(join_wrapped_cells(split_run_together(frags)))
    frags = join_sentence_tails(join_wrapped_labels(frags))
    frags = join_approval_paragraphs(frags)
    zones, ink_pages = with_unlabelled_pages(doc, frags, signature_zones(doc, frags))
    blocks = names_in_sections(find_blocks(zones), zones.members)
    blocks = names_beside_signing_captions(names_in_fields_under(blocks, zones.members), zones.members)
    blocks = names_in_table_rows(names_in_role_fields(doc, blocks))
    blocks = signers_in_field_columns(doc, blocks, frags)
    unclaimed = ink_over_page_break(doc, blocks, claim_split_ink(doc, blocks, attach_ink(doc, blocks, zones, frags)))
    ink_in_sections(blocks, zones.members)
    blocks, unclaimed = signers_in_party_columns(blocks, ink_by_signing(unclaimed, zones))
    names_from_signed_by(blocks, frags)
    without_staff_roles(blocks, zones.members)
    leaders_under_party_headings(blocks, zones.members)
    dates_beside_ink(blocks, zones)
    dateline_dates(blocks, zones, frags, {p.number: p.height for p in doc.pages})
    dates_on_named_rows(blocks, zones)
    blocks = drop_unmarked(blocks, ink_pages)
    digital = _match_digital(doc.signatures, blocks)
    approved = _approved_pages(zones, blocks) if not doc.signatures else set()

    results: list[_Found] = []
    for block in with_second_roles(blocks):
        sig = digital.get(id(block))
        if sig is not None:
            results.append(_from_digital(sig, block))
            continue
        if block.role_only_zone and not (block.images or block.page in approved or _printed_alone(block)
                                         or any(typed_signed(f.text) for f in block.frags)
                                         or signs_under_pen_space(block, zones.members)):
            continue
        if block.images:
            results.append(_handwritten(block))
        elif block.name and block.page in approved:
            results.append(_approval(block, zones.approval[0].text))
        elif doc.signatures and approved_by_name(block):
            results.append(_approval(block))
        elif block.name:
            results.append(_typed(block))
    seal = service_seal(doc.signatures, frags)
    for sig in doc.signatures:
        if not any(s is sig for s in digital.values()) and sig is not seal:
            results.append(_from_digital(sig, None))
    found = _assign_roles(without_department_heads(one_approval_each(_in_reading_order(results))))
    return SignatureReading(with_logged_signers(frags, found, seal), unclaimed)


def _printed_alone(block: Block) -> bool:
    """A signer printed where no label asks for signatures counts without
    ink or approval only as a title line is written ("Kari Moe, Nav-leder"):
    a name with its title and office on one longer line ("Anne Lie, leder for
    Nav Vinje kommune") is how a steering group or contact list names its
    members, and signs only with a mark."""
    name = block.name_frag
    return block.printed_signer and not (name in block.role_frags and len(name.text.split()) > TITLE_LINE_WORDS)


def _approved_pages(zones: Zones, blocks: list[Block]) -> set[int]:
    """The pages whose signers an "elektronisk godkjent" statement speaks
    for: its own page, or, when no signer stands there, the pages next to
    it (the statement runs over a page break). A cover letter's statement
    under its own closing says nothing about the application's names on the
    next page."""
    signed_pages = {b.page for b in blocks}
    pages: set[int] = set()
    for statement in zones.approval:
        if statement.page in signed_pages:
            pages.add(statement.page)
            if _list_runs_on(blocks, statement.page):
                pages.add(statement.page + 1)
        else:
            pages.update({statement.page - 1, statement.page + 1})
    return pages


def _list_runs_on(blocks: list[Block], page: int) -> bool:
    """The approvers' list ("Godkjent av: …" a line each) ends ``page`` and
    its next line opens the next page: the page break splits one list, and
    the statement speaks for the approvers on both pages."""
    def first(block: Block) -> int:
        return min(f.order for f in block.frags)

    here = [b for b in blocks if b.page == page]
    there = [b for b in blocks if b.page == page + 1]
    if not here or not there:
        return False
    last, opening = max(here, key=first), min(there, key=first)
    return last.listed and opening.listed


def _in_reading_order(results: list["_Found"]) -> list["_Found"]:
    """Page by page; on a page, rows top to bottom and each row left to
    right. Signatures placed nowhere on their page come after its blocks."""
    out: list[_Found] = []
    pages = sorted({r.page or 0 for r in results})
    for page in pages:
        here = [r for r in results if (r.page or 0) == page]
        placed = sorted((r for r in here if r.box is not None), key=lambda r: r.box[1])
        rows: list[tuple[float, float, list[_Found]]] = []
        for found in placed:
            top, bottom = found.box[1], found.box[3]
            if rows and extents_overlap(rows[-1][:2], (top, bottom), settings.ROW_OVERLAP):
                row_top, row_bottom, members = rows[-1]
                rows[-1] = (min(row_top, top), max(row_bottom, bottom), members + [found])
            else:
                rows.append((top, bottom, [found]))
        for _top, _bottom, members in rows:
            out.extend(sorted(members, key=lambda r: r.box[0]))
        out.extend(r for r in here if r.box is None)
    return out


def signature_problems(doc: Document) -> list[DigitalSignature]:
    """Digital signatures that do not verify or do not cover the file as
    it is now (DIGITAL_SIGNATURE_INVALID)."""
    return [s for s in doc.signatures if not (s.intact and s.covers_document)]


# --- marks ------------------------------------------------------------------

def _match_digital(signatures: list[DigitalSignature],
                   blocks: list[Block]) -> dict[int, DigitalSignature]:
    """Tie each digital signature to at most one block: by the printed name
    matching the certificate's name, else the widget over the block, else
    the role words in the certificate subject or the reason."""
    matched: dict[int, DigitalSignature] = {}
    for sig in signatures:
        free = [b for b in blocks if id(b) not in matched]
        block = (_by_name(sig, free) or _by_widget(sig, free) or _by_role_text(sig, free))
        if block is not None:
            matched[id(block)] = sig
    return matched


def _by_name(sig: DigitalSignature, blocks: list[Block]) -> Block | None:
    if not sig.signer_name:
        return None
    wanted = set(fold(sig.signer_name).split())
    for block in blocks:
        if block.name and len(wanted & set(fold(block.name).split())) >= min(2, len(wanted)):
            return block
    return None


def _by_widget(sig: DigitalSignature, blocks: list[Block]) -> Block | None:
    if sig.bbox is None or sig.page is None:
        return None
    best: tuple[float, Block] | None = None
    for block in blocks:
        if block.page != sig.page or not block.real or names_another(sig, block.name):
            continue
        d = distance(block.box, sig.bbox, row_gap=settings.INK_ROW_GAP)
        if d is not None and (best is None or d < best[0]):
            best = (d, block)
    return best[1] if best else None


def _by_role_text(sig: DigitalSignature, blocks: list[Block]) -> Block | None:
    role = digital_role(sig)
    if role is None:
        return None
    unnamed = [b for b in blocks if b.role == role and not b.name]
    same_role = [b for b in blocks if b.role == role and not names_another(sig, b.name)]
    return (unnamed or same_role or [None])[0]


# --- signatures -------------------------------------------------------------

def _from_digital(sig: DigitalSignature, block: Block | None) -> _Found:
    printed = printed_own_date(block) if block else None
    when = _iso(printed) or sig.signing_date() or (_iso(block.date) if block else None)
    role = (block.role if block else None) or digital_role(sig)
    title = (block.title if block else None) or digital_title(sig)
    name = (block.name if block else None) or certificate_person(sig)
    page = block.page if block else sig.page
    boxes = [b for b in ([block.box] if block and block.real else []) + ([sig.bbox] if sig.bbox else [])]
    text_parts = [block.text()] if block else []
    text_parts.append(f"{sig.field_name or ''}: {sig.signer_name or '?'}".strip(": "))
    evidence = Evidence(page=page, bbox=_bbox(boxes), text="\n".join(text_parts), method="pades",
                        confidence=1.0 if sig.intact and sig.covers_document else 0.9)
    box = block.core_box if block else sig.bbox
    return _Found(box, role, name, title, when, "digital", page, evidence)


def _handwritten(block: Block) -> _Found:
    image, box, conf = max(block.images, key=lambda t: t[2])
    ocr = any(f.ocr for f in block.frags) or (image.name or "").lower() == "ink"
    boxes = ([block.box] if block.real else []) + ([box] if image.bbox is not None else [])
    evidence = Evidence(page=block.page, bbox=_bbox(boxes), text=block.text() or None,
                        method="ocr" if ocr else "image", confidence=round(conf, 2))
    return _Found.of(block, "handwritten", evidence)


def _approval(block: Block, statement: str = "") -> _Found:
    evidence = Evidence(page=block.page, bbox=_bbox([block.box] if block.real else []),
                        text=block.text() + ("\n" + statement if statement else ""), method="text",
                        confidence=_confidence(block, 0.9))
    return _Found.of(block, "electronic_approval", evidence)


def _typed(block: Block) -> _Found:
    evidence = Evidence(page=block.page, bbox=_bbox([block.box] if block.real else []),
                        text=block.text(), method="ocr" if any(f.ocr for f in block.frags) else "label",
                        confidence=_confidence(block, 0.85))
    return _Found.of(block, "typed", evidence)


def _assign_roles(results: list[_Found]) -> list[tuple[Signature, Evidence]]:
    """The signatures whose role a title or label gave. A signature position
    alone names no role: the adviser who signs a cover letter is not the
    Nav leader, and a missing signature must stay missing. Only a
    cryptographic signature of the file itself, with no role anywhere, takes
    the role still missing (Nav leader first, as the form orders them)."""
    present = {r.role for r in results if r.role}
    out: list[tuple[Signature, Evidence]] = []
    for found in results:
        role = found.role
        if role is None and found.kind == "digital":
            role = next((r for r in ("nav_leader", "municipality") if r not in present), None)
            present.add(role)
            found.evidence.confidence = round(min(found.evidence.confidence, 0.6), 2)
        if role is not None:
            out.append((Signature(role=role, name=found.name, title=found.title, date=found.date,
                                  kind=found.kind, page=found.page), found.evidence))
    return out


@dataclass
class _Found:
    """A signature whose role may still be unknown while blocks are read."""

    box: BBox | None
    """Where the block stands on its page, for reading order."""
    role: str | None
    name: str | None
    title: str | None
    date: str | None
    kind: str
    page: int | None
    evidence: Evidence

    @classmethod
    def of(cls, block: Block, kind: str, evidence: Evidence) -> "_Found":
        return cls(block.core_box, block.role, block.name, block.title, _iso(block.date),
                   kind, block.page, evidence)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _bbox(boxes: list[BBox]) -> list[float] | None:
    if not boxes:
        return None
    return [round(v, 1) for v in union(boxes)]


def _confidence(block: Block, base: float) -> float:
    return round(min([base] + [f.confidence for f in block.frags]), 2)
