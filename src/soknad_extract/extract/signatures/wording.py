"""What a signature fragment says: labels, closings, roles and titles, names, dates.

Labels and closings tolerate what OCR does to them ("underskritt", "Med
venniig hilsen"). Inside a block, a cell's labelled sub-lines say what they
are: "Navn (blokkbokstaver): …", "Namn: …" give the name; "Tittel: …",
"Stilling: …" the title, kept as written ("NAV-leder", "Kommunalsjef helse og
omsorg"); "For Nav-kontoret" / "For kommunen" headings give only the role.
"""

from __future__ import annotations

import re
from datetime import date

from ...norwegian import find_dates, fold, normalize_space
from .fragments import Fragment



# --- what a fragment says -------------------------------------------------

_OPENER = re.compile(
    r"(?<![\w-])(?:signatur(?:er)?|underskri[a-z1]{1,2}t(?:er)?|underskrive[nt]?|sign\."
    r"|dato og (?:underskrift|signatur)|dato\s*/\s*(?:underskrift|signatur)"
    r"|st[ae]d og dato|stad/dato|sted/dato|godkjent av"
    r"|(?:med\s+)?ven[nl]\S{0,4}\s+h(?:[il1][l1i][s5]en|e[l1i][s5]ing)|med hilsen|mvh)(?![\w-])"
)
"""Labels and closings tolerate what OCR does to them ("underskritt", "Med
venniig hilsen")."""
_SIGN_LINE = re.compile(r"^[_.…]{8,}$")
"""A bare line to sign on ("______________"): nothing else stands alone so."""
_STOP = re.compile(
    r"^(?:kopi(?: til)?|gjenpart|vedlegg|saksbehandler|sakshandsamar|mottaker|mottakar"
    r"|kontaktperson|postadresse|besøksadresse|org\.?\s*nr)\b"
)
_APPROVAL = re.compile(
    r"elektronisk\s+godkjent|godkjent\s+elektronisk|elektronisk\s+godkjend"
    r"|godkjend\s+elektronisk|elektronisk\s+signert|e-signert|signert\s+elektronisk"
    r"|digitalt\s+signert|signert\s+digitalt|signert\s+med\s+bankid"
)

_ON_BEHALF = r"^(?:(?:signatur|underskrift)\s+)?(?:for|på vegne av|p\.\s?v\.\s?a\.)\s+"
_ROLE_PATTERNS: list[tuple[str, bool, re.Pattern[str]]] = [
    ("nav_leader", True, re.compile(
        r"(?<![\w-])(?:nav[- ]?(?:[lt1]eder|leiar|sjef)(?:en)?"
        r"|(?:leder|leiar)\s+(?:av|for|i|ved)\s+nav(?:[- ]?kontor(?:et)?)?"
        r"|(?:leder|leiar)\s+nav[- ]?kontor(?:et)?"
        r"|(?:enhets|einings|kontor)(?:leder|leiar)(?:\s+(?:i|ved|for)?\s*nav)?"
        r"|(?:leder|leiar)(?=,?\s+nav\b)|kontorsjef)(?![\w-])"
        r"|^(?:(?:konstituert|fungerende|fung\.)\s+)?(?:leder|leiar)$")),
    # "For Nav-kontoret", "På vegne av Nav Hamar": a column heading, no title.
    ("nav_leader", False, re.compile(_ON_BEHALF + r"nav\b[^:]*$")),
    ("municipality", True, re.compile(
        r"(?<![\w-])(?:(?:(?:assisterende|assisterande|konstituert|fungerende|fung\.)\s+)?"
        r"(?:r[åa]dmann|kommunedirekt[øoe0]r|bydelsdirekt[øoe0]r)"
        r"|kommunal(?:s[ji]ef|direkt[øoe0]r)|ordf[øo]r(?:er|ar)|administrasjonssjef)(?![\w-])")),
    ("municipality", False, re.compile(
        r"(?<![\w-])(?:(?:for|signatur|underskrift)\s+kommunen|kommuneledelsen|kommuneleiinga"
        r"|kommunens ledelse)(?![\w-])"
        r"|" + _ON_BEHALF + r"(?:[\w.-]+\s+){1,3}(?:kommune|bydel)$")),
]
_SECTOR_HEAD = "kommunal"
""""Kommunalsjef", "Kommunaldirektør": titles that name a sector after them."""
_SECTOR_STOP = {"i", "ved", "på", "hos", "til", "nav"}
"""Words after which "Kommunalsjef …" names a place, not a sector."""

_NAME_TOKEN = re.compile(r"^(?:[A-ZÆØÅÉÜÖÄ][a-zæøåéèüöäñ'’]+(?:-[A-ZÆØÅ][a-zæøåéèüöäñ'’]+)*|[A-ZÆØÅ]\.)$")
_OCR_NAME_TOKEN = re.compile(r"^[a-zæøå][a-zæøåéèüöäñ'’]+(?:-[A-ZÆØÅ][a-zæøåéèüöäñ'’]+)*$")
_CAPS_TOKEN = re.compile(r"^[A-ZÆØÅÉÜÖÄ]{2,}(?:-[A-ZÆØÅ]{2,})*$")
_NOT_NAME_WORDS = {
    "nav", "kommune", "kommunen", "dato", "sted", "stad", "signatur", "underskrift",
    "navn", "namn", "med", "vennlig", "hilsen", "leder", "leiar", "rådmann",
    "søknad", "prosjekt", "prosjektet", "tilskudd", "tilskot", "side", "vedlegg",
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "desember", "fylkesmannen", "statsforvalteren",
    "for", "og", "i", "ved", "av", "til", "godkjent", "elektronisk", "dokumentet",
    "bydel", "fylke", "arbeids", "velferd", "sum", "totalt", "kontaktperson",
    "tittel", "stilling", "blokkbokstaver", "de", "det", "den", "vi", "som", "er",
    "tlf", "telefon", "epost", "e-post", "adresse", "postboks", "org", "nr",
}
_QUALIFIER = r"(?:\s*\([^)]{1,40}\)|\s+(?:med|i)\s+(?:blokk|store)\s*bokstav(?:er|ar)?)?"
""""Navn (blokkbokstaver):", "Navn med blokkbokstaver:"."""
_NAME_LABEL = re.compile(
    r"^(?:(?:fullt?\s+)?(?:navn|namn)(?:\s+og\s+(?:tittel|stilling))?|underskrift|signatur|sign"
    r"|underteikna|undertegnet|for nav[^:]*|for kommunen|nav-leder|nav-leiar|rådmann|kommunedirektør"
    r"|leder[^:]*|leiar[^:]*|kommunalsjef[^:]*|bydelsdirektør|godkjent av|signert av)"
    + _QUALIFIER + r"\s*:\s*",
    re.IGNORECASE,
)
_INNER_NAME_LABEL = re.compile(r"(?<![\w-])(?:navn|namn)" + _QUALIFIER + r"\s*:\s*", re.IGNORECASE)
"""A name label further along a line: "Underskrift Nav-leder: ____ Navn: Kari Nordmann"."""
_TITLE_LABEL = re.compile(r"^(?:tittel|stilling(?:stittel)?|rolle|funksjon)" + _QUALIFIER + r"\s*:\s*",
                          re.IGNORECASE)
_SIGN_SUFFIX = re.compile(r"\s*[\(\[]?\s*(?:sign\.?|s\.|signert|e-signert)\s*[\)\]]?\s*$", re.IGNORECASE)


def is_name_token(token: str) -> bool:
    """A word written as a name is: a capital then small letters, or an initial."""
    return bool(_NAME_TOKEN.match(token))


def is_name_label(text: str) -> bool:
    """The text starts with a label for the signer's name ("Navn:", "Namn
    (blokkbokstaver):", "For kommunen:")."""
    return bool(_NAME_LABEL.match(text))


def is_opener(frag: Fragment) -> bool:
    """A signature label, letter closing or bare signature line: short, or
    starting with the label (prose that merely mentions "underskrift" opens
    nothing)."""
    text = frag.folded
    if _SIGN_LINE.match(text.replace(" ", "")):
        return True
    m = _OPENER.search(text)
    if not m:
        return False
    return m.start() <= 3 or len(text.split()) <= 8


def is_stop(frag: Fragment) -> bool:
    return bool(_STOP.match(frag.folded))


def is_approval(frag: Fragment) -> bool:
    return bool(_APPROVAL.search(frag.folded))


def roles_in(text: str) -> list[tuple[str, str | None, int, int]]:
    """(role, title as written, start, end) for each role phrase in `text`."""
    folded = _casefold_keep_length(text)
    found: list[tuple[str, str | None, int, int]] = []
    for role, titled, pattern in _ROLE_PATTERNS:
        for m in pattern.finditer(folded):
            end = _sector_end(text, m.end()) if m.group(0).startswith(_SECTOR_HEAD) else m.end()
            title = normalise_title(text[m.start():end].strip(" ,")) if titled else None
            found.append((role, title, m.start(), end))
    return sorted(found, key=lambda r: r[2])


def _sector_end(text: str, end: int) -> int:
    """Extend "Kommunalsjef" over the sector written after it in lower case
    ("Kommunalsjef helse og omsorg", "kommunalsjef for oppvekst"), never
    over a place or a name ("kommunalsjef i Hamar", "Kommunalsjef Ola Hansen")."""
    following = re.match(r"(?:\s+[^\s,.;:()]+)*", text[end:]).group(0)
    best = end
    for m in re.finditer(r"\s+([^\s,.;:()]+)", following):
        word = m.group(1)
        if not word[:1].islower() or word in _SECTOR_STOP:
            break
        if word not in ("og", "for"):
            best = end + m.end()
    return best


def _casefold_keep_length(text: str) -> str:
    """Lower case with offsets unchanged, so matches index the original."""
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out).replace("\u2013", "-").replace("\u2011", "-")


_LOST_DIACRITICS = [
    (re.compile(r"\b([Rr])admann\b"), r"\1ådmann"),
    (re.compile(r"\b(nav-?)[t1]eder\b", re.IGNORECASE), r"\1leder"),
    (re.compile(r"\b([Kk])ommunalsief\b"), r"\1ommunalsjef"),
    (re.compile(r"direkt[oe0]r\b"), "direktør"),
    (re.compile(r"\b([Oo])rdf[o0]rer\b"), r"\1rdfører"),
]


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
    for pattern, repl in _LOST_DIACRITICS:
        phrase = pattern.sub(repl, phrase)
    if phrase.isupper() and len(phrase) > 4:
        phrase = phrase.lower()
    return phrase[0].upper() + phrase[1:]


def labelled_title(text: str) -> str | None:
    """The value of a "Tittel: …" / "Stilling: …" line, as written."""
    m = _TITLE_LABEL.match(normalize_space(text))
    if not m:
        return None
    return normalise_title(normalize_space(text)[m.end():])


def person_name(text: str, ocr: bool = False) -> str | None:
    """The person's name in a fragment ("Navn: Kari Nordmann", "Navn
    (blokkbokstaver): KARI NORDMANN", "Kari Nordmann, Nav-leder", "Ola
    Hansen (sign.)"), or None. From OCR, a first name whose capital was read
    as a small letter ("ingrid Lid") is still a name, given its capital back."""
    text = normalize_space(text).strip(" _.…")
    label = _signers_name_label(text) or _NAME_LABEL.match(text)
    if label:
        text = text[label.end():]
    elif ":" in text:
        return None  # "Kontaktperson: Per Olsen" is not a signer
    roles = roles_in(text)
    if roles:
        text = text[: roles[0][2]]
    text = re.split(r"[,;/|]", text)[0]
    text = _SIGN_SUFFIX.sub("", text).strip(" _.-–")
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return None
    if any(t.lower().strip(".") in _NOT_NAME_WORDS for t in tokens):
        return None
    if ocr and _OCR_NAME_TOKEN.match(tokens[0]) and all(_NAME_TOKEN.match(t) for t in tokens[1:]):
        tokens[0] = tokens[0][0].upper() + tokens[0][1:]
    if any(not _NAME_TOKEN.match(t) for t in tokens) and not all(_CAPS_TOKEN.match(t) for t in tokens):
        return None
    if tokens[-1].endswith(".") or tokens[0].endswith("."):
        return None
    return " ".join(tokens)


def _signers_name_label(text: str) -> re.Match[str] | None:
    """"Navn:" further along a line that is about signing ("Underskrift
    Nav-leder: ____ Navn: Kari Nordmann"), not "Prosjektleders navn: …"."""
    found = None
    for found in _INNER_NAME_LABEL.finditer(text):
        pass
    if found is None:
        return None
    before = text[:found.start()]
    if "___" in before or _OPENER.search(fold(before)) or roles_in(before):
        return found
    return None


def full_dates(text: str) -> list[date]:
    """Dates with a day ("27.01.2020", "28. januar 2020"): a month alone is
    not the day someone signed."""
    found = []
    for m in find_dates(text):
        if m.text[:1].isdigit() and isinstance(m.value, date):
            found.append(m.value)
    return found
