"""The self-check web application through Starlette's test client: routes,
limits, error pages, Nynorsk, and that nothing is kept or logged.

The checks run the real pipeline (a worker process per upload), so the
samples used are small born-digital ones. ``test_web_browser.py`` drives the
same application in a real browser.
"""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from soknad_extract import cli
from soknad_extract.batch import BatchError
from soknad_extract.web import checking
from soknad_extract.web.app import create_app
from soknad_extract.web.checking import Settings
from soknad_extract.web.pictures import render_isolated

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "samples" / "born_digital" / "pdfform_hadeland_2020.pdf"
NYNORSK = ROOT / "samples" / "born_digital" / "pdfletter_stord_2020.pdf"
BROKEN = ROOT / "samples" / "born_digital" / "broken_truncated.pdf"


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """Uploads land here, so a test can see that nothing is left behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _uploads_left(folder: Path) -> list[Path]:
    """Private upload folders still there (multiprocessing keeps its own "pymp-" folder)."""
    return [p for p in folder.iterdir() if not p.name.startswith("pymp-")]


@pytest.fixture
def client(private_tmp) -> TestClient:
    return TestClient(create_app(Settings(max_bytes=300_000, workers=1, queue=1, timeout=60)))


def _upload(client: TestClient, path: Path, name: str | None = None):
    with path.open("rb") as stream:
        return client.post("/sjekk", files={"fil": (name or path.name, stream, "application/pdf")})


def _text(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_form_works_without_javascript(client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert 'method="post"' in page and 'enctype="multipart/form-data"' in page
    assert 'type="file"' in page and 'name="fil"' in page and "<script" not in page
    assert "høyst 0,3 MB" in _text(page)
    headers = response.headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store" and headers["x-content-type-options"] == "nosniff"


def test_good_application_gives_the_checklist_with_evidence(client, private_tmp, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    response = _upload(client, GOOD, name="Vår søknad <2020>.pdf")
    assert response.status_code == 200
    page, text = response.text, _text(response.text)
    assert "1 ting må rettes før dere sender søknaden" in text
    assert "Vår søknad &lt;2020&gt;.pdf" in page
    assert "Sjekkliste" in text and "Søker er et Nav-kontor" in text
    assert "✗ Må rettes" in text and "✓ I orden" in text
    assert "Skriv navn, e-post og telefonnummer til en kontaktperson" in text  # to the office
    assert "Be kontoret" not in text and "be Nav-kontoret" not in text.lower()
    assert re.search(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]{100,}"', page)
    assert "Teksten vi leste, side 2" in text  # the signatures, with the words read
    assert _uploads_left(private_tmp) == []  # the private copy is gone
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "Hadeland" not in logged and "Vår søknad" not in logged


def test_nynorsk_application_gets_a_nynorsk_page(client) -> None:
    response = _upload(client, NYNORSK)
    assert response.status_code == 200
    assert '<html lang="nn">' in response.text
    text = _text(response.text)
    assert "Sjekkliste" in text and "Signatur frå kommuneleiinga" in text
    assert "Skriv organisasjonsnummeret til Nav-kontoret (ni siffer)." in text


def test_broken_file_says_what_to_do(client, private_tmp) -> None:
    response = _upload(client, BROKEN)
    assert response.status_code == 200
    text = _text(response.text)
    assert "Vi kunne ikke sjekke denne filen" in text and "Lagre den på nytt" in text
    assert "Traceback" not in text and _uploads_left(private_tmp) == []


def test_too_large_file_is_refused_while_streaming(client, private_tmp, tmp_path) -> None:
    huge = tmp_path / "stor.pdf"
    huge.write_bytes(b"%PDF-1.4\n" + b"0" * 1_000_000)
    response = _upload(client, huge)
    assert response.status_code == 413
    assert "Filen er større enn 0,3 MB" in _text(response.text)
    assert _uploads_left(private_tmp) == []


def test_no_file_and_not_a_form(client) -> None:
    response = client.post("/sjekk", files={"fil": ("", b"", "application/octet-stream")})
    assert response.status_code == 400 and "Du valgte ingen fil" in _text(response.text)
    response = client.post("/sjekk", content=b"x", headers={"content-type": "text/plain"})
    assert response.status_code == 400 and "Siden fikk ikke noen fil" in _text(response.text)
    assert client.get("/sjekk").status_code == 200  # a reload of the result page shows the form
    missing = client.get("/finnes-ikke")
    assert missing.status_code == 404 and "Siden finnes ikke" in _text(missing.text)


def test_busy_server_says_so_instead_of_queueing_forever(private_tmp) -> None:
    app = create_app(Settings(workers=1, queue=0))
    app.state.checker.admitted = 1  # one check running, no room to wait
    response = TestClient(app).post("/sjekk", files={"fil": ("a.pdf", b"%PDF", "application/pdf")})
    assert response.status_code == 503 and "Vent et minutt" in _text(response.text)


def test_a_pool_that_cannot_start_is_a_clear_page(client, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise BatchError("a worker stopped while starting")

    monkeypatch.setattr("soknad_extract.check_paths", broken)
    response = _upload(client, GOOD)
    assert response.status_code == 503
    assert "Sjekken kan ikke kjøres akkurat nå" in _text(response.text)


def test_an_unexpected_error_is_a_page_not_a_traceback(private_tmp, monkeypatch) -> None:
    def fails(*args, **kwargs):
        raise RuntimeError("secret detail from the document")

    monkeypatch.setattr(checking, "_check_file", fails)
    client = TestClient(create_app(), raise_server_exceptions=False)
    response = _upload(client, GOOD)
    assert response.status_code == 500
    text = _text(response.text)
    assert "Noe gikk galt" in text and "secret detail" not in text and "Traceback" not in text
    assert _uploads_left(private_tmp) == []


def test_serve_binds_to_localhost_by_default(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr("soknad_extract.web.app.serve", lambda *a: calls.append(a))
    result = CliRunner().invoke(cli.cli, ["serve"])
    assert result.exit_code == 0, result.output
    (host, port, settings), = calls
    assert (host, port) == ("127.0.0.1", 8000)
    assert settings.max_bytes == 20 * 1024 * 1024 and settings.workers == 2
    CliRunner().invoke(cli.cli, ["serve", "--host", "0.0.0.0", "--port", "9000", "--max-mb", "5",
                                 "--workers", "3", "--timeout", "30"])
    host, port, settings = calls[-1]
    assert (host, port, settings.max_bytes, settings.workers, settings.timeout) == (
        "0.0.0.0", 9000, 5 * 1024 * 1024, 3, 30.0)


def test_pictures_are_drawn_in_a_child_that_may_fail_or_run_late(tmp_path) -> None:
    region = (1, (209.8, 144.1, 532.9, 161.3))
    drawn = render_isolated(GOOD, "pdf", [region], timeout=60)
    crop, whole = drawn[region]
    assert crop is not None and whole is not None and crop.png.startswith(b"\x89PNG")
    garbage = tmp_path / "x.pdf"
    garbage.write_bytes(b"%PDF-1.4 not really")
    assert render_isolated(garbage, "pdf", [region], timeout=60) == {region: (None, None)}
    assert render_isolated(GOOD, "pdf", [region], timeout=0) == {}  # too late: killed, no pictures
    assert render_isolated(GOOD, "docx", [region], timeout=60) == {}


def test_every_finding_has_a_fix_written_to_the_office_in_both_languages() -> None:
    from soknad_extract.record import Code
    from soknad_extract.report.checklist import ITEMS
    from soknad_extract.web.checklist import texts

    data = texts()
    assert set(data["nb"]) == set(data["nn"])
    check_items = {item.key for item in ITEMS}
    for lang in ("nb", "nn"):
        assert set(data[lang]["fix"]) == {c.value for c in Code}
        assert set(data[lang]["items"]) == check_items == set(data["items"])
        for text in data[lang]["fix"].values():
            assert not re.search(r"\b[Bb]e (Nav-)?kontoret\b|\bbe om\b", text), text
