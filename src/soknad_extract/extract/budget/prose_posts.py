"""Which post an amount stated in running text pays for, read from the
words of the clause before it: salary, competence, or the label of a form
line that the amount answers. Split from ``prose`` so that module keeps to
reading sentences."""

from __future__ import annotations

import re

from soknad_extract.extract.budget.lines import category
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import find_amounts, fold


def salary_before(clause: str) -> bool:
    """The folded clause before an amount names salaries after its last comma
    or semicolon ("Lønn og sosiale kostnader utgjør …")."""
    return bool(budget_words().prose_salary_before.search(re.split(r"[,;]", clause)[-1]))


def competence_after_post(clause: str) -> bool:
    """The folded clause before an amount lists posts one after another and
    names competence since its last amount ("lønn og sosiale kostnader kr 900
    000 og kompetansemidler kr …"): the amount is the competence post. Serves
    letters that state each post and their sum in one sentence; without an
    amount before it in the clause, the word may name the project's aim
    ("For å styrke kompetansen søker vi om …"). Read across a form's lines,
    a competence label answered with nothing ("Kompetanse: –", or its dash
    lost to text recognition) stands before the next label's amount
    ("Sum omsøkt: 600 000"): the amount answers the label right before it."""
    amounts = find_amounts(clause)
    if not amounts:
        return False
    since = clause[amounts[-1].end:]
    if since.count(":") >= 2:
        since = since.rsplit(":", 2)[1]
    return bool(budget_words().competence.search(since)) and not salary_before(since)


def competence_named_first(clause: str) -> bool:
    """The folded clause before an amount opens by naming the competence
    post and names nothing else ("Til kompetanse søkjer vi kr 10 000"):
    letters that put the post before the verb. Not "For å styrke kompetansen
    søker vi om …", the project's aim, nor a clause naming salary or posts;
    with an aim word ("Til styrket kompetanse … søker vi om",
    ``competence_aim``) the amount's place decides (``aims``)."""
    words = budget_words()
    return (bool(words.prose_to_competence.match(clause.lstrip())) and not find_amounts(clause)
            and not words.position.search(clause) and not salary_before(clause))


def answers_total_label(text: str, start: int) -> bool:
    """The amount at ``start`` answers a form's total label on the line right
    before it, or before it on its own line ("Kompetansemidlar" / "Sum søkt
    tilskot" / "kr 480 000"): a form read line by line whose competence
    answer was a dash, "0" or nothing (or a dash text recognition lost), so
    the amount is the total's, never the competence post's above it."""
    before = text[:start]
    own = before.rsplit("\n", 1)[-1].strip(" \t:")
    if not own:
        lines = [line.strip(" \t:") for line in before.split("\n")[-3:-1]]
        own = lines[-1] if lines and lines[-1] else ""
    return bool(own) and not find_amounts(own) and category(own, None) == "total"


def in_cap_bracket(before: str) -> bool:
    """The amount stands in a bracket that opens with a limit's words
    ("Lønn (maks 600 000 kr), kompetanse (maks 20 000 kr)", "(inntil kr
    10 000)"): the announcement's cap quoted beside a post, never an amount
    applied for. ``before`` is the text of the sentence up to the amount."""
    bracket = re.search(r"\(([^()]*)$", before)
    return bool(bracket) and bool(budget_words().amount_cap.search(fold(bracket.group(1)).strip()))


def share_post_before(clause: str) -> bool:
    """The folded clause before an amount ends with a post's share and its
    post word, the amount set right after it ("en veileder i 50 % stilling
    (kr 290 000)", "Miljøarbeider, 80 % stilling: 470 000 kr"): that post's
    cost. Letters that list each post with its cost give the positions as
    the sum of them."""
    post = budget_words().prose_share_post.pattern
    return bool(re.search(rf"\d+(?:[.,]\d+)?\s*%\s*(?:{post})\s*[:(\u2013-]?\s*$", clause))


def past_grant(before: str) -> bool:
    """The words of a sentence up to an amount, since the last comma or
    line break (a heading above it has no stop), report a grant already given and ask for nothing ("Prosjektet fikk i
    fjor 400 000 kr", "I 2019 vart prosjektet tildelt …"): a continuation's
    history, never part of this year's request. A grant still to come in the
    same words ("Dersom vi blir tildelt 400 000 kr", "håper å bli tildelt")
    is the request itself, so it stays."""
    clause = fold(re.split(r"[,;]\s|\n|\bog\b", before)[-1])
    words = budget_words()
    return bool(words.prose_past_grant.search(clause)) and not words.prose_request.search(clause) \
        and not words.prose_pending_grant.search(clause)


_BRACKET_POST = re.compile(r"\s*\(([^()]*)\)")
_MAX_BRACKET_WORDS = 4
"""A post named in a bracket is a label of a word or a few ("(kompetanse)",
"(lønn og sosiale utgifter)"), not a remark on the amount."""


def bracket_post(after: str) -> str | None:
    """The post a bracket right after an amount names ("kr 10 000,-
    (kompetanse)", "kr 610 000,- (lønn)"): ``competence`` or ``positions``,
    else None; a bracket naming both ("(lønn og kompetanse)") names the
    whole request. Letters that list the posts in one sentence write the post
    after its amount that way; read as no post, the competence amount is
    lost and the total looks larger than its parts."""
    bracket = _BRACKET_POST.match(after)
    label = bracket.group(1) if bracket else ""
    if not label.strip() or len(label.split()) > _MAX_BRACKET_WORDS or find_amounts(label):
        return None
    folded, words = fold(label), budget_words()
    salary = bool(words.prose_salary_before.search(folded) or words.position.search(folded))
    kind = category(label, None)
    if kind == "competence" and not salary or kind == "positions" and not words.competence.search(folded):
        return kind
    return None


_APPOSED = re.compile(r"[ \t]*(?:[,;.)]|$)", re.M)
"""After an amount set off by commas: the next comma or the sentence's end."""
_QUALIFIER = re.compile(r"[^,;)\n]*?(?=[,;)]|[.!?](?:\s+[A-ZÆØÅ]|\s*$)|$)")
"""The words after an amount up to the next comma, bracket or sentence end."""
_MAX_QUALIFIER_WORDS = 5


def salary_apposed(after: str) -> bool:
    """The text right after an amount sets it off as the cost of what the
    clause before it named: the next comma or the sentence's end follows
    ("…, kr 540 000, og …"), or first a few words that say it is salary with
    the employer's costs and nothing else ("kr 595 000 inkludert sosiale
    kostnader, og …", "kr 590 000 inkl. sosiale utgifter."), as letters
    write a post's cost after its description."""
    if _APPOSED.match(after):
        return True
    words = fold(_QUALIFIER.match(after.replace("\n", " ")).group(0)).strip()
    found = budget_words()
    return 0 < len(words.split()) <= _MAX_QUALIFIER_WORDS and not find_amounts(words) \
        and not re.search(r"\d", words) and not found.competence.search(words) \
        and bool(found.social_costs.search(words) or found.prose_salary_before.search(words))


def names_post(clause: str) -> bool:
    """The folded clause names a post ("lønn til én 100 % stilling som
    prosjektkoordinator", "midler til ein 50 % stilling som rettleiar") and
    no competence: an amount set off after it (``salary_apposed``) is that
    post's cost."""
    words = budget_words()
    return bool(words.prose_position_word.search(clause)) and not words.competence.search(clause)
