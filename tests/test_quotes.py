"""Quote forms: direct with the cue before or after, reported with إن/أن, participles,
attributions, pro-dropped and document speakers."""

import pytest

from hadath import Config, Pipeline


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(Config(stages=("text", "entities", "times", "actors", "quotes")))


def quotes(nlp, text):
    return [(q.speaker.code if q.speaker else None, q.cue, q.text, q.kind) for q in nlp(text).quotes]


@pytest.mark.parametrize("text, code, cue, contains, kind", [
    ("وقال وزير الخارجية القطري: «نرحب بهذه الخطوة».", "QAT", "وقال", "نرحب بهذه الخطوة", "direct"),
    ("قال الرئيس الأمريكي دونالد ترامب إن المحادثات كانت جيدة.", "USA", "قال", "المحادثات كانت جيدة",
     "reported"),
    ("وأكدت وزارة الخارجية المصرية أن القاهرة ترفض التدخل.", "EGY", "وأكدت", "القاهرة ترفض التدخل",
     "reported"),
    ("«لن نتراجع عن مواقفنا»، قال نتنياهو.", "ISR", "قال", "لن نتراجع عن مواقفنا", "direct"),
    ("وأضافت الحكومة الأردنية أن الحدود مغلقة.", "JOR", "وأضافت", "الحدود مغلقة", "reported"),
    ("وبحسب الجيش الإسرائيلي، فقد استهدفت الغارات مواقع عسكرية.", "ISR", "وبحسب",
     "استهدفت الغارات مواقع عسكرية", "reported"),
    ('وقال أردوغان "سنواصل العملية حتى النهاية".', "TUR", "وقال", "سنواصل العملية حتى النهاية", "direct"),
    ("وقالت الولايات المتحدة إن الاتفاق سيوقع قريبا.", "USA", "وقالت", "الاتفاق سيوقع قريبا", "reported"),
])
def test_quote_forms(nlp, text, code, cue, contains, kind):
    got = quotes(nlp, text)
    assert any(c == code and q == cue and contains in t and k == kind for c, q, t, k in got), got


def test_pro_dropped_speaker_is_the_previous_one(nlp):
    text = "وقالت وزارة الخارجية القطرية إن الدوحة ترحب بالقرار. وقال إن البلاد ستواصل جهودها."
    got = quotes(nlp, text)
    assert got[-1][0] == "QAT" and "ستواصل جهودها" in got[-1][2]


def test_document_speaker_is_its_issuer(nlp):
    text = ("واشنطن\nتعهد الرئيس الأمريكي دونالد ترامب بالدفاع عن قطر.\n"
            "وقال الأمر: “تعتبر الولايات المتحدة أي هجوم تهديدا”.")
    got = quotes(nlp, text)
    assert any(c == "USA" and "تعتبر الولايات المتحدة" in t for c, _, t, _ in got), got


def test_participle_cue_continues_the_subject(nlp):
    text = "ندد وزير الخارجية الفرنسي بالهجوم، مؤكدا أن باريس تقف إلى جانب ضحاياه."
    got = quotes(nlp, text)
    assert any(q == "مؤكدا" and c == "FRA" for c, q, _, _ in got), got


def test_quote_offsets_are_into_the_original(nlp):
    text = "وقالَ الوزيرُ: «سنَعمل معاً»."
    doc = nlp(text)
    q = doc.quotes[0]
    assert doc.text[q.start:q.end] == q.text == "سنَعمل معاً"
    assert doc.text[q.cue_start:q.cue_end] == "وقالَ"


def test_verbs_inside_a_quote_are_not_new_quotes(nlp):
    text = "وقال الوزير: «نحن نرحب بما قاله الرئيس ونؤكد دعمنا»."
    assert len(nlp(text).quotes) == 1


def test_a_source_named_by_its_nisba(nlp):
    got = quotes(nlp, "وقالت مصادر فلسطينية إن الجيش الإسرائيلي اقتحم المخيم.")
    assert got and got[0][0] == "PSE" and got[0][2] == "الجيش الإسرائيلي اقتحم المخيم", got


@pytest.mark.parametrize("text, code, sector, source", [
    # unnamed and nothing else to go on: the speaker stays unknown, not a name in the content
    ("أفادت مصادر متطابقة أن مجهولين خطفوا مصورا فرنسيا في بوساسو.", None, None, "مصادر متطابقة"),
    # the article's state, with the sector the source's adjective gives
    ("وقصفت الطائرات اليمنية مواقع في اليمن. وأفادت مصادر عسكرية أن المعارك مستمرة في اليمن.",
     "YEM", "MIL", "مصادر عسكرية"),
])
def test_unnamed_sources(nlp, text, code, sector, source):
    qs = [q for q in nlp(text).quotes if q.speaker is not None and q.speaker.text == source]
    assert qs, [(q.speaker, q.text) for q in nlp(text).quotes]
    assert qs[0].speaker.code == code and qs[0].speaker.sector == sector
    assert source not in qs[0].text  # the content starts after أن


def test_a_quoted_name_before_an_that_clause_is_not_the_quote(nlp):
    got = quotes(nlp, 'أعلنت مجموعة الصناعات الجوية البريطانية "بي إيه إي سيستمز" الجمعة أن السعودية '
                      'وقعت بروتوكول اتفاق مع بريطانيا.')
    assert got and got[0][2].startswith("السعودية وقعت"), got


def test_an_with_the_imperfect_belongs_to_what_was_said(nlp):
    got = quotes(nlp, "وتوعد كليجدار أوغلو أن يكون رئيسا للجميع.")
    assert got and got[0][2].startswith("أن يكون"), got


@pytest.mark.parametrize("text, code, contains", [
    # جاء في X أن: X's author said it
    ("جاء في قرار مجلس الأمن الدولي، أمس، أن المجلس يصادق على الاتفاق.", "UNO", "المجلس يصادق"),
    # the speaker before the cue (SVO), with a quoted word inside what was said
    ("المرشد الأعلى الإيراني علي خامنئي حذر السبت من أن بلاده ستواصل دعم «أصدقائها» في المنطقة.", "IRN",
     "بلاده ستواصل"),
])
def test_more_quote_forms(nlp, text, code, contains):
    got = quotes(nlp, text)
    assert any(c == code and contains in t for c, _, t, _ in got), got


def test_according_to_a_schedule_is_no_attribution(nlp):
    got = quotes(nlp, "وطالب المجلس بتطبيق الاتفاق بالكامل وفق الجدول الزمني المتفق عليه.")
    assert not any(cue == "وفق" for _, cue, _, _ in got), got


def test_a_statement_issued_by_someone_names_its_speaker(nlp):
    """وفقا لبيان صادر عن الرئاسة المصرية: the presidency speaks (عن is no complementiser here)."""
    doc = nlp("استعرض الرئيس المصري عبدالفتاح السيسي نتائج العملية خلال مباحثاته مع نظيره الروسي "
              "فلاديمير بوتين، وفقا لبيان صادر عن الرئاسة المصرية، الأربعاء.", published="2018-10-17")
    assert doc.quotes and doc.quotes[0].speaker.text == "الرئاسة المصرية", doc.quotes
