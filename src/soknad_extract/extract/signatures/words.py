"""The signature vocabulary (``schemas/vocabulary/signatures.toml``), compiled.

The file holds the words; this module holds only the shapes around them that
are formats, not words: a note in brackets or a colon after a label, "one to
three words" before "kommune" in a heading, a title repair keeping the case
the document wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...vocabulary import Entry, VocabularyError, Wordings, vocabulary_key

_LABEL_END = r"\s*:\s*"
"""A label ends at its colon."""


@dataclass(frozen=True)
class TitleRepair:
    """A misread title word and the word as it is written."""

    pattern: re.Pattern[str]
    written: str

    def apply(self, phrase: str) -> str:
        """Replace the misread letters only, keeping the case of the rest
        ("NAV-teder" → "NAV-leder", "Radmann" → "Rådmann")."""
        def fix(m: re.Match[str]) -> str:
            seen = m.group(0)
            tail = self.written[-len(seen):]
            return "".join(w if s.lower() != w.lower() else s for s, w in zip(seen, tail))
        return self.pattern.sub(fix, phrase)


@dataclass(frozen=True)
class SignatureWords:
    opener: Wordings
    signing_line: Wordings
    stop: Wordings
    approval: Wordings
    signer_list: re.Pattern[str]
    signer_list_inner: re.Pattern[str]
    """The same labels inside a sentence ("Dokumentet er elektronisk godkjent av …")."""
    list_joins: frozenset[str]
    roles: list[tuple[str, bool, re.Pattern[str]]]
    sector_start: tuple[str, ...]
    """How titles that name a sector after them begin ("kommunal", "sektor")."""
    sector_joins: frozenset[str]
    sector_stops: frozenset[str]
    sector_list_ends: frozenset[str]
    """The words that close a sector's enumeration ("helse, omsorg og velferd")."""
    repairs: list[TitleRepair]
    name_label: re.Pattern[str]
    inner_name_label: re.Pattern[str]
    dashed_name_label: re.Pattern[str]
    """A signature line's caption naming the signer after a dash ("Underskrift – Kari Moe")."""
    title_label: re.Pattern[str]
    signed_mark: re.Pattern[str]
    name_prefix_mark: re.Pattern[str]
    signed_prefix_mark: re.Pattern[str]
    """"Sign.:" before a typed name that stands for the signer's pen."""
    name_suffix_mark: re.Pattern[str]
    """"e.f." after the name of one who signs on another's behalf."""
    behalf_before_title: re.Pattern[str]
    """"for" between a deputy's name and the title signed for ("Tor Berg for Nav-leder")."""
    sentence_verbs: frozenset[str]
    """Verbs that make a line naming a title a sentence, not a title line."""
    never_names: frozenset[str]
    date_leads: frozenset[str]
    """Small words before a signer's date in a sentence ("den 27.01.2020")."""
    other_dates: Wordings
    place_date: Wordings
    """Labels of the line for the place and date of signing ("Sted og dato:")."""
    signed_for: tuple[tuple[str, re.Pattern[str]], ...]
    """(role, heading pattern): "For kommunedirektøren …" signs in that role."""
    approver_first: Wordings
    """The verb phrase after an approver named as the subject ("… har godkjent søknaden elektronisk")."""
    approved_after_name: Wordings
    """The approval after a labelled approver's name ("Nav-leder: Kari Moe, godkjent 22.01.2020")."""
    field_note_words: frozenset[str]
    """Words of a role label's note on what to type under it ("(navn, dato)")."""
    field_note_names: frozenset[str]
    """The name words among them."""
    approval_not_done: frozenset[str]
    """Words just before an approval phrase that say it has not happened ("vil bli", "ikke")."""
    both_roles: frozenset[str]
    """What joins the two titles of one signer in both roles ("Nav-leder og kommunalsjef")."""
    letter_date_labels: frozenset[str]
    """Labels of a letter's date in its head ("Dato:", "Vår dato:")."""
    signer_date_labels: frozenset[str]
    """Labels of a date after a signer's role and name on one line ("… Dato:")."""
    certificate_not_person: frozenset[str]
    """Words of a certificate's name that make it no person's ("test", "AS")."""
    signed_by: Wordings
    """A sentence's words before the signers it names ("… er underskrevet av")."""
    channel: Wordings
    """The channel an approval came by ("per e-post", "i sakssystemet")."""
    party: re.Pattern[str]
    """A party named alone, as a heading names it after "For" ("Nav Rendalen", "Rendalen kommune"), folded."""


def signature_words() -> SignatureWords:
    """The vocabulary of the folder in use, compiled once per folder."""
    return _compile(vocabulary_key())


@lru_cache(maxsize=4)
def _compile(folder: str) -> SignatureWords:
    entry = Entry("signatures", Path(folder))
    note = (r"(?:\s*\([^)]{1,40}\)|\s+(?:" + entry.table("name_label_notes").wordings().pattern + "))?")
    exact = entry.table("name_labels").wordings(hyphen_in_words=True)
    open_ = entry.table("name_labels_open").wordings(hyphen_in_words=True)
    sector = entry.table("sector")
    return SignatureWords(
        opener=entry.table("openers").wordings(hyphen_in_words=True),
        signing_line=entry.table("signing_lines").wordings(hyphen_in_words=True),
        stop=entry.table("stops").wordings(),
        approval=_with_channels(entry, "approval", "done", _UP_TO_FIVE),
        signer_list=re.compile(r"^(?:" + entry.table("signer_lists").wordings(hyphen_in_words=True).pattern
                               + r")(?:\s*:\s*|\s+)", re.IGNORECASE),
        signer_list_inner=re.compile(r"(?<![\w-])(?:" + entry.table("signer_lists").wordings(
            hyphen_in_words=True).pattern + r")(?:\s*:\s*|\s+)", re.IGNORECASE),
        list_joins=frozenset(entry.table("signer_lists").strings("joins")),
        roles=_roles(entry),
        sector_start=tuple(sector.strings("title_starts")),
        sector_joins=frozenset(sector.strings("joins")),
        sector_stops=frozenset(sector.strings("stops")),
        sector_list_ends=frozenset(sector.strings("list_ends")),
        repairs=[_repair(r) for r in entry.tables("title_repair")],
        name_label=re.compile(f"^(?:(?:{exact.pattern})|(?:{open_.pattern})[^:]*){note}{_LABEL_END}", re.IGNORECASE),
        inner_name_label=re.compile(
            f"(?:{entry.table('inner_name_labels').wordings(hyphen_in_words=True).pattern}){note}{_LABEL_END}",
            re.IGNORECASE),
        dashed_name_label=re.compile(
            f"^(?:{entry.table('dashed_name_labels').wordings().pattern})\\s+[–—-]\\s+", re.IGNORECASE),
        title_label=re.compile(f"^(?:{entry.table('title_labels').wordings().pattern}){note}{_LABEL_END}",
                               re.IGNORECASE),
        signed_mark=re.compile(r"\s*[\(\[]?\s*(?:" + entry.table("signed_marks").wordings().pattern
                               + r")\s*[\)\]]?\s*$", re.IGNORECASE),
        name_prefix_mark=re.compile(r"^(?:" + entry.table("name_prefix_marks").wordings().pattern + r")\s*",
                                    re.IGNORECASE),
        signed_prefix_mark=re.compile(r"^[\(\[]?\s*(?:" + entry.table("signed_prefix_marks").wordings().pattern
                                      + r")\s*[\)\]]?\s*:?\s+", re.IGNORECASE),
        name_suffix_mark=re.compile(r"\s*[\(\[]?\s*(?:" + entry.table("name_suffix_marks").wordings().pattern
                                    + r")\s*[\)\]]?\s*$", re.IGNORECASE),
        behalf_before_title=re.compile(r"\s+(?:" + entry.table("on_behalf").wordings().pattern + r")\s*$",
                                       re.IGNORECASE),
        sentence_verbs=entry.table("sentence_verbs").words(),
        never_names=entry.table("never_names").words(),
        date_leads=entry.table("date_leads").words(),
        other_dates=entry.table("other_dates").wordings(),
        place_date=entry.table("place_date_labels").wordings(),
        signed_for=tuple((t.text("role"), re.compile("^(?:" + t.wordings(hyphen_in_words=True).pattern + ")"))
                         for t in entry.tables("signed_for")),
        approver_first=_with_channels(entry, "approver_first", "approver_first", "", re.IGNORECASE),
        approved_after_name=_with_channels(entry, "approved_after_name", "after_name", "", re.IGNORECASE),
        field_note_words=entry.table("field_notes").words(),
        field_note_names=frozenset(w.casefold() for w in entry.table("field_notes").strings("names")),
        approval_not_done=entry.table("approval_not_done").words(),
        both_roles=entry.table("both_roles").words(),
        letter_date_labels=entry.table("letter_date_labels").words(),
        signer_date_labels=entry.table("signer_date_labels").words(),
        certificate_not_person=entry.table("certificate_not_person").words(),
        signed_by=entry.table("signed_by").wordings(re.IGNORECASE),
        channel=entry.table("approval_channels").wordings(re.IGNORECASE, hyphen_in_words=True),
        party=_party(entry),
    )


_UP_TO_FIVE = "{*} {*} {*} {*} {*}"
"""Up to five words between an approval's participle and its channel, none
ending a clause ("godkjent av rådmann Ivar Dale per e-post")."""


def _with_channels(entry: Entry, key: str, heads: str, between: str, flags: int = 0) -> Wordings:
    """The wordings of ``key``, and each of ``approval_channels``' ``heads``
    followed by each channel: the same statement, with the channel the
    approval came by where the others say "elektronisk"."""
    channels = entry.table("approval_channels")
    stated = [f"{head} {between} {channel}".replace("  ", " ") + ("*" if key == "approval" else "")
              for head in channels.strings(heads) for channel in channels.both()]
    table = entry.table(key)
    return Entry(entry.name, entry.folder, {"nb": table.both() + stated, "nn": []}, table.key).wordings(flags)


def _roles(entry: Entry) -> list[tuple[str, bool, re.Pattern[str]]]:
    """(role, titled, pattern) per role entry, in the file's order. A heading
    "For <party>" is one more alternative of its entry, tried after its wordings."""
    on_behalf = r"^(?:" + entry.table("on_behalf").wordings().pattern + r")\s+"
    roles = []
    for role in entry.tables("role"):
        name = role.text("role")
        if name not in ("nav_leader", "municipality"):
            raise VocabularyError(f"{role.path}: {role.key}.role: '{name}' is not nav_leader or municipality")
        parts = [role.wordings(hyphen_in_words=True).pattern] if role.both() else []
        if "party_starts" in role.data:
            parts.append(on_behalf + "(?:" + role.wordings(key="party_starts").pattern + ")[^:]*$")
        if "party_ends" in role.data:
            parts.append(on_behalf + r"(?:[\w.-]+\s+){1,3}(?:" + role.wordings(key="party_ends").pattern + ")$")
        if not parts:
            raise VocabularyError(f"{role.path}: {role.key}: no wordings and no party")
        roles.append((name, role.flag("titled", False), re.compile("|".join(parts))))
    return roles


def _party(entry: Entry) -> re.Pattern[str]:
    """The parties of the role entries' headings without the "For" before
    them: the employer written after a signer's title ("…, Rendalen kommune")."""
    parts = []
    for role in entry.tables("role"):
        if "party_starts" in role.data:
            parts.append("(?:" + role.wordings(key="party_starts").pattern + r")\s[^:]*$")
        if "party_ends" in role.data:
            parts.append(r"(?:[\w.-]+\s+){1,3}(?:" + role.wordings(key="party_ends").pattern + ")$")
    return re.compile("|".join(parts) or r"(?!)")


def _repair(entry: Entry) -> TitleRepair:
    written = entry.text("written")
    alternatives = []
    for misread in entry.strings("misread"):
        if len(misread) != len(written) or misread.startswith("*") != written.startswith("*"):
            raise VocabularyError(f"{entry.path}: {entry.key}.misread: '{misread}' and '{written}' "
                                  "must have the same length and the same leading '*'")
        inside = misread.startswith("*")
        letters = misread.lstrip("*")
        any_case = entry.flag("ignore_case", False)
        core = "".join(f"[{re.escape(m.lower())}{re.escape(m.upper())}]" if m == w or any_case else re.escape(m)
                       for m, w in zip(letters, written.lstrip("*")))
        alternatives.append(("" if inside else r"\b") + core + r"\b")
    return TitleRepair(re.compile("|".join(alternatives)), written.lstrip("*"))
