import pytest

from hadath.text.normalize import normalize, normalize_key, normalize_str


@pytest.mark.parametrize("raw, norm", [
    ("أحمد", "احمد"), ("إسرائيل", "اسرائيل"), ("آلاف", "الاف"), ("ٱلله", "الله"),
    ("مستشفى", "مستشفي"), ("قطرة", "قطره"), ("مُحَمَّدٌ", "محمد"), ("القـــاهرة", "القاهره"),
    ("١٢/٦/٢٠١٨", "12/6/2018"), ("۱۴۰۲", "1402"), ("ﻻ", "لا"), ("فارسی", "فارسي"),
    ("CNN", "cnn"), ("قال\u200fت", "قالت"), ("\u202bالرياض\u202c", "الرياض"),
])
def test_normalize_forms(raw, norm):
    assert normalize(raw).text == norm
    assert normalize_str(raw) == norm


@pytest.mark.parametrize("raw", [
    "يَوْمَ الأربعاء", "وَقالَ الرَّئيسُ", "القـــاهرة ١٢ يونيو", "ﻻ بد", "A\u200bB قَطَر", "plain text",
])
def test_offsets_cover_the_original(raw):
    view = normalize(raw)
    # every view character maps back inside the original, monotonically
    last = -1
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(raw)
        assert a >= last
        last = a
    # the whole view maps back to (almost) the whole original
    a, b = view.span(0, len(view.text))
    assert raw[a:b].strip() == raw.strip() or raw[a:b] in raw


def test_word_span_includes_its_diacritics():
    raw = "في يَوْمِ الأربعاء"
    view = normalize(raw)
    i = view.text.index("يوم")
    a, b = view.span(i, i + 3)
    assert raw[a:b] == "يَوْمِ"


def test_identity_fast_path_has_no_map():
    view = normalize("قطر والسعودية")
    assert view.starts is None
    assert view.span(0, 3) == (0, 3)


def test_normalize_key_folds_space():
    assert normalize_key("  الولايات   المتحدة ") == "الولايات المتحده"
