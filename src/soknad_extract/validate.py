"""Rules → findings, with the contract's codes and a clerk-readable message.

Every rule reads the record's values (so what is checked is what is
reported) plus the few facts only extraction knows (``facts.ExtractionFacts``):
reader notes, the applicant named when it is not a Nav office, the budget's
positions subtotal, exclusion phrases, the project year, the digital
signatures that do not verify, and the pages that could not be read with
confidence. Nothing here sees the layout document, and reports never judge a
rule again: they show these findings.

A value reported missing needs evidence that it is absent, judged per
value: its own question found unanswered on a page read with confidence, or
the whole application read with confidence. Where the question stands on a
page that could not be read, or was not found while some page could not be
read, its absence says nothing: the clerk is asked to check that page by hand
(LOW_CONFIDENCE naming it) instead of chasing the office for something it
may well have written. Each finding carries in its evidence how sure it is.
"""

from __future__ import annotations

from datetime import date, timedelta

from soknad_extract.validate_plausible import PARTS, implausible
from soknad_extract.validate_sums import sum_mismatches
from soknad_extract.facts import ExtractionFacts, Question
from soknad_extract.messages import Lang, contact_part, message, role_name, t
from soknad_extract.norwegian import is_valid_org_number
from soknad_extract.record import Code, Evidence, Finding, Record, severity_of
from soknad_extract.schemes import SchemeChoice

_LOW_CONFIDENCE = 0.6
_MISREAD_YEAR_AFTER = timedelta(days=365)
"""A signing date read from a scan this long after the deadline is a misread
year ("29.01.2029" for 2020), not a late signature."""
_REQUIRED_VALUES = {
    "office.name": "value_office",
    "project.title": "value_title",
    "positions_percent_total": "value_percent",
    "amounts.total": "value_total",
}
"""Values whose low OCR confidence is worth a warning, with their names in the catalogue."""
ABSENCE_CONFIDENCE = 0.8
"""Confidence (0-1) of a *_MISSING finding when the value's question was not
found but every page was read with confidence: the office most likely left it
out, but may have written it where no rule looks. An unanswered question
found gives the reading's own confidence instead."""


class Findings:
    """Collects findings in the order rules run, with messages in one language."""

    def __init__(self, record: Record, lang: Lang, unsure_pages: tuple[int, ...] = (),
                 questions: tuple[Question, ...] = ()) -> None:
        self.record = record
        self.lang = lang
        self.unsure_pages = unsure_pages
        self.questions = questions
        self.items: list[Finding] = []
        self._budget_withheld = False

    def add(self, code: Code, field: str | None = None, evidence: Evidence | None = None, **values: object) -> None:
        self.items.append(Finding(
            code=code, severity=severity_of(code), field=field,
            message=message(code.value, self.lang, **values),
            evidence=evidence if evidence is not None else self.record.evidence.get(field or ""),
        ))

    def missing(self, code: Code, field: str, value_name: str, *, asks: tuple[str, ...] = (),
                **values: object) -> None:
        """``code`` says a value is missing, when there is evidence that it
        is: its questions (for ``field``, or the paths in ``asks``) all found
        unanswered, one on a page read with confidence, or no page that could
        not be read. A form that asks twice and has one answer shows nothing
        absent: the answer may be one no rule could read; on a scan it most
        likely is one OCR misread, so the clerk is asked to read it. Otherwise a request to check by hand, naming the page of the
        unanswered question or the pages that could not be read."""
        asked = [q for q in self.questions if q.field in (asks or (field,))]
        empty = [] if any(q.answered for q in asked) else asked
        sure = [q for q in empty if q.page not in self.unsure_pages]
        misread = next((q for q in asked if q.answered and q.ocr), None)
        if misread is not None:
            self._unsure("low_confidence_answer", field, (misread.page,), value_name=t(value_name, self.lang),
                         question=misread.text)
        elif sure:
            self.add(code, field, _asked(sure[0]), **values)
        elif not self.unsure_pages:
            self.add(code, field, Evidence(method="absence", confidence=ABSENCE_CONFIDENCE), **values)
        elif empty:
            self._unsure("low_confidence_question", field, (empty[0].page,), value_name=t(value_name, self.lang),
                         question=empty[0].text)
        else:
            self._unsure("low_confidence_missing", field, self.unsure_pages, value_name=t(value_name, self.lang))

    def withheld(self, field: str) -> bool:
        """True, with a request to check the budget by hand, when a judgement
        on the amounts rests on a page that could not be read with confidence,
        or on a line OCR read as more guess than reading."""
        evidence = self.record.evidence.get(field)
        guessed = evidence is not None and evidence.method == "ocr" and evidence.confidence < _LOW_CONFIDENCE
        if evidence is None or not (guessed or evidence.page in self.unsure_pages):
            return False
        if not self._budget_withheld:
            self._budget_withheld = True
            self._unsure("low_confidence_budget", field, (evidence.page,))
        return True

    def budget_picture(self, page: int) -> None:
        """The budget is a picture on ``page``: a request to read it by hand,
        not an error that amounts or percentages are missing."""
        self._unsure("low_confidence_budget_picture", "amounts.total", (page,))

    def unclaimed_ink(self, value_name: str, pages: tuple[int, ...]) -> None:
        """A signature was not found, but a pen's ink stands on ``pages`` by
        no signer that could be read: a request to check the signatures by
        hand, not an error that the office did not sign."""
        self._unsure("low_confidence_signature_ink", "signatures", pages, value_name=t(value_name, self.lang))

    def _unsure(self, key: str, field: str, pages: tuple[int, ...], **values: object) -> None:
        named = (t("page_one", self.lang, page=pages[0]) if len(pages) == 1 else
                 t("page_many", self.lang, pages=t("and", self.lang).join(
                     [", ".join(map(str, pages[:-1])), str(pages[-1])])))
        self.items.append(Finding(
            code=Code.LOW_CONFIDENCE, severity=severity_of(Code.LOW_CONFIDENCE), field=field,
            message=t(key, self.lang, pages=named, **values),
            evidence=Evidence(page=pages[0], method="legibility", confidence=0.0),
        ))

    def doubt(self, field: str, key: str, **values: object) -> None:
        """The document itself leaves a value in doubt (``key`` says how): a
        request to check it by hand, never an error."""
        self.items.append(Finding(code=Code.LOW_CONFIDENCE, severity=severity_of(Code.LOW_CONFIDENCE), field=field,
                                  message=t(key, self.lang, **values), evidence=self.record.evidence.get(field)))

    def misread(self, field: str, evidence: Evidence, key: str, **values: object) -> None:
        """A value read from a scan that cannot be right as read, or a value
        written in part (a start without its year; ``key`` says which): a
        request to check it by hand, never an error."""
        self.items.append(Finding(code=Code.LOW_CONFIDENCE, severity=severity_of(Code.LOW_CONFIDENCE), field=field,
                                  message=t(key, self.lang, **values), evidence=evidence))

    def kr(self, amount: int) -> str:
        return f"{amount:,}".replace(",", " " if self.lang == "nb" else ",")

    def day(self, value: date | str | None) -> str:
        if value is None:
            return ""
        day = date.fromisoformat(value) if isinstance(value, str) else value
        return day.strftime("%d.%m.%Y") if self.lang == "nb" else day.isoformat()


def _asked(question: Question) -> Evidence:
    """Evidence of absence: the unanswered question, where it stands."""
    return Evidence(page=question.page, bbox=list(question.bbox) if question.bbox else None,
                    text=question.text or None, method="question", confidence=question.confidence)


def validate(record: Record, facts: ExtractionFacts, choice: SchemeChoice, lang: Lang) -> list[Finding]:
    """The findings for ``record``, in the order the rules run."""
    out = Findings(record, lang, facts.unsure_pages, facts.questions)
    out.items.extend(note.finding(lang) for note in facts.reader_findings)
    if choice.assumed:
        out.add(Code.SCHEME_ASSUMED, "scheme", scheme=choice.scheme.id)
    if any(f.code == Code.DOCUMENT_UNREADABLE for f in out.items):
        return out.items
    _required(out, record, facts, choice)
    _amounts(out, record, facts, choice)
    _identity(out, record)
    _signatures(out, record, facts, choice)
    _content(out, record, facts, choice)
    _confidence(out, record)
    return out.items


def _required(out: Findings, record: Record, facts: ExtractionFacts, choice: SchemeChoice) -> None:
    scheme = choice.scheme
    applicant = facts.applicant
    if applicant and scheme.applicant == "nav_office":
        out.add(Code.APPLICANT_NOT_NAV_OFFICE, "office.name", applicant=applicant)
    elif record.office.name is None:
        out.missing(Code.OFFICE_MISSING, "office.name", "value_office")
    if record.project.title is None:
        out.missing(Code.TITLE_MISSING, "project.title", "value_title")
    picture = facts.budget_picture_page
    if picture is not None and (record.positions_percent_total is None or record.amounts.total is None):
        out.budget_picture(picture)
    if record.positions_percent_total is None and picture is None:
        out.missing(Code.POSITION_PERCENT_MISSING, "positions_percent_total", "value_percent")
    if record.amounts.total is None and picture is None:
        out.missing(Code.AMOUNT_MISSING, "amounts.total", "value_total")
    if record.project.start_date is None and facts.start_unfixed is not None:
        out.misread("project.start_date", facts.start_unfixed, "low_confidence_start_year",
                    written=facts.start_unfixed.text or "")
    elif record.project.start_date is None:
        out.missing(Code.START_DATE_MISSING, "project.start_date", "value_start_date")


def _positions_basis(record: Record) -> int | None:
    """What is applied for positions: the stated positions amount, or the
    total less the other posts when only a total is given."""
    amounts = record.amounts
    if amounts.positions is not None:
        return amounts.positions
    if amounts.total is None:
        return None
    return amounts.total - (amounts.competence or 0) - (amounts.other or 0)


def _unseen_competence(record: Record, competence_cap: int | None) -> int:
    """What a total with no positions amount and no competence post found
    may still hold for competence: up to its cap. A total no larger than
    the positions' cap and the competence cap together is then not called
    over the cap (precision first: the post may be in a place not read)."""
    amounts = record.amounts
    if amounts.positions is not None or amounts.competence is not None:
        return 0
    return competence_cap or 0


def _competence_unread(record: Record, competence_cap: int | None, mismatch: tuple[str, int, int]) -> bool:
    """A total above its parts by no more than the competence cap when no
    competence amount was read: the difference is most likely that post,
    named without its amount ("Samla søknadssum er 1 210 000 kroner medrekna
    kompetanse") or written where no rule reads it, not a sum gone wrong."""
    kind, stated, parts = mismatch
    return kind == "total" and record.amounts.competence is None and bool(competence_cap) \
        and 0 < stated - parts <= (competence_cap or 0)


def _amounts(out: Findings, record: Record, facts: ExtractionFacts, choice: SchemeChoice) -> None:
    caps = choice.scheme.caps
    amounts = record.amounts
    doubtful = _misread(out, record)
    basis = _positions_basis(record)
    percent = record.positions_percent_total
    basis_paths = ("amounts.positions",) if amounts.positions is not None else ("amounts.total", *PARTS[1:])
    if caps.per_position and basis is not None and percent \
            and not doubtful & {"positions_percent_total", *basis_paths}:
        cap = round(caps.per_position * percent / 100)
        if basis - _unseen_competence(record, caps.competence) > cap:
            out.add(Code.AMOUNT_OVER_CAP, "amounts.positions" if amounts.positions is not None else "amounts.total",
                    amount=out.kr(basis), cap=out.kr(cap), percent=f"{percent:g}",
                    per_position=out.kr(caps.per_position))
    if caps.competence and amounts.competence is not None and amounts.competence > caps.competence \
            and "amounts.competence" not in doubtful:
        out.add(Code.COMPETENCE_OVER_CAP, "amounts.competence",
                amount=out.kr(amounts.competence), cap=out.kr(caps.competence))
    # A sum with a part read as no budget holds it is not checked: that
    # part's own warning asks the clerk to read the amounts.
    found = [] if doubtful & set(_AMOUNT_PATHS) else \
        [m for m in sum_mismatches(record, facts) if not _competence_unread(record, caps.competence, m)]
    if facts.other_totals and any(kind == "total" for kind, _, _ in found):
        found = [mismatch for mismatch in found if mismatch[0] != "total"]
        totals = [out.kr(v) for v in (amounts.total or 0, *facts.other_totals)]
        out.doubt("amounts.total", "totals_disagree",
                  totals=t("and", out.lang).join([", ".join(totals[:-1]), totals[-1]]))
    mismatches = [_detail(out, *mismatch) for mismatch in found]
    if mismatches and _uncertain_ocr_amounts(record):
        total = record.evidence["amounts.total"]
        out.add(Code.LOW_CONFIDENCE, "amounts.total", total,
                value_name=t("value_amounts", out.lang),
                confidence=round(min(_amount_confidences(record)) * 100))
    elif not (mismatches and out.withheld("amounts.total")):
        for detail in mismatches:
            out.add(Code.AMOUNT_SUM_MISMATCH, "amounts.total", detail=detail)
    if choice.scheme.positions_only and amounts.other and "amounts.other" not in doubtful \
            and not out.withheld("amounts.other"):
        out.add(Code.NON_POSITION_COSTS, "amounts.other", amount=out.kr(amounts.other))


_VALUE_NAMES = {"amounts.positions": "value_positions_amount", "amounts.competence": "value_competence",
                "amounts.other": "value_other", "amounts.total": "value_total"}


def _misread(out: Findings, record: Record) -> set[str]:
    """The scanned values that cannot be right as read
    (``validate_plausible``), each with a request to read it by hand; no
    rule judges them."""
    found = implausible(record)
    for path, key in found.items():
        value = record.positions_percent_total if path == "positions_percent_total" \
            else getattr(record.amounts, path.split(".", 1)[1])
        out.misread(path, record.evidence[path], key, value=f"{value:g}" if isinstance(value, float) else out.kr(value),
                    value_name=t(_VALUE_NAMES.get(path, "value_percent"), out.lang),
                    total=out.kr(record.amounts.total or 0))
    return set(found)


_AMOUNT_PATHS = ("amounts.total", *PARTS)
_TRUSTED_OCR = 0.9


def _amount_confidences(record: Record) -> list[float]:
    return [record.evidence[p].confidence for p in _AMOUNT_PATHS if p in record.evidence]


def _uncertain_ocr_amounts(record: Record) -> bool:
    """Scanned amounts that do not add up are more often misread than wrong:
    unless OCR was sure of every digit, ask the clerk to look rather than
    report the office's arithmetic as an error."""
    scanned = [record.evidence[p] for p in _AMOUNT_PATHS if p in record.evidence
               and record.evidence[p].method == "ocr"]
    return bool(scanned) and min(e.confidence for e in scanned) < _TRUSTED_OCR


def _detail(out: Findings, kind: str, stated: int, computed: int) -> str:
    return t(f"sum_{kind}", out.lang, stated=out.kr(stated), computed=out.kr(computed))


def _identity(out: Findings, record: Record) -> None:
    org = record.office.org_number
    if org is None:
        out.missing(Code.ORG_NUMBER_MISSING, "office.org_number", "value_org_number")
    elif not is_valid_org_number(org):
        out.add(Code.ORG_NUMBER_INVALID, "office.org_number", org_number=org)
    contact = record.contact
    missing = []
    if contact.name is None:
        missing.append(contact_part("name", out.lang))
    if contact.email is None and contact.phone is None:
        missing.append(contact_part("reach", out.lang))
    if missing:
        asks = (("contact.name",) if contact.name is None else ()) + \
            (("contact.email", "contact.phone") if contact.email is None and contact.phone is None else ())
        out.missing(Code.CONTACT_MISSING, "contact.name" if contact.name is None else "contact.email",
                    "value_contact", asks=asks, detail=t("and", out.lang).join(missing))


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _signatures(out: Findings, record: Record, facts: ExtractionFacts, choice: SchemeChoice) -> None:
    roles = {s.role for s in record.signatures}
    codes = {"nav_leader": Code.SIGNATURE_NAV_LEADER_MISSING, "municipality": Code.SIGNATURE_MUNICIPALITY_MISSING}
    for role in choice.scheme.required_signatures:
        if role in roles:
            continue
        if facts.unclaimed_ink_pages:
            out.unclaimed_ink(f"value_signature_{role}", facts.unclaimed_ink_pages)
        else:
            out.missing(codes[role], "signatures", f"value_signature_{role}")
    deadline = choice.scheme.deadline
    # A role signed in ink, digitally or by approval is not "only a typed
    # name" because a copy of the form also types it (unsigned, then signed).
    verified = {s.role for s in record.signatures if s.kind != "typed"}
    for i, signature in enumerate(record.signatures):
        path = f"signatures[{i}]"
        role = role_name(signature.role, out.lang)
        if signature.kind == "typed" and signature.role not in verified:
            out.add(Code.SIGNATURE_UNVERIFIED, path, role=role)
        signed = _day(signature.date) if signature.date else None
        if deadline and signed and signed > deadline:
            evidence = record.evidence.get(path)
            if evidence is not None and evidence.method == "ocr" and signed > deadline + _MISREAD_YEAR_AFTER:
                out.misread(path, evidence, "low_confidence_signature_date", role=role,
                            date=out.day(signature.date), deadline=out.day(deadline))
            else:
                out.add(Code.SIGNED_AFTER_DEADLINE, path, role=role, date=out.day(signature.date),
                        deadline=out.day(deadline))
    for problem in facts.signature_problems:
        detail = f" ({problem.error})" if problem.error else ""
        name = f"«{problem.signer_name}»" if problem.signer_name else ""
        out.add(Code.DIGITAL_SIGNATURE_INVALID, "signatures",
                Evidence(page=problem.page, bbox=list(problem.bbox) if problem.bbox else None,
                         text=problem.field_name, method="pades", confidence=1.0),
                name=name, detail=detail)


def _content(out: Findings, record: Record, facts: ExtractionFacts, choice: SchemeChoice) -> None:
    scheme = choice.scheme
    if scheme.priority_areas and not record.priority_areas:
        labels = "; ".join(a.label(out.lang) for a in scheme.priority_areas)
        out.missing(Code.PRIORITY_AREA_MISSING, "priority_areas", "value_priority_area", areas=labels)
    year = facts.project_year
    if scheme.max_years and year and year > scheme.max_years:
        out.add(Code.CONTINUATION_LIMIT, "project.kind", year=year, max_years=scheme.max_years)
    seen: set[str] = set()
    for hit in facts.exclusions:
        if hit.code not in seen:
            seen.add(hit.code)
            out.add(Code(hit.code), None, hit.evidence)


def _confidence(out: Findings, record: Record) -> None:
    for path, name in _REQUIRED_VALUES.items():
        evidence = record.evidence.get(path)
        if evidence is not None and evidence.method == "ocr" and evidence.confidence < _LOW_CONFIDENCE:
            out.add(Code.LOW_CONFIDENCE, path, evidence, value_name=t(name, out.lang),
                    confidence=round(evidence.confidence * 100))
