"""The command line's help and click's own words in the user's language.

The tool speaks Bokmål by default, so ``--help`` and click's errors ("Usage:",
"No such option") must too. Help texts are keys into the message catalogue
(``[help]``), filled in when the language is known. click translates its
own texts with ``gettext``, which needs compiled catalogues installed system
wide; instead its modules' ``_``/``ngettext`` are pointed at the catalogue's
``[click]`` section, so the words live as data next to every other text.

The language comes from ``--lang`` on the command line when it is there
(read before click parses, since a parse error must already speak it), else
from ``SOKNAD_EXTRACT_LANG``, else Bokmål.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence

import click

from soknad_extract.messages import click_word, help_text, keys, lang_of, t

LANG_ENV = "SOKNAD_EXTRACT_LANG"

_CLICK_MODULES = ("click.core", "click.exceptions", "click.decorators", "click.formatting",
                  "click.parser", "click.types", "click.termui", "click.utils")
_declared: dict[tuple[int, str], str] = {}


def language(argv: Sequence[str]) -> str:
    """The language for help and errors: ``--lang`` in ``argv``, the environment, or Bokmål."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return lang_of(argv[i + 1])
        if arg.startswith("--lang="):
            return lang_of(arg.split("=", 1)[1])
    return lang_of(os.environ.get(LANG_ENV, "nb"))


def _install_click_words(lang: str) -> None:
    def gettext(message: str) -> str:
        return click_word(message, lang)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return click_word(singular if n == 1 else plural, lang)

    for name in _CLICK_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext


def _key(item: object, attr: str) -> str | None:
    """The catalogue key an item's ``attr`` was declared with (remembered on first use)."""
    text = getattr(item, attr)
    if text is None:
        return None
    return _declared.setdefault((id(item), attr), text)


def _help(key: str, lang: str) -> str:
    return help_text(key, lang) if key in keys("help", "nb") else click_word(key, lang)


def localize(group: click.Group, lang: str) -> None:
    """Put ``lang`` into the help of ``group``, its commands and options, and
    into click's own words. Help texts and epilogs are declared as catalogue
    keys; click's own option texts (``--version``) are its English."""
    _install_click_words(lang)
    for command in [group, *group.commands.values()]:
        key = _key(command, "help")
        if key is not None:
            command.help = _help(key, lang)
            command.short_help = None
        key = _key(command, "epilog")
        if key is not None:
            command.epilog = t(key, lang)
        for param in command.params:
            key = _key(param, "help") if isinstance(param, click.Option) else None
            if key is not None:
                param.help = _help(key, lang)
