"""hadath.ner.fast: the first-stage CRF decoded without crfsuite must give crfsuite's tags."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

import hadath
from hadath.ner import NerTagger
from hadath.ner.fast import CompiledCRF, _read_model
from hadath.ner.model import _fix_bio

EDGE_SENTENCES = [
    ["غارة"],  # one token
    ["قال", "ترامب"],  # two tokens: both edges at once
    "وقال الرئيس الفرنسي جاك شيراك في باريس .".split(),
    "التقى الشيخ حمد بن خليفة آل ثاني أمير دولة قطر في الدوحة".split(),
    "أم أنَّ أعدادهم في ازدياد ؟".split(),  # a bigram with the start of the sentence (b-=BOS|...)
    ["|", "|", "قطر", "|", "الرياض", "|"],  # "|" inside bigram attributes
    ["iPhone", "2024", "٢٠٢٤", "%", "مُحَمَّد", "ـــ", "أ" * 80],
    "أعلنت مجموعة «بي إيه إي سيستمز» الجمعة أن السعودية وقعت الاتفاق".split(),
]


def _sample_sentences() -> list[list[str]]:
    """The sentences of the packaged sample articles, as the pipeline tokenises them."""
    nlp = hadath.Pipeline(hadath.Config(stages=("text",)))
    out = []
    for f in sorted(resources.files("hadath").joinpath("samples").iterdir()):
        if f.name.endswith(".txt"):
            doc = nlp(f.read_text(encoding="utf-8"))
            out += [[t.text for t in doc.tokens[s.token_start:s.token_end]] for s in doc.sentences]
    return out


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


@pytest.fixture(scope="module")
def sentences() -> list[list[str]]:
    return EDGE_SENTENCES + _sample_sentences()


def _crfsuite_tags(tagger: NerTagger, words: list[str]) -> list[str]:
    return tagger.tag_stage1(words)


def test_shipped_model_is_decoded_by_the_compiled_path(tagger):
    assert isinstance(tagger._fast(), CompiledCRF)


def test_tags_equal_crfsuite_sentence_by_sentence(tagger, sentences):
    fast = tagger.tag_sentences(sentences)
    assert fast == [_crfsuite_tags(tagger, w) for w in sentences]
    # one sentence at a time (tag) and all at once (tag_sentences) decode alike
    assert [tagger.tag(w) for w in sentences[:12]] == fast[:12]


def test_scores_equal_the_attribute_lists_crfsuite_reads(tagger, sentences):
    """Each token's state scores are the summed weights of exactly the attributes that
    Featurizer.sentence hands crfsuite (bigrams, edges, unseen-word context, lexicon matches)."""
    compiled = tagger._fast()
    weights, rows, zero = compiled._weights, compiled._attr, compiled._zero
    live = [w for w in sentences if w]
    em, pos = compiled.emissions(live)
    k = 0
    for words in live:
        ref = np.array([weights[[rows.get(a, zero) for a in feats]].sum(axis=0)
                        for feats in tagger.featurizer.sentence(words)])
        np.testing.assert_allclose(em[k:k + len(words)], ref, rtol=0, atol=1e-9)
        assert pos[k:k + len(words)].tolist() == list(range(len(words)))
        k += len(words)


def test_the_model_file_is_read_as_crfsuite_reads_it(tagger):
    """Labels and attributes from the file's string tables are info()'s; the weights are the
    file's doubles (info(), a text dump, rounds them to 6 decimals)."""
    crf = tagger._stage1 or tagger._tagger
    labels, attrs, exact = _read_model(tagger._stage1_bytes or tagger._crf_bytes)
    info = crf.info()
    assert labels == {k: int(v) for k, v in info.labels.items()}
    assert attrs == {k: int(v) for k, v in info.attributes.items()}
    assert len(exact) == len(info.state_features) + len(info.transitions)
    assert not np.allclose(exact["w"], np.round(exact["w"], 6), rtol=0, atol=1e-9)


def test_compiling_needs_no_dump_when_the_model_file_is_readable(tagger):
    class NoDump:  # crfsuite's info() writes a temporary file: not needed here
        def __init__(self, crf):
            self.labels = crf.labels

        def info(self):
            raise AssertionError("info() called")

    crf = tagger._stage1 or tagger._tagger
    compiled = CompiledCRF(NoDump(crf), tagger.featurizer, tagger._stage1_bytes or tagger._crf_bytes)
    words = EDGE_SENTENCES[3]
    assert [_fix_bio(t) for t in compiled.tag_sentences([words])] == [tagger.tag_stage1(words)]


@pytest.mark.parametrize("junk", [b"", b"not a model", b"lCRF" + b"\0" * 60])
def test_unreadable_model_bytes_fall_back_to_the_dump(junk):
    assert _read_model(junk) is None


def test_dump_weights_give_the_same_tags_on_these_sentences(tagger, sentences):
    crf = tagger._stage1 or tagger._tagger
    rounded = CompiledCRF(crf, tagger.featurizer)  # no model bytes: info()'s weights
    assert [_fix_bio(t) if t else t for t in rounded.tag_sentences(sentences)] == tagger.tag_sentences(sentences)


def test_empty_sentences_keep_their_place(tagger):
    words = [[], ["قال", "ترامب"], [], ["غارة"], []]
    tags = tagger.tag_sentences(words)
    assert [len(t) for t in tags] == [0, 2, 0, 1, 0]
    assert tagger.tag_sentences([]) == [] and tagger.tag_sentences([[]]) == [[]]


def test_small_cache_is_cleared_and_refilled_with_the_same_results(tagger, sentences):
    crf = tagger._stage1 or tagger._tagger
    small = CompiledCRF(crf, tagger.featurizer, tagger._stage1_bytes or tagger._crf_bytes, cache_size=64)
    # sentence by sentence (each fits) and again, after the cache was emptied many times
    first = [small.tag_sentences([w])[0] for w in sentences if len(w) <= 64]
    again = [small.tag_sentences([w])[0] for w in sentences if len(w) <= 64]
    assert first == again
    assert len(small._ids) <= 64
    assert [_fix_bio(t) for t in first] == [_crfsuite_tags(tagger, w) for w in sentences if len(w) <= 64]


def test_other_feature_switches_use_crfsuite(tagger):
    other = NerTagger.load()
    other.featurizer.cfg = {**other.featurizer.cfg, "far": True}
    assert other._fast() is None
    words = EDGE_SENTENCES[2]
    assert other.tag_sentences([words]) == [other.tag_stage1(words)]


def test_tag_document_equals_crfsuite_two_stage_path(sentences):
    """Both stages decoded here give crfsuite's tags: the samples as one stream (stage 2 with
    document features) and a two-sentence document (too short: stage 1 alone)."""
    fast, slow = NerTagger.load(), NerTagger.load()
    slow._compiled = False  # force the crfsuite path
    assert fast._fast() is not None
    for doc in (sentences, sentences[:2], [[], *sentences[:5], []]):
        assert fast.tag_document(doc) == slow.tag_document(doc)
    assert fast._compiled2 is not None  # the stream did go through stage 2
