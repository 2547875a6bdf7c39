"""Who sends the draft letters and when: county, clerk, date and reply deadline.

A county sets these once in a small TOML file (``--letter-config``) and may
override any of them on the command line, so no letter leaves with
"[fylke]" or "[Dato]" in it unless the clerk wants to fill it in by hand.

    county = "Innlandet"
    clerk = "Kari Saksbehandler"
    clerk_title = "seniorrådgiver"
    date = 2020-02-10          # default: the day the letters are written
    reply_by = 2020-02-24
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path


class LetterSettingsError(Exception):
    """The settings file cannot be read or holds something unknown."""


@dataclass(frozen=True)
class LetterSettings:
    county: str | None = None
    clerk: str | None = None
    clerk_title: str | None = None
    date: date | None = None
    reply_by: date | None = None

    def merged(self, **overrides: object) -> LetterSettings:
        """These settings with every override that is not None."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


KEYS = tuple(f.name for f in fields(LetterSettings))
_DATES = ("date", "reply_by")


def load_letter_settings(path: Path) -> LetterSettings:
    """Read a settings file; raises ``LetterSettingsError`` naming what is wrong."""
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LetterSettingsError(str(exc)) from exc
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise LetterSettingsError(f"unknown keys {', '.join(unknown)}; known are {', '.join(KEYS)}")
    values: dict[str, object] = {}
    for key, value in data.items():
        if key in _DATES:
            if isinstance(value, str):
                try:
                    value = date.fromisoformat(value)
                except ValueError as exc:
                    raise LetterSettingsError(f"{key}: {exc}") from exc
            if not isinstance(value, date):
                raise LetterSettingsError(f"{key} must be a date (YYYY-MM-DD)")
        elif not isinstance(value, str):
            raise LetterSettingsError(f"{key} must be text")
        values[key] = value
    return LetterSettings(**values)
