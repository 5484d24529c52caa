"""The shipped NER tagger (hadath.ner) and the CoNLL tagging/scoring behind `hadath tag`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import ANER_TEST, requires_anercorp_test
from hadath.errors import InputError, ModelError
from hadath.ner import NerTagger
from hadath.ner.conll import chunks, read_conll, run, score

#: Regression floor for micro F1 on ANERcorp test (the file tagged as one stream, as
#: `hadath tag --conll FILE --eval` does).  The project's target is 0.80 (CAMeLBERT: ~0.83);
#: the shipped two-stage CRF measures 0.736 (its first stage alone, sentence by sentence:
#: 0.706), so the floor guards what the model reaches today and should be raised with it.
MIN_TEST_F1 = 0.72

VALID = {"O"} | {f"{b}-{t}" for b in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


def _spans(words, tags):
    return {(" ".join(words[a:b]), t) for a, b, t in chunks(tags)}


def test_loads_and_tags_a_person_after_a_title(tagger):
    words = "وقال الرئيس المصري حسني مبارك في القاهرة أمس إن المفاوضات مستمرة .".split()
    tags = tagger.tag(words)
    assert len(tags) == len(words)
    assert set(tags) <= VALID
    spans = _spans(words, tags)
    assert ("حسني مبارك", "PERS") in spans
    assert ("القاهرة", "LOC") in spans


def test_tags_countries_and_clitic_attached_places(tagger):
    words = "وصل وزير الخارجية الأمريكي إلى ألمانيا قادما من فرنسا ، ثم توجه إلى وبالدوحة .".split()
    tags = tagger.tag(words)
    spans = _spans(words, tags)
    assert ("ألمانيا", "LOC") in spans
    assert ("فرنسا", "LOC") in spans
    assert tags[words.index("وزير")] == "O"
    assert tags[-1] == "O"  # punctuation


def test_tags_an_organisation(tagger):
    words = "أعلنت منظمة الأمم المتحدة أمس عن خطة جديدة .".split()
    spans = _spans(words, tagger.tag(words))
    assert any(t == "ORG" and "المتحدة" in s for s, t in spans)


def test_edge_cases(tagger):
    assert tagger.tag([]) == []
    assert tagger.tag(["."]) == ["O"]
    # any token text is accepted: Latin, digits, symbols, diacritics, tatweel, long words
    odd = ["iPhone", "2024", "٢٠٢٤", "%", "مُحَمَّد", "ـــ", "أ" * 80, ""]
    tags = tagger.tag(odd)
    assert len(tags) == len(odd) and set(tags) <= VALID
    # well-formed BIO: an I- tag always continues a chunk of its type
    words = "التقى الشيخ حمد بن خليفة آل ثاني أمير دولة قطر في الدوحة".split()
    tags = tagger.tag(words)
    for prev, cur in zip(["O"] + tags, tags, strict=False):
        if cur.startswith("I-"):
            assert prev[2:] == cur[2:]


def test_tagging_is_deterministic_and_cached(tagger):
    words = "وقال الرئيس الفرنسي جاك شيراك في باريس .".split()
    assert tagger.tag(words) == tagger.tag(list(words))


def test_tag_document(tagger):
    doc = [
        "وقال الرئيس الأمريكي جورج بوش في واشنطن إن الحرب مستمرة .".split(),
        [],
        "وأضاف بوش أن القوات الأمريكية ستبقى في العراق .".split(),
        ["."],
    ]
    tags = tagger.tag_document(doc)
    assert [len(t) for t in tags] == [len(s) for s in doc]
    assert all(set(t) <= VALID for t in tags)
    assert ("جورج بوش", "PERS") in _spans(doc[0], tags[0])
    assert ("بوش", "PERS") in _spans(doc[2], tags[2])
    assert tagger.tag_document([]) == []
    # well-formed BIO throughout
    for ts in tags:
        for prev, cur in zip(["O"] + ts, ts, strict=False):
            if cur.startswith("I-"):
                assert prev[2:] == cur[2:]
    # tag() is a one-sentence document
    assert tagger.tag(doc[2]) == tagger.tag_document([doc[2]])[0]


def test_document_context_is_used(tagger):
    """A two-stage model sees a word's first-stage tags in the neighbouring sentences: an
    unseen surname alone after a verb is missed on its own but found in an article that
    introduced it with a title and first name."""
    if tagger.stages < 2:
        pytest.skip("one-stage model")
    intro = "وقال رئيس الوزراء الروسي فيكتور زوبكوف في كييف إن بلاده تريد السلام .".split()
    other = "وكانت الحكومة قد أعلنت أمس عن خطة جديدة للإصلاح .".split()
    sent = "ودعا زوبكوف إلى الحوار .".split()
    assert any(t != "O" for t in tagger.tag(intro))
    assert tagger.tag(sent) == ["O"] * len(sent)
    doc = [intro, other, other, other, sent]
    assert len(doc) >= tagger.min_doc
    tags = tagger.tag_document(doc)
    assert ("زوبكوف", "PERS") in _spans(sent, tags[-1])
    # too short a document: no context, every sentence as tag() tags it
    assert tagger.tag_document([intro, sent])[1] == tagger.tag(sent)


def test_two_stage_model_without_stage1_file(tmp_path):
    from hadath.ner.model import STAGE1_SUFFIX

    shipped = NerTagger.load()
    if shipped.stages < 2:
        pytest.skip("one-stage model")
    src = Path(shipped.source)
    for suffix in (".crfsuite", ".json"):
        (tmp_path / ("m" + suffix)).write_bytes(src.with_suffix(suffix).read_bytes())
    with pytest.raises(ModelError) as exc:
        NerTagger.load(tmp_path / "m")
    assert STAGE1_SUFFIX in str(exc.value)
    (tmp_path / ("m" + STAGE1_SUFFIX)).write_bytes((src.parent / (src.name + STAGE1_SUFFIX)).read_bytes())
    assert NerTagger.load(tmp_path / "m").tag(["باريس"]) in (["B-LOC"], ["O"])


def test_conll_run_tags_the_file_as_one_stream(tmp_path):
    calls = []

    class Recorder:
        def tag_document(self, sentences):
            calls.append([list(s) for s in sentences])
            return [["O"] * len(s) for s in sentences]

    src = tmp_path / "in.conll"
    src.write_text("a\nb\n\nc\n", encoding="utf-8")
    run(str(src), out=io.StringIO(), tagger=Recorder())
    assert calls == [[["a", "b"], ["c"]]]


def test_missing_model_raises_model_error_with_hint(tmp_path):
    with pytest.raises(ModelError) as exc:
        NerTagger.load(tmp_path / "no-such-model")
    assert exc.value.hint and "hadath.ner.train" in exc.value.hint


def test_conll_round_trip(tmp_path, tagger):
    src = tmp_path / "in.conll"
    src.write_text("قال\tx\tO\nالرئيس\tx\tO\nجورج\tx\tB-PERS\nبوش\tx\tI-PERS\n.\tx\tO\n\n"
                   "زار\nباريس\n\n\n", encoding="utf-8")
    out = io.StringIO()
    assert run(str(src), out=out, tagger=tagger) is None
    text = out.getvalue()
    blocks = [b for b in text.split("\n\n") if b.strip()]
    assert len(blocks) == 2
    rows = [line.split("\t") for line in blocks[0].splitlines()]
    assert [r[0] for r in rows] == ["قال", "الرئيس", "جورج", "بوش", "."]
    assert all(len(r) == 2 and r[1] in VALID for r in rows)
    assert [line.split("\t")[0] for line in blocks[1].splitlines()] == ["زار", "باريس"]


def test_conll_evaluate_returns_scores(tmp_path, tagger):
    src = tmp_path / "gold.conll"
    src.write_text("قال O\nالرئيس O\nالمصري O\nحسني B-PERS\nمبارك I-PERS\nفي O\nالقاهرة B-LOC\n\n",
                   encoding="utf-8")
    out = io.StringIO()
    res = run(str(src), evaluate=True, out=out, tagger=tagger)
    assert set(res) >= {"precision", "recall", "f1", "per_type"}
    assert 0.0 <= res["f1"] <= 1.0
    assert "FB1" in out.getvalue() and "PERS" in out.getvalue()


@pytest.mark.parametrize("content, why", [(None, "not found"), (b"", "no tokens"), (b"\n\n  \n", "no tokens"),
                                          (b"\xff\xfe\x00bad", "UTF-8")])
def test_conll_bad_input(tmp_path, content, why):
    path = tmp_path / "f.conll"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        run(str(path), out=io.StringIO())
    assert why in str(exc.value)


def test_conlleval_semantics():
    # an I- tag after O starts a chunk; a type change splits chunks
    assert chunks(["I-PERS", "I-PERS", "O", "B-LOC", "I-ORG"]) == {(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "ORG")}
    assert chunks(["B-PERS", "B-PERS", "I-PERS"]) == {(0, 1, "PERS"), (1, 3, "PERS")}
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-ORG", "B-MISC"]]
    r = score(gold, pred)
    assert r["correct"] == 2 and r["gold"] == 3 and r["predicted"] == 4
    assert r["precision"] == pytest.approx(0.5) and r["recall"] == pytest.approx(2 / 3)
    assert r["per_type"]["LOC"]["f1"] == 1.0 and r["per_type"]["PERS"]["f1"] == 0.0


def test_read_conll_uses_first_and_last_columns(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text("a NN B-PERS\nb\n\nc X I-LOC\n", encoding="utf-8")
    assert read_conll(p, with_tags=True) == [[("a", "B-PERS"), ("b", "O")], [("c", "I-LOC")]]
    assert read_conll(p) == [[("a", None), ("b", None)], [("c", None)]]


@pytest.mark.shared
@requires_anercorp_test
def test_anercorp_test_f1(tagger):
    res = run(str(ANER_TEST), evaluate=True, out=io.StringIO(), tagger=tagger)
    assert res["f1"] >= MIN_TEST_F1, res
    for t in ("PERS", "LOC", "ORG", "MISC"):
        assert t in res["per_type"]


def test_pipeline_ner_document_option(tagger):
    """Config(ner_document=True) tags the article as a whole: the surname alone is an entity."""
    import hadath

    if tagger.stages < 2:
        pytest.skip("one-stage model")
    text = ("وقال الرئيس الأوكراني فيكتور غراتشيفسكي في كييف إن بلاده تريد السلام. "
            + "وكانت الحكومة قد أعلنت أمس عن خطة جديدة للإصلاح. " * 3
            + "ودعا غراتشيفسكي إلى الحوار.")
    last = text.rindex("غراتشيفسكي")

    def covers(doc):
        return any(m.start <= last < m.end for e in doc.entities for m in e.mentions)

    whole = hadath.Pipeline(hadath.Config(ner_document=True))(text, published="2025-01-01")
    assert covers(whole)


def test_fast_tagging_features_equal_the_general_path(tagger):
    """Featurizer._tagging (the hot path) must give the same attribute lists, in the same
    order, as the general loop (forced here by a drop mask that drops nothing)."""
    feat = tagger.featurizer
    for words in ("وقال الرئيس الفرنسي جاك شيراك في باريس .".split(),
                  "التقى الشيخ حمد بن خليفة آل ثاني أمير دولة قطر في الدوحة".split(),
                  ["غارة"], "أعلنت مجموعة «بي إيه إي سيستمز» الجمعة أن السعودية وقعت الاتفاق".split()):
        assert feat.sentence(words) == feat.sentence(words, drop=[False] * len(words))
