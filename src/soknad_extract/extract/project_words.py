"""The words of ``schemas/vocabulary/project.toml``, compiled once per
vocabulary folder, and the questions about an answer's opening words that
both the title and the kind ask ("Sammen ut – videreføring, år 3")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, VocabularyError, Wordings, vocabulary_key

_FIRST_WORD = re.compile(r"^(?P<word>\w+)\s*(?:[).,;:]|$)")


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
    start_heading: re.Pattern[str]
    """A heading that is a period's start word alone ("Frå", "Fra:"), over the start's box."""
    this_year: str
    """The words that say "this year" after a day and month ("d.å.", "i år"), as a pattern's text."""
    past_start: re.Pattern[str]
    past_auxiliary: re.Pattern[str]
    """An auxiliary right before a start word that puts the start in the past ("vart starta")."""
    deadline: Wordings
    person_after: Wordings
    project_before: Wordings
    subject_line: re.Pattern[str]
    quoted_subject_line: re.Pattern[str]
    subject: re.Pattern[str]
    subject_dash: re.Pattern[str]
    title_cue: re.Pattern[str]
    named_project: re.Pattern[str]
    opening_named: re.Pattern[str]
    title_prefix: re.Pattern[str]
    lead_noun: re.Pattern[str]
    office_clause: re.Pattern[str]
    subject_wrap: Wordings
    office_line: Wordings
    addressee_line: Wordings
    dash_not_title: Wordings
    after_project: Wordings
    continuation_question: Wordings
    kind_condition: Wordings
    kind_history: Wordings
    kind_alternative: Wordings
    kind_generic_label: Wordings


def project_words() -> _ProjectWords:
    return _compile_project_words(vocabulary_key())


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=4)
def _compile_project_words(folder: str) -> _ProjectWords:
    entry = Entry("project", Path(folder))
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
    between = _alternatives(year.strings("between_ordinal_and_year")).replace(r"\ ", r"\s+")
    start = entry.table("start_cues")
    subject = entry.table("subject")
    request = subject.wordings().pattern
    labels = _alternatives(subject.strings("labels"))
    grant_subject = subject.wordings(key="grant_subject").pattern
    opening = rf"(?:(?:{labels})\s*:?\s*)?(?:{request})\b|(?:{labels})\s*:?\s*(?:{grant_subject})\b"
    for_project = subject.wordings(key="request_for_project").pattern
    cue = entry.table("title_cue")
    after_noun = "|".join(re.escape(w).replace(r"\ ", r"\s+") + r"\s*" for w in cue.strings("naming_after_noun"))
    named = entry.table("named_project")
    nouns, bare = _alternatives(named.strings("nouns")), _alternatives(named.strings("bare_nouns"))
    adjectives = _alternatives(named.strings("adjectives"))
    dates_after = _alternatives(start.strings("dates_after"))
    article = _alternatives(start.strings("date_articles"))
    ordinal_words = _alternatives(list(ordinals))
    year_of_project = (
        rf"(?:\b(?P<n>\d)\.\s*|\b(?P<w>{ordinal_words})\s+(?:(?:{between})\s+)?)(?:{units})?(?:{year_word})\b"
        rf"|\b(?:{year_word})[^\S\n]+(?P<m>\d)\b"
        rf"|\b(?:{units})(?:{year_word})\s*:\s*(?P<k>\d)\b(?!\.\s+[^\W\d_])"
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
        start_heading=re.compile(rf"(?:{dates_after})\s*:?", re.I),
        this_year="|".join(re.escape(w).replace(r"\ ", r"\s+") + r"(?!\w)"
                           for w in sorted(start.strings("this_year"), key=len, reverse=True)),
        past_start=re.compile(_alternatives(start.strings("past")), re.I),
        past_auxiliary=re.compile(rf"(?<!\w)(?:{_alternatives(start.strings('past_auxiliary'))})\s+(?:opp\s+)?$", re.I),
        deadline=entry.table("not_start").wordings(),
        person_after=entry.table("not_start").wordings(key="person_after"),
        project_before=entry.table("not_start").wordings(key="project_before"),
        subject_line=re.compile(rf"^(?:{opening})", re.I),
        quoted_subject_line=re.compile(
            rf"^(?:(?:{labels})\s*:?\s*)?(?:{subject.wordings(key='quoted_subject').pattern})", re.I),
        subject=re.compile(rf"^(?:{labels})?\s*:?\s*(?:{for_project})\s+(?P<title>.{{3,120}})$", re.I),
        subject_dash=re.compile(
            rf"^(?i:{opening})[^\n]*?\s[–—-]\s*(?P<title>[^\n]+(?:\n[a-zæøå][^\n]*)?)", re.M),
        title_cue=re.compile(rf"(?:(?:{_alternatives(cue.strings('nouns'))})\w*\s*(?:{after_noun}|[:,–-])?|"
                             rf"\b(?:{_alternatives(cue.strings('naming'))}))\s*$", re.I),
        # The title: a capital or digit, up to 100 characters, to a sentence's end,
        # a comma or a word that goes on with the sentence.
        named_project=re.compile(
            rf"\b(?:{_alternatives(named.strings('before'))})\s+(?:{nouns}"
            rf"|(?:{_alternatives(named.strings('determiners'))})\s+(?:(?:{adjectives})\s+)?(?:{nouns}|{bare}),?)\s+"
            rf"(?P<title>[A-ZÆØÅ0-9][^.!?«»\"]{{2,100}}?)"
            rf"(?=[.!?](?:\s|$)|,\s|\s+(?:{_alternatives(named.strings('title_ends'))})\s)"),
        # A sentence that opens with the noun and the name ("Prosjektet Ung
        # Notodden skal …", "Tiltaket Heim og jobb, som …"): the name ends only
        # at a comma or a word that goes on with the sentence, never at its end.
        opening_named=re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:{_alternatives([n.capitalize() for n in named.strings('nouns')])})\s+"
            rf"(?P<title>[A-ZÆØÅ0-9][^.!?«»\"\n,]{{2,60}}?)"
            rf"(?=,\s|\s+(?:{_alternatives(named.strings('title_ends'))})\s)", re.M),
        title_prefix=re.compile(rf"^(?:{_alternatives(named.strings('prefixes'))})\s+", re.I),
        lead_noun=re.compile(rf"^(?:{_alternatives(named.strings('lead_nouns'))})\s+(?=[A-ZÆØÅ0-9«\"“„])"),
        office_clause=re.compile(rf"^(?:nav(?:-kontoret)?(?:\s+\S+){{0,3}}?|(?:\S+\s+){{1,3}}?(?:kommune|herad)"
                                 rf"|vi|me|kontoret|kommunen)\s+"
                                 rf"(?:{_alternatives(named.strings('clause_verbs'))})\b", re.I),
        subject_wrap=entry.table("subject_wrap").wordings(re.I),
        office_line=entry.table("office_line").wordings(re.I),
        addressee_line=entry.table("addressee_line").wordings(re.I),
        dash_not_title=entry.table("dash_not_title").wordings(re.I),
        after_project=entry.table("after_project").wordings(re.I),
        continuation_question=entry.table("continuation_question").wordings(re.I),
        kind_condition=entry.table("kind_condition").wordings(re.I),
        kind_history=entry.table("kind_history").wordings(re.I),
        kind_alternative=entry.table("kind_alternative").wordings(re.I),
        kind_generic_label=entry.table("kind_generic_label").wordings(re.I),
    )


def kind_of_note(text: str) -> str | None:
    """The kind a title's answer states right after the title ("(nytt)",
    "nytt prosjekt med …", "videreføring, år 2"), or None."""
    return _kind_of_note(text, vocabulary_key())


@lru_cache(maxsize=4096)
def _kind_of_note(text: str, folder: str) -> str | None:
    """Memoised per text and vocabulary folder: the kind's reader of marked
    grids asks it of every row's first cell (852 cells over the 54 PDFs)."""
    words = _compile_project_words(folder)
    folded = fold(text).strip(" ()")
    first = _FIRST_WORD.match(folded)
    if words.continuation.match(folded) or (first and words.continuation_answer.fullmatch(first.group("word"))):
        return "continuation"
    if words.new.match(folded) or (first and words.new_answer.fullmatch(first.group("word"))):
        return "new"
    return None


_KIND_ALONE_WORDS = 2
"""Most words of an answer that is an option and nothing else ("Nytt",
"Nytt prosjekt", "Videreføring")."""


def kind_alone(text: str) -> str | None:
    """The kind ``text`` states when it is one option and nothing more:
    the answer to a "Prosjekt" label that asks for the kind, not the title,
    or an option printed as a label beside the other option ("Nytt prosjekt
    | Videreføring", the boxes lost on a scan)."""
    folded = fold(text).strip(" ()[].:;,")
    return kind_of_note(folded) if 0 < len(folded.split()) <= _KIND_ALONE_WORDS else None


def says_kind_or_start(text: str) -> bool:
    """``text`` opens with the answer to the next question of the form: new
    or continuation ("videreføring, år 2", "(nytt)", "nytt prosjekt med …"),
    which year, or when it starts ("Oppstart 1. april")."""
    words = project_words()
    folded = fold(text).strip(" ()")
    first = _FIRST_WORD.match(folded)
    return bool(words.continuation.match(folded) or words.new.match(folded) or words.start_cue.match(folded)
                or words.year_of_project.match(folded)
                or (first and (words.new_answer.fullmatch(first.group("word"))
                               or words.continuation_answer.fullmatch(first.group("word")))))
