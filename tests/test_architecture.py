"""The layering ARCHITECTURE.md promises, checked on the source itself.

Each rule is a statement about imports or size that a reviewer would
otherwise have to re-check by hand after every change.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "soknad_extract"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(package: str) -> list[Path]:
    base = SRC.joinpath(*package.split(".")[1:])
    return sorted(base.rglob("*.py")) if base.is_dir() else [base.with_suffix(".py")]


FORBIDDEN = [
    ("soknad_extract.readers", "soknad_extract.extract"),
    ("soknad_extract.readers", "soknad_extract.validate"),
    ("soknad_extract.readers", "soknad_extract.report"),
    ("soknad_extract.layout", "soknad_extract.readers"),
    ("soknad_extract.layout", "soknad_extract.extract"),
    # Derived views (rows, fragments) are geometry; the evidence a span gives is extract's.
    ("soknad_extract.layout", "soknad_extract.record"),
    ("soknad_extract.layout", "soknad_extract.validate"),
    ("soknad_extract.layout", "soknad_extract.report"),
    ("soknad_extract.extract", "soknad_extract.readers"),
    ("soknad_extract.extract", "soknad_extract.report"),
    ("soknad_extract.validate", "soknad_extract.layout"),
    ("soknad_extract.validate", "soknad_extract.readers"),
    ("soknad_extract.validate_sums", "soknad_extract.layout"),
    ("soknad_extract.validate_sums", "soknad_extract.extract"),
    ("soknad_extract.batch", "soknad_extract.report"),
    ("soknad_extract.pool", "soknad_extract.report"),
    ("soknad_extract.discovery", "soknad_extract.report"),
]


@pytest.mark.parametrize(("layer", "forbidden"), FORBIDDEN, ids=[f"{a}-x-{b}" for a, b in FORBIDDEN])
def test_layer_does_not_import(layer: str, forbidden: str) -> None:
    modules = set(_module_graph())
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in _modules(layer)
        for name in sorted(_imported_modules(path, modules))
        if name == forbidden or name.startswith(forbidden + ".")
    ]
    assert offenders == []


def test_no_module_is_over_the_size_limit() -> None:
    long = [f"{p.relative_to(SRC)}: {n}" for p in sorted(SRC.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert long == []


def _imported_modules(path: Path, modules: set[str]) -> set[str]:
    """The package modules ``path`` imports: ``from pkg import sub`` names
    ``pkg.sub`` when that is a module, else ``pkg``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else [])) \
                if node.level else (node.module or "")
            found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names)
    return {name for name in found if name in modules}


def _module_graph() -> dict[str, set[str]]:
    """Module → the package modules it imports; the root package's lazy
    re-exports (``soknad_extract.read_application``) are no edge."""
    paths = {_module_name(p): p for p in SRC.rglob("*.py")}
    names = set(paths)
    return {name: _imported_modules(path, names) - {name, "soknad_extract"} for name, path in paths.items()}


def test_no_import_cycle() -> None:
    graph = _module_graph()
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return path[path.index(node):] + [node]
        if node in done:
            return None
        for nxt in sorted(graph[node]):
            cycle = visit(nxt, path + [node])
            if cycle:
                return cycle
        done.add(node)
        return None

    cycles = [c for c in (visit(n, []) for n in sorted(graph)) if c]
    assert cycles == []


def test_the_import_parser_sees_relative_imports() -> None:
    """Guards the test itself: a relative import in extract/ resolves to its absolute name."""
    names = _imported_modules(SRC / "extract" / "signatures" / "assemble.py", set(_module_graph()))
    assert any(name.startswith("soknad_extract.layout") for name in names)


def test_the_forms_own_text_has_one_loader_and_one_matcher() -> None:
    """Lines the form prints (``form_text.toml``) and the scheme's
    announcement sentences are read in one place, so a sentence added to
    either reaches every reader of the form's text."""
    owner = SRC / "extract" / "form_text.py"
    readers = []
    for path in sorted(SRC.rglob("*.py")):
        if path in (owner, SRC / "schemes.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "announcement" \
                    or isinstance(node, ast.Constant) and node.value == "form_text":
                readers.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert readers == []


CLERK_PHRASES = ("kunne ikke", "kan ikke", "Kontroller", "kontroller", "Be Nav-kontoret", "er skadet",
                 "Ask the Nav office", "by hand")
"""Words of the sentences readers say to a clerk: they belong in the catalogue."""


def _docstrings(tree: ast.AST) -> set[int]:
    """The string statements: docstrings of modules, classes, functions and attributes."""
    return {id(node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}


def test_readers_word_their_notes_and_errors_from_the_catalogue() -> None:
    """A note or refusal written inline in a reader or in limits.py would
    miss the catalogue's check that Bokmål and English both exist with the
    same placeholders; docstrings and comments may still quote such words."""
    inline = []
    for path in [*_modules("soknad_extract.readers"), SRC / "limits.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip \
                    and any(phrase in node.value for phrase in CLERK_PHRASES):
                inline.append(f"{path.relative_to(SRC)}:{node.lineno}: {node.value[:60]!r}")
    assert inline == []
