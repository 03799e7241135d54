# newsbot: `make run` (set-up + a real crawl of the fixture outlet) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8471
OUTLET ?= duniaku

.PHONY: run test test-faults install lint schema bench bench-memory bench-quality clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installed once per change of pyproject.toml.
$(VENV)/.installed: pyproject.toml $(BIN)/python
	$(BIN)/pip install --quiet -e ".[fast,redis,archive,test]"
	touch $@

install: $(VENV)/.installed

# Serve the fixture outlet on 127.0.0.1:$(PORT), crawl it with Scrapy, stop the server.
run: install
	@set -e; \
	$(BIN)/python -m newsbot.devtools.devserver fixtures/sites/$(OUTLET) --port $(PORT) & srv=$$!; \
	trap 'kill $$srv 2>/dev/null' EXIT; \
	sleep 0.5; \
	$(BIN)/scrapy crawl outlet -a outlet=$(OUTLET) -a base_url=http://127.0.0.1:$(PORT) \
		-s NEWSBOT_ALLOW_LOOPBACK=True -s NEWSBOT_WARC=True -s LOG_LEVEL=WARNING

test: install
	$(BIN)/ruff check newsbot tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# The heavy fault runs: 25 SIGKILL-and-resume points, the fault crawl, fuzzing with 5x the examples.
test-faults: install
	$(BIN)/python tests/kill_resume.py --kills 25
	NEWSBOT_FUZZ_SCALE=5 $(BIN)/python -m pytest -q tests/test_faults.py tests/test_fuzz_extract.py

lint: install
	$(BIN)/ruff check newsbot tests benchmarks
	$(BIN)/mypy

# Regenerate the committed JSON Schema from the pydantic model.
schema: install
	$(BIN)/newsbot schema > schema/article.schema.json

# Crawl throughput: floor / naive / newsbot on >= 2,000 loopback pages (benchmarks/README.md).
bench: install
	$(BIN)/python benchmarks/crawl_throughput.py --rounds 3 --json

# Memory over a long crawl: newsbot on 10,000 pages, RSS at 2k and 10k.
bench-memory: install
	$(BIN)/python benchmarks/crawl_throughput.py --memory --json

bench-quality: install
	$(BIN)/python benchmarks/extraction_quality.py

clean:
	rm -rf $(VENV) build *.egg-info
