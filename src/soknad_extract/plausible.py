"""What a value can plausibly be, from ``schemas/vocabulary/plausible.toml``: read by
``validate_plausible``, which asks the clerk to read a scanned value outside the bounds,
and by the budget reader, for which an amount below the least is no post at all. One
reading of the data for both, so the bound is stated once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract import vocabulary


@dataclass(frozen=True)
class Bounds:
    percent_min: float
    percent_max: float
    amount_min: int
    """kr. An amount other than 0 below this is no budget post of a grant counted in tens of thousands."""


def bounds() -> Bounds:
    """The bounds of the vocabulary folder in use."""
    return _bounds(vocabulary.vocabulary_dir())


@lru_cache(maxsize=4)
def _bounds(folder: Path) -> Bounds:
    data = vocabulary.load("plausible", folder)
    return Bounds(float(data["percent"]["min"]), float(data["percent"]["max"]), int(data["amount"]["min"]))
