"""Finding signature blocks in the layout model: labels, roles, names, dates.

A signature block is where a signer is meant to sign: a label ("Signatur",
"Dato og underskrift", "Med vennlig hilsen"), a role or title ("Nav-leder",
"Rådmann", "Kommunalsjef for helse og velferd"), the signer's printed name
and a date. Real documents arrange these as two table cells, two columns on
one PDF row, stacked blocks, or the closing of a letter. This module turns
every layout into the same thing — *fragments* with a box — and groups them:

- PDF and OCR lines keep their geometry; a line whose words are far apart
  (two columns on one row) is split into one fragment per column.
- Word has no geometry, so fragments get a pseudo box: table column *c* is
  the x band ``[200c, 200c + 180]``, each paragraph 18 units tall, all lines
  of a table row start at the row's height. Tab-separated parts of a
  paragraph become side-by-side fragments. The same distance rules then work
  for Word, PDF and scans.

Only fragments inside a *signature zone* (from a signature label, closing or
bare line to sign on, to the end of its page) are read as names and titles,
so that "Leder av Nav-kontoret: Kari Nordmann" in the applicant section is
never taken for a signature. Without any of those, titles that stand as
lines ("Nav-leder") open the zone a little above themselves.

Inside a block, a cell's labelled sub-lines say what they are: "Navn
(blokkbokstaver): …", "Namn: …" give the name; "Tittel: …", "Stilling: …"
the title, kept as written ("NAV-leder", "Kommunalsjef helse og omsorg");
"For Nav-kontoret" / "For kommunen" headings give only the role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..layout import BBox, Document, Image, Line, Page
from ..norwegian import find_dates, fold, normalize_space

WORD_COLUMN = 200.0
WORD_COLUMN_WIDTH = 180.0
WORD_LINE = 18.0

ROW_GAP = 60.0
"""Largest vertical gap between a block's label/title and its name or date."""
SIDE_GAP = 260.0
"""Largest horizontal gap to a value on the same row ("Navn: | Kari Nordmann")."""


@dataclass
class Fragment:
    """One column's worth of text on one visual row."""

    text: str
    page: int
    box: BBox
    real: bool
    """``box`` is page geometry (PDF, OCR) rather than Word's pseudo box."""
    order: int
    confidence: float = 1.0
    ocr: bool = False
    table_cell: tuple[int, int, int] | None = None

    @property
    def folded(self) -> str:
        return fold(self.text)


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


# --- fragments from the layout model --------------------------------------

_TAB_SPLIT = re.compile(r"\t+|\s{4,}")


def fragments(doc: Document) -> list[Fragment]:
    """Every line of the document as column fragments, in document order,
    plus the answers of PDF form fields that no text line shows."""
    out: list[Fragment] = []
    for page in doc.pages:
        lines = page.lines
        if any(line.bbox is not None for line in lines):
            for line in lines:
                out.extend(_split_real(line, len(out)))
            out.extend(_unshown_field_values(page, len(out)))
        else:
            out.extend(_pseudo(lines, len(out)))
    for i, frag in enumerate(out):
        frag.order = i
    return out


def _unshown_field_values(page: Page, order: int) -> list[Fragment]:
    """A filled PDF form whose fields have no appearance (the filling tool
    left it to the viewer) shows no text for its answers: the field's value
    at the field's place is what a reader of the printed form would see."""
    out = []
    for f in page.fields:
        value = normalize_space(f.value or "")
        if f.bbox is None or f.kind not in ("text", "date", "dropdown") or not value:
            continue
        shown = any(line.bbox is not None and _overlaps(line.bbox, f.bbox) and fold(value) in fold(line.text)
                    for line in page.lines)
        if not shown:
            out.append(Fragment(text=value, page=page.number, box=f.bbox, real=True, order=order,
                                confidence=f.confidence))
    return out


def _overlaps(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _split_real(line: Line, order: int) -> list[Fragment]:
    if line.bbox is None:
        return []
    words = [w for w in line.words if w.bbox is not None and w.text.strip()]
    height = max(line.bbox[3] - line.bbox[1], 1.0)
    groups: list[list] = []
    if words:
        words.sort(key=lambda w: w.bbox[0])
        gap_limit = max(20.0, 1.8 * height)
        for w in words:
            if groups and w.bbox[0] - groups[-1][-1].bbox[2] <= gap_limit:
                groups[-1].append(w)
            else:
                groups.append([w])
    if len(groups) <= 1:
        parts = [p for p in _TAB_SPLIT.split(line.text) if p.strip()]
        if len(parts) <= 1 or not line.text:
            return [_frag(line.text, line, line.bbox, True, order)]
        # No word boxes: place the parts proportionally to their offsets.
        x0, top, x1, bottom = line.bbox
        width = (x1 - x0) / max(len(line.text), 1)
        frags, pos = [], 0
        for part in parts:
            start = line.text.index(part, pos)
            pos = start + len(part)
            frags.append(_frag(part, line, (x0 + start * width, top, x0 + pos * width, bottom),
                               True, order))
        return frags
    frags = []
    for group in groups:
        box = (min(w.bbox[0] for w in group), min(w.bbox[1] for w in group),
               max(w.bbox[2] for w in group), max(w.bbox[3] for w in group))
        text = " ".join(w.text for w in group)
        conf = min((w.confidence for w in group), default=line.confidence)
        frags.append(_frag(text, line, box, True, order, conf))
    return frags


def _frag(text: str, line: Line, box: BBox, real: bool, order: int,
          confidence: float | None = None) -> Fragment:
    return Fragment(text=normalize_space(text), page=line.page, box=box, real=real,
                    order=order, confidence=line.confidence if confidence is None else confidence,
                    ocr=line.ocr, table_cell=line.table_cell)


def word_line_boxes(lines: list[Line]) -> list[BBox]:
    """Pseudo boxes for a Word page's lines (see the module docstring): a
    running cursor moves down one line per paragraph; the cells of a table
    row all start at the row's top, and the next row starts below the row's
    tallest cell."""
    boxes: list[BBox] = []
    row_top: dict[tuple[int, int], float] = {}
    cell_count: dict[tuple[int, int, int], int] = {}
    cursor = 0.0
    for line in lines:
        if line.table_cell is None:
            boxes.append((0.0, cursor, WORD_COLUMN * 3 + WORD_COLUMN_WIDTH, cursor + WORD_LINE * 0.8))
            cursor += WORD_LINE
            continue
        table, row, col = line.table_cell
        top = row_top.setdefault((table, row), cursor)
        k = cell_count.get(line.table_cell, 0)
        cell_count[line.table_cell] = k + 1
        y = top + k * WORD_LINE
        cursor = max(cursor, y + WORD_LINE)
        x = col * WORD_COLUMN
        boxes.append((x, y, x + WORD_COLUMN_WIDTH, y + WORD_LINE * 0.8))
    return boxes


def _pseudo(lines: list[Line], order: int) -> list[Fragment]:
    frags: list[Fragment] = []
    for line, box in zip(lines, word_line_boxes(lines)):
        parts = [p for p in _TAB_SPLIT.split(line.text) if p.strip()]
        if len(parts) <= 1:
            frags.append(_frag(line.text, line, box, False, order))
            continue
        width = (box[2] - box[0]) / len(parts) if line.table_cell else WORD_COLUMN
        for i, part in enumerate(parts):
            x = box[0] + i * width
            frags.append(_frag(part, line, (x, box[1], x + width * 0.9, box[3]), False, order))
    return frags


def image_box(image: Image, doc: Document) -> BBox | None:
    """The image's page box, or for Word a pseudo box from its paragraph or cell."""
    if image.bbox is not None:
        return image.bbox
    page = next((p for p in doc.pages if p.number == image.page), None)
    if page is None:
        return None
    boxes = word_line_boxes(page.lines)
    if image.paragraph_index is not None and 0 <= image.paragraph_index < len(boxes):
        x0, y0, x1, y1 = boxes[image.paragraph_index]
        if image.table_cell is not None:
            x0 = image.table_cell[2] * WORD_COLUMN
            x1 = x0 + WORD_COLUMN_WIDTH
        return (x0, y0 - WORD_LINE * 0.5, x1, y1)
    if image.table_cell is not None:
        for line, box in zip(page.lines, boxes):
            if line.table_cell == image.table_cell:
                return (box[0], box[1] - WORD_LINE * 0.5, box[2], box[1])
        for line, box in zip(page.lines, boxes):
            if line.table_cell and line.table_cell[:2] == image.table_cell[:2]:
                x0 = image.table_cell[2] * WORD_COLUMN
                return (x0, box[1] - WORD_LINE * 0.5, x0 + WORD_COLUMN_WIDTH, box[1])
    return None


# --- geometry -------------------------------------------------------------

def union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def distance(a: BBox, b: BBox, row_gap: float = ROW_GAP, side_gap: float = SIDE_GAP) -> float | None:
    """How far `b` is from `a` as a member of the same block: in the same
    column (x overlap) within `row_gap` vertically, or on the same row
    within `side_gap` horizontally. None when neither."""
    x_overlap = min(a[2], b[2]) - max(a[0], b[0])
    narrower = max(min(a[2] - a[0], b[2] - b[0]), 1.0)
    y_gap = max(b[1] - a[3], a[1] - b[3], 0.0)
    if x_overlap >= 0.3 * narrower and y_gap <= row_gap:
        return y_gap
    y_overlap = min(a[3], b[3]) - max(a[1], b[1])
    shorter = max(min(a[3] - a[1], b[3] - b[1]), 1.0)
    x_gap = max(b[0] - a[2], a[0] - b[2], 0.0)
    if y_overlap >= 0.5 * shorter and x_gap <= side_gap:
        return x_gap * 0.5 + 1.0
    return None


# --- blocks -----------------------------------------------------------------

TITLE_FROM_HEADING, TITLE_FROM_LINE, TITLE_FROM_LABEL = 0, 1, 2
"""How much a block's title is the signer's own: a column heading
("Signatur Nav-leder") < a title line ("Nav-leder") < "Tittel: Nav-leder"."""


@dataclass
class Block:
    page: int
    role: str | None
    title: str | None
    frags: list[Fragment] = field(default_factory=list)
    name: str | None = None
    name_frag: Fragment | None = None
    date: date | None = None
    date_frag: Fragment | None = None
    images: list[tuple[Image, BBox, float]] = field(default_factory=list)
    """Ink images over the block: (image, its box, classifier confidence)."""
    role_only_zone: bool = False
    title_rank: int = TITLE_FROM_HEADING
    role_frags: list[Fragment] = field(default_factory=list)
    """The fragments that gave the block its role or title."""

    @property
    def box(self) -> BBox:
        return union([f.box for f in self.frags])

    @property
    def core_box(self) -> BBox:
        """The block without a date line it may share with its neighbours
        ("Sted og dato: Hamar, 27.01.2020" over both columns)."""
        shared = self.date_frag if self.date_frag not in self.role_frags + [self.name_frag] else None
        own = [f.box for f in self.frags if f is not shared]
        return union(own or [f.box for f in self.frags])

    @property
    def real(self) -> bool:
        return all(f.real for f in self.frags)

    @property
    def printed_signer(self) -> bool:
        """The name stands as signers print it: on the line just above the
        title ("Kari Nordmann" over "Nav-leder") or before it on one line
        ("Kari Nordmann, Nav-leder"), not as the answer to a label."""
        name = self.name_frag
        if name is None:
            return False
        for role_frag in self.role_frags:
            if role_frag is name:
                return ":" not in name.text
            height = max(name.box[3] - name.box[1], 1.0)
            gap = role_frag.box[1] - name.box[3]
            if _x_overlap(name.box, role_frag.box) > 0 and -1.0 <= gap <= 1.5 * height + 2.0:
                return True
        return False

    def text(self) -> str:
        return "\n".join(f.text for f in sorted(self.frags, key=lambda f: (f.box[1], f.box[0])))


@dataclass
class Zones:
    """Fragments read as part of signature blocks, and how the zone began."""

    members: list[Fragment]
    role_only: bool
    approval: list[Fragment]
    scribbles: list[Fragment] = field(default_factory=list)
    """OCR "text" that is handwriting: marks, not words."""


ROLE_LABEL_LEAD = 30.0
"""Without a signature label, a title opens the zone; the printed name just
above it (up to about two lines) belongs to it."""


def signature_zones(doc: Document, frags: list[Fragment]) -> Zones:
    """Fragments from each signature label to the end of its page (and the
    top of the next page when the label ends a page); cut at "Kopi til",
    "Vedlegg", "Saksbehandler". Without any label, role titles that stand as
    labels ("Nav-leder", "Rådmann") open zones, starting just above them;
    blocks found so must carry a mark or stand as printed signers to count."""
    approval = [f for f in frags if is_approval(f)]
    openers = [f for f in frags if is_opener(f)]
    role_only = False
    if not openers:
        openers = [f for f in frags if _role_label(f)]
        role_only = True
    page_height = {p.number: p.height for p in doc.pages}
    by_page: dict[int, list[Fragment]] = {}
    for f in frags:
        by_page.setdefault(f.page, []).append(f)
    members: dict[int, Fragment] = {}
    for opener in openers:
        page_frags = by_page[opener.page]
        for f in _below(opener, page_frags, role_only) + _date_just_above(opener, page_frags, role_only):
            members[f.order] = f
        if _ends_page(opener, page_frags, page_height.get(opener.page)):
            nxt = by_page.get(opener.page + 1, [])
            height = page_height.get(opener.page + 1)
            limit = height * 0.4 if height else None
            top_part = [f for f in nxt if (f.box[1] < limit if limit else nxt.index(f) < 12)]
            for f in top_part:
                members[f.order] = f
    ordered = _cut_at_stops(sorted(members.values(), key=lambda f: f.order))
    scribbles = _handwriting_read_as_text(ordered, frags)
    return Zones(members=[f for f in ordered if f not in scribbles], role_only=role_only,
                 approval=approval, scribbles=scribbles)


SCRIBBLE_HEIGHT = 2.0
"""OCR line this many times taller than the page's usual line: Tesseract
reading a signature as letters ("idl Balu"), which is no name to report."""


def _handwriting_read_as_text(members: list[Fragment], frags: list[Fragment]) -> list[Fragment]:
    heights: dict[int, list[float]] = {}
    for g in frags:
        if g.ocr and g.real:
            heights.setdefault(g.page, []).append(g.box[3] - g.box[1])
    usual = {page: sorted(hs)[len(hs) // 2] for page, hs in heights.items()}
    return [f for f in members
            if f.ocr and f.real and f.box[3] - f.box[1] > SCRIBBLE_HEIGHT * usual[f.page]
            and not (roles_in(f.text) or full_dates(f.text))]


def _role_label(frag: Fragment) -> bool:
    roles = roles_in(frag.text)
    return len(roles) == 1 and len(frag.text.split()) <= 5


def _below(opener: Fragment, page_frags: list[Fragment], lead: bool = False) -> list[Fragment]:
    if opener.real:
        top = opener.box[1] - (ROLE_LABEL_LEAD if lead else 2.0)
        return [f for f in page_frags if f.box[1] >= top]
    first = opener.order - (2 if lead else 0)
    return [f for f in page_frags if f.order >= first or f.box[1] >= opener.box[1]]


DATE_REACH = 45.0
"""How far above a signature label its place-and-date line may stand."""


def _date_just_above(opener: Fragment, page_frags: list[Fragment], title: bool = False) -> list[Fragment]:
    """"Voss, 31. januar 2020" on the line or two above "Med vennleg helsing"
    or above the lines to sign on; above a title that opens the zone, over
    the names too ("Hamar, 27.01.2020" / "Kari Nordmann" / "Nav-leder"),
    and then only a short place-and-date line, not prose."""
    reach, lines = (2 * DATE_REACH, 4) if title else (DATE_REACH, 2)
    if opener.real:
        near = [f for f in page_frags if opener.box[1] - reach <= f.box[1] < opener.box[1] - 2.0]
    else:
        near = [f for f in page_frags if opener.order - lines <= f.order < opener.order]
    return [f for f in near if full_dates(f.text) and (not title or len(f.text.split()) <= 6)]


def _ends_page(opener: Fragment, page_frags: list[Fragment], height: float | None) -> bool:
    if opener.real and height:
        return opener.box[1] > height * 0.7
    later = [f for f in page_frags if f.order > opener.order]
    return len(later) < 8


def _cut_at_stops(ordered: list[Fragment]) -> list[Fragment]:
    kept: list[Fragment] = []
    stopped_at: dict[int, float] = {}
    for f in ordered:
        if f.page in stopped_at and f.box[1] >= stopped_at[f.page]:
            continue
        if is_stop(f):
            stopped_at[f.page] = f.box[1]
            continue
        kept.append(f)
    return kept


def _title_line(frag: Fragment) -> tuple[str | None, str | None, int] | None:
    """(role, title, rank) when the fragment names a role or a title."""
    if len(frag.text.split()) > 10 or is_approval(frag):
        return None
    labelled = labelled_title(frag.text)
    if labelled is not None:
        roles = {r[0] for r in roles_in(labelled)}
        return (roles.pop() if len(roles) == 1 else None), labelled, TITLE_FROM_LABEL
    roles = roles_in(frag.text)
    if len({r[0] for r in roles}) != 1:
        return None
    title = next((r[1] for r in roles if r[1]), None)
    heading = title is None or is_opener(frag) or frag.text.rstrip().endswith(":")
    rank = TITLE_FROM_HEADING if heading else TITLE_FROM_LINE
    return roles[0][0], title, rank


def find_blocks(zones: Zones) -> list[Block]:
    """Blocks with their role, title, name and date; marks are added by the caller."""
    blocks: list[Block] = []
    for f in zones.members:
        said = _title_line(f)
        if said is None:
            continue
        role, title, rank = said
        merged = _merge_target(blocks, f, role)
        if merged is None:
            blocks.append(Block(page=f.page, role=role, title=title, frags=[f], role_frags=[f],
                                role_only_zone=zones.role_only, title_rank=rank))
            continue
        merged.frags.append(f)
        merged.role_frags.append(f)
        merged.role = merged.role or role
        if title and (merged.title is None or rank > merged.title_rank):
            merged.title, merged.title_rank = title, rank
    _attach_names(blocks, zones)
    _attach_dates(blocks, zones)
    return blocks


def _merge_target(blocks: list[Block], frag: Fragment, role: str | None) -> Block | None:
    """A label and a title of the same role in one column are one block
    ("Signatur Nav-leder:" ... "Kari Nordmann" ... "Nav-leder"); a title
    without a role ("Tittel: Fagleder") joins the nearest block above it."""
    best: tuple[float, Block] | None = None
    for block in blocks:
        if block.page != frag.page or (role and block.role and block.role != role):
            continue
        d = distance(block.box, frag.box, row_gap=ROW_GAP * 1.5, side_gap=0.0)
        if d is not None and (best is None or d < best[0]):
            best = (d, block)
    return best[1] if best else None


def _attach_names(blocks: list[Block], zones: Zones) -> None:
    """Give each block the nearest printed name; a name belongs to one block.
    Names no block claims become blocks without a role."""
    candidates: list[tuple[float, int, int, str]] = []
    names: list[tuple[Fragment, str]] = []
    for f in zones.members:
        name = person_name(f.text, ocr=f.ocr)
        if name:
            names.append((f, name))
            continue
        wrapped = _wrapped_name(f, zones.members)
        if wrapped:
            names.append((f, wrapped))
    for ni, (f, _name) in enumerate(names):
        for bi, block in enumerate(blocks):
            if block.page != f.page:
                continue
            if f in block.frags:
                candidates.append((-1.0, ni, bi, _name))
                continue
            d = distance(block.box, f.box)
            if d is not None:
                # A printed name usually stands above its title; below a
                # block it more likely heads the next block down.
                if f.box[1] >= block.box[3] - 1.0:
                    d += ROW_GAP / 4
                candidates.append((d, ni, bi, _name))
    taken_names: set[int] = set()
    for d, ni, bi, name in sorted(candidates):
        block = blocks[bi]
        if ni in taken_names or block.name is not None:
            continue
        block.name, block.name_frag = name, names[ni][0]
        if names[ni][0] not in block.frags:
            block.frags.append(names[ni][0])
        taken_names.add(ni)
    for ni, (f, name) in enumerate(names):
        if ni not in taken_names:
            blocks.append(Block(page=f.page, role=None, title=None, frags=[f], name=name,
                                name_frag=f, role_only_zone=zones.role_only))


def _wrapped_name(label: Fragment, members: list[Fragment]) -> str | None:
    """"Navn (blokkbokstaver): Morten" with "Slettebakken" on the next line
    of the same cell: a name too long for its box wraps."""
    if not _NAME_LABEL.match(label.text) or ":" not in label.text:
        return None
    value = label.text.split(":", 1)[1].split()
    if len(value) != 1 or not _NAME_TOKEN.match(value[0]):
        return None
    height = max(label.box[3] - label.box[1], 1.0)
    for f in members:
        gap = f.box[1] - label.box[3]
        if (f.page != label.page or f is label or not -1.0 <= gap <= height
                or _x_overlap(f.box, label.box) <= 0 or ":" in f.text
                or (label.table_cell and f.table_cell and f.table_cell != label.table_cell)):
            continue
        tokens = f.text.split()
        if 1 <= len(tokens) <= 3 and all(_NAME_TOKEN.match(t) for t in tokens) and not roles_in(f.text):
            return person_name(label.text + " " + f.text, ocr=label.ocr)
    return None


def _attach_dates(blocks: list[Block], zones: Zones) -> None:
    """The block's own date (same column or row), else the nearest shared
    date line above it on the page ("Sted og dato: Hamar, 27.01.2020"),
    else the only date in the zone."""
    dated = [(f, full_dates(f.text)) for f in zones.members]
    dated = [(f, ds) for f, ds in dated if ds]
    for block in blocks:
        box = block.box
        best: tuple[float, Fragment, date] | None = None
        for f, ds in dated:
            if f.page != block.page:
                continue
            d = distance(box, f.box, row_gap=ROW_GAP * 1.5)
            if d is not None and (best is None or d < best[0]):
                best = (d, f, ds[0])
        if best is None:
            above = [(box[1] - f.box[3], f, ds[0]) for f, ds in dated
                     if f.page == block.page and f.box[3] <= box[1] + 1.0
                     and _x_overlap(f.box, box) > 0]
            if above:
                best = min(above, key=lambda t: t[0])
        if best is None and len({ds[0] for _f, ds in dated}) == 1:
            f, ds = dated[0]
            best = (0.0, f, ds[0])
        if best is not None:
            block.date, block.date_frag = best[2], best[1]
            if best[1] not in block.frags:
                block.frags.append(best[1])


def _x_overlap(a: BBox, b: BBox) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])
