"""What a signature fragment says: labels, closings, roles and titles, names, dates.

The words come from ``schemas/vocabulary/signatures.toml`` (see ``words``);
the name and date shapes here are formats. Inside a block, a cell's labelled sub-lines say what they
are: "Navn (blokkbokstaver): …", "Namn: …" give the name; "Tittel: …",
"Stilling: …" the title, kept as written ("NAV-leder", "Kommunalsjef helse og
omsorg"); "For Nav-kontoret" / "For kommunen" headings give only the role.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ...norwegian import find_dates, fold, normalize_space
from ...norwegian.letters import LOWER, UPPER
from ...layout.fragments import Fragment
from ...vocabulary import vocabulary_key
from .approval_words import list_label, says_approval_done, undated_list_label
from .daydates import DAY_SLASH_MONTH, full_dates, has_day
from .namepart import name_part, without_closing_date, without_office
from .sector import sector_end
from .words import signature_words

_SIGN_LINE = re.compile(r"^[_.…]{8,}$")
"""A bare line to sign on ("______________"): nothing else stands alone so."""
_NAME_TOKEN = re.compile(rf"^(?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)*|[{UPPER}]\.)$")
_OCR_NAME_TOKEN = re.compile(rf"^[a-zæøå][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)*$")
_CAPS_TOKEN = re.compile(rf"^[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})*$")


def is_name_token(token: str) -> bool:
    """A word written as a name is: a capital then small letters, or an initial."""
    return bool(_NAME_TOKEN.match(token))


def is_name_label(text: str) -> bool:
    """The text starts with a label for the signer's name ("Navn:", "Namn
    (blokkbokstaver):", "For kommunen:")."""
    return bool(signature_words().name_label.match(text))


def in_sentence(text: str) -> bool:
    """An electronic-approval statement written as a sentence, not opened by
    its list label ("Søknaden er elektronisk godkjent av …", or "Søknaden er
    elektronisk godkjent" with "av …" on the next line): its lines wrap like
    prose, and the approvers it names run on where the line breaks."""
    if not says_approval_done(fold(text)) or text.rstrip().endswith(":"):
        return False
    found = list_label(text)
    return found is None or found.start() > 0


def is_opener(frag: Fragment) -> bool:
    """A signature label, letter closing, bare signature line or a line
    listing signers ("Signert av …"): short, or starting with the label
    (prose that merely mentions "underskrift" opens nothing)."""
    return _is_opener(frag.text, vocabulary_key())


@lru_cache(maxsize=4096)
def _is_opener(text: str, folder: str) -> bool:
    """Memoised per text and vocabulary folder: the zones, the wrapped labels
    and the block titles ask about the same lines, and forms repeat theirs."""
    if typed_signed(text):
        return False
    undated = undated_list_label(text)
    text = fold(undated)
    if _SIGN_LINE.match(text.replace(" ", "")) or list_label(undated):
        return True
    m = signature_words().opener.search(text)
    if not m:
        return False
    return m.start() <= 3 or len(text.split()) <= 8


def typed_signed(text: str) -> bool:
    """"Sign.: Kari Moe", "(sign.) Kari Moe": a name typed in a copy where its
    holder would sign. It is that block's signature, no label: opening the
    zone at it would leave the blocks' headings above it, every other
    signer's included, outside."""
    text = normalize_space(text)
    mark = signature_words().signed_prefix_mark.match(text)
    return mark is not None and person_name(text[mark.end():]) is not None


def is_bare_line(frag: Fragment) -> bool:
    """A line to sign on and nothing else ("______________")."""
    return bool(_SIGN_LINE.match(fold(frag.text).replace(" ", "")))


def is_signing_line(frag: Fragment) -> bool:
    """A label alone on a line to sign on ("Underskrift: ______",
    "Signatur"), with nothing written after it: the signer's caption may
    stand above it."""
    text = fold(frag.text).rstrip(" _.…:")
    return bool(text) and signature_words().signing_line.compiled.fullmatch(text) is not None


def labelled_signer(frag: Fragment) -> bool:
    """"Nav-leiar: Kari Moen": a role as the label, a person's name as the
    answer (a form's field for the signer's name)."""
    roles = roles_in(frag.text)
    if not roles or frag.text[: roles[0][2]].strip() or not frag.text[roles[0][3]:].lstrip().startswith(":"):
        return False
    return person_name(frag.text, ocr=frag.ocr) is not None


def is_place_date_label(frag: Fragment) -> bool:
    """"Sted og dato: …", the line for where and when a signer signs."""
    return bool(signature_words().place_date.match(frag.folded))


def is_stop(frag: Fragment) -> bool:
    return bool(signature_words().stop.match(frag.folded))


def is_approval(frag: Fragment) -> bool:
    return says_approval_done(frag.folded)


def roles_in(text: str) -> list[tuple[str, str | None, int, int]]:
    """(role, title as written, start, end) for each role phrase in `text`."""
    return list(_roles_in(text, vocabulary_key()))


@lru_cache(maxsize=4096)
def _roles_in(text: str, folder: str) -> tuple[tuple[str, str | None, int, int], ...]:
    """Memoised per text and vocabulary folder: a signature block's lines are
    asked about by the block finder, the signer lists and the name reader."""
    folded = _casefold_keep_length(text)
    found: list[tuple[str, str | None, int, int]] = []
    words = signature_words()
    for role, titled, pattern in words.roles:
        for m in pattern.finditer(folded):
            end = sector_end(text, m.end()) if m.group(0).startswith(words.sector_start) else m.end()
            title = normalise_title(text[m.start():end].strip(" ,")) if titled else None
            found.append((role, title, m.start(), end))
    return tuple(sorted(found, key=lambda r: r[2]))


def _casefold_keep_length(text: str) -> str:
    """Lower case with offsets unchanged, so matches index the original: a
    letter whose lower case is longer ("İ") stays as it is. The whole text
    lowered at once is the same, and ~8× faster, when it keeps its length
    (then every letter's lower case is one letter) and holds no capital
    sigma (the one letter Python lowers by its neighbours)."""
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text:
        low = "".join([ch.lower() if len(ch.lower()) == 1 else ch for ch in text])
    return low.replace("\u2013", "-").replace("\u2011", "-")


def normalise_title(phrase: str) -> str | None:
    """The title as written ("NAV-leder" stays "NAV-leder"), with a capital
    first letter and the letters OCR or plain-ASCII typing lost or misread
    put back ("Radmann" → "Rådmann", "kommunedirektor" → "Kommunedirektør",
    "Nav-teder" → "Nav-leder", "Kommunalsief" → "Kommunalsjef",
    "Kommunedirekter" → "Kommunedirektør"); a title
    typed in capitals throughout is typography, not spelling."""
    phrase = normalize_space(phrase).strip(" ,:")
    if not phrase:
        return None
    for repair in signature_words().repairs:
        phrase = repair.apply(phrase)
    if phrase.isupper() and len(phrase) > 4:
        phrase = phrase.lower()
    return phrase[0].upper() + phrase[1:]


def signed_for(text: str) -> str | None:
    """The role a heading signs on behalf of ("For kommunedirektøren (etter
    delegert mynde):", "På vegne av rådmannen"), or None. The signer below
    it signs in that role whatever their own title: a Nav leader who signs
    the municipal block by delegation gives the municipality's signature."""
    folded = fold(text)
    return next((role for role, pattern in signature_words().signed_for if pattern.match(folded)), None)


def labelled_title(text: str) -> str | None:
    """The value of a "Tittel: …" / "Stilling: …" line, as written."""
    m = signature_words().title_label.match(normalize_space(text))
    if not m:
        return None
    return normalise_title(normalize_space(text)[m.end():])


def person_name(text: str, ocr: bool = False) -> str | None:
    """The person's name in a fragment ("Navn: Kari Nordmann", "Navn
    (blokkbokstaver): KARI NORDMANN", "Kari Nordmann, Nav-leder",
    "Nav-leder Kari Nordmann", "27.01.2020, Kari Nordmann, Nav-leder", "Ola
    Hansen (sign.)"), or None. From OCR, a first name whose capital was read
    as a small letter ("ingrid Lid") is still a name, given its capital back."""
    return _person_name(text, ocr, vocabulary_key())


@lru_cache(maxsize=4096)
def _person_name(text: str, ocr: bool, folder: str) -> str | None:
    """Memoised per text and vocabulary folder: the block finder, the signer
    lists and the caption reader ask about the same lines, five times each
    on a usual form."""
    text = without_closing_date(normalize_space(text).strip(" _…")).strip(" _.…")
    words = signature_words()
    label = _signers_name_label(text) or words.name_label.match(text) or words.dashed_name_label.match(text)
    signed = None if label else words.signed_prefix_mark.match(text)
    if label or signed:
        text = text[(label or signed).end():]  # "Sign.: Kari Moe": typed for the pen, the name is the signer's
    elif ":" in text:
        return None  # "Kontaktperson: Per Olsen" is not a signer
    # "e.f. Sigrid Nyheim": signed on another's behalf, the name is the signer's.
    text = words.name_prefix_mark.sub("", text, count=1)
    roles = roles_in(text)
    after_title = bool(roles) and not text[: roles[0][2]].strip(" ,;:-–")
    if after_title:
        # The title first, the name after it ("Nav-leder Kari Nordmann,
        # 24.01.2020"): the signer as a caption under the ink names them.
        text = without_office(text[roles[0][3]:], roles[0][1])
        roles = roles_in(text)
    pieces = _after_leading_date(re.split(r"[,;/|]", text[: roles[0][2]] if roles else text))
    text = name_part(pieces[0], after_title=after_title, before_title=bool(roles) and len(pieces) == 1)
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return None
    if any(t.lower().strip(".") in words.never_names for t in tokens):
        return None
    if ocr and _OCR_NAME_TOKEN.match(tokens[0]) and all(_NAME_TOKEN.match(t) for t in tokens[1:]):
        tokens[0] = tokens[0][0].upper() + tokens[0][1:]
    if any(not _NAME_TOKEN.match(t) for t in tokens) and not all(_CAPS_TOKEN.match(t) for t in tokens):
        return None
    if tokens[-1].endswith(".") or tokens[0].endswith("."):
        return None
    return " ".join(tokens)


def _after_leading_date(pieces: list[str]) -> list[str]:
    """The caption under a line to sign on may give the date first
    ("29.01.2020, Tor Amdal, Kommunedirektør", "30.01.2020   Eva Lian,
    Nav-leder"), with the title on its own line below or none at all
    ("24.01.2020  Eva Lian" over "Nav-leder"): a date that opens the
    caption is not part of the name, and no name holds a date; nor is the
    place written before that date ("Voss, 30.01.2020 Oddvar Rønning")."""
    found = find_dates(pieces[0])
    if not found:
        # "Voss, 30.01.2020 Oddvar Rønning": the place before the date goes too.
        place = len(pieces) > 1 and len(pieces[0].split()) == 1 and pieces[0].strip()[:1].isupper()
        rest = [pieces[1].lstrip()] + pieces[2:] if place else []
        return _after_leading_date(rest) if rest and [d.start for d in find_dates(rest[0])][:1] == [0] else pieces
    rest = pieces[0][found[0].end:]
    if found[0].start == 0 and not find_dates(rest) and rest.strip():
        return [rest] + pieces[1:]
    return _after_leading_date(pieces[1:]) if len(pieces) > 1 else pieces


def _signers_name_label(text: str) -> re.Match[str] | None:
    """"Navn:" further along a line that is about signing ("Underskrift
    Nav-leder: ____ Navn: Kari Nordmann"), not "Prosjektleders navn: …"."""
    found = None
    for found in signature_words().inner_name_label.finditer(text):
        pass
    if found is None:
        return None
    before = text[:found.start()]
    if "___" in before or signature_words().opener.search(fold(before)) or roles_in(before):
        return found
    return None


def signing_dates(frag: Fragment) -> list[date]:
    """The fragment's dates that may date a signature: none when the line
    says the date is another one ("Ønsket oppstart: 01.03.2020")."""
    if signature_words().other_dates.search(frag.folded):
        return []
    return full_dates(frag.text)


def name_before_date(text: str) -> str | None:
    """The words before the first date of a listed signer's part, without
    the small words that lead up to a date ("Nav-leder Kari Moe den
    27.01.2020 og har derfor …" → "Nav-leder Kari Moe"): the sentence may go
    on after the signer's date. None without a date or words before it."""
    starts = [m.start for m in find_dates(text) if has_day(m)]
    starts += [m.start() for m in DAY_SLASH_MONTH.finditer(text)]
    if not starts:
        return None
    words = text[:min(starts)].replace(",", " ").split()
    while words and words[-1].lower() in signature_words().date_leads:
        words.pop()
    return " ".join(words).strip(" (") or None


def words_before_date(text: str) -> str | None:
    """The text before the line's only date, when the date ends the line
    ("Alta, 24. januar 2020" → "Alta,"; "Skien, den 22. januar 2020" →
    "Skien,": the small word a letter puts before its date after the place
    is no part of the place); None otherwise."""
    found = [m for m in find_dates(text) if has_day(m)]
    if len(found) != 1 or text[found[0].end:].strip(" ."):
        return None
    before = text[:found[0].start].strip()
    head, _space, last = before.rpartition(" ")
    if head.endswith(",") and fold(last) in signature_words().date_leads:
        return head
    return before

