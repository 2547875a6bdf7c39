"""How closely the pdfium word reader reproduces pdfplumber's words.

    .venv/bin/python benchmarks/pdfium_words.py [PDF or folder ...]

For every page, pdfplumber's ``extract_words`` (the reader's settings, after
its duplicate-character filter) is compared with
``readers.pdf.pdfium_chars.extract_words`` of pdfium's characters. A word matches
when its text is equal and every edge of its box is within 0.5 pt. Prints the
counts per file, the total, and samples of what differs; timings of both.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from soknad_extract.readers.pdf.pdfium_chars import WORD_SETTINGS
from soknad_extract.readers.pdf.pdfium_chars import dedupe_chars as dedupe_pdfium
from soknad_extract.readers.pdf.pdfium_chars import extract_words, page_chars

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.5
BOX = ("x0", "top", "x1", "bottom")


def _key(word: dict) -> tuple:
    return (word["text"],) + tuple(round(word[k] / TOLERANCE) for k in BOX)


def compare_page(plumber_words: list[dict], pdfium_words: list[dict]) -> tuple[int, list[dict], list[dict]]:
    """(matched, pdfplumber words without a match, pdfium words without a match)."""
    left = list(pdfium_words)
    missing: list[dict] = []
    matched = 0
    for word in plumber_words:
        hit = next((i for i, other in enumerate(left) if other["text"] == word["text"]
                    and all(abs(other[k] - word[k]) <= TOLERANCE for k in BOX)), None)
        if hit is None:
            missing.append(word)
        else:
            matched += 1
            left.pop(hit)
    return matched, missing, left


def plumber_words(path: Path) -> list[list[dict]]:
    with pdfplumber.open(path) as pdf:
        return [_dedupe(page).extract_words(**WORD_SETTINGS) for page in pdf.pages]


def _dedupe(page):
    """pdfplumber's page less the characters the reader's duplicate filter drops."""
    kept = {id(c) for c in dedupe_pdfium(page.chars)}
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) in kept)


def pdfium_words(path: Path) -> list[list[dict]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in pdf:
            out.append(extract_words(dedupe_pdfium(page_chars(page))))
            page.close()
        return out
    finally:
        pdf.close()


def compare_file(path: Path) -> dict:
    started = time.perf_counter()
    theirs = plumber_words(path)
    plumber_s = time.perf_counter() - started
    started = time.perf_counter()
    ours = pdfium_words(path)
    pdfium_s = time.perf_counter() - started
    result = {"words": 0, "matched": 0, "missing": [], "extra": [], "plumber_s": plumber_s, "pdfium_s": pdfium_s}
    for number, (a, b) in enumerate(zip(theirs, ours), start=1):
        matched, missing, extra = compare_page(a, b)
        result["words"] += len(a)
        result["matched"] += matched
        result["missing"] += [(number, w) for w in missing]
        result["extra"] += [(number, w) for w in extra]
    if len(theirs) != len(ours):
        result["pages_differ"] = (len(theirs), len(ours))
    return result


def pdfs(args: list[str]) -> list[Path]:
    found: list[Path] = []
    for arg in args:
        path = Path(arg)
        found += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    return found


def _show(word: dict) -> str:
    return f"{word['text']!r} ({word['x0']:.1f}, {word['top']:.1f}, {word['x1']:.1f}, {word['bottom']:.1f})"


def main(args: list[str]) -> None:
    total, matched, plumber_s, pdfium_s = 0, 0, 0.0, 0.0
    kinds: Counter[str] = Counter()
    for path in pdfs(args):
        try:
            result = compare_file(path)
        except Exception as exc:  # noqa: BLE001 - a broken file is reported, not compared
            print(f"{path}: not compared ({type(exc).__name__})")
            continue
        total += result["words"]
        matched += result["matched"]
        plumber_s += result["plumber_s"]
        pdfium_s += result["pdfium_s"]
        print(f"{path}: {result['matched']}/{result['words']} words match"
              + (f", pages {result['pages_differ']}" if "pages_differ" in result else ""))
        for (page, word), (_, other) in itertools_pairs(result["missing"], result["extra"]):
            kinds["text" if word["text"] != other["text"] else "box"] += 1
            print(f"    p{page} pdfplumber {_show(word)}  pdfium {_show(other)}")
    print(f"TOTAL {matched}/{total} words match exactly ({matched / max(total, 1):.2%}); "
          f"pdfplumber {plumber_s:.2f} s, pdfium {pdfium_s:.2f} s; differences: {dict(kinds)}")


def itertools_pairs(missing: list, extra: list) -> list:
    """Pair each unmatched pdfplumber word with the nearest unmatched pdfium
    word on the same page (by box), to show what differs; at most 8 per file."""
    pairs = []
    for page, word in missing[:8]:
        same_page = [(p, w) for p, w in extra if p == page]
        if same_page:
            nearest = min(same_page, key=lambda pw: sum(abs(pw[1][k] - word[k]) for k in BOX))
            pairs.append(((page, word), nearest))
        else:
            pairs.append(((page, word), (page, {"text": "—", "x0": 0, "top": 0, "x1": 0, "bottom": 0})))
    return pairs


if __name__ == "__main__":
    main(sys.argv[1:] or [str(ROOT / "samples" / "born_digital"), str(ROOT / "samples" / "signed")])
