"""Signers recorded by a signing service's page behind the application.

Offices that sign with a signing service (Signicat, Posten signering, Visma
Addo, Penneo, Scrive, Assently …) send the application with the service's
record appended: a signing log, a signing certificate, a signature page or
sheet. No cryptographic signature need be left in the file (the PDF was
printed again, or the seal lives with the service), so the page is the
record of the signing: for each signer a name, often a role, the time and
the method ("BankID"). record.md's kinds have no "service" kind; the page
is the document saying, in the service's words, that the person signed
electronically, which is ``electronic_approval``, not ``typed`` (the page
records a signature, not just a name) nor ``digital`` (no signature in the
file).

A page is a service's record only when it says so in the services' words
(``[signing_service]`` in the vocabulary: a log's or certificate's heading,
a service's name or statement, or a page's name); on it, and the page after
it, a signer is

- a line with a date that names its signer after "Signert av" / "Signed
  by", or in a cell of its own next to the method ("Bente Rød |
  bente.rod@nav.no | 2020-01-21 09:41 | BankID"), the role in the text
  beside the name;
- a box of lines closed by the time label ("Signert: 27.01.2020 kl.
  08:55") or a time stamp alone ("2020-01-17 10:22:31 CET"), its name on a
  line of its own and its role on a line above or a "Rolle:" line
  ("NAV-LEDER" / "Thomas Berg" / … / "Signert: …").
  Where only a page's name ("Signaturside") marks the record, boxes
  count only on a page that names the method ("BankID"): an office's own
  signature page on paper may print "Signert: <date>" for a pen.

Events of the signing job (sent, opened, reminded, filed, a copy list) are
no signatures, even when they name a signer and a time.

A signer the application's own signature blocks already name is that
signature, now known to be signed electronically at the log's time (a
printed name with no mark stays typed only where no service recorded it).
A signer they do not name is added when the log gives a role no signature
holds yet; one whose role the log does not give, or gives as no signer's
role (a department head), is not the application's signer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...layout import DigitalSignature
from ...layout.fragments import Fragment
from ...layout.geometry import on_one_line, union
from ...norwegian import fold, normalize_space
from ...record import Evidence, Signature
from ...vocabulary import Entry, Wordings, vocabulary_dir, wording_pattern
from .certs import same_person
from .daydates import full_dates
from .wording import person_name, roles_in

_BOX_GAP = 1.2
"""Row heights between two lines of one signer's box."""
_BOX_ROWS = 6
"""Lines above its time line that a signer's box holds at most (name, title,
serial number, IP address, the service's sentence)."""
_TIMESTAMP = re.compile(r"^[\d\s./:T+-]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d{2})?)?$")
"""A line that is a time stamp and nothing else ("2020-01-17 10:22:31 CET")."""


@dataclass(frozen=True)
class _Words:
    marker: Wordings
    page_name: Wordings
    signed_by: Wordings
    signed_label: re.Pattern[str]
    method: Wordings
    not_signing: Wordings


@lru_cache(maxsize=4)
def _compile(folder: Path) -> _Words:
    entry = Entry("signatures", folder).table("signing_service")
    keys = ("nb", "nn", "en")
    for key in keys:
        entry.wordings(key=key)  # checks each wording, naming the file and the line of a wrong one
    marker = Wordings(wording_pattern(w) for key in keys for w in entry.strings(key))
    label = entry.wordings(key="signed_labels").pattern
    return _Words(marker=marker, page_name=entry.wordings(key="page_names"), signed_by=entry.wordings(key="signed_by"),
                  signed_label=re.compile(rf"^(?:{label})(?:\s*:|\s+(?=\d))"), method=entry.wordings(key="methods"),
                  not_signing=entry.wordings(key="not_signing"))


def _words() -> _Words:
    return _compile(vocabulary_dir())


@dataclass
class LoggedSigner:
    """One signer as a service's page records them."""

    name: str
    role: str | None
    title: str | None
    date: str | None
    page: int
    rows: list[list[Fragment]]

    def evidence(self) -> Evidence:
        frags = [f for row in self.rows for f in row]
        boxes = [f.box for f in frags if f.real]
        return Evidence(page=self.page, bbox=[round(v, 1) for v in union(boxes)] if boxes else None,
                        text="\n".join(_text(row) for row in self.rows), method="text",
                        confidence=round(min([0.9] + [f.confidence for f in frags]), 2))


def with_logged_signers(frags: list[Fragment], found: list[tuple[Signature, Evidence]],
                        seal: DigitalSignature | None = None) -> list[tuple[Signature, Evidence]]:
    """``found`` with what the service pages say: the signatures they name
    signed electronically at the logged time, and the signers they record
    with a role no signature holds yet added after them. Under the
    service's ``seal`` (``seals``), when it covers the file as it is, they
    signed ``digital``ly."""
    out = list(found)
    seal = seal if seal is not None and seal.covers_document else None
    kind = "digital" if seal is not None else "electronic_approval"
    for signer in logged_signers(frags):
        same = next((i for i, (s, _) in enumerate(out) if s.name and same_person(s.name, signer.name)), None)
        logged = _sealed(signer.evidence(), seal)
        if same is not None:
            sig, evidence = out[same]
            if sig.kind in ("typed", "electronic_approval"):
                out[same] = (sig.model_copy(update={"kind": kind, "date": signer.date or sig.date,
                                                     "title": sig.title or signer.title}),
                             evidence.model_copy(update={"method": logged.method, "text": "\n".join(
                                 t for t in (evidence.text, logged.text) if t)}))
        elif signer.role is not None and not any(s.role == signer.role for s, _ in out):
            out.append((Signature(role=signer.role, name=signer.name, title=signer.title, date=signer.date,
                                  kind=kind, page=signer.page), logged))
    return out


def _sealed(evidence: Evidence, seal: DigitalSignature | None) -> Evidence:
    """A logged signer's evidence, naming the seal over the page when there is one."""
    if seal is None:
        return evidence
    said = f"{seal.field_name or ''}: {seal.signer_name or '?'}".strip(": ")
    return evidence.model_copy(update={"method": "pades", "text": f"{evidence.text}\n{said}",
                                       "confidence": evidence.confidence if seal.intact else min(evidence.confidence, 0.9)})


def logged_signers(frags: list[Fragment]) -> list[LoggedSigner]:
    """The signers recorded on the service pages, in page order."""
    by_page: dict[int, list[Fragment]] = {}
    for f in frags:
        by_page.setdefault(f.page, []).append(f)
    words = _words()
    said = {page for page, here in by_page.items() if any(words.marker.search(f.folded) for f in here)}
    named = {page for page, here in by_page.items() if any(words.page_name.search(f.folded) for f in here)}
    marked = said | named
    signers: list[LoggedSigner] = []
    for page in sorted(marked | {p + 1 for p in marked}):
        here = by_page.get(page, [])
        rows = _rows(here)
        boxes = bool({page, page - 1} & said) or any(words.method.search(f.folded) for f in here)
        for index, row in enumerate(rows):
            signer = _line_signer(row, page) or (_box_signer(rows, index, page) if boxes else None)
            if signer is not None:
                signers.append(signer)
    return signers


def _line_signer(row: list[Fragment], page: int) -> LoggedSigner | None:
    """A log line naming one signature: a date, the signer after "Signert
    av", or in a cell of its own beside the method."""
    text = _text(row)
    folded = fold(text)
    words = _words()
    dates = full_dates(text)
    if not dates or words.not_signing.search(folded):
        return None
    verb = words.signed_by.search(folded)
    if verb is not None:
        rest = normalize_space(text)[verb.end():]
        name = person_name(re.split(r"\s[–—-]\s|\(|\s{2,}", rest)[0].strip(" ,:"))
        about = rest
    elif words.method.search(folded):
        cells = [f for f in row if person_name(f.text) == normalize_space(f.text).strip()]
        if len(cells) != 1:
            return None
        name = person_name(cells[0].text)
        about = " ".join(f.text for f in row if f is not cells[0] and not full_dates(f.text))
    else:
        return None
    if name is None:
        return None
    role, title = _role(about.replace(name, " "))
    return LoggedSigner(name, role, title, dates[0].isoformat(), page, [row])


def _box_signer(rows: list[list[Fragment]], index: int, page: int) -> LoggedSigner | None:
    """A signer's box closed by its time label: the name a line of its own
    above, the role on the other lines of the box."""
    row = rows[index]
    if not _is_time_row(row):
        return None
    dates = full_dates(_text(row))
    box = [row]
    for above in range(index - 1, max(index - 1 - _BOX_ROWS, -1), -1):
        if _is_time_row(rows[above]) or not _close(rows[above], box[0]):
            break
        box.insert(0, rows[above])
    names = [(r, n) for r in box[:-1] if (n := person_name(_text(r))) and _names_only(r, n)]
    if len(names) != 1:
        return None
    name_row, name = names[0]
    role, title = _role(" ; ".join(_text(r) for r in box[:-1] if r is not name_row))
    return LoggedSigner(name, role, title, dates[0].isoformat(), page, box)


def _names_only(row: list[Fragment], name: str) -> bool:
    """The line is the name and nothing else ("Navn: " label aside)."""
    return not roles_in(_text(row)) and normalize_space(_text(row)).endswith(name)


def _is_time_row(row: list[Fragment]) -> bool:
    """The line that closes a signer's box: its time under the service's
    label ("Signert: 27.01.2020 kl. 08:55"), or a time stamp alone."""
    text = normalize_space(_text(row))
    return bool(full_dates(text)) and bool(_words().signed_label.match(fold(text)) or _TIMESTAMP.match(text))


def _role(text: str) -> tuple[str | None, str | None]:
    """The one role the text names, with its title; none when it names
    none or two (a department head is no signer's role)."""
    found = roles_in(text)
    if len({r[0] for r in found}) != 1:
        return None, None
    return found[0][0], found[0][1]


def _text(row: list[Fragment]) -> str:
    return "  ".join(f.text for f in row)


def _close(upper: list[Fragment], lower: list[Fragment]) -> bool:
    """Two rows are lines of one box: the gap between them is under a line's height."""
    top, bottom = min(f.box[1] for f in lower), max(f.box[3] for f in upper)
    height = max(f.box[3] - f.box[1] for f in upper + lower)
    return top - bottom <= _BOX_GAP * max(height, 1.0)


def _rows(frags: list[Fragment]) -> list[list[Fragment]]:
    """The page's fragments as visual rows, top to bottom, each left to right."""
    rows: list[list[Fragment]] = []
    for f in sorted(frags, key=lambda f: (f.box[1], f.box[0])):
        last = rows[-1] if rows else None
        if last is not None and on_one_line(last[-1].box, f.box):
            last.append(f)
        else:
            rows.append([f])
    return [sorted(row, key=lambda f: f.box[0]) for row in rows]


def signing_event(text: str) -> bool:
    """A log's event of the signing job that is no signing ("Sendt til
    godkjenning", "Påminnelse sendt", "Opened")."""
    return _words().not_signing.search(fold(text)) is not None
