"""Hold-out 3: eight 2020 applications nobody on the team has seen, each
built at test time, then scanned (image-only PDF, PNG, or a JPEG phone photo)
and read both ways. One test per (document, field), for the scan and for the
born-digital original, so the report shows what OCR costs."""

from __future__ import annotations

from pathlib import Path

import pytest

from soknad_extract.pipeline import read_application
from soknad_extract.record import Record
from tests.holdout3.docs import APPS, App
from tests.builders.scan import photo_jpeg, scan_pdf, scan_png

pytestmark = [pytest.mark.slow, pytest.mark.ocr, pytest.mark.libreoffice]

FIELDS = list(APPS[0].expected)
SCANNERS = {"pdf": scan_pdf, "png": scan_png, "jpeg": photo_jpeg}
SUFFIX = {"pdf": ".pdf", "png": ".png", "jpeg": ".jpg"}


def _scan(app: App, original: Path, out: Path) -> Path:
    target = out / f"{app.key}_scan{SUFFIX[app.scan]}"
    return SCANNERS[app.scan](original, target, app.dpi, seed=len(app.key) * 31)


@pytest.fixture(scope="session")
def holdout3_records(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Record]:
    """Build, scan and read every document once for the whole session."""
    records: dict[tuple[str, str], Record] = {}
    for app in APPS:
        out = tmp_path_factory.mktemp(app.key)
        original = app.build(out)
        records[(app.key, "original")] = read_application(original)
        records[(app.key, "scan")] = read_application(_scan(app, original, out))
    return records


def _value(record: Record, field: str):
    value = record
    for part in field.split("."):
        value = getattr(value, part)
    if field == "priority_areas":
        return sorted(value)
    return value


CASES = [pytest.param(app.key, field, id=f"{app.key}-{field}") for app in APPS for field in FIELDS]
EXPECTED = {app.key: app.expected for app in APPS}


def _dashes_alike(value: object) -> object:
    """A scan cannot show a dash's length reliably: "16–25" and "16-25" are
    the same title on paper. Everything else is compared exactly."""
    return value.replace("–", "-").replace("—", "-") if isinstance(value, str) else value


@pytest.mark.parametrize(("key", "field"), CASES)
def test_scan_field(holdout3_records, key: str, field: str) -> None:
    got = _value(holdout3_records[(key, "scan")], field)
    if field == "project.title":
        assert _dashes_alike(got) == _dashes_alike(EXPECTED[key][field])
    else:
        assert got == EXPECTED[key][field]


@pytest.mark.parametrize(("key", "field"), CASES)
def test_original_field(holdout3_records, key: str, field: str) -> None:
    got = _value(holdout3_records[(key, "original")], field)
    assert got == EXPECTED[key][field]


@pytest.mark.parametrize("key", [app.key for app in APPS])
def test_scan_is_marked_ocr(holdout3_records, key: str) -> None:
    record = holdout3_records[(key, "scan")]
    assert record.source.ocr is True
    assert record.source.pages is not None and record.source.pages >= 1


@pytest.mark.parametrize("key", [app.key for app in APPS])
def test_original_is_not_ocr(holdout3_records, key: str) -> None:
    assert holdout3_records[(key, "original")].source.ocr is False


def test_scans_keep_their_format(holdout3_records) -> None:
    formats = {app.key: holdout3_records[(app.key, "scan")].source.format for app in APPS}
    assert formats == {app.key: "pdf" if app.scan == "pdf" else "image" for app in APPS}
