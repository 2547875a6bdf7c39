"""Build the adversarial corpus into a folder, one subfolder a document, and
pair each document with its truth (``truth/<id>.json``, the development set's
truth format, see /work/shared/devset/README.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.adversarial.docs import DOCS

TRUTH = Path(__file__).parent / "truth"


def available(producer: str) -> bool:
    tool = {"libreoffice": "soffice", "browser": "chromium"}.get(producer)
    return tool is None or shutil.which(tool) is not None


def build(out: Path, only: set[str] | None = None) -> dict[str, tuple[Path, dict]]:
    """id -> (document path, truth); a document already built is reused.
    The whole corpus leaves out producers that are not installed; documents
    asked for by id are always built (a missing producer is an error)."""
    out.mkdir(parents=True, exist_ok=True)
    built: dict[str, tuple[Path, dict]] = {}
    for doc in DOCS:
        if only is not None and doc.id not in only or only is None and not available(doc.producer):
            continue
        folder = out / doc.id
        truth = json.loads((TRUTH / f"{doc.id}.json").read_text(encoding="utf-8"))
        path = folder / truth["file"]
        if not path.exists():
            folder.mkdir(exist_ok=True)
            made = doc.build(folder / doc.id)
            if made != path:
                raise RuntimeError(f"{doc.id}: built {made.name}, its truth describes {truth['file']}")
        built[doc.id] = (path, truth)
    return built
