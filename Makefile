# newsbot: `make run` (set-up + a real crawl of the fixture outlet) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8471
OUTLET ?= duniaku

.PHONY: run test test-faults install lock lint schema bench bench-memory bench-quality clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

LOCK := requirements.lock
EXTRAS := fast,redis,archive,test

# Installed once per change of pyproject.toml or the lock: every dependency at the exact version of
# requirements.lock, so a fresh clone gets what CI tested.
$(VENV)/.installed: pyproject.toml $(LOCK) $(BIN)/python
	$(BIN)/pip install --quiet -c $(LOCK) -e ".[$(EXTRAS)]"
	touch $@

install: $(VENV)/.installed

# Upgrade the dependencies on purpose: resolve pyproject.toml alone (its bounds) in a fresh virtualenv and
# write the exact versions to requirements.lock. Then `make install test` (and `python -m newsbot.speedups`:
# a speed-up whose upstream code changed is off until its hashes are updated), and commit the lock.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	.lock-venv/bin/pip install --quiet -e ".[$(EXTRAS)]"
	{ echo "# Exact versions for 'make install' (pip install -c $(LOCK)). Regenerate with 'make lock'."; \
	  echo "# $$(.lock-venv/bin/python -c 'import platform; print("Python", platform.python_version(), platform.system(), platform.machine())')"; \
	  .lock-venv/bin/pip freeze --exclude-editable; } > $(LOCK).tmp
	mv $(LOCK).tmp $(LOCK)
	rm -rf .lock-venv

# Serve the fixture outlet on 127.0.0.1:$(PORT), crawl it with Scrapy, stop the server. The dev server runs the
# crawl itself once it listens ({base} is its URL): a taken port stops it with one line and exit status 2 before
# anything is crawled, so the crawl never reaches a server it did not start. PORT=0 takes any free port.
run: install
	@$(BIN)/python -m newsbot.devtools.devserver fixtures/sites/$(OUTLET) --port $(PORT) -- \
		$(BIN)/scrapy crawl outlet -a outlet=$(OUTLET) -a base_url={base} \
		-s NEWSBOT_ALLOW_LOOPBACK=True -s NEWSBOT_WARC=True -s LOG_LEVEL=WARNING

test: install
	$(BIN)/ruff check newsbot tests benchmarks
	$(BIN)/ruff format --check newsbot tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# The heavy fault runs: 25 SIGKILL-and-resume points, 3 Redis workers on 2,000 articles through 20 SIGKILLs, a
# Redis restart and a full disk (tests/scale_faults.py, a few minutes), the fault crawl, fuzzing with 5x the examples.
test-faults: install
	$(BIN)/python tests/kill_resume.py --kills 25
	$(BIN)/python tests/scale_faults.py --kills 20 --articles 2000
	NEWSBOT_FUZZ_SCALE=5 $(BIN)/python -m pytest -q tests/test_faults.py tests/test_fuzz_extract.py

lint: install
	$(BIN)/ruff check newsbot tests benchmarks
	$(BIN)/ruff format --check newsbot tests benchmarks
	$(BIN)/mypy

# Regenerate the committed JSON Schemas (article, rejection, error) from the pydantic models.
schema: install
	for kind in article rejection error; do $(BIN)/newsbot schema --record $$kind > schema/$$kind.schema.json; done

# Crawl throughput: floor / naive / newsbot on >= 2,000 loopback pages (benchmarks/README.md).
bench: install
	$(BIN)/python benchmarks/crawl_throughput.py --rounds 3 --json

# Memory over a long crawl: newsbot on 10,000 pages, RSS at 2k and 10k.
bench-memory: install
	$(BIN)/python benchmarks/crawl_throughput.py --memory --json

# Extraction quality per part of the publisher split, newsbot next to trafilatura, htmldate and readability;
# the pages where newsbot's publication day differs from htmldate's go to output/date-diffs.tsv.
bench-quality: install
	$(BIN)/python benchmarks/extraction_quality.py --date-diffs output/date-diffs.tsv

clean:
	rm -rf $(VENV) build *.egg-info
