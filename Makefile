# Two entry points for a fresh Debian machine:
#   make demo   installs everything and checks the applications in samples/
#   make test   installs everything and runs the whole test suite (Tesseract and
#               LibreOffice tests fail, never skip, if those tools are missing)
#   make test-fast  the quick subset: no slow, OCR or LibreOffice tests
# Both build the virtual environment at .venv/ and install the package there.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := tesseract-ocr tesseract-ocr-nor poppler-utils fonts-dejavu-core libreoffice-writer-nogui
TEST_APT_PACKAGES := chromium
OUT := out

.PHONY: demo test test-fast install system-deps samples bench clean

system-deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    echo "Installerer systempakker:$$missing"; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	  else \
	    echo "apt-get finnes ikke: installer selv$$missing (Tesseract med norsk språkdata trengs bare for skannede søknader)"; \
	  fi; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

install: system-deps $(VENV)/.installed

demo: install
	@mkdir -p $(OUT)
	$(BIN)/soknad-extract check samples/ --out $(OUT)/rapport.html --out $(OUT)/oversikt.xlsx --out $(OUT)/oversikt.txt --letters $(OUT)/brev --no-progress; status=$$?; \
	cat $(OUT)/oversikt.txt; \
	echo ""; echo "Rapport: $(OUT)/rapport.html  Oversikt: $(OUT)/oversikt.xlsx  Brev: $(OUT)/brev/"; \
	[ $$status -le 1 ]

test: APT_PACKAGES += $(TEST_APT_PACKAGES)  # the browser tests drive Debian's chromium
test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not ocr and not libreoffice and not browser"

samples: install
	$(BIN)/python -m tools.samplegen samples

bench: install
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/batch_bench.py
	$(BIN)/python benchmarks/accuracy.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
