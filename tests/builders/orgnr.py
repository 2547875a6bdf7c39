"""Organisation numbers for test documents, checked by python-stdnum (the
same library the extractor validates with), so the MOD11 rule lives in one place."""

from __future__ import annotations

from stdnum.no import orgnr


def check_digit(base8: str) -> int:
    """The MOD11 check digit of eight digits; 10 means no valid number exists.
    The last digit weighs 1, so it is what makes the weighted sum divisible by 11."""
    return -orgnr.checksum(base8 + "0") % 11


def org_number(base8: str) -> str:
    """A valid organisation number from eight leading digits; a base whose
    check digit would be 10 is bumped to the next one that has a valid number."""
    base = int(base8)
    while check_digit(f"{base:08d}") == 10:
        base += 1
    number = f"{base:08d}{check_digit(f'{base:08d}')}"
    assert orgnr.is_valid(number)
    return number


def broken_org_number(valid: str) -> str:
    """The same number with its last digit changed, so MOD11 fails."""
    broken = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    assert not orgnr.is_valid(broken)
    return broken


def spaced(number: str) -> str:
    """An organisation number as people type it: 974 592 123."""
    return f"{number[:3]} {number[3:6]} {number[6:]}"
