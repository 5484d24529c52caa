"""Light-weight Arabic clause syntax for role finding: prepositions, boundaries, light verbs.

hadath has no parser; these helpers read what Arabic news syntax makes visible:
a preposition as a separate word (على، مع، ضد) or as a proclitic (ب ل ك), clause
boundaries (punctuation, relative pronouns, complementizers), agent phrases
(من قبل، على يد) and light verbs whose object is an event noun (شن غارة، أجرى
محادثات، تعرض لهجوم).
"""

from __future__ import annotations

from ..document import Document

PREPOSITIONS = frozenset("علي ضد مع الي من عن في بين تجاه حول لدي عند نحو ازاء بحق "
                         "بعد قبل منذ خلال عقب اثر اثناء حتي وسط امام بشان حيال قرب".split())
PUNCT_BOUNDARY = frozenset("، ؛ ; : . ( ) « » “ ” \" ! ? ؟ - – —".split())
QUOTE_MARKS = frozenset("« » “ ” \"".split())
WORD_BOUNDARY = frozenset("""
الذي التي الذين اللذين اللتين اللواتي حيث بينما عندما لكن ولكن لكنه لكنها اذ كما بعدما
ان بان انه انها انهم بانه بانها وان فان فيما
""".split())
AGENT_PHRASES = {("من", "قبل"): "من_قبل", ("علي", "يد"): "علي_يد", ("من", "جانب"): "من_قبل",
                 ("علي", "ايدي"): "علي_يد"}
#: "attributed to" (قصف نسب إلى الحوثيين، هجوم نسب للقاعدة): the agent of an event noun
ATTRIBUTED = frozenset("نسب نسبت ينسب تنسب المنسوب المنسوبه منسوب منسوبه".split())
for _w in ATTRIBUTED:
    AGENT_PHRASES[(_w, "الي")] = "من_قبل"

#: light verbs: their object noun is the event, their subject its actor
#: (inverse: the subject is the recipient: تعرض لهجوم، تلقى تعهدات)
LIGHT_VERBS: dict[str, bool] = {}
for _w in ("شن شنت شنوا يشن تشن يشنون شنها "
           "نفذ نفذت نفذوا ينفذ تنفذ ينفذون "
           "اجري اجرت اجروا يجري تجري يجرون "
           "عقد عقدت عقدوا يعقد تعقد يعقدون "
           "قام قامت قاموا يقوم تقوم يقومون "
           "وجه وجهت وجهوا يوجه توجه "
           "اطلق اطلقت اطلقوا يطلق تطلق "
           "بدا بدات بداوا يبدا تبدا "
           "واصل واصلت واصلوا يواصل تواصل "
           "اعرب اعربت اعربوا يعرب تعرب "
           "ابدي ابدت ابدوا يبدي تبدي "
           "قدم قدمت قدموا يقدم تقدم يقدمون "
           "اصدر اصدرت اصدروا يصدر تصدر "
           "حاول حاولت حاولوا يحاول تحاول "
           "اعلن اعلنت اعلنوا يعلن تعلن "
           "شارك شاركت شاركوا يشارك تشارك "
           "ارسل ارسلت ارسلوا يرسل ترسل "
           "اتخذ اتخذت اتخذوا يتخذ تتخذ "
           "تبني تبنت تبنوا يتبني تتبني نظم نظمت نظموا ينظم تنظم نظمها نظمه "
           "معربا معربه معربين مبديا مبديه مقدما مقدمه معلنا معلنه منفذا مطلقا").split():
    LIGHT_VERBS[_w] = False
for _w in ("تعرض تعرضت تعرضوا يتعرض تتعرض تلقي تلقت تلقوا يتلقي تتلقي لقي لقيت لقوا يلقي تلقي "
           "تكبد تكبدت تكبدوا حظي حظيت حظوا يحظي تحظي").split():
    LIGHT_VERBS[_w] = True


def is_boundary(doc: Document, ti: int) -> bool:
    t = doc.tokens[ti]
    return t.norm in PUNCT_BOUNDARY or t.norm in WORD_BOUNDARY or t.base in WORD_BOUNDARY


def preposition(doc: Document, ti: int, floor: int) -> str | None:
    """The preposition governing token ``ti`` (as a proclitic or the word before it)."""
    t = doc.tokens[ti]
    if "ل" in t.prefixes[:1] and ti - 1 >= floor and doc.tokens[ti - 1].base in ATTRIBUTED:
        return "من_قبل"  # قصف نسب للحوثيين: attributed to them
    for p in t.prefixes:
        if p in ("ب", "ل", "ك"):
            return p
    if ti - 1 >= floor:
        prev = doc.tokens[ti - 1]
        if ti - 2 >= floor:
            pair = (doc.tokens[ti - 2].base, prev.base)
            if pair in AGENT_PHRASES:
                return AGENT_PHRASES[pair]
        if prev.norm == "نحو" and (t.norm[:1].isdigit() or t.stem in COUNT_WORDS):
            return None  # تجمع نحو مائة متظاهر: "about", not "towards"
        if prev.base in PREPOSITIONS or prev.norm in PREPOSITIONS:
            return prev.base if prev.base in PREPOSITIONS else prev.norm
        if prev.norm in _AND_PREPOSITIONS:
            return prev.norm[1:]  # وفي بغداد: the segmenter keeps وفي whole (وفي "loyal")
    return None


#: و + a preposition, written as one word the segmenter does not split
_AND_PREPOSITIONS = frozenset({"وفي", "وعلي", "والي"})


#: words that count people (after نحو "about", before the counted noun)
COUNT_WORDS = frozenset("""
اثنين اثنان ثلاثه ثلاث اربعه اربع خمسه خمس سته ست سبعه سبع ثمانيه ثماني تسعه تسع عشره عشر عشرين عشرون
ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين مائه مئه مائتي مئتي مائتين مئتين ثلاثمائه خمسمائه الف الفي
الفين الاف الف عشرات مئات الوف الوف الاف الآلاف
""".split())


def clause_bounds(doc: Document, ti: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    """Token range of the clause around ``ti`` (commas do not end a clause)."""
    a = ti
    while a - 1 >= sent_start and not _hard(doc, a - 1):
        a -= 1
    b = ti + 1
    while b < sent_end and not _hard(doc, b):
        b += 1
    return a, b


def _hard(doc: Document, ti: int) -> bool:
    t = doc.tokens[ti]
    if t.norm in ("،", ",") or t.norm in QUOTE_MARKS:
        return False
    return is_boundary(doc, ti)
