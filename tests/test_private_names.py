"""No module imports another module's private name (``from .x import _y``):
a helper two modules share is part of its module's interface and named so,
or a change to it breaks a reader that was never its caller."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "soknad_extract"

def test_no_private_name_is_imported_across_modules() -> None:
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("soknad_extract")):
                found |= {(path.relative_to(SRC).as_posix(), alias.name) for alias in node.names
                          if alias.name.startswith("_") and not alias.name.startswith("__")}
    assert found == set()
