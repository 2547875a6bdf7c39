"""Budget rows packed tighter than one post per row: label and amount pairs
side by side in one row ("Lønn og sosiale utgifter | 880 000 | Kompetanse |
10 000"), and a cell holding several posts, one a line ("Lønn: NOK 900 000"
over "Kompetanse: NOK 15 000" over "Totalt: NOK 915 000").

A line may hold several posts too, each a label with its amount, set apart
by "|", ";", a sentence's end or a wide gap ("Lønn 600 000 | Kompetanse
10 000 | Sum 610 000"), some of them answered "ingen".

These shapes come from forms whose table has fewer rows than the budget has
posts, and from applications that pack their facts into few lines. Each is read only when its shape is unmistakable, since a row read
as one post would otherwise give the salary the amount of the post beside it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from soknad_extract.extract.budget.cells import amount_in_cell, is_identifier, is_percent_cell
from soknad_extract.extract.budget.lines import BudgetLine, category, names_field, text_lines
from soknad_extract.extract.budget.marks import CURRENCY_AFTER, CURRENCY_BEFORE, WHOLE_KRONER, states_nothing
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import find_amounts, fold

_PAIRS_MIN = 2
"""Label and amount pairs a row needs before it is read as pairs."""
_WRAPPED_DIGITS = re.compile(rf"\d{{3}}(?:[ .\u00a0]\d{{3}})*{WHOLE_KRONER}?(?:\s*{CURRENCY_AFTER})?", re.I)
"""A line of digits in groups of three only: the rest of an amount that
wrapped in a narrow cell ("NOK 900" over "000")."""
_NOTED_AMOUNT = re.compile(
    rf"(?:{CURRENCY_BEFORE}\s*)?\d{{1,3}}(?:[ .\u00a0]\d{{3}})*{WHOLE_KRONER}?\s*{CURRENCY_AFTER}?\s*\([^()]*\)", re.I)
"""An amount followed by a note in brackets."""
_ENDS_BEFORE_AMOUNT = re.compile(r"(?::|\b(?:kr\.?|kroner|nok))\s*$", re.I)
_AMOUNT_ALONE = re.compile(
    rf"(?:{CURRENCY_BEFORE}\s*)?\d{{1,3}}(?:[ .\u00a0]\d{{3}})*{WHOLE_KRONER}?(?:\s*{CURRENCY_AFTER})?", re.I)
_DIGIT = re.compile(r"\d").search
_STACKED_MIN = 2
"""Budget lines a cell needs before its lines are read one by one."""
_SHARE_THEN_AMOUNT = re.compile(
    r"(?P<share>\d{1,3}(?:[.,]\d+)?\s*(?:%|prosent))(?:\s*[–—,;/-]\s*|\s+)(?P<amount>.+)", re.I)
"""An answer giving a post's share and its amount, a dash, a comma or only
space between ("100 % – kr 590 000", "50 %   kr 300 000")."""
_ROLE_SHARE_AMOUNT = re.compile(
    r"(?P<role>[^\W\d_][^\d,;:]*?)(?:\s*,\s*|\s+)(?P<share>\d{1,3}(?:[.,]\d+)?\s*(?:%|prosent))(?:\s*,\s*|\s+)"
    r"(?P<amount>.+)", re.I)
"""An answer listing a post's role, share and amount, commas or spaces between ("Ungdomsrettleiar,
100 %, 600 000", "Mentor 50 % 300 000"), as a field "Stilling 1 (tittel, stillingsprosent, kroner)" asks."""


def role_share_amount(text: str) -> tuple[str, str, str] | None:
    """The role, share and amount of an answer listing them with commas
    between, when its last piece is an amount; else None. Serves forms whose
    field for each post asks for its title, share and kroner in one answer."""
    match = _ROLE_SHARE_AMOUNT.fullmatch(text.strip())
    if match is None or amount_in_cell(match.group("amount")) is None:
        return None
    return match.group("role"), match.group("share"), match.group("amount")


def paired_rows(row: Row, scale: int = 1) -> list[Row] | None:
    """A row of alternating label and amount cells split into one row per
    pair, each label taking the amount right after it; None unless every
    filled cell keeps the alternation and two labels at least name posts of
    a budget (salary, competence, a total), not counts ("Antall deltakere |
    1 200 | Søknadsbeløp | 500 000" is no budget row). A label is text that
    is neither an amount, a share nor an identifier; an amount is what
    ``amount_in_cell`` reads under its column, or an amount with a note in
    brackets that does not add up ("880 000 (herav 300 000 fra kommunen)"):
    that pair keeps the row's shape but gives no line, since which number is
    the post's cannot be told. A form laid out in two columns of label and
    value (a landscape page) puts a field of its own beside a budget post
    ("Organisasjonsnr. | 964438706 | Lønn | 610.000,-"): a pair whose label
    asks for a form field and whose value is no amount is left out, when
    every pair with an amount names a post of a budget."""
    indexed = [(i, cell) for i, cell in enumerate(row.cells) if cell.text.strip()]
    if len(indexed) % 2:
        return _positional_pairs(row, scale)
    if len(indexed) < 2 * _PAIRS_MIN:
        return None
    pairs = []
    fields = 0
    for (li, label), (ai, value) in zip(indexed[::2], indexed[1::2]):
        label_header, value_header = _header(row, li), _header(row, ai)
        text = label.text.strip()
        if (amount_in_cell(text, label_header, scale) is not None or is_percent_cell(text, label_header)
                or is_identifier(text) or not re.search(r"[^\W\d_]{3}", text)):
            return None
        if amount_in_cell(value.text.strip(), value_header, scale) is not None:
            pairs.append(Row([label, value], row.page, row.in_table, [label_header, value_header] if row.header else []))
        elif states_nothing(value.text) and not names_field(text):
            # "Annet | 0 | Sum omsøkt | 590 000": the post's value is its own cell, nothing asked for it
            pairs.append(Row([label, replace(value, text="0,-")], row.page, row.in_table,
                             [label_header, value_header] if row.header else []))
        elif names_field(text):
            fields += 1
        elif not _NOTED_AMOUNT.fullmatch(value.text.strip()):
            return None
    if fields:
        return pairs if pairs and all(category(pair.cells[0].text, None) != "other" for pair in pairs) else None
    posts = [label for label, _ in zip(indexed[::2], indexed[1::2]) if category(label[1].text, None) != "other"]
    return pairs if len(posts) >= _PAIRS_MIN or posts and _pairs_above(row, scale) else None


def _pairs_above(row: Row, scale: int) -> bool:
    """The table's first row is a row of budget pairs ("Lønn | 580 000 |
    Kompetanse | 10 000"): a row under it with one post beside another cost
    ("Annet | 0 | Sum omsøkt | 590 000") keeps the table's shape."""
    header = row.header
    if len(header) != len(row.cells) or [c.text for c in row.cells] == header:
        return False
    first = Row([replace(cell, text=text) for cell, text in zip(row.cells, header)], row.page, row.in_table, [])
    return paired_rows(first, scale) is not None


def _positional_pairs(row: Row, scale: int) -> list[Row] | None:
    """The pairs of a row of label and amount columns where a label's own
    amount cell is empty ("Anna | (empty) | Sum det blir søkt om | kr 430 000"):
    each label owns the cell right after it, so an empty one means no amount
    and never takes the next pair's. Serves forms laid out in four (or six)
    columns, two label/amount pairs a row, with a post left unanswered. Read
    only in a row without column names above it (a "header" that is the
    table's first pair row, amounts in its value columns, is none), when no
    label cell is empty and every pair with an amount names a post of a
    budget (salary, competence, a total, own funding); else None, and the
    row is read as before."""
    cells = row.cells
    if len(cells) < 2 * _PAIRS_MIN or len(cells) % 2 or not _data_above(row):
        return None
    pairs = []
    for label, value in zip(cells[::2], cells[1::2]):
        text, answer = label.text.strip(), value.text.strip()
        if (not text or amount_in_cell(text, "", scale) is not None or is_percent_cell(text, "")
                or is_identifier(text) or not re.search(r"[^\W\d_]{3}", text)):
            return None
        if not answer:
            continue
        if states_nothing(answer) and category(text, None) != "total":
            pairs.append(Row([label, replace(value, text="0,-")], row.page, row.in_table, []))
            continue  # "Annet | – | Sum | 590 000": nothing asked for it
        if amount_in_cell(answer, "", scale) is None or category(text, None) not in _POSITIONAL_POSTS:
            return None
        pairs.append(Row([label, value], row.page, row.in_table, []))
    return pairs or None


def _data_above(row: Row) -> bool:
    """No header, or one whose value columns hold amounts or nothing: the
    first row of a table of pairs, not the names of its columns."""
    values = row.header[1::2]
    return not row.header or (len(row.header) == len(row.cells) and any(v.strip() for v in values)
                              and all(not v.strip() or amount_in_cell(v) is not None for v in values))


_POSITIONAL_POSTS = ("positions", "competence", "total", "own_funding")
"""What a label beside an amount in a row read by position may name."""


def shares_apart(row: Row) -> Row:
    """The row with an answer that gives a post's share and its amount in one
    cell ("Stilling: Jobbspesialist | 100 % – kr 590 000") split into a share
    cell and an amount cell, as a table with a share column would hold them.
    Serves forms that ask for each post on a row of its own, label naming the
    role, answer "share – amount"; a cell whose rest is no amount stays whole.
    An answer "role, share, amount" (``role_share_amount``) gives a role cell
    too, which takes the place of a label that only asks for a post
    ("Stilling 1 (tittel, stillingsprosent, kroner)"): the role is the post."""
    cells: list[Span] = []
    header: list[str] = []
    for i, cell in enumerate(row.cells):
        match = _SHARE_THEN_AMOUNT.fullmatch(cell.text.strip())
        listed = role_share_amount(cell.text) if match is None else None
        if listed is not None:
            if cells and cells[-1].text.strip() and category(cells[-1].text, 100.0) == "positions":
                cells, header = cells[:-1], header[:-1]
            cells += [replace(cell, text=piece, lines=()) for piece in listed]
            header += [_header(row, i)] * 3
            continue
        if match is None or amount_in_cell(match.group("amount")) is None:
            cells.append(cell)
            header.append(_header(row, i))
            continue
        cells += [replace(cell, text=match.group("share"), lines=()), replace(cell, text=match.group("amount"), lines=())]
        header += [_header(row, i)] * 2
    if len(cells) == len(row.cells):
        return row
    return Row(cells, row.page, row.in_table, header if row.header else [])


def _header(row: Row, index: int) -> str:
    return row.header[index] if index < len(row.header) else ""


def stacked_lines(row: Row, source: int | None, scale: int = 1) -> list[BudgetLine]:
    """The budget lines of cells that hold one post a line. A cell counts
    when it has two budget lines or more and every line but its first (which
    may be the cell's own label, "Budsjett") is one; a line of digits alone
    finishes the amount wrapped on the line above it. A line may hold
    several posts (``pieced_lines``: "Løn 452 000 kr, sosiale kostnader
    128 000 kr, sum løn 580 000 kr." over "Kompetansemidlar 8 000 kr.")."""
    found: list[BudgetLine] = []
    for cell in row.filled():
        lines = [Row([replace(cell, text=line, lines=())], row.page) for line in _unwrapped(cell.lines)]
        read = [text_lines(line, scale) or pieced_lines(line, None, scale) for line in lines]
        if sum(len(r) for r in read) >= _STACKED_MIN and all(read[1:]):
            found.extend(replace(line, source=source) for r in read for line in r)
    return found


def _unwrapped(lines: tuple[str, ...]) -> list[str]:
    """A cell's lines with what a narrow column wrapped put back: digits
    alone finish the amount above them ("NOK 900" over "000"), an amount
    alone follows the label that ends in a colon or a currency word above
    it, and a line opening in lower case goes on with the words of the line
    above it when that one holds no number yet (a wrapped label)."""
    joined: list[str] = []
    for line in (line.strip() for line in lines):
        last = joined[-1] if joined else ""
        goes_on = bool(last) and (
            last[-1:].isdigit() and _WRAPPED_DIGITS.fullmatch(line)
            or _ENDS_BEFORE_AMOUNT.search(last) and _AMOUNT_ALONE.fullmatch(line)
            or line[:1].islower() and not re.search(r"\d", last))
        if goes_on:
            joined[-1] = f"{last} {line}"
        else:
            joined.append(line)
    return joined


PIECE_BREAK = re.compile(r"\s*[|¦;]\s*|(?<=[^\W_])\.\s+(?=[A-ZÆØÅ])|(?:(?<=\d)|(?<=\d kr)|(?<=\d kroner)|(?<=\d kronar))"
                         r"(?:,\s+|(?<=\S)\s+[–—/·-]\s+)(?!(?:kr|kroner|kronar|nok)\b)(?=[^\W\d])", re.I)
"""What sets the posts of one line apart: a bar, a semicolon, a full stop
closing a sentence (a capital follows it; "sos. utg." and "kr. 600 000" go
on), or a comma after an amount, its currency word written after it or not,
before the next post's words ("kr 300 000, kompetanse kr 5 000", "Løn 452 000
kr, sosiale kostnader 128 000 kr, sum løn 580 000 kr"), or a dash, a slash or
a middle dot with space on both sides in that place ("Lønn 590 000 –
kompetanse 10 000 – sum 600 000"). A dash before a figure or a currency word
is a range or a minus ("500 000 – 600 000", "– kr 20 000") and splits
nothing."""
_INTRO = re.compile(r"^[^:|;]{1,40}:\s+(?=[^\W\d_])")
"""A heading that opens a line of posts ("Budsjett: stilling 100 % kr …",
"Søknadsbeløp 2020: Lønn 600 000 | …")."""
_HEADING_ALONE = re.compile(r"^[^:|;\d]{1,40}:$")
"""That heading alone in a label cell (``_heads_the_line``)."""
_NO_AMOUNT = re.compile(
    rf"(?:{CURRENCY_BEFORE}\s*)?0(?:[.,]0{{1,2}}|{WHOLE_KRONER})?(?:\s*{CURRENCY_AFTER})?|[-–—]{{1,2}}|{WHOLE_KRONER}", re.I)
"""A post answered with nothing in figures: "0", "kr 0,-", a dash."""
_NOTHING_LABEL_MAX = 70
"""Longest label of a post answered with nothing; longer, it is prose."""


def pieced_lines(row: Row, source: int | None, scale: int = 1) -> list[BudgetLine]:
    """The posts of a line that holds several, each its label with its amount
    ("Lønn 600 000 | Kompetanse 10 000 | Sum 610 000", "Budsjett: stilling
    100 % kr 595 000; kompetanse kr 10 000; totalt kr 605 000", or the same
    in cells a wide gap set apart). Every piece must be a budget line or a
    post answered with nothing ("Andre kostnader: ingen"), which gives no
    line: an amount belongs to the label right before it, never to a label
    further back. A line with a piece that is neither is left to the other
    readers, as is a line of one piece. Serves forms and short letters that
    pack their budget into one line. A line without a digit is not split
    (most rows have none): every budget line a piece gives closes in figures
    (``text_lines``), and pieces answered with nothing alone give none."""
    if not any(_DIGIT(cell.text) for cell in row.filled()):
        return []
    return _pieced(row, source, scale)


def _pieced(row: Row, source: int | None, scale: int) -> list[BudgetLine]:
    if any(len(cell.lines) > 1 for cell in row.filled()):
        return []  # a cell of several lines holds its posts one a line: ``stacked_lines``
    cells = row.filled()
    if len(cells) > 1 and _heads_the_line(cells[0].text):
        cells = cells[1:]
    pieces = [(cell, part) for cell in cells for piece in PIECE_BREAK.split(cell.text.strip())
              for part in _after_nothing(piece) if part.strip(" .")]
    if len(pieces) < 2:
        return []
    found: list[BudgetLine] = []
    for i, (cell, piece) in enumerate(pieces):
        lines = _piece_lines(cell, strip_bullet(piece.strip()), row.page, scale, first=i == 0)
        if lines is None:
            return []
        found.extend(replace(line, source=source) for line in lines)
    return found


_DASH_BREAK = re.compile(r"\s+[–—/·-]\s+(?=[^\W\d])")


def _heads_the_line(text: str) -> bool:
    """A label cell that only heads the posts in the answer cell beside it
    ("Budsjett:" | "Løn 590 000, kompetanse 10 000, i alt 600 000 kroner"):
    words closed by a colon, or a budget heading of the vocabulary without
    one ("Budsjett", "Kostnadsoversikt"). Forms laid out as label and answer
    put the budget line's heading in a cell of its own."""
    if category(text.strip(" :"), None) in ("positions", "competence"):
        return False  # "Kompetanse:" | "kurs 5 000, reiser 3 000": the parts of that post
    return bool(_HEADING_ALONE.match(text.strip()) or budget_words().heading.search(fold(text).strip(" :.")))


def _after_nothing(piece: str) -> list[str]:
    """A piece split after a post answered with nothing that a dash sets
    apart from the next post ("kompetanse ingen – sum 590 000"): no figure
    closes that post, so ``PIECE_BREAK`` does not see the break, and the
    next post's amount would be read as the answered-nothing post's."""
    dash = _DASH_BREAK.search(piece)
    if dash is not None and answers_nothing(piece[:dash.start()]):
        return [piece[:dash.start()], *_after_nothing(piece[dash.end():])]
    return [piece]


def _piece_lines(cell: Span, piece: str, page: int, scale: int, first: bool) -> list[BudgetLine] | None:
    """One piece's budget lines; [] for a post answered with nothing, None
    for a piece that is neither. The first piece may open with a heading for
    the whole line ("Budsjett:"), whose words name no post."""
    intro = _INTRO.match(piece) if first else None
    if intro is not None:
        rest = _lines_in(cell, piece[intro.end():], page, scale)
        if rest:
            return rest
    return _lines_in(cell, piece, page, scale) or ([] if answers_nothing(piece) else None)


def _lines_in(cell: Span, text: str, page: int, scale: int) -> list[BudgetLine]:
    return text_lines(Row([replace(cell, text=text, lines=())], page), scale)


def answers_nothing(piece: str) -> bool:
    """A post answered with nothing: its label, then "ingen", "0" or a dash
    ("Andre kostnader: ingen", "Kompetanse – 0"); the words are
    ``budget.toml``'s ``no_amount``."""
    label, colon, answer = piece.strip().rstrip(".").rpartition(":")
    if not colon:
        label, _, answer = piece.strip().rstrip(".").rpartition(" ")
    label, answer = label.strip(" -–—"), answer.strip()
    if (not re.search(r"[^\W\d_]{3}", label) or len(label) > _NOTHING_LABEL_MAX or find_amounts(label)
            or names_field(label)):
        return False
    return bool(_NO_AMOUNT.fullmatch(answer) or budget_words().no_amount.search(fold(answer)))
