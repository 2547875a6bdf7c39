"""Checking uploads without letting one of them starve the others.

Each upload is read by the library's batch call (``check_paths`` with one
file): the document is read in its own worker process with a time limit,
killed when it hangs, and a crash or timeout comes back as a record with
``DOCUMENT_UNREADABLE`` instead of an exception. At most ``workers`` checks
run at once (an anyio capacity limiter, first come first served); a few more
may wait, and beyond that the page says the service is busy instead of
queueing without end. Evidence pictures are drawn while the private copy
still exists (in a throwaway process, ``web.pictures``); the folder is deleted
as soon as the page is built.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import anyio
from starlette.requests import Request

from soknad_extract.batch import DEFAULT_TIMEOUT
from soknad_extract.pool import BatchError
from soknad_extract.record import Code
from soknad_extract.web.checklist import Page, build_page
from soknad_extract.web.pictures import regions_of, render_isolated
from soknad_extract.web.upload import Upload, drain, receive_upload


@dataclass(frozen=True)
class Settings:
    """The limits one server runs with (``soknad-extract serve`` options)."""

    max_bytes: int = 20 * 1024 * 1024
    workers: int = 2
    """Documents checked at the same time."""
    queue: int = 8
    """Uploads that may wait for a free worker before the page says "busy"."""
    timeout: float = DEFAULT_TIMEOUT
    """Seconds one document may take."""


PICTURE_TIMEOUT = 60.0
"""Seconds drawing one upload's evidence pictures may take; the page then comes without them."""

_UNCHECKED = {Code.DOCUMENT_UNREADABLE, Code.NOT_AN_APPLICATION}


class CheckError(Exception):
    """The check could not run; ``reason`` names the message for the office."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _check_file(upload: Upload, timeout: float) -> Page:
    """Read the private copy and build its page (runs in a worker thread)."""
    from soknad_extract import check_paths

    try:
        (record,) = check_paths([upload.path], jobs=1, timeout=timeout)
    except BatchError as exc:
        raise CheckError("broken") from exc
    drawn = {}
    if not any(f.code in _UNCHECKED for f in record.findings):
        drawn = render_isolated(upload.path, record.source.format, regions_of(record),
                                min(timeout, PICTURE_TIMEOUT))
    return build_page(record, upload.name, drawn)


class Checker:
    """Admits uploads up to the limits and checks them in worker threads."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.limiter = anyio.CapacityLimiter(settings.workers)
        self.admitted = 0

    async def check(self, request: Request) -> Page:
        """Receive, check and delete one upload; raises ``UploadError`` or ``CheckError``."""
        if self.admitted >= self.settings.workers + self.settings.queue:
            await drain(request)
            raise CheckError("busy")
        self.admitted += 1
        folder = Path(tempfile.mkdtemp(prefix="soknad-web-"))
        try:
            upload = await receive_upload(request, folder, self.settings.max_bytes)
            return await anyio.to_thread.run_sync(
                _check_file, upload, self.settings.timeout, limiter=self.limiter)
        finally:
            self.admitted -= 1
            shutil.rmtree(folder, ignore_errors=True)


__all__ = ["Checker", "CheckError", "Settings"]
