"""The self-check web application: a Nav office uploads its application in a
browser and gets the checklist, without a terminal.

Plain HTML forms (no JavaScript needed), Jinja2 templates with autoescaping,
one stylesheet inline. Result pages are never cached and carry a strict
content security policy (no scripts, no external resources: pictures are
data: URIs). Nothing is written to logs: the access log is off, and errors
are shown as a page in Norwegian, never as a traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from soknad_extract.web.checking import Checker, CheckError, Settings
from soknad_extract.web.checklist import words
from soknad_extract.web.upload import FIELD, UploadError

log = logging.getLogger(__name__)

ACCEPT = ".pdf,.docx,.docm,.doc,.odt,.rtf,.png,.jpg,.jpeg,.tif,.tiff"
_STATUS_OF_REASON = {"too_large": 413, "no_file": 400, "not_form": 400, "busy": 503,
                     "broken": 503, "not_found": 404, "internal": 500}
_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'self'; "
     b"base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


class _SecurityHeaders:
    """Adds the headers above to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + _HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


def _environment() -> Environment:
    return Environment(loader=PackageLoader("soknad_extract.web", "templates"),
                       autoescape=select_autoescape(default=True), trim_blocks=True,
                       lstrip_blocks=True)


def create_app(settings: Settings | None = None) -> Starlette:
    """The ASGI application; ``settings`` holds the upload and time limits."""
    settings = settings or Settings()
    checker = Checker(settings)
    env = _environment()
    megabytes = f"{round(settings.max_bytes / (1024 * 1024), 1):g}".replace(".", ",")

    def page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = context.setdefault("lang", "nb")
        context.setdefault("w", words(lang))
        html = env.get_template(template).render(mb=megabytes, field=FIELD, accept=ACCEPT, **context)
        return HTMLResponse(html, status_code=status)

    def error(reason: str) -> HTMLResponse:
        w = words("nb")
        message = w[f"error_{reason}"].format(mb=megabytes) if f"error_{reason}" in w else w["error_broken"]
        return page("error.html", _STATUS_OF_REASON.get(reason, 500), message=message)

    async def form(request: Request) -> Response:
        return page("form.html")

    async def check(request: Request) -> Response:
        try:
            result = await checker.check(request)
        except (UploadError, CheckError) as exc:
            return error(exc.reason)
        return page("result.html", lang=result.lang, p=result)

    async def not_found(request: Request, exc: Exception) -> Response:
        return error("not_found")

    async def failed(request: Request, exc: Exception) -> Response:
        log.error("internal error: %s", type(exc).__name__)  # the type only: no document data
        return error("internal")

    app = Starlette(
        routes=[Route("/", form, methods=["GET"]), Route("/sjekk", check, methods=["POST"]),
                Route("/sjekk", form, methods=["GET"])],
        exception_handlers={404: not_found, 405: not_found, Exception: failed},
    )
    app.state.checker = checker
    app.add_middleware(_SecurityHeaders)
    return app


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    """Run the application with uvicorn until stopped (Ctrl-C). The workers'
    forkserver starts now, before the first upload, so that an office's
    first check is as quick as its next."""
    import uvicorn

    from soknad_extract.process_start import start_early

    start_early()

    uvicorn.run(create_app(settings), host=host, port=port, access_log=False,
                log_level="warning", proxy_headers=False, server_header=False)
