"""The areas vocabulary (``areas.toml``), and which area phrases state an
area rather than describe whom a project serves or how.

A letter names its areas in the announcement's words ("skal sikre sårbare
overganger", "bruke ordinært arbeidsliv") or through topical phrases. Of
these, target groups ("ungdom", "unge voksne") and means many projects use
("arbeidsgivere", "jobbspesialist") say least: youth are the target of
transition and work projects alike, and every work project talks to
employers. They show an area where nothing stronger does, or where the
clause that states an area names them with it ("gi unge mellom 18 og 29 år
tett oppfølging mot ordinært arbeidsliv").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract.nlp import PhraseHit, PhraseSet, phrase_set
from soknad_extract.norwegian import fold
from soknad_extract.schemes import Scheme
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_key

OCR_LETTERS = str.maketrans({"å": "a", "Å": "A", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae"})
"""The Norwegian letters text recognition reads without their marks
("sårbare" as "sarbare")."""


def as_ocr_reads(phrases: Iterable[str], ocr: bool) -> tuple[str, ...]:
    """The phrases, and with ``ocr`` only the ones text recognition may read
    without the marks of å, ø and æ, as it reads them."""
    phrases = tuple(phrases)
    if not ocr:
        return phrases
    return tuple(dict.fromkeys(p.translate(OCR_LETTERS) for p in phrases if p.translate(OCR_LETTERS) != p))


@dataclass(frozen=True)
class AreaWords:
    """``areas.toml``: results a project counts, target groups and means,
    labels quoting the call, what takes an exclusion back, what takes an
    area back, the verbs that state an area (by its name's verbal noun),
    and a concession that argues for an area not ticked."""

    outcomes: PhraseSet
    context: PhraseSet
    target_statements: PhraseSet
    call_quote: Wordings
    own: Wordings
    exclusion_negation: Wordings
    exclusion_not_only: Wordings
    clause_openers: Wordings
    negation_before: Wordings
    call_sentence: Wordings
    negation_after: Wordings
    population: Wordings
    aim: Wordings
    statement_verbs: dict[str, Wordings]
    additive: Wordings
    conceded: Wordings


def area_words() -> AreaWords:
    return _load_area_words(vocabulary_key())


@lru_cache(maxsize=4)
def _load_area_words(folder: str) -> AreaWords:
    entry = Entry("areas", Path(folder))
    quotes = entry.table("call_quotes")
    groups = tuple((key, (*words, *as_ocr_reads(words, True)))
                   for key in ("target_groups", "means") for words in [entry.table(key).both()])
    return AreaWords(phrase_set((("outcome", tuple(entry.table("outcomes").both())),)), phrase_set(groups),
                     phrase_set((("statement", tuple(entry.table("target_statements").both())),)),
                     quotes.wordings(), quotes.wordings(key="own"),
                     entry.table("exclusion_negation").wordings(), entry.table("exclusion_not_only").wordings(),
                     entry.table("exclusion_clause_openers").wordings(),
                     entry.table("area_negation").wordings(), entry.table("call_sentences").wordings(),
                     entry.table("area_negation_after").wordings(), entry.table("population").wordings(),
                     entry.table("aim").wordings(),
                     {fold(verbs.data.get("noun", "")): verbs.wordings() for verbs in entry.tables("statement_verbs")},
                     entry.table("additive").wordings(), entry.table("conceded_area").wordings())


_JOIN = r"(?:[\s,/]|(?<!\w)(?:og|eller|samt|heller|andre|anna)(?!\w))*"
"""What joins the items of a list ("ungdom, barnefamiliar eller innvandrarar",
"løslatte eller andre sårbare overganger")."""
_JOINED = re.compile(_JOIN + r"\Z", re.IGNORECASE)
_JOINED_AHEAD = re.compile(_JOIN, re.IGNORECASE)
_NEGATION_REACH = 80
"""Characters read before or after a list of area phrases for its negation."""
_CLAUSE_BEFORE = re.compile(r"[.!?;:]\s|,\s*(?:men|og|fordi|da|når|då)\s")
"""Where the clause before a list of area phrases begins: a negation in an
earlier clause ("Vi har ikke søkt om midler før, men skal nå følge opp
ungdom") negates something else."""


def not_negated(text: str, hits: list[PhraseHit], listed: Iterable[PhraseHit] = ()) -> list[PhraseHit]:
    """``hits`` less those a negation takes back: one right before the
    phrase or the list it stands in ("Målgruppa er ikkje ungdom",
    "Tiltaket er ikke rettet mot barnefamilier eller innvandrere", "Vi har
    ikke søkt om midler til arbeid med løslatte eller andre sårbare
    overganger"; vocabulary ``areas.area_negation``), in the phrase's own
    clause, or right after the list ("… innvandrere er ikke målgruppen",
    ``areas.area_negation_after``); a phrase inside a longer one ("fra
    institusjon" in "overganger fra institusjon") by the longer one's
    negation. A negation further off negates something else ("familier som
    ikke har tilknytning til ordinært arbeidsliv"), and "ikke bare ungdom"
    is no negation of youth. ``listed`` are more phrases a list may hold:
    an area's core words ("sårbare overganger") stand in a list with its
    other phrases ("løslatte eller andre sårbare overganger")."""
    items = [*hits, *listed]
    starts = {h.end: h.start for h in sorted(items, key=lambda h: -h.start)}
    ends = {h.start: h.end for h in sorted(items, key=lambda h: h.end)}
    words = area_words()
    kept = []
    for hit in hits:
        start = min((h.start for h in hits if h.start <= hit.start < h.end), default=hit.start)
        end = max((h.end for h in hits if h.start < hit.end <= h.end), default=hit.end)
        while (joined := _JOINED.search(text, max(0, start - _NEGATION_REACH), start)) \
                and joined.start() in starts and starts[joined.start()] < joined.start():
            start = starts[joined.start()]
        while (ahead := _JOINED_AHEAD.match(text, end)) and ahead.end() in ends and ends[ahead.end()] > ahead.end():
            end = ends[ahead.end()]
        before = fold(_CLAUSE_BEFORE.split(text[max(0, start - _NEGATION_REACH):start].rsplit("\n", 1)[-1])[-1])
        after = fold(text[end:end + _NEGATION_REACH].split("\n", 1)[0])
        if not (words.negation_before.search(before) or words.negation_after.search(after)):
            kept.append(hit)
    return kept


def context_kind(hit: PhraseHit) -> str | None:
    """"target_groups" or "means" when the phrase's whole text is one of
    those (vocabulary ``areas.target_groups``, ``areas.means``); None for a
    phrase that names its area."""
    return next((c.key for c in area_words().context.find(hit.text) if c.start == 0 and c.end == len(hit.text)),
                None)


def names_area(hit: PhraseHit) -> bool:
    return context_kind(hit) is None


def core_phrases(scheme: Scheme, ocr: bool = False) -> PhraseSet:
    """Each area's name less its verbal noun ("ordinært arbeidsliv" of "Bruk
    av ordinært arbeidsliv", "sårbare overganger" of "Sikring av …"): the
    words a letter states the area in ("skal sikre disse sårbare
    overgangene"). Areas whose name has no "… av" have none."""
    groups = []
    for area in scheme.priority_areas:
        cores = [m.group(1) for name in (area.label_nb, area.label_nn)
                 if (m := re.match(r"\S+ av (.+)", name.strip(), re.IGNORECASE))]
        if cores:
            groups.append((area.id, as_ocr_reads(dict.fromkeys(cores), ocr)))
    return phrase_set(tuple(groups))


_CLAUSE_END = re.compile(r"[.!?:()]|\n(?![a-zæøå(])|\s[–—-]\s|,\s*(?:og|men|samt|eller)\s")
"""Where a clause ends: a sentence's punctuation, a colon, a bracket, a line that
does not go on in lower case, a dash between spaces, or a comma before a
conjunction ("…fra skole til arbeid, og skal sikre sårbare overganger");
not a semicolon, which lists areas in one statement ("Prioritert område:
oppfølging av ungdom; sikring av sårbare overgangar")."""


def clauses(text: str, hits: Iterable[PhraseHit]) -> list[tuple[int, int]]:
    """(start, end) of the clause each hit stands in."""
    ends = [m.span() for m in _CLAUSE_END.finditer(text)]
    return [(max((e for s, e in ends if e <= hit.start), default=0),
             min((s for s, e in ends if s >= hit.end), default=len(text))) for hit in hits]


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n(?![a-zæøå(])")
"""A sentence's end: its punctuation, or a line that does not go on in lower case."""
_GROUP_WORD = re.compile(r"[a-zæøå]{4,}")
_STEM = 5
"""Letters of a group's word another sentence names it again by ("famil" of
"familiar" in "familien", "familiekoordinator")."""


def background(text: str, hit: PhraseHit) -> bool:
    """Whether a target group stands in a sentence that counts people and
    says nothing of the project ("Kongsberg har et arbeidsmarked …,
    samtidig som mange unge voksne står utenfor"; vocabulary
    ``areas.population``, ``areas.aim``), and no sentence that speaks of
    the project names the group again: the office describes whom it meets,
    and chooses no area by it. "Prosjektet skal gi mange unge voksne tett
    oppfølging" states the aim, and "Mange familiar med barn har låg
    inntekt" before "ein familiekoordinator følgjer heile familien" is whom
    the project is for."""
    words = area_words()
    (start, _), = clauses(text, [hit])
    if not words.population.search(fold(text[start:hit.start])):
        return False
    ends = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    about_project = [(a, b, s) for a, b in zip(ends, ends[1:]) if words.aim.search(s := fold(text[a:b]))]
    if any(a <= hit.start < b for a, b, _ in about_project):
        return False
    stems = {w[:_STEM] for w in _GROUP_WORD.findall(fold(hit.text))}
    return not any(w[:_STEM] in stems for _, _, s in about_project for w in _GROUP_WORD.findall(s))


def stated_by_verb(text: str, hits: list[PhraseHit], scheme: Scheme) -> list[PhraseHit]:
    """The hits whose clause, before them, has the verb of their area's
    verbal noun (vocabulary ``areas.statement_verbs``: "følge opp" for
    "Oppfølging av barnefamilier, …") and a word that adds it to another
    (``areas.additive``): "prosjektet skal nå også følge opp foreldre i
    familier med barn" states the area as its name would. Never a means
    ("følge opp arbeidsgiverne")."""
    words = area_words()
    nouns = {a.id: [fold(name).split(" ", 1)[0] for name in (a.label_nb, a.label_nn)] for a in scheme.priority_areas}
    stated = []
    for hit, (start, _) in zip(hits, clauses(text, hits)):
        patterns = [words.statement_verbs[noun] for noun in nouns.get(hit.key, []) if noun in words.statement_verbs]
        lead = fold(text[start:hit.start])
        if patterns and context_kind(hit) != "means" and words.additive.compiled.search(lead) \
                and any(p.compiled.search(lead) for p in patterns):
            stated.append(hit)
    return stated


_GOVERNING_WORDS = 3
"""Words a means may stand after the verb governing it ("bruke lokale
arbeidsgjevarar", "benytte flere lokale bedrifter")."""


def governed_means(text: str, hits: list[PhraseHit], scheme: Scheme) -> list[PhraseHit]:
    """The means among ``hits`` that the verb of their area's verbal noun
    governs, right before them (vocabulary ``areas.statement_verbs``: "bruke
    lokale arbeidsgjevarar som læringsarena" for "Bruk av ordinært
    arbeidsliv"), in a sentence about what the project will do
    (``areas.aim``): the project uses the area's means, which states the
    area. Employers the office only mentions ("samarbeider med
    arbeidsgivere") or follows up ("følge opp arbeidsgivere") state nothing."""
    words = area_words()
    nouns = {a.id: [fold(name).split(" ", 1)[0] for name in (a.label_nb, a.label_nn)] for a in scheme.priority_areas}
    found = []
    for hit in hits:
        patterns = [words.statement_verbs[noun] for noun in nouns.get(hit.key, []) if noun in words.statement_verbs]
        if context_kind(hit) != "means" or not patterns:
            continue
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, hit.start)), default=0)
        lead = fold(text[start:hit.start]).split()
        near = " ".join(lead[-(_GOVERNING_WORDS + 1):])
        if any(p.compiled.search(near) for p in patterns) and words.aim.search(" ".join(lead)):
            found.append(hit)
    return found


_RELATIVE = re.compile(r"(?:\s+[\wæøå–-]+){0,5}?\s+som\s", re.IGNORECASE)
"""A relative clause right after a target group, past a few words that
narrow it ("ungdom mellom 16 og 24 år som …")."""
_FOR = re.compile(r"(?<!\w)for\s+(?:(?:de|dei|disse|desse|alle)\s+)?\Z", re.IGNORECASE)
"""A target group as whom something is for ("som springbrett for unge …")."""
_RELATIVE_REACH = 5
"""Words after "som" before another area's phrase at most: further on
("unge vaksne som har falle ut av arbeid og utdanning til å kome i jobb i
vanlege verksemder") the sentence may have left the relative clause, whose
end is not read."""


def defined_by_other_area(text: str, hits: list[PhraseHit], scheme: Scheme) -> list[PhraseHit]:
    """The target groups among ``hits`` that a relative clause right after
    them defines by another area's phrase within its first words ("unge
    voksne som løslates fra fengsel", "ungdom som går frå vidaregåande
    skule til arbeid"), or that another area's phrase before it in its
    clause is for ("skal bruke det ordinære arbeidslivet som springbrett
    for unge sosialhjelpsmottakere"): whom that area's project serves, no
    area of their own. A group whose clause gives it its own area's work, by the verb or
    the verbal noun of the area's name ("skal følge opp ungdom som går ut
    av skolen", "gi unge mellom 18 og 29 år som mottar sosialhjelp tett
    oppfølging mot ordinært arbeidsliv"), chooses its area all the same:
    where the relative clause ends is not read."""
    words = area_words()
    nouns = {a.id: [fold(name).split(" ", 1)[0] for name in (a.label_nb, a.label_nn)] for a in scheme.priority_areas}
    found = []
    for hit, (start, end) in zip(hits, clauses(text, hits)):
        if context_kind(hit) != "target_groups":
            continue
        relative = _RELATIVE.match(text, hit.end)
        defined = relative is not None and relative.end() <= end and any(
            h.key != hit.key and names_area(h) and relative.end() <= h.start and h.end <= end
            and len(text[relative.end():h.start].split()) <= _RELATIVE_REACH for h in hits)
        served = _FOR.search(text, start, hit.start) is not None and any(
            h.key != hit.key and names_area(h) and start <= h.start and h.end <= hit.start for h in hits)
        if defined or served:
            clause = fold(text[start:hit.start] + " " + text[hit.end:end])
            verbs = [words.statement_verbs[n] for n in nouns.get(hit.key, []) if n in words.statement_verbs]
            if not any(v.compiled.search(clause) for v in verbs) \
                    and not any(re.search(rf"(?<!\w){re.escape(n)}", clause) for n in nouns.get(hit.key, [])):
                found.append(hit)
    return found


def within(hit: PhraseHit, spans: list[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


def target_group_clauses(text: str, hits: list[PhraseHit]) -> list[tuple[int, int]]:
    """The clauses that state whom the project serves ("Tiltaket rettar seg
    mot ungdom mellom 16 og 24 år", "Målgruppa er unge foreldre"; vocabulary
    ``areas.target_statements``) and name no other area: youth "som går fra
    skole til arbeid" or "som løslates fra fengsel" are that area's target
    group. ``hits`` are the text's area phrases. A statement that is a label
    ("Målgruppe: ungdom mellom 16 og 24 år", a form's "Målgruppe" cell over
    its answer) goes on in the clause after it, as "Målgruppen er …" does in
    its own."""
    found = [_past_label(text, c) for c in clauses(text, area_words().target_statements.find(text))]
    return [c for c in found if len({h.key for h in hits if within(h, [c])}) <= 1]


_LABEL_WORDS = 3
"""Words of a label alone on its line ("Målgruppe for tiltaket")."""


def _past_label(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """``clause`` run on to the end of the next clause when it closes with a
    colon or is a short label ending its line; else ``clause``."""
    start, end = clause
    label = text[end:end + 1] == ":" or (text[end:end + 1] == "\n" and len(text[start:end].split()) <= _LABEL_WORDS)
    if not label:
        return clause
    after = end + 1 + len(text[end + 1:]) - len(text[end + 1:].lstrip())
    found = _CLAUSE_END.search(text, after)
    return start, found.start() if found else len(text)
