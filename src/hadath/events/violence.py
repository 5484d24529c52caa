"""Violence: how Arabic news tells attacks, beyond the trigger words.

Passives spelt like actives (قُتل / قتل) and read from their context, the harm a trigger
is in itself (a killing, a bombing), unnamed attackers and casualties, accidents that are
no assault, conditional threats (سيطلقون النار إذا ...), claims of responsibility and
relative clauses that describe someone rather than report a deed.  Used by
:mod:`hadath.events.engine`.
"""

from __future__ import annotations

from ..actors import ActorIndex
from ..document import Document, Event
from ..entities import Found
from .arguments import RELATIVES, has_code, participants
from .cues import cue
from .lexicon import Hit
from .syntax import PREPOSITIONS


def condition_after(doc: Document, lo: int, b: int) -> list[Found] | None:
    """إذا اقترب الفلسطينيون من الحدود: a condition after the violent verb, with the actors it
    names (the threatened), or None when there is no condition."""
    index = doc.scratch.get("actor_index")
    toks = doc.tokens
    for k in range(lo, min(b, lo + 8)):
        if toks[k].norm in ("اذا", "واذا") or (toks[k].norm == "حال" and k > 0 and toks[k - 1].norm == "في"):
            named = [index.found_at[j] for j in range(k + 1, min(b, k + 6))
                     if index is not None and index.found_at[j] is not None]
            return [f for i, f in enumerate(named) if f not in named[:i]]
    return None


#: cue-word sets here come from data/lexicons/cues.tsv (the rows whose use starts "violence:")
_ACCIDENTS = cue("ACCIDENTS")
_VEHICLES = frozenset("مركبه المركبه سياره السياره سيارتين مركبتين شاحنه الشاحنه حافله الحافله قطار القطار "
                      "مركب المركب قارب القارب سفينه السفينه عباره العباره صندل الصنادل صنادل".split())


#: vehicles an attack can hit while they carry people (the carried are its targets)
_CARRIERS = _VEHICLES | frozenset("موكب الموكب قافله القافله دوريه الدوريه طائره الطائره مروحيه المروحيه "
                                  "اليه الاليه اليات الاليات حافلات الحافلات سيارات السيارات".split())
_CARRYING = cue("CARRYING")
_CLAUSE_END = frozenset("، ؛ ; . ( ) ! ? ؟ , :".split())
#: words right before the vehicle that make it the target (على سيارة، استهدفت حافلة، لدى مرور موكب)
_AT_THE_VEHICLE = cue("AT_THE_VEHICLE")


def carried_targets(doc: Document, index: ActorIndex, ca: int, cb: int) -> list[Found]:
    """على سيارة تقل ثلاثة من نشطاء «سرايا القدس»، لدى مرور حافلة تقل عناصر من الحرس الثوري:
    whom the vehicle an attack hit was carrying (a vehicle that carries the attackers is the
    subject, not after على / استهدف / مرور)."""
    toks = doc.tokens
    for k in range(ca + 1, cb - 1):
        t = toks[k]
        if not (t.stem in _CARRIERS or t.base in _CARRIERS):
            continue
        p = toks[k - 1]
        if not (p.norm in _AT_THE_VEHICLE or p.stem in _AT_THE_VEHICLE):
            continue
        j = k + 1
        while j < cb and j <= k + 3 and toks[j].stem not in _CARRYING and toks[j].norm not in _CARRYING:
            j += 1  # (سيارة مدنية تقل، حافلة كانت تقل)
        if j >= cb or j > k + 3:
            continue
        for m in range(j + 1, min(cb, j + 7)):
            if toks[m].norm in _CLAUSE_END:
                break
            f = index.found_at[m]
            if f is not None and has_code(index, f) and (
                    f.entry is None or f.entry.source not in ("capital", "place")):
                return [f]
    return []


def animal_attack(doc: Document, hit: Hit, ca: int, cb: int) -> bool:
    """وقامت سمكة القرش بالهجوم على اللاعب، هاجم دب سائحا: an animal attacks (right before or
    after the trigger), no political violence."""
    toks = doc.tokens
    return any(toks[k].stem in _ANIMALS or toks[k].base in _ANIMALS
               for k in range(max(ca, hit.first - 3), min(cb, hit.last + 4)))


def accident(doc: Document, ca: int, cb: int) -> bool:
    """حادث سير، حادث مرور، تحطم طائرة: an accident in the clause; بسبب الفيضانات، جراء
    السيول: deaths by a natural disaster."""
    toks = doc.tokens
    for k in range(ca, cb - 1):
        if toks[k].stem in ("حادث", "حادثه") and toks[k + 1].stem in _ACCIDENTS:
            return True
        if toks[k].stem == "تحطم":
            return True
        if toks[k].stem in ("اصطدام", "انقلاب", "اصطدم", "غرق", "حادث") and any(
                toks[j].stem in _VEHICLES or toks[j].base in _VEHICLES
                for j in range(k + 1, min(cb, k + (2 if toks[k].stem == "حادث" else 3)))) and \
                not any(toks[j].base in _RIGGED for j in range(k + 1, min(cb, k + 5))):
            # اصطدام المركبة، انقلاب سيارة، اصطدم مركب رحلات، غرق العبارة، حادث العبارة (not
            # حادث سيارة مفخخة: a car bomb)
            return True
    if any(toks[k].norm in ("حادث", "بحادث") and (k + 1 >= cb or not toks[k + 1].is_word or any(
            toks[j].stem == "طريق" for j in range(k + 1, min(cb, k + 4)))) for k in range(ca, cb)) \
            and not any(toks[j].base in _RIGGED or toks[j].stem in _VIOLENT_NEAR for j in range(ca, cb)):
        return True  # مصرع جيمس هورنر في حادث، في حادث على طريق الجوف: an accident, nothing violent named
    if any(toks[k].stem == "سقوط" and toks[k].suffix and toks[k + 1].norm == "من" for k in range(ca, cb - 1)) \
            and not any(toks[j].stem in _VIOLENT_NEAR or toks[j].stem in ("دفع", "رمي", "القاء") for j in range(ca, cb)):
        return True  # لقي عامل مصرعه عقب سقوطه من الدور العاشر: a fall, nothing violent named
    if any(toks[k].stem in _FIRES or toks[k].base in _FIRES for k in range(ca, cb)) and not _attack_named(
            doc, ca, cb, _ARSON) and not any(toks[k].norm.startswith(("اضرم", "واضرم", "احرق", "واحرق"))
                                             for k in range(ca, cb)):  # (أضرمه, kept whole)
        return True  # حرائق غابات أسفرت عن مقتل شرطي: a fire, no arson or attack named
    return any(toks[k].stem in _DISASTERS or toks[k].base in _DISASTERS for k in range(ca, cb))


_DISASTERS = cue("DISASTERS")
_FIRES = cue("FIRES")
#: arson (حريق متعمد، أضرم)
_ARSON = frozenset("متعمد المتعمد اضرام اضرم اضرموا احرق احراق".split())
#: attacks, weapons and shooting down: what makes a fire or a crash someone's deed (قصفت
#: خزانات الوقود، سقوط الطائرة بصاروخ)
_ATTACK_WORDS = frozenset("""قصف قصفت قصفوا غاره غارات هجوم استهداف استهدف استهدفت قذيفه قذائف صاروخ
صواريخ نيران اطلق اسقاط اسقط اسقطت اسقطوا مسلحون مسلحين""".split())
_QUARRELS = cue("PRIVATE_QUARRELS")
_AIRCRAFT = frozenset("طائره الطائره طائرات الطائرات مروحيه المروحيه".split())


def _attack_named(doc: Document, a: int, b: int, more: frozenset[str] = frozenset()) -> bool:
    """An attack, a weapon or (``more``) another deed named in tokens a..b, also behind a
    proclitic kept whole (بصاروخ)."""
    words = _ATTACK_WORDS | more
    return any(t.stem in words or t.base in words or t.norm[1:] in words or t.stem in _VIOLENT_NEAR
               for t in doc.tokens[a:b])


def air_crash(doc: Document, a: int, b: int) -> bool:
    """أن سقوط الطائرة أدى ... لقيا مصرعهما، وسقوطها ومقتل ركابها: an aircraft crashed in the
    sentence (تحطم، سقوط) and nothing shot it down: its dead are no attack's victims."""
    toks = doc.tokens
    if not any(toks[k].base in _AIRCRAFT or toks[k].stem in _AIRCRAFT for k in range(a, b)):
        return False
    return any(toks[k].stem in ("تحطم", "سقوط") for k in range(a, b)) and not _attack_named(doc, a, b)


def private_violence(doc: Document, a: int, b: int) -> bool:
    """على يد زوجها إثر خلاف عائلي، من شخص إثر سوء تفاهم، جريمة سرقة، بعد تصعيد التلاسن: a
    private quarrel or a common crime told in the sentence (on real news judged no political
    event)."""
    return any(doc.tokens[k].stem in _QUARRELS or doc.tokens[k].base in _QUARRELS for k in range(a, b))
_RIGGED = frozenset("مفخخه المفخخه ملغومه الملغومه مفخختين".split())
_VIOLENT_NEAR = frozenset("تفجير انفجار ارهابي ارهابيه اطلاق هجوم اعتداء مسلح مسلحين انتحاري".split())
_ANIMALS = cue("ATTACKING_ANIMALS")


def damma_passive(tok) -> bool:
    """قُتل، ودُمرت: a damma on the verb's first letter spells the passive out."""
    w = tok.text
    if w[:1] in ("و", "ف") and len(w) > 2 and w[2] == "\u064f":
        return True
    return len(w) > 1 and w[1] == "\u064f" and not tok.prefixes


#: verbs whose passive is written like the active (قُتل / قَتل)
VOICE_AMBIGUOUS = frozenset({"قتل", "اختطف"})
#: "other(s)" after a counted victim (جنديان آخران)
_OTHER_ONES = frozenset("اخر اخرين اخران اخرون اخرى اخريات".split())
#: forms of كان between a subject and its verb (كانت خطفت)
_KANA = frozenset("كان كانت كانوا كانا كانتا".split())
#: number words before a counted noun (ثلاثة جنود، أربعة إيطاليين)
NUMBER_WORDS = frozenset("""
اثنين اثنان اثنتين ثلاثه ثلاث اربعه اربع خمسه خمس سته ست سبعه سبع ثمانيه ثماني تسعه تسع عشره عشر
عشرات مئات الاف
""".split())
_VICTIMS = cue("VICTIMS")
_PASSIVE_CUES = cue("PASSIVE_CUES")


#: verbs read passive in a relative clause with no object (الجاسوس الذي اعتقل في 1985)
RELATIVE_PASSIVE = frozenset({"قتل", "اختطف", "اعتقل", "احتجز", "أعدم"})
#: how someone was killed, right after the verb (قتل حرقا)
_MANNER = frozenset("حرقا ذبحا شنقا خنقا طعنا رميا رجما غرقا".split())
_AFTER_RELATIVE_PASSIVE = frozenset("في منذ عام خلال اثناء بعد قبل عندما".split()) | _MANNER


def passive_in_relative(doc: Document, hit: Hit, a: int, b: int) -> bool:
    """الجاسوس الإسرائيلي الذي اعتقل في 1985، الصحفي الذي قتل أمس: after a relative pronoun, a
    verb with no object pronoun and a time or place right after it was done to the antecedent
    (an active one takes an object first: الذي اعتقل الصحفي)."""
    toks = doc.tokens
    tok = toks[hit.first]
    if hit.first - 1 < a or toks[hit.first - 1].norm not in RELATIVES or tok.suffix or tok.prefixes:
        return False
    nxt = toks[hit.last] if hit.last < b else None
    if nxt is not None and nxt.is_word and not (nxt.norm in _AFTER_RELATIVE_PASSIVE or nxt.norm in _NO_OBJECT
                                                 or nxt.norm[:1].isdigit()):
        return False
    return not any(toks[k].stem in _VICTIMS for k in range(hit.last, min(b, hit.last + 7)))  # (الذي قتل فيه 20 شخصا)


def passive_reading(doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> bool:
    """قتل جنديان أمريكيان وأصيب تسعة في هجوم، قتل 13 عراقيا، جنديين إسبانيين قتلا في هجوم:
    victims (a number or a victims' noun) as the subject and a wounded / by-what cue in the
    clause read قتل as passive; قتل مهاجم انتحاري 47 شخصا stays active."""
    toks = doc.tokens
    nxt = toks[hit.last] if hit.last < b else None
    first = hit.first - 1 if hit.first - 1 > a and toks[hit.first - 1].norm == "قد" else hit.first
    hit = Hit(first, hit.last, hit.d)  # (240 ألفا و381 شخصا قد قتلوا: قد stands between)
    prev = toks[hit.first - 1] if hit.first - 1 >= a else None
    if toks[hit.last - 1].suffix:
        return False  # قتلته الشرطة: an object pronoun, so the verb is active
    if nxt is not None and nxt.norm in _MANNER:
        return True  # قتل حرقا، قتل ذبحا: how he was killed (an active قتل takes its object first)
    if nxt is not None and nxt.norm in _PP_AFTER_PASSIVE and any(
            toks[k].norm in _PASSIVE_CUES or toks[k].stem in _PASSIVE_CUES for k in range(hit.last, min(b, hit.last + 8))):
        return True  # القيادي ... قتل مع 3 من مرافقيه بغارة جوية: an active قتل takes an object first
    victims_after = nxt is not None and (nxt.norm[:1].isdigit() or nxt.stem in _VICTIMS or nxt.norm in _VICTIMS
                                         or nxt.norm in ("وجرح", "واصيب"))  # قتل وجرح سبعة عشر سائحا
    victims_before = prev is not None and index.found_at[hit.first - 1] is not None and \
        hit.first - 2 >= a and toks[hit.first - 2].stem in _VICTIMS  # جنديين إسبانيين قتلا
    victims_before = victims_before or (prev is not None and (prev.stem in _VICTIMS or prev.norm in _VICTIMS))
    if not victims_before and prev is not None and prev.stem in _KANA and hit.first - 2 >= a:
        # امرأة فرنسية كانت خطفت في اليمن: a victim, then كان, then the verb
        back = index.found_at[hit.first - 2]
        k = back.first - 1 if back is not None else hit.first - 2
        victims_before = k >= a and (toks[k].stem in _VICTIMS or toks[k].norm in _VICTIMS)
    if not victims_before and prev is not None and index.found_at[hit.first - 1] is not None:
        # أربعة إيطاليين اختطفوا في ليبيا: counted nationals before the verb
        f = index.found_at[hit.first - 1]
        k = f.first - 1
        victims_before = f.entry is not None and f.entry.source == "nisba" and k >= a and \
            (toks[k].norm[:1].isdigit() or toks[k].stem in NUMBER_WORDS)
    if not victims_before and prev is not None and index.found_at[hit.first - 1] is not None:
        # 20 عنصرا من داعش قتلوا: counted members of a group before the verb
        f = index.found_at[hit.first - 1]
        k = f.first - 1
        victims_before = k - 1 >= a and toks[k].norm == "من" and (
            toks[k - 1].stem in _VICTIMS or toks[k - 1].norm in _VICTIMS or toks[k - 1].stem in _MEMBERS_COUNTED
            or toks[k - 1].norm in _MEMBERS_COUNTED)
    if not (victims_after or victims_before):
        return False
    if victims_after and not nxt.norm[:1].isdigit():
        # وقتل جندي تركي في اشتباك، وقتل جنديان آخران: a victim (and his state) and then no
        # object; an active قتل has one (قتل جندي إسرائيلي فلسطينيا)
        j = index.found_at[hit.last].last if index.found_at[hit.last] is not None else hit.last + 1
        while j < b and toks[j].is_word and (toks[j].norm in _OTHER_ONES or index.found_at[j] is not None and
                                             index.found_at[j].entry is not None and
                                             index.found_at[j].entry.source == "nisba" and
                                             not toks[j].norm.endswith("يا")):  # (فلسطينيا: an object)
            j += 1
        if j >= b or not toks[j].is_word or toks[j].norm in PREPOSITIONS or toks[j].norm in _NO_OBJECT:
            return True
    if victims_before and (nxt is None or not nxt.is_word or nxt.norm in _NO_OBJECT or nxt.norm == "في"):
        # سبعة جنود ليبيين قتلوا أمس، خمسة جنود قتلوا،: no object, so "were killed"; but an
        # object after the time (عناصر من جبهة النصرة اختطفوا مساء الأربعاء قائد الفرقة 30)
        # makes the verb active
        j = hit.last
        while j < b and toks[j].is_word and toks[j].norm in _NO_OBJECT:
            j += 1
        after_time = j > hit.last and j < b and toks[j].is_word and not toks[j].prefixes[:1] == ("ب",) and \
            toks[j].norm not in PREPOSITIONS and index.found_at[j] is not None and \
            index.found_at[j].entry is not None and index.found_at[j].entry.source in ("title", "person", "body")
        return not after_time
    return any(toks[k].norm in _PASSIVE_CUES or toks[k].stem in _PASSIVE_CUES
               for k in range(hit.last, min(b, hit.last + 14)))


_MEMBERS_COUNTED = cue("MEMBERS_COUNTED")
#: words that cannot be the object of an active قتل right after it (a time, a conjunction)
_NO_OBJECT = frozenset("""امس اليوم امس، اول الليله الليلة مساء صباح ظهر فجر يوم الاحد الاثنين الثلاثاء الاربعاء
الخميس الجمعه السبت خلال اثناء عندما حين بينما وجرح واصيب واصيبوا وجرحوا ايضا""".split())
#: words that follow a passive قُتل directly (the active قتل is followed by its subject or object)
_PP_AFTER_PASSIVE = frozenset("مع في جراء اثر خلال بنيران برصاص".split())


ATTACKERS = cue("ATTACKERS")


_CASUALTIES = cue("CASUALTIES")
#: triggers that are casualties or destruction in themselves (قتل مهاجم انتحاري 47 شخصا)
HARM_LEMMAS = frozenset({"قتل", "قتل_n", "مقتل", "اغتال", "اغتيل", "اغتيال", "فجر", "تفجير", "انفجر", "مجزرة"})


def casualties(doc: Document, ca: int, cb: int) -> bool:
    return any(doc.tokens[k].stem in _CASUALTIES or doc.tokens[k].base in _CASUALTIES for k in range(ca, cb))


def unnamed_attackers(doc: Document, ca: int, cb: int) -> bool:
    """مسلحون مجهولون، مهاجم انتحاري، طائرة بدون طيار: the actor is named, only not identified."""
    toks = doc.tokens
    return any(toks[k].stem in ATTACKERS or toks[k].base in ATTACKERS or (
        toks[k].norm in ("بدون", "بلا") and k + 1 < cb and toks[k + 1].norm == "طيار") for k in range(ca, cb))


_CLAIM_VERBS = cue("CLAIM_VERBS")
_RESPONSIBILITY = frozenset("مسؤوليه المسؤوليه".split())
_CLAIM_HEADS = cue("CLAIM_HEADS")


def claimed(doc: Document, index: ActorIndex, a: int, b: int, events: list[Event]) -> None:
    """وقد تبناه «تنظيم القاعدة في بلاد المغرب الإسلامي»، تبنت طالبان مسؤوليتها عن الهجوم: an
    attack whose authors were not named takes the group that claimed it in the same sentence."""
    anonymous = [e for e in events if e.type == "ASSAULT" and not e.negated
                 and (":anonymous" in e.rule or not e.actor or e.actor[0].code is None)]
    if not anonymous:
        return
    toks = doc.tokens
    for k in range(a, b):
        t = toks[k]
        claim = t.stem in _CLAIM_VERBS or t.norm in _CLAIM_VERBS
        if not claim and (t.stem in _RESPONSIBILITY or t.base in _RESPONSIBILITY):
            claim = any(toks[j].stem in _CLAIM_HEADS or toks[j].norm in _CLAIM_HEADS
                        for j in range(max(a, k - 5), k))
        if not claim:
            continue
        claimant = None
        for j in list(range(k + 1, min(b, k + 6))) + list(range(k - 1, max(a, k - 6) - 1, -1)):
            f = index.found_at[j]
            if f is not None and f.entry is not None and f.entry.source in ("group", "org") and has_code(index, f):
                claimant = f
                break
        if claimant is None:
            continue
        ps = participants(doc, index, [claimant])
        if not ps:
            return
        group = ps[0]
        for e in anonymous:
            e.actor = ps
            e.recipient = [p for p in e.recipient if not (p.code == group.code and p.entity == group.entity)]
            e.rule = e.rule.replace("anonymous", "claimed")
        return


def describes_someone(doc: Document, hit: Hit, a: int) -> bool:
    """A violent verb right after الذي/التي/الذين (a passive relative clause on a person); not
    when a resumptive pronoun makes it a time or place (يوم الأرض الذي قتل فيه ستة)."""
    k = hit.first - 1
    if k < a or doc.tokens[k].base not in RELATIVES or doc.tokens[hit.first].suffix:
        return False
    nxt = doc.tokens[hit.last] if hit.last < len(doc.tokens) else None
    return not (nxt is not None and nxt.norm in _RESUMPTIVE)


_RESUMPTIVE = frozenset("فيه فيها به بها خلاله خلالها عليه عليها منه منها".split())
