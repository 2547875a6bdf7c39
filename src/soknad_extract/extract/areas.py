"""Priority areas, interest questions and the announcement's exclusions.

Where a form has check boxes for the priority areas, only ticked boxes count
(an unticked box is not evidence); otherwise the prose decides, through the
scheme's phrases in Bokmål and Nynorsk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from soknad_extract.extract.context import Context, Draft, field_evidence
from soknad_extract.layout import FormField
from soknad_extract.nlp import PhraseHit, phrase_set
from soknad_extract.norwegian import fold
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.record import Evidence
from soknad_extract.schemes import Scheme


def _area_phrases(scheme: Scheme):
    return phrase_set(tuple((a.id, tuple(a.phrases + [a.label_nb, a.label_nn])) for a in scheme.priority_areas))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zæøå]{4,}", fold(text))}


def _box_area(box: FormField, scheme: Scheme) -> str | None:
    """The priority area a check box stands for, by its label: the scheme's
    phrases, or most of the words of the area's printed name."""
    label = " ".join(t for t in (box.label, box.value if box.kind == "radio" else None) if t)
    if not label:
        return None
    hits = _area_phrases(scheme).find(label)
    if hits:
        return hits[0].key
    words = _words(label)
    for area in scheme.priority_areas:
        for name in (area.label_nb, area.label_nn):
            expected = _words(name)
            if expected and len(words & expected) / len(expected) >= 0.6:
                return area.id
    return None


def _from_boxes(ctx: Context, draft: Draft) -> bool:
    boxes = [(b, _box_area(b, ctx.scheme)) for b in ctx.checkboxes()]
    area_boxes = [(b, a) for b, a in boxes if a]
    if not area_boxes:
        return False
    ticked: dict[str, FormField] = {}
    for box, area in area_boxes:
        if box.checked and area not in ticked:
            ticked[area] = box
    _set_areas(draft, {a: field_evidence(b) for a, b in ticked.items()})
    return True


def _set_areas(draft: Draft, found: dict[str, Evidence]) -> None:
    """Ids sorted, as the contract's stored records compare them."""
    ids = sorted(found)
    draft.values["priority_areas"] = ids
    for i, area in enumerate(ids):
        draft.evidence[f"priority_areas[{i}]"] = found[area]


def _from_prose(ctx: Context, draft: Draft) -> None:
    found: dict[str, PhraseHit] = {}
    for hit in _area_phrases(ctx.scheme).find(ctx.text):
        found.setdefault(hit.key, hit)
    _set_areas(draft, {a: ctx.hit_evidence(h) for a, h in found.items()})


def extract_priority_areas(ctx: Context, draft: Draft) -> None:
    if not _from_boxes(ctx, draft):
        _from_prose(ctx, draft)


_TOPICS = {
    "interest.network": re.compile(r"nettverk|klynge"),
    "interest.process_evaluation": re.compile(r"prosessevaluering|ekstern\w* evaluering|følgeevaluering|følgjeevaluering"),
}
_YES = re.compile(r"^(ja|yes|x|ønsker|ønskjer|interessert|aktuelt)\b")
_NO = re.compile(r"^(nei|no|ikke|ikkje)\b")
_NEGATION = re.compile(r"\b(ikke|ikkje|nei|verken|ingen)\b")
_INTEREST = re.compile(r"interess|ønsk|delta|vil gjerne|ja\b|aktuel")


def _answer(text: str) -> bool | None:
    """Yes or no, when the text gives one answer: "Ja", or the one ticked
    option of "☒ Ja ☐ Nei"; "Ja Nei" (both printed, neither marked) is none."""
    boxes = find_glyph_boxes(text)
    if boxes:
        ticked = [box for box in boxes if box.checked]
        return _answer(ticked[0].label) if len(ticked) == 1 and ticked[0].label else None
    folded = fold(text).strip(" .:")
    if re.search(r"\bja\b", folded) and re.search(r"\bnei\b", folded):
        return None
    if _YES.match(folded):
        return True
    if _NO.match(folded):
        return False
    return None


def _interest_from_boxes(ctx: Context, topic: re.Pattern[str]) -> tuple[bool, FormField] | None:
    for box in ctx.checkboxes():
        label, group = fold(box.label or ""), fold(box.group or ctx.question_for(box) or "")
        if topic.search(group) and box.checked:
            answer = _answer(box.label or box.value or "")
            if answer is not None:
                return answer, box
        if topic.search(label) and not _answer(label):
            if box.kind == "radio" and box.value:
                answer = _answer(box.value)
                if answer is not None:
                    return answer, box
            return bool(box.checked) and not _NEGATION.search(label), box
    return None


def extract_interest(ctx: Context, draft: Draft) -> None:
    for path, topic in _TOPICS.items():
        from_box = _interest_from_boxes(ctx, topic)
        if from_box:
            draft.set(path, from_box[0], field_evidence(from_box[1]))
            continue
        key = path.split(".")[1]
        for pair in ctx.values(key):
            answer = _answer(pair.value.text)
            if answer is not None:
                draft.set(path, answer, pair.value.evidence(pair.method, 0.9))
                break
        else:
            _interest_from_prose(ctx, draft, path, topic)


_CLAUSE_SPLIT = re.compile(r",\s*(?:og|men)\s+|;\s*|\s+men\s+")


def _interest_from_prose(ctx: Context, draft: Draft, path: str, topic: re.Pattern[str]) -> None:
    """A stated wish ("Vi ønskjer å delta i nettverk"), read clause by
    clause so "ønskjer å delta i nettverk, og ønskjer ikkje prosessevaluering"
    answers both; a form's question ("Interessert i nettverk?") is no answer."""
    for sentence in re.finditer(r"[^.!?]+[.!?]?", ctx.text):
        body = fold(sentence.group(0)).replace("\n", " ")
        if body.rstrip().endswith("?") or ctx.checkboxes() and re.search(r"\[|☐|☒", body):
            continue
        if not (topic.search(body) and _INTEREST.search(body)):
            continue
        clause = next(c for c in _CLAUSE_SPLIT.split(body) if topic.search(c))
        draft.set(path, not _NEGATION.search(clause),
                  ctx.evidence_at(sentence.start(), sentence.end(), "nlp", 0.7))
        return


@dataclass
class ExclusionHit:
    code: str
    evidence: Evidence


def find_exclusions(ctx: Context) -> list[ExclusionHit]:
    """Phrases of the announcement's "not granted" list. Capacity counts only
    when the text offers no development language against it."""
    found: list[ExclusionHit] = []
    for key, exclusion in ctx.scheme.exclusions.items():
        hits = phrase_set(((key, tuple(exclusion.phrases)),)).find(ctx.text)
        if not hits:
            continue
        if exclusion.counter_phrases and phrase_set(((key, tuple(exclusion.counter_phrases)),)).find(ctx.text):
            continue
        found.append(ExclusionHit(ctx.scheme.exclusion_code(key), ctx.hit_evidence(hits[0])))
    return found
