import pytest

from hadath.resources import Resources
from hadath.text.normalize import normalize
from hadath.text.tokenize import tokenize


@pytest.fixture(scope="module")
def segmenter():
    return Resources().segmenter


@pytest.mark.parametrize("word, prefixes, stem, suffix", [
    ("وقالت", ("و",), "قالت", ""),
    ("لقطر", ("ل",), "قطر", ""),
    ("بالدوحة", ("ب", "ال"), "دوحه", ""),
    ("وبالدوحة", ("و", "ب", "ال"), "دوحه", ""),
    ("للرياض", ("ل", "ال"), "رياض", ""),
    ("فللمملكة", ("ف", "ل", "ال"), "مملكه", ""),
    ("والولايات", ("و", "ال"), "ولايات", ""),
    ("بضربة", ("ب",), "ضربه", ""),
    ("كتهديد", ("ك",), "تهديد", ""),
    ("وزير", (), "وزير", ""),
    ("بيان", (), "بيان", ""),
    ("لبنان", (), "لبنان", ""),
    ("للبنان", ("ل",), "لبنان", ""),
    ("واشنطن", (), "واشنطن", ""),
    ("رحلة", (), "رحله", ""),
    ("ستعقد", ("س",), "تعقد", ""),
    ("الذي", (), "الذي", ""),
    ("إلى", (), "الي", ""),
    ("وكانت", ("و",), "كانت", ""),  # not و + ك + انت
    ("فكان", ("ف",), "كان", ""),
    ("كرئيس", ("ك",), "رئيس", ""),
    # an event noun takes a preposition and a 3rd-person pronoun even when rare in ANERcorp
    ("باغتصابها", ("ب",), "اغتصاب", "ها"),
    ("نفذها", (), "نفذ", "ها"),  # a light verb's resumptive pronoun (ضربة نفذها الجيش)
    ("لقائه", (), "لقاء", "ه"),  # the hamza changes its seat before a pronoun
    ("الاف", (), "الاف", ""),  # آلاف "thousands" (normalised), not ال + اف
    ("وشن", ("و",), "شن", ""),  # a two-letter light verb after و
])
def test_clitic_segmentation(segmenter, word, prefixes, stem, suffix):
    view = normalize(word)
    (tok,) = tokenize(word, view, segmenter)
    assert tok.prefixes == prefixes
    assert tok.stem == stem
    assert tok.suffix == suffix
    assert tok.text == word


def test_segments_have_offsets_into_the_original(segmenter):
    text = "وَبِالدَّوْحَةِ قالت"
    view = normalize(text)
    toks = tokenize(text, view, segmenter)
    assert [t.text for t in toks] == ["وَبِالدَّوْحَةِ", "قالت"]
    segs = toks[0].segments
    assert [s.form for s in segs] == ["و", "ب", "ال", "دوحه"]
    assert "".join(text[s.start:s.end] for s in segs) == toks[0].text
    assert text[segs[-1].start:segs[-1].end] == "دَّوْحَةِ"


def test_lam_alef_lam_restores_the_article(segmenter):
    text = "للرياض"
    (tok,) = tokenize(text, normalize(text), segmenter)
    assert tok.base == "الرياض"
    assert [text[s.start:s.end] for s in tok.segments] == ["ل", "ل", "رياض"]


def test_punctuation_and_numbers_are_tokens(segmenter):
    text = "قال: «نعم»، في 2018."
    toks = tokenize(text, normalize(text), segmenter)
    assert [t.text for t in toks] == ["قال", ":", "«", "نعم", "»", "،", "في", "2018", "."]
