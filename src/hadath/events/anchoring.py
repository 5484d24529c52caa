"""Is an event told as happening, or only named?

A noun such as اغتيال names an event in قضية اغتيال الحريري (a tribunal for it), in
التحقيق في التفجير (an inquiry), in فيلم «اغتيال...» (a film) or after استنكر (a
condemnation); a violent event or a protest told as a bare noun needs something in its
clause that anchors it as happening: casualties, a time, a "took place" (احتجاجا "in
protest", qualifying an act, needs none).  A noun with ل and no
governing verb states a purpose (لإعادة فرض عقوبات): an aim, not a deed.
"""

from __future__ import annotations

from ..document import Document
from .lexicon import Hit
from .syntax import LIGHT_VERBS

TIME_PREPS = frozenset("بعد منذ عقب اثر قبل خلال اثناء اعقاب اعقب".split())


REFERENCE_HEADS = frozenset("""
قضيه محكمه تحقيق التحقيق تحقيقات ملف ذكري جريمه جرائم محاكمه المتهمين متهمين المتهم متهم بتهمه تهمه
اتهام منفذي منفذ ضحايا فيلم كتاب تقرير مخطط خطه بشان حول لجنه ادانه شجب يدين ادان
استنكر استنكرت يستنكر تستنكر ندد نددت يندد تندد ادانت تدين شجبت يشجب استنكار تنديد
وراء الرد رد ردا اشاره عرض شاركوا شارك المشتبه مشتبه تورط تورطه لتورطه بتورط يحقق تحقق
اعمال حوادث حالات ادعاءات روايات الضلوع بالضلوع ضلوع الضالعين ضالعين تهم بتهم
حكم الحكم بحكم المحكوم محكوم محكومين عقوبه يعاقب تعاقب حق الحق بحق
متعلقه المتعلقه متعلق المتعلق بخصوص الخاصه اتهامات الاتهامات باتهامات يتناول تتناول تناول يروي تروي يحكي تحكي موقفه موقفها
""".split())

#: light verbs as verbal nouns (توجيه ضربة، شن هجوم، تنفيذ اعتداء): the act named, not reported
MASDAR_LIGHT = frozenset("توجيه شن تنفيذ القيام".split())


OCCURRENCE = frozenset("""
امس اليوم مقتل قتلي قتيل قتيلا جرحي جريحا اصابه اصيب اصيبوا مصرع مصرعه مصرعهم وقع وقعت جري نفذ نفذت
شهد شهدت اسفر اسفرت ادي ادت سقوط تشهد يشهد تشهدها يشهدها تشهده يشهده شهدتها شهدته اندلعت اندلع تواصل تتواصل تواصلت استمرت تستمر تجددت تعرض تعرضت تعرضوا
""".split())


def dated_clause(doc: Document, ca: int, cb: int) -> bool:
    toks = doc.tokens
    return any(tm.start >= toks[ca].start and tm.end <= toks[cb - 1].end for tm in doc.times)


def anchored(doc: Document, ca: int, cb: int) -> bool:
    """Casualties, a time or a "took place" in the clause: something concrete happened."""
    toks = doc.tokens
    for k in range(ca, cb):
        t = toks[k]
        if t.stem in OCCURRENCE or t.base in OCCURRENCE or t.norm in OCCURRENCE:
            return True
    if any(tm.start >= toks[ca].start and tm.end <= toks[cb - 1].end for tm in doc.times):
        return True
    return dated_heading(doc, ca)


def dated_heading(doc: Document, ca: int) -> bool:
    """* 21 مايو 2005: اغتيال جورج حاوي: a line of a chronology, a date and a colon before the
    event, dates it."""
    toks = doc.tokens
    sent = doc.sentences[toks[ca].sent]
    colon = next((k for k in range(sent.token_start, min(ca + 1, sent.token_start + 10)) if toks[k].norm == ":"), None)
    if colon is None:
        return False
    lo, hi = toks[sent.token_start].start, toks[colon].start
    return any(tm.start >= lo and tm.end <= hi for tm in doc.times)


#: an ordinal or superlative before an event noun ranks it among others (رابع هجوم، أحدث
#: هجوم، أكبر هجوم انتحاري منذ أسابيع): a characterisation of an event told elsewhere
RANKING = frozenset("ثاني ثالث رابع خامس سادس اخر احدث اكبر اعنف اسوا ادمي اخطر".split())
#: condemnation verbs: their object event is named, not reported (أدان مجلس الأمن هجوم ...)
CONDEMN = frozenset("ادان ادانت دانت دانوا يدين تدين استنكر استنكرت يستنكر تستنكر ندد نددت يندد تندد شجب شجبت "
                    "يشجب تشجب".split())


def named_by_reference(doc: Document, hit: Hit, a: int) -> bool:
    """An event noun that names an event (a tribunal for it, an inquiry into it, its
    anniversary, a film about it, who is behind it, its rank among others, its
    condemnation) rather than reporting it."""
    toks = doc.tokens
    if hit.first > a and (toks[hit.first - 1].base in RANKING or toks[hit.first - 1].norm in RANKING):
        return True
    for k in range(hit.first - 1, max(a, hit.first - 7) - 1, -1):
        t = toks[k]
        if not t.is_word:
            break
        if t.stem in CONDEMN or t.norm in CONDEMN or t.base in CONDEMN:
            return True
    # بتهم القتل والتعذيب والاغتصاب والخطف: the head of a coordination names them all
    head = hit.first
    while hit.first - head < 4 and head - 1 > a and "و" in toks[head].prefixes[:1] and \
            toks[head - 1].is_word:
        head -= 1
    for k in range(max(a, head - 3), hit.first):
        t = toks[k]
        if t.stem in REFERENCE_HEADS or t.base in REFERENCE_HEADS or t.norm in REFERENCE_HEADS:
            return True
        if t.norm in ("«", "“", '"') and k > a and toks[k - 1].stem in ("فيلم", "كتاب", "روايه", "مسلسل"):
            return True
    return False


def reference(doc: Document, hit: Hit, a: int, ca: int, cb: int) -> bool:
    """An event noun nothing in its clause anchors as happening (or a named reference)."""
    if named_by_reference(doc, hit, a):
        return True
    if hit.d.type not in ("ASSAULT", "PROTEST"):
        return False
    if hit.d.type == "PROTEST" and doc.tokens[hit.first].norm.endswith("ا"):
        return False  # يقطعون الطرق احتجاجا على: the act done "in protest" is the protest
    # a violent event or a protest told as a noun needs an anchor: casualties, a time, a "took place"
    return not anchored(doc, ca, cb)


def purpose(doc: Document, hit: Hit, a: int) -> bool:
    """A purpose clause: the noun, or a masdar it hangs on (لترتيب تفاصيل الاجتماع), carries ل
    and no light verb governs it."""
    toks = doc.tokens
    for k in (hit.first, hit.first - 1, hit.first - 2):
        if k < a:
            break
        t = toks[k]
        if k < hit.first and (not t.is_word or "ال" in t.prefixes):
            break  # المسيل للدموع مظاهرة: a definite word heads no construct with the noun
        if "ل" in t.prefixes and "ال" not in t.prefixes[:1]:
            governed = any(toks[j].stem in LIGHT_VERBS or toks[j].norm in LIGHT_VERBS
                           for j in range(max(a, k - 6), k))
            return not governed
    return False
