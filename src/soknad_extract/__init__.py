"""soknad-extract: grant applications from Nav offices into validated records.

The public library API is small: ``read_application`` for one file,
``check_paths`` for a batch, and the record models. Heavy modules load on
first use, so importing the package stays cheap for other systems.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["read_application", "check_paths", "find_applications", "Record", "Finding", "Code", "__version__"]

if TYPE_CHECKING:
    from soknad_extract.batch import check_paths
    from soknad_extract.discovery import find_applications
    from soknad_extract.pipeline import read_application
    from soknad_extract.record import Code, Finding, Record

_LAZY = {
    "read_application": "soknad_extract.pipeline",
    "check_paths": "soknad_extract.batch",
    "find_applications": "soknad_extract.discovery",
    "Record": "soknad_extract.record",
    "Finding": "soknad_extract.record",
    "Code": "soknad_extract.record",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'soknad_extract' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
