"""The contact person the county can reach: name, e-mail, phone.

The directorate's form names the county's own adviser with a phone number
("Kontaktperson hos Statsforvalteren: …", "ta kontakt med rådgiver … hos
Statsforvalteren"); a name given together with the county is that adviser,
never the office's contact. The words that open a contact in prose and end a
name are ``schemas/vocabulary/contact.toml``; the shapes of names, addresses
and numbers stay here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.contact_ocr import (
    ASCII, by_contact_name, lost_dot, name_past_speck, ocr_domain, spelled_in_scan,
)
from soknad_extract.extract.contact_parts import name_in_parts
from soknad_extract.extract.contact_near import county_spans, near, office_furniture
from soknad_extract.extract.contact_phone import cued_phone, find_cued_phones, office_lines, person_phone
from soknad_extract.extract.context import Context, Draft, span_evidence
from soknad_extract.extract.form_text import names_the_county
from soknad_extract.extract.pair_text import Pair
from soknad_extract.extract.signatures.wording import roles_in
from soknad_extract.layout.rows import Span
from soknad_extract.extract.label_answers import labelled
from soknad_extract.extract.labels import classify_label
from soknad_extract.norwegian import find_emails, find_phones, find_unlabelled_phones, normalize_phone, normalize_space
from soknad_extract.norwegian.letters import LOWER, UPPER
from soknad_extract.vocabulary import Entry, VocabularyError, Wordings, vocabulary_dir, wording_pattern

_MISREAD_AT = re.compile(r"^(?P<user>[\w.+-]+)\s?(?:[Q©®]|\(at\)|\s@\s|\sat\s)\s?(?P<domain>[\w-]+(?:\.[\w-]+)+)$")


def _repair_at_sign(text: str) -> str:
    """OCR reads "@" as "Q" or "©" now and then; under an e-mail label the
    address is still clear ("anne.dahl Qnav.no" → "anne.dahl@nav.no")."""
    match = _MISREAD_AT.match(normalize_space(text))
    return f"{match.group('user')}@{match.group('domain')}" if match else text


def _unwrapped(value: Span) -> str:
    """An answer whose address a narrow cell wrapped at a dot or hyphen
    ("ragnhild.lid@nav" over ".no"): its lines joined without a space."""
    return "".join(line.strip() for line in value.lines)


_WRAPPED_AT_HYPHEN = re.compile(r"(?<=\w-)\s+(?=[\w.+-]+@)")
"""A break after a hyphen, before the rest of an address up to its "@"."""


def _address_in(value: Span) -> list:
    """The addresses of an answer, one that a narrow cell wrapped after a
    hyphen in its first part ("ole-" over "martin.somby@alta.kommune.no")
    taken whole: the address after the break alone is someone else's."""
    found = find_emails(value.text)
    rejoined = find_emails(_WRAPPED_AT_HYPHEN.sub("", "\n".join(value.lines) or value.text))
    if found and rejoined and len(rejoined[0].value) > len(found[0].value) \
            and rejoined[0].value.endswith(found[0].value):
        return rejoined
    return found


@dataclass(frozen=True)
class _ContactWords:
    """The words of ``schemas/vocabulary/contact.toml``, compiled."""

    name_label: re.Pattern[str]
    leading_title: re.Pattern[str]
    not_names: frozenset[str]
    prose_opener: re.Pattern[str]
    name_end: re.Pattern[str]
    name: re.Pattern[str]
    misread_address: re.Pattern[str]
    repairable_domains: tuple[str, ...]
    case_officer_label: Wordings


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


def _contact_words() -> _ContactWords:
    return _compile_contact_words(vocabulary_dir())


_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
"""A capitalised word of a name, double names joined by a hyphen ("Ánne-Máret")."""


@lru_cache(maxsize=4)
def _compile_contact_words(folder: Path) -> _ContactWords:
    entry = Entry("contact", folder)
    label = entry.table("name_labels").wordings().pattern
    titles = entry.table("leading_titles")
    try:
        # "*leder" starts inside a longer word, and the whole word goes with it.
        title = "|".join((r"[\w-]*" if w.startswith("*") else "") + wording_pattern(w, hyphen_in_words=True)
                         for w in titles.both())
    except ValueError as exc:
        raise VocabularyError(f"{titles.path}: {titles.key}: {exc}") from None
    return _ContactWords(
        name_label=re.compile(rf"(?:{label})\s*:\s*", re.I),
        # Up to three role words before a capital letter; case as written.
        leading_title=re.compile(rf"^(?:(?:{title})\s+){{1,3}}(?=[{UPPER}])"),
        not_names=frozenset(entry.table("not_names").both()),
        # The name starts after the opener's trailing spaces, wherever they break.
        prose_opener=re.compile(rf"(?:{entry.table('prose_openers').wordings().pattern})\s*", re.I),
        # A name ends at a contact word or at a mark no name holds.
        # Two to four capitalised words, initials or name particles.
        name=re.compile(
            rf"(?P<name>{_NAME_WORD}"
            rf"(?:\s+(?:[{UPPER}]\.|{_NAME_WORD}|"
            rf"{_alternatives(entry.table('name_particles').both())})){{1,3}})"),
        misread_address=re.compile(
            r"\b(?P<user>[\w.+-]+)\s?[Q©®]\s?(?P<domain>(?:[\w-]+\.)*"
            rf"(?:{_alternatives(entry.table('repairable_domains').strings('domains'))}))\b"),
        name_end=re.compile(rf"\s*(?:{entry.table('name_ends').wordings().pattern}|[,;(\d@/–]|\s-\s)", re.I),
        repairable_domains=tuple(entry.table("repairable_domains").strings("domains")),
        case_officer_label=entry.table("case_officer_labels").wordings(re.I),
    )


def _misread_address(ctx: Context) -> tuple[str, int, int] | None:
    """An address OCR broke at "@" anywhere in the text ("lise.brenna Qnav.no");
    only for Nav and municipal domains, where the repair cannot invent one."""
    match = _contact_words().misread_address.search(ctx.text)
    if not match:
        return None
    return f"{match.group('user')}@{match.group('domain')}".lower(), match.start(), match.end()


_ADDRESS_AFTER = re.compile(r"\s+[\w.+-]+\s?@")
"""An e-mail address after the name ("ARNE LID ARNE.LID@NAV.NO"): its user
part is no word of the name."""


def _name_from(text: str, labelled: bool = False) -> str | None:
    """The name a value opens with, after a "Navn:" label, the table ruling
    OCR reads into a cell's edge ("| Svein Lie"), the colon of a label
    padded to a column ("Kontakt   : Silje Holm", where the colon stands
    with the answer) and a role ("Nav-leder"); in a ``labelled`` answer
    also a name in block capitals."""
    words = _contact_words()
    text = words.name_label.sub("", normalize_space(text).lstrip("|¦: ").lstrip(), count=1)
    head = words.name_end.split(_ADDRESS_AFTER.split(text, maxsplit=1)[0], maxsplit=1)[0]
    head = words.leading_title.sub("", head.strip())
    match = words.name.match(head.strip())
    if not match:
        return _name_in_capitals(head.strip()) if labelled else None
    name = match.group("name")
    return None if name.split()[0] in words.not_names else name


_CAPITALS_WORD = rf"[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?"
_CAPITALS_NAME = re.compile(rf"{_CAPITALS_WORD}(?:\s+{_CAPITALS_WORD}){{1,3}}")


def _name_in_capitals(value: str) -> str | None:
    """A name written in block capitals, as a paper form asks ("MARIT
    SLETTEN"): the whole answer two to four words of capitals, none of them
    a word that is never a name ("SE VEDLEGG"). Kept as written."""
    if not _CAPITALS_NAME.fullmatch(value):
        return None
    if any(word.title() in _contact_words().not_names for word in value.split()):
        return None
    return value


def _contact_name(ctx: Context, draft: Draft) -> Span | None:
    """The contact's name: a labelled answer (or one asked for in parts:
    ``contact_parts``), else a sentence that names the contact; a
    letterhead's case officer ("Saksbehandler: …", in letters sent by the
    office) only where neither names one."""
    officer: tuple[str, Pair] | None = None
    parts = name_in_parts(ctx)
    name = _name_from(parts[0], labelled=True) if parts else None
    if parts and name:
        draft.set("contact.name", name, span_evidence(parts[1], parts[1].method, 0.9))
        return parts[1]
    for key in ("contact_name", "project_leader"):
        for pair in labelled(ctx, key):
            if names_the_county(pair.label) or names_the_county(pair.value.text):
                continue
            name = _name_from(pair.value.text, labelled=True) or _signer_named_contact(pair)
            if name and _is_case_officer_label(pair.label):
                officer = officer or (name, pair)
            elif name:
                draft.set("contact.name", name, span_evidence(pair.value, pair.method, 0.9))
                return pair.value
    for pair in _combined_label_pairs(ctx):
        name = _name_from(pair.value.text, labelled=True)
        if name and not names_the_county(pair.label) and not names_the_county(pair.value.text):
            draft.set("contact.name", name, span_evidence(pair.value, pair.method, 0.85))
            return pair.value
    for match in _contact_words().prose_opener.finditer(ctx.text):
        name = _name_from(ctx.text[match.end(): match.end() + 80])
        if name and not names_the_county(_sentence(ctx.text, match.start())):
            start = match.end()
            draft.set("contact.name", name, ctx.evidence_at(start, start + len(name), "nlp", 0.75))
            return ctx.index.span_at(start)
    if officer is not None:
        name, pair = officer
        draft.set("contact.name", name, span_evidence(pair.value, pair.method, 0.9))
        return pair.value
    return None


_OTHER_NAME = re.compile(rf"[{UPPER}][{LOWER}]+\s+[{UPPER}][{LOWER}]+")
"""Two capitalised words: a name (or an office) the value gives."""


def _signer_named_contact(pair: Pair) -> str | None:
    """The signer of a signature block whose last line makes them the contact
    and gives only a number or an address ("Kari Lid / Nav-leder, Nav Eid /
    Kontaktperson: tlf. 57 00 00 00"): the block's lines before the label
    ran into it, the name first and the signer's role right after it. A
    value that names someone beside the number ("tlf. 915 22 340 (Ola
    Dahl)") makes that person the contact, not the signer."""
    value = pair.value.text
    found = sorted(find_phones(value) + find_emails(value), key=lambda m: m.start, reverse=True)
    if not found:
        return None
    for match in found:
        value = value[:match.start] + " " + value[match.end:]
    if _OTHER_NAME.search(value):
        return None
    roles = roles_in(pair.label)
    if not roles:
        return None
    head = pair.label[: roles[0][2]]
    name = _name_from(head)
    return name if name and not head.strip(" ,\n").removeprefix(name).strip(" ,-–") else None


_LABEL_JOIN = re.compile(r"\s*[/,&.]\s*|\s+(?:og|eller)\s+")
"""What joins the parts of a label that asks for two things ("Kontaktperson
og telefon", "Kontaktperson/e-post", "Kontaktperson. E-post og telefon")."""


def _combined_label_pairs(ctx: Context) -> list[Pair]:
    """Phone and e-mail answers whose label also asks for the contact
    ("Kontaktperson og telefon", "Kontaktperson/e-post"): forms, on paper
    most of all, that give one line to both are answered "Anders Thorsen,
    tlf. 992 31 504", the name first. The label reads as the phone or
    e-mail, its last noun; its first part names the contact."""
    return [pair for key in ("phone", "email") for pair in labelled(ctx, key)
            if any(classify_label(part) == "contact_name" for part in _LABEL_JOIN.split(pair.label.strip()))]


def _is_case_officer_label(label: str) -> bool:
    """The label is the case officer's alone ("Saksbehandler:"): a contact
    label that also names the case officer ("Kontaktperson/saksbehandler",
    "Saksbehandler i Nav") names the contact."""
    return _contact_words().case_officer_label.compiled.fullmatch(label.strip().rstrip(":").strip()) is not None


def _sentence(text: str, start: int) -> str:
    """From ``start`` to the end of its sentence or line."""
    end = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0), default=len(text))
    return text[start:end]


_ADDRESS_PARTS = re.compile(r"[._-]")


_SIGNATURE_REACH = 200
"""Characters before an unlabelled address its e-mail signature's name may
stand ("Jonas Berntsen" / "Prosjektkoordinator | NAV Lillestrøm" / "Mob: … |
jonas.berntsen@nav.no")."""


def _name_of_address(ctx: Context, draft: Draft, email: str, at: int | None = None) -> None:
    """The contact's name when its label is lost (a photo's OCR dropped
    "Kontaktperson") but the labelled e-mail is theirs: a name in the
    application whose words spell the address's user part, word for word
    ("oddny.vik@…" is Oddny Vik). Two words at least; the county's adviser never.
    An address with no label (``at``, its offset) is the contact's only as
    the last line of an e-mail-style signature, as letters end ("--",
    name, title, phone and address, which the letter points to with "se
    kontaktinformasjon nederst"): the name must stand just before it."""
    user = _ADDRESS_PARTS.split(email.split("@")[0].lower())
    if len(user) < 2:
        return
    county = county_spans(ctx)
    for offset, _, span in ctx.index.spans:
        if id(span) in county or (at is not None and not at - _SIGNATURE_REACH <= offset <= at):
            continue
        for match in _contact_words().name.finditer(span.text):
            words = list(re.finditer(r"[^\s-]+", match.group("name")))[: len(user)]
            if at is not None and roles_in(ctx.text[offset + match.end(): at]):
                continue  # a signer's footer ("Kari Nordmann / Nav-leder / kari.nordmann@nav.no") names no contact
            if [w.group(0).lower().translate(ASCII) for w in words] == user:
                name = match.group("name")[: words[-1].end()]
                start = offset + match.start()
                draft.set("contact.name", name, ctx.evidence_at(start, start + len(name), "nlp", 0.7))
                return


def extract_contact(ctx: Context, draft: Draft) -> None:
    anchor = _contact_name(ctx, draft)
    for pair in labelled(ctx, "email"):
        emails = (_address_in(pair.value) or find_emails(_repair_at_sign(pair.value.text))
                  or find_emails(_unwrapped(pair.value)))
        domains = _contact_words().repairable_domains
        address = by_contact_name(pair.value, draft.get("contact.name"), domains) or (
            ocr_domain(lost_dot(emails[0].value, pair.value), pair.value, domains) if emails else None)
        if address:
            draft.set("contact.email", address, span_evidence(pair.value, pair.method, 0.95))
            if anchor is None:
                _name_of_address(ctx, draft, address)
            break
    else:
        hit = spelled_in_scan(ctx.index.spans, draft.get("contact.name"), _contact_words().repairable_domains,
                              county_spans(ctx)) or near(ctx, anchor, find_emails) or _misread_address(ctx)
        if hit:
            span = ctx.index.span_at(hit[1])
            address = ocr_domain(hit[0], span, _contact_words().repairable_domains) if span is not None else hit[0]
            draft.set("contact.email", address, ctx.evidence_at(hit[1], hit[2], "nlp", 0.8))
            if anchor is None:
                _name_of_address(ctx, draft, address, hit[1])
    name = draft.get("contact.name")
    if anchor is not None and name:
        draft.values["contact.name"] = name_past_speck(anchor, name, draft.get("contact.email"))
    _phone(ctx, draft, anchor)


def _phone(ctx: Context, draft: Draft, anchor: Span | None) -> None:
    """The contact's phone: a labelled answer, else a number given with the
    contact's name. A labelled number on the office's page furniture (the
    footer's "Telefon: 55 55 33 33") yields to a number given with the
    contact ("Kontaktperson er Ola Dahl, tlf. 916 20 488"); where none is,
    it is the number a clerk would call."""
    office = frozenset(office_lines(ctx.index.spans))
    furniture = None
    for pair in labelled(ctx, "phone"):
        own = person_phone(pair.value.text, find_phones(pair.value.text))
        phone = own.value if own else None
        if phone is None and pair.value.method == "ocr":
            # a scan's full stop for a space ("995.43 210"): the field holds one number
            phone = normalize_phone(pair.value.text.replace(".", " "))
        phone = phone or cued_phone(pair.value.text)
        if phone and office_furniture(ctx, pair, office):
            furniture = furniture or (phone, pair)
        elif phone:
            draft.set("contact.phone", phone, span_evidence(pair.value, pair.method, 0.95))
            return
    anywhere = furniture is None
    hit = (near(ctx, anchor, find_unlabelled_phones, person_phone, office, anywhere)
           or near(ctx, anchor, find_cued_phones, skip=office, anywhere=anywhere))
    if hit:
        draft.set("contact.phone", hit[0], ctx.evidence_at(hit[1], hit[2], "nlp", 0.75))
    elif furniture is not None:
        phone, pair = furniture
        draft.set("contact.phone", phone, span_evidence(pair.value, pair.method, 0.95))
