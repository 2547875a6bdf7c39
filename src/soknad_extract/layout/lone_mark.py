"""The option a line's only mark chooses when the other options stand unmarked beside it.

Forms typed in a word processor or Google Docs often print a question's
options on one line and let the office type one mark before the chosen
option, leaving the others bare: "✔ Ny   Videreføring", "X Ja  Nei",
"Nettverk: ☒ Ja    Nei". The mark binds to the option right after it; a
wide gap (a tab, two spaces or more) before a capitalised word parts it
from the unmarked alternative, which the mark does not choose. A form that
puts its marks after the options ("Ny ✔   Videreføring") shows it by the
gaps: the mark stands close to the option before it and far from the next.
"""

from __future__ import annotations

import re

_WIDE_GAP = re.compile(r"\t|[ ]{2,}")
_ALTERNATIVE = re.compile(r"(?:\t|[ ]{2,})\s*(?=[A-ZÆØÅ])")
"""A wide gap before a capitalised word: where an option beside the chosen one starts."""
_EDGE = " \t:;,|"
_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word before a mark, never an item's number or letter ("2.", "b)")."""

_MAX_OPTION_WORDS = 4
"""Words an option of a line of bare options holds at most ("Nytt prosjekt",
"Bruk av ordinært arbeidsliv"): a longer run is a sentence, not an option."""


def lone_mark_label(before: str, after: str) -> str:
    """The label of a line's only box, from the words ``before`` it (after
    any question) and ``after`` it: the option the mark stands against, cut
    from the unmarked option beside it. Where the gaps do not tell which
    side the mark belongs to, the words after it, as before."""
    option_before = before.rstrip(_EDGE)
    words_before = _WIDE_GAP.split(option_before)[-1].strip(_EDGE)
    close_before = _WORD.search(words_before) and not _WIDE_GAP.search(before[len(option_before):])
    if close_before and _WIDE_GAP.match(after) and after.strip(_EDGE):
        return words_before
    return _ALTERNATIVE.split(after.strip(_EDGE), maxsplit=1)[0].strip(_EDGE)


def bare_options(after: str) -> list[str] | None:
    """The options of a line that a lone typed "X" opens ("X Ja  Nei", "X Nytt
    prosjekt   Videreføring"): two or more short capitalised runs parted by
    wide gaps, none asking a question; None for anything else, which an "X"
    alone never marks."""
    parts = [p.strip(_EDGE) for p in _ALTERNATIVE.split(after.strip(_EDGE))]
    if len(parts) < 2 or not all(parts):
        return None
    if any(len(p.split()) > _MAX_OPTION_WORDS or re.search(r"[:?]", p) for p in parts):
        return None
    return parts
