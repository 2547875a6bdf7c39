"""Receiving one uploaded file: streamed into a private folder, with a size limit.

The multipart body is parsed as it arrives (python-multipart's streaming
parser), so the file's bytes go straight into a file only this process can
read (a fresh ``mkdtemp`` folder, mode 0700) and the size limit stops the
copy at the limit, not after a huge file has been buffered. The stored name
is fixed ("søknad" plus the original suffix): the office's file name never
touches the disk or a log, it is only shown back on the page.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, Any

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect, Request

FIELD = "fil"
"""Name of the form's file input."""

DRAIN_LIMIT = 64 * 1024 * 1024
"""Bytes of a too-large upload still read (and dropped) so the browser gets the
error page instead of a reset connection; beyond this the connection is cut."""

_SUFFIX = re.compile(r"\.[a-z0-9]{1,5}$")


class UploadError(Exception):
    """The upload cannot be checked; ``reason`` names the message ("too_large", ...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Upload:
    name: str
    """The file name as the office's browser sent it (only shown, never used as a path)."""
    path: Path
    size: int


def display_name(raw: str) -> str:
    """The last part of the sent name (browsers on Windows may send a full path)."""
    name = PurePath(raw.replace("\\", "/")).name.strip()
    return name[:200] or "søknad"


class _Receiver:
    """python-multipart callbacks: keep the first file part, drop everything else."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.headers: dict[bytes, bytes] = {}
        self._field = b""
        self._value = b""
        self.stream: IO[bytes] | None = None
        self.upload: Upload | None = None
        self.too_large = False

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self._begin, "on_header_field": self._header_field,
            "on_header_value": self._header_value, "on_header_end": self._header_end,
            "on_headers_finished": self._headers_done, "on_part_data": self._data,
            "on_part_end": self._end,
        }

    def _begin(self) -> None:
        self.headers = {}

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _header_end(self) -> None:
        self.headers[self._field.lower()] = self._value
        self._field = self._value = b""

    def _headers_done(self) -> None:
        _, params = parse_options_header(self.headers.get(b"content-disposition", b""))
        raw_name = params.get(b"filename")
        if self.upload is not None or params.get(b"name") != FIELD.encode() or not raw_name:
            return
        name = display_name(raw_name.decode("utf-8", "replace"))
        suffix = _SUFFIX.search(name.lower())
        path = self.folder / ("søknad" + (suffix.group(0) if suffix else ""))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self.stream = os.fdopen(fd, "wb")
        self.upload = Upload(name=name, path=path, size=0)

    def _data(self, data: bytes, start: int, end: int) -> None:
        if self.stream is None or self.upload is None or self.too_large:
            return
        self.upload.size += end - start
        if self.upload.size > self.max_bytes:
            self.too_large = True
            self.close()
            return
        self.stream.write(data[start:end])

    def _end(self) -> None:
        self.close()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None


async def drain(request: Request) -> None:
    """Read and drop the body (up to ``DRAIN_LIMIT``) so the browser shows our answer."""
    dropped = 0
    try:
        async for chunk in request.stream():
            dropped += len(chunk)
            if dropped > DRAIN_LIMIT:
                return
    except (RuntimeError, ClientDisconnect):
        return  # the body was already read to its end, or the browser went away


async def receive_upload(request: Request, folder: Path, max_bytes: int) -> Upload:
    """The uploaded file, written to ``folder``; raises ``UploadError``."""
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise UploadError("not_form")
    receiver = _Receiver(folder, max_bytes)
    parser = MultipartParser(boundary, receiver.callbacks())
    try:
        async for chunk in request.stream():
            parser.write(chunk)
            if receiver.too_large:
                break
        else:
            parser.finalize()
    except UploadError:
        raise
    except Exception as exc:  # a malformed body from a broken client
        raise UploadError("not_form") from exc
    finally:
        receiver.close()
    if receiver.too_large:
        await drain(request)
        raise UploadError("too_large")
    if receiver.upload is None:
        raise UploadError("no_file")
    return receiver.upload
