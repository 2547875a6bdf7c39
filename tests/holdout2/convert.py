"""Export Word files to PDF with LibreOffice, the way an office does
'Lagre som PDF' before sending the application."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(sources: list[Path], outdir: Path, profile: Path) -> dict[Path, Path]:
    """Convert every file in one LibreOffice run (a private profile, so runs
    by other people on the same machine do not collide)."""
    binary = soffice()
    if binary is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )
    out = {src: outdir / (src.stem + ".pdf") for src in sources}
    missing = [str(p) for p in out.values() if not p.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}")
    return out
