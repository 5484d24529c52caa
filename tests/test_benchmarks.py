"""Smoke tests of the speed benchmark harness (benchmarks/) on a handful of articles.

They check that every part runs and that the summary has its keys; they never
assert on timings.  They need the SaudiNewsNet corpus in ../shared (skipped when
absent); the peer test also needs the optional benchmark dependencies (torch,
transformers: ``pip install -e '.[bench]'``) and uses a tiny BERT configuration.
"""

from __future__ import annotations

import gc
import importlib
import json
import sys

import pytest

from conftest import REPO, SHARED
from hadath import Pipeline

CORPUS = SHARED / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
requires_corpus = pytest.mark.skipif(not CORPUS.exists(),
                                     reason="../shared/corpus/saudinewsnet is not present")

REQUIRED = ("articles_per_s_1core", "articles_per_s_2workers", "peer_articles_per_s", "peer_ratio",
            "floor_ratio", "peak_rss_mb", "startup_s", "articles")


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        yield importlib.import_module("run")
    finally:
        sys.path.remove(str(REPO / "benchmarks"))


@requires_corpus
def test_slice_is_fixed_and_skips_blank_articles(bench):
    a = bench.load_slice(CORPUS, 6)
    b = bench.load_slice(CORPUS, 6)
    assert a == b and len(a) == 6
    for line in a:
        doc_id, text, meta = bench.parse_item(line)
        assert text.strip() and doc_id and "text" not in meta


@requires_corpus
def test_floor_tokens_match_hadath_tokens(bench, nlp):
    lines = bench.load_slice(CORPUS, 5)
    _, floor_tokens = bench.floor_pass(lines)
    hadath_tokens = 0
    for line in lines:
        _, text, _ = bench.parse_item(line)
        hadath_tokens += len(nlp(text).tokens)
    assert floor_tokens == hadath_tokens


@requires_corpus
@pytest.mark.slow
def test_harness_prints_a_summary(bench, capsys):
    rc = bench.main(["--corpus", str(CORPUS), "--articles", "4", "--skip-peer", "--startup-runs", "1",
                     "--floor-runs", "1", "--workers", "2"])
    assert rc == 0
    out = capsys.readouterr().out.strip().splitlines()
    summary = json.loads(out[-1])
    for key in REQUIRED:
        assert key in summary
    assert summary["articles"] == 4 and summary["tokens"] > 0
    assert summary["articles_per_s_1core"] > 0 and summary["articles_per_s_2workers"] > 0
    assert summary["peer_ratio"] is None and summary["peer_articles_per_s"] is None
    assert summary["floor_ratio"] > 1
    assert summary["peak_rss_mb"] > 0 and summary["startup_s"] > 0
    assert {"text", "entities", "events", "read", "output"} <= set(summary["stages"])
    assert summary["workers_errors"] == 0
    assert summary["matching"]["names"] > 1000 and summary["matching"]["tokens_per_s"] > 0
    assert set(summary["targets_met"]) == set(bench.TARGETS)


@requires_corpus
def test_peer_runs_windows_of_word_pieces(bench, tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        peer = importlib.import_module("peer")
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    lines = bench.load_slice(CORPUS, 3)
    tiny = {"num_hidden_layers": 1, "hidden_size": 32, "num_attention_heads": 2, "intermediate_size": 64}
    res = peer.run_peer(lines, lines[:2], tmp_path, window=64, config_overrides=tiny)
    assert res["articles"] == 2 and res["threads"] == 1 and res["window"] == 64
    assert res["pieces"] > 0 and res["words"] > 0
    assert res["windows"] >= -(-res["pieces"] // 62)  # at most 62 pieces + [CLS] + [SEP] per window
    tokenizer = peer.build_tokenizer([bench.parse_item(x)[1] for x in lines], tmp_path)
    model, _ = peer.build_model(len(tokenizer), tiny)
    text = bench.parse_item(lines[0])[1]
    labels, pieces, windows = peer.tag_article(text, tokenizer, model, window=64)
    assert len(labels) == len(set(tokenizer(text, add_special_tokens=False).word_ids()) - {None})
    assert set(labels) <= set(peer.LABELS) and windows == -(-pieces // 62)


def test_pipeline_leaves_the_garbage_collector_as_it_was(nlp):
    text = "زار وزير الخارجية الرياض يوم الأحد."
    assert gc.isenabled()
    nlp(text)
    assert gc.isenabled()
    gc.disable()
    try:
        nlp(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
    off = Pipeline()
    off.pause_gc = False
    assert off(text).to_dict() == nlp(text).to_dict()
