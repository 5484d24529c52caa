"""The storage commands: hadath demo, batch, summary, export, db migrate|status."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from hadath.cli import main
from hadath.store import open_store
from hadath.store.commands import sample_inputs

PG_URL = os.environ.get("HADATH_TEST_POSTGRES")
PG_SKIP = "set HADATH_TEST_POSTGRES to a PostgreSQL URL to run the PostgreSQL tests (bash .ci/postgres.sh start)"
SAMPLES = Path(__file__).resolve().parents[1] / "src" / "hadath" / "samples"


@pytest.fixture(autouse=True)
def _no_db_env(monkeypatch):
    monkeypatch.delenv("HADATH_DB", raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- the samples --------------------------------------------------------------------------------

def test_samples_are_shipped_and_well_formed():
    items = sample_inputs()
    assert 5 <= len(items) <= 6
    for doc_id, raw, _ in items:
        from hadath.inputs import split_header

        meta, body = split_header(raw)
        assert meta["id"] == doc_id and doc_id.startswith("sample-")
        assert meta["source"] == "hadath sample (original text, Apache-2.0)"
        assert meta["published"][:2] == "20" and len(meta["published"]) == 10
        assert meta["headline"]
        assert 120 <= len(body.split()) <= 250, doc_id
    joined = "\n".join(raw for _, raw, _ in items)
    for needle in ("«", "قال", "إن", "أمس", "يوم الاثنين", "الشهر الماضي", "يونيو/حزيران", "ولم ", "في حال"):
        assert needle in joined, needle


# -- demo ---------------------------------------------------------------------------------------

def test_demo_end_to_end(tmp_path, capsys):
    db = tmp_path / "demo.duckdb"
    code, out, err = run(capsys, "demo", "--db", str(db))
    assert code == 0, err
    assert db.exists()
    n = len(sample_inputs())
    assert f"hadath demo: {n} sample articles" in out
    assert f"documents  {n:>7}" in out
    assert "PLOVER type" in out and "top entities" in out and "hadath export" in out
    with open_store(db, read_only=True) as s:
        first = s.summary()
    # running it again replaces the samples' rows: same counts
    code, out2, _ = run(capsys, "demo", "--db", str(db), "--events", "0")
    assert code == 0 and "first events" not in out2
    with open_store(db, read_only=True) as s:
        again = s.summary()
    assert again["rows"] == first["rows"] and again["documents"] == n


def test_demo_through_the_entry_point(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "HADATH_DB"}
    p = subprocess.run([sys.executable, "-m", "hadath.cli", "demo"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "hadath-demo.duckdb").exists()  # the default path, in the current folder
    assert "documents" in p.stdout and "events" in p.stdout


# -- batch, summary, export, db -----------------------------------------------------------------

def test_batch_then_summary_export_and_status(tmp_path, capsys):
    db = str(tmp_path / "news.duckdb")
    code, out, err = run(capsys, "batch", str(SAMPLES), "--db", db, "--workers", "2", "--quiet")
    assert code == 0, err
    n = len(sample_inputs())
    line = out.strip()
    assert line.startswith(f"{n} articles ({n} stored, 0 failed)") and "articles/s" in line and db in line

    code, out, _ = run(capsys, "summary", "--db", db, "--json")
    s = json.loads(out)
    assert code == 0 and s["documents"] == n and s["engine"] == "duckdb"
    code, out, _ = run(capsys, "summary", "--db", db, "--top", "3")
    assert code == 0 and "documents" in out and "PLOVER type" in out

    for fmt in ("csv", "jsonl", "parquet"):
        target = tmp_path / f"ev.{fmt}"
        code, _, err = run(capsys, "export", "--db", db, "--table", "events_wide", "--format", fmt, "-o",
                           str(target))
        assert code == 0 and f"rows of events_wide to {target}" in err
        assert target.exists()
    with open(tmp_path / "ev.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == s["events"] and {"doc_id", "event_type", "actor_codes", "evidence_text"} <= set(rows[0])
    code, _, _ = run(capsys, "export", "--db", db, "--table", "mentions", "-o", str(tmp_path / "m.jsonl"))
    lines = (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()
    assert code == 0 and json.loads(lines[0])["doc_id"].startswith("sample-")

    code, out, _ = run(capsys, "db", "status", "--db", db)
    assert code == 0 and "001_initial" in out and "applied" in out and f"documents {n}" in out
    code, out, _ = run(capsys, "db", "migrate", "--db", db)
    assert code == 0 and "up to date" in out


def test_batch_limit_published_and_failures(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for _, raw, _ in sample_inputs()[:3]:
        (folder / f"{len(list(folder.iterdir()))}.txt").write_text(raw, encoding="utf-8")
    (folder / "9_empty.txt").write_text("# id: empty\n\n", encoding="utf-8")
    db = str(tmp_path / "x.duckdb")
    code, out, err = run(capsys, "batch", str(folder), "--db", db, "--quiet")
    assert code == 1  # like `hadath extract`: failures give exit code 1 ...
    assert "empty: [E101]" in err and "(3 stored, 1 failed)" in out  # ... and the rest is stored
    code, out, _ = run(capsys, "batch", str(folder), "--db", db, "--limit", "2", "--published", "2024-01-31", "-q")
    assert code == 0 and out.startswith("2 articles (2 stored, 0 failed)")
    with open_store(db, read_only=True) as s:
        pub = s.query("SELECT published FROM documents ORDER BY doc_id")
        assert sorted(str(r["published"]) for r in pub).count("2024-01-31") == 2 and len(pub) == 3


def test_hadath_db_env_var_is_the_default(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("HADATH_DB", str(db))
    code, out, _ = run(capsys, "batch", str(SAMPLES / sorted(os.listdir(SAMPLES))[0]), "-q")
    assert code == 0 and db.exists() and str(db) in out
    code, out, _ = run(capsys, "summary", "--json")
    assert code == 0 and json.loads(out)["documents"] == 1


def test_db_migrate_creates_and_status_reports(tmp_path, capsys):
    db = str(tmp_path / "new.duckdb")
    code, out, _ = run(capsys, "db", "migrate", "--db", db)
    assert code == 0 and "applied 001_initial" in out
    code, out, _ = run(capsys, "db", "status", "--db", db)
    assert code == 0 and "applied" in out and "documents 0" in out


def test_errors_are_reported_not_raised(tmp_path, capsys):
    code, _, err = run(capsys, "summary", "--db", str(tmp_path / "missing.duckdb"))
    assert code == 1 and "[E500]" in err and "no database" in err and "hint:" in err
    code, _, err = run(capsys, "db", "status", "--db", str(tmp_path / "missing.duckdb"))
    assert code == 1 and "no database" in err
    code, _, err = run(capsys, "summary", "--db", "mysql://u@h/db")
    assert code == 1 and "unknown database scheme" in err
    db = str(tmp_path / "d.duckdb")
    run(capsys, "db", "migrate", "--db", db)
    code, _, err = run(capsys, "export", "--db", db, "--table", "events", "-o", str(tmp_path / "e.xlsx"))
    assert code == 1 and "unknown export format" in err
    with pytest.raises(SystemExit) as exc:  # argparse: not a table
        main(["export", "--db", db, "--table", "nope", "-o", "x.csv"])
    assert exc.value.code == 2


@pytest.mark.skipif(not PG_URL, reason=PG_SKIP)
def test_batch_and_summary_on_postgres(tmp_path, capsys):
    psycopg = pytest.importorskip("psycopg")
    schema = "hadath_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    try:
        code, out, err = run(capsys, "batch", str(SAMPLES), "--db", url, "-j", "2", "-q")
        assert code == 0, err
        code, out, _ = run(capsys, "summary", "--db", url, "--json")
        assert json.loads(out)["documents"] == len(sample_inputs())
        code, _, _ = run(capsys, "export", "--db", url, "--table", "events", "-o", str(tmp_path / "e.parquet"))
        assert code == 0 and (tmp_path / "e.parquet").exists()
        code, out, _ = run(capsys, "db", "status", "--db", url)
        assert code == 0 and "postgresql" in out and "001_initial" in out
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as con:
            con.execute(f"DROP SCHEMA {schema} CASCADE")
