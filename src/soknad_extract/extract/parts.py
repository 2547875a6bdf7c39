"""The parts of one file: an e-mail printout or a cover letter in front, the
application, attachments behind.

Offices send what they have: the e-mail that carried the application, the
municipality's cover letter signed by an adviser, the application, then the
project plan (with the whole project's cost), the job description (with a
salary) and a CV. Only the application gives the record's fields and
signatures, so extraction reads a view of the document that holds the
application part alone (``part_view.application_view``); no field extractor needs to
know the file had more in it.

A part opens at a heading whose words name a kind of document
(``schemas/vocabulary/documents.toml``), or at an e-mail header block. A
heading is a short line set as a heading (style, size, bold) or one of the
first lines of a page; a kind that an application may also use for a section
of its own ("Prosjektplan") opens a part only after "Vedlegg N:". Where
nothing says a line belongs elsewhere, it stays in the application: a part is
cut away only on positive evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.repeated_form import form_begins_again
from soknad_extract.layout import Document, Line, Page
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_key

APPLICATION, WRAPPER, ATTACHMENT, OTHER = "application", "wrapper", "attachment", "other"
EMAIL, ATTACHMENT_KIND, BUDGET_SHEET = "email", "attachment", "budget_sheet"

_NUMBER = re.compile(r"^(?:del\s+)?\d+(?:\.\d+)*\.?\s*[-:)]?\s*")
"""A section number before a heading ("2.", "Del 3 -")."""
_AFTER_PREFIX = re.compile(r"^[\s.]*\d*[a-z]?\s*[-:.)]?\s*")
"""The number and punctuation after "Vedlegg" ("Vedlegg 2: ", "Bilag nr. 3 - ")."""
_HEADER_LABEL = re.compile(r"^([^\W\d_]+)\s*:")
_MARGIN_STYLES = frozenset({"header", "footer"})
_HEADING_STYLE_WORDS = ("heading", "title", "overskrift", "tittel", "bold")
_MAX_HEADING_WORDS = 14
_MAX_TITLE_WORDS = 30
"""Words of the file's own title, which may name the scheme in full."""
_PAGE_TOP_LINES = 3
"""Body lines at the top of a page that open a part without a heading style
(scans and plain Word paragraphs have none). A cover letter's subject line
opens its part lower, anywhere under the letterhead (``_LETTERHEAD_LINES``):
a letter puts the sender, the address and the references above it."""
_LETTERHEAD_LINES = 12
"""Lines above a heading at the top of a page that go with it (a letterhead)."""
_EMAIL_MIN_LABELS = 3


@dataclass(frozen=True)
class Kind:
    key: str
    role: str
    wordings: Wordings
    needs_prefix: bool = False
    unless_request: bool = False
    unless_form: bool = False
    """A document of this kind in front of a filled form is the form's
    covering paper (council minutes approving the application, sent with it)."""
    page_top: bool = False
    """Without "Vedlegg N:", the heading opens this kind only as the first line
    of its page (an organisation chart: a new document begins there; an
    application's section may carry the word lower on a page)."""


@dataclass(frozen=True)
class _Words:
    kinds: tuple[Kind, ...]
    prefix: Wordings
    header_labels: frozenset[str]
    email_only: frozenset[str]
    sent_labels: frozenset[str]
    kind_at_start: re.Pattern[str]
    """Every kind's wordings, each kind one group: a match at the start
    tries them in the file's order, so its group is the first kind that
    matches there (one match a line, not one a kind)."""

    def first_kind(self, text: str) -> Kind | None:
        """The first kind whose wordings match at the start of ``text``."""
        found = self.kind_at_start.match(text)
        return self.kinds[found.lastindex - 1] if found else None


@lru_cache(maxsize=4)
def _words(folder: str) -> _Words:
    entry = Entry("documents", Path(folder))
    kinds = tuple(
        Kind(k.text("key"), k.text("role"), k.wordings(), k.flag("needs_prefix", False),
             k.flag("unless_request", False), k.flag("unless_form", False), k.flag("page_top", False))
        for k in entry.tables("kind"))
    header = entry.table("email_header")
    return _Words(kinds, entry.table("attachment_prefix").wordings(), header.words(),
                  frozenset(header.strings("e_mail_only")), frozenset(header.strings("sent_labels")),
                  re.compile("|".join(f"({k.wordings.pattern})" for k in kinds)))


@dataclass(frozen=True)
class Part:
    """A run of the document's lines, from ``start`` (page index, line index)
    to the next part's start. ``kind`` and ``role`` are None for lines no
    heading claims (the opening of a file without a title)."""

    start: tuple[int, int]
    kind: str | None = None
    role: str | None = None
    heading: Line | None = None
    prefixed: bool = False
    """The heading said "Vedlegg": the part is an attachment whatever its kind."""
    page_top: bool = False
    """The heading is the first line of its page: a new document begins there."""


def _body(page: Page) -> list[int]:
    """Indexes of the page's lines that are not in its header or footer."""
    return [i for i, line in enumerate(page.lines) if (line.style or "").lower() not in _MARGIN_STYLES]


def _styled(line: Line) -> bool:
    style = (line.style or "").lower()
    return any(word in style for word in _HEADING_STYLE_WORDS)


def kind_named(key: str) -> Kind | None:
    return next((k for k in _words(vocabulary_key()).kinds if k.key == key), None)


def kind_of_heading(text: str) -> tuple[Kind, bool] | None:
    """The kind of document a heading opens, and whether it said "Vedlegg"."""
    return _kind_of_heading(text, vocabulary_key())


@lru_cache(maxsize=4096)
def _kind_of_heading(text: str, folder: str) -> tuple[Kind, bool] | None:
    """Memoised per line and vocabulary folder: forms repeat their headings
    (1,377 of 2,686 lines asked about over the 54 PDFs were asked before)."""
    words = _words(folder)
    folded = _NUMBER.sub("", fold(text).strip())
    prefix = words.prefix.match(folded)
    if prefix:
        rest = _AFTER_PREFIX.sub("", folded[prefix.end():])
        kind = words.first_kind(rest) if rest else None
        return (kind or Kind(ATTACHMENT_KIND, ATTACHMENT, Wordings([]))), True
    kind = words.first_kind(folded)
    if kind is None or kind.needs_prefix:
        return None
    return kind, False


def email_header_label(text: str) -> str | None:
    """The e-mail header label a line opens with ("Fra:", "Emne:"), folded; None for any other line."""
    match = _HEADER_LABEL.match(fold(text))
    return match.group(1) if match and match.group(1) in _words(vocabulary_key()).header_labels else None


def is_email_header(labels: set[str], text: str) -> bool:
    """A run of header labels and its text make a mail header: enough labels, one that only a
    mail header uses ("Emne"), and an address, or the time it was sent ("Sendt:"): a mail
    program prints its users' display names without their addresses, a memo's header
    ("Til:", "Fra:", "Emne:") has no time of sending."""
    words = _words(vocabulary_key())
    return len(labels) >= _EMAIL_MIN_LABELS and bool(labels & words.email_only) \
        and ("@" in text or bool(labels & words.sent_labels))


def _email_block(page: Page, body: list[int]) -> list[int]:
    """Indexes of an e-mail header block (Fra/Sendt/Til/Emne) near the top of the page.
    A printout may set each value on the line under its label (the label alone on its
    line): that line belongs to the block."""
    run: list[int] = []
    labels: set[str] = set()
    value_below = False
    for i in body[:_LETTERHEAD_LINES]:
        text = page.lines[i].text
        label = email_header_label(text)
        if label:
            run.append(i)
            labels.add(label)
            value_below = not text.split(":", 1)[1].strip()
        elif value_below:
            run.append(i)
            value_below = False
        elif run:
            break
    return run if is_email_header(labels, " ".join(page.lines[i].text for i in run)) else []


def _long_title(first_page: bool, position: int, line: Line, kind: Kind) -> bool:
    """A heading may be long only as the file's own title under its letterhead
    on the first page, naming the scheme in full after its kind ("Søknad om
    endring i innvilget tiltak – tilskudd til utvikling av sosiale tjenester
    i Nav-kontoret 2020"), of a document that is no application: set as a
    heading, or a cover letter's subject line, which a Word letter writes in
    a plain paragraph without a full stop. A body line is a heading only when short."""
    if not (first_page and position < _LETTERHEAD_LINES and line.table_cell is None) \
            or len(line.text.split()) > _MAX_TITLE_WORDS:
        return False
    return kind.role == OTHER and _styled(line) or kind.role == WRAPPER and not line.text.rstrip().endswith(".")


def _headings(page: Page, body: list[int], skip: set[int], first_page: bool) -> list[tuple[int, Kind, bool]]:
    found = []
    for position, i in enumerate(body):
        line = page.lines[i]
        if i in skip or not line.text.strip():
            continue
        hit = kind_of_heading(line.text) or _ocr_kind(line)
        if hit is None:
            continue
        if len(line.text.split()) > _MAX_HEADING_WORDS and not _long_title(first_page, position, line, hit[0]):
            continue
        kind, prefixed = hit
        if kind.page_top and not prefixed and position > 0:
            continue
        top = position < _PAGE_TOP_LINES or (kind.role == WRAPPER and position < _LETTERHEAD_LINES
                                             and line.table_cell is None)
        if not (top or (_styled(line) and line.table_cell is None)):
            continue
        if kind.key == ATTACHMENT_KIND and position > 0:
            continue  # "Vedlegg" with no kind opens a part only at the top of a page
        found.append((i, kind, prefixed))
    return found


def _ocr_kind(line: Line) -> tuple[Kind, bool] | None:
    """A scanned heading behind a speck read as a letter ("Å Vedlegg –
    budsjett"): OCR turns dirt at a line's start into a one-character word.
    No heading of a kind opens with a one-letter word, so, on a line read by
    OCR, the kind is looked for behind it. Only behind a letter: a dash or a
    bullet opens an item of a list ("- CV" under "Vedlegg som følger:"),
    which is no heading."""
    first, _, rest = line.text.strip().partition(" ")
    if not line.ocr or len(first) != 1 or not first.isalpha() or not rest:
        return None
    return kind_of_heading(rest)


def find_parts(doc: Document) -> list[Part]:
    """The document's parts in reading order; one part without a kind when
    no heading or e-mail block says where anything begins."""
    parts: list[Part] = []
    for p, page in enumerate(doc.pages):
        body = _body(page)
        email = _email_block(page, body)
        starts: list[Part] = []
        if email:
            starts.append(Part((p, email[0]), EMAIL, WRAPPER, page.lines[email[0]], page_top=email[0] == body[0]))
        for i, kind, prefixed in _headings(page, body, set(email), p == 0):
            role = ATTACHMENT if prefixed and kind.role != APPLICATION else kind.role
            starts.append(Part((p, i), kind.key, role, page.lines[i], prefixed, page_top=i == body[0]))
        wrapper_ended = bool(parts) and parts[-1].role == WRAPPER
        for n, part in enumerate(starts):
            starts[n] = _with_letterhead(part, parts if n == 0 else starts[:n], body)
        if wrapper_ended and (not starts or starts[0].start != (p, 0)):
            parts.append(Part((p, 0)))  # an e-mail or cover letter ends with its page
        parts.extend(starts)
    if not parts or parts[0].start != (0, 0):
        parts.insert(0, Part((0, 0)))
    return _second_application_aside(_documents_behind(parts), doc)


def _documents_behind(parts: list[Part]) -> list[Part]:
    """A document that is no application (last year's report, a grant letter,
    a council decision) opening a page of its own behind an application that
    a heading names is an attachment sent along with it: its amounts,
    percentages, contacts and approvals are its own. A numbered heading
    ("7. Rapport for 2019") is a section of the form, which stays."""
    behind = False
    found = []
    for part in parts:
        if behind and part.role == OTHER and part.page_top and part.heading is not None \
                and not _NUMBER.match(fold(part.heading.text).strip()):
            part = replace(part, role=ATTACHMENT)
        behind = behind or part.kind == "application"
        found.append(part)
    return found


def _second_application_aside(parts: list[Part], doc: Document) -> list[Part]:
    """Two applications in one file: the record is the first one, so the
    second (from the page where its form begins again) and all behind it
    are set aside like an attachment, never mixed into the first."""
    first = application_start(parts)
    if first is None:
        return parts  # no heading opened a first application: nothing to repeat
    for n, part in enumerate(parts):
        if part.kind == "application" and part.page_top and part.start > first.start \
                and form_begins_again(doc, first.start, part.start):
            return parts[:n] + [replace(later, role=ATTACHMENT) for later in parts[n:]]
    return parts


def _with_letterhead(part: Part, before: list[Part], body: list[int]) -> Part:
    """A heading near the top of a page takes the lines above it (the
    letterhead with the office's name), unless they may end the part that
    came before (an application's signatures above "Vedlegg 1")."""
    p, i = part.start
    above = [j for j in body if j < i]
    previous = before[-1] if before else None
    if not above or len(above) > _LETTERHEAD_LINES:
        return part
    if previous is not None and (previous.start[0] == p or previous.role != WRAPPER):
        return part
    return replace(part, start=(p, 0))


def opening(parts: list[Part]) -> Part:
    """The part a reader meets first once the e-mail and cover letter are set aside."""
    return next((part for part in parts if part.role != WRAPPER), parts[0])


def application_start(parts: list[Part]) -> Part | None:
    """The application part when a heading names it: the opening, or, behind
    another document (last year's report), an application that begins on a
    page of its own."""
    first = opening(parts)
    if first.kind == "application":
        return first
    if first.role != OTHER:
        return None
    return next((part for part in parts if part.kind == "application" and part.page_top and part is not first), None)


def attached_budget_sheet(part: Part, before: list[Part]) -> bool:
    """A budget sheet behind the application: its heading said "Vedlegg", or
    it follows an attachment. It belongs to the application, but its figures
    may span the whole project (several years, own funding), so they count
    only where the application's own text states no amounts."""
    return part.kind == BUDGET_SHEET and (part.prefixed or any(p.role == ATTACHMENT for p in before))


def page_budget_sheet(part: Part, before: list[Part]) -> bool:
    """A budget sheet opening a page of its own behind the application a
    heading names, not said to be attached: the form's own budget page, or
    a sheet sent behind it that repeats the form's figures (the same posts
    split by person, own funding in a column of its own). Its figures give
    way only to a whole budget the application states before it."""
    return part.kind == BUDGET_SHEET and part.page_top and not attached_budget_sheet(part, before) \
        and any(p.kind == "application" for p in before)


def kept_parts(parts: list[Part], budget_sheets: bool = True, page_sheets: bool = True) -> list[Part]:
    """The parts that make up the application: from its heading on (or from
    the start), every part but e-mails, cover letters and attachments; unless
    ``budget_sheets``, but the budget sheets attached behind it; unless
    ``page_sheets``, but the budget sheets on pages of their own behind it."""
    start = application_start(parts)
    kept = [part for n, part in enumerate(parts) if part.role in (APPLICATION, OTHER, None)
            and (start is None or part.start >= start.start)
            and (budget_sheets or not attached_budget_sheet(part, parts[:n]))
            and (page_sheets or not page_budget_sheet(part, parts[:n]))]
    return kept or parts
