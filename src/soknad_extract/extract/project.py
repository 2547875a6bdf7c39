"""The project: its title, new or continuation (and which year), start date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.context import Context, Draft, field_evidence, span_evidence
from soknad_extract.extract.label_answers import labelled
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.marked_rows import marked_option
from soknad_extract.layout.questions import option_answer
from soknad_extract.norwegian import find_dates, fold, normalize_space, number_word, parse_date
from soknad_extract.vocabulary import Entry, VocabularyError, Wordings, vocabulary_dir

_QUOTED = re.compile(r"[«\"“”„](?P<title>[^«»\"“”„]{3,140})[»\"“”]")
_OPENING_QUOTE = re.compile(r"^[«\"“„](?P<title>[^«»\"“”„]{3,140})[»\"“”](?=\W|$)")
"""An answer that opens with a quoted name: the title is what the quotes hold."""
_LAST_QUOTED = re.compile(r"[^«»\"“”„\s][^«»\"“”„]*\s[«“„\"](?P<title>[^«»\"“”„]{3,140})[»\"“”][\s.]*")
"""Words before a quoted name that ends the text ("vidareføring av «Trygg overgang»"): the quotes hold the title."""
_TITLE_BREAK = re.compile(r"\s+[–—-]\s+|,\s+|;\s+|\s*\(|(?<=[a-zæøå]{3})\.\s+")
"""Where a title may end inside a longer answer: a dash between spaces, a
comma, a semicolon, a bracket, a sentence's end."""
_SENTENCE_BREAK = re.compile(r"(?<=[a-zæøå]{3})\.\s+(?=[A-ZÆØÅ])")
"""A sentence's end: a title is never a sentence, so what follows is not the title."""
_FIRST_WORD = re.compile(r"^(?P<word>\w+)\s*(?:[).,;:]|$)")
_BRACKETED_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
"""A note in brackets closing an answer ("Videreført (år 2 av 3)")."""


@dataclass(frozen=True)
class _ProjectWords:
    """The words of ``schemas/vocabulary/project.toml``, compiled; the
    shapes around them ("3.", "Driftsår: 4", a date's "1.") are formats and stay here."""

    continuation: re.Pattern[str]
    new: re.Pattern[str]
    new_answer: re.Pattern[str]
    continuation_answer: re.Pattern[str]
    negated_kind: re.Pattern[str]
    year_of_project: re.Pattern[str]
    ordinals: dict[str, int]
    signer_title: re.Pattern[str]
    grant_name: re.Pattern[str]
    start_cue: re.Pattern[str]
    subject_line: re.Pattern[str]
    subject: re.Pattern[str]
    subject_dash: re.Pattern[str]
    title_cue: re.Pattern[str]
    named_project: re.Pattern[str]
    title_prefix: re.Pattern[str]
    subject_wrap: Wordings
    office_line: Wordings
    addressee_line: Wordings


def _project_words() -> _ProjectWords:
    return _compile_project_words(vocabulary_dir())


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=4)
def _compile_project_words(folder: Path) -> _ProjectWords:
    entry = Entry("project", folder)
    continuation = entry.table("continuation")
    ordinals: dict[str, int] = {}
    for ordinal in entry.tables("ordinal"):
        value = ordinal.data.get("value")
        if not isinstance(value, int) or isinstance(value, bool):
            raise VocabularyError(f"{ordinal.path}: {ordinal.key}.value: missing or not a whole number")
        ordinals.update((w.casefold(), value) for w in ordinal.both())
    year = entry.table("year")
    units = _alternatives(year.strings("year_units"))
    year_word = _alternatives(sorted(year.strings("year_words"), key=len, reverse=True))
    start = entry.table("start_cues")
    subject = entry.table("subject")
    request = subject.wordings().pattern
    line_labels = "|".join(rf"{re.escape(w)}:\s*" for w in subject.strings("line_labels"))
    labels = _alternatives(subject.strings("labels"))
    for_project = subject.wordings(key="request_for_project").pattern
    cue = entry.table("title_cue")
    after_noun = "|".join(re.escape(w).replace(r"\ ", r"\s+") + r"\s*" for w in cue.strings("naming_after_noun"))
    named = entry.table("named_project")
    dates_after = _alternatives(start.strings("dates_after"))
    article = _alternatives(start.strings("date_articles"))
    ordinal_words = _alternatives(list(ordinals))
    year_of_project = (
        rf"(?:\b(?P<n>\d)\.\s*|\b(?P<w>{ordinal_words})\s+)(?:{units})?(?:{year_word})\b"
        rf"|\b(?:{year_word})\s+(?P<m>\d)\b"
        rf"|\b(?:{units})(?:{year_word})\s*:\s*(?P<k>\d)\b"
    )
    ordinal_year = (rf"\b(?:{_alternatives(continuation.strings('ordinals'))}|2\.|3\.|4\.|5\.)\s*"
                    rf"(?:{_alternatives(continuation.strings('year_units'))})?"
                    rf"(?:{_alternatives(continuation.strings('year_words'))})\b")
    continuation_pattern = continuation.wordings().pattern + "|" + ordinal_year
    new = entry.table("new").wordings(re.I)
    return _ProjectWords(
        continuation=re.compile(continuation_pattern, re.I),
        new=new.compiled,
        new_answer=entry.table("new_answer").wordings().compiled,
        continuation_answer=entry.table("continuation_answer").wordings().compiled,
        negated_kind=re.compile(rf"(?:{entry.table('kind_negation').wordings().pattern})\s+"
                                rf"(?:{continuation_pattern}|{new.pattern})", re.I),
        year_of_project=re.compile(year_of_project, re.I),
        ordinals=ordinals,
        signer_title=entry.table("signer_titles").wordings(re.I).compiled,
        grant_name=entry.table("grant_names").wordings(re.I).compiled,
        start_cue=re.compile(start.wordings().pattern
                             + rf"|\b(?:{dates_after})(?=\s+(?:(?:{article})\s+)?\d{{1,2}}\.)", re.I),
        subject_line=re.compile(rf"^(?:{line_labels})?(?:{request})\b", re.I),
        subject=re.compile(rf"^(?:{labels})?\s*:?\s*(?:{for_project})\s+(?P<title>.{{3,120}})$", re.I),
        subject_dash=re.compile(
            rf"^(?i:{request})\b[^\n]*?\s[–—-]\s*(?P<title>[^\n]+(?:\n[a-zæøå][^\n]*)?)", re.M),
        title_cue=re.compile(rf"(?:(?:{_alternatives(cue.strings('nouns'))})\w*\s*(?:{after_noun}|[:,–-])?|"
                             rf"\b(?:{_alternatives(cue.strings('naming'))}))\s*$", re.I),
        # The title: a capital or digit, up to 100 characters, to a sentence's end,
        # a comma or a word that goes on with the sentence.
        named_project=re.compile(
            rf"\b(?:{_alternatives(named.strings('before'))})\s+(?:{_alternatives(named.strings('nouns'))})\s+"
            rf"(?P<title>[A-ZÆØÅ0-9][^.!?«»\"]{{2,100}}?)"
            rf"(?=[.!?](?:\s|$)|,\s|\s+(?:{_alternatives(named.strings('title_ends'))})\s)"),
        title_prefix=re.compile(rf"^(?:{_alternatives(named.strings('prefixes'))})\s+", re.I),
        subject_wrap=entry.table("subject_wrap").wordings(re.I),
        office_line=entry.table("office_line").wordings(re.I),
        addressee_line=entry.table("addressee_line").wordings(re.I),
    )




def _clean_title(text: str) -> str | None:
    """The title without quotes, a leading "prosjektet" and the table ruling
    OCR reads into a cell's edge ("| Fra soning til arbeid")."""
    quoted = _LAST_QUOTED.fullmatch(normalize_space(text))
    title = normalize_space(quoted.group("title") if quoted else text).strip(" \t\"'«»“”„:.|¦")
    title = _project_words().title_prefix.sub("", title) if len(title.split()) > 2 else title
    return title or None


def _says_kind_or_start(text: str) -> bool:
    """``text`` opens with the answer to the next question of the form: new
    or continuation ("videreføring, år 2", "(nytt)", "nytt prosjekt med …"),
    which year, or when it starts ("Oppstart 1. april")."""
    words = _project_words()
    folded = fold(text).strip(" ()")
    first = _FIRST_WORD.match(folded)
    return bool(words.continuation.match(folded) or words.new.match(folded) or words.start_cue.match(folded)
                or words.year_of_project.match(folded)
                or (first and (words.new_answer.fullmatch(first.group("word"))
                               or words.continuation_answer.fullmatch(first.group("word")))))


def split_title_answer(text: str) -> tuple[str, str]:
    """The title a label's answer gives, and what the answer goes on with.
    People run the form's next answers onto the title's line ("«Egen vei»,
    nytt prosjekt med oppstart 1. mars", "Sammen ut – videreføring, år 3.
    Oppstart …"): a quoted name at the start is the title; otherwise the title
    ends at a sentence's end, or at a dash, comma or bracket followed by what
    says new, continuation, the project's year or its start."""
    line = normalize_space(text.split("\n")[0])
    quoted = _OPENING_QUOTE.match(line)
    if quoted:
        return quoted.group("title"), line[quoted.end():]
    for cut in _TITLE_BREAK.finditer(line):
        if cut.start() > 0 and _says_kind_or_start(line[cut.end():]):
            return line[:cut.start()], line[cut.end():]
    sentence = _SENTENCE_BREAK.search(line)
    if sentence:
        return line[:sentence.start()], line[sentence.end():]
    return line, ""


def _title(ctx: Context, draft: Draft) -> None:
    words = _project_words()
    for pair in labelled(ctx, "title"):
        title = _clean_title(split_title_answer(pair.value.text)[0])
        if title and words.signer_title.match(title):
            continue  # "Tittel: Nav-leder" in a signature block is the signer's title
        if title and not words.grant_name.search(title):
            draft.set("project.title", title, span_evidence(pair.value, pair.method, 0.95))
            return
    text = ctx.text
    for match in _QUOTED.finditer(text):
        before = text[max(0, match.start() - 40): match.start()]
        if (words.title_cue.search(before) or _closes_subject_line(text, match.start())) \
                and not words.grant_name.search(match.group("title")):
            title = _clean_title(match.group("title"))
            draft.set("project.title", title, ctx.evidence_at(match.start(), match.end(), "nlp", 0.8))
            return
    for row in ctx.rows[:40]:
        subject = words.subject.match(row.text)
        if subject:
            title = _clean_title(subject.group("title"))
            if title and not words.grant_name.search(title):
                draft.set("project.title", title, span_evidence(row.cells[0], "nlp", 0.7))
                return
    if _title_under_subject(ctx, draft):
        return
    for pattern in (words.subject_dash, words.named_project):
        match = pattern.search(text)
        if match:
            title = _clean_title(match.group("title"))
            if title and not words.grant_name.search(title) and not re.fullmatch(r"20\d\d", title):
                draft.set("project.title", title,
                          ctx.evidence_at(match.start("title"), match.end("title"), "nlp", 0.7))
                return


def _closes_subject_line(text: str, quote: int) -> bool:
    """The quote closes the letter's subject line after a colon or a dash
    ("Søknad om tilskot … 2020: «Frå permisjon til fast arbeid»"): the
    subject names the project there."""
    line = text[text.rfind("\n", 0, quote) + 1: quote].rstrip()
    return line.endswith((":", "–", "—", "-")) and _project_words().subject_line.match(line) is not None


_WRAPPED_END = re.compile(r"^[a-zæøå]|\b20\d\d\b", re.I)
"""A short line under the subject line that opens with a letter (case is
ignored here, as it always was) or gives the year: the subject line's wrapped end."""


def _title_under_subject(ctx: Context, draft: Draft) -> bool:
    """A letter's title on its own line under the subject line ("Søknad om
    tilskudd … 2020" / "Veiviser for unge voksne"): short, not a sentence,
    not a label, not the subject line's own wrapped end, not the addressee
    ("Til Statsforvalteren i Agder")."""
    words = _project_words()
    rows = ctx.rows[:40]
    for i, row in enumerate(rows):
        if not words.subject_line.match(row.text):
            continue
        following = rows[i + 1: i + 3]
        if following and len(following[0].text.split()) <= 3 and (
                _WRAPPED_END.search(following[0].text) or words.subject_wrap.search(following[0].text)):
            following = following[1:]
        if not following:
            return False
        candidate = following[0]
        text = candidate.text.strip()
        if (len(candidate.filled()) == 1 and 1 <= len(text.split()) <= 10 and text[:1].isupper()
                and not text.endswith(".") and not re.search(r"\d", text) and classify_label(text) is None
                and not words.grant_name.search(text) and not words.office_line.search(text)
                and not words.addressee_line.search(text)):
            draft.set("project.title", _clean_title(text), span_evidence(candidate.cells[0], "nlp", 0.6))
            return True
        return False
    return False


def _kind_from_boxes(ctx: Context) -> tuple[str, object] | None:
    """The kind a ticked box names, or the kind its question names when the
    box answers it yes ("Nytt prosjekt: ☒ ja ☐ vidareføring")."""
    words = _project_words()
    for box in ctx.checkboxes():
        if not box.checked:
            continue
        label = fold(box.label or box.value or "")
        if words.continuation.search(label) or words.continuation_answer.search(label):
            return "continuation", box
        if words.new_answer.search(label):
            return "new", box
        asked = fold(box.group or "")
        if asked and option_answer(label) is True:
            if words.continuation.search(asked):
                return "continuation", box
            if words.new.search(asked):
                return "new", box
    return None


def _kind_of_note(text: str) -> str | None:
    """The kind a title's answer states right after the title ("(nytt)",
    "nytt prosjekt med …", "videreføring, år 2"), or None."""
    words = _project_words()
    folded = fold(text).strip(" ()")
    first = _FIRST_WORD.match(folded)
    if words.continuation.match(folded) or (first and words.continuation_answer.fullmatch(first.group("word"))):
        return "continuation"
    if words.new.match(folded) or (first and words.new_answer.fullmatch(first.group("word"))):
        return "new"
    return None


def _option_answer(label: str, answer: str) -> str | None:
    """The kind when a label that opens with one of the options ("Nytt /
    videreføring", its slash or the rest unreadable on a scan) is answered by
    an option word alone ("Nytt", "Videreføring"), perhaps with a note in
    brackets ("Videreført (år 2 av 3)")."""
    option = _BRACKETED_NOTE.sub("", answer)
    answer_kind = _kind_of_note(option) if len(option.split()) == 1 else None
    label_words = fold(label).split()
    if answer_kind is None or len(label_words) < 2 or classify_label(label) not in (None, "kind"):
        return None
    return answer_kind if _kind_of_note(label_words[0]) else None


def _without_negated(text: str) -> str:
    """``text`` with each option a word takes back ("ikkje vidareføring")
    blanked, offsets kept."""
    return _project_words().negated_kind.sub(lambda m: " " * len(m.group()), text)


def _kind(ctx: Context, draft: Draft) -> None:
    from_box = _kind_from_boxes(ctx)
    if from_box:
        kind, box = from_box
        draft.set("project.kind", kind, field_evidence(box))
        return
    marked = marked_option(ctx, _kind_of_note)
    if marked:
        kind, printed, mark = marked
        draft.set("project.kind", kind, span_evidence(mark, "checkbox", 0.85, text=f"{printed.text} {mark.text}"))
        return
    words = _project_words()
    for pair in labelled(ctx, "kind"):
        value = _without_negated(fold(pair.value.text))
        continues = words.continuation.search(value) or words.continuation_answer.search(value)
        if continues and not words.new.search(value):
            draft.set("project.kind", "continuation", span_evidence(pair.value, pair.method, 0.9))
            return
        if words.new_answer.search(value) and not continues:
            draft.set("project.kind", "new", span_evidence(pair.value, pair.method, 0.9))
            return
    for pair in labelled(ctx, "title"):
        rest = split_title_answer(pair.value.text)[1]
        kind = _kind_of_note(rest) if rest else None
        if kind:
            draft.set("project.kind", kind, span_evidence(pair.value, pair.method, 0.85))
            return
    for row in ctx.rows:
        cells = row.filled()
        kind = _option_answer(cells[0].text, cells[1].text) if len(cells) == 2 else None
        if kind:
            draft.set("project.kind", kind, span_evidence(cells[1], "table" if row.in_table else "label", 0.8))
            return
    text = _without_negated(ctx.text)
    continuation = list(words.continuation.finditer(text))
    new = list(words.new.finditer(text))
    if continuation and len(continuation) >= len(new):
        m = continuation[0]
        draft.set("project.kind", "continuation", ctx.evidence_at(m.start(), m.end(), "nlp", 0.7))
    elif new:
        m = new[0]
        draft.set("project.kind", "new", ctx.evidence_at(m.start(), m.end(), "nlp", 0.7))


def project_year(ctx: Context) -> int | None:
    """Which year of the same project this application is for, when the
    text says so ("4. driftsår", "fjerde driftsåret", "år 3 av prosjektet",
    "Driftsår: 4"); a
    duration ("prosjektet varer i 4 år") is not a year number."""
    words = _project_words()
    years = []
    for match in words.year_of_project.finditer(ctx.text):
        raw = (match.group("n") or match.group("w") or match.group("m") or match.group("k") or "").lower()
        value = int(raw) if raw.isdigit() else words.ordinals.get(raw) or number_word(raw)
        if value and 1 <= value <= 10:
            years.append(int(value))
    return max(years) if years else None


def _start_date(ctx: Context, draft: Draft) -> None:
    """The labelled start date, else the first date a start word cues in a
    sentence. A continuation tells when the project began ("Tiltaket ble
    startet opp 1. mars 2019") before when the year applied for starts ("Nytt
    driftsår starter 1. mars 2020"): a cued date in the scheme's year or
    later is preferred to one before it, which is the project's history."""
    for pair in labelled(ctx, "start_date"):
        found = find_dates(pair.value.text)
        value = found[0].value if found else parse_date(pair.value.text)
        if value:
            draft.set("project.start_date", value.isoformat(), span_evidence(pair.value, pair.method, 0.9))
            return
    text = ctx.text
    cued = []
    for cue in _project_words().start_cue.finditer(text):
        window = text[cue.start(): cue.end() + 60]
        sentence_end = re.search(r"(?<!\d)[.!?](?:\s|$)", window[cue.end() - cue.start():])
        if sentence_end:
            window = window[: cue.end() - cue.start() + sentence_end.start() + 1]
        found = find_dates(window)
        if found:
            cued.append((cue.start() + found[0].start, found[0]))
    year = ctx.scheme.year if ctx.scheme is not None else None
    if cued:
        start, date = next((c for c in cued if year is not None and c[1].value.year >= year), cued[0])
        draft.set("project.start_date", date.value.isoformat(), ctx.evidence_at(start, start + len(date.text), "nlp", 0.75))


def extract_project(ctx: Context, draft: Draft) -> None:
    _title(ctx, draft)
    _kind(ctx, draft)
    _start_date(ctx, draft)
