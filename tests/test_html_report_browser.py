"""The county's HTML report in a real browser (Debian's chromium through
Playwright): no sideways scrolling at 1,280 px, the filter hides cards,
pictures load, print hides the controls. Layout facts, not pixels.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from soknad_extract.record import Office, Project, Source
from soknad_extract.report.html import render_html
from tests.test_html_report import fine, needs_action, unreadable, with_warning

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"


def _records():
    long_name = "søknad_" + "x" * 160 + ".pdf"  # one unbroken word longer than the page
    odd = needs_action().model_copy(update={
        "source": Source(path="mappe/" + "undermappe/" * 12 + long_name, format="pdf"),
        "office": Office(name="Nav " + "Langtnavn" * 15),
        "project": Project(title="Et prosjekt med en svært lang tittel " * 6),
    })
    return [fine(), with_warning(), needs_action(), unreadable(), odd]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rapport") / "rapport.html"
    path.write_text(render_html(_records()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def page(report):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        tab.goto(report.as_uri())
        yield tab
        browser.close()


def _visible_cards(page) -> list[str]:
    return page.evaluate("""[...document.querySelectorAll('section.card')]
        .filter(c => c.offsetParent !== null).map(c => c.className)""")


def test_readable_at_1280_without_sideways_scrolling(page, tmp_path) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    # the three counts stand side by side on top, before the first card
    boxes = page.evaluate("""[...document.querySelectorAll('ul.counts li')]
        .map(b => b.getBoundingClientRect().top)""")
    assert len(boxes) == 3 and len(set(boxes)) == 1
    first_card = page.locator("section.card").first.bounding_box()
    assert first_card is not None and first_card["y"] > max(boxes)
    # cards and their pictures stay inside the page width
    assert page.evaluate("""[...document.querySelectorAll('section.card, section.card img')]
        .every(e => e.getBoundingClientRect().right <= 1280)""")
    page.screenshot(path=str(tmp_path / "rapport.png"), full_page=True)


def test_evidence_pictures_load(page) -> None:
    assert page.evaluate("""[...document.querySelectorAll('section.card img')]
        .every(i => i.complete && i.naturalWidth > 50)""")
    assert page.locator("section.card img").count() >= 4


def test_cards_sorted_by_what_needs_action_with_badges_in_words(page) -> None:
    badges = page.locator("section.card header .badge").all_inner_texts()
    assert badges[:3] == ["✗ Må følges opp"] * 3
    assert badges[3:] == ["! Bør ses på", "✓ I orden"]


def test_filter_by_status_and_finding_hides_cards(page) -> None:
    assert len(_visible_cards(page)) == 5
    page.check("#fs-warnings")
    visible = _visible_cards(page)
    assert len(visible) == 1 and "s-warnings" in visible[0]
    assert page.locator("table.overview tbody tr:visible").count() == 1
    page.check("#fs-all")
    page.select_option("#ff", "CONTACT_MISSING")
    visible = _visible_cards(page)
    assert len(visible) == 2 and all("c-CONTACT_MISSING" in v for v in visible)
    page.select_option("#ff", "")
    assert len(_visible_cards(page)) == 5


def test_print_hides_the_controls_and_shows_every_card(page) -> None:
    page.check("#fs-fine")
    page.emulate_media(media="print")
    try:
        assert not page.locator("form.filters").is_visible()
        assert len(_visible_cards(page)) == 5
    finally:
        page.emulate_media(media="screen")
        page.check("#fs-all")
