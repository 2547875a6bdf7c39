"""Phase 19c's cuts in the budget's prose and the signature zones give what
the code before them gave: ``prose._money`` memoised per sentence (and the
unit statements looked for only beside an amount) against the filter over
``find_amounts`` on made-up sentences asked again and again;
``wording.is_opener`` memoised per text and vocabulary folder against its
body on made-up labels, closings and prose (and a folder with an extra
opener wording answers from its own words); ``undated_list_label`` memoised
likewise against its body; ``pairs._split`` asking for roles only in a text
with a colon; ``without_answer_labels`` of no lines not looking at labels."""

from __future__ import annotations

import random
import shutil

from soknad_extract.extract.budget import answers as budget_answers
from soknad_extract.extract.budget import prose
from soknad_extract.extract.signatures import approval_words, pairs, wording
from soknad_extract.layout.fragments import Fragment
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import find_amounts, fold
from soknad_extract.norwegian.amounts import unit_statements
from soknad_extract.vocabulary import VOCABULARY_ENV, one_folder, vocabulary_dir

_MONEY = ("Vi søker om", "kr 610 000", "610 000 kroner", "til lønn", "Beløp i 1000 kr", "(i tusen kroner)",
          "NOK 1000", "915", "1 220 000,-", "og", "til kompetanse", "i 2020", "01.02.2020", "100 %",
          "tall i hele tusen", "1,2 mill. kroner", "25 tusen", "(TNOK)", "Kommunen set av 50 000 kroner",
          "eigendel", "Totalt:", "kr 10 000,00", ".", ",", "\n", "telefon 61 23 45 67")


def _old_money(body: str):
    units = unit_statements(body)
    return [hit for hit in find_amounts(body) if not any(start < hit.end and hit.start < end for start, end in units)]


def test_money_memo_gives_the_filter() -> None:
    rng = random.Random(19)
    bodies = [" ".join(rng.choice(_MONEY) for _ in range(rng.randint(1, 8))) for _ in range(1500)]
    with_amounts = with_units = 0
    for body in bodies + bodies[::-1]:
        expected = _old_money(body)
        got = prose._money(body)
        assert got == expected, body
        with_amounts += bool(expected)
        with_units += bool(find_amounts(body)) and bool(unit_statements(body))
    assert with_amounts > 1000 and with_units > 200  # both sides of each test are asked about


def test_money_memo_hands_out_its_own_list() -> None:
    body = "Vi søker om kr 610 000 til lønn og kr 10 000 til kompetanse."
    first = prose._money(body)
    first.clear()
    assert [hit.value for hit in prose._money(body)] == [610000, 10000]


_OPENING = ("Underskrift", "Signatur:", "Med vennlig hilsen", "Mvh", "Sign.:", "Kari Moe", "Nav-leder",
            "Signert av", "Dato og underskrift", "______________", "..........", "Søknaden er elektronisk godkjent",
            "av", "rådmann", "(sign.)", "den 27.01.2020", "prosjektet skal", "underskrift", "som nevnt", "for",
            "kommunen", "Godkjent av:", "Vedlegg", "Ola Hansen", ":", "Hilsen", "med", "vennleg", "helsing")


def _old_is_opener(frag: Fragment) -> bool:
    if wording.typed_signed(frag.text):
        return False
    undated = wording.undated_list_label(frag.text)
    text = fold(undated)
    if wording._SIGN_LINE.match(text.replace(" ", "")) or wording.list_label(undated):
        return True
    m = wording.signature_words().opener.search(text)
    if not m:
        return False
    return m.start() <= 3 or len(text.split()) <= 8


def _frag(text: str, order: int = 0) -> Fragment:
    return Fragment(text, 1, (0.0, 0.0, 10.0, 10.0), True, order)


def test_is_opener_memo_gives_the_body() -> None:
    rng = random.Random(19)
    texts = [" ".join(rng.choice(_OPENING) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    opened = 0
    with one_folder():
        for order, text in enumerate(texts + texts[::-1]):
            frag = _frag(text, order)
            expected = _old_is_opener(frag)
            assert wording.is_opener(frag) == expected, text
            opened += expected
    assert 300 < opened < 2700  # both answers are asked about


def test_is_opener_reads_another_folders_openers(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(VOCABULARY_ENV, raising=False)
    folder = tmp_path / "vocabulary"
    shutil.copytree(vocabulary_dir(), folder)
    signatures = folder / "signatures.toml"
    source = signatures.read_text(encoding="utf-8")
    assert "[openers]\nnb = [\n" in source
    signatures.write_text(source.replace("[openers]\nnb = [\n", '[openers]\nnb = [\n    "kvittert for",\n', 1),
                          encoding="utf-8")
    frag = _frag("Kvittert for av styreleiaren")
    with one_folder():
        assert not wording.is_opener(frag)
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    with one_folder():
        assert wording.is_opener(frag)
    monkeypatch.delenv(VOCABULARY_ENV)
    with one_folder():
        assert not wording.is_opener(frag)


_LISTED = ("Godkjent", "Godkjend", "29.01.2020", "den", "av", "Nav-leder Kari Moen", "(29.01.2020)", "Søknaden er",
           "elektronisk godkjent", "signert digitalt", "(PAdES)", "(BankID)", "av:", "rådmann Ola Hansen", "og",
           "28.01.2020", "1. mars 2020", "2020-01-28", "Dokumentet er", ".", "Planen er godkjent av", "kommunestyret")


def _old_undated(text: str) -> str:
    text = approval_words._without_label_note(text)
    if not approval_words._DIGIT(text):
        return text
    for m in approval_words._dated_verb().finditer(text):
        if not approval_words.full_dates(m.group(2)):
            continue
        verb_end = m.start() + len(m.group(1))
        moved = f"{text[:verb_end]} {text[m.end():]} ({m.group(2)})"
        label = approval_words.list_label(moved)
        if label is not None and label.start() < verb_end < label.end():
            return moved
    return text


def test_undated_list_label_memo_gives_the_body() -> None:
    rng = random.Random(19)
    texts = [" ".join(rng.choice(_LISTED) for _ in range(rng.randint(1, 9))) for _ in range(1500)]
    moved = 0
    with one_folder():
        for text in texts + texts[::-1]:
            expected = _old_undated(text)
            assert approval_words.undated_list_label(text) == expected, text
            moved += expected != text
    assert moved > 50  # texts whose date moves are asked about


def _old_split(frag: Fragment):
    text = frag.text
    first_colon = text.find(":")
    roles = wording.roles_in(text)
    if first_colon < 0 or not roles or roles[0][2] > first_colon:
        return None
    return pairs._split(frag)  # past the first test the code is the same


_PAIRED = ("Nav-leder", "Kari Moe", ":", "Dato:", "27.01.2020", "Rådmann:", "Ola Hansen", "Underskrift", "dato",
           "Navn:", "for", "kommunen", "1.2.2020")


def test_split_without_a_colon_is_none_as_before() -> None:
    rng = random.Random(19)
    split = 0
    for order in range(2000):
        text = " ".join(rng.choice(_PAIRED) for _ in range(rng.randint(1, 7)))
        if order % 2:  # a signer's label and name, then a date's label and date, words dropped or added
            parts = [rng.choice(("Nav-leder", "Rådmann", "Nav-leder Kari Moe")), ":", "Kari Moe",
                     rng.choice(("Dato:", "dato:", "Sted og dato:")), rng.choice(("27.01.2020", "1.2.2020", "")),
                     rng.choice(("", "Ola Hansen", "28.01.2020"))]
            text = " ".join(part for part in parts if rng.random() < 0.9)
        for real in (True, False):
            frag = Fragment(text, 1, (10.0, 10.0, 200.0, 20.0), real, order)
            expected = _old_split(frag)
            assert pairs._split(frag) == expected, text
            split += expected is not None
    assert split > 50


def test_answer_labels_of_no_lines_are_none() -> None:
    row = Row([Span("50", 1, (10.0, 30.0, 40.0, 40.0)), Span("60", 1, (60.0, 30.0, 90.0, 40.0))], 1)
    above = Row([Span("Antall", 1, (10.0, 10.0, 40.0, 20.0)), Span("Timer", 1, (60.0, 10.0, 90.0, 20.0))], 1)
    assert budget_answers.under_own_labels(row, above)  # the row stands under labels of its own
    assert budget_answers.without_answer_labels([], row, above) == []
    assert budget_answers.without_answer_labels([], row, None) == []
