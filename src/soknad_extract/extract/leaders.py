"""What stands between a label and its answer on one line: the patterns of
colons, dot leaders and numbering the pair finder (``extract.pairs``) splits
at and strips. They parse typography, not words, so they stay patterns here.

Dot leaders come in two typefaces: unspaced ("Status ........ Nytt tiltak")
and typewriter style, each dot followed by a space ("Prosjektets navn . . . .
Ung i arbeid"), as reportlab forms, Word tab leaders and typed forms set
them. Three spaced dots read the same as "...": where they stand inside a
sentence (an ellipsis, ". . ."), the pair finder still asks the label
vocabulary whether the words before them name a field, so prose stays prose.
"""

from __future__ import annotations

import re

SEPARATOR = re.compile(r"\s*(?::|\.{2,}|…|\.(?:\s\.){2,})[.…:]*\s*")
"""A colon, or a leader of dots a typewriter-style form fills the gap with
("6. Status ........ Nytt tiltak", "Tittel .. Ung i jobb", "Kommune . . . .
Nærøysund kommune")."""
NUMBERING = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*[.)]?|[a-hA-H][.)]|[A-H]\d{1,2}(?:\.\d{1,2})*[.)]?|[-•*–])\s+")
"""An item's number before its label: "2.1", "(3)", "a)", a part's letter
with the item's number ("B1 Prosjektnavn", "C4 Totalt", as forms that letter
their parts A, B, C … number their items), a bullet."""
TRAILING_LEADER = re.compile(r"\s*(?:\.{2,}|…|\.(?:\s+\.){2,}|_{2,}|_(?:\s+_)+)[\s.…:_]*$")
"""A leader of dots or rules ("……", ". . . .", "_ _ _") a label ends in when
its answer stands apart, in a cell or line of its own ("Kontaktperson ........"
| "Trine Mo"): it ends the label as a colon does."""
