"""The county's HTML report: summary, cards sorted by what needs action,
status in words, the filter, and evidence pictures cropped from the files.

Records are built by hand so each test states what validation decided; the
evidence boxes point into real sample files, so the pictures are real crops.
"""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from soknad_extract.record import (
    Code, Evidence, Finding, Office, Project, Record, Signature, Source, severity_of,
)
from soknad_extract.report import render
from soknad_extract.report.evidence_images import open_pages
from soknad_extract.report.html import render_html, status_of

ROOT = Path(__file__).resolve().parents[1]
HADELAND = ROOT / "samples" / "born_digital" / "pdfform_hadeland_2020.pdf"
SOGNDAL_SCAN = ROOT / "samples" / "scanned" / "skannet-brev-sogndal-nn.png"
DOCX = ROOT / "samples" / "signed" / "typet-navn.docx"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _finding(code: str, message: str, field: str | None = None,
             evidence: Evidence | None = None) -> Finding:
    c = Code(code)
    return Finding(code=c, severity=severity_of(c), field=field, message=message, evidence=evidence)


def needs_action() -> Record:
    """Hadeland's form with a missing org number (error) and real boxes."""
    signature_box = Evidence(page=2, bbox=[303.6, 354.3, 417.0, 426.3], method="image",
                             text="For kommunen\nDato: 30.01.2020\nNavn: Gudrun Lien")
    return Record(
        source=Source(path=str(HADELAND), sha256=_sha(HADELAND), format="pdf", pages=2),
        language="nb", scheme="nav-sosiale-tjenester-2020",
        office=Office(name="Nav Hadeland"), project=Project(title="Helhetlig oppfølging"),
        signatures=[Signature(role="municipality", name="Gudrun Lien", kind="handwritten", page=2)],
        findings=[_finding("CONTACT_MISSING", "Kontaktperson mangler e-post.", "contact.name"),
                  _finding("ORG_NUMBER_INVALID", "Organisasjonsnummeret 123 er ugyldig <b>.",
                           "office.name")],
        complete=False,
        evidence={
            "office.name": Evidence(page=1, bbox=[209.8, 144.1, 532.9, 161.3], method="table",
                                    text="Nav Hadeland"),
            "contact.name": Evidence(page=1, bbox=[209.8, 195.8, 532.9, 213.1], method="table",
                                     text="Eirik Dahl"),
            "signatures[0]": signature_box,
        },
    )


def with_warning() -> Record:
    """A scanned Nynorsk letter, complete but with a typed-name warning."""
    box = Evidence(page=1, bbox=[76.8, 593.3, 188.2, 665.0], method="ocr",
                   text="20. januar 2020\nArnstein Lunde\nNav-leiar")
    return Record(
        source=Source(path=str(SOGNDAL_SCAN), sha256=_sha(SOGNDAL_SCAN), format="image",
                      pages=1, ocr=True),
        language="nn", office=Office(name="Nav Sogndal"),
        signatures=[Signature(role="nav_leader", name="Arnstein Lunde", kind="handwritten", page=1)],
        findings=[_finding("SIGNATURE_UNVERIFIED", "Signaturen er bare et maskinskrevet navn.",
                           "signatures[0]", box)],
        complete=True, evidence={"signatures[0]": box},
    )


def fine() -> Record:
    return Record(
        source=Source(path=str(DOCX), sha256=_sha(DOCX), format="docx"),
        office=Office(name="Nav Nord-Fron"),
        findings=[_finding("SCHEME_ASSUMED", "Kontrollert mot 2020.")],
        complete=True,
        evidence={"office.name": Evidence(page=1, method="table", text="Nav Nord-Fron")},
    )


def unreadable() -> Record:
    return Record(source=Source(path="søknader/ødelagt.pdf", format="pdf"),
                  findings=[_finding("DOCUMENT_UNREADABLE", "Filen kan ikke leses.")])


class _Report(HTMLParser):
    """The facts a reader sees: cards in order with their classes, pictures, badges."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[list[str]] = []
        self.images: list[str] = []
        self.badges: list[str] = []
        self.scripts = 0
        self._badge = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "section" and "card" in classes:
            self.cards.append(classes)
        if tag == "img":
            self.images.append(a["src"])
        if tag == "script":
            self.scripts += 1
        self._badge = tag == "span" and "badge" in classes

    def handle_data(self, data):
        if self._badge:
            self.badges.append(data.strip())
            self._badge = False


def _parse(page: str) -> _Report:
    report = _Report()
    report.feed(page)
    return report


def test_status_is_what_validation_decided() -> None:
    assert status_of(needs_action()) == "action"
    assert status_of(with_warning()) == "warnings"
    assert status_of(fine()) == "fine"  # an info finding is not a warning
    assert status_of(unreadable()) == "action"


def test_summary_counts_and_cards_sorted_by_what_needs_action() -> None:
    records = [fine(), with_warning(), needs_action(), unreadable()]
    page = render(records, "html")
    report = _parse(page)
    statuses = [next(c for c in card if c.startswith("s-")) for card in report.cards]
    assert statuses == ["s-action", "s-action", "s-warnings", "s-fine"]
    first_action = [c for c in report.cards[0] if c.startswith("c-")]
    assert first_action == ["c-CONTACT_MISSING", "c-ORG_NUMBER_INVALID"]
    counts = re.findall(r'<li class="sum-(\w+)"><strong>(\d+)</strong>', page)
    assert counts == [("action", "2"), ("warnings", "1"), ("fine", "1")]
    # status is said in words, never by colour alone
    assert {"✗ Må følges opp", "! Bør ses på", "✓ I orden"} <= set(report.badges)
    assert report.scripts == 0


def test_every_finding_and_signature_shows_its_evidence_picture_and_words() -> None:
    page = render_html([needs_action(), with_warning()])
    report = _parse(page)
    assert report.images and all(src.startswith("data:image/png;base64,") for src in report.images)
    # office.name (finding), contact.name (finding), the municipal signature, the scanned signature
    assert len(set(report.images)) == 4
    assert "Gudrun Lien" in page and "Arnstein Lunde" in page
    assert "ugyldig &lt;b&gt;." in page and "<b>." not in page


def test_pictures_come_only_from_the_unchanged_file() -> None:
    record = needs_action()
    moved = record.model_copy(update={"source": record.source.model_copy(update={"sha256": "0" * 64})})
    assert _parse(render_html([moved])).images == []
    assert _parse(render_html([record], pictures=False)).images == []
    # a Word file has no fixed pages: the words read are shown instead
    page = render_html([fine()])
    assert _parse(page).images == [] and "Nav Nord-Fron" in page


def test_filter_rules_name_every_status_and_finding_present() -> None:
    page = render_html([needs_action(), with_warning(), fine()])
    for status in ("action", "warnings", "fine"):
        assert f"body:has(#fs-{status}:checked) .app:not(.s-{status})" in page
    for code in ("CONTACT_MISSING", "ORG_NUMBER_INVALID", "SIGNATURE_UNVERIFIED", "SCHEME_ASSUMED"):
        assert f'option[value="{code}"]:checked) .app:not(.c-{code})' in page
        assert f'<option value="{code}">' in page
    assert "Kontaktperson mangler (1)" in page


def test_same_records_and_files_give_the_same_bytes() -> None:
    records = [needs_action(), with_warning(), fine(), unreadable()]
    assert render_html(records) == render_html(records)
    assert render_html(records, lang="en") != render_html(records)
    assert "Needs action" in render_html(records, lang="en")


def test_evidence_crop_marks_the_box_inside_the_page() -> None:
    pages = open_pages(HADELAND, "pdf", _sha(HADELAND))
    assert pages is not None
    crop = pages.crop(1, [209.8, 144.1, 532.9, 161.3])
    whole = pages.marked_page(1, [209.8, 144.1, 532.9, 161.3])
    assert crop is not None and whole is not None
    assert crop.png.startswith(b"\x89PNG") and crop.height < whole.height
    assert pages.crop(9, [1, 2, 3, 4]) is None  # no such page
    assert pages.crop(1, [5, 5, 1, 1]) is None  # an empty box
    assert open_pages(DOCX, "docx") is None
    assert open_pages(ROOT / "nowhere.pdf", "pdf") is None
