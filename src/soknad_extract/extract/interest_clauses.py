"""How a letter's clause or a label's sentences relate to an interest topic.

A prose answer belongs to its own clause: the wish or decline must govern
the topic ("ønsker å delta i nettverk"), not stand beside a mere mention of
it ("trenger ikke å starte fra bunnen av, fordi kontoret har et nettverk"),
and a label's answer belongs to the label's last sentence. The words are
``answers.toml``'s, passed in by ``extract.interest``.
"""

from __future__ import annotations

import re

from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Wordings


def governs(verbs: Wordings, clause: str, topic: Wordings, bridge: frozenset[str],
            others: tuple[Wordings, ...] = (), joiner: frozenset[str] = frozenset()) -> bool:
    """A wish or declining phrase of ``verbs`` whose object is the topic: only
    small words ([governed_bridge]: "å delta i", "behov for en ekstern")
    stand between them, up to six ("positive til å være med i en ekstern
    prosessevaluering"). "Vi trenger ikke å starte fra bunnen av, fordi
    kontoret har et nettverk" only mentions the network. One verb may govern
    both topics: the ``others`` topics may stand between when a word of
    ``joiner`` follows the last of them ("deltar gjerne i nettverk og i
    ekstern prosessevaluering"), up to six words besides them."""
    for verb in verbs.finditer(clause):
        for found in topic.finditer(clause):
            if found.start() < verb.end():
                continue
            between = _past_joined(re.findall(r"\w+", fold(clause[verb.end():found.start()])), others, joiner)
            if between is not None and len(between) <= 6 and all(w in bridge for w in between):
                return True
    return False


def _past_joined(words: list[str], others: tuple[Wordings, ...], joiner: frozenset[str]) -> list[str] | None:
    """``words`` without the other topics' names, when a joining word follows
    the last of them; None when one stands there unjoined ("nettverk for
    prosessevaluering" is no pair)."""
    named = [i for i, w in enumerate(words) if any(o.search(w) for o in others)]
    if not named:
        return words
    if not any(w in joiner for w in words[named[-1] + 1:]):
        return None
    return [w for i, w in enumerate(words) if i not in named and w not in joiner]


def declines_fronted(verbs: Wordings, clause: str, topic: Wordings, bridge: frozenset[str],
                     tail: frozenset[str]) -> bool:
    """A decline of ``verbs`` right after the topic that opens the clause
    ("Ekstern prosessevaluering har vi ikkje behov for i år"): only small
    words or the topic's other names before it ("Nettverk/klyngesamarbeid"), none between it and the phrase, and after the
    phrase only small words and those of ``tail`` ("i år", "nå"). "Nettverket
    trenger vi ikke å bygge selv" declines the building, not the network."""
    for found in topic.finditer(clause):
        if not all(w in bridge or topic.search(w) for w in re.findall(r"\w+", fold(clause[:found.start()]))):
            continue
        after = clause[found.end():]
        at = len(after) - len(after.lstrip(" ,"))
        verb = verbs.match(fold(after[at:]))
        if verb is None:
            continue
        rest = re.findall(r"\w+", fold(after[at + verb.end():]))
        if all(w in tail or w in bridge for w in rest):
            return True
    return False


def elliptic(clause: str, topic: Wordings, bridge: frozenset[str], negation: Wordings) -> bool:
    """A clause that only names the topic with small words and a negation
    (", men ikke i prosessevaluering", ", og også i prosessevaluering"): it
    has no verb of its own and takes the wish of its sentence."""
    rest = re.findall(r"\w+", fold(topic.compiled.sub(" ", clause)))
    return all(w in bridge or negation.search(w) for w in rest)


def asks_another(label: str, topic: Wordings, others: list[Wordings]) -> bool:
    """A label that runs over sentences answers with its last one: in "Vi
    ønsker å delta i nettverk. Ekstern prosessevaluering: nei takk" the "nei"
    is the evaluation's, though the network named earlier made it a network
    label. So a label whose last sentence names another interest topic, and
    not this one, does not answer this one."""
    last = fold(re.split(r"[.!?]\s+", label.strip())[-1])
    return not topic.search(last) and any(other.search(last) for other in others)
