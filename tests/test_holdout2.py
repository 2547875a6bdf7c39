"""Holdout round 2: the whole pipeline on applications nobody on the team has
seen, built at test time (Word forms exported to PDF by LibreOffice, numbered
question forms, horizontal tables, UPPERCASE labels, Nynorsk letters, prose
budgets, defects). One test per (document, field) and per (document, finding
code), so failures can be counted. Expectations follow shared/spec/record.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from soknad_extract.pipeline import read_application
from soknad_extract.record import Record
from tests.builders.libreoffice import to_pdf
from tests.holdout2 import docs_forms, docs_letters, docs_special
from tests.holdout2.case import Case

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice]

CASES: list[Case] = sorted(docs_forms.CASES + docs_letters.CASES + docs_special.CASES, key=lambda c: c.name)
BY_NAME = {case.name: case for case in CASES}


class Holdout:
    """Builds every document once per session and reads each once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.paths: dict[str, Path] = {}
        self.records: dict[str, Record] = {}
        sources = root / "sources"
        sources.mkdir()
        built = {case.name: case.build(sources) for case in CASES}
        to_convert = [built[c.name] for c in CASES if c.convert]
        converted = to_pdf(to_convert, root / "pdf", root / "lo-profile") if to_convert else {}
        for case in CASES:
            source = built[case.name]
            self.paths[case.name] = converted[source] if case.convert else source

    def record(self, name: str) -> Record:
        if name not in self.records:
            self.records[name] = read_application(self.paths[name])
        return self.records[name]


@pytest.fixture(scope="session")
def holdout(tmp_path_factory: pytest.TempPathFactory) -> Holdout:
    return Holdout(tmp_path_factory.mktemp("holdout2"))


def field_value(record: Record, path: str) -> object:
    """The record's value at a field path, or a derived view of a list."""
    if path == "positions.titles":
        return [p.title.casefold().strip() if p.title else None for p in record.positions]
    if path == "positions.percents":
        return [p.percent for p in record.positions]
    if path == "positions.amounts":
        return [p.amount for p in record.positions]
    if path == "signatures.roles":
        return sorted({s.role for s in record.signatures})
    if path == "findings.codes":
        return sorted(f.code.value for f in record.findings)
    value: object = record.model_dump(mode="json")
    for part in path.split("."):
        value = value[part]  # type: ignore[index]
    return value


def expected_value(path: str, expected: object) -> object:
    if path in ("signatures.roles", "priority_areas"):
        return sorted(expected)  # type: ignore[arg-type]
    if path == "positions.titles":
        return [t.casefold() for t in expected]  # type: ignore[union-attr]
    if path == "findings.codes":
        return sorted(expected)  # type: ignore[arg-type]
    return expected


FIELD_PARAMS = [pytest.param(case.name, path, id=f"{case.name}::{path}") for case in CASES for path in case.expect]
PRESENT_PARAMS = [pytest.param(case.name, code, id=f"{case.name}::has:{code}") for case in CASES
                  for code in case.present]
ABSENT_PARAMS = [pytest.param(case.name, code, id=f"{case.name}::not:{code}") for case in CASES
                 for code in case.absent_codes()]


@pytest.mark.parametrize(("name", "path"), FIELD_PARAMS)
def test_field(holdout: Holdout, name: str, path: str) -> None:
    record = holdout.record(name)
    got = field_value(record, path)
    want = expected_value(path, BY_NAME[name].expect[path])
    assert got == want, f"{name} {path}: got {got!r}, expected {want!r}"


@pytest.mark.parametrize(("name", "code"), PRESENT_PARAMS)
def test_finding_present(holdout: Holdout, name: str, code: str) -> None:
    codes = field_value(holdout.record(name), "findings.codes")
    assert code in codes, f"{name}: expected {code} among {codes}"


@pytest.mark.parametrize(("name", "code"), ABSENT_PARAMS)
def test_finding_absent(holdout: Holdout, name: str, code: str) -> None:
    record = holdout.record(name)
    hits = [f for f in record.findings if f.code.value == code]
    assert not hits, f"{name}: unexpected {code}: {hits[0].message} (field {hits[0].field})"


def test_every_case_has_a_distinct_source_file(holdout: Holdout) -> None:
    """Guards the builders themselves: twenty-odd documents, each its own file."""
    assert len(CASES) >= 20
    assert len({p.name for p in holdout.paths.values()}) == len(CASES)


def test_word_exports_are_real_pdfs(holdout: Holdout) -> None:
    """At least six documents take the common real route: Word form → PDF."""
    exported = [holdout.paths[c.name] for c in CASES if c.convert]
    assert len(exported) >= 6
    for path in exported:
        assert path.read_bytes()[:5] == b"%PDF-"
