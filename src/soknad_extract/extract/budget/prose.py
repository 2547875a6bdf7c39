"""Budget figures stated in sentences, for letters without a budget table.

"Vi søker om 610 000 kroner til lønn og sosiale utgifter for én 100 %
stilling som jobbspesialist, og 10 000 kroner til kompetanse. Samlet
søknadsbeløp er 620 000 kroner." Each amount is read with the words that
follow it (what it is for), a sentence that states the total wins over the
first amount of a request; the share and the post's role ("stilling som X",
"X i 100 % stilling") are ``prose_share``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soknad_extract.extract.budget.aims import aimed_kind
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.extract.budget.part_sums import StatedSum, disputed, stated_sums, total_of
from soknad_extract.extract.budget.prose_clauses import rate_then_sum, unrequested_post
from soknad_extract.extract.budget.prose_own import own_at, own_in_the_past, project_cost_at
from soknad_extract.extract.budget.prose_posts import (
    answers_total_label,
    bracket_post,
    competence_after_post,
    competence_named_first,
    in_cap_bracket,
    names_post,
    past_grant,
    salary_apposed,
    salary_before,
    share_post_before,
)
from soknad_extract.extract.budget.prose_share import prose_patterns
from soknad_extract.extract.budget.words import budget_words, title_words
from soknad_extract.extract.context import Context, Draft, span_evidence
from soknad_extract.norwegian import Match, find_amounts, fold
from soknad_extract.norwegian.amounts import unit_statements
from soknad_extract.record import Evidence

_SENTENCE = re.compile(
    r"[^.!?\n]*+(?:\.(?=[ \t]+[a-zæøå]|\d|(?<=\d\.)[-–—])[^.!?\n]*+)*(?:[.!?](?!\d)|\n|$)")
"""A sentence ends at a full stop, unless a word in lower case follows it:
that dot closes an abbreviation ("0,61 mill. kroner", "ca. fem år"); nor at
a dot before a digit, which groups an amount's thousands ("kr 610.000,-")
or stands in a number ("1.5"); nor at the dot of an amount's whole-kroner
dash ("kr 366 000.- til løn"). The runs between stops are possessive:
giving back part of a run can never end a sentence (no stop inside it)."""


def _clause_before(text: str, start: int, end: int) -> tuple[str, bool]:
    """The words of the clause that leads up to an amount ("Lønn og sosiale
    kostnader utgjør kr 600 000, …"), across a wrapped line: they name what
    the amount pays for; a form line answered with a dash ends it. An amount
    set off by commas right after what it pays for ("lønn til en 90 %
    stilling som jobbspesialist, kr 540 000, og …", "… stilling som
    prosjektkoordinator, kr 595 000 inkludert sosiale kostnader, og …") has
    no clause of its own: the clause before the comma is its, and the second
    value says so."""
    window = re.split(r"\s[-–—]{1,2}[ \t]*\n", text[max(0, start - 120): start])[-1].replace("\n", " ")
    cuts = list(re.finditer(rf"[,;.!?]\s|{budget_words().prose_clause_join.pattern}", window))
    clause = window[cuts[-1].end():] if cuts else window
    apposed = False
    if cuts and cuts[-1].group(0)[0] == "," and not clause.strip() and salary_apposed(text[end: end + 80]):
        previous = window[cuts[-2].end() if len(cuts) > 1 else 0: cuts[-1].start()]
        clause, apposed = (previous, True) if not find_amounts(previous) else (clause, False)
    return (fold(clause), apposed) if not budget_words().prose_total_word.search(fold(clause)) else ("", False)


@lru_cache(maxsize=8)
def _sentences(text: str, *, across_lines: bool = False, wrapped: bool = False) -> tuple[tuple[int, str], ...]:
    """Sentences with offsets into ``text``; ``across_lines`` joins wrapped
    lines ("… er 1\n200 000 kroner") by reading a newline as a space of the
    same length; ``wrapped`` joins only a line that goes on in lower case
    ("… Til\nsaman søkjer vi om 620 000 kroner"), so a heading or a label
    above a sentence stays out of it. Kept for the next reader of the same
    text: the total, the request and the own part are each looked for
    sentence by sentence."""
    if across_lines:
        text = text.replace("\n", " ")
    elif wrapped:
        text = re.sub(r"\n(?=[a-zæøå])", " ", text)
    return tuple((sentence.start(), sentence.group(0)) for sentence in _SENTENCE.finditer(text)
                 if sentence.group(0).strip())


def _money(body: str) -> list[Match]:
    """The amounts of a sentence, less the number of a unit statement
    ("Beløp i 1000 kr"), which is no amount."""
    return list(_money_in(body))


@lru_cache(maxsize=4096)
def _money_in(body: str) -> tuple[Match, ...]:
    """Memoised per sentence: the total, the request, the own part and the
    stated sums each read the same sentences. The unit statements are looked
    for only in a sentence with an amount (most have none)."""
    hits = find_amounts(body)
    if not hits:
        return ()
    units = unit_statements(body)
    return tuple(hit for hit in hits if not any(start < hit.end and hit.start < end for start, end in units))


_BRACKET = re.compile(r"[ \t]*\(([^()]*)\)")


def _said_once(body: str) -> list[tuple[Match, int]]:
    """The amounts of a sentence, each with where its words end: an amount
    said again in brackets right after it ("NOK 600k (600 000 kroner) til
    lønn") is one amount, and the words after the bracket say what it pays
    for. Serves letters and answers that write an amount the short way and
    spell it out."""
    found: list[tuple[Match, int]] = []
    end = 0
    for hit in _money(body):
        if hit.start < end:
            continue
        end = hit.end
        again = _BRACKET.match(body, hit.end)
        if again and [a.value for a in find_amounts(again.group(1))] == [hit.value]:
            end = again.end()
        found.append((hit, end))
    return found


def _also_competence(after: str) -> bool:
    """The words after an amount, up to the next number or the end of its
    line (a wrapped line goes on in lower case), name competence too ("kr
    620 000 til lønn og kompetanse"): the amount is the whole request, not
    the positions' part of it. The next line of a form is its next label, the
    next sentence says something else ("… til to stillinger. Kompetanse: …")."""
    words = re.split(r"[\d\n]|[.!?]\s+(?=[A-ZÆØÅ])", re.sub(r"\n(?=[a-zæøå])", " ", after), maxsplit=1)[0]
    return bool(budget_words().competence.search(fold(words)))


def _is_rate(after: str) -> bool:
    """The words after an amount make it a rate per post ("610 000 kroner
    per 100 % stilling", "10 000 kroner per tiltak"): the announcement's cap
    a form prints, or what one position costs, never an amount asked for.
    Read in the text itself, since a sentence ends at "pr." before a number."""
    return bool(budget_words().amount_rate.match(fold(after.replace("\n", " ")).lstrip()))


def _keep_first(draft: Draft, path: str, value: int, evidence: Evidence) -> None:
    """A part found before (a table's line, an earlier sentence) stands,
    with its own evidence: a later sentence naming the same post does not
    move the evidence away from where the value was read."""
    if not draft.has(path):
        draft.set(path, value, evidence)


def prose_amounts(ctx: Context, draft: Draft) -> None:
    """Amounts stated in sentences: the total, and what the parts are for.
    A request's first amount that is for nothing in particular is the total;
    a request whose only amount pays for positions ("1 220 000 kroner til to
    stillingar") is the total too when nothing else is asked for; and a
    request that names the posts before its only amount ("midler til to
    stillinger …, til sammen 1 220 000 kroner") gives the positions' part
    when that amount is the total and the only one the letter states outside
    the municipality's own part; so does a total said to pay for salary
    alone ("kr 305 000,- (lønn inkl. sosiale kostnader)", "Beløpet gjelder
    lønn og sosiale utgifter …")."""
    _stated_total(ctx, draft, costs=False)
    plain: tuple[int, Evidence] | None = None
    lone_positions: tuple[int, Evidence] | None = None
    posts_before: tuple[int, Evidence] | None = None
    stated: set[int] = set()
    shares: list[tuple[int, Evidence]] = []
    costs: list[tuple[int, Evidence]] = []
    asked = False
    words = budget_words()
    aim, aimed = words.competence_aim, []
    answers = _answers_to_request(ctx.text)
    for offset, body in _sentences(ctx.text, across_lines=True):
        requested = bool(words.prose_request.search(fold(body))) or _within(answers, offset + len(body) - len(body.lstrip()))
        hits = _said_once(body)
        for hit, end in hits:
            own = own_at(body, hit.start)
            after = fold(body[end: end + 60])
            if _is_rate(ctx.text[offset + end: offset + end + 60]) or in_cap_bracket(body[:hit.start]) \
                    or past_grant(ctx.text[offset: offset + hit.start]):
                continue
            evidence = ctx.evidence_at(offset + hit.start, offset + hit.end, "nlp", 0.75)
            clause, apposed = _clause_before(ctx.text, offset + hit.start, offset + end)
            if not own:
                stated.add(hit.value)
            if requested and not own:
                if project_cost_at(body, hit.start):
                    costs.append((hit.value, evidence))
                    continue
                asked = True
            if not own and share_post_before(clause) and not _also_competence(body[end: end + 60]):
                shares.append((hit.value, evidence))
                continue
            if not requested:
                if not own and salary_before(clause):
                    _keep_first(draft, "amounts.positions", hit.value, evidence)
                elif not own and (post := unrequested_post(body, [h for h, _ in hits], hits.index((hit, end)), clause)):
                    _keep_first(draft, f"amounts.{post}", hit.value, evidence)
                continue
            post = bracket_post(body[end:])
            if words.prose_to_competence.match(after.lstrip()) or post == "competence":
                _keep_first(draft, "amounts.competence", hit.value, evidence)
            elif own:
                continue
            elif competence_named_first(clause) and aim.search(clause):
                aimed.append((hit.value, evidence))
            elif competence_after_post(clause) or competence_named_first(clause):
                if answers_total_label(ctx.text, offset + hit.start):
                    plain = plain or (hit.value, evidence)
                else:
                    _keep_first(draft, "amounts.competence", hit.value, evidence)
            elif salary_before(clause) or post == "positions" or apposed and names_post(clause) or rate_then_sum(body, [h for h, _ in hits],
                                                                                 hits.index((hit, end))):
                _keep_first(draft, "amounts.positions", hit.value, evidence)
            elif prose_patterns(title_words()).to_positions.match(after) and not _also_competence(
                    ctx.text[offset + end: offset + end + 60]):
                _keep_first(draft, "amounts.positions", hit.value, evidence)
                if len(hits) == 1:
                    lone_positions = lone_positions or (hit.value, evidence)
            else:
                plain = plain or (hit.value, evidence)
                if len(hits) == 1 and (_posts_before(fold(body[:hit.start]), after) or _salary_only(after)):
                    posts_before = posts_before or (hit.value, evidence)
    for value, evidence in aimed:
        if aimed_kind(value, stated, {draft.get("amounts.total")}, ctx.scheme) == "competence":
            _keep_first(draft, "amounts.competence", value, evidence)
        else:
            plain = plain or (value, evidence)
    if not draft.has("amounts.total"):
        chosen = plain or (lone_positions if not draft.has("amounts.competence") else None)
        if chosen is not None:
            draft.set("amounts.total", chosen[0], chosen[1])
        elif not asked:  # the project's cost is all the request states: it is what is asked
            _stated_total(ctx, draft, costs=True)
            if costs and not draft.has("amounts.total"):
                draft.set("amounts.total", costs[0][0], costs[0][1])
    total = draft.get("amounts.total")
    if shares and not draft.has("amounts.positions") and (total is None or sum(v for v, _ in shares) <= total):
        draft.set("amounts.positions", sum(v for v, _ in shares), shares[0][1])
    if stated == {total} and (posts_before and posts_before[0] == total or _said_for_salary(ctx.text)):
        _keep_first(draft, "amounts.positions", total, draft.evidence.get("amounts.total"))
    prose_own_funding(ctx, draft)


def _posts_before(before: str, after: str) -> bool:
    """The folded words of a request before its only amount ask for posts
    ("vi ber om midler til to stillinger som jobbspesialist, til sammen"),
    and neither they nor the words after it name competence. Serves letters
    that say what the money is for first and its sum after."""
    to_positions = prose_patterns(title_words()).to_positions
    if budget_words().competence.search(before) or budget_words().competence.search(after):
        return False
    return any(to_positions.match(before[word.start():]) for word in re.finditer(r"\b\w", before))


def _salary_only(after: str) -> bool:
    """The folded words after an amount, to its sentence's end, name salary
    and no competence ("kr 305 000,- (lønn inkl. sosiale kostnader)"; not
    "kr 620 000 til lønn inkl. kompetanse": an abbreviation's dot goes on)."""
    words = budget_words()
    return bool(words.prose_salary_before.search(after)) and not words.competence.search(after)


def _said_for_salary(text: str) -> bool:
    """A sentence of its own says the amount pays for salary and nothing else
    ("Beløpet gjelder lønn og sosiale utgifter til én stilling …"). Serves
    forms and e-mails that give the amount under a label and what it is for
    in a sentence after it."""
    for _, body in _sentences(text, wrapped=True):
        folded = fold(body).strip()
        if budget_words().prose_amount_for.search(folded) and not _money(body) and _salary_only(folded):
            return True
    return False


def _answers_to_request(text: str) -> list[tuple[int, int]]:
    """Where the answer to a question that asks what is applied for lies
    ("Hvilket beløp søkes det om?"): the rest of the question's line, or the
    next line when the question ends its own. The answer is the request, even
    when its sentences do not repeat the asking words ("Én 100 % stilling,
    kr 590 000 i lønn …")."""
    spans = []
    for offset, body in _sentences(text):
        if not body.rstrip().endswith("?") or not budget_words().prose_request.search(fold(body)):
            continue
        end = offset + len(body)
        line_end = _line_end(text, end)
        if text[end:line_end].strip():
            spans.append((end, line_end))
        elif line_end < len(text):
            spans.append((line_end + 1, _line_end(text, line_end + 1)))
    return spans


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _stated_total(ctx: Context, draft: Draft, *, costs: bool) -> None:
    """"Samlet søknadsbeløp er 620 000 kroner", "Totalt søker vi om …",
    "Til saman 620 000 kroner": the amount right after the words that say
    it is the total of what is applied for; a sum whose words name one part
    ("til sammen kr 1,2 mill. i lønn") is that part's (``part_sums``). The
    project's cost ("samla kostnad") counts only with ``costs``: when the
    request states nothing else."""
    if draft.has("amounts.total"):
        return
    sums = _stated_sums(ctx.text, costs=costs)
    chosen = total_of(sums)
    if chosen is not None:
        draft.set("amounts.total", chosen.value, ctx.evidence_at(chosen.start, chosen.end, "nlp", 0.8))
    for part in sums:
        if part.part is not None:
            _keep_first(draft, f"amounts.{part.part}", part.value, ctx.evidence_at(part.start, part.end, "nlp", 0.75))


def _stated_sums(text: str, *, costs: bool = False) -> list[StatedSum]:
    """The sums the text's sentences state, the municipality's own part left
    out; the comma of an amount's dash or zero øre ("kr 10 000,- til
    kompetanse, til sammen kr 615 000,-", "kr 10 000,00 til kompetanse") is
    part of the amount, so it is blanked before the clauses are cut at commas:
    else the post named after the amount reads as what the sum is of."""
    return stated_sums([(offset, _DASH_MARK.sub(_blank, _without_own(body, costs)))
                        for offset, body in _sentences(text, wrapped=True)], _money)


def _without_own(body: str, costs: bool) -> str:
    """The sentence with the municipality's own amounts blanked (``own_at``),
    and the project's cost beside them unless ``costs``: a letter's
    "samla kostnad" is the total only when it states nothing else."""
    for hit in _money(body):
        if own_at(body, hit.start) or not costs and project_cost_at(body, hit.start):
            body = f"{body[:hit.start]}{' ' * (hit.end - hit.start)}{body[hit.end:]}"
    return body


_DASH_MARK = re.compile(r"(?<=\d)[,.](?=[-–—](?!\d))|(?<=\d),00(?![\d.,]?\d)")
"""The comma or dot of the dash that closes an amount in whole kroner ("kr
605 000,-", "kr 605 000.-"), and zero øre after one ("kr 605 000,00"):
blanked, the amount keeps its value and its place."""


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def other_totals(ctx: Context, total: int | None) -> tuple[int, ...]:
    """Totals the text states in the same words as ``total`` but of other
    amounts (``part_sums.disputed``)."""
    return disputed(_stated_sums(ctx.text), total)


def prose_own_funding(ctx: Context, draft: Draft) -> None:
    """The municipality's own contribution stated in a sentence ("Kommunen
    set av 50 000 kroner … som eigendel")."""
    if draft.has("amounts.own_funding") or _own_answer(ctx, draft):
        return
    for offset, body in _sentences(ctx.text):
        year = ctx.scheme.year if ctx.scheme is not None else None
        hits = [hit for hit in _money(body) if own_at(body, hit.start) and not own_in_the_past(body, hit.start, year)]
        if hits:
            draft.set("amounts.own_funding", hits[0].value,
                      ctx.evidence_at(offset + hits[0].start, offset + hits[0].end, "nlp", 0.7))
            return


def _own_answer(ctx: Context, draft: Draft) -> bool:
    """An own-funding label answered in words with one amount ("Eigenfinansiering:
    kommunen held kontorplass og leiing, 200 000 kr"): forms that describe a
    contribution in kind and put its value last. An answer that is an amount
    alone is the labelled fields' (``assemble``), one with several amounts or
    one that asks for money says no single own part."""
    for pair in ctx.values("own_funding"):
        text = pair.value.text
        hits = [hit for hit in _money(text) if not _is_rate(text[hit.end: hit.end + 60])]
        if len(hits) == 1 and amount_in_cell(text) is None and not budget_words().prose_request.search(fold(text)):
            draft.set("amounts.own_funding", hits[0].value, span_evidence(pair.value, pair.method, 0.75))
            return True
    return False
