"""Whether an application asks for another grant than the scheme's own.

An office applies to more grants than this one: the Directorate of Health's
grant to municipal drug work (kap. 765), IMDi's, the Labour and Welfare
directorate's others. Such an application names its grant in its heading
("Søknad om tilskudd til kommunalt rusarbeid 2020 (kap. 765 post 62)") and
may name this scheme in passing, as the office's earlier project ("Tidligere
har NAV Selbu hatt tilskudd til utvikling av sosiale tjenester …") or to say
that it is another ("denne søknaden gjelder en annen ordning"). The own
scheme's name counts for the application in any sentence that does not set
it aside (a heading that names it asks for it: "Søknad om tilskudd til …");
a sentence that asks for it ("vi søker om videreføring av tilskuddet vi
tidligere fikk") is never aside. The heading is the application part's, or
a letter's subject line under its letterhead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir

_SENTENCE_END = re.compile(r";\s*|[.!?]\s+(?=[A-ZÆØÅ])|\n\s*(?=[A-ZÆØÅ«])|\n\s*\n")
"""Where a sentence or clause ends: a stop before a capital, ";", or a line
that opens with a capital (a heading ends without a stop). Not after "kap."
before its number, nor in a date ("1. februar"). Cutting too often (a
wrapped line opening with a name) only lets a mention of the own scheme
count: the safe side."""


@dataclass(frozen=True)
class _Grants:
    own: dict[str, Wordings]
    other: Wordings
    earlier: Wordings
    """A sentence naming the own scheme as an earlier grant."""
    elsewhere: Wordings
    """A sentence saying the application is for another scheme than the own."""
    request: Wordings


@lru_cache(maxsize=4)
def _grants(folder: Path) -> _Grants:
    entry = Entry("documents", folder)
    own = {grant.text("family"): grant.wordings() for grant in entry.tables("own_grant")}
    earlier = [*entry.table("earlier_grant_words").both(), *entry.table("own_grant_aside").both()]
    return _Grants(own, entry.table("other_grants").wordings(), Wordings(earlier),
                   entry.table("own_grant_other").wordings(), Entry("language", folder).table("request").wordings())


def names_other_grant(head: str, text: str, family: str) -> bool:
    """The heading ``head`` names another grant, and the text names the
    family's own grant nowhere but in sentences that set it aside."""
    grants = _grants(vocabulary_dir())
    own = grants.own.get(family)
    if own is None or not grants.other.search(fold(head)):
        return False
    return not any(own.search(sentence) and not _aside(sentence, grants)
                   for sentence in map(fold, _SENTENCE_END.split(text)))


def _aside(sentence: str, grants: _Grants) -> bool:
    if grants.elsewhere.search(sentence):
        return True
    return bool(grants.earlier.search(sentence)) and not grants.request.search(sentence)
