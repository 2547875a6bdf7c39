"""Who applies: the Nav office, its municipality and organisation number."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.context import Context, Draft, span_evidence
from soknad_extract.extract.form_text import form_text
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.legibility import GUESSED_WORD_CONFIDENCE
from soknad_extract.layout.questions import option_answer
from soknad_extract.layout.rows import Span
from soknad_extract.norwegian.identifiers import scanned_org_number
from soknad_extract.norwegian.letters import UPPER
from soknad_extract.norwegian import (
    find_org_numbers,
    fold,
    municipality_from_office,
    normalize_office_name,
    normalize_space,
)
from soknad_extract.vocabulary import Entry, vocabulary_dir

def _not_offices() -> frozenset[str]:
    """What follows "Nav" without naming an office (``offices.toml``)."""
    return _offices_words(vocabulary_dir())[0]


def _not_municipalities() -> frozenset[str]:
    """Capitalised words before "kommune" that do not name one, as written."""
    return _offices_words(vocabulary_dir())[1]


@lru_cache(maxsize=4)
def _offices_words(folder: Path) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    entry = Entry("offices", folder)
    return (entry.table("not_offices").words(), frozenset(entry.table("not_municipalities").both()),
            entry.table("county_units").words())


@dataclass(frozen=True)
class _ApplicantWords:
    nav_mention: re.Pattern[str]
    requester: re.Pattern[str]
    not_a_requester: frozenset[str]
    organisation: re.Pattern[str]
    not_a_place: re.Pattern[str]
    municipality_word: re.Pattern[str]
    municipality_words: frozenset[str]
    """The words for a municipality ("kommune", "herad"), folded."""
    host: re.Pattern[str]
    municipality_mention: re.Pattern[str]


@lru_cache(maxsize=4)
def _applicant_words(folder: Path) -> _ApplicantWords:
    """``applicant.toml``'s words in the patterns that parse a name's or a
    sentence's shape ("Nav Nordre Aurdal", "X søker med dette om", "Voss herad",
    "Nordre Follo kommune": a letter names the municipality with its compass word)."""
    entry = Entry("applicant", folder)
    qualifier = entry.table("nav_place_qualifier").wordings().pattern
    compass = Entry("offices", folder).table("compass").wordings().pattern
    nav_mention = re.compile(
        r"\b(?:NAV|Nav|nav)(?:\s*-?\s*kontor(?:et)?(?:\s+(?:i|for))?)?[\s-]+"
        rf"(?P<name>(?:(?i:{qualifier})\s+)?"
        rf"[{UPPER}][\wæøåÆØÅ.]*(?:-[{UPPER}][\wæøåÆØÅ]*)*"
        rf"(?:\s+(?i:og|i)\s+[{UPPER}][\wæøåÆØÅ-]*|\s*-\s*[{UPPER}][\wæøåÆØÅ]*)*"
        rf"(?:[ \t]+(?i:{compass})(?![\wæøå]))?)"  # "Nav Bergen nord": the office's own name
    )
    verb = entry.table("request_verb").wordings().pattern
    adverb = entry.table("request_adverb").wordings().pattern
    requester = re.compile(
        rf"(?:^|[.!?]\s+|\n)(?P<who>[{UPPER}][^.!?\n]{{2,80}}?)\s+(?:{verb})\s+(?:(?:{adverb})\s+)?om\b")
    municipality_word = re.compile(rf"\s+(?:{entry.table('municipality_word').wordings().pattern})$", re.I)
    place = (rf"(?P<{{}}>(?:(?:{qualifier})\s+)?[{UPPER}][\wæøå]+(?:-[{UPPER}]?[\wæøå]+)*)"
             rf"(?:[^\S\n]+(?i:{entry.table('municipality_word').wordings().pattern}))?")
    host = re.compile(  # on one line: a label with no answer is followed by the next label
        rf"(?i:{entry.table('host_before').wordings().pattern})[^\S\n]*[:–-]?[^\S\n]*{place.format('before')}"
        rf"|{place.format('after')}[^\S\n]+(?i:{entry.table('host_after').wordings().pattern})")
    # "… kommune" names the place before it, its compass word kept ("Nordre
    # Follo kommune", "Indre Østfold kommune"): the word is part of the name.
    mention = re.compile(rf"\b(?P<name>(?:(?:{qualifier})[^\S\n]+)?[{UPPER}][\wæøå]+"
                         rf"(?:[ -](?:og|i)[ -][{UPPER}][\wæøå]+|-[{UPPER}][\wæøå]+)?)\s+kommune\b")
    return _ApplicantWords(nav_mention, requester, entry.table("not_a_requester").words(),
                           entry.table("organisation").wordings(re.I).compiled,
                           entry.table("not_a_place").wordings(re.I).compiled, municipality_word,
                           frozenset(fold(word) for word in entry.table("municipality_word").words()), host, mention)


@dataclass
class Applicant:
    text: str | None = None
    """What the document names as applicant, when it is not a Nav office;
    the record keeps it as ``office.name``, as written, so the clerk sees who applied."""


def _office_mentions(text: str) -> Iterator[tuple[int, str]]:
    """Where ``text`` names a Nav office, and the office's name ("Nav
    Hammerfest"), skipping what follows "Nav" without naming an office."""
    for match in _applicant_words(vocabulary_dir()).nav_mention.finditer(text):
        candidate = _mentioned_office(match, text)
        if candidate:
            yield match.start(), candidate


def _mentioned_office(match: re.Match[str], text: str) -> str | None:
    """The office a "Nav …" mention names, or None when the word after "Nav"
    names none ("Nav stad og dato"). A word that is also a common word names
    an office when the sentence places it in the municipality of the same
    name ("Nav Stad i Stad kommune", "Nav Hol i Hol kommune"). A name in
    capitals ("NAV NORDRE FOLLO" in a letterhead) is read as the office's
    name, as the office writes it elsewhere ("Nav Nordre Follo")."""
    candidate = normalize_office_name(match.group(0)) or normalize_office_name("Nav " + match.group("name"))
    if not candidate:
        return None
    if fold(candidate[4:]) not in _not_offices():
        return candidate
    words = _applicant_words(vocabulary_dir())
    place = re.fullmatch(r"(\S+) i (\S+)", match.group("name"))
    after = re.match(r"[^\S\n]+(\w+)", text[match.end():])
    if place and place[1] == place[2] and after and fold(after[1]) in words.municipality_words:
        return candidate
    return candidate if _named_municipality(candidate[4:], match, text) else None


def _named_municipality(name: str, match: re.Match[str], text: str) -> bool:
    """An office named after a municipality whose name is also a common word
    ("Nav Stad", "Nav Hol"): the office where the mention writes the name
    capitalised on Nav's own line, no phrase that names no office opens the
    words after "Nav" ("Nav Stad og dato", "NAV Stad/dato"), and the document
    names the municipality by that name ("Stad kommune", "Hol herad", or a
    form's answer "Kommune: Stad" alone on its line)."""
    if fold(name) in _offices_words(vocabulary_dir())[2]:
        return False
    start = match.start("name")
    line = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
    if "\n" in match.group(0)[:start - match.start()] or not line.startswith((name, name.upper())):
        return False
    rest = re.sub(r"\s*[/,]\s*", "/", fold(line))
    if any(re.match(rf"{re.escape(phrase)}(?!\w)", rest) for phrase in _not_offices() if not phrase.isalpha()):
        return False
    kinds = "|".join(map(re.escape, _applicant_words(vocabulary_dir()).municipality_words))
    written = rf"(?:{re.escape(name)}|{re.escape(name.upper())})"
    return bool(re.search(rf"(?<!\w){written}[^\S\n]+(?i:{kinds})(?!\w)", text)
                or re.search(rf"(?<!\w)(?i:{kinds})(?:\(\w+\))?[^\S\n]*:[^\S\n]*{written}[^\S\n]*(?:$|\n)", text))


def _office_from_text(text: str) -> str | None:
    return next((name for _start, name in _office_mentions(text)), None)


def _names_office_after_words(label: str) -> bool:
    """A label that names an office after other words ("enhetsleder, NAV
    Hammerfest"): a line of a letter's closing, not a question. A label
    that opens with the office word ("Nav-kontor Ansvarlig", "NAV-kontor
    Søkar") asks for the office, whatever word follows it."""
    return any(label[:start].strip() for start, _name in _office_mentions(label))


def _office_from_pairs(ctx: Context, draft: Draft, applicant: Applicant) -> bool:
    """A Nav office named under any applicant label wins; otherwise the
    first answer that names an organisation is a non-Nav applicant. A label
    that asks for the office ("Nav-kontor:") gets "Nav" before its answer;
    a line that already names an office ("enhetsleder, NAV Hammerfest" in a
    letter's closing, over the next signer's name) asks for nothing, so
    what follows it is no office, and neither is the form's guidance beside
    the label ("Nav-kontor | Oppgi kontorets navn | [control]")."""
    guidance = form_text(ctx.scheme)
    pairs = [p for p in ctx.values("office") if p.value.text and not re.search(r"\b(19|20)\d\d\b", p.label)
             and not guidance.spans(p.value.text) and _an_answer(p.value)]
    for pair in pairs:
        value = pair.value.text
        name = _office_from_text(value)
        if name is None and "nav" in fold(pair.label) and not re.search(r"\d", value) \
                and not _names_office_after_words(pair.label):
            name = normalize_office_name("Nav " + value)
        if name:
            draft.set("office.name", name, span_evidence(pair.value, pair.method, 0.95))
            return True
    for pair in pairs:
        if _names_an_organisation(pair.value.text):
            applicant.text = normalize_space(pair.value.text)
            draft.evidence["office.name"] = span_evidence(pair.value, pair.method, 0.9)
            return False
    return False


def _an_answer(value: Span) -> bool:
    """The text beside a label is an answer, not the form's next label taken
    for one (a scan's header row "Nav-kontor  Kommune  Org.nr." over the
    answers pairs "Nav-kontor" with "Kommune"), nor a word text recognition
    only guessed at (a label read "Organ." for "Org.nr."): who applies, or
    where, is then read from what the document says elsewhere."""
    if classify_label(value.text) is not None:
        return False
    return not (value.method == "ocr" and value.confidence < GUESSED_WORD_CONFIDENCE)


def _requester(ctx: Context) -> tuple[str, int] | None:
    """Who asks for the money, when a sentence says so ("Kongsvinger
    kommune, helse og omsorg søker med dette om ..."); "Vi søker" names no one."""
    words = _applicant_words(vocabulary_dir())
    for match in words.requester.finditer(ctx.text):
        who = normalize_space(match.group("who"))
        if fold(who) not in words.not_a_requester:
            return who, match.start("who")
    return None


def _office_from_prose(ctx: Context, draft: Draft) -> None:
    """The office the document speaks for: the Nav name it repeats most,
    with the first page's header and sender lines counting double."""
    votes: Counter[str] = Counter()
    first_offset: dict[str, int] = {}
    for match in _applicant_words(vocabulary_dir()).nav_mention.finditer(ctx.text):
        name = _mentioned_office(match, ctx.text)
        if not name:
            continue
        weight = 2 if match.start() < 400 else 1
        votes[name] += weight
        first_offset.setdefault(name, match.start())
    if not votes:
        return
    best = max(votes, key=lambda n: (votes[n], -first_offset[n]))
    start = first_offset[best]
    draft.set("office.name", best, ctx.evidence_at(start, start + len(best), "nlp", 0.75))


def _municipality(ctx: Context, draft: Draft) -> None:
    office = draft.get("office.name")
    for pair in sorted(ctx.values("municipality"), key=lambda p: p.method not in _FORM_METHODS):
        value = _unglued(_municipality_name(pair.value.text), office)
        if _plausible_municipality(value) and _an_answer(pair.value):
            draft.set("office.municipality", value, span_evidence(pair.value, pair.method, 0.95))
            return
    if _host_municipality(ctx, draft):
        return
    mention = _applicant_words(vocabulary_dir()).municipality_mention
    mentions = Counter(
        name for name in map(_mentioned_name, mention.finditer(ctx.text))
        if name not in _not_municipalities()
    )
    from_office = municipality_from_office(office) if office else None
    if from_office and (from_office in mentions or not mentions):
        draft.set("office.municipality", from_office, draft.evidence.get("office.name"))
        return
    if mentions:
        name, _ = mentions.most_common(1)[0]
        start = ctx.text.find(name + " kommune")
        draft.set("office.municipality", name, ctx.evidence_at(start, start + len(name), "nlp", 0.7))


def _host_municipality(ctx: Context, draft: Draft) -> bool:
    """The host municipality an inter-municipal office states ("Nav Hallingdal
    (vertskommune Gol)", "Vertskommune: Gol", "Gol er vertskommune"). Such an
    office is named after a region or its member municipalities, which is no
    municipality; domain.md gives an inter-municipal project the host's."""
    for match in _applicant_words(vocabulary_dir()).host.finditer(ctx.applicant_text):
        group = "before" if match.group("before") else "after"
        name = match.group(group)
        if _plausible_municipality(name) and fold(name) not in _not_offices():
            draft.set("office.municipality", name, ctx.evidence_at(match.start(group), match.end(group), "nlp", 0.8))
            return True
    return False


_OFFICE_BEFORE = re.compile(r"\bnav[ -]$", re.I)


def _mentioned_name(match: re.Match[str]) -> str:
    """The municipality a "… kommune" mention names. After "Nav", "X i Y
    kommune" is the office X in the municipality Y ("Nav Dalen i Dalen
    kommune"), not a double name such as "Sande i Vestfold"."""
    name = match.group("name")
    if " i " in name and _OFFICE_BEFORE.search(match.string[max(0, match.start() - 4):match.start()]):
        return name.split(" i ", 1)[1]
    return name


_FORM_METHODS = ("acroform", "content_control", "legacy_field", "table")


def _plausible_municipality(name: str) -> bool:
    """A place name: capitalised, a few words, no digits; not a heading or an
    address line that a stray "kommune" on a scan was paired with, nor a
    name opening with a word that names none ("Vi er vertskommune",
    "Vertskommune: Ikke aktuelt"), nor a yes or no a scan paired with the
    label ("Ja")."""
    return (bool(name) and name[:1].isupper() and len(name.split()) <= 4
            and name.split()[0] not in _not_municipalities() and option_answer(name) is None
            and not re.search(r"\d", name) and not _applicant_words(vocabulary_dir()).not_a_place.search(name))


def _municipality_name(text: str) -> str:
    """The municipality's own name: "Oslo kommune, bydel Gamle Oslo" → "Oslo",
    "Oslo (bydel Grünerløkka)" → "Oslo", "Voss herad" → "Voss", "Lillehammer
    og Gausdal kommuner" stays a pair. A place name never ends in a dash or a
    stop: one there is a speck read after the answer ("Voss herad -")."""
    first = normalize_space(text).split(",")[0].split("/")[0].split("(")[0].strip().rstrip(_TRAILING_MARKS).strip()
    return _applicant_words(vocabulary_dir()).municipality_word.sub("", first).strip()


_TRAILING_MARKS = " -–—.;:"


def _unglued(name: str, office: str | None) -> str:
    """The place of an answer whose space before "kommune" was lost (OCR of
    block capitals reads "SEL KOMMUNE" as "SELKOMMUNE"): only when what comes
    before the word is the place the office's own name gives ("Nav Sel"), so
    a real name that ends in the letters is never cut."""
    place = municipality_from_office(office) if office else None
    if not place or " " in name or not fold(name).startswith(fold(place)):
        return name
    rest = fold(name)[len(fold(place)):]
    words = _applicant_words(vocabulary_dir()).municipality_words
    return name[:len(place)] if rest in words and fold(name[:len(place)]) == fold(place) else name


def _org_number(ctx: Context, draft: Draft) -> None:
    for pair in ctx.values("org_number"):
        found = find_org_numbers(pair.value.text)
        if found:
            draft.set("office.org_number", found[0].value, span_evidence(pair.value, pair.method, 0.95))
            return
        scanned = scanned_org_number(pair.value.text) if pair.value.method == "ocr" else None
        if scanned:
            draft.set("office.org_number", scanned, span_evidence(pair.value, pair.method, 0.8))
            return
    for match in find_org_numbers(ctx.text):
        draft.set("office.org_number", match.value, ctx.evidence_at(match.start, match.end, "nlp", 0.7))
        return


def _names_an_organisation(text: str | None) -> bool:
    """A non-Nav applicant is an organisation ("Kongsvinger kommune, helse og
    omsorg"), not a stray answer such as "☒ Ja ☐ Nei" caught by a loose label."""
    return bool(text) and bool(_applicant_words(vocabulary_dir()).organisation.search(text)) and len(text) < 120


def extract_applicant(ctx: Context, draft: Draft) -> Applicant:
    applicant = Applicant()
    if not _office_from_pairs(ctx, draft, applicant):
        if applicant.text is None:
            requester = _requester(ctx)
            if requester and not _office_from_text(requester[0]) and _names_an_organisation(requester[0]):
                applicant.text = requester[0]
                start = requester[1]
                draft.evidence["office.name"] = ctx.evidence_at(start, start + len(applicant.text), "nlp", 0.75)
            else:
                _office_from_prose(ctx, draft)
        if applicant.text:
            draft.values["office.name"] = applicant.text
    _municipality(ctx, draft)
    _office_named_whole(ctx, draft)
    _org_number(ctx, draft)
    return applicant


def _office_named_whole(ctx: Context, draft: Draft) -> None:
    """The office's name read whole where the reader cut a place name of
    several words it does not know ("Nav Øystre Slidre" read "Nav Øystre"):
    when the municipality the document states opens with the office's place
    and the document names the office after the whole municipality, that is
    the office's name. A name the document never writes is never made up."""
    office, municipality = draft.get("office.name"), draft.get("office.municipality")
    place = municipality_from_office(office) if office else None
    if not place or not municipality or not fold(municipality).startswith(fold(place) + " "):
        return
    words = r"[\s-]+".join(map(re.escape, municipality.split()))
    if re.search(rf"\bnav(?:[\s-]+kontor(?:et)?(?:\s+i)?)?[\s-]+{words}\b", ctx.text, re.I):
        draft.values["office.name"] = "Nav " + municipality
