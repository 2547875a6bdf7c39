"""The message catalogue: every text a person reads, in Bokmål and English.

The texts live in ``messages.toml`` beside this module, each entry with its
``nb`` and ``en`` wording side by side (letters also carry ``nn``), so a
translator edits one data file and a missing language is caught when the
catalogue loads, not when a clerk meets an empty message. Finding messages
say what is wrong and what to ask the Nav office for; their placeholders
are filled with the values the validator found.
"""

from __future__ import annotations

import json
import os
import string
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

Lang = Literal["nb", "en"]
LetterLang = Literal["nb", "nn", "en"]

CATALOGUE = Path(__file__).with_name("messages.toml")
REQUIRED_LANGS = ("nb", "en")
SECTIONS = ("finding", "role", "contact_part", "text", "letter_finding", "help", "click", "metavar",
            "code_name", "reader")


class CodedError(Exception):
    """An error the user can act on, carried as a catalogue key with its values
    so each caller words it in the user's language (``message(lang)``)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(t(key, "en", **values))
        self.key = key
        self.values = values

    def message(self, lang: str) -> str:
        return t(self.key, lang, **self.values)


class CatalogueError(Exception):
    """The catalogue file is broken: a missing language or placeholders that differ."""


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, dict[str, str]]]:
    """section → key → language → text, checked once: every entry has nb and
    en, and every language of an entry uses the same placeholders.

    Parsing and checking the TOML is most of a ``--help``'s own work, so the
    checked catalogue is kept as JSON in the tool's cache folder
    (``startup_cache.cache_folder``) under a digest of the TOML's bytes and
    this module's source: an edited catalogue or checking code is parsed and
    checked again; a missing, foreign or broken cache file means the same."""
    raw = CATALOGUE.read_bytes()
    key = _catalogue_key(raw)
    data = _kept_catalogue(key)
    if data is None:
        import tomllib

        data = tomllib.loads(raw.decode("utf-8"))
        _check_catalogue(data)
        _keep_catalogue(key, data)
    return data


def _check_catalogue(data: dict[str, Any]) -> None:
    for section in SECTIONS:
        for key, entry in data.get(section, {}).items():
            where = f"{CATALOGUE.name}: [{section}.{key}]"
            missing = [lang for lang in REQUIRED_LANGS if not isinstance(entry.get(lang), str)]
            if missing:
                raise CatalogueError(f"{where} has no text for {', '.join(missing)}")
            names = _placeholders(entry["nb"])
            for lang, text in entry.items():
                if _placeholders(text) != names:
                    raise CatalogueError(f"{where}: the {lang} text has other placeholders than nb")


KEPT_NAME = "messages.json"


def _catalogue_key(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw + b"\0" + Path(__file__).read_bytes()).hexdigest()


def _kept_path() -> Path | None:
    from soknad_extract.startup_cache import cache_folder

    folder = cache_folder()
    return None if folder is None else folder / KEPT_NAME


def _kept_catalogue(key: str) -> Any:
    """The kept catalogue if it was kept under ``key``, else None."""
    try:
        path = _kept_path()
        if path is None:
            return None
        kept = json.loads(path.read_bytes())
        return kept["catalogue"] if kept.get("key") == key and isinstance(kept.get("catalogue"), dict) else None
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return None


def _keep_catalogue(key: str, data: dict[str, Any]) -> None:
    """Write the checked catalogue for the next process (whole, or not at all)."""
    try:
        path = _kept_path()
        if path is None:
            return
        text = json.dumps({"key": key, "catalogue": data}, ensure_ascii=False)
        if json.loads(text)["catalogue"] != data:  # a TOML type JSON does not keep: parse each time
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except (OSError, ValueError, TypeError):
        return


def lang_of(lang: str) -> Lang:
    """The report language: anything but "en" is Bokmål."""
    return "en" if lang == "en" else "nb"


def _text(section: str, key: str, lang: str) -> str:
    entry = catalogue()[section][key]
    return entry.get(lang) or entry[lang_of(lang)]


def message(code: str, lang: str = "nb", **values: object) -> str:
    """The finding message for ``code`` with the validator's values filled in."""
    return _text("finding", code, lang).format(**values)


def t(key: str, lang: str = "nb", **values: object) -> str:
    """A report or command-line text; ``lang`` "nn" gives Nynorsk where the
    catalogue has it (letters) and Bokmål elsewhere."""
    text = _text("text", key, lang)
    return text.format(**values) if values else text


def reader_text(key: str, lang: str = "nb", **values: object) -> str:
    """A reader's note or refusal (section ``reader``) in ``lang``. Readers
    word each text in both languages at once, because the report language
    is chosen long after the document was read."""
    return _text("reader", key, lang).format(**values)


def reader_texts(key: str, **values: object) -> tuple[str, str]:
    """``reader_text`` in Bokmål and English, for values that read the same in both."""
    return reader_text(key, "nb", **values), reader_text(key, "en", **values)


def role_name(role: str, lang: str = "nb") -> str:
    return _text("role", role, lang)


def contact_part(part: str, lang: str = "nb") -> str:
    return _text("contact_part", part, lang)


def code_name(code: str, lang: str = "nb") -> str:
    """A finding code's short name (the HTML report's filter)."""
    return _text("code_name", code, lang)


def codes() -> set[str]:
    """The finding codes that have a message."""
    return set(catalogue()["finding"])


def keys(section: str, lang: str) -> set[str]:
    """The keys of ``section`` that have a text in ``lang`` (for the test that
    both languages are complete)."""
    return {key for key, entry in catalogue()[section].items() if lang in entry}


def help_text(key: str, lang: str = "nb") -> str:
    """A command's or option's help on the command line."""
    return _text("help", key, lang)


def letter_text(code: str, lang: str) -> str | None:
    """What a letter asks the office to fix for finding ``code``; None for
    findings that are the clerk's judgement and stay out of letters."""
    entry = catalogue()["letter_finding"].get(code)
    return None if entry is None else entry.get(lang) or entry[lang_of(lang)]


def click_word(msgid: str, lang: str = "nb") -> str:
    """click's own text ``msgid`` (its English) in ``lang``; unknown texts stay English."""
    entry = catalogue()["click"].get(msgid)
    return msgid if entry is None else entry[lang_of(lang)]


def metavar(declared: str, lang: str = "nb") -> str:
    """A value's placeholder in --help ("FIL" → "FILE"); unknown ones stay as declared."""
    entry = catalogue()["metavar"].get(declared)
    return declared if entry is None else entry[lang_of(lang)]
