"""End-to-end tests through the command line (a real subprocess), and the output contract."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GOLD_DEV, REPO, SCORER, requires_shared
from hadath.cli import build_parser

ARTICLE = """# id: sample-1
# published: 2024-03-05
# source: test
شنت إسرائيل غارة جوية على دمشق يوم الأحد، وقال الجيش السوري إن الدفاعات الجوية تصدت لها.
وزار وزير الخارجية الأمريكي الرياض أمس.
"""


def run(*args, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hadath.cli", *args], input=stdin, capture_output=True,
                          cwd=REPO, timeout=300)


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("in") / "sample-1.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_extract_json_document(article):
    r = run("extract", str(article))
    assert r.returncode == 0, r.stderr.decode()
    doc = json.loads(r.stdout)
    assert doc["id"] == "sample-1" and doc["published"] == "2024-03-05"
    assert doc["text"].startswith("شنت إسرائيل")  # header lines are metadata, not text
    assert doc["meta"]["source"] == "test"
    for key in ("sentences", "entities", "times", "quotes", "events", "schema_version"):
        assert key in doc
    ev = next(e for e in doc["events"] if e["type"] == "ASSAULT")
    assert ev["actor"][0]["code"] == "ISR" and ev["recipient"][0]["code"] == "SYR"
    assert doc["text"][ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
    for t in doc["times"]:
        assert doc["text"][t["start"]:t["end"]] == t["text"]
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert doc["text"][m["start"]:m["end"]] == m["text"]


def test_extract_validates_against_the_json_schema(article):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    schema = json.loads((resources.files("hadath") / "schema" / "document.schema.json").read_text())
    doc = json.loads(run("extract", str(article), "--tokens").stdout)
    jsonschema.validate(doc, schema)


def test_extract_jsonl_from_stdin_and_published_flag():
    r = run("extract", "-", "--format", "jsonl", "--published", "2024-01-10",
            stdin="زار الرئيس التركي القاهرة أمس.".encode())
    assert r.returncode == 0, r.stderr.decode()
    (line,) = r.stdout.decode().strip().splitlines()
    doc = json.loads(line)
    assert doc["id"] == "stdin" and doc["published"] == "2024-01-10"
    assert any(t["value"] == "2024-01-09" for t in doc["times"])


def test_extract_jsonl_corpus_file(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(json.dumps({"id": f"a{i}", "published": "2024-01-01", "text": t}, ensure_ascii=False)
                           for i, t in enumerate(["قصفت روسيا أوديسا.", "رحبت قطر بالاتفاق."])), encoding="utf-8")
    r = run("extract", str(p), "--format", "jsonl")
    assert [json.loads(x)["id"] for x in r.stdout.decode().splitlines()] == ["a0", "a1"]


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"# id: x\n# published: 2024-01-01\n", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"\xff\xfe\xfa not utf-8", "not valid utf-8"),
])
def test_bad_input_gives_a_clear_message(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = run("extract", str(p))
    assert r.returncode != 0
    err = r.stderr.decode().lower()
    assert message in err and "traceback" not in err


def test_missing_file_and_bad_date(tmp_path):
    r = run("extract", str(tmp_path / "nope.txt"))
    assert r.returncode != 0 and "no such file" in r.stderr.decode()
    p = tmp_path / "a.txt"
    p.write_text("قصفت روسيا أوديسا.", encoding="utf-8")
    r = run("extract", str(p), "--published", "yesterday")
    assert r.returncode != 0 and "YYYY-MM-DD" in r.stderr.decode()


def test_huge_input_is_refused_with_a_hint(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_text("قصفت روسيا أوديسا. " * 600_000, encoding="utf-8")  # ~11 MB
    r = run("extract", str(p))
    assert r.returncode != 0
    assert "--max-chars" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_non_arabic_and_html_inputs(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("The minister visited Paris.", encoding="utf-8")
    doc = json.loads(run("extract", str(p)).stdout)
    assert doc["events"] == [] and any("Arabic" in w for w in doc["warnings"])
    h = tmp_path / "page.txt"
    h.write_text("<html><body><p>زار الرئيس الفرنسي الجزائر أمس.</p><script>x()</script></body></html>",
                 encoding="utf-8")
    doc = json.loads(run("extract", str(h), "--published", "2024-02-02").stdout)
    assert "<p>" not in doc["text"] and any("HTML" in w for w in doc["warnings"])
    assert any(e["type"] in ("CONSULT", "AGREE") for e in doc["events"])


def test_stages_command_lists_the_registry():
    r = run("stages")
    assert r.returncode == 0 and "events" in r.stdout.decode() and "requires" in r.stdout.decode()


def test_every_command_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    missing = [name for name in sub.choices if not re.search(rf"hadath {re.escape(name)}\b", readme)]
    assert not missing, f"README does not document: {missing}"


@requires_shared
def test_eval_prints_the_reference_scorer_figures(tmp_path):
    preds = tmp_path / "preds.jsonl"
    r = run("eval", str(GOLD_DEV), "--json", "--predictions", str(preds))
    assert r.returncode == 0, r.stderr.decode()
    ours = json.loads(r.stdout)
    ref = subprocess.run([sys.executable, str(SCORER), str(GOLD_DEV), str(preds), "--json"],
                         capture_output=True, timeout=120)
    assert json.loads(ref.stdout) == ours


GSR_SCORER = SCORER.parent / "score_gsr.py"
_GSR = {
    "assault": [
        ("a1", "yes", "شنت إسرائيل غارة جوية على دمشق يوم الأحد."),
        ("a2", "easy no", "وقال الوزير إن الاقتصاد ينمو بسرعة."),
        ("a3", "difficult no", "وقتل مسلحون مجهولون ثلاثة جنود عراقيين في بغداد."),
        ("a4", "ambiguous", "وتحدث التقرير عن الهجمات."),
    ],
    "protest": [
        ("p1", "yes", "تظاهر آلاف المصريين في القاهرة احتجاجا على ارتفاع الأسعار."),
        ("p2", "easy no", "زار وزير الخارجية الأمريكي الرياض أمس."),
    ],
}
_SPANS = {
    "assault": [("a1", "ISR", "SYR"), ("a3", "IRQ", "IRQ")],
    "protest": [("p1", "EGY", "EGY")],
}


def _gsr_files(tmp_path: Path) -> list[tuple[Path, Path]]:
    out = []
    for kind, rows in _GSR.items():
        sent, spans = tmp_path / f"{kind}_sentences.jsonl", tmp_path / f"{kind}_spans.jsonl"
        sent.write_text("".join(json.dumps({"id": i, "event_type": kind.upper(), "label": lab, "accept": 0,
                                            "reject": 0, "text": t}, ensure_ascii=False) + "\n"
                                for i, lab, t in rows), encoding="utf-8")
        text = {i: t for i, _, t in rows}
        spans.write_text("".join(json.dumps({"id": f"{i}#0", "sentence_id": i, "event_type": kind.upper(),
                                             "text": text[i], "spans": [{"source_role": {"main": s},
                                                                         "target_role": {"main": g}}]},
                                            ensure_ascii=False) + "\n"
                                 for i, s, g in _SPANS[kind]), encoding="utf-8")
        out.append((sent, spans))
    return out


def test_eval_gsr_scores_each_file_and_their_sum(tmp_path):
    (a, a_sp), (p, p_sp) = _gsr_files(tmp_path)
    preds = tmp_path / "preds.jsonl"
    r = run("eval-gsr", str(a), str(p), "--spans", str(a_sp), str(p_sp), "--json", "--predictions", str(preds))
    assert r.returncode == 0, r.stderr.decode()
    got = json.loads(r.stdout)
    assert set(got) == {"assault_sentences.jsonl", "protest_sentences.jsonl", "all"}
    per = [got["assault_sentences.jsonl"], got["protest_sentences.jsonl"]]
    for k in ("tp", "fp", "fn", "tn"):
        assert got["all"][k] == per[0][k] + per[1][k]
    assert len(preds.read_text(encoding="utf-8").splitlines()) == 6  # every sentence of both files
    # one file alone prints that file's report, as before
    one = run("eval-gsr", str(a), "--spans", str(a_sp), "--json")
    assert json.loads(one.stdout) == per[0]


def test_eval_gsr_needs_one_span_file_per_sentences_file(tmp_path):
    (a, a_sp), (p, _) = _gsr_files(tmp_path)
    r = run("eval-gsr", str(a), str(p), "--spans", str(a_sp))
    assert r.returncode != 0
    assert "one --spans file per sentences file" in r.stderr.decode()


@pytest.mark.skipif(not GSR_SCORER.is_file(), reason="../shared/tools/score_gsr.py (the reference scorer) is absent")
def test_eval_gsr_prints_the_reference_scorer_figures(tmp_path):
    (a, a_sp), (p, p_sp) = _gsr_files(tmp_path)
    preds = tmp_path / "preds.jsonl"
    got = json.loads(run("eval-gsr", str(a), str(p), "--spans", str(a_sp), str(p_sp), "--json",
                         "--predictions", str(preds)).stdout)

    def ref(sentences: Path, spans: Path) -> dict:
        out = subprocess.run([sys.executable, str(GSR_SCORER), str(sentences), str(preds), str(spans), "--json"],
                             capture_output=True, timeout=120)
        return json.loads(out.stdout)

    assert got["assault_sentences.jsonl"] == ref(a, a_sp)
    assert got["protest_sentences.jsonl"] == ref(p, p_sp)
    both, both_sp = tmp_path / "both.jsonl", tmp_path / "both_spans.jsonl"
    both.write_text(a.read_text(encoding="utf-8") + p.read_text(encoding="utf-8"), encoding="utf-8")
    both_sp.write_text(a_sp.read_text(encoding="utf-8") + p_sp.read_text(encoding="utf-8"), encoding="utf-8")
    assert got["all"] == ref(both, both_sp)
