"""The message catalogue kept as checked JSON between processes (``messages.catalogue``).

The kept catalogue must be the TOML's, entry for entry and in the same order;
an edited TOML must be parsed and checked again; a broken, foreign or missing
file, or caching switched off, must mean parsing as before, never another text.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from soknad_extract import messages


def _ordered(value: object) -> object:
    """A nested dict as nested (key, value) lists, so order counts in a comparison."""
    if isinstance(value, dict):
        return [(k, _ordered(v)) for k, v in value.items()]
    return value


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SOKNAD_EXTRACT_CACHE", str(folder))
    messages.catalogue.cache_clear()
    yield folder
    messages.catalogue.cache_clear()


def _fresh() -> dict:
    messages.catalogue.cache_clear()
    return messages.catalogue()


def test_the_kept_catalogue_is_the_toml_s_in_order(cache: Path) -> None:
    parsed = tomllib.loads(messages.CATALOGUE.read_text(encoding="utf-8"))
    first = _fresh()                                   # parsed, checked and kept
    assert (cache / messages.KEPT_NAME).is_file()
    kept = _fresh()                                    # read back from the file
    assert kept is not first
    assert _ordered(first) == _ordered(kept) == _ordered(parsed)
    for lang in ("nb", "en"):
        assert messages.keys("help", lang) == {k for k, e in parsed["help"].items() if lang in e}


def test_a_kept_file_is_used_only_under_its_key(cache: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "messages.toml"
    own.write_text('[text.hello]\nnb = "Hei {name}"\nen = "Hello {name}"\n', encoding="utf-8")
    monkeypatch.setattr(messages, "CATALOGUE", own)
    assert _fresh()["text"]["hello"]["en"] == "Hello {name}"
    own.write_text('[text.hello]\nnb = "Hallo {name}"\nen = "Hi {name}"\n', encoding="utf-8")
    assert _fresh()["text"]["hello"] == {"nb": "Hallo {name}", "en": "Hi {name}"}   # edited: parsed again
    kept = json.loads((cache / messages.KEPT_NAME).read_text(encoding="utf-8"))
    kept["catalogue"]["text"]["hello"]["en"] = "Planted {name}"
    (cache / messages.KEPT_NAME).write_text(json.dumps(kept), encoding="utf-8")
    assert _fresh()["text"]["hello"]["en"] == "Planted {name}"  # the same key: the file is trusted like byte code
    kept["key"] = "0" * 64
    (cache / messages.KEPT_NAME).write_text(json.dumps(kept), encoding="utf-8")
    assert _fresh()["text"]["hello"]["en"] == "Hi {name}"      # another key: parsed


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"key": 1}', b"\xff\xfe", b'{"catalogue": []}'])
def test_a_broken_kept_file_means_parsing(cache: Path, content: bytes) -> None:
    cache.mkdir(parents=True)
    (cache / messages.KEPT_NAME).write_bytes(content)
    assert _ordered(_fresh()) == _ordered(tomllib.loads(messages.CATALOGUE.read_text(encoding="utf-8")))


def test_a_broken_catalogue_is_never_kept(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "messages.toml"
    broken.write_text('[text.bye]\nnb = "Ha det"\n', encoding="utf-8")
    monkeypatch.setattr(messages, "CATALOGUE", broken)
    for _ in range(2):
        messages.catalogue.cache_clear()
        with pytest.raises(messages.CatalogueError, match="no text for en"):
            messages.catalogue()
    assert not (cache / messages.KEPT_NAME).exists()


def test_no_file_when_caching_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOKNAD_EXTRACT_CACHE", "")
    monkeypatch.chdir(tmp_path)
    try:
        assert _fresh() == _fresh()
    finally:
        messages.catalogue.cache_clear()
    assert list(tmp_path.iterdir()) == []
