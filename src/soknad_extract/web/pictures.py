"""Evidence pictures for the web page, drawn in a throwaway process.

pdfium is a C library: a damaged file that crashes or hangs it must not take
the server (and every other office's upload) with it. So the regions are
rendered in a child process with a time limit; if it dies or runs late it
is killed and the page is shown without pictures (the words read are still
there). The child comes from the same forkserver as the batch workers, so
it starts in milliseconds.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path

from soknad_extract.record import Record
from soknad_extract.report.evidence_images import Picture, Region, render_regions

Pictures = dict[Region, tuple[Picture | None, Picture | None]]


def regions_of(record: Record) -> list[Region]:
    """Every place on a page the record names: its values' and its findings' evidence."""
    evidence = list(record.evidence.values()) + [f.evidence for f in record.findings if f.evidence]
    found = {(e.page, tuple(e.bbox)) for e in evidence if e.page is not None and e.bbox is not None}
    return sorted(found)


def _child(conn: Connection, path: str, fmt: str, regions: list[Region]) -> None:
    try:
        conn.send(render_regions(path, fmt, regions))
    except Exception:  # noqa: BLE001 - the parent shows the page without pictures
        conn.send({})
    finally:
        conn.close()


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def render_isolated(path: Path, fmt: str, regions: list[Region], timeout: float) -> Pictures:
    """The pictures of ``regions``, or {} when there are none or drawing failed."""
    if not regions or fmt not in ("pdf", "image"):
        return {}
    context = _context()
    ours, theirs = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(theirs, str(path), fmt, regions), daemon=True,
                              name="soknad-extract-pictures")
    process.start()
    theirs.close()
    try:
        return ours.recv() if ours.poll(timeout) else {}
    except (EOFError, OSError):
        return {}  # the child died (a crash in pdfium)
    finally:
        process.kill()
        process.join(5)
        ours.close()
