"""Actor mentions as event arguments: slots, subjects, objects and fallbacks.

These helpers read the ``Found`` mentions the actors stage indexed by token
(:class:`hadath.actors.ActorIndex`) and answer the questions role finding asks: which
preposition a mention depends on (also through a genitive: بأمر ترامب), whether a nisba
is an adjective of an ordinary noun (طائرة إيرانية), what is coordinated with what
(X و Y), what the clause's subject is, who a relative clause hangs on, and which state
to fall back on when no recipient is named.
"""

from __future__ import annotations

from ..actors import ActorIndex
from ..document import Document, Participant
from ..entities import Found, adjective_form
from .cues import cue
from .lexicon import Hit
from .syntax import QUOTE_MARKS, is_boundary, preposition

SKIP_BETWEEN = frozenset("قد لقد ان انه انها كان كانت".split())
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان".split())


def slot_of(doc: Document, index: ActorIndex, ti: int, floor: int, _members: bool = True) -> str | None:
    """The preposition an actor mention depends on, also through one or two nouns it is
    the genitive of (بأمر ترامب، على المنشآت النووية في إيران -> في), and through the
    members of a group (على يد أفراد من قوة حرس الحدود -> على_يد; عناصر من داعش هاجموا -> none)."""
    f = index.found_at[ti]
    if f is not None and f.first == ti and ti - 1 >= floor and body_adjective(index, f) and \
            any(p in ("ل", "ب") for p in doc.tokens[ti - 1].prefixes) and \
            not [p for p in doc.tokens[ti].prefixes if p != "ال"]:
        # شكره للحكومة السعودية، لحكومة قطر: the state of a body shares the body's slot
        return slot_of(doc, index, ti - 1, floor, _members)
    if f is not None and f.first == ti and ti - 1 >= floor and adjective(doc, index, f) and \
            not doc.tokens[ti].prefixes[1:] and "ال" in doc.tokens[ti - 1].prefixes[-1:] and \
            "ال" in doc.tokens[ti].prefixes[:1]:
        # بشأن الأزمة السورية: a state adjective shares the slot of the noun it qualifies
        return slot_of(doc, index, ti - 1, floor, _members)
    p = preposition(doc, ti, floor)
    if p == "ل" and ti - 1 >= floor and _indefinite_head(doc, index, ti - 1):
        # على مواقع لتنظيم داعش: ل after an indefinite noun marks its owner, so the name takes
        # the slot of that noun (على), not a slot of its own
        q = slot_of(doc, index, ti - 1, floor, _members)
        if q is not None:
            return q
        if doc.tokens[ti - 1].norm.endswith("ا") and len(doc.tokens[ti - 1].norm) > 4 or \
                ti - 2 >= floor and doc.tokens[ti - 2].norm.isdigit():
            # قصفت أهدافا للتنظيم، قصفت 7 أهداف للحزب: the owner of the object noun is the object
            return None
    if p is not None:
        return _through_members(doc, index, ti, p, floor) if _members else p
    k = ti - 1
    steps = 0
    while k >= floor and steps < 2:
        t = doc.tokens[k]
        g = index.found_at[k]
        if g is not None and g.last == k + 1 and g.first - 1 >= floor and g.entry is not None and \
                g.entry.source == "nisba" and "ال" in t.prefixes[:1] and adjective(doc, index, g) and \
                "ال" in doc.tokens[g.first - 1].prefixes[-1:] and doc.tokens[g.first - 1].stem in PLACE_HEADS:
            k = g.first - 1  # في العاصمة النمساوية فيينا: the state adjective of a place noun in apposition
            continue
        if (index.found_at[k] is not None and has_code(index, index.found_at[k])) or is_boundary(doc, k) or \
                not t.is_word or t.norm in ("و",) or t.norm in _ADVERBS_OF_TIME:
            # (في مكتبه أمس السفير: a time adverb heads no construct; the envoy is no genitive)
            return None  # (a generic head with no state of its own, قوات الناتو، is passed through)
        p = preposition(doc, k, floor)
        if p is not None:
            return _through_members(doc, index, k, p, floor) if _members else p
        if t.norm in _HONORIFIC_WORDS or t.base in _HONORIFIC_WORDS:
            k -= 1  # من صاحب السمو الشيخ سيف بن زايد: honorifics do not count
            continue
        if "ال" in t.prefixes:  # a definite noun is not the head of a construct with a name
            return None
        k -= 1
        steps += 1
    return None


#: honorifics and styles between a preposition and a name (من صاحب السمو الشيخ سيف بن زايد)
_HONORIFIC_WORDS = cue("HONORIFICS") | frozenset({"الشيخ", "دوله"})
def content_gap(doc: Document, lo: int, hi: int) -> int:
    """Tokens in lo..hi that are neither honorifics nor time adverbs (اتصالا هاتفيا اليوم من
    صاحب السمو الشيخ سيف: two)."""
    return sum(1 for k in range(lo, hi) if doc.tokens[k].norm not in _HONORIFIC_WORDS and
               doc.tokens[k].norm not in _ADVERBS_OF_TIME)


#: time adverbs that stand between a verb's phrases (في مكتبه أمس السفير الأمريكي)
_ADVERBS_OF_TIME = frozenset("امس اليوم غدا الان مساء صباح ظهر".split())


def _indefinite_head(doc: Document, index: ActorIndex, k: int) -> bool:
    """Token k is a plain indefinite noun (مواقع، أهدافا) that a ل-phrase can belong to."""
    t = doc.tokens[k]
    return t.is_word and not t.prefixes and not t.suffix and index.found_at[k] is None and \
        t.stem[:1] not in "يت" and len(t.stem) >= 4


#: members of a group (عناصر من داعش، أفراد من الشرطة): the group acts through them
MEMBERS = frozenset("""عناصر عنصر مسلحون مسلحين مسلحو مقاتلون مقاتلين مقاتلو اعضاء عضو افراد فرد
مجموعه""".split())


def _through_members(doc: Document, index: ActorIndex, k: int, p: str, floor: int) -> str | None:
    """The slot of "من X" after a members noun is the members noun's own slot."""
    toks = doc.tokens
    if p == "من" and k - 2 >= floor and toks[k - 1].norm == "من" and toks[k - 2].stem in MEMBERS:
        return slot_of(doc, index, k - 2, floor, _members=False)
    return p


def token_at(doc: Document, offset: int) -> int | None:
    import bisect

    starts = doc.scratch.get("token_starts")
    if starts is None:
        starts = [t.start for t in doc.tokens]
        doc.scratch["token_starts"] = starts
    k = bisect.bisect_right(starts, offset) - 1
    return k if k >= 0 else None


LOCATIVE = frozenset("""
وسط قرب بالقرب مقربه شمال جنوب شرق غرب شمالي جنوبي شرقي غربي امام داخل خارج ضواحي اطراف مدخل
""".split())
PLACE_HEADS = frozenset("مدينه بلده قريه منطقه حي محافظه اقليم ولايه مخيم سفاره قنصليه مقر مبني عاصمه "
                         "مدن بلدات قري مناطق محافظات مخيمات".split())


_WITH_PARTNERS = frozenset({"COOPERATE", "SUPPORT", "AID", "CONSULT", "AGREE"})
#: nouns of backing after بـ (بدعم من، بمساندة، بغطاء جوي من)
_BACKING = frozenset("دعم مسانده اسناد غطاء مشاركه تنسيق مساعده".split())


def _backer(doc: Document, f: Found, floor: int) -> bool:
    """بدعم من طيران التحالف، بمساندة قوات التحالف: who backs the actor, not the target."""
    for k in range(f.first - 1, max(floor, f.first - 5) - 1, -1):
        t = doc.tokens[k]
        if not t.is_word or t.norm in ("،", ","):
            return False
        if t.stem in _BACKING and "ب" in t.prefixes[:1]:
            return True
        if t.norm == "مع" and k - 1 >= floor and doc.tokens[k - 1].norm.startswith(_SOLIDARITY):
            return True  # تظاهروا تضامنا مع الشعب الفلسطيني: on their side, not whom they protest
    return False


#: solidarity with someone (تضامنا مع، تضامنهم مع)
_SOLIDARITY = ("تضامن", "وتضامن", "للتضامن")


#: nouns of a state's land, borders, coasts, skies and side (الأراضي السورية، الحدود التركية)
_LAND = frozenset("اراضي حدود سواحل ساحل اجواء مياه جانب".split())


def locative(doc: Document, ti: int, floor: int) -> bool:
    """وسط مدينة تلعفر، قرب كركوك، شمال بغداد: a place named after a locative noun."""
    k = ti - 1
    while k >= floor and k >= ti - 2 and doc.tokens[k].stem in PLACE_HEADS:
        k -= 1  # أمام مقر السفارة الإسرائيلية
    return k >= floor and (doc.tokens[k].base in LOCATIVE or doc.tokens[k].stem in LOCATIVE)


def where(doc: Document, index: ActorIndex, ca: int, cb: int, sentence: bool = True) -> str | None:
    """The state where the clause (else, with ``sentence``, the sentence) takes place: a
    place after في/بـ."""
    sent = doc.sentences[doc.tokens[ca].sent]
    spans = ((ca, cb), (sent.token_start, sent.token_end)) if sentence else ((ca, cb),)
    for lo, hi in spans:
        codes = [code_of(index, f) for f in unique_founds(index, lo, hi)
                 if f.entry is not None and f.entry.source in ("place", "capital", "country")
                 and (slot_of(doc, index, f.first, lo) in ("في", "ب") or locative(doc, f.first, lo))
                 and not _office_state(doc, index, f, lo) and not on_the_border(doc, f)]
        codes += [code_of(index, f) for f in unique_founds(index, lo, hi)
                  if _place_nisba(doc, f, lo) and not on_the_border(doc, f)]
        codes = [c for c in codes if c and len(c) == 3 and c not in ("IGO", "UNO", "EUR", "IMG")]
        if codes:
            return codes[0]
    return None


def on_the_border(doc: Document, f: Found) -> bool:
    """على الحدود مع العراق، قرب الحدود السورية: a state after "the border with", or the state
    adjective of a border (the place is on this side of it)."""
    if f.entry is not None and f.entry.source == "nisba" and f.first >= 1 and \
            doc.tokens[f.first - 1].stem in ("حدود", "حدودها", "حدوده"):
        return True
    return f.first >= 2 and doc.tokens[f.first - 1].norm == "مع" and doc.tokens[f.first - 2].stem in _LAND


#: the nouns of a deal whose partner is named after مع (الاتفاق النووي مع إيران; not talks:
#: رحب بتحقيق تقدم في المفاوضات مع ترمب, his own talks)
DEAL_NOUNS = frozenset("اتفاق الاتفاق اتفاقيه الاتفاقيه صفقه الصفقه".split())


def deal_topic(d) -> bool:
    """Events of which a deal may be the object (رفض الاتفاق، دعا إلى تأييده), not those that make
    one (nor endorsements: يصادق على الاتفاق النووي مع إيران keeps Iran, the deal's other side)."""
    return d.type in ("REQUEST", "REJECT", "ACCUSE", "THREATEN")


def deal_partner(doc: Document, f: Found, after: int) -> bool:
    """The state after مع that names the other side of a deal told after ``after``
    (تدعم الاتفاق النووي مع إيران): it belongs to that noun, not to the event before it."""
    k = f.first - 1
    if k < 1 or doc.tokens[k].norm != "مع":
        return False
    return any(doc.tokens[j].base in DEAL_NOUNS or doc.tokens[j].norm in DEAL_NOUNS
               for j in range(max(after, k - 2), k))


def _office_state(doc: Document, index: ActorIndex, f: Found, floor: int) -> bool:
    """وزير الداخلية بدولة الإمارات، رئيس مجلس الوزراء بمملكة البحرين: the state or city of an
    office, not where the event happens."""
    k = f.first - 1
    if k >= floor and doc.tokens[k].norm in ("بدوله", "دوله", "بمملكه", "مملكه") and index.found_at[k] is not f:
        k -= 1
    elif k > floor and doc.tokens[k].norm == "في" and f.entry is not None and f.entry.source == "country":
        k -= 1  # وزير الداخلية في الإمارات: a state after في and an office is the office's
    g = index.found_at[k] if k >= floor else None
    return g is not None and g is not f and g.entry is not None and g.entry.source in ("title", "body")


def _place_nisba(doc: Document, f: Found, floor: int) -> bool:
    """في المنطقة القبلية الباكستانية، في مدينة عراقية: a state adjective of a place noun."""
    if f.entry is None or f.entry.source != "nisba":
        return False
    for k in range(f.first - 1, max(floor, f.first - 3) - 1, -1):
        t = doc.tokens[k]
        if t.stem in PLACE_HEADS:
            return preposition(doc, k, floor) in ("في", "ب")
        if not t.is_word:
            return False
    return False


def other_party(doc: Document, index: ActorIndex, hit: Hit, recips: list[Found], a: int) -> list[Found]:
    """The nearest state named before, in this or the previous sentence, that is not the recipient."""
    codes = {code_of(index, f) for f in recips}
    sent = doc.tokens[hit.first].sent
    lo = doc.sentences[sent - 1].token_start if sent > 0 else a
    for f in reversed(unique_founds(index, lo, hit.first)):
        if code_of(index, f) not in codes and f.entry is not None and \
                f.entry.source in ("country", "capital", "nisba") or (f.entry is None and code_of(index, f)
                                                                      not in codes):
            return [f]
    return []


def relative_antecedent(doc: Document, index: ActorIndex, ca: int) -> Found | None:
    """The actor a relative clause (الذي، التي) hangs on, when the clause starts with one."""
    toks = doc.tokens
    if ca > 0 and toks[ca - 1].base in RELATIVES:
        rel = ca - 1
    elif toks[ca].base in RELATIVES:
        rel = ca
    else:
        return None
    k = rel - 1
    if k >= 0 and toks[k].norm in ("،", ","):
        k -= 1
    f = index.found_at[k] if k >= 0 else None
    return f if f is not None and has_code(index, f) else None


def is_place(f: Found) -> bool:
    return f.entry is not None and f.entry.source in ("place", "capital")


def has_code(index: ActorIndex, f: Found) -> bool:
    ent = index.entity_at[f.first]
    return bool((ent is not None and ent.country) or (f.entry is not None and f.entry.country))


def unique_founds(index: ActorIndex, a: int, b: int) -> list[Found]:
    out: list[Found] = []
    for t in range(a, b):
        f = index.found_at[t]
        if f is not None and (not out or out[-1] is not f) and f.first >= a and has_code(index, f):
            out.append(f)
    return out


def unique(fs: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in fs:
        if f not in out:
            out.append(f)
    return out


def gap_ok(doc: Document, end: int, ti: int) -> bool:
    """Only a particle (قد، لقد، إن...) may stand between a subject and its verb; quotation
    marks are transparent (المجلس «يصادق» على الاتفاق)."""
    gap = [k for k in range(end, ti) if doc.tokens[k].norm not in QUOTE_MARKS]
    return all(doc.tokens[k].base in SKIP_BETWEEN or doc.tokens[k].norm in SKIP_BETWEEN for k in gap) \
        and len(gap) <= 1


def adjective(doc: Document, index: ActorIndex, f: Found) -> bool:
    """A nisba after an ordinary noun modifies it (طائرة إيرانية): not a subject."""
    if f.entry is None or f.entry.source != "nisba" or f.first == 0:
        return False
    prev = doc.tokens[f.first - 1]
    return index.found_at[f.first - 1] is None and prev.is_word


def body_adjective(index: ActorIndex, f: Found) -> bool:
    """A state right after a government body or title (للحكومة السعودية): it qualifies it."""
    if f.entry is None or f.entry.source not in ("nisba", "country") or f.first == 0:
        return False
    g = index.found_at[f.first - 1]
    return g is not None and g.entry is not None and g.entry.source in ("body", "title")


def drop_modifiers(doc: Document, founds: list[Found]) -> list[Found]:
    """رئيس وزراء قطر: the state after a title is part of the same noun phrase."""
    out: list[Found] = []
    for f in founds:
        if out and f.first == out[-1].last and f.entry is not None and \
                (f.entry.source in ("nisba", "country", "capital") or _org_adjective(doc, f)) and \
                out[-1].entry is not None and out[-1].entry.source in ("title", "body", "group"):
            continue  # (المبعوث الأممي: the UN's envoy)
        if out and f.first == out[-1].last and f.entry is not None and f.entry.source == "nisba":
            continue
        out.append(f)
    return out


def _org_adjective(doc: Document, f: Found) -> bool:
    """An organisation named by its adjective (الأممي، الأطلسية): an alias ending as a nisba."""
    return f.entry is not None and f.entry.source == "org" and f.entry.alias and adjective_form(doc, f)


#: nouns that head an actor's name in a coordination (ومسلحي طالبان، وعناصر حزب الله)
_HEAD_NOUNS = frozenset("مسلحي مقاتلي عناصر انصار قوات جنود قاده زعماء ممثلي اعضاء وفد حكومه".split())


def coordinated(doc: Document, f: Found, after: list[Found]) -> list[Found]:
    """Actors joined to ``f`` by و: X و Y (و Z)."""
    out = []
    cur = f
    toks = doc.tokens
    for g in after:
        if g.first <= cur.first:
            continue
        comma = cur.last < len(toks) and toks[cur.last].norm in ("،", ",") and g.first == cur.last + 1
        if g.first == cur.last and g.entry is not None and g.entry.source == "nisba" and \
                "و" not in toks[g.first].prefixes:
            cur = g  # الرئيس الأمريكي: the adjective of the name so far
            continue
        if comma and "و" not in toks[g.first].prefixes and g.last < len(toks) and toks[g.last].norm in ("،", ","):
            cur = g  # الرئيس الأمريكي، دونالد ترامب، وزعيم كوريا الشمالية: an apposition between commas
            continue
        if comma and "و" in toks[g.first].prefixes:
            out.append(g)
            cur = g
            continue
        if g.first == cur.last and "و" in doc.tokens[g.first].prefixes:
            out.append(g)
            cur = g
        elif g.first == cur.last + 1 and doc.tokens[cur.last].norm == "و":
            out.append(g)
            cur = g
        elif g.first == cur.last + 1 and "و" in doc.tokens[cur.last].prefixes and \
                doc.tokens[cur.last].stem in _HEAD_NOUNS:
            out.append(g)  # بين قوات الناتو ومسلحي طالبان: و + a head noun + its genitive
            cur = g
        elif g.first > cur.last:
            break
    return out


def clause_subject(doc: Document, index: ActorIndex, ca: int, ti: int) -> list[Found] | None:
    """The first actor of the clause, before the trigger and outside any prepositional phrase."""
    for f in unique_founds(index, ca, ti):
        if slot_of(doc, index, f.first, ca) is None and not adjective(doc, index, f):
            return [f]
    return None


def sentence_subject(doc: Document, index: ActorIndex, a: int, b: int) -> list[Found] | None:
    for f in unique_founds(index, a, min(b, a + 8)):
        if slot_of(doc, index, f.first, a) is None:
            return [f]
        break
    return None


#: prepositions of a topic (سياسته إزاء سوريا، حول إيران): what they name is talked about, not a party
TOPIC_SLOTS = frozenset("تجاه حول ازاء بشان حيال".split())


#: named only as the addressee of an appeal (مناشدا المجتمع الدولي): a party to an event only
#: when the clause makes it one (an object or a preposition), never by nearness
_ADDRESSEES_ONLY = frozenset({"org:international_community"})


def addressee_only(f: Found) -> bool:
    """المجتمع الدولي: named as whom an appeal is made to, not as a doer (see _ADDRESSEES_ONLY)."""
    return f.entry is not None and f.entry.id in _ADDRESSEES_ONLY


def speaks_for(doc: Document, title: Found, f: Found) -> bool:
    """المتحدث باسم الخارجية الأمريكية: the body right after a spokesman's title is whom he
    speaks for, part of his noun phrase (not a party to what he says or does)."""
    return f.first == title.last and title.entry is not None and title.entry.source == "title" and \
        doc.tokens[title.last - 1].norm in ("باسم", "لسان")


def fallback_recipient(doc, index, hit: Hit, actors: list[Found], ca: int, cb: int) -> list[Found]:
    """The nearest other state or actor named in the clause: after the trigger first."""
    codes = {code_of(index, f) for f in actors}
    ents = {id(index.entity_at[f.first]) for f in actors}
    all_founds = [f for f in unique_founds(index, ca, cb) if f not in actors
                  and id(index.entity_at[f.first]) not in ents
                  and not any(speaks_for(doc, g, f) for g in actors)
                  and not (f.entry is not None and f.entry.sector == "MED")  # وفق ما نقلت فرانس برس
                  and not (f.entry is not None and f.entry.id in _ADDRESSEES_ONLY)
                  and not (f.entry is not None and f.entry.sector == "UAF")  # (انتحاري: an attacker)
                  and not (hit.d.type != "ASSAULT" and on_the_border(doc, f))  # (أمنها على الحدود مع سوريا)
                  and not (f.first > hit.last and deal_topic(hit.d) and
                           deal_partner(doc, f, hit.last))]  # (مجموعات تدعم الاتفاق مع إيران)
    if hit.d.type == "ASSAULT":
        # غارات على القواعد الخلفية لحزب العمال بالعراق، على الحدود مع العراق وسورية: where it
        # hit (the state a strike hit with no target named is taken from where() by the caller)
        kept = [f for f in all_founds if f.first < hit.first or not _where_it_hit(doc, index, f, ca)]
        if len(kept) < len(all_founds) and not [f for f in kept if code_of(index, f) not in codes] and \
                not [f for f in kept if f.first >= hit.last and f.entry is not None and
                     f.entry.source in ("group", "org", "body")]:
            return []  # (قتل مسلحون من حركة الشباب 67 شخصا في نيروبي: Kenya, by where())
        all_founds = kept
    founds = [f for f in all_founds if code_of(index, f) not in codes]
    if not founds:  # domestic politics: the king and his government are both MAR
        founds = [f for f in all_founds if f.entry is not None and f.entry.source in ("body", "title", "group",
                                                                                        "person", "org")]
    # سياسة أردوغان إزاء سوريا، حول إيران: a topic is not a party; فوق الأراضي السورية، قرب
    # الحدود السورية: a state adjective of its land is a place, not a party
    founds = [f for f in founds if slot_of(doc, index, f.first, ca) not in TOPIC_SLOTS
              # بدعم من طيران التحالف: on the actor's side (a partner in a cooperation)
              and not (hit.d.type not in _WITH_PARTNERS and _backer(doc, f, ca))
              and not (f.entry is not None and f.entry.source == "nisba" and f.first > ca and
                       (doc.tokens[f.first - 1].stem in _LAND or doc.tokens[f.first - 1].stem in PLACE_HEADS))]
    actorlike = [f for f in founds if not (f.entry is not None and f.entry.source == "place")]
    founds = actorlike or founds  # المكتب البيضاوي is where, not whom
    if hit.d.type in ("CONSULT", "AGREE", "COOPERATE"):
        # قمة تاريخية في سنغافورة: the venue of a meeting is not a party to it
        founds = [f for f in founds if slot_of(doc, index, f.first, ca) != "في"]
    elif hit.d.type not in ("ASSAULT", "COERCE", "PROTEST"):
        # وقعت المفوضية الأوروبية ببروكسل، دعا في بيان صدر في القاهرة: a city after في/بـ is
        # where it was done, not to whom (but whom a raid, an arrest or a protest in a city hit
        # or addressed is that city's)
        founds = [f for f in founds if not (f.entry is not None and f.entry.source in ("capital", "place") and
                                            slot_of(doc, index, f.first, ca) in ("في", "ب"))]
    after = [f for f in founds if f.first >= hit.last]
    before = [f for f in founds if f.last <= hit.first]
    if hit.d.mode == "visit":
        # وصل ولي العهد إلى القاهرة في زيارة تأتي بعد توقيع الاتفاق الإيراني: where he went
        dest = [f for f in before if slot_of(doc, index, f.first, ca) == "الي"]
        if dest:
            return [dest[-1]]
    if after:
        return [after[0]]
    if before:
        return [before[-1]]
    return []


def _where_it_hit(doc: Document, index: ActorIndex, f: Found, ca: int) -> bool:
    """A state or place after في/بـ, or on the border with it (الحدود مع العراق وسورية)."""
    if f.entry is None or f.entry.source not in ("country", "capital", "place") or f.first <= ca:
        return False
    if slot_of(doc, index, f.first, ca) in ("في", "ب"):
        return True
    k = f.first - 1
    if doc.tokens[k].norm == "و" or "و" in doc.tokens[f.first].prefixes[:1]:
        g = index.found_at[k - 1] if doc.tokens[k].norm == "و" and k - 1 > ca else index.found_at[k]
        if g is not None and g is not f:
            return _where_it_hit(doc, index, g, ca)  # (... وسورية: the second of two)
    return on_the_border(doc, f) and f.first - 2 >= ca


def code_of(index: ActorIndex, f: Found) -> str | None:
    ent = index.entity_at[f.first]
    if ent is not None and ent.country:
        return ent.country
    return f.entry.country if f.entry is not None else None


def participants(doc: Document, index: ActorIndex, founds: list[Found]) -> list[Participant]:
    out: list[Participant] = []
    for f in founds:
        p = index.participant(doc, f.first, f.last)
        if p is not None and not any(p.code == q.code and p.entity == q.entity and (p.text == q.text or p.entity)
                                     for q in out):  # (العاصمة اليمنية صنعاء: Yemen once)
            out.append(p)
    return out
