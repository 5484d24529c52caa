"""Batch extraction: serial, process pool and Dask give the same documents, in input order."""

from __future__ import annotations

import io
import sys

import pytest

from hadath import Config
from hadath.batch import ProgressBar, extract_many, extract_record, is_error
from hadath.errors import HadathError, PipelineError
from hadath.inputs import split_header
from hadath.store import open_store
from hadath.store.commands import sample_inputs


def _inputs() -> list[tuple[str, str, dict]]:
    """The bundled samples, shorter variants of them, and two articles that cannot be read."""
    items = list(sample_inputs())
    for doc_id, raw, _ in list(items):
        meta, body = split_header(raw)
        paras = [p for p in body.split("\n\n") if p.strip()]
        for k in (1, 2):
            items.append((f"{doc_id}-p{k}", "\n\n".join(paras[:k]), {"published": meta["published"]}))
    items.insert(3, ("empty", "# id: empty\n# published: 2025-01-01\n\n   \n", {}))
    items.insert(9, ("binary", "abc\x00def", {}))
    return items


def test_extract_record_and_error_records():
    ok = extract_record(("a1", "زار وزير الخارجية الأمريكي الرياض يوم الأحد.", {"published": "2025-03-02"}))
    assert ok["id"] == "a1" and ok["published"] == "2025-03-02" and "error" not in ok
    bad = extract_record(("e1", "   ", {"source": "x"}))
    assert is_error(bad) and bad["id"] == "e1" and bad["meta"] == {"source": "x"}
    assert bad["error"]["code"] == "E101" and bad["error"]["type"] == "EmptyInputError"
    assert bad["error"]["hint"]
    bad_date = extract_record(("e2", "نص عربي", {"published": "not a date"}))
    assert bad_date["error"]["code"] == "E105"
    over = extract_record(("a2", "نص عربي", {}), published="2024-12-31")
    assert over["published"] == "2024-12-31"


def test_unexpected_exceptions_become_internal_error_records(monkeypatch):
    import hadath.inputs

    def boom(*a, **k):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(hadath.inputs, "make_document", boom)
    rec = extract_record(("x", "نص", {}))
    assert rec["error"]["internal"] is True and "ZeroDivisionError" in rec["error"]["message"]
    with pytest.raises(ZeroDivisionError):
        extract_record(("x", "نص", {}), catch=False)


def test_serial_keeps_order_and_records_failures():
    items = _inputs()
    out = list(extract_many(items, workers=1, progress=False))
    assert [r["id"] for r in out] == [i[0] for i in items]
    errors = [r["id"] for r in out if is_error(r)]
    assert errors == ["empty", "binary"]
    assert all(r["text"] for r in out if not is_error(r))


def test_workers_give_the_same_results():
    items = _inputs()
    one = list(extract_many(items, workers=1, progress=False))
    two = list(extract_many(items, workers=2, chunksize=3, progress=False))
    assert two == one  # documents carry no timings or other run-dependent fields
    tiny = list(extract_many(iter(items), workers=2, chunksize=1, progress=False))  # a generator input
    assert tiny == one


def test_progress_callable_and_bar():
    items = _inputs()[:5]
    seen = []
    list(extract_many(items, progress=lambda n, total: seen.append((n, total))))
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    buf = io.StringIO()
    bar = ProgressBar(10, stream=buf, interval=0)
    for n in range(1, 11):
        bar(n)
    bar.close()
    text = buf.getvalue()
    assert "extracting: 10/10" in text and "articles/s" in text and text.endswith("\n")


def test_bad_arguments():
    with pytest.raises(PipelineError, match="workers"):
        extract_many([], workers=0)
    with pytest.raises(PipelineError, match="backend"):
        extract_many([], backend="threads")
    with pytest.raises(PipelineError, match="chunksize"):
        extract_many([], chunksize=0)


def test_config_errors_stop_the_run():
    with pytest.raises(PipelineError, match="unknown stage"):
        list(extract_many(_inputs()[:2], config=Config(stages=("nope",)), workers=2, progress=False))


def test_write_what_extract_many_yields(tmp_path):
    items = _inputs()
    with open_store(tmp_path / "b.duckdb") as store:
        stats = store.write(extract_many(items, workers=2, progress=False), batch_size=5)
        assert stats["documents"] == len(items) - 2 and stats["skipped"] == 2
        assert len(store) == len(items) - 2
        one = next(r for r in extract_many(items[:1], progress=False))
        assert store.read_document(one["id"]) == one


def test_dask_missing_gives_a_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(HadathError, match="dask") as exc:
        extract_many(_inputs()[:2], backend="dask", progress=False)  # raised before anything runs
    assert "hadath[dask]" in (exc.value.hint or "")


def test_dask_local_backend_matches_serial():
    pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'hadath[dask]')")
    pytest.importorskip("dask.distributed", reason="dask.distributed is not installed (pip install 'hadath[dask]')")
    items = _inputs()
    one = list(extract_many(items, workers=1, progress=False))
    via_dask = list(extract_many(items, backend="dask", workers=2, chunksize=4, progress=False))
    assert via_dask == one


def test_dask_with_a_client_or_an_address():
    pytest.importorskip("dask.distributed", reason="dask.distributed is not installed (pip install 'hadath[dask]')")
    from dask.distributed import Client, LocalCluster

    items = _inputs()[:6]
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        out = list(extract_many(items, backend="dask", scheduler=client, chunksize=2, progress=False))
        assert client.status == "running"  # a client we passed in is left open
        by_address = list(extract_many(items, backend="dask", scheduler=cluster.scheduler_address,
                                       progress=False))
    assert [r["id"] for r in out] == [i[0] for i in items]
    assert by_address == out


def test_tuned_gc_restores_the_thresholds():
    import gc

    from hadath.batch import BATCH_GC_THRESHOLD, tuned_gc

    before = gc.get_threshold()
    with tuned_gc():
        assert gc.get_threshold() == BATCH_GC_THRESHOLD
    assert gc.get_threshold() == before
    try:
        with tuned_gc():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.get_threshold() == before
