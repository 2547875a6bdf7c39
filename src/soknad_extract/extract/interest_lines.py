"""A yes or no the office wrote after an interest question in the text: after its "?" or
":" on the question's line or opening the next line, or after a dash at the line's end;
never a printed instruction that tells how to answer ("Ja: sett kryss i ruten")."""

from __future__ import annotations

import re

from soknad_extract.extract.context import Context, span_evidence
from soknad_extract.extract.interest_answers import answer_words, written_answer
from soknad_extract.layout.questions import option_answer
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence
from soknad_extract.vocabulary import Wordings


_QUESTION_ANSWER = re.compile(r"(?P<question>[^?:.!;\n]+)[?:][ \t]*(?P<answer>[^?:.!;\n]*)(?P<stop>[?:]?)")
"""A question or label that ends in "?" or ":", and the words after it up to
the end of their sentence: "Nettverk: ja. Prosessevaluering: nei." holds two."""


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with its offset."""
    found, offset = [], 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


def answer_after_question(ctx: Context, topic: Wordings) -> tuple[bool, Evidence] | None:
    """A short answer the office wrote after the question's "?" or ":", on
    the question's own line ("…klyngesamarbeid? Nei.", "Prosessevaluering:
    nei") or, when the line ends with the question, opening the next line
    ("Nei, ikkje i år"). Only yes/no words answer; anything else is prose and
    left to the prose reader. A table cell's text runs its lines together,
    so the lines of a cell that asks several questions, each answered on its
    own line ("…klyngesamarbeid? Ja" over "…prosessevaluering? Ja"), are
    read one by one as well."""
    lines = _lines(ctx.text)
    for n, (offset, line) in enumerate(lines):
        found = _line_answer(lines, n, topic)
        if found is not None:
            return found[0], ctx.evidence_at(offset + found[1], offset + found[2], "label", 0.85)
    for cell in (cell for row in ctx.rows for cell in row.filled() if len(cell.lines) > 1):
        cell_lines = [(0, line) for line in cell.lines]
        found = next((f for n in range(len(cell_lines)) if (f := _line_answer(cell_lines, n, topic))), None)
        if found is not None:
            return found[0], span_evidence(cell, "label", 0.85, text=cell.lines[found[3]])
    return _answer_after_dash(ctx, lines, topic)


def _line_answer(lines: list[tuple[int, str]], n: int, topic: Wordings) -> tuple[bool, int, int, int] | None:
    """The yes or no line ``n`` answers a question about ``topic`` with, where
    the question starts and the answer ends in the line, and the line's index."""
    line = lines[n][1]
    if "?" not in line and ":" not in line:
        return None  # nothing asks here, and the pattern is slow to find that out on a long line
    for m in _QUESTION_ANSWER.finditer(line):
        if not topic.search(fold(m["question"])) or m["stop"]:
            continue
        answer = m["answer"].strip()
        if answer and _instruction(answer):
            continue  # the form's instruction run on after the question ("? Ja – beskriv kort …")
        if answer:
            chosen = written_answer(answer)
            end = m.end("answer")
        elif not line[m.end():].strip():
            chosen, end = _answer_on_next_line(lines, n + 1), len(line)
        else:
            continue
        if chosen is not None:
            return chosen, m.start("question"), end, n
    return None


_DASH_ANSWER = re.compile(r"(?P<question>.*\S)\s+[-–]\s+(?P<answer>\w+)\.?\s*$")
"""A question and its one-word answer set apart by a dash at the line's end
("Interesse for nettverk/klyngesamarbeid – Ja"), as a list of answers is
typed, or as OCR reads a dot leader or a speck before the answer."""


def _answer_after_dash(ctx: Context, lines: list[tuple[int, str]], topic: Wordings) -> tuple[bool, Evidence] | None:
    """The yes or no that closes a line asking about ``topic`` after a
    dash; only a bare "Ja"/"Nei" (or their forms) answers."""
    for offset, line in lines:
        m = _DASH_ANSWER.match(line) if ("-" in line or "–" in line) else None
        if m and topic.search(fold(m["question"])):
            chosen = option_answer(m["answer"])
            if chosen is not None:
                return chosen, ctx.evidence_at(offset, offset + m.end("answer"), "label", 0.8)
    return None


def _answer_on_next_line(lines: list[tuple[int, str]], n: int) -> bool | None:
    """The answer that opens line ``n``: never a line that asks, nor the
    first of the printed options stacked one per line ("Ja" / "Nei", neither
    chosen). A line that names an interest topic answers only when it opens
    with "Ja" or "Nei" ("Ja, vi vil delta i nettverket"); else it is the next
    question ("Ønsker kontoret ekstern prosessevaluering"). Nor is a printed
    instruction that defines the options or tells how to answer ("Ja: sett
    kryss i ruten. Nei: la ruten stå tom.", "Ja – beskriv kort"): where the
    form has boxes for the answer, they decide."""
    if n >= len(lines):
        return None
    text = lines[n][1].strip()
    if not text or text.endswith("?") or _instruction(text):
        return None
    first_clause = re.split(r"[,.;]|\s[–-]\s", text, maxsplit=1)[0].strip()
    opens_with_option = option_answer(first_clause.split()[0]) is not None if first_clause else False
    if not opens_with_option and any(t.search(fold(text)) for t in answer_words().topics.values()):
        return None
    following = lines[n + 1][1].strip(" .") if n + 1 < len(lines) else ""
    if option_answer(text.strip(" .")) is not None and option_answer(following) is not None:
        return None
    return written_answer(first_clause)


def _instruction(text: str) -> bool:
    """A line that tells how to answer, never an answer: it opens with the
    wording of an instruction ("Sett kryss …", "Beskriv kort …";
    ``answers.toml`` [answer_instruction]), sets an option off as a term being
    defined ("Ja: …", or "Ja – beskriv kort …" with a dash before the
    instruction's wording), or defines or offers both options ("Svar Ja: …
    Nei: …", "Ja/Nei", "ja eller nei"). An answer that goes on to point to a
    description or to mention the other option ("Ja, se beskrivelse i punkt
    4", "Ja, men nei til prosessevaluering") is no instruction: forms and
    letters answer so."""
    folded = fold(text).strip()
    words = answer_words()
    if words.instruction.match(folded):
        return True
    first = re.match(r"(\w+)\s*(?::|[–-]\s)\s*", folded)
    if first and option_answer(first[1]) is not None:
        return ":" in first[0] or bool(words.instruction.match(folded[first.end():]))
    defined = {option_answer(m[1]) for m in re.finditer(r"(\w+)\s*:", folded)}
    return {True, False} <= defined or any(
        {option_answer(m[1]), option_answer(m[2])} == {True, False} for m in words.choice.finditer(folded))
