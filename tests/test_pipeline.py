"""read_application never raises for a bad file: it returns a record with
DOCUMENT_UNREADABLE and a message a clerk can act on."""

from __future__ import annotations

import hashlib

import pytest

from soknad_extract import read_application
from soknad_extract.schemes import SchemeError


@pytest.mark.parametrize("name, content, fragment", [
    ("tom.pdf", b"", "tom"),
    ("avkortet.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "PDF"),
    ("ikke-zip.docx", b"dette er ikke et Word-dokument", "Word"),
    ("regneark.xls", b"\xd0\xcf\x11\xe0", "støttes ikke"),
    ("bilde.png", b"\x89PNG\r\n\x1a\n garbage", ""),
])
def test_bad_files_become_unreadable_records(tmp_path, name, content, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    record = read_application(path)
    codes = [f.code.value for f in record.findings]
    assert codes == ["DOCUMENT_UNREADABLE"]
    assert fragment in record.findings[0].message
    assert record.complete is False
    assert record.source.sha256 == hashlib.sha256(content).hexdigest()
    assert record.source.path == str(path)


def test_missing_file(tmp_path):
    record = read_application(tmp_path / "finnes-ikke.pdf")
    assert record.findings[0].code.value == "DOCUMENT_UNREADABLE"
    assert record.source.sha256 is None


def test_english_message(tmp_path):
    path = tmp_path / "tom.docx"
    path.write_bytes(b"")
    assert "empty" in read_application(path, lang="en").findings[0].message


def test_unknown_scheme_is_a_usage_error(tmp_path):
    with pytest.raises(SchemeError):
        read_application(tmp_path / "x.pdf", scheme="finnes-ikke-2020")


def test_reader_bug_does_not_escape(tmp_path, monkeypatch):
    import soknad_extract.pipeline as pipeline

    def broken(_path):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(pipeline, "read_document", broken)
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4")
    record = read_application(path)
    assert record.findings[0].code.value == "DOCUMENT_UNREADABLE"
    assert "ZeroDivisionError" in record.findings[0].message


def test_memo_about_the_grant_is_not_an_application(tmp_path):
    import docx

    document = docx.Document()
    for text in ("Referat fra nettverkssamling 28.11.2019",
                 "Tilskudd til utvikling av sosiale tjenester: 13 prosjekter, 14,4 stillinger, ca. 8,7 millioner kroner.",
                 "Søknadsfristen er 1. februar 2020. Neste samling blir i mars."):
        document.add_paragraph(text)
    path = tmp_path / "referat.docx"
    document.save(path)
    record = read_application(path)
    assert [f.code.value for f in record.findings] == ["NOT_AN_APPLICATION"]
    assert record.scheme is None and record.office.name is None and record.amounts.total is None
    assert record.language == "nb"


def test_facts_carry_what_validation_needs_of_the_document():
    from datetime import datetime
    from types import SimpleNamespace

    from soknad_extract.extract import Extraction
    from soknad_extract.extract.applicant import Applicant
    from soknad_extract.extract.context import Draft
    from soknad_extract.layout import DigitalSignature, Document, ReaderNote
    from soknad_extract.pipeline import facts_of

    good = DigitalSignature(field_name="Sig1", signer_name="Ola", signing_time=datetime(2020, 1, 20),
                            intact=True, covers_document=True, page=1)
    changed = DigitalSignature(field_name="Sig2", signer_name="Kari", signing_time=datetime(2020, 1, 21),
                               intact=True, covers_document=False, page=2, bbox=(1, 2, 3, 4))
    doc = Document(path="x.pdf", format="pdf", signatures=[good, changed],
                   notes=[ReaderNote("LOW_CONFIDENCE", "Side 2 er utydelig", "Page 2 is unclear", page=2)])
    subtotal = [SimpleNamespace(amount=600000)]
    budget = SimpleNamespace(of=lambda category: subtotal if category == "positions_subtotal" else [],
                             picture_page=3, unit=1000, stated_amounts=lambda: 4, social_costs=130000,
                             other_totals=(610000,))
    extraction = Extraction(draft=Draft(), applicant=Applicant(text="Bydel Frogner"), budget=budget,
                            signatures=[], project_year=2)
    facts = facts_of(doc, extraction)
    assert [p.signer_name for p in facts.signature_problems] == ["Kari"]
    assert facts.signature_problems[0].bbox == (1, 2, 3, 4)
    assert facts.reader_findings[0].page == 2 and facts.reader_findings[0].message_en == "Page 2 is unclear"
    assert (facts.applicant, facts.positions_subtotal, facts.project_year) == ("Bydel Frogner", 600000, 2)
    assert facts.positions_social_costs == 130000
    assert (facts.budget_unit, facts.budget_amounts) == (1000, 4)
    assert facts.budget_picture_page == 3
    assert facts.other_totals == (610000,)


def test_a_folder_says_it_is_a_folder(tmp_path):
    record = read_application(tmp_path)
    assert [f.code.value for f in record.findings] == ["DOCUMENT_UNREADABLE"]
    assert "er en mappe, ikke en fil" in record.findings[0].message and "check_paths" in record.findings[0].message
    assert "is a folder" in read_application(tmp_path, lang="en").findings[0].message
