"""What every field extractor reads (``Context``) and writes (``Draft``).

The context derives the rows, label pairs and plain text of a document once;
the draft collects values with their evidence, so an extractor cannot set a
value without saying where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from soknad_extract.extract.form_text import form_text
from soknad_extract.extract.labels import classify_label, names_the_project
from soknad_extract.extract.pairs import field_pairs, find_pairs
from soknad_extract.extract.pair_text import Pair
from soknad_extract.extract.run_on_labels import split_shared
from soknad_extract.extract.scanned_labels import classify_scanned_label
from soknad_extract.layout import Document, FormField
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.layout.questions import QuestionFinder, same_row
from soknad_extract.layout.rows import Row, Span, build_rows
from soknad_extract.nlp import PhraseHit
from soknad_extract.norwegian import normalize_space
from soknad_extract.record import Evidence
from soknad_extract.schemes import Scheme


@dataclass
class TextIndex:
    """The document's text as one string, with the span each line occupies,
    so a regex or phrase hit can be traced back to its line."""

    text: str
    spans: list[tuple[int, int, Span]]

    def span_at(self, offset: int) -> Span | None:
        for start, end, span in self.spans:
            if start <= offset <= end:
                return span
        return None


_QUOTED = re.compile(r"«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\"")
"""A name in quotes: the project's title where a letter names it."""
_COST = re.compile(r"\d\s*%|\d[\d .\u00a0\u202f]{3,}\d")
"""A percentage or an amount."""
_COST_ROW_WORDS = 12
"""A line this short with a percentage or an amount is a budget row."""


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` turned into spaces (line breaks kept), so that
    offsets into it, and the evidence they give, stay those of ``text``."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


_HEADING = re.compile(r"^\s*(?:del\s+)?(?:\d+(?:\.\d+)*\.?|[IVX]{1,4}\.|[A-H][.)]?(?=\s+[A-ZÆØÅ]))\s+\S")
"""A numbered or lettered heading: "2. Prosjektet", "Del 3", "II. Prosjektet",
"B Prosjektet" ("I" left out: it is a word)."""
_SECTION_LETTER = re.compile(r"^\s*[A-H][.)]?\s+(?=[A-ZÆØÅ])")
"""A part's letter before its heading ("B Prosjektet", "C) Tiltaket")."""
Column = tuple[float, float]
"""Where a part stands across the page: from one x to another. A part
headed in a row of its own spans the whole width; one headed beside another
part's heading ("Om søkeren   Prosjektet", two columns) starts at its heading."""
_WHOLE_WIDTH: Column = (float("-inf"), float("inf"))
_COLUMN_SLACK = 4.0
"""Points a label may stand left of its part's heading and still be under it."""
_CONTACT_PARTS = {"person_name", "phone", "email", "first_name", "middle_name", "last_name"}
_PERSON_LABELS = {"contact_name", "phone", "email"}
"""Labels that end a project's part: a person's block follows."""
_PROJECT_PART_ROWS = 6
"""Rows of a project's part read under its heading: its few labels."""


class Context:
    def __init__(self, doc: Document, scheme: Scheme) -> None:
        self.doc = doc
        self.scheme = scheme

    @cached_property
    def rows(self) -> list[Row]:
        return build_rows(self.doc)

    @cached_property
    def row_of_cell(self) -> dict[int, Row]:
        """Each cell's row, by the cell's ``id``: kept with the document, so
        it lives and goes with it."""
        return {id(cell): row for row in self.rows for cell in row.cells}

    @property
    def classify(self) -> Callable[[str], str | None]:
        """How this document's labels are read: a scan's may be misspelt by
        a letter (``scanned_labels``)."""
        return classify_scanned_label if self.doc.ocr else classify_label

    @cached_property
    def pairs(self) -> dict[str, list[Pair]]:
        """Label pairs grouped by the field their label asks for; form
        machinery first, since it is the most explicit answer."""
        grouped: dict[str, list[Pair]] = {}
        found = list(field_pairs(self.doc.fields())) + find_pairs(self.rows, self.classify)
        sections = self._contact_sections()
        projects = self._project_headed_rows()
        containers = self._nested_table_holders()
        for pair in (part for whole in found for part in split_shared(whole, self.classify)
                     if whole.row not in containers):
            key = self.classify(pair.label)
            if key == "person_name" and pair.row in projects and _in_column([pair.value], projects[pair.row]):
                key = "title"
            elif key == "person_name" and pair.row in sections:
                key = "contact_name"
            if key:
                grouped.setdefault(key, []).append(pair)
        return grouped

    @cached_property
    def contact_rows(self) -> frozenset[int]:
        """The rows under a contact heading (``_contact_sections``)."""
        return frozenset(self._contact_sections())

    def _contact_sections(self) -> set[int]:
        """Rows under a contact heading ("2. Kontaktperson for søknaden", or
        a merged "Kontaktperson" cell beside "Navn | Telefon | E-post"), where
        a bare "Navn" asks for the contact person; elsewhere (signature
        blocks) a bare "Navn" is someone else. A section ends at the next
        heading or at a label for another field."""
        inside: set[int] = set()
        open_section = False
        for i, row in enumerate(self.rows):
            filled = row.filled()
            if not filled:
                continue
            key = self.classify(filled[0].text)
            if key == "contact_name":
                open_section = True
            elif key in _CONTACT_PARTS or (key is None and not _HEADING.match(filled[0].text)):
                pass
            else:
                open_section = False
            if open_section:
                inside.add(i)
        return inside

    def _nested_table_holders(self) -> set[int]:
        """Table rows of one cell that hold a nested table's rows as one
        run of text ("B Prosjekt Tittel Bolig først – ung Type Nytt
        prosjekt …"), when those rows are read again on their own: the
        run's labels and answers run into each other, its own rows pair them."""
        inner = [normalize_space(row.text) for row in self.rows if row.in_table and len(row.filled()) >= 2]
        holders: set[int] = set()
        for i, row in enumerate(self.rows):
            filled = row.filled()
            if row.in_table and len(filled) == 1 and len(filled[0].text) > 60:
                text = normalize_space(filled[0].text)
                if sum(1 for line in inner if line in text) >= 2:
                    holders.add(i)
        return holders

    def _project_headed_rows(self) -> dict[int, Column]:
        """Rows of a part headed by a word that names the project alone
        ("Prosjekt", "II. Tiltaket", "B Prosjektet"), each with the column
        the part stands in, where a bare "Navn:" asks for the project's
        name, not a person's: the rows under the heading up to the next
        heading or a label for a person ("Prosjektleiar"); unless a phone or
        an e-mail label follows within two rows ("Prosjekt / Navn: Kari Lid /
        Telefon: …"): that block presents the project's leader."""
        filled_rows = [i for i, row in enumerate(self.rows) if row.filled()]
        rows: dict[int, Column] = {}
        for n, i in enumerate(filled_rows[:-1]):
            column = _project_heading_column(self.rows[i])
            if column is None:
                continue
            for m in range(n + 1, min(n + 1 + _PROJECT_PART_ROWS, len(filled_rows))):
                row = _in_column(self.rows[filled_rows[m]].filled(), column)
                if not row:
                    continue
                first = row[0].text
                if _HEADING.match(first) or self.classify(first.split(":", 1)[0]) in _PERSON_LABELS \
                        or (len(row) == 1 and ":" not in first and self.classify(first) is None):
                    break
                if not any(self._asks_for_reaching(j, column) for j in filled_rows[m + 1:m + 3]):
                    rows[filled_rows[m]] = column
        return rows

    def _asks_for_reaching(self, i: int, column: Column) -> bool:
        """Row ``i`` opens, in ``column``, with a label asking for a phone or an e-mail."""
        cells = _in_column(self.rows[i].filled(), column)
        return bool(cells) and self.classify(cells[0].text.split(":", 1)[0]) in ("phone", "email")

    def values(self, key: str) -> list[Pair]:
        return self.pairs.get(key, [])

    @cached_property
    def index(self) -> TextIndex:
        parts: list[str] = []
        spans: list[tuple[int, int, Span]] = []
        offset = 0
        for row in self.rows:
            for cell in row.cells:
                if not cell.text:
                    continue
                spans.append((offset, offset + len(cell.text), cell))
                parts.append(cell.text)
                offset += len(cell.text) + 1
        return TextIndex("\n".join(parts), spans)

    @property
    def text(self) -> str:
        return self.index.text

    @cached_property
    def applicant_text(self) -> str:
        """``text`` with the form's own words blanked out (``form_text``: the
        lines the form opens, help text, sentences that repeat the scheme's
        announcement). Blanked, not removed, so offsets, and with them
        evidence, stay those of ``text``."""
        return blank_spans(self.text, form_text(self.scheme).spans(self.text))

    def without_rows(self, text: str, rows: set[int]) -> str:
        """``text`` (``text`` or a blanked copy) with the cells of ``rows`` blanked."""
        cells = {id(c) for i in rows for c in self.rows[i].cells}
        return blank_spans(text, [(start, end) for start, end, span in self.index.spans if id(span) in cells])

    def description_prose(self, text: str, title: str | None) -> str:
        """``text`` without what names rather than describes: the project's
        title ("Ny start etter soning"), quoted names, and budget rows
        ("Jobbspesialist, 100 % stilling"; a table row whose amount is in
        another cell than its post: "Sosiale utgifter (arbeidsgiveravgift)" |
        "140 000"), where a topical word argues nothing."""
        spans = [m.span() for m in _QUOTED.finditer(text)]
        if title:
            spans += [m.span() for m in re.finditer(re.escape(title), text)]
        costs = {id(cell) for row in self.rows if len(row.text.split()) <= _COST_ROW_WORDS
                 and any(_COST.search(cell.text) for cell in row.cells)
                 for cell in row.cells}
        spans += [(start, end) for start, end, span in self.index.spans
                  if id(span) in costs or (_COST.search(span.text) and len(span.text.split()) <= _COST_ROW_WORDS)]
        return blank_spans(text, spans)

    def checkboxes(self) -> list[FormField]:
        return [f for f in self.doc.fields() if f.kind in ("checkbox", "radio")]

    def question_for(self, box: FormField) -> str | None:
        """The question a box answers when the reader could not tell, by the
        same positional search the PDF reader uses (``layout.questions``)."""
        if box.bbox is None:
            return None
        page = self.doc.page(box.page)
        if page is None:
            return None
        finder = QuestionFinder(page.lines)
        for line in page.lines:
            if find_glyph_boxes(line.text):
                finder.mark_box_line(line)
        row = sorted((f.bbox for f in page.fields if f.kind in ("checkbox", "radio") and f.bbox
                      and same_row(f.bbox, box.bbox)), key=lambda b: b[0])
        return finder.question(box.bbox, row[0] if row else box.bbox)

    def evidence_at(self, start: int, end: int, method: str, confidence: float = 0.7) -> Evidence:
        span = self.index.span_at(start)
        snippet = normalize_space(self.text[max(0, start - 60): end + 60])
        if span is None:
            return Evidence(page=None, bbox=None, text=snippet, method=method, confidence=confidence)
        return span_evidence(span, method=method, confidence=min(confidence, span.confidence), text=snippet)

    def hit_evidence(self, hit: PhraseHit, method: str = "nlp") -> Evidence:
        return self.evidence_at(hit.start, hit.end, method)


def _project_heading_column(row: Row) -> Column | None:
    """The column of the project's part a row heads: the whole width when
    the heading stands alone ("2. Prosjektet"); from the heading rightwards
    when it closes a row of headings ("Om søkeren   Prosjektet"), nothing
    answering it. None when the row heads no project part."""
    cells = row.filled()
    heading = cells[-1]
    if ":" in heading.text or not names_the_project(_SECTION_LETTER.sub("", heading.text)):
        return None
    if len(cells) == 1:
        return _WHOLE_WIDTH
    if heading.bbox is None or any(c.bbox is None or ":" in c.text or c.bbox[0] >= heading.bbox[0] for c in cells[:-1]):
        return None
    return heading.bbox[0] - _COLUMN_SLACK, float("inf")


def _in_column(cells: list[Span], column: Column) -> list[Span]:
    """The cells that stand in ``column``; all of them when it spans the width."""
    if column == _WHOLE_WIDTH:
        return cells
    return [c for c in cells if c.bbox is not None and column[0] <= c.bbox[0] < column[1]]


def span_evidence(span: Span, method: str | None = None, confidence: float | None = None,
                  text: str | None = None) -> Evidence:
    """The evidence a span of the rows view gives. OCR'd text keeps method
    "ocr" and its word confidence, whatever the extractor's own confidence,
    so LOW_CONFIDENCE can see it."""
    own = span.confidence if confidence is None else min(confidence, span.confidence)
    return Evidence(
        page=span.page,
        bbox=[round(v, 1) for v in span.bbox] if span.bbox else None,
        text=(text if text is not None else span.text)[:300],
        method="ocr" if span.method == "ocr" else (method or span.method),
        confidence=round(max(0.0, min(own, 1.0)), 3),
    )


def field_evidence(f: FormField) -> Evidence:
    """Evidence for a form answer; a ticked box is reported as "checkbox"
    whatever machinery drew it, the machinery itself for text answers."""
    method = "checkbox" if f.kind in ("checkbox", "radio") else f.method
    text = " ".join(t for t in (f.group, f.label, f.value) if t)
    return Evidence(page=f.page, bbox=[round(v, 1) for v in f.bbox] if f.bbox else None,
                    text=text[:300] or None, method=method, confidence=f.confidence)


@dataclass
class Draft:
    """Values found so far, by record path, each with its evidence."""

    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def set(self, path: str, value: Any, evidence: Evidence | None) -> None:
        if value is None:
            return
        self.values[path] = value
        if evidence is not None:
            self.evidence[path] = evidence

    def get(self, path: str, default: Any = None) -> Any:
        return self.values.get(path, default)

    def has(self, path: str) -> bool:
        return path in self.values
