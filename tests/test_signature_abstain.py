"""Abstain instead of a false "not signed" (issue 12, class 8): a pen's ink
that no signer could be read beside, on a page read by OCR, makes a missing
signature a request to check by hand; on a page with a text layer, and for a
logo, it does not."""

from __future__ import annotations

import io

from PIL import Image as PILImage
from PIL import ImageDraw

from soknad_extract.extract.signatures import read_signatures
from soknad_extract.facts import ExtractionFacts
from soknad_extract.layout import Image
from soknad_extract.record import Signature
from soknad_extract.validate import validate
from tests.builders.layouts import ink, logo, ocr_page, pdf_line, pdf_page, pdf_pages
from tests.test_validate import S2020, complete_record


def _photo_with_ink(*images: Image):
    # A phone photo: the form's upper half read, the lower band with the
    # signers' names too blurred for any word, only its strokes found.
    return pdf_pages(ocr_page(1, [pdf_line("Søknad om midlar til tenesteutvikling", 1, 60, 60),
                                  pdf_line("Tiltak: Arbeid for alle", 1, 60, 90),
                                  pdf_line("Sum søkt kr 250 000", 1, 60, 240)], images=images))


def test_unclaimed_ink_on_an_ocr_page_names_that_page():
    doc = _photo_with_ink(Image(page=1, bbox=(70, 620, 200, 652), name="ink", ink_ratio=0.08),
                          Image(page=1, bbox=(320, 620, 450, 652), name="ink", ink_ratio=0.06))
    reading = read_signatures(doc)
    assert reading.signatures == []
    assert reading.unread_signer_pages(doc) == (1,)


def test_ink_beside_no_block_on_a_text_page_is_no_unread_signer():
    # Born digital: every printed word was read, so ink with nobody beside
    # it does not hide a signer's name.
    doc = pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskudd", 1, 60, 60),
                                 pdf_line("Totalt søkt kr 250 000", 1, 60, 240)],
                             images=[ink(1, (70, 620, 210, 652), seed=41)]))
    reading = read_signatures(doc)
    assert len(reading.unclaimed_ink) == 1
    assert reading.unread_signer_pages(doc) == ()


def test_a_logo_on_a_scanned_page_is_no_unread_signer():
    doc = _photo_with_ink(logo(1, (380, 700, 530, 752)))
    assert read_signatures(doc).unread_signer_pages(doc) == ()


def _stamp_png() -> bytes:
    # An office stamp as a scan shows it: a closed frame round two lines of capitals.
    img = PILImage.new("L", (300, 110), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((4, 4, 295, 105), outline=0, width=5)
    draw.text((30, 30), "NAV HAVBYGD", fill=0)
    draw.text((30, 60), "MOTTATT", fill=0)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def test_a_stamp_ocr_took_for_ink_is_no_unread_signer():
    stamp = Image(page=1, bbox=(320, 600, 470, 655), name="ink", data=_stamp_png())
    doc = _photo_with_ink(stamp)
    assert len(read_signatures(doc).unclaimed_ink) == 1
    assert read_signatures(doc).unread_signer_pages(doc) == ()


def _findings(record, lang="nb", **facts):
    return validate(record, ExtractionFacts(**facts), S2020, lang)


def test_missing_signatures_beside_unclaimed_ink_are_checked_by_hand():
    findings = _findings(complete_record(signatures=[]), unclaimed_ink_pages=(3,))
    assert [f.code.value for f in findings] == ["LOW_CONFIDENCE", "LOW_CONFIDENCE"]
    assert all(f.field == "signatures" and f.evidence.page == 3 and f.evidence.confidence == 0.0 for f in findings)
    assert "side 3" in findings[0].message and "Nav-leder" in findings[0].message
    assert "kommuneledelsen" in findings[1].message
    english = _findings(complete_record(signatures=[]), lang="en", unclaimed_ink_pages=(3,))
    assert "page 3" in english[0].message and "by hand" in english[0].message


def test_only_the_signature_not_found_is_withheld():
    leader = Signature(role="nav_leader", name="Ola", kind="handwritten", date="2020-01-20")
    findings = _findings(complete_record(signatures=[leader]), unclaimed_ink_pages=(1,))
    assert [(f.code.value, f.field) for f in findings] == [("LOW_CONFIDENCE", "signatures")]
    assert "kommuneledelsen" in findings[0].message


def test_without_unclaimed_ink_a_missing_signature_stays_an_error():
    codes = {f.code.value for f in _findings(complete_record(signatures=[]))}
    assert {"SIGNATURE_NAV_LEADER_MISSING", "SIGNATURE_MUNICIPALITY_MISSING"} <= codes
    assert "LOW_CONFIDENCE" not in codes
