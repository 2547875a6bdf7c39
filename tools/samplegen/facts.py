"""A Truth as the texts a form shows: label/value rows, budget lines, boxes.

Shared by every form renderer so that only layout differs between them; a
missing value becomes an empty string (the field is there, left blank).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import fmt, vocab
from .model import Position, Truth

GLYPHS = {"ballot": ("☒", "☐"), "square": ("■", "□"), "bracket": ("[X]", "[ ]")}


@dataclass(frozen=True)
class BudgetLine:
    post: str
    percent: str
    amount: str
    bold: bool = False


def applicant(truth: Truth) -> list[tuple[str, str]]:
    return [
        (vocab.pick("office", truth), vocab.office_text(truth) if truth.office else ""),
        (vocab.pick("municipality", truth), truth.municipality or ""),
        (vocab.pick("org", truth), fmt.orgnr(truth.org_number, vocab.variant(truth, "org", 2) == 0) if truth.org_number else ""),
        (vocab.pick("contact", truth), truth.contact or ""),
        (vocab.pick("phone", truth), fmt.phone(truth.phone, _phone_style(truth)) if truth.phone else ""),
        (vocab.pick("email", truth), truth.email or ""),
    ]


def _phone_style(truth: Truth) -> str:
    return ("pairs", "plus", "three", "plain")[vocab.variant(truth, "phone", 4)]


def title(truth: Truth) -> str:
    return fmt.quoted(truth.title, truth.style.quote) if truth.title else ""


def kind_text(truth: Truth) -> str:
    new, cont = vocab.KIND_WORDS[truth.lang]
    if truth.kind == "new":
        return new
    if truth.kind == "continuation":
        return f"{cont} – {truth.continuation_year}. driftsår" if truth.continuation_year else cont
    return ""


def start(truth: Truth) -> str:
    if truth.start is None:
        return truth.start_note or ""
    return fmt.day(truth.start, "month" if truth.month_only_start else truth.style.start_date)


def project(truth: Truth) -> list[tuple[str, str]]:
    return [(vocab.pick("title", truth), title(truth)),
            (vocab.pick("kind", truth), kind_text(truth)),
            (vocab.pick("start", truth), start(truth))]


def priority(truth: Truth) -> list[tuple[str, bool]]:
    return [(text, key in truth.priority) for key, text in vocab.areas(truth).items()]


def position_percent(position: Position, truth: Truth) -> str:
    if position.percent_text:
        return position.percent_text
    return fmt.percent(position.percent, truth.style.percent) if position.percent is not None else ""


def money(value: int | None, truth: Truth) -> str:
    return fmt.amount(value, truth.style.amount) if value is not None else ""


def budget(truth: Truth) -> list[BudgetLine]:
    """Position lines, then competence, other costs, total and own funding."""
    lines = [BudgetLine(p.title or "",
                        position_percent(p, truth), money(p.amount, truth)) for p in truth.positions]
    a = truth.amounts
    if a.competence is not None:
        lines.append(BudgetLine(vocab.pick("competence", truth), "", money(a.competence, truth)))
    if a.other is not None:
        lines.append(BudgetLine(truth.other_label or "Andre kostnader", "", money(a.other, truth)))
    lines.append(BudgetLine(vocab.pick("total", truth), "", money(a.total, truth), bold=True))
    if a.own_funding is not None:
        lines.append(BudgetLine(vocab.pick("own", truth), "", money(a.own_funding, truth)))
    return lines


def interest(truth: Truth) -> list[tuple[str, bool | None]]:
    return [(vocab.pick("network", truth), truth.network),
            (vocab.pick("process", truth), truth.process_evaluation)]


def has_interest_section(truth: Truth) -> bool:
    """Only the 2020 form asks about network and process evaluation."""
    return truth.year == 2020


def box_line(text: str, checked: bool, style: str) -> str:
    on, off = GLYPHS[style]
    return f"{on if checked else off} {text}"


def yes_no(answer: bool | None, truth: Truth, boxes: bool) -> str:
    """'Ja' / 'Nei' as text, or as a pair of glyph boxes; blank when unanswered."""
    yes, no = vocab.YES_NO[truth.lang]
    if boxes:
        on, off = GLYPHS[truth.style.box]
        return f"{on if answer is True else off} {yes}   {on if answer is False else off} {no}"
    return {True: yes, False: no, None: ""}[answer]


def sign_date(truth: Truth, value) -> str:
    return fmt.day(value, truth.style.date) if value else ""
