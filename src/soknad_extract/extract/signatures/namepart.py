"""The name's own part of a signer's caption, without the marks around it.

A caption may wrap the signer's printed name in marks that are not part of
it: a deputy signs "Tor Berg e.f." (etter fullmakt), "Tor Berg (p.p.)" or
"Tor Berg for Nav-leder Anne Lie", and the role stays the block's (the
deputy signs as the leader). ``wording.person_name`` cuts the
title away; this module takes the marks off what is left, so the line
still reads as the signer's name. The marks are words of
``signatures.toml`` (``name_suffix_marks``, ``on_behalf``, ``signed_marks``).
"""

from __future__ import annotations

from .words import signature_words


def name_part(text: str, before_title: bool) -> str:
    """``text`` without the marks around the name: "for" when the title
    follows ("Tor Berg for Nav-leder …"), a signed mark ("(sign.)") and a
    mark of signing on another's behalf ("e.f.") at its end."""
    words = signature_words()
    if before_title:
        text = words.behalf_before_title.sub("", text)
    text = words.signed_mark.sub("", text)
    return words.name_suffix_mark.sub("", text).strip(" _.-–")
