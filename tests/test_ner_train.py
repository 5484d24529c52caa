"""The training-side helpers of the NER model (hadath.ner.train): the given-name lexicon
and the word frequencies behind the ``fq=`` feature."""

from __future__ import annotations

from hadath.lexicon.loader import load_table
from hadath.ner import train
from hadath.ner.features import FeatureData, Featurizer
from hadath.text.normalize import normalize_str


def test_given_names_file_loads_and_is_clean():
    rows = load_table("given_names.tsv")
    assert len(rows) > 500
    names = [normalize_str(r["name"]) for r in rows]
    assert len(names) == len(set(names)), "one line per normalised spelling"
    for r in rows:
        assert " " not in r["name"] and r["name"].strip() == r["name"]
        assert r["origin"] in ("ar", "fa", "for")


def test_given_names_roles():
    g = train.given_names()
    assert g["محمد"] == "GIVEN" and g["فاطمه"] == "GIVEN"  # normalised keys
    assert g["جورج"] == "GIVEN" and g["ديفيد"] == "GIVEN"
    assert g["امل"] == "GIVEN_AMB"  # also the common word "hope"
    assert g["باسم"] == "GIVEN_AMB" and g["يزيد"] == "GIVEN_AMB"  # "in the name of", "increases"
    for word in ("الان", "انا", "لما", "في", "من", "قال"):  # function words are never names
        assert word not in g


def test_given_names_reach_the_bundle_name_words():
    sents = [[("قال", "O"), ("محمد", "B-PERS"), ("فارس", "I-PERS")]]
    data = train.build_data(sents, quiet=True)
    assert "GIVEN" in data.gaz_words["محمد"].split("|")


def test_word_freq_counts_as_the_wordfreq_script():
    sents = [[("قال", "O"), ("أحمد", "B-PERS"), (".", "O")], [("قال", "O"), ("احمد", "B-PERS")],
             [("ذهب", "O")]]
    # normalised, punctuation left out, words seen once dropped (MIN_COUNT 2)
    assert train.word_freq(sents) == {"قال": 2, "احمد": 2}


def test_fq_feature_takes_the_given_frequencies():
    feat = Featurizer(FeatureData(wordfreq={"فارس": 100}))
    [own] = feat.sentence(["فارس"], priors={}, freq={})
    assert "fq=0" in own
    [shipped] = feat.sentence(["فارس"])
    assert "fq=7" in shipped  # stem + word: log2(200 + 1)


def test_fq_feature_is_jackknifed_in_training(monkeypatch):
    """A word seen only in one fold's sentences has no frequency in that fold, as an
    unseen word of new text (JK_FREQ); the shipped table counts it (TRAIN_FREQ)."""
    sents = [[("زار", "O"), ("زيد", "B-PERS"), ("زيد", "B-PERS")]] + [[("قال", "O"), ("قال", "O")]] * 4
    monkeypatch.setattr(train, "DROPOUT", 0)
    monkeypatch.setattr(train, "TRAIN_FREQ", True)
    data = train.build_data(sents, quiet=True)
    assert data.wordfreq["زيد"] == 2
    for jk, want in ((True, "fq=0"), (False, "fq=2")):
        monkeypatch.setattr(train, "JK_FREQ", jk)
        X, _ = train.featurize(sents, data, folds=5)
        assert want in X[0][1]
