"""Export Word files to PDF with LibreOffice, the way an office does
'Lagre som PDF' before sending the application. A missing LibreOffice is an
error, never a skip: the tests that need it are marked ``libreoffice``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdfplumber

from tests.builders import fonts


def soffice() -> str:
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: run `make install`")
    return binary


def to_pdf(sources: list[Path], outdir: Path, profile: Path) -> dict[Path, Path]:
    """Convert every file in one LibreOffice run (a private profile, so runs
    by other people on the same machine do not collide)."""
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )
    out = {src: outdir / (src.stem + ".pdf") for src in sources}
    missing = [str(p) for p in out.values() if not p.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}")
    return out


def embedded_fonts(pdf: Path) -> set[str]:
    """The fonts the PDF's text is drawn with, without subset prefixes."""
    with pdfplumber.open(pdf) as document:
        return {char["fontname"].split("+")[-1] for page in document.pages for char in page.chars}


def docx_to_pdf(docx: Path, outdir: Path) -> Path:
    """One Word file written with :func:`tests.builders.word.use_font` to PDF,
    checked to be drawn in DejaVu only: if fontconfig substituted another font
    the document would depend on the machine, so that is an error here."""
    pdf = to_pdf([docx], outdir, outdir / "lo-profile")[docx]
    stray = {name for name in embedded_fonts(pdf) if not name.startswith(fonts.REGULAR)}
    if stray:
        raise RuntimeError(f"{pdf.name} is drawn with {sorted(stray)}, not {fonts.FAMILY}: "
                           "install fonts-dejavu-core (`make install`)")
    return pdf
