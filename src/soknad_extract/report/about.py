"""The tool's version, for ``--version`` and the footer of reports."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _distribution_version

DISTRIBUTION = "soknad-extract"


def version() -> str:
    """The installed version; "0+source" when running from an uninstalled checkout."""
    try:
        return _distribution_version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+source"
