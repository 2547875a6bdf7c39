"""Signers listed on one line: approval lists and name-title pairs side by side.

An electronic approval names its signers after a label, one a line or
several on one ("Godkjend av: Kari Moen, Leiar NAV Fjaler (2020-01-15)",
"Godkjent av: Kari Nordmann (Nav-leder) og Ola Hansen (rådmann)"). A line
without such a label may still hold two signers written one after the other
("Kari Nordmann, Nav-leder, og Ola Hansen, rådmann"). Geometry cannot split
these: the words of one line belong to several people. The line is cut into
parts at commas, brackets, spaced dashes and the joining words of the
vocabulary; each person's name starts a signer, and the title and date after
it (or a title just before it) are that signer's.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ...norwegian import fold, normalize_space
from ...layout.fragments import Fragment, adjacent
from ...layout.geometry import x_overlap
from .approver import approver_first
from .labeltitle import awaits_name
from .approval_words import list_label, says_approval_done, undated_list_label
from .wording import full_dates, in_sentence, is_name_token, name_before_date, person_name, roles_in
from .words import signature_words

_PARTS = re.compile(r"\s*(?:[,;()\[\]]|\s[–—-]\s)\s*")
"""Where one part of a listed signer ends: a comma, a bracket, a spaced dash."""
_HYPHEN_END = re.compile(r"\w-$")
"""A line broken at the hyphen of a compound ("Nav-" over "leiar")."""
_MAX_WRAPPED = 2
"""Lines a list line may wrap onto."""


@dataclass
class Listed:
    """One signer named on a list line."""

    name: str | None = None
    role: str | None = None
    title: str | None = None
    date: datetime.date | None = None


def signer_lines(members: list[Fragment]) -> list[tuple[list[Fragment], list[Listed]]]:
    """Each line that lists signers, with the lines it wrapped onto, and the
    signers it names. A list line too long for its column goes on below it
    ("Godkjent av: Knut Hjelle, Kommunalsjef for helse" / "og velferd
    (31/1-2020)"): a line just below, names no one and no new list, nor
    states an approval of its own ("Elektronisk godkjent 27.01.2020 – Per
    Berg, rådmann" under the line of the first approver)."""
    found = []
    taken: set[int] = set()
    for i, f in enumerate(members):
        if f.order in taken:
            continue
        lines = [f]
        for g in _below_in_column(f, members[i + 1:])[:_MAX_WRAPPED]:
            if (not adjacent(lines[-1], g) or g.box[1] < lines[-1].box[1]
                    or list_label(undated_list_label(g.text)) or _caption(g.text) or approver_first(g.text)
                    or (person_name(g.text, ocr=g.ocr) and not _wants_a_name(lines))):
                break
            lines.append(g)
        signers = listed_signers(_joined([line.text for line in lines]))
        if signers is None and len(lines) > 1:
            lines, signers = [f], listed_signers(f.text)
        if signers is not None and _heading_over(lines, signers):
            continue
        if signers is not None:
            taken.update(line.order for line in lines)
            found.append((lines, signers))
    return found


def _heading_over(lines: list[Fragment], signers: list[Listed]) -> bool:
    """The first line is a heading over the list ("Godkjenning" over "Søknaden
    er elektronisk godkjent … Godkjent av Nav-leder Kari" / "Moe 27.01.2020 og
    …"), no part of it: it says no approval and names no one, and the lines
    after it list as many signers without it. Taken as the list's first line
    it uses up a line the statement wraps onto, and the last signers are
    lost; the list starts on the next line instead."""
    head = lines[0].text
    if len(lines) < 2 or list_label(undated_list_label(head)) or says_approval_done(fold(head)):
        return False
    if person_name(head) or roles_in(head) or full_dates(head):
        return False
    rest = listed_signers(_joined([line.text for line in lines[1:]]))
    return rest is not None and len(rest) >= len(signers)


def _below_in_column(first: Fragment, later: list[Fragment]) -> list[Fragment]:
    """The fragments read after ``first``, without those printed in another
    column beside it: a page set in two columns may give its text in any
    order ("Godkjent av: Eirik Nesheim," in the right column, then the left
    column's "Sum søkt", then "leiar Nav Sogndal, 22.01.2020"), and the
    list line wraps in its own column."""
    return [g for g in later if not (first.real and g.real and g.page == first.page
                                     and x_overlap(first.box, g.box) <= 0)]


def _caption(text: str) -> bool:
    """A line ending in a colon introduces what follows it ("For kommunen
    (rådmann / kommunalsjef):" over the municipality's empty signature
    lines): it opens the next block and never continues a list line above,
    whose titles it would otherwise lend to the signer listed there."""
    return text.rstrip().endswith(":")


def _wants_a_name(lines: list[Fragment]) -> bool:
    """An approval sentence whose line ends with a title or a joining word
    ("… Nav-leder Kari Moe og rådmann" over "Ola Hansen."): the name on the
    next line is the one the sentence goes on to, not a new signer. So
    is the name under a label that lists a title alone ("Godkjent av
    NAV-leder" over "Turid Dæhli, 27.01.2020", ``labeltitle``)."""
    if len(lines) == 1 and awaits_name(lines[0].text):
        return True
    if not in_sentence(lines[0].text):
        return False
    text = lines[-1].text.rstrip(" ,")
    words = text.split()
    if words and words[-1].lower() in signature_words().list_joins:
        return True
    roles = roles_in(text)
    return bool(roles) and roles[-1][3] >= len(text)


def _joined(texts: list[str]) -> str:
    """A wrapped phrase goes on with a space ("helse" + "og velferd"), and
    so does a name the line break cut ("… kommunedirektør Stig" +
    "Hansen 29.01.2020.") and any line of an approval written as a sentence
    (``in_sentence``), or one naming its approver as the subject
    (``approver_first``); anything else is a new part after a comma. A line
    that ends inside a hyphenated word ("… Godkjend av Nav-" + "leiar Hanne
    Bø …") goes on with no space: the compound is one word again."""
    out = texts[0]
    prose = in_sentence(out) or approver_first(" ".join(texts)) is not None
    for text in texts[1:]:
        if _HYPHEN_END.search(out) and text[:1].isalpha():
            out += text
            continue
        out += (" " if prose or text[:1].islower() or text[:1] in "([" or _name_cut(out, text) else ", ") + text
    return out


def _name_cut(before: str, after: str) -> bool:
    """The line ends with a lone first name (after a title or a joining
    word, not after another name: "Kari Moen" ends a name) and the next
    opens with the rest of it: the two words together are a person's name."""
    words, head = before.split(), after.split()[:1]
    if not words or not head or (len(words) > 1 and is_name_token(words[-2])):
        return False
    return person_name(f"{words[-1]} {head[0].rstrip(',.;')}") is not None


def listed_signers(text: str) -> list[Listed] | None:
    """The signers a line lists, or None when it is no list: after a
    signer-list label every named person counts, and so does the approver an
    approval sentence names as its subject (``approver``); otherwise the line
    must name at least two people, each with a title."""
    text = undated_list_label(normalize_space(text))
    label = list_label(text)
    approver = None if label else approver_first(text)
    body = text[label.end():] if label else approver or text
    again = label.group(0).split()[-1].lower() if label else None
    signers = [s for s in _signers(_parts(_without_channel(body), again)) if s.name]
    if label or approver:
        return signers or None
    if len(signers) >= 2 and all(s.role for s in signers):
        return signers
    return None


def named_signers(body: str) -> list[Listed]:
    """The people ``body`` names one after the other, each with the title
    and date after (or just before) their name ("Kari Moe, Nav-leder, og Ola
    Hansen, rådmann"); none when one of them has no name: a title the
    reader could not tell from a name ("kommunalsjef Helse og velferd og
    Nav-leder Per Olsen") shifts every name onto the wrong title."""
    signers = _signers(_parts(_without_channel(body)))
    return signers if all(s.name for s in signers) else []


def _parts(body: str, again: str | None = None) -> list[str]:
    """The line's parts, with "A og B" split only where B is a person's name
    ("helse og omsorg" and "Lom og Skjåk" stay whole). A sentence naming
    two approvers may repeat its label's last word after the joining word
    ("… godkjent av Kari Moe, leder Nav Fjellvik, 21.01.2020, og av Per
    Berg, kommunalsjef, 23.01.2020"): ``again`` is that word, left out
    with the join so that the part is the second approver's name."""
    joins = signature_words().list_joins
    out: list[str] = []
    for part in _PARTS.split(body):
        part = part.strip()
        if not part:
            continue
        words = part.split()
        cut = _after_join(words, 0, joins, again) if words[0].lower() in joins else 0
        for i, word in enumerate(words):
            if i > cut and word.lower() in joins:
                after = _after_join(words, i, joins, again)
                if _names_one(" ".join(words[after:])):
                    out.append(" ".join(words[cut:i]))
                    cut = after
        out.append(" ".join(words[cut:]))
    return [p for p in out if p]


def _after_join(words: list[str], i: int, joins: frozenset[str], again: str | None) -> int:
    """Where the words after the joining word ``words[i]`` start: past the
    label's repeated last word too ("og av")."""
    return i + 2 if again and i + 1 < len(words) and words[i + 1].lower() == again else i + 1


def _names_one(text: str) -> bool:
    """The words after a joining word name a person: "Ola Hansen", also
    with the date after the name, as one sentence lists approvers
    ("kommunedirektør Ola Hansen 29.01.2020")."""
    return person_name(name_before_date(text) or text) is not None


def _without_channel(body: str) -> str:
    """The listed signers without the channel each approval came by
    ("rådmann Ivar Dale per e-post 3.2.2020" → "rådmann Ivar Dale
    3.2.2020"): it is no part of an approver's name, and the date after it
    is the approver's."""
    return normalize_space(signature_words().channel.compiled.sub(" ", body))


def _signers(parts: list[str]) -> list[Listed]:
    signers: list[Listed] = []
    for part in parts:
        current = signers[-1] if signers else None
        roles = roles_in(part)
        # "Nav-leder Bente Isaksen 27.1.20": the signer's date may follow the
        # name with no comma or bracket before it; no name holds a date.
        named = name_before_date(part) or part
        name = person_name(named)
        if name is None and roles and roles[0][2] == 0:
            # "Nav-leder Kari Nordmann": the title before the name.
            name = person_name(named[roles[0][3]:])
        if name:
            if current is None or current.name is not None:
                current = Listed()
                signers.append(current)
            current.name = name
        if roles and len({r[0] for r in roles}) == 1:
            if current is None or current.role is not None:
                current = Listed()
                signers.append(current)
            current.role = roles[0][0]
            current.title = next((r[1] for r in roles if r[1]), None)
        dates = full_dates(part)
        if dates and current is not None and current.date is None:
            current.date = dates[0]
    return signers
