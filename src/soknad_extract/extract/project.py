"""The project: its title, which year of it, its start date (new or
continuation: ``kind``)."""

from __future__ import annotations

import re

from soknad_extract.extract.context import Context, Draft, span_evidence
from soknad_extract.extract.label_answers import labelled
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pair_text import Pair, clean_label, split_label
from soknad_extract.extract.project_dates import Start, extract_start
from soknad_extract.extract.project_tables import column_of_data_table
from soknad_extract.extract.project_words import kind_alone, project_words, says_kind_or_start
from soknad_extract.norwegian import fold, normalize_space, number_word

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


def _clean_title(text: str) -> str | None:
    """The title without quotes, a leading "prosjektet" (a lower-case
    "prosjekt" before a capitalised name always: "prosjekt Veien inn
    Lindesnes") and the table ruling OCR reads into a cell's edge ("| Fra
    soning til arbeid")."""
    quoted = _LAST_QUOTED.fullmatch(normalize_space(text))
    words = project_words()
    title = words.lead_noun.sub("", normalize_space(quoted.group("title") if quoted else text).strip(" \t|¦"))
    title = title.strip(" \t\"'«»“”„:.|¦")
    title = words.title_prefix.sub("", title) if len(title.split()) > 2 else title
    return title or None


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
        return _with_subtitle(quoted.group("title"), line[quoted.end():])
    for cut in _TITLE_BREAK.finditer(line):
        if cut.start() > 0 and says_kind_or_start(line[cut.end():]):
            return line[:cut.start()], line[cut.end():]
    sentence = _SENTENCE_BREAK.search(line)
    if sentence:
        return line[:sentence.start()], line[sentence.end():]
    return line, ""


_SUBTITLE_DASH = re.compile(r"^\s+(?P<dash>[–—-])\s+(?=\S)")
"""A spaced dash right after a quoted name: a subtitle may follow."""


def _with_subtitle(name: str, rest: str) -> tuple[str, str]:
    """The quoted name and the subtitle its dash leads to ("«Losen» – fra
    skole til jobb": the title is "Losen – fra skole til jobb"), unless
    what follows the dash is the form's next answer (kind, year, start), the
    office or the letter's references; the subtitle ends as a title does."""
    dash = _SUBTITLE_DASH.match(rest)
    if dash is None:
        return name, rest
    words = project_words()
    after = rest[dash.end():]
    if says_kind_or_start(after) or words.office_line.search(after) or words.dash_not_title.search(after):
        return name, rest
    subtitle, more = split_title_answer(after)
    return f"{name} {dash.group('dash')} {subtitle}", more


def _numbered_item(label: str) -> bool:
    """A numbered section word that only its colon or its answer beside it
    makes the title's label ("5. Prosjekt:", "4 Prosjekt | Heilt med"): a
    letter's part may be headed the same way ("3. Prosjekt: mål og
    målgruppe"), so its answer is the title only when nothing else names
    one."""
    return classify_label(label.rstrip(" :")) is None and classify_label(clean_label(label)) is not None


def _item_title(pair: Pair) -> str | None:
    """The title a numbered "Prosjekt:" item gives: a name that opens with
    a capital and holds a letter, never a section's subject in lower case
    ("mål og målgruppe"), a kind ("Nytt") or a period ("2020–2022")."""
    title = _clean_title(split_title_answer(pair.value.text)[0])
    if not title or not title[0].isupper() or says_kind_or_start(title) \
            or project_words().grant_name.search(title):
        return None
    return title


def _title(ctx: Context, draft: Draft) -> None:
    words = project_words()
    items = []
    for pair in labelled(ctx, "title"):
        if column_of_data_table(ctx, pair):
            continue  # "Risiko | … | Tiltak" over its rows: a table's column, not the form's title
        if _numbered_item(pair.label):
            items.append(pair)
            continue
        title = _clean_title(_named_in_answer(pair.value.text) or split_title_answer(pair.value.text)[0])
        if title and words.signer_title.match(title):
            continue  # "Tittel: Nav-leder" in a signature block is the signer's title
        if title and kind_alone(title):
            continue  # "Prosjekt | Nytt": the label asked for the kind (``kind``), the title is named elsewhere
        if title and not words.grant_name.search(title):
            draft.set("project.title", title, span_evidence(pair.value, pair.method, 0.95))
            return
    text = ctx.text
    quoted = [match for match in _QUOTED.finditer(text)
              if (words.title_cue.search(text[max(0, match.start() - 40): match.start()])
                  or _closes_subject_line(text, match.start(), match.end()))
              and not words.grant_name.search(match.group("title"))]
    quoted = sorted(quoted + _quoted_in_subject_line(text, quoted, words.subject_line), key=lambda m: m.start())
    quoted = quoted or _quoted_in_subject_line(text, [], words.quoted_subject_line)
    if quoted:
        match = next((m for m in quoted if _in_subject_line(ctx, m.group("title"))), quoted[0])
        draft.set("project.title", _clean_title(match.group("title")),
                  ctx.evidence_at(match.start(), match.end(), "nlp", 0.8))
        return
    for row in ctx.rows[:40]:
        subject = words.subject.match(row.text)
        if subject:
            title = _clean_title(subject.group("title"))
            if title and not title[:1].islower() and not words.grant_name.search(title) \
                    and not words.office_line.search(title):
                draft.set("project.title", title, span_evidence(row.cells[0], "nlp", 0.7))
                return
    if _title_under_subject(ctx, draft):
        return
    for pattern in (words.subject_dash, words.named_project, words.opening_named):
        match = pattern.search(text)
        if match:
            title = _clean_title(match.group("title"))
            clause = pattern is not words.subject_dash and title is not None \
                and (words.office_clause.match(title) or words.office_line.search(title))
            if pattern is words.subject_dash and title is not None and not _names_after_dash(title):
                continue
            if pattern is not words.subject_dash and _after_heading(text, match):
                continue
            if title and not clause and not words.grant_name.search(title) and not re.fullmatch(r"20\d\d", title):
                draft.set("project.title", title,
                          ctx.evidence_at(match.start("title"), match.end("title"), "nlp", 0.7))
                return
    for pair in items:
        title = _item_title(pair)
        if title:
            draft.set("project.title", title, span_evidence(pair.value, pair.method, 0.8))
            return


_SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+\S")
_HEADING_WORDS = 5
"""Most words of an unnumbered heading line ("Om prosjektet")."""


def _after_heading(text: str, match: re.Match[str]) -> bool:
    """The noun ends a heading's line and the "title" opens the paragraph
    under it ("3 Mål for prosjektet" / "Fleire i målgruppa skal …"): the
    heading names a part of the letter, the next line is prose, not a name.
    A sentence wrapped after the noun runs on from a long line of prose."""
    gap = text[match.start(): match.start("title")]
    if "\n" not in gap:
        return False
    line = text[text.rfind("\n", 0, match.start()) + 1: match.start() + gap.index("\n")]
    return _SECTION_NUMBER.match(line) is not None or len(line.split()) <= _HEADING_WORDS


_ANSWER_LEAD_WORDS = 2
"""Words before the quoted name in an answer that is a naming sentence ("Prosjektet heiter")."""


def _named_in_answer(text: str) -> str | None:
    """The quoted name a label's answer gives in a sentence that names the
    project ("Prosjekt" over "Prosjektet heiter «Arbeid i Luster» og er eit
    nytt prosjekt …"): two words before the quote, the last a naming word
    (vocabulary ``title_cue``); else None, and the answer is read as a title."""
    quoted = _QUOTED.search(normalize_space(text))
    if quoted is None:
        return None
    before = quoted.string[:quoted.start()].strip()
    if len(before.split()) != _ANSWER_LEAD_WORDS or not project_words().title_cue.search(before + " "):
        return None
    return quoted.group("title")


def _in_subject_line(ctx: Context, title: str) -> bool:
    """The letter's subject line names ``title`` ("Søknad om tilskudd 2020:
    Jobbtrappa"): of several quoted names (last year's project in the
    background, this year's further on), the one the subject names."""
    folded, subject_line = fold(title), project_words().subject_line
    return any(subject_line.match(row.text) and folded in fold(row.text) for row in ctx.rows[:40])


def _closes_subject_line(text: str, quote: int, end: int) -> bool:
    """The quote closes the letter's subject line, after a colon or a dash
    or as its last words ("Søknad om tilskot … 2020: «Frå permisjon til fast
    arbeid»", "Gjeld: Søknad om midlar til «Saman mot jobb»"): the subject
    names the project there."""
    line = text[text.rfind("\n", 0, quote) + 1: quote].rstrip()
    rest = text[end: (text.find("\n", end) + 1 or len(text) + 1) - 1]
    return (line.endswith((":", "–", "—", "-")) or not rest.strip(" .")) \
        and project_words().subject_line.match(line) is not None


_SINGLE_QUOTED = re.compile(r"(?<!\w)[‘'](?P<title>[^«»\"“”„‘’'\n]{3,140})[’'](?!\w)")
"""A name in single quotes ("‘Veien videre’"): read only on a subject line,
where an apostrophe in running text cannot open it."""


def _quoted_in_subject_line(text: str, found: list[re.Match[str]], subject_line: re.Pattern[str]) \
        -> list[re.Match[str]]:
    """Quoted names inside the letter's subject line between other words
    ("Søknad om tilskot til vidareføring av «Arbeid i fjordbygda» – tredje
    og siste prosjektår"): the subject names the project there, in any
    quotes, and the quotes end the title (the year after the dash is not
    part of it). ``subject_line`` says which lines are subject lines: those
    asking for the grant, or, where no other quote names the project, any
    line that opens with the application ("Søknad om videreføring av
    «Familiesporet» – …"; vocabulary ``subject.quoted_subject``): a letter
    that names its project only there is not without a title. A name that
    is the scheme's, the office's, a kind ("«Nytt prosjekt»") or a
    lower-case phrase is no title; ``found`` are the names already read."""
    words, starts, names = project_words(), {m.start() for m in found}, []
    offset = 0
    for line in text.split("\n"):
        if subject_line.match(line):
            for pattern in (_QUOTED, _SINGLE_QUOTED):
                for match in pattern.finditer(text, offset, offset + len(line)):
                    title = match.group("title").strip()
                    if match.start() not in starts and title[:1].isupper() and not words.grant_name.search(title) \
                            and not words.office_line.search(title) and not kind_alone(title):
                        names.append(match)
        offset += len(line) + 1
    return names


def _names_after_dash(title: str) -> bool:
    """What follows the subject line's dash names the project: it opens
    with a capital, a digit or a quote, and is not the office or its
    municipality ("– Nav Bø", "– Bø kommune"), the project's year or kind
    ("– 2. driftsår", "– videreføring"), the letter's own words ("– søknad
    fra Nav Bø"), its receiver or its references ("– Statsforvalteren i
    Agder", "– Vedlegg 2")."""
    words = project_words()
    return not title[:1].islower() and not says_kind_or_start(title) and not words.office_line.search(title) \
        and not words.dash_not_title.search(title)


_WRAPPED_END = re.compile(r"^[a-zæøå]|\b20\d\d\b", re.I)
"""A short line under the subject line that opens with a letter (case is
ignored here, as it always was) or gives the year: the subject line's wrapped end."""


def _title_under_subject(ctx: Context, draft: Draft) -> bool:
    """A letter's title on its own line under the subject line ("Søknad om
    tilskudd … 2020" / "Veiviser for unge voksne"): short, not a sentence,
    not a label nor a label's line ("Navn: Per Lie"), not the subject line's own wrapped end, not the addressee
    ("Til Statsforvalteren i Agder")."""
    words = project_words()
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
                and classify_label(split_label(text)[0]) is None
                and not words.grant_name.search(text) and not words.office_line.search(text)
                and not words.addressee_line.search(text)):
            draft.set("project.title", _clean_title(text), span_evidence(candidate.cells[0], "nlp", 0.6))
            return True
        return False
    return False


def project_year(ctx: Context) -> int | None:
    """Which year of the same project this application is for, when the
    text says so ("4. driftsår", "fjerde driftsåret", "år 3 av prosjektet",
    "Driftsår: 4"); a
    duration ("prosjektet varer i 4 år") is not a year number."""
    words = project_words()
    years = []
    for match in words.year_of_project.finditer(ctx.text):
        raw = (match.group("n") or match.group("w") or match.group("m") or match.group("k") or "").lower()
        value = int(raw) if raw.isdigit() else words.ordinals.get(raw) or number_word(raw)
        if value and 1 <= value <= 10:
            years.append(int(value))
    return max(years) if years else None


def extract_project(ctx: Context, draft: Draft) -> Start:
    _title(ctx, draft)
    return extract_start(ctx, draft)
