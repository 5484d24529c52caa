import pytest

from hadath.text.sentences import split_sentences


def texts(t):
    return [t[a:b] for a, b in split_sentences(t)]


def test_quote_stays_with_its_speaker():
    t = "وقال الوزير: «لن نتراجع. وسنواصل العمل». ثم غادر القاعة."
    assert texts(t) == ["وقال الوزير: «لن نتراجع. وسنواصل العمل».", "ثم غادر القاعة."]


def test_curly_quotes_too():
    t = "وقال الأمر: “تعتبر الولايات المتحدة أي هجوم تهديدا. وهذا واضح”. وانتهى."
    assert len(texts(t)) == 2


@pytest.mark.parametrize("t, n", [
    ("هل ستعقد القمة؟ نعم ستعقد.", 2),
    ("قال إن الوضع خطير، وإن الحل قريب؛ لكنه لم يحدد موعدا.", 1),
    ("التقى د. محمد بالوزير. ثم عاد.", 2),
    ("بلغ النمو 3.5 في المئة. وهذا جيد.", 2),
    ("السطر الأول\nالسطر الثاني", 2),
    ("رائع! ممتاز!", 2),
])
def test_arabic_punctuation(t, n):
    assert len(texts(t)) == n


@pytest.mark.parametrize("t, dateline", [
    ("الرياض - واس: استقبل ولي العهد الوزير.", "الرياض - واس:"),
    ("القاهرة (رويترز) - قال مسؤول إن الاجتماع انتهى.", "القاهرة (رويترز) -"),
    ("واشنطن\nتعهد الرئيس بالدفاع.", "واشنطن"),
])
def test_datelines_are_their_own_sentence(t, dateline):
    assert texts(t)[0] == dateline


def test_colon_speech_is_not_a_dateline():
    t = "وقال الرئيس: إن الوضع مستقر."
    assert texts(t) == [t]


def test_offsets_are_into_the_original():
    t = "  أولا.  ثانيا.  "
    spans = split_sentences(t)
    assert [t[a:b] for a, b in spans] == ["أولا.", "ثانيا."]
