"""Announcements (schemes) as data: loading, validating and choosing one.

Each yearly announcement is one TOML file under ``schemas/schemes/``; adding
next year's needs no code. Files are validated on load, so a typo in a
scheme fails loudly at start-up instead of silently changing a verdict.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from soknad_extract import norwegian, vocabulary
from soknad_extract.messages import CodedError

SCHEMES_ENV = "SOKNAD_EXTRACT_SCHEMES"
"""Environment variable naming an extra folder of scheme files (e.g. a county's own)."""


class SchemeError(CodedError):
    """A scheme file is invalid or an unknown scheme id was asked for; worded
    from the catalogue (``message(lang)``), since the clerk who installed a
    county's scheme folder reads it."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PhraseGroup(_Strict):
    phrases_nb: list[str] = Field(default_factory=list)
    phrases_nn: list[str] = Field(default_factory=list)

    @property
    def phrases(self) -> list[str]:
        return list(dict.fromkeys(self.phrases_nb + self.phrases_nn))


class PriorityArea(PhraseGroup):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    label_nb: str
    label_nn: str
    label_en: str | None = None

    def label(self, lang: str = "nb") -> str:
        """The area's name for a report in ``lang`` (Bokmål when no English is given)."""
        return (self.label_en or self.label_nb) if lang == "en" else self.label_nb


class Exclusion(PhraseGroup):
    code: Literal[
        "EXCLUDED_CAPACITY_ONLY", "EXCLUDED_EXISTING_METHOD", "EXCLUDED_0_24_PROGRAM"
    ] | None = None
    counter_phrases_nb: list[str] = Field(default_factory=list)
    counter_phrases_nn: list[str] = Field(default_factory=list)

    @property
    def counter_phrases(self) -> list[str]:
        return list(dict.fromkeys(self.counter_phrases_nb + self.counter_phrases_nn))


_EXCLUSION_CODES = {
    "capacity_only": "EXCLUDED_CAPACITY_ONLY",
    "existing_method": "EXCLUDED_EXISTING_METHOD",
    "program_0_24": "EXCLUDED_0_24_PROGRAM",
}


class Caps(_Strict):
    per_position: int | None = Field(default=None, gt=0)
    """NOK per 100 % position (salary and social costs)."""
    competence: int | None = Field(default=None, gt=0)
    """NOK per project for project-specific competence."""


class Scheme(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    family: str
    year: int = Field(ge=2000, le=2100)
    title: str
    title_nn: str
    deadline: date | None = None
    announced: date | None = None
    fallback: bool = False
    applicant: Literal["nav_office", "municipality"]
    required_signatures: list[Literal["nav_leader", "municipality"]]
    max_years: int | None = None
    positions_only: bool = False
    asks_interest: bool = False
    sources: list[str] = Field(default_factory=list)
    markers: list[str] = Field(default_factory=list)
    caps: Caps = Field(default_factory=Caps)
    priority_areas: list[PriorityArea] = Field(default_factory=list)
    exclusions: dict[str, Exclusion] = Field(default_factory=dict)
    announcement: list[str] = Field(default_factory=list)
    """The announcement's own sentences, which forms reproduce: text that
    repeats them is the form's, never the applicant's answer. The year's
    wording lives here; the wording every form shares is
    ``schemas/vocabulary/form_text.toml``; ``extract.form_text`` reads both."""

    @model_validator(mode="after")
    def _exclusions_have_codes(self) -> Scheme:
        for key, exclusion in self.exclusions.items():
            if exclusion.code is None and key not in _EXCLUSION_CODES:
                raise ValueError(f"exclusion '{key}' needs a 'code' (one of {sorted(_EXCLUSION_CODES.values())})")
        ids = [a.id for a in self.priority_areas]
        if len(ids) != len(set(ids)):
            raise ValueError("priority area ids must be unique")
        return self

    def exclusion_code(self, key: str) -> str:
        return self.exclusions[key].code or _EXCLUSION_CODES[key]

    def area(self, area_id: str) -> PriorityArea:
        return next(a for a in self.priority_areas if a.id == area_id)


def scheme_dirs() -> list[Path]:
    """Where scheme files live: the repository's ``schemas/schemes`` when
    running from a checkout, the copy packed into the wheel otherwise, and an
    extra folder from ``SOKNAD_EXTRACT_SCHEMES``."""
    found = [_packaged_dir()]
    extra = os.environ.get(SCHEMES_ENV)
    if extra:
        found.append(Path(extra))
    return found


@lru_cache(maxsize=1)
def _packaged_dir() -> Path:
    """The checkout's or the wheel's folder, looked up once a process (as
    ``vocabulary`` looks up its own): every document asks for the schemes
    several times, and resolving this file's path reads the file system."""
    here = Path(__file__).resolve().parent
    candidates = [here.parents[1] / "schemas" / "schemes", here / "_schemas" / "schemes"]
    return next((c for c in candidates if c.is_dir()), candidates[0])


def _load_file(path: Path) -> Scheme:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        scheme = Scheme.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'fil'}: {e['msg']}" for e in exc.errors())
        raise SchemeError("scheme_file_invalid", path=path, problem=problems) from exc
    except (tomllib.TOMLDecodeError, OSError) as exc:
        raise SchemeError("scheme_file_invalid", path=path, problem=exc) from exc
    if scheme.id != path.stem:
        raise SchemeError("scheme_file_id", name=path.name, id=scheme.id)
    return scheme


@lru_cache(maxsize=1)
def _load_all(dirs: tuple[Path, ...]) -> dict[str, Scheme]:
    schemes: dict[str, Scheme] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.toml")):
            scheme = _load_file(path)
            schemes[scheme.id] = scheme
    if not schemes:
        raise SchemeError("scheme_files_none", folders=", ".join(map(str, dirs)))
    return schemes


def load_schemes() -> dict[str, Scheme]:
    return _load_all(tuple(scheme_dirs()))


def list_schemes() -> list[Scheme]:
    return sorted(load_schemes().values(), key=lambda s: (s.family, s.year))


def get_scheme(scheme_id: str) -> Scheme:
    schemes = load_schemes()
    if scheme_id not in schemes:
        known = ", ".join(sorted(schemes))
        raise SchemeError("unknown_scheme", scheme=scheme_id, known=known)
    return schemes[scheme_id]


def default_scheme() -> Scheme:
    """The newest scheme that may be assumed when a document names no year."""
    fallbacks = [s for s in load_schemes().values() if s.fallback]
    return max(fallbacks or load_schemes().values(), key=lambda s: (s.year, s.id))


@dataclass(frozen=True)
class SchemeChoice:
    scheme: Scheme
    assumed: bool
    reason: str


@dataclass(frozen=True)
class _YearCues:
    """Where a year names the round (``documents.toml``): after a deadline
    word, after a word of the grant or round, before one. The year's shape
    and the reach between word and year are the format and stay here."""

    deadline: re.Pattern[str]
    after_word: re.Pattern[str]
    before_word: re.Pattern[str]
    stated: re.Pattern[str]
    earlier: vocabulary.Wordings
    announcement: vocabulary.Wordings


@lru_cache(maxsize=4)
def _year_cues(folder: Path) -> _YearCues:
    entry = vocabulary.Entry("documents", folder)
    deadline = entry.table("deadline_words").wordings().pattern
    round_words = entry.table("round_words").wordings().pattern
    after_year = entry.table("round_words_after_year").wordings().pattern
    stated = entry.table("stated_year_words").wordings().pattern
    return _YearCues(
        deadline=re.compile(rf"(?:{deadline})[^.\n]{{0,40}}?\b(20\d\d)\b"),
        after_word=re.compile(rf"(?:{round_words})[^.\n]{{0,60}}?\b(20\d\d)\b"),
        before_word=re.compile(rf"\b(20\d\d)\s*[-–:]?\s*(?:{after_year})"),
        stated=re.compile(rf"(?:{stated})[\s:]{{0,4}}(20\d\d)\b"),
        earlier=entry.table("earlier_grant_words").wordings(),
        announcement=entry.table("announcement_words").wordings(),
    )


def _earlier_grant(folded: str, at: int, cues: _YearCues) -> bool:
    """The year at ``at`` is an earlier grant's: a word of ``earlier`` stands
    among the few words before it, in its clause ("fekk i 2018 og 2019 tilskot").
    A year further on in the sentence ("fikk tilskudd i 2019 og søker nå om
    tilskudd for 2020") is out of its reach. What was received may be the
    round's announcement ("har mottatt utlysningen av tilskudd for 2020"):
    then the year is the round's."""
    clause = re.split(r"[.,;:!?]", folded[max(0, at - 80):at])[-1]
    near = " ".join(clause.split()[-6:])
    earlier = list(cues.earlier.finditer(near))
    return bool(earlier) and not cues.announcement.search(near[earlier[-1].end():])


def _year_votes(text: str) -> dict[int, float]:
    """Weigh the years a document points to: its deadline most, a year named
    with the grant next (but an earlier grant's year, which a continuation's
    background names), and every date it carries a little (an application
    written from October on is for next year's round; a start date in
    August belongs to the year it names)."""
    folded = norwegian.fold(text)
    votes: dict[int, float] = {}

    def vote(year: int, weight: float) -> None:
        votes[year] = votes.get(year, 0.0) + weight

    cues = _year_cues(vocabulary.vocabulary_dir())
    for pattern, weight in ((cues.deadline, 5), (cues.after_word, 3), (cues.before_word, 3)):
        for match in pattern.finditer(folded):
            if not _earlier_grant(folded, match.start(1), cues):
                vote(int(match.group(1)), weight)
    for year in _dated_rounds(text):
        vote(year, 1)
    return votes


def _dated_rounds(text: str) -> list[int]:
    """The round each date of the document points to: an application written
    from October on is for next year's round."""
    return [day.year + 1 if day.month >= 10 else day.year for day in (m.value for m in norwegian.find_dates(text))]


def _stated_year(text: str) -> int | None:
    """The one year the application says it is for ("Søknaden gjelder år:
    2020"), the year right after the words (a label's answer in the next
    cell); None when it states none, or more than one."""
    cues = _year_cues(vocabulary.vocabulary_dir())
    years = {int(m.group(1)) for m in cues.stated.finditer(norwegian.fold(text))}
    return years.pop() if len(years) == 1 else None


def _family_of(text: str, schemes: list[Scheme]) -> str | None:
    folded = norwegian.fold(text)
    for scheme in schemes:
        if scheme.markers and _markers(tuple(scheme.markers)).search(folded):
            return scheme.family
    return None


@lru_cache(maxsize=64)
def _markers(markers: tuple[str, ...]) -> re.Pattern[str]:
    """A scheme's marker words as one pattern, compiled once: it finds a
    match wherever one of the words' own patterns (``\\b`` and the word
    without its ``*``) would."""
    return re.compile(r"\b(?:" + "|".join(re.escape(m.rstrip("*")) for m in markers) + ")")


def choose_scheme(text: str, override: str | None = None) -> SchemeChoice:
    """Pick the announcement a document answers: the family from its marker
    words (the Nav grant unless another family's markers appear), then the
    year it points to most. A year the application states it is for, later
    than the year the form points to most and borne out by a date of the
    document, decides: the clerk checks last year's form, filled in for
    this year, against this year's announcement.
    Without a year, the newest fallback is assumed."""
    if override:
        return SchemeChoice(get_scheme(override), False, "override")
    schemes = list(load_schemes().values())
    family = _family_of(text, schemes) or default_scheme().family
    in_family = {s.year: s for s in schemes if s.family == family}
    votes = {year: weight for year, weight in _year_votes(text).items() if year in in_family}
    year = max(votes, key=lambda y: (votes[y], y)) if votes else None
    stated = _stated_year(text)
    if stated in in_family and (year is None or (stated > year and stated in _dated_rounds(text))):
        # Last year's form reused: its printed deadline and title name the
        # year it was made for, the applicant's answer (and its dates: signed,
        # starting in that round) the year it asks for.
        return SchemeChoice(in_family[stated], False, f"year {stated} stated")
    if year is not None:
        return SchemeChoice(in_family[year], False, f"year {year}")
    newest = max(in_family.values(), key=lambda s: s.year)
    if family != default_scheme().family:
        return SchemeChoice(newest, False, f"family {family}")
    return SchemeChoice(default_scheme(), True, "no year in the document")
