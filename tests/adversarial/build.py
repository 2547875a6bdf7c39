"""Build the adversarial corpus into a folder: each document and beside it
``<id>.truth.json`` (the development set's truth format)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.adversarial.docs import DOCS


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
        truth = {"id": doc.id, "category": doc.klass, **doc.truth}
        done = sorted(p for p in folder.glob(f"{doc.id}.*") if not p.name.endswith((".truth.json", ".html"))
                      and "-original" not in p.name and not (p.suffix == ".docx" and doc.producer == "libreoffice"))
        if done:
            path = done[0]
        else:
            folder.mkdir(exist_ok=True)
            path = doc.build(folder / doc.id)
        truth["file"] = path.name
        (folder / f"{doc.id}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True),
                                                     encoding="utf-8")
        built[doc.id] = (path, truth)
    return built
