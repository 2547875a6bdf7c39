"""The name's own part of a signer's caption, without the marks around it.

A caption may wrap the signer's printed name in marks that are not part of
it: a deputy signs "Tor Berg e.f." (etter fullmakt), "Tor Berg (p.p.)" or
"Tor Berg for Nav-leder Anne Lie"; a form prints the title with the name
in brackets after it ("Nav-leder (Gunn Brenden)"), or the name with the
title in brackets ("Kari Moe (rådmann)"). ``wording.person_name`` cuts the
title away; this module takes the marks off what is left, so the line
still reads as the signer's name. The marks are words of
``signatures.toml`` (``name_suffix_marks``, ``on_behalf``, ``signed_marks``).
"""

from __future__ import annotations

import re

from .words import signature_words

_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]+)[)\]]\s*")
"""The whole part in one pair of brackets: "(Gunn Brenden)"."""


def name_part(text: str, after_title: bool, before_title: bool) -> str:
    """``text`` without the marks around the name: brackets when it follows
    the title ("Nav-leder (Gunn Brenden)"), "for" or an opening bracket when
    the title follows ("Tor Berg for Nav-leder …", "Kari Moe (rådmann)"),
    a signed mark ("(sign.)") and a mark of signing on another's behalf
    ("e.f.") at its end."""
    words = signature_words()
    if before_title:
        text = words.behalf_before_title.sub("", text).rstrip(" ([")
    whole = _BRACKETED.fullmatch(text) if after_title else None
    if whole is not None:
        text = whole.group(1)
    text = words.signed_mark.sub("", text)
    return words.name_suffix_mark.sub("", text).strip(" _.-–")
