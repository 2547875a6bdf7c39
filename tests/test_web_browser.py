"""The self-check page end to end in a real browser: Debian's chromium driven
by Playwright, against the real server (uvicorn on a free local port) and
the real pipeline. Select with ``pytest -m browser``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import sync_playwright

from soknad_extract.web.app import create_app
from soknad_extract.web.checking import Settings

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "samples" / "born_digital" / "pdfform_hadeland_2020.pdf"
NYNORSK = ROOT / "samples" / "born_digital" / "pdfletter_stord_2020.pdf"
BROKEN = ROOT / "samples" / "born_digital" / "broken_truncated.pdf"
CHROMIUM = "/usr/bin/chromium"
LIMIT = 1024 * 1024


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The application on 127.0.0.1 in a thread: 1 MB limit, two checks at once."""
    port = _free_port()
    app = create_app(Settings(max_bytes=LIMIT, workers=2, queue=4, timeout=90))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, access_log=False, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    uv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def _submit(page, url: str, file: Path) -> None:
    page.goto(url)
    page.set_input_files("input[type=file]", str(file))
    page.click("button[type=submit]")


def test_good_application_shows_the_checklist_and_evidence(page, server, tmp_path) -> None:
    _submit(page, server, GOOD)
    page.wait_for_selector("ol.checklist", timeout=90_000)
    assert page.inner_text("h1") == "1 ting må rettes før dere sender søknaden"
    assert page.locator("li.item").count() == 12
    assert page.locator("li.item.st-error").count() >= 1
    assert "Skriv navn, e-post og telefonnummer" in page.inner_text("li.item.st-error")
    crops = page.locator("li.item figure > img")
    assert crops.count() >= 5
    assert page.evaluate("[...document.querySelectorAll('li.item figure > img')]"
                         ".every(i => i.complete && i.naturalWidth > 100)")
    # the whole page with the place marked opens without JavaScript (details/summary)
    page.locator("li.item details summary").first.click()
    assert page.locator("li.item details[open] img").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.screenshot(path=str(tmp_path / "sjekkliste.png"), full_page=True)


def test_works_with_javascript_switched_off(browser, server) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    _submit(page, server, NYNORSK)
    page.wait_for_selector("ol.checklist", timeout=90_000)
    assert page.get_attribute("html", "lang") == "nn"
    assert "Signatur frå kommuneleiinga" in page.inner_text("ol.checklist")
    context.close()


def test_broken_file_gives_a_clear_message(page, server) -> None:
    _submit(page, server, BROKEN)
    page.wait_for_selector("h1", timeout=90_000)
    assert page.inner_text("h1") == "Vi kunne ikke sjekke denne filen"
    assert "Lagre den på nytt" in page.inner_text("main")


def test_huge_file_is_refused_with_a_page(page, server, tmp_path) -> None:
    huge = tmp_path / "stor.pdf"
    huge.write_bytes(b"%PDF-1.4\n" + bytes(3 * LIMIT))
    page.goto(server)
    page.set_input_files("input[type=file]", str(huge))
    with page.expect_response(lambda r: r.url.endswith("/sjekk")) as response:
        page.click("button[type=submit]")
    assert response.value.status == 413
    assert "Filen er større enn 1 MB" in page.inner_text(".error-message")
    page.click("text=Tilbake til opplastingen")
    assert page.locator("input[type=file]").count() == 1


def test_two_uploads_at_once_both_get_their_checklist(browser, server) -> None:
    context = browser.new_context()
    first, second = context.new_page(), context.new_page()
    for tab, file in ((first, GOOD), (second, NYNORSK)):
        tab.goto(server)
        tab.set_input_files("input[type=file]", str(file))
    started = time.monotonic()
    first.click("button[type=submit]", no_wait_after=True)
    second.click("button[type=submit]", no_wait_after=True)
    first.wait_for_selector("ol.checklist", timeout=120_000)
    second.wait_for_selector("ol.checklist", timeout=120_000)
    assert time.monotonic() - started < 120
    assert first.inner_text(".file-name") == GOOD.name
    assert second.inner_text(".file-name") == NYNORSK.name
    assert second.get_attribute("html", "lang") == "nn" and first.get_attribute("html", "lang") == "nb"
    context.close()
