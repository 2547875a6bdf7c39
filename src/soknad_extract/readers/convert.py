"""Legacy word-processor files (.doc, .odt, .rtf) through LibreOffice.

Nothing in Python reads the binary .doc format well, and peers that rely on
an external converter fail silently when it is missing (docling #732).
Here the conversion runs headless in its own temporary profile (so parallel
runs do not fight over one profile lock) inside the document's private
temporary folder, in its own process group registered there (so that
``soffice.bin`` dies with the document even when the worker is killed
first), with what is left of the document's time limit; a missing or
failing LibreOffice becomes an ``UnreadableDocument`` that says what to
install or ask for.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .. import clock, limits, tempfiles
from ..layout import Document, SourceFormat
from ..messages import reader_texts
from .docx.read import read_docx
from .errors import UnreadableDocument

READ_RESERVE_SECONDS = 15.0
"""Of the document's time, kept for reading the converted file."""
SUFFIXES: dict[str, tuple[str, ...]] = {"doc": (".doc", ".dot"), "odt": (".odt", ".ott"), "rtf": (".rtf",)}
"""Names LibreOffice recognises for each format converted to .docx."""
RECORD_FORMAT: dict[str, SourceFormat] = {"doc": "doc", "odt": "odt", "rtf": "doc"}
"""The source format the record reports (it has no "rtf")."""

def _soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise UnreadableDocument(*reader_texts("libreoffice_missing"))


def convert_with_libreoffice(path: str | Path, target: str = "docx", *, workdir: str | Path | None = None) -> Path:
    """Convert ``path`` to ``target`` with headless LibreOffice and return the
    new file. It is written in ``workdir`` (a fresh temporary folder when
    None, which the caller then owns and removes)."""
    source = Path(path)
    if not source.is_file():
        raise UnreadableDocument(*reader_texts("file_not_found", path=source.name))
    if source.stat().st_size == 0:
        raise UnreadableDocument(*reader_texts("convert_empty"))
    soffice = _soffice()
    out = Path(workdir) if workdir is not None else Path(tempfile.mkdtemp(prefix="soknad-convert-"))
    out.mkdir(parents=True, exist_ok=True)
    command = [
        soffice,
        tempfiles.libreoffice_profile(out),
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        str(out),
        str(source.resolve()),
    ]
    timeout = clock.wall_seconds_left(reserve=READ_RESERVE_SECONDS)
    try:
        process = tempfiles.run_in_group(command, timeout=timeout, folder=tempfiles.document_folder())
    except subprocess.TimeoutExpired:
        lim = limits.active()
        raise limits.LimitExceeded("document_seconds", None, lim.document_seconds, "LibreOffice") from None
    stdout, stderr = process.stdout, process.stderr
    result = out / f"{source.stem}.{target}"
    if process.returncode != 0 or not result.is_file():
        output = (stdout + stderr).decode("utf-8", "replace").splitlines()
        detail = next((line.strip() for line in output if "error" in line.lower()), f"exit code {process.returncode}")
        raise UnreadableDocument(*reader_texts("convert_failed", name=source.name, detail=detail))
    return result


def read_legacy_word(path: str | Path, sniffed: str | None = None) -> Document:
    """Read a .doc, .odt or .rtf file: convert it to .docx in a temporary
    folder, read that, and report the original path and format. ``sniffed``
    is the format the file's bytes showed (the suffix's when not given); a
    file whose name says something else is converted from a copy named for
    its format, since LibreOffice picks its import filter partly by the name."""
    source = Path(path)
    suffix = source.suffix.lower()
    if sniffed is None:
        sniffed = next((key for key, names in SUFFIXES.items() if suffix in names), "doc")
    with tempfile.TemporaryDirectory(prefix="soknad-convert-") as workdir:
        named = source
        if suffix not in SUFFIXES[sniffed]:
            named = Path(workdir) / f"source{SUFFIXES[sniffed][0]}"
            shutil.copyfile(source, named)
        converted = convert_with_libreoffice(named, "docx", workdir=workdir)
        document = read_docx(converted)
    document.path = str(source)
    document.format = RECORD_FORMAT[sniffed]
    document.metadata["converted_from"] = named.suffix.lower().lstrip(".")
    return document
