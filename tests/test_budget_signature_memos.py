"""Phase 19c's cuts in the budget's prose and the signature zones give what
the code before them gave: ``prose._money`` memoised per sentence (and the
unit statements looked for only beside an amount) against the filter over
``find_amounts`` on made-up sentences asked again and again;
``wording.is_opener`` memoised per text and vocabulary folder against its
body on made-up labels, closings and prose (and a folder with an extra
opener wording answers from its own words)."""

from __future__ import annotations

import random
import shutil

from soknad_extract.extract.budget import prose
from soknad_extract.extract.signatures import wording
from soknad_extract.layout.fragments import Fragment
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
