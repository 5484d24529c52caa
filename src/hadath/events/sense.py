"""Sense decisions for ambiguous triggers (the ``sense`` column of triggers.tsv).

* ``mil``: إضراب is a labour strike, or a mistranslated military strike when a state
  adjective, a target after على, weapons or a military article say so;
* ``envoy``: استدعى summons an envoy (ACCUSE) or, mistranslated, calls someone (CONSULT);
* ``court``: أدان convicts (SANCTION) when a court acts, else condemns (ACCUSE);
* ``sentence``: حكم بالإعدام is a death sentence (SANCTION convict), not an execution;
* ``pledge``: توعد أن ... vows (AGREE) rather than threatens;
* ``gov``: a government's احتجاج is a diplomatic complaint (ACCUSE), not a protest;
* ``verbal``: هجوم/هاجم in words (شن جنبلاط هجوما عنيفا على حزب الله، صعد ماكين من هجومه
  على روسيا) is criticism (ACCUSE) when nothing violent is near: no weapon, casualty,
  armed actor or military word;
* ``usurp``: اغتصب حق/أرض/السلطة usurps a right or land: no event at all;
* ``test``: تفجير قنبلة نووية is a weapons test (MOBILIZE), not a bombing;
* ``hostage``: احتجز رهائن takes hostages (ASSAULT, abduct), not a detention;
* ``fig``: a figure of speech, no event: اغتيال لبنان (the object is a state, not a
  person), ضربا من الخيال (an idiom: "a kind of"), تلقت ضربة موجعة/قوية with nothing
  violent near (a setback), فجر الأزمة (sparked a crisis), فجرا ("at dawn"), ضربات الشمس
  (sunstroke);
* ``amount``: يبلغ عمقه 16 مترا "amounts to", not أبلغ "informs": no event;
* ``other``: another reading of a word, per lemma, no event: a course that "targets" its
  audience, charges "dropped" (أسقطت الملاحقات), في مقتل "a vital spot", إلى قمتها "at its
  peak", وسط هتافات "amid cheers", يدين بالولاء "owes", دعا له "prayed for", على نحو يتفق
  "in line with", مدى التزام "the extent of compliance", مظاهرة بحرية "a naval show", ما
  يهدد بـ "which risks", تهدد أمنها "endangers", حذرت المواطنين "a safety notice", دعما لـ
  "in support of" (qualifying another act), الصادر "issued", خطوط هاتف "the telephone",
  130 طالبا وطالبة "students", في تعليق له على "a comment", انخفاض الطلب "demand for
  goods", يعلق قائلا "comments", تستهدف تقليص "aims to", تسعى لتجفيف "strives to".

Any noun trigger written with the nisba ending (بدور اجتماعي "social") is dropped by the
engine before these tests.
"""

from __future__ import annotations

from ..actors import ActorIndex
from ..document import Document
from .arguments import is_place, slot_of, unique_founds
from .cues import cue
from .lexicon import Hit, TriggerIndex
from .syntax import clause_bounds

#: cue-word sets (see cues.tsv for what each is for)
MILITARY_WORDS = cue("MILITARY_WORDS")
LABOUR_WORDS = cue("LABOUR_WORDS")
ENVOY_WORDS = cue("ENVOY_WORDS")
COURT_WORDS = cue("COURT_WORDS")
VIOLENCE_WORDS = MILITARY_WORDS | cue("VIOLENCE_WORDS")
VERBAL_WORDS = cue("VERBAL_WORDS")
NUCLEAR_WORDS = cue("NUCLEAR_WORDS")
USURP_WORDS = cue("USURP_WORDS")


def verbal(doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> bool:
    """An attack in words: nothing violent in the sentence, and a verbal cue or a person or
    political target after على."""
    if near_words(doc, hit, a, b, VERBAL_WORDS, 6, before=False) and \
            not near_words(doc, hit, a, b, VIOLENCE_WORDS, 6, before=False):
        return True  # فهاجم ماكين رغبة أوباما: the object is a wish, a statement, a stance
    if near_words(doc, hit, a, b, VIOLENCE_WORDS, 40):
        return False
    if near_words(doc, hit, a, b, VERBAL_WORDS, 12):
        return True
    if hit.first > a and doc.tokens[hit.first - 1].norm in ("عليه", "عليها", "عليهم") or \
            hit.first - 1 > a and doc.tokens[hit.first - 2].norm in ("عليه", "عليها", "عليهم"):
        return True  # تشن المعارضة عليه هجوما: on a person
    for k in range(hit.last, min(b, hit.last + 4)):
        if doc.tokens[k].norm in ("علي", "عليه", "عليها", "عليهم"):
            if doc.tokens[k].norm != "علي":
                return True  # شنت المعارضة عليه هجوما: on a person
            j = k + 1
            while j < b and not doc.tokens[j].is_word:
                j += 1  # على «حزب الله»
            while j < min(b, k + 4) and index.found_at[j] is None:
                j += 1  # على اللجنة التنفيذية لمنظمة التحرير: a body of an organisation
            f = index.found_at[j] if j < b else None
            if f is None:
                return False
            ent = index.entity_at[j]
            if ent is not None and ent.kind in ("PER", "ORG"):
                return True
            # واصلت حماس هجومها على اللجنة التنفيذية: a political body, not a place or a force
            return f.entry is not None and f.entry.source == "body" and \
                f.entry.sector not in ("MIL", "COP", "SPY", "UAF", "REB")
    return False


HOSTAGE_WORDS = cue("HOSTAGE_WORDS")
EMBARGOED = cue("EMBARGOED")
DAWN_AFTER = cue("DAWN_AFTER")
DAWN_BEFORE = cue("DAWN_BEFORE")
IGNITED = cue("IGNITED")
FIGURATIVE_ADJ = cue("FIGURATIVE_ADJ")
SHOW_ADJ = cue("SHOW_ADJ")
AUDIENCE_SUBJECTS = cue("AUDIENCE_SUBJECTS")
LEGAL_OBJECTS = cue("LEGAL_OBJECTS")
PRAYED_FOR = cue("PRAYED_FOR")
PRAYER_VERBS = cue("PRAYER_VERBS")
ENDANGERED = cue("ENDANGERED")
THE_PUBLIC = cue("THE_PUBLIC")
APPLICANTS = cue("APPLICANTS")
DEVICE_HEADS = cue("DEVICE_HEADS")
DEVICE_ADJ = cue("DEVICE_ADJ")
STUDENT_NEXT = cue("STUDENT_NEXT")
STUDENT_COUNTS = cue("STUDENT_COUNTS")
OWED = cue("OWED")
GOD = cue("GOD")
FEELINGS = cue("FEELINGS")
ADMIN_DECISIONS = cue("ADMIN_DECISIONS")
TECH = cue("TECH")
MARKETS = cue("MARKETS")
MARKET_ACTS = cue("MARKET_ACTS")
BLESSINGS = cue("BLESSINGS")
GREETINGS = cue("GREETINGS")
HIT_VERBS = cue("HIT_VERBS")
ABSTRACT_OBJECTS = cue("ABSTRACT_OBJECTS")
CROWDS = cue("CROWDS")
DOCUMENTS = cue("DOCUMENTS")


#: verbs a text uses to state a norm (calls for, rejects, demands)
NORM_LEMMAS = frozenset({"دعا", "رفض", "طالب", "حث"})


SCOURGES = cue("SCOURGES")
MARKET = cue("MARKET")
COMMENTING = cue("COMMENTING")
AIMS_OF_POLICY = cue("AIMS_OF_POLICY")
SENTENCING = cue("SENTENCING")
ALL_FORMS = cue("ALL_FORMS")
THREAT_CUES = cue("THREAT_CUES")
AUTHORITIES = cue("AUTHORITIES")
WITHHELD = cue("WITHHELD")
IMPERSONAL_SUBJECTS = cue("IMPERSONAL_SUBJECTS")
FIELDS = cue("FIELDS")
HOLDING = cue("HOLDING")
CHANTS = cue("CHANTS")
REPORTED_NEWS = cue("REPORTED_NEWS")
JUDGED_AS = cue("JUDGED_AS")
FAMILY = cue("FAMILY")
CALM = cue("CALM")
PRISON_STAFF = cue("PRISON_STAFF")
RULINGS = cue("RULINGS")
APPEALS = cue("APPEALS")
FACILITIES = cue("FACILITIES")
ANIMALS = cue("ANIMALS")
DAY_SUBJECTS = cue("DAY_SUBJECTS")
CONSIDERED = cue("CONSIDERED")
RECEIVED_CASES = cue("RECEIVED_CASES")
COURTESY = cue("COURTESY")
AMOUNT_HEADS = cue("AMOUNT_HEADS")
HAZARDS = cue("HAZARDS")


#: what one declines to do (اعتذر عن التصريح، عن المشاركة)
_DECLINED = frozenset("تصريح التصريح مشاركه المشاركه حضور الحضور قبول تلبيه استمرار الاستمرار علاج العلاج "
                      "تسليم التسليم استقبال الاستقبال استلام الاستلام الرد رد اجراء تقديم".split())
def _unsuffixed(word: str) -> str:
    """The word without a possessive pronoun (علاجه -> علاج، تسليمهم -> تسليم)."""
    for suffix in ("هما", "هم", "هن", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


#: what prompts (دعت الأسباب، دعا التصاعد ... إلى): a cause, not a caller
_CAUSES = frozenset("الاسباب اسباب التصاعد تصاعد الحاجه حاجه الظروف ظروف الاوضاع اوضاع الامر امر الوضع "
                    "الضروره ضروره الرغبه رغبه الدوافع".split())
#: what is sweet (عذب كلماته، عذب الصوت)
_SWEET_THINGS = frozenset("كلمات كلام صوت الصوت حديث الحديث لسان اللسان الماء ماء اللحن لحن".split())
#: homes one stays in (التزم السكان دورهم): no commitment
_HOMES = frozenset("دورهم منازلهم بيوتهم منازل بيوت المنازل البيوت منزله بيته".split())
#: rescuers (اقتحام المبنى من قبل وحدات الإنقاذ)
_RESCUERS = frozenset("الانقاذ انقاذ الاطفاء اطفاء المسعفين الاسعاف".split())
#: animals killed (قتل الثعابين)
_PESTS = frozenset("الثعابين ثعابين الافاعي افاعي الكلاب كلاب الحيوانات الطيور الدواجن الجراد الفئران "
                   "القطط ثعبان الثعبان افعي".split())
#: nouns of room to manoeuvre (هامش المناورة، مساحة للمناورة)
_ROOM = frozenset("هامش مساحه مجال حريه".split())


def other_sense(doc: Document, hit: Hit, a: int, b: int, index: ActorIndex | None = None) -> bool:
    """Readings of trigger words that name no event (the ``other=`` sense; cases below)."""
    if hit.last >= b:
        return False
    toks = doc.tokens
    nxt = toks[hit.last]
    tok = toks[hit.first]
    lemma = hit.d.lemma
    prev = toks[hit.first - 1] if hit.first > a else None
    if lemma == "طلب" and hit.d.pos == "verb" and prev is not None and prev.stem in MARKET:
        return True  # انخفاض الطلب الصيني على النحاس: demand for goods, not a request
    if lemma == "رحل" and any(toks[k].norm == "عن" and k + 1 < b and toks[k + 1].stem in ("حكم", "سلطه", "منصب")
                              for k in range(hit.last, min(b - 1, hit.last + 4))):
        return True  # رحل العمال عن الحكم: Labour left power (no one deported)
    if lemma == "التزم" and any(toks[k].base == "الصمت" or toks[k].norm == "الصمت"
                                for k in range(hit.last, min(b, hit.last + 8))):
        return True  # ويلتزم الحزب الشيوعي الحاكم في الصين الصمت: keeps silent
    if hit.d.mode == "visit" and prev is not None and prev.stem in ("تاشيره", "تاشيرات", "تاشيرتي"):
        return True  # تأشيرات زيارة: visit visas
    if lemma == "مقتل" and prev is not None and prev.norm == "في" and (not nxt.is_word or nxt.norm[:1] == "ف"):
        return True  # أصابت أعداء الأمة في مقتل: hit them in a vital spot
    if lemma == "علق" and any(toks[k].norm in COMMENTING or toks[k].norm in ('"', "«", "“")
                              for k in range(hit.last, min(b, hit.last + 12))):
        return True  # يعلق اندرو مارت المضارب بالقول، يعلق المختص بيل وليم "ربما...": he commented
    if lemma == "استهدف" and any(toks[k].stem in AIMS_OF_POLICY or toks[k].norm in AIMS_OF_POLICY
                                for k in range(hit.last, min(b, hit.last + 7))):
        return True  # وتستهدف أستراليا في الوقت الحالي تقليص الانبعاثات: an aim of policy
    if lemma == "سعى" and any((("ل" in toks[k].prefixes[:1]) or _unsplit_purpose(toks[k])) and
                              (index is None or index.found_at[k] is None) and
                              not ({toks[k].stem, "ال" + toks[k].stem, toks[k].norm} & hit.d.frame.need)
                              for k in range(hit.last, min(b, hit.last + 4))):
        return True  # وتسعى السلطات المصرية لتجفيف منابع تمويل الجماعة: striving to do something
    if lemma == "استهدف" and any(toks[k].stem in AUDIENCE_SUBJECTS or toks[k].base in AUDIENCE_SUBJECTS
                                for k in range(max(a, hit.first - 3), hit.first)):
        return True  # دورة تدريبية استهدفت منسوبي الشركة: its audience
    if lemma == "أسقط" and any(toks[k].base in LEGAL_OBJECTS or toks[k].norm in LEGAL_OBJECTS
                               for k in range(hit.last, min(b, hit.last + 5))):
        return True  # وأسقطت المحكمة هذه الملاحقات: charges dropped
    if lemma == "مقتل" and prev is not None and prev.norm == "في" and not nxt.is_word:
        return True  # أصابت أعداء الأمة في مقتل.: hit a vital spot (no one named killed)
    if lemma == "قمة" and tok.suffix in ("ها", "ه") and prev is not None and prev.norm in ("الي", "في"):
        return True  # وصلت الاختلافات إلى قمتها: at its peak
    if lemma == "هتف" and hit.d.pos == "verb" and tok.norm == "هتافات" and prev is not None and prev.norm == "وسط":
        return True  # خرجوا وسط هتافات وصيحات الاستحسان: cheering
    if lemma == "تظاهر" and hit.d.pos == "verb" and any(
            toks[k].norm in ("بانه", "بانها", "بانهم", "بان", "بالموت", "بالنوم") for k in range(hit.last, min(b, hit.last + 4))):
        return True  # تظاهر بأنه ميت: pretended
    if lemma == "مناورات" and prev is not None and (prev.stem in _ROOM or prev.norm == "علي" and hit.first - 2 >= a and
                                                    toks[hit.first - 2].stem.startswith(("قدر", "القدر"))):
        return True  # قدرته على المناورة، هامش المناورة: room to manoeuvre
    if lemma == "استعداد" and ("ال" in tok.prefixes[:1] or tok.stem.startswith("ال")) and not tok.suffix:
        return True  # الاستعداد للانتخابات: preparing, not a party's stated readiness (استعداده)
    if lemma == "حشد" and tok.stem.endswith("تعزيزات") and any(
            toks[k].norm == "علي" for k in range(max(a, hit.first - 4), hit.first)):
        return True  # غارات على مواقع وتعزيزات الميليشيات: what was struck, not a build-up
    if lemma == "طالب" and hit.d.pos == "verb" and tok.norm in ("طالبا", "وطالبا") and (
            nxt.norm.endswith("يا") or prev is not None and prev.stem in ("طالبه", "طالبات")):
        return True  # ٣٠ طالبة وطالبا سعوديا: a student
    if lemma == "طالب" and any(toks[k].norm in ("بالسياده", "بالسيطره") for k in range(hit.last, min(b, hit.last + 3))):
        return True  # وتطالب الصين بالسيادة على بحر الصين: a standing claim, not a demand made
    if lemma == "دعا" and (nxt.norm == "ب" or nxt.text.startswith("بـ")):
        return True  # هؤلاء يدعون بـ«المتداولين»: are called
    if lemma == "اعتذر" and any(toks[k].norm == "عن" and k + 1 < b and (
            toks[k + 1].stem in _DECLINED or toks[k + 1].base in _DECLINED or
            _unsuffixed(toks[k + 1].norm) in _DECLINED)  # (علاجه، تسليمهم: the segmenter keeps the pronoun)
            for k in range(hit.last, min(b - 1, hit.last + 8))):
        return True  # اعتذرت الوزارة عن التصريح لها، اعتذر عدد من المستشفيات عن علاجه: declined to
    if lemma == "دعا" and (nxt.base in _CAUSES or nxt.norm in _CAUSES or
                           prev is not None and prev.norm in ("التي", "الذي") and hit.first - 2 >= a and
                           toks[hit.first - 2].norm in _CAUSES):
        return True  # ودعا التصاعد في عدد القتلى القيادة إلى البحث، الأسباب التي دعت: prompted
    if lemma == "عذب" and (tok.norm in ("عذبا", "وعذبا") or
                           nxt.stem in _SWEET_THINGS or _unsuffixed(nxt.norm) in _SWEET_THINGS):
        return True  # جوا خصبا وعذبا، وعذب كلماته: sweet, not torture
    if lemma == "التزم" and any(toks[k].norm in _HOMES for k in range(hit.last, min(b, hit.last + 4))):
        return True  # والتزم السكان دورهم: stayed at home
    if lemma == "اقتحم" and any(toks[k].norm in _RESCUERS for k in range(hit.last, min(b, hit.last + 8))):
        return True  # جرى اقتحام المبنى من قبل وحدات الإنقاذ: rescuers broke in
    if lemma in ("قتل", "قتل_n") and any(toks[k].base in _PESTS or toks[k].norm in _PESTS
                                        for k in range(hit.last, min(b, hit.last + 6))):
        return True  # قتل رجال الدفاع المدني تلك الثعابين: animals killed
    if lemma == "أطلق النار" and any(toks[k].norm == "في" and toks[k + 1].base in ("الهواء", "الهوا")
                                     for k in range(hit.last, min(b - 1, hit.last + 4))):
        return True  # أطلقوا الرصاص في الهواء: warning shots
    if lemma == "أدان" and nxt.norm in ("له", "لها", "لهم") and hit.last + 1 < b and \
            (toks[hit.last + 1].norm in OWED or toks[hit.last + 1].base in OWED):
        return True  # تدين له بالولاء: owes him
    if lemma == "أدان" and (nxt.norm in OWED or nxt.base in OWED):
        return True  # جيش يدين بالولاء للوطن: owes
    if lemma == "دعا" and (nxt.norm in PRAYED_FOR or any(
            toks[k].norm == "الله" and toks[k - 1].stem in PRAYER_VERBS for k in range(hit.last + 1, min(b, hit.last + 12)))):
        return True  # حينما تدعو لهم، دعا بأن يحفظ الله المملكة: a prayer
    if lemma == "استدعى" and prev is not None and prev.norm in ("مما", "ما", "وهو", "وهذا"):
        return True  # مما استدعى إرسال بريد: "which required", no one summoned
    if lemma == "اتهم" and tok.norm.startswith("فات") and prev is not None and prev.norm in ("ما", "لما"):
        return True  # استرجاع ما فاتهما: what they missed (فات), not "so he accused them"
    if lemma == "دعا" and tok.text.replace("\u0640", "").replace("\u064e", "").startswith("ودّ"):
        return True  # ودّعتك: bade farewell (ودّع), not و + دعا
    if lemma in ("وعد", "منح") and any(toks[k].norm in GOD or toks[k].base in GOD
                                       for k in range(max(a, hit.first - 2), min(b, hit.last + 3))):
        return True  # فوعدهم الله النصر، منحنا الله قيادة رشيدة: God's promise or gift
    if lemma == "رحب" and any(toks[k].stem in ("بدايه", "مستهل") and k + 1 < b and
                              toks[k + 1].stem in ("لقاء", "استقبال", "اجتماع", "زياره")
                              for k in range(hit.last, min(b - 1, hit.last + 7))):
        return True  # ورحب المحافظ في بداية اللقاء بالمطيري: greeted a guest
    if lemma == "حذر" and prev is not None and (prev.stem in CALM or prev.base in CALM):
        return True  # هدوءا حذرا: a cautious calm, no warning
    if lemma == "سجن" and prev is not None and (prev.stem in PRISON_STAFF or prev.base in PRISON_STAFF):
        return True  # ضابط سجن، إدارة السجن: the prison, no one imprisoned
    if lemma == "أيد" and any(toks[k].stem in RULINGS or toks[k].base in RULINGS
                              for k in range(hit.last, min(b, hit.last + 4))):
        return True  # أيدت محكمة النقض حكما: a court upholds a ruling
    if lemma in ("رفض", "رفض_n") and any(toks[k].stem in APPEALS or toks[k].base in APPEALS
                                         for k in range(hit.last, min(b, hit.last + 4))):
        return True  # ورفضت المحكمة الطعن: a court dismisses an appeal
    if lemma == "اتفق" and prev is not None and prev.norm in ("نحو", "بما", "ما") and tok.norm[:1] in "يت":
        return True  # على نحو يتفق وأفكارهم، بما يتفق مع: "in line with"
    if lemma == "التزم" and prev is not None and prev.norm in ("مدي", "بمدي", "ومدي"):
        return True  # مدى التزام المنازل باللوائح: the extent of compliance
    if lemma == "اتصال" and tok.stem in ("هاتف", "هواتف") and (
            "ال" in tok.prefixes or (prev is not None and prev.stem in DEVICE_HEADS)):
        return True  # خطوط هاتف، عبر الهاتف: the telephone, not a call
    if lemma == "طالب" and (nxt.norm in STUDENT_NEXT or (prev is not None and (
            prev.norm[:1].isdigit() or prev.stem in STUDENT_COUNTS))):
        return True  # 130 طالبا وطالبة، طالب الدكتوراه المبتعث: students
    if lemma == "تعليق" and (nxt.norm in ("علي", "عليه", "عليها", "عليهم") or (
            prev is not None and prev.norm in ("في", "دون", "بدون", "اي", "له", "لها"))):
        return True  # في تعليق له على، دون تعليق: a comment, not a suspension
    if lemma == "صادر" and ("ال" in tok.prefixes or nxt.norm in ("عن", "عنه", "عنها", "بحق", "بتاريخ", "في")):
        return True  # القرار الصادر بحقه، بيان صادر عن الرئاسة: "issued", not "confiscated"
    if lemma == "دعم" and tok.norm in ("دعما", "ودعما") and nxt.norm[:1] == "ل":
        return True  # وصول تعزيزات عسكرية ... دعماً للوحدات: "in support of" qualifies another act
    if lemma == "هدد" and prev is not None and prev.norm in ("ما", "مما", "بما"):
        return True  # ستعد مساسا بوحدة سوريا ما يهدد بالدخول في دوامة: "which risks"
    if lemma in ("هدد", "تهديد") and any(
            toks[k].stem in ENDANGERED or toks[k].base in ENDANGERED
            for k in range(hit.last, min(b, hit.last + 3))):
        return True  # تهدد أمنها واستقرارها، تهديده الجسيم للحقوق: endangers, no threat made
    if lemma == "حذر" and any(toks[k].stem in THE_PUBLIC or toks[k].base in THE_PUBLIC
                              for k in range(hit.last, min(b, hit.last + 7))):
        return True  # وحذرت إدارة الدفاع المدني المواطنين والمقيمين: a safety notice
    if lemma in ("دعا", "ناشد", "طلب", "طالب", "حث") and any(
            toks[k].stem in THE_PUBLIC or toks[k].base in THE_PUBLIC or
            toks[k].stem in APPLICANTS or toks[k].base in APPLICANTS for k in range(hit.last, min(b, hit.last + 7))):
        # ودعت الوزارة المتقدمين لسرعة حجز موعد، دعا المواطنين إلى الابتعاد، وطالب إمام المسجد
        # الحرام شباب الأمة بالتمسك: a notice or an exhortation to the public, no political request
        return True
    if lemma == "مظاهرة" and (nxt.norm in SHOW_ADJ or nxt.base in SHOW_ADJ):
        return True  # بمظاهرة بحرية يقودها الرئيس، تظاهرة ثقافية: a show, a festival
    if lemma == "دعا":
        for k in range(hit.last, min(b, hit.last + 5)):
            t = toks[k]
            if t.norm in ("الي", "الى", "إلى") or "ل" in t.prefixes:
                break
            if t.norm in GOD or t.base in GOD:
                return True  # ودعا الله تعالى للشهداء بالرحمة: a prayer
        after = toks[hit.last + 1] if nxt.norm in ("الي", "الى") and hit.last + 1 < b else nxt
        if after.stem in FEELINGS or after.base in FEELINGS or after.norm[1:] in FEELINGS:
            return True  # أمر يدعو للفخر، ما يدعو إلى القلق: calls for a feeling
    if lemma == "وافق" and any(toks[k].norm == "علي" and (toks[k + 1].base in ADMIN_DECISIONS or
                                                           toks[k + 1].norm in ADMIN_DECISIONS)
                               for k in range(hit.last, min(b - 1, hit.last + 6))):
        return True  # وافق مجلس الوزراء على تعيينات، على تفويض وزير النقل: an administrative decision
    if lemma == "وافق" and tok.norm[:1] in "يت" and prev is not None and prev.norm in DAY_SUBJECTS:
        return True  # اليوم يوافق دخول الدر: the day falls on
    if lemma == "نفى" and any(toks[k].stem in REPORTED_NEWS or toks[k].norm in REPORTED_NEWS
                              for k in range(hit.last, min(b, hit.last + 8))):
        return True  # نفى المتحدث باسم طالبان نبأ وفاة حقاني، نفى ما تردد: a news item corrected
    if lemma == "توقيع" and nxt.stem.startswith("الكترون"):
        return True  # التوقيع الإلكتروني: an electronic signature
    if lemma == "وعد" and "\u0651" in tok.text:
        return True  # وعدّ محافظ المؤسسة: عدّ "considered", written with its shadda
    if lemma == "وعد":
        for k in range(hit.last, min(b - 1, hit.last + 4)):
            if toks[k].norm in CONSIDERED and toks[k + 1].norm.endswith("ا"):
                return True  # وعدَّ السديس ذلك عدواناً: "considered it", عدّ after و
        if tok.norm == "وعد" and not any("ب" in toks[k].prefixes or toks[k].norm in ("ان", "انه", "انها", "بان")
                                         or toks[k].norm.startswith(("بان", "ان"))
                                         for k in range(hit.last, min(b, hit.last + 14))):
            return True  # وعدّ الأمين العام في بيان الزيارة خطوة كبيرة: no بـ, no أن: considered
    if lemma == "حمل المسؤولية" and not tok.suffix and tok.stem[:1] == "ت" and hit.last - hit.first == 2 \
            and nxt.norm not in ("ل", "لـ") and not nxt.norm.startswith("ل"):
        return True  # وتحمل مسؤولية كبيرة: bore responsibility (تحمّل), no one held responsible
    if lemma == "أبلغ" and (nxt.stem in ("مصدر", "مصادر") or nxt.base in ("مصدر", "مصادر")):
        return True  # أبلغ مصدر قبلي «عكاظ»: a source told the newspaper
    if lemma == "استقبل" and (any(toks[k].stem in RECEIVED_CASES or toks[k].base in RECEIVED_CASES
                                 for k in range(hit.last, min(b, hit.last + 10))) or
                             hit.d.pos == "verb" and hit.last < b and (
                                 toks[hit.last].stem in FACILITIES or toks[hit.last].base in FACILITIES)):
        # استقبلت العيادات أكثر من 1600 حالة: patients, calls, requests; a clinic or a hospital
        # receiving (its subject) hosts no one's visit
        return True
    if lemma == "تعاون" and prev is not None and (prev.norm in COURTESY or prev.base in COURTESY):
        return True  # أشاد بحسن التعاون والاستقبال: courtesy
    if lemma == "دعم" and prev is not None and (prev.norm in AMOUNT_HEADS or prev.base in AMOUNT_HEADS):
        return True  # إجمالي الدعم: subsidies
    if lemma == "شكر" and tok.norm in ("شكرا", "فشكرا", "وشكرا"):
        return True  # فشكراً خادم الحرمين، #شكرا_عزام: a writer's "thank you", no one's act
    if lemma == "أبلغ" and any(toks[k].base in AUTHORITIES or toks[k].norm in AUTHORITIES
                               for k in range(hit.last, min(b, hit.last + 6))):
        return True  # أبلغ أفراد من الجالية السلطات: a tip-off to the police, no consultation
    if lemma == "شكر" and (nxt.norm in GOD or nxt.base in GOD):
        return True  # أشكر الله على هذا الإنجاز: thanks to God
    if lemma == "حذر" and (any(toks[k].norm == "كل" and toks[k + 1].norm == "من"
                               for k in range(hit.last, min(b - 1, hit.last + 9))) or any(
            toks[k].norm in HAZARDS or toks[k].base in HAZARDS for k in range(hit.last, min(b, hit.last + 8)))):
        return True  # وتحذر كل من تسول له نفسه، حذرت من المخاطر المصاحبة للأمطار: generic, a notice
    if lemma == "وقع" and tok.stem == "توقع" and any(
            toks[k].norm in ("ان", "بان", "انه", "انها") for k in range(hit.last, min(b, hit.last + 6))):
        return True  # وتوقع رئيس الاتحاد أن ...: expected (توقّع), not "she signs"
    if lemma == "طالب" and (tok.norm.endswith("الطالب") or nxt.norm in ("علم", "العلم") or (
            prev is not None and prev.norm in ("حياته", "حياتها"))):
        return True  # المعلم والطالب، طالب علم، بدأ حياته طالبا: a student
    if lemma == "اتصال" and tok.stem in ("هاتف", "هواتف") and (
            nxt.norm in DEVICE_ADJ or nxt.base in DEVICE_ADJ):
        return True  # هاتف ذكي، الهواتف المحمولة: a telephone set
    if lemma == "تعليق" and prev is not None and prev.norm == "علي" and hit.first - 2 >= a and \
            toks[hit.first - 2].base in ("الحصول", "حصول", "للحصول"):
        return True  # حاول الحصول على تعليق: a comment
    if lemma == "ناشد" and any(toks[k].base in ("دعاء", "الدعاء") or toks[k].norm in ("بالدعاء", "الدعاء")
                               for k in range(hit.last, min(b, hit.last + 4))):
        return True  # وناشدت بالدعاء له: asked for prayers
    if lemma in ("زيارة", "زار") and any(toks[k].stem in FAMILY or toks[k].base in FAMILY
                                         for k in range(hit.last, min(b, hit.last + 4))):
        return True  # زيارة أخيه لوالدته، زار والده في المستشفى: a family visit
    if lemma in ("زيارة", "زار") and any(
            toks[k].stem in FACILITIES or toks[k].base in FACILITIES
            for k in range(hit.last, min(b, hit.last + (6 if hit.d.pos == "verb" else 2)))
            if not toks[k].norm[:1].isdigit()
            and not any(toks[j].norm in ("الي", "في") for j in range(hit.last, k))):
        # زار محافظ عنيزة مستشفى الملك سعود (its subject may come between), بزيارات تفتيشية، زار
        # ١١ طبيباً: a visit to a place, an inspection or a patient's visit to doctors, with no
        # counterpart to consult
        return True
    if lemma in ("مقتل", "قتل", "قتل_n") and any(toks[k].stem in ANIMALS or toks[k].base in ANIMALS
                                                 for k in range(hit.last, min(b, hit.last + 3))):
        return True  # مقتل أشهر أسد في زيمبابوي: an animal, no political violence
    if lemma == "أبلغ" and tok.suffix in ("هم", "هن", "هما") and prev is not None and prev.suffix == tok.suffix \
            and len(prev.stem) == 4 and prev.stem[:1] == "ا":
        return True  # من أبرزهم وأبلغهم: "the most eloquent of them", an elative
    if lemma in ("دعم", "وافق") and any(toks[k].stem in TECH or toks[k].base in TECH or toks[k].norm in TECH
                                        for k in range(max(a, hit.first - 4), min(b, hit.last + 4))):
        return True  # الكمبيوتر يدعم تقنية يو إس بي، توافق البرامج: a device's support, software compatibility
    if lemma == "دعم" and any(toks[k].base in MARKETS or toks[k].norm in MARKETS
                              for k in range(hit.last, min(b, hit.last + 4))):
        return True  # يؤمن البرنامج دعما قويا للسوق: support for a market or a currency
    if lemma == "دعا" and any(toks[k].base in MARKET_ACTS or toks[k].norm in MARKET_ACTS
                              for k in range(hit.last, min(b, hit.last + 3))):
        return True  # وتدعو إلى البيع: advice to sell
    if lemma == "دعا" and any(toks[k].norm in BLESSINGS for k in range(hit.last, min(b, hit.last + 5))):
        return True  # يدعو لصاحبها الراحل بالمغفرة: a prayer
    if lemma == "علق" and (nxt.base in ("الامر", "امر") or any(
            toks[k].norm in ("علي", "عليه", "عليها") for k in range(hit.last, min(b, hit.last + 8)))):
        return True  # ويعلق السفير ... على الموقف: comments; سواء تعلق الأمر: whether it concerns
    if lemma == "طلب" and any(toks[k].stem in GREETINGS or toks[k].base in GREETINGS
                              for k in range(hit.last, min(b, hit.last + 8))):
        return True  # طلب الرئيس نقل تحياته إلى أخيه: a courtesy
    if lemma == "مقتل" and prev is not None and prev.norm == "في" and any(
            toks[k].stem in HIT_VERBS or toks[k].base in HIT_VERBS for k in range(max(a, hit.first - 3), hit.first)):
        return True  # لتصيب في مقتل كل من يبرر: hits a vital spot
    if lemma == "صادر" and any(toks[k].stem in ABSTRACT_OBJECTS or toks[k].base in ABSTRACT_OBJECTS
                               for k in range(hit.last, min(b, hit.last + 2))):
        return True  # مصادرة دورها، مصادرة الأعراف: confiscating a role, a custom (figurative)
    if lemma == "حشد" and nxt.norm == "من" and hit.last + 1 < b and (
            toks[hit.last + 1].base in CROWDS or toks[hit.last + 1].norm in CROWDS):
        return True  # استهدف الهجوم حشدا من الشباب: a crowd, no mobilisation
    if lemma == "ضرب" and any(toks[k].stem in ("عصافير", "عصفورين", "عصفور") for k in range(hit.last, min(b, hit.last + 4))):
        return True  # ضرب ثلاثة عصافير بحجر واحد: an idiom
    if lemma in NORM_LEMMAS and any(toks[k].base in DOCUMENTS or toks[k].norm in DOCUMENTS
                                   for k in range(max(a, hit.first - 8), hit.first)):
        return True  # ما نص عليه الدستور ودعت إلى، المواثيق تمنع وترفض: a text's norm, no act
    if lemma in ("رفض", "رفض_n", "أدان", "ندد", "استنكر") and any(
            toks[k].base in SCOURGES or toks[k].norm in SCOURGES for k in range(hit.last, min(b, hit.last + 3))) and any(
            toks[k].norm in ALL_FORMS for k in range(hit.last, min(b, hit.last + 6))):
        return True  # رفضه الإرهاب بكافة صوره وأشكاله: a general stance, not an act on anyone
    if lemma == "حذر" and any(toks[k].norm in ("من", "ان", "بان", "انه", "انها") for k in range(hit.last, min(b, hit.last + 6))) \
            and not any(toks[k].stem in THREAT_CUES or toks[k].base in THREAT_CUES or toks[k].norm in THREAT_CUES
                        for k in range(hit.last, min(b, hit.last + 20))):
        return True  # وحذرت الحركة من أن مخطط التهجير في مراحله الأخيرة: a warning, no threat
    if lemma in ("رفض", "رفض_n") and any(toks[k].base in WITHHELD or toks[k].norm in WITHHELD
                                         for k in range(hit.last, min(b, hit.last + 4))):
        return True  # ورفض تحديد موعد، رفض التعليق: declined to say, nothing refused to anyone
    if lemma == "دعا" and prev is not None and prev.norm in IMPERSONAL_SUBJECTS:
        return True  # الوضع يدعو للتوقف، هذا يدعو إلى: the situation "calls for"
    if lemma == "اقتحم" and (nxt.base in FIELDS or nxt.norm in FIELDS):
        return True  # اقتحمت مجال التصوير: entered a field (of work), no storming
    if lemma == "فيتو" and prev is not None and (prev.stem in HOLDING or prev.base in HOLDING):
        return True  # تملك حق النقض: holds the veto, casts none
    if lemma == "طالب" and prev is not None and (prev.stem in CHANTS or prev.base in CHANTS):
        return True  # وسط صيحات تطالب الانتقام: the crowd's chants, no one's demand
    if lemma == "التقى" and prev is not None and prev.norm.startswith(("ال", "وال", "بال", "لل", "كال")) and \
            tok.norm.startswith("والتق") and nxt.norm.startswith("وال"):
        return True  # والورع والتقى والزهد: piety (التُّقى) between nouns, not "met"
    return False


def _unsplit_purpose(tok) -> bool:
    """لتجفيف، لإقناع: ل + a masdar (تفعيل، إفعال، افتعال...) the segmenter left whole."""
    w = tok.norm
    return tok.stem == w and len(w) >= 5 and w[0] == "ل" and w[1] in "تا"


def sentenced(doc: Document, hit: Hit, a: int) -> bool:
    """أصدرت محاكم أحكاما بالإعدام: بـ + the noun after a court's sentence."""
    toks = doc.tokens
    return "ب" in toks[hit.first].prefixes[:1] and any(
        toks[k].stem in SENTENCING or toks[k].base in SENTENCING for k in range(max(a, hit.first - 6), hit.first))
    # (قضت في مايو الماضي غيابيا بإعدام القرضاوي: a date and a manner between)


def figurative(doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> bool:
    """اغتيال لبنان، ضربا من الخيال، تلقت الشركة ضربة قوية، تظاهرة ثقافية: no violence or
    protest meant."""
    toks = doc.tokens
    nxt = toks[hit.last] if hit.last < b else None
    if nxt is None:
        return False
    if nxt.norm in ("الشمس", "شمس"):
        return True  # ضربات الشمس: sunstroke
    f = index.found_at[hit.last]
    if f is not None and f.entry is not None and f.entry.source in ("country", "capital"):
        return True  # محاولة لإعادة اغتيال لبنان
    if nxt.norm == "من" and toks[hit.first].norm in ("ضربا", "ضرب"):
        return True  # ضربا من الخيال
    if toks[hit.first].norm == "فجرا":
        return True  # اعتقل فجرا: "at dawn", not "the two blew up"
    if toks[hit.first].stem == "فجر" and ("ال" in toks[hit.first].prefixes or
            nxt.stem in DAWN_AFTER or nxt.norm in DAWN_AFTER or nxt.norm[:1].isdigit() or
            (hit.first > a and (toks[hit.first - 1].norm in DAWN_BEFORE or toks[hit.first - 1].stem in DAWN_BEFORE))):
        return True  # فجر أمس، في فجر الأربعاء، صلاة الفجر: dawn
    if nxt.stem in IGNITED or nxt.base in IGNITED:
        return True  # فجروا الزوبعة، فجر أزمة: sparked a storm, a crisis
    if toks[hit.first].stem.startswith(("فجر", "يفجر", "تفجر")) and any(
            toks[k].stem in ("مفاجاه", "مفاجات") for k in range(hit.last, min(b, hit.last + 8))):
        return True  # فجر حسام غالي لاعب الأهلي مفاجأة: sprang a surprise
    if toks[hit.first].stem.startswith(("فجر", "يفجر", "تفجر")) and toks[hit.first].suffix in ("ها", "ه") and any(
            toks[k].stem in IGNITED or toks[k].base in IGNITED for k in range(max(a, hit.first - 8), hit.first)):
        return True  # فضيحة الفساد التي فجرها القضاء الأمريكي: the scandal it set off
    if toks[hit.first].stem.startswith("ضرب") and "ال" not in toks[hit.first].prefixes and any(
            toks[k].norm in JUDGED_AS or toks[k].stem in JUDGED_AS or (
                toks[k].norm in ("شكل", "مثل") and ("\u0651" in toks[k].text or (k > a and toks[k - 1].norm == "ما")))
            for k in range(max(a, hit.first - 8), hit.first)) \
            and not near_words(doc, hit, a, b, VIOLENCE_WORDS, 12):
        # (شكّل، مثّل and وهو ما شكل are verbs; bare مثل is "like", شكل "form")
        return True  # اعتبرت نتائج الانتخابات ضربة كبيرة لأردوغان: judged a blow (no violence near)
    if (nxt.stem in FIGURATIVE_ADJ or nxt.norm in FIGURATIVE_ADJ) and \
            not near_words(doc, hit, a, b, VIOLENCE_WORDS, 12):
        return True
    return False


QUANTITIES = cue("QUANTITIES")


def amounts(doc: Document, hit: Hit, b: int) -> bool:
    """يبلغ عمقه الأقصى 16 مترا، تبلغ قيمتها مليون دولار: بلغ "amounts to", not أبلغ "informs"."""
    for k in range(hit.last, min(b, hit.last + 3)):
        t = doc.tokens[k]
        if t.norm[:1].isdigit() or t.stem in QUANTITIES or t.norm in QUANTITIES or t.base in QUANTITIES:
            return True
    return False


def usurp(doc: Document, index: ActorIndex, hit: Hit, b: int) -> bool:
    """اغتصاب حق/أرض/السلطة، اغتصاب فلسطين: the object is a right, land or a country."""
    if hit.last < b:
        f = index.found_at[hit.last]
        if f is not None and f.entry is not None and f.entry.source in ("country", "place", "capital"):
            return True
    return any(doc.tokens[k].stem in USURP_WORDS or doc.tokens[k].norm in USURP_WORDS
               for k in range(hit.last, min(b, hit.last + 2)))


def near_words(doc: Document, hit: Hit, a: int, b: int, words, window: int, before: bool = True) -> bool:
    lo = max(a, hit.first - window) if before else hit.first
    for k in range(lo, min(b, hit.last + window)):
        t = doc.tokens[k]
        if t.stem in words or t.base in words or t.norm in words:
            return True
    return False


_SITE_WORDS = cue("_SITE_WORDS")
DECLARING = cue("DECLARING")


def declared(doc: Document, hit: Hit, a: int) -> bool:
    """أعلنت المرجعية احتجاجها، لنقل احتجاج إيران الشديد: a verb of saying governs the noun
    (its subject may stand in between)."""
    for k in range(hit.first - 1, max(a, hit.first - 8) - 1, -1):
        t = doc.tokens[k]
        if t.stem in DECLARING or t.norm in DECLARING or t.base in DECLARING:
            return True
    return False


def state_actor_near(doc: Document, index: ActorIndex, hit: Hit, a: int) -> bool:
    """A government body or state is the actor of this clause (احتجاجا، مذكرة احتجاج)."""
    ca, _ = clause_bounds(doc, hit.first, a, hit.first + 1)
    around = unique_founds(index, ca, hit.first)
    if hit.d.pos == "verb":  # احتجت وزارة الخارجية الإيرانية على: the subject after the verb
        around += [f for f in unique_founds(index, hit.last, min(len(doc.tokens), hit.last + 3))
                   if f.first < hit.last + 2][:1]
    for f in around:
        if slot_of(doc, index, f.first, ca) in ("في", "ب") or is_place(f):
            continue  # تظاهروا في القاهرة: a place, not a government
        if any(doc.tokens[k].stem in _SITE_WORDS or doc.tokens[k].norm in _SITE_WORDS
               for k in range(max(ca, f.first - 2), f.first)):
            continue  # تجمعوا حول مقر سفارة استونيا احتجاجا: where they protest, not who
        ent = index.entity_at[f.first]
        sector = ent.sector if ent is not None else (f.entry.sector if f.entry else None)
        if sector == "GOV" and f.entry is not None and f.entry.source in ("body", "title", "country", "capital",
                                                                           "person"):
            return True
    return False


def military(doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> bool:
    if near_words(doc, hit, a, b, LABOUR_WORDS, 12):
        return False
    # a state adjective right after: إضراب أمريكي، الإضراب الإسرائيلي
    f = index.found_at[hit.last] if hit.last < len(doc.tokens) else None
    if f is not None and f.entry is not None and f.entry.source == "nisba":
        return True
    if near_words(doc, hit, a, b, MILITARY_WORDS, 6):
        return True
    # a target: على + place
    for k in range(hit.last, min(b, hit.last + 3)):
        if doc.tokens[k].norm == "علي" and k + 1 < b:
            return True
    return bool(doc.scratch.get("military_context"))


SPORTS_WORDS = cue("SPORTS_WORDS")
#: words that are sports words in no other sense, counted to tell a sports article
_SPORTS_ONLY = SPORTS_WORDS - frozenset("""الفريق فريق الفريقين الفريقان معسكر المعسكر تدريبات التدريبات مهاجم
المهاجم مهاجما الحارس حارس الحكم التعاقد للتعاقد صفقه الصفقه صفقات الموسم""".split())


def sports_context(doc: Document) -> bool:
    """Whether the article is sports news (five or more words of sport only)."""
    n = 0
    for t in doc.tokens:
        if t.stem in _SPORTS_ONLY or t.base in _SPORTS_ONLY or t.norm in _SPORTS_ONLY:
            n += 1
            if n >= 5:
                return True
    return False


def sports_clause(doc: Document, ca: int, cb: int) -> bool:
    """A clause of a sports article that speaks of sport."""
    return bool(doc.scratch.get("sports_context")) and any(
        t.stem in SPORTS_WORDS or t.base in SPORTS_WORDS or t.norm in SPORTS_WORDS for t in doc.tokens[ca:cb])


def military_context(doc: Document, triggers: TriggerIndex) -> bool:
    """Whether the article is about military action (for sense decisions)."""
    n = 0
    for t in doc.tokens:
        if t.stem in MILITARY_WORDS:
            n += 1
        defs = triggers.single.get(t.stem)
        if defs and defs[0].type == "ASSAULT":
            n += 1
    return n >= 4



def decide_sense(doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> tuple[str, str | None]:
    """The type and mode of a trigger in context (the ``sense`` column of triggers.tsv)."""
    d = hit.d
    for test, new_type in d.sense:
        if test == "mil" and military(doc, index, hit, a, b):
            return new_type, ("aerial" if near_words(doc, hit, a, b, {"جوي", "جويه", "جويا", "طائرات"}, 6)
                              else None)
        if test == "envoy" and near_words(doc, hit, a, b, ENVOY_WORDS, 10, before=False):
            return new_type, "disapprove"
        if test == "court" and near_words(doc, hit, a, b, COURT_WORDS, 6):
            return new_type, "convict"
        if test == "sentence" and sentenced(doc, hit, a):
            return new_type, "convict"  # أصدرت محاكم أحكاما بالإعدام: a sentence, not (yet) an execution
        if test == "pledge" and any(doc.tokens[k].base in ("ان", "بان") for k in
                                    range(hit.last, min(b, hit.last + 5))):
            return new_type, None  # توعد أن يكون رئيسا للجميع: a vow, not a threat
        if test == "gov" and doc.tokens[hit.first].stem not in ("احتجاجات",) and \
                (state_actor_near(doc, index, hit, a) or declared(doc, hit, a)):
            # (موجة احتجاجات: protests in the plural are demonstrations, never a complaint)
            # a government's protest is a diplomatic complaint; a protest announced or
            # conveyed (أعلنت احتجاجها، نقل احتجاج إيران) is a statement, not a demonstration
            return new_type, "disapprove"
        if test == "verbal" and verbal(doc, index, hit, a, b):
            return new_type, "disapprove"  # criticism, not violence
        if test == "usurp" and usurp(doc, index, hit, b):
            return "", None  # no event: the caller drops it
        if test == "embargo" and near_words(doc, hit, a, b, EMBARGOED, 6, before=False):
            return new_type, "discontinue"  # الحظر الروسي على واردات الأغذية، حظرا على إرسال الأسلحة: an embargo
        if test == "hostage" and near_words(doc, hit, a, b, HOSTAGE_WORDS, 9, before=False):
            return new_type, "abduct"  # واحتجزت 68 رهينة: hostage-taking
        if test == "amount" and amounts(doc, hit, b):
            return "", None  # يبلغ عمقه 16 مترا: amounts to, no event
        if test == "fig" and figurative(doc, index, hit, a, b):
            return "", None  # a figure of speech: the caller drops it
        if test == "other" and other_sense(doc, hit, a, b, index):
            return "", None  # another reading of the word (a course "targets" its audience)
        if test == "test" and near_words(doc, hit, a, b, NUCLEAR_WORDS, 4, before=False):
            return new_type, "weapons"  # فجرت كوريا الشمالية قنبلتها الذرية: a weapons test
    mode = d.mode
    if d.type == "ASSAULT" and not mode:
        if near_words(doc, hit, a, b, {"جويه", "جوي", "جويا", "طائرات", "مقاتلات", "الطيران"}, 5):
            mode = "aerial"
        elif near_words(doc, hit, a, b, {"مسيره", "مسيرات", "درون"}, 5):
            mode = "drone"
    return d.type, mode
