"""The event engine: triggers -> typed events with roles, modality and evidence.

For every sentence:

1. find triggers (single words by their stem, multi-word patterns by their first
   word), longest first;
2. decide the sense where the lexicon says the word is ambiguous (إضراب: labour
   strike or a mistranslated military strike; استدعى: summon an envoy or call); in
   sports news a clause about sport tells a match or a transfer, no political event;
3. fill actor and recipient from Arabic clause syntax following the trigger's frame:
   VSO and SVO subjects, objects, prepositional slots (also through a genitive:
   بأمر ترامب fills the بـ slot with Trump), agent phrases (من قبل، على يد), the
   nisba and genitive of an event noun, the subject of a light verb (شنت إسرائيل
   غارة) or its inverse (تعرضت قطر لهجوم), the antecedent of a relative clause, and
   dropped subjects taken from the same sentence, the speaker or the previous
   sentence; a missing recipient falls back to the nearest other state named in
   the clause;
4. read the modality around the trigger (negation, hypothesis, genericity, future,
   intention) and whether the event is told in someone's speech;
5. keep events with an actor; violence and protest with nobody named take "someone in
   <the state where it happened>" (an attack with casualties somewhere unknown: actor
   code null, sector UAF); a protest's recipient is its target, else its own country;
   future meetings and deals become AGREE (an expressed intent), dated on the day they
   were announced; a refusal to concede is REJECT, a conditional future attack THREATEN.

How attacks are told (passives, harm, unnamed attackers, claims, accidents) is in
:mod:`hadath.events.violence`; sense decisions in :mod:`hadath.events.sense`; modality in
:mod:`hadath.events.modality`; protest targets in :mod:`hadath.events.protest`.  Dates
(:mod:`hadath.events.dates`), deduplication (:mod:`hadath.events.dedup`, which keeps
events at different named places apart), locations (:mod:`hadath.places`) and glosses
(:mod:`hadath.gloss`) follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..actors import ActorIndex
from ..config import is_state_code
from ..document import Document, Event, Participant, Span
from ..entities import Found, adjective_form
from .anchoring import (
    CONDEMN,
    MASDAR_LIGHT,
    REFERENCE_HEADS,
    TIME_PREPS,
    anchored,
    dated_clause,
    named_by_reference,
    purpose,
    reference,
)
from .arguments import (
    RELATIVES,
    addressee_only,
    adjective,
    body_adjective,
    clause_subject,
    code_of,
    content_gap,
    coordinated,
    deal_partner,
    deal_topic,
    drop_modifiers,
    fallback_recipient,
    gap_ok,
    has_code,
    is_place,
    locative,
    on_the_border,
    other_party,
    participants,
    relative_antecedent,
    sentence_subject,
    slot_of,
    speaks_for,
    token_at,
    unique,
    unique_founds,
    where,
)
from .cues import cue
from .dates import FUTURE_AS_AGREE
from .fuzzy import FuzzyPlaces
from .lexicon import Hit, TriggerDef, TriggerIndex
from .modality import HABITUAL, modality
from .protest import PROTESTER_NOUNS, THE_PROTESTERS, own_country, protest_target, protesters_in
from .sense import decide_sense, sports_clause
from .syntax import (
    COUNT_WORDS,
    LIGHT_VERBS,
    PREPOSITIONS,
    PUNCT_BOUNDARY,
    QUOTE_MARKS,
    clause_bounds,
    is_boundary,
    preposition,
)
from .violence import (
    ATTACKERS,
    HARM_LEMMAS,
    NUMBER_WORDS,
    RELATIVE_PASSIVE,
    VOICE_AMBIGUOUS,
    accident,
    air_crash,
    animal_attack,
    carried_targets,
    casualties,
    claimed,
    condition_after,
    damma_passive,
    describes_someone,
    passive_in_relative,
    passive_reading,
    private_violence,
    unnamed_attackers,
)

_ANONYMOUS_SECTOR = {"ASSAULT": "UAF", "PROTEST": "CVL"}
_PASSIVE_MARKERS = frozenset("تم يتم سيتم جري يجري وتم ويتم".split())
WEAK_NOUN = 0.5  # event nouns below this prior need an explicit actor (a nisba, genitive, light verb)
_PLACE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "CONSULT", "AID", "SANCTION"})


@dataclass
class Args:
    subj: list[Found] = field(default_factory=list)
    obj: list[Found] = field(default_factory=list)
    slots: dict[str, list[Found]] = field(default_factory=dict)


@dataclass
class SentenceContext:
    last_subject: list[Found] | None = None  # from the previous sentence
    subject_seen: list[Found] | None = None  # the latest explicit subject in this sentence
    speaker: list[Found] | None = None  # the speaker of speech reported in this sentence
    speech_end: int = -1  # token index after which the reported content starts
    subject_at: dict[int, list[Found]] = field(default_factory=dict)
    clause_actors: dict[int, list[Found]] = field(default_factory=dict)
    victims: set[int] = field(default_factory=set)  # ids of the subjects of passive violence
    pair: tuple[list[Participant], list[Participant]] | None = None  # the last two parties that met
    call: tuple[list[Participant], list[Participant]] | None = None  # (caller, receiver) of a call this sentence


class EventExtractor:
    def __init__(self, triggers: TriggerIndex, gazetteer=None, reporting: frozenset[str] | None = None,
                 given: frozenset[str] = frozenset()) -> None:
        self.triggers = triggers
        #: given names that are no common word (a person no lexicon knows, named right after a verb)
        self.given = given
        if reporting is None:
            from ..quotes import load_cues

            reporting = reporting_verbs(load_cues())
        #: forms of the verbs of telling (their subject reports an event, it does not act)
        self.reporting = reporting
        self._variants: dict[tuple[str, int], TriggerDef] = {}
        self.fuzzy = FuzzyPlaces(gazetteer) if gazetteer is not None else None

    # -- 1. triggers --------------------------------------------------------------------
    def find_triggers(self, doc: Document, a: int, b: int, index: ActorIndex | None = None) -> list[Hit]:
        hits: list[Hit] = []
        toks = doc.tokens
        single, multi = self.triggers.single, self.triggers.multi
        i = a
        while i < b:
            t = toks[i]
            stem, norm, base = t.stem, t.norm, t.base
            if stem not in single and norm not in single and stem not in multi and norm not in multi \
                    and base not in multi:
                i += 1  # the common case: no trigger starts here
                continue
            f = index.found_at[i] if index is not None else None
            if f is not None and not (f.entry is not None and f.entry.source == "group"):
                i += 1  # دعم in تحالف دعم الشرعية is part of a name (المتظاهرون is not a name)
                continue
            best: Hit | None = None
            for key in {stem, norm, base}:
                for d in multi.get(key, ()):
                    n = len(d.rest)
                    if i + n < b and all(_word_eq(toks[i + 1 + k], d.rest[k]) for k in range(n)):
                        if best is None or n + 1 > best.last - best.first:
                            best = Hit(i, i + 1 + n, d)
                    elif best is None and d.pos == "verb" and n == 1 and d.rest[0] not in PREPOSITIONS \
                            and len(d.rest[0]) >= 3:
                        # فرض الرئيس الأمريكي، دونالد ترامب، عقوبات: the subject sits in between
                        for k in range(i + 2, min(b, i + 11)):
                            if _word_eq(toks[k], d.rest[0]):
                                best = Hit(i, i + 1, d)
                                break
                            if is_boundary(doc, k) and toks[k].norm not in ("،", ","):
                                break
            if best is None:
                defs = self.triggers.single.get(t.stem) or self.triggers.single.get(t.norm)
                if defs:
                    governed = any(toks[k].stem in LIGHT_VERBS or toks[k].norm in LIGHT_VERBS
                                   for k in range(max(a, i - 4), i))
                    d = _pick_pos(defs, t, governed)
                    if d.pos == "verb" and "ال" in t.prefixes and t.stem != d.lemma_form and \
                            t.stem not in _MASDARS_IN_VERB_ROWS and t.norm not in single:
                        # التخرج (graduation) is no تخرج "she goes out": an inflected verb form
                        # with the article is another word
                        d = None
                    elif d.pos == "verb" and (any(p in ("ال", "ب", "ك") for p in t.prefixes) or
                                            (governed and t.stem != d.lemma_form and t.stem.endswith("ات"))):
                        # الالتزام، والتعاون: a verb never takes the article; تلقى تعهدات: a plural
                        # after a light verb is its object noun
                        d = self._as_noun(d)
                    if d is not None and d.pos == "verb" and (len(t.stem) == 3 or t.stem in _NOUN_LIKE_VERBS) and (
                            t.stem == d.lemma_form or (
                            t.stem == t.norm and any(x.pos == "noun" for x in defs))) and \
                            not _verb_context(doc, index, i, a):
                        # حظر، قصف، دعم after an ordinary noun: the masdar, not the verb
                        d = next((x for x in defs if x.pos == "noun"), None)
                    # كتهديد "as a threat": a predicate, not an event
                    if d is not None and not (d.pos == "noun" and "ك" in t.prefixes):
                        best = Hit(i, i + 1, d)
            if best is not None and best.d.pos == "verb" and best.last - best.first > 1 and \
                    any(p in ("ال", "ب", "ل", "ك") for p in t.prefixes):
                best = Hit(best.first, best.last, self._as_noun(best.d))  # لفرض عقوبات: the masdar
            if best is not None and best.d.frame.no_object and toks[best.first].suffix:
                best = None  # النجاحات التي حققتها في مكافحة الإرهاب: achieved them, not investigated
            if best is not None and best.d.frame.unless and \
                    any(_word_in(toks[k], best.d.frame.unless) for k in range(best.last, min(b, best.last + 3))):
                best = None  # أجهزة الطرد المركزي، لم تعلق إيران على
            if best is not None:
                hits.append(best)
                i = best.last
            else:
                i += 1
        return hits

    def _as_passive(self, d: TriggerDef) -> TriggerDef:
        from dataclasses import replace

        from .lexicon import DEFAULT_FRAMES, parse_frame

        key = (d.lemma, -d.line)
        got = self._variants.get(key)
        if got is None:
            got = replace(d, voice="passive", frame=parse_frame(DEFAULT_FRAMES[("verb", "passive")]))
            self._variants[key] = got
        return got

    def _as_noun(self, d: TriggerDef) -> TriggerDef:
        from dataclasses import replace

        from .lexicon import DEFAULT_FRAMES, parse_frame

        key = (d.lemma, d.line)
        got = self._variants.get(key)
        if got is None:
            # (the words that rule the row out still do: الطلب الصيني is demand for goods)
            frame = replace(parse_frame(DEFAULT_FRAMES[("noun", "active")]), unless=d.frame.unless)
            got = replace(d, pos="noun", frame=frame, weight=round(d.weight * 0.8, 3))
            self._variants[key] = got
        return got

    # -- 3. roles -------------------------------------------------------------------------
    def arguments(self, doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> Args:
        """Actor mentions around the trigger, by syntactic slot."""
        args = Args()
        ca, cb = clause_bounds(doc, hit.first, a, b)
        founds = unique_founds(index, ca, cb)
        d = hit.d
        toks = doc.tokens
        after = [f for f in founds if f.first >= hit.last]
        before = [f for f in founds if f.last <= hit.first]
        if d.pos == "verb":
            # SVO: an actor right before the verb (after إن/أن or at the clause start)
            pre = next((f for f in reversed(before)
                        if slot_of(doc, index, f.first, ca) is None and (
                            gap_ok(doc, f.last, hit.first) or _affiliated_gap(doc, index, f, hit.first)
                            or _light_verb_gap(doc, f.last, hit))),
                       None)
            me = None
            if pre is not None and toks[hit.first].suffix in ("ني", "نا") and \
                    any(toks[j].norm in QUOTE_MARKS for j in range(pre.last, hit.first)):
                me, pre = pre, None  # وأوضح فابيوس «لقد دعاني نظيري الإيراني»: the speaker is "me", the object
            # أمام السفارة الإسرائيلية، قرب بغداد: a place, never the subject or the object
            post = [f for f in after if f.first - hit.last <= 8 and not locative(doc, f.first, hit.last)]
            bare = drop_modifiers(doc, [f for f in post if slot_of(doc, index, f.first, hit.last) is None])
            first_person = _first_person(doc.tokens[hit.first], d, self.triggers)
            antecedent = relative_antecedent(doc, index, ca)
            if antecedent is not None and pre is None and not doc.tokens[hit.first].suffix and not first_person:
                args.subj = [antecedent]  # الذي حدد قطر: the antecedent designated Qatar
            elif pre is not None and not first_person:
                args.subj = [pre] + coordinated(doc, pre, after)
            elif hit.first > ca and doc.tokens[hit.first - 1].base in TIME_PREPS and \
                    not doc.tokens[hit.first].prefixes and not doc.tokens[hit.first].suffix and \
                    bare and bare[0].first == hit.last:
                # عقب فرض الولايات المتحدة عقوبات: after a time preposition the verb's form is a
                # masdar, and the name right after it is its agent (not with a pronoun: بعد
                # استقباله الرئيس, his receiving the president)
                args.subj = [bare[0]] + coordinated(doc, bare[0], after)
            elif _pronoun_subject(doc, hit):
                pass  # وذكر أنه أبلغ رئيس الوزراء الياباني: "he" informed; the name after is the object
            elif not first_person and not (d.voice == "active" and d.frame.role("obj")
                                           and _object_first(doc, index, hit)) and \
                    not self._masdar_object_first(doc, hit, b):
                # هاجمت امرأتان مسلحتان القنصلية الأميركية، وأشاد الطبيب محمد المصري بالبرنامج: a
                # subject the lexicons do not know comes first; a state named after it is no subject
                named_after = _nominative_subject_after(doc, index, hit) or _uncoded_subject_after(index, hit) \
                    or _definite_subject_before_name(doc, index, hit)
                # دعت القوى الفلسطينية المجتمع الدولي: the state adjective of a collective noun
                # opening the clause is the subject's, the name after it the object; after an
                # attack verb, the attackers' (قصفت المقاتلات التركية مواقع حزب العمال: the
                # jets' state, not the target's owner)
                subj = _attackers_adjective(doc, index, hit, bare, _ACTOR_HEADS) or \
                    (_attackers_adjective(doc, index, hit, bare) if d.type == "ASSAULT" and d.voice == "active"
                     and not named_after else None) or \
                    _adjective_of_subject_before_object(doc, index, hit, bare)
                subj = subj or next((f for f in bare if f.first - hit.last <= 4 and not adjective(doc, index, f)
                             and not named_after
                             # ودعت المجتمع الدولي إلى التحرك: the addressee (not in دعا المجتمع الدولي إسرائيل)
                             and not (d.type == "REQUEST" and addressee_only(f) and
                                      not any(0 <= g.first - f.last <= 2 for g in bare if g is not f))
                             and not _quoted_after(doc, hit.last, f.first,
                                                   None if _media(index, f) or _business(index, f) else f.last)
                             and not _title_before(index, hit.last, f.first)
                             and not _modifies_previous(index, f) and not _feminine_after_masculine(doc, hit, f)
                             and not (d.type in _PLACE_OBJECT_TYPES and is_place(f))), None)
                if subj is not None:
                    args.subj = [subj] + coordinated(doc, subj, after)
                elif d.voice == "active" and d.type == "ASSAULT" and not named_after:
                    # وقصفت طائرات حربية تركية أهدافا: the state adjective of the first noun
                    # phrase after the verb tells whose the attackers are
                    subj = _attackers_adjective(doc, index, hit, bare)
                    if subj is not None:
                        args.subj = [subj]
            subj_ents = {id(index.entity_at[f.first]) for f in args.subj}
            if d.frame.role("obj") == "actor":
                # استقبل ولي العهد ... في الرياض يوم الأحد وزير الخارجية: the guest comes late
                bare = drop_modifiers(doc, [f for f in after if f.first - hit.last <= 14
                                        and slot_of(doc, index, f.first, hit.last) is None])
            args.obj = [f for f in bare if f not in args.subj
                        and id(index.entity_at[f.first]) not in subj_ents
                        and not _media(index, f)  # (التقى كيم يوم الجمعة، وفق ما نقلت فرانس برس)
                        and not (d.frame.role("obj") == "actor" and adjective(doc, index, f))
                        and not any(_part_of_subject(doc, index, g, f) for g in args.subj)
                        and not (_modifies_previous(index, f) and
                                 slot_of(doc, index, f.first - 1, hit.last) == "في")][:1]
            if me is not None and d.frame.role("obj") == "recipient":
                args.obj = [me]
            # (مصادر في الحكومة اليمنية: the adjective is the government's, not the object)
            for f in post:
                p = slot_of(doc, index, f.first, hit.last)
                if p in ("علي", "عبر", "في") and _platform(index, f):
                    continue  # وأدان المبعوث، على تويتر، الهجمات: the medium, not whom
                if p == "مع" and on_the_border(doc, f):
                    continue  # فجروا عبوة على الحدود مع العراق: where, not with whom
                if p == "مع" and deal_topic(d) and deal_partner(doc, f, hit.last):
                    continue  # أعلن تأييده الاتفاق النووي مع إيران: the deal's partner, not whom
                if p is not None:
                    args.slots.setdefault(p, []).append(f)
                    args.slots[p] += coordinated(doc, f, after)
        else:
            near = [f for f in after if f.first - hit.last <= 4]
            victims = _victim_genitive(d)
            for f in near:
                p = slot_of(doc, index, f.first, hit.last)
                if p is None and victims and f.entry is not None and f.entry.source == "nisba" and \
                        any(g.last == f.first for g in args.slots.get("gen", ())):
                    continue  # مقتل جندي إماراتي: the state adjective is the victim's, not the killer's
                if p is None and victims and "gen" not in args.slots and f.first > hit.last and \
                        f.entry is not None and f.entry.source != "nisba" and \
                        all(_count_word(toks[k]) for k in range(hit.last, f.first)):
                    args.slots["gen"] = [f]  # مقتل سبعة جنود ليبيين: the counted victims
                    continue
                if p is None:
                    genitive_between = f.first - hit.last == 1 and "ال" in toks[hit.last].prefixes[:1] \
                        and "ال" not in toks[hit.first].prefixes and toks[hit.last].is_word
                    if f.entry is not None and f.entry.source == "nisba" and f.first - hit.last <= 2 and \
                            not genitive_between:
                        args.slots.setdefault("nisba", []).append(f)
                    elif genitive_between and f.entry is not None and f.entry.source == "nisba" and \
                            "gen" not in args.slots:
                        # مقتل الرضيع الفلسطيني: the adjective is the genitive noun's (the victim's)
                        args.slots["gen"] = [f]
                    elif f.first == hit.last and "gen" not in args.slots and toks[hit.first].suffix in _POSSESSIVE:
                        # خلال لقائه وزير الخارجية المصري: a noun with a pronoun takes no genitive;
                        # the name after it is its object (whom he met)
                        args.obj = [f] + coordinated(doc, f, after)
                    elif f.first == hit.last and "gen" not in args.slots:
                        args.slots["gen"] = [f] + coordinated(doc, f, after)
                    elif "gen" not in args.slots and not toks[hit.first].suffix and \
                            all(toks[k].norm in _HONORIFICS for k in range(hit.last, f.first)):
                        # زيارة سمو ولي ولي العهد، زيارة صاحب السمو الملكي الأمير: an honorific
                        # stands between the noun and its genitive
                        args.slots["gen"] = [f] + coordinated(doc, f, after)
                elif p == "ل" and f.first > hit.last + 1 and toks[f.first].prefixes[:1] == ("ل",):
                    continue  # غارات على مواقع لتنظيم داعش: the ل belongs to مواقع, not to the raid
                else:
                    args.slots.setdefault(p, []).append(f)
                    args.slots[p] += coordinated(doc, f, after)
            if args.obj:
                # لقائه الرئيس الروسي: the adjective belongs to the object, the owner is the pronoun
                args.slots.pop("nisba", None)
                args.slots.pop("gen", None)
            for f in after[len(near):]:
                p = slot_of(doc, index, f.first, hit.last)
                if p in ("علي", "ضد", "مع", "الي", "من_قبل", "علي_يد") and f.first - hit.last <= 8:
                    args.slots.setdefault(p, []).append(f)
        for p, fs in args.slots.items():  # بالرئيس الإيراني: one party, not the title and its state
            args.slots[p] = [f for f in fs if not (body_adjective(index, f) and any(g.last == f.first for g in fs))]
        return args

    def roles(self, doc: Document, index: ActorIndex, hit: Hit, args: Args, a: int, b: int,
              ctx: SentenceContext) -> tuple[list[Found], list[Found], str]:
        """(actors, recipients, how) following the frame, with the fallbacks described above."""
        d = hit.d
        frame = d.frame
        actors: list[Found] = []
        recips: list[Found] = []
        how = "explicit"
        filled = dict(args.slots)
        if args.subj:
            filled["subj"] = args.subj
        if args.obj:
            filled["obj"] = args.obj
        for slot, role in frame.slots:
            fs = filled.get(slot)
            if not fs:
                continue
            if role == "actor" and not actors:
                actors = unique(fs)
            elif role == "recipient" and not recips:
                recips = [f for f in unique(fs) if f not in actors]
        if d.pos == "noun" and args.obj and not recips:
            recips = [f for f in unique(args.obj) if f not in actors]  # لقائه وزير الخارجية المصري
        if not actors and frame.role("obj") == "actor" and filled.get("من"):
            # استضافت جريدة اليوم وفدا إعلاميا من الجمهورية الجزائرية: the delegation's state visits
            f = filled["من"][0]
            if any(doc.tokens[k].stem in ("وفد", "وفدا", "وفود") for k in range(max(hit.last, f.first - 4), f.first)):
                actors = [f]
                recips = [g for g in recips if g is not f]
        ca, cb = clause_bounds(doc, hit.first, a, b)
        caller = [f for f in unique(args.slots.get("من") or []) if content_gap(doc, hit.last, f.first) <= 4]
        if not caller and d.mode == "phone":
            caller = _caller_named_late(doc, index, hit, cb)
        with_from = d.pos == "noun" and d.type == "SUPPORT" and "ب" in doc.tokens[hit.first].prefixes[:1] and \
            hit.last < len(doc.tokens) and doc.tokens[hit.last].norm == "من"
        if (d.mode == "phone" or d.pos == "noun" or _may_be_masdar(doc.tokens[hit.first].stem, d.lemma_form)) \
                and caller and (with_from or any(
                LIGHT_VERBS.get(doc.tokens[k].stem) or LIGHT_VERBS.get(doc.tokens[k].norm)
                for k in range(max(ca, hit.first - 20), hit.first))):
            # تلقى الأمير محمد بن نايف اتصالاً هاتفياً من الملك محمد السادس: the caller calls;
            # حظي الاتفاق بإشادة من الرئيس أوباما: who gave the praise; بدعم من طيران التحالف:
            # with support from the coalition (the coalition supports)
            recips = [f for f in actors if f not in caller and not any(f.first == c.last for c in caller)] or recips
            actors = caller
        if d.pos == "noun" and d.mode == "visit" and actors and actors == unique(filled.get("gen") or []) and \
                all(f.entry is not None and f.entry.source in ("place", "capital", "country") for f in actors):
            recips, actors = actors, []  # وبعد زيارة بكين، سيسافر ماتيس: the place visited is the host
        if d.pos == "noun" and d.type == "ASSAULT" and actors and actors == unique(filled.get("gen") or []) and \
                all(f.entry is not None and f.entry.source in ("place", "capital") for f in actors):
            # اعتداءات مدريد والدار البيضاء، تفجيرات سوروج: the city named is where, and whom, it hit
            recips, actors = recips or actors, []
        if d.pos == "noun" and d.type == "ASSAULT" and d.lemma in _TARGET_GENITIVE and actors and \
                actors == unique(filled.get("gen") or []) and not filled.get("ل") and \
                not (actors[-1].last < len(doc.tokens) and "ل" in doc.tokens[actors[-1].last].prefixes[:1]) and \
                all(f.entry is not None and f.entry.source in _TARGET_GENITIVE[d.lemma] and
                    f.entry.sector not in ("MIL", "REB", "UAF", "SPY", "COP") for f in actors):
            # تفجير السفارة الأمريكية، تفجير مسجد في الكويت، غزو أفغانستان: what was blown up or
            # invaded (غزو العراق للكويت: with ل after it the genitive is the invader)
            recips, actors, how = [f for f in actors if f not in recips] + recips, [], "target"
        if d.pos == "noun" and d.type in ("AGREE", "SUPPORT", "COOPERATE"):
            # اتفاق فيينا، اتفاقية الدوحة: a place after an agreement names it
            actors = [f for f in actors if not is_place(f)]
            recips = [f for f in recips if not is_place(f)]
        if d.pos == "noun":
            gov = self._governing_verb(doc, index, hit, a, ctx)
            if gov is not None:
                g_subj, inverse = gov
                if inverse:  # تعرضت قطر لهجوم: the subject is the target
                    if g_subj and (not recips or recips == actors):
                        recips = [f for f in g_subj if f not in actors]
                    if not actors and recips:  # تلقى تعهدات: from the other party just mentioned
                        other = other_party(doc, index, hit, recips, a)
                        if other:
                            actors, how = other, "inverse-context"
                elif g_subj and "ب" in doc.tokens[hit.first].prefixes[:1] and actors and \
                        actors == unique(filled.get("gen") or []) and not any(f in actors for f in g_subj) \
                        and not (hit.last < len(doc.tokens) and doc.tokens[hit.last].norm == "من"):
                    # قام بدعم الشعب اليمني، أمر الملك بدعم الشعب اليمني: after the verb's بـ the
                    # masdar's genitive is what is done to, the verb's subject does it
                    recips = [f for f in actors if f not in g_subj]
                    actors, how = g_subj, "light-verb"
                elif g_subj and (not actors or all(f.entry is not None and f.entry.sector == "UAF" for f in actors)
                                 or all(f in (filled.get("ل") or ()) for f in actors)):
                    # هجوم انتحاري نفذه تنظيم الدولة: who carried out the suicide attack is named;
                    # التحالف وجه ضربة على تجمع لإرهابيي داعش: the light verb's subject, not the
                    # owner of the target after ل
                    recips = [f for f in recips if f not in g_subj]
                    actors, how = g_subj, "light-verb"
            passive = hit.first > 0 and doc.tokens[hit.first - 1].norm in _PASSIVE_MARKERS
            if not actors and d.weight >= WEAK_NOUN and not passive:
                prev = ctx.clause_actors.get(ca)
                # a meeting after بعد/قبل is not the clause subject's (جاءت جولة وزير الدفاع بعد
                # قمة تاريخية), unless it is his own (بعد لقائه)
                after_time = hit.first > ca and doc.tokens[hit.first - 1].base in TIME_PREPS and \
                    d.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT") and \
                    doc.tokens[hit.first].suffix not in _POSSESSIVE
                # nor is the event the victim's, nor that of the media reporting it (تناقلت وسائل
                # الإعلام خبر مقتل الرضيع الفلسطيني)
                announced = _victim_genitive(d) and "gen" in filled and \
                    any(doc.tokens[k].stem in _ANNOUNCING for k in range(ca, hit.first))
                subj = [f for f in clause_subject(doc, index, ca, hit.first) or ()
                        if id(f) not in ctx.victims and f not in recips and not _media(index, f)
                        and not after_time and not announced
                        and not _reported_by(doc, ca, hit.first, self.reporting)
                        and not _place_witnessed(doc, f, ca)]
                if prev:
                    actors, how = prev, "clause"
                elif subj:
                    actors, how = subj, "clause-subject"
        if d.lemma == "مصرع" and not recips and (doc.tokens[hit.first].suffix in _POSSESSIVE or
                                                  doc.tokens[hit.first].norm.endswith(("ه", "ها", "هم", "هما"))):
            # لقي عدد من عناصر تنظيم داعش مصرعهم: whoever met his death is the victim
            dead = clause_subject(doc, index, ca, hit.first) or [
                f for f in unique_founds(index, ca, hit.first)
                if slot_of(doc, index, f.first, ca) in (None, "من") and has_code(index, f)][:1]
            if dead:  # (لقي عدد من عناصر داعش: counted members of a group)
                recips = [f for f in dead if f not in actors]
                actors = [f for f in actors if f not in dead]
                return actors, recips, how
        subject_role = frame.role("subj")
        if not actors and (subject_role == "actor" or (d.pos == "noun" and d.weight >= WEAK_NOUN)):
            dropped = self._dropped_subject(doc, index, hit, ca, ctx)
            t0 = doc.tokens[hit.first]
            possessive = t0.suffix in _POSSESSIVE and (d.pos == "noun" or any(p in ("ب", "ل") for p in t0.prefixes))
            # (بقبوله دعوة: a verb row's masdar after a preposition, with its owner's pronoun)
            victim_noun = d.pos == "noun" and (_victim_genitive(d) or d.type == "ASSAULT" and not possessive) and (
                (dropped is ctx.speaker and _victim_genitive(d)) or  # (قال المسؤول إن الطفل قتل حرقا)
                # أكدت وزارة خارجية جنوب أفريقيا مقتل أحد مواطنيها، أشارت البعثة إلى مقتل: who
                # confirms or tells of a death did not kill
                _reported_by(doc, ca, hit.first, self.reporting) or
                any(doc.tokens[k].stem in _ANNOUNCING for k in range(ca, hit.first)))
            if dropped and not (possessive and dropped is ctx.speaker) and not victim_noun:
                # (وأعلن عن مقتل جندي إماراتي: who tells of a death did not kill)
                actors, how = dropped, "pro-drop" if d.pos == "verb" else "noun-pro-drop"
            elif possessive:
                # لقائه الأخير مع نتنياهو، بقبوله دعوة: his meeting, his acceptance; not the
                # speaker's (استعرض السيسي ... خلال مباحثاته مع بوتين، وفقا لبيان الرئاسة: the
                # sentence's subject when no trigger verb came before)
                owner = ctx.subject_seen or sentence_subject(doc, index, a, hit.first) or ctx.last_subject or dropped
                if owner:
                    actors, how = owner, "possessive"
        if not recips and subject_role == "recipient" and d.pos == "verb" and not args.subj:
            dropped = self._dropped_subject(doc, index, hit, ca, ctx)
            if dropped:
                recips = dropped
        if frame.symmetric and len(actors) > 1 and (not recips or all(
                code_of(index, r) == code_of(index, actors[0]) for r in recips)):
            # التقى ترامب وزعيم كوريا الشمالية: the two sides of a meeting (not the first one twice)
            recips, actors = actors[1:], actors[:1]
        if d.type == "ASSAULT" and d.pos == "noun" and actors and not how.startswith("explicit") \
                and _condemned(doc, hit, ca):
            # أعرب خلاله عن إدانته للتفجير الإرهابي: who condemns an attack did not carry it out
            # (the light verb's object is the condemnation)
            return [], [], how
        if not recips and actors and not (d.mode == "multilateral" and d.pos == "noun" and
                                          actors == unique(filled.get("gen") or [])):
            # (قمة مجموعة السبع: a summit named by its members has no other party)
            recips = fallback_recipient(doc, index, hit, actors, ca, cb)
            if recips and d.type == "ASSAULT" and recips[0].last <= hit.first and \
                    _condemned(doc, hit, ca, reach=12):
                recips = []  # أدانت الأمانة العامة لمجلس التعاون حادث التفجير: the condemner is no target
            if recips:
                how += "+r"
        return actors, recips, how

    def _describes_attack(self, doc: Document, index: ActorIndex, hit: Hit, a: int) -> bool:
        """The verb is an indefinite attack noun's description (غارة جوية لطيران التحالف،
        استهدفت آليات): its subject is that attack, told by the noun's own event."""
        toks = doc.tokens
        for k in range(hit.first - 1, max(a, hit.first - 8) - 1, -1):
            t = toks[k]
            defs = self.triggers.single.get(t.stem, ())
            if any(x.type == "ASSAULT" and x.pos == "noun" for x in defs) and "ال" not in t.prefixes and \
                    not t.suffix:
                return True
            if defs or is_boundary(doc, k) and t.norm not in ("،", ","):
                return False  # another trigger, or another clause
            if index.found_at[k] is not None and not (preposition(doc, k, a) == "ل" or
                                                      "ل" in toks[index.found_at[k].first].prefixes):
                return False  # a name that is not the noun's owner: the verb's own subject
        return False

    @staticmethod
    def document_recipient(doc: Document, index: ActorIndex, actor_codes: set[str],
                           within: tuple[int, int] | None = None) -> Participant | None:
        """The other party by default: the state the article (or the tokens ``within``) is
        most about, other than the actor's (وتنفي إيران هذه الاتهامات: Israel's accusations),
        else the actor's own state (domestic politics: the king and the government are both
        Morocco)."""
        if within is None:
            counts: dict[str, int] = doc.scratch.setdefault("country_counts", {})
            lo, hi = 0, len(index.found_at)
        else:
            counts, (lo, hi) = {}, within
        if not counts:  # mentions of states as actors (اتفاق فيينا names a deal, not Austria)
            seen: set[int] = set()
            for f in index.found_at[lo:hi]:
                if f is None or id(f) in seen or f.entry is None:
                    continue
                seen.add(id(f))
                if within is not None and on_the_border(doc, f):
                    continue  # (على الحدود مع العراق: not the state attacked)
                if f.entry.source in ("country", "capital", "nisba") and f.entry.country:
                    counts[f.entry.country] = counts.get(f.entry.country, 0) + 1
        others = [(n, c) for c, n in counts.items() if c not in actor_codes and n >= (2 if within is None else 1)]
        if others:
            code = max(others)[1]
        elif len(actor_codes) == 1:
            code = next(iter(actor_codes))
        else:
            return None
        ent = next((e for e in doc.entities if e.kind == "GPE" and e.key == code), None)
        return Participant(code, None, ent.id if ent else None, ent.name_ar or "" if ent else "")

    def _assault_noun_near(self, doc: Document, lo: int, hi: int, ca: int, instrument: bool = False) -> Hit | None:
        """An ASSAULT event noun (غارة، قصف، هجوم، انفجار) in tokens lo..hi of the clause;
        ``instrument``: governed by بـ / في / جراء / إثر (died in it, by it)."""
        toks = doc.tokens
        for k in range(max(lo, ca), hi):
            t = toks[k]
            if is_boundary(doc, k) and t.norm not in QUOTE_MARKS:  # (تنظيم «داعش»: a name quoted)
                return None
            defs = self.triggers.single.get(t.stem)
            if not defs or defs[0].type != "ASSAULT" or defs[0].pos != "noun" or defs[0].lemma in ("مصرع", "مقتل"):
                continue
            if not instrument or "ب" in t.prefixes or (k > ca and toks[k - 1].norm in ("في", "جراء", "اثر", "خلال")):
                return Hit(k, k + 1, defs[0])
        return None

    def _masdar_object_first(self, doc: Document, hit: Hit, b: int) -> bool:
        """رفضت دعم المقاتلين الأكراد: an event noun right after the verb is its object, and
        the names after it are that noun's, not the verb's subject."""
        if hit.last >= b:
            return False
        t = doc.tokens[hit.last]
        if t.prefixes or not t.is_word:
            return False
        defs = self.triggers.single.get(t.stem) or ()
        return any(x.pos == "noun" for x in defs) or t.stem in _MASDARS_IN_VERB_ROWS or (
            bool(defs) and t.stem == defs[0].lemma_form.rstrip("*") and len(t.stem) == 3)

    def _dropped_subject(self, doc, index, hit: Hit, ca: int, ctx: SentenceContext) -> list[Found] | None:
        """Arabic drops subject pronouns: the relative clause's antecedent, the subject of
        the sentence so far, the speaker whose words these are, or the previous subject; never
        a news medium (وفق ما نقلت فرانس برس، ذكرت وكالة الأناضول أن: it reports, it does not act)."""
        found = self._dropped_subject_or_medium(doc, index, hit, ca, ctx)
        if found and all(_media(index, f) for f in found):
            return None
        return found

    def _dropped_subject_or_medium(self, doc, index, hit: Hit, ca: int, ctx: SentenceContext) -> list[Found] | None:
        toks = doc.tokens
        if ctx.speaker and _media(index, ctx.speaker[0]):
            ctx = SentenceContext(last_subject=ctx.last_subject, subject_seen=ctx.subject_seen,
                                  speaker=None, speech_end=ctx.speech_end)
        if ctx.speaker and hit.first >= ctx.speech_end and hit.d.pos == "verb" and \
                _first_person(toks[hit.first], hit.d, self.triggers):
            return ctx.speaker
        antecedent = relative_antecedent(doc, index, ca)
        if antecedent is not None:
            return [antecedent]
        if hit.d.pos == "verb" and ctx.speaker and hit.first >= ctx.speech_end:
            # وقال مصدر أمني إن عناصر من داعش هاجموا: the reported clause names its own subject
            # before the verb; the source does not act
            svo = clause_subject(doc, index, max(ca, ctx.speech_end), hit.first)
            if svo:
                return svo
        if hit.d.pos == "verb" and hit.d.type == "ASSAULT" and any(
                toks[k].stem in _UNKNOWN or toks[k].base in _UNKNOWN for k in range(ca, hit.first)):
            # قالت الشرطة (أفادت الإذاعة) إن شخصين مجهولي الهوية فتحا النار: nobody named shot
            return None
        if hit.d.pos == "noun":
            # an event noun with nobody named: only whoever is speaking (وقال إنه تم الانتهاء من اتفاقية)
            return ctx.speaker if ctx.speaker and hit.first >= ctx.speech_end else None
        if _definite_subject_before_name(doc, index, hit):
            return None  # دعا المركز الأمم المتحدة: the subject is named, one no lexicon knows
        if _unknown_subject_after(doc, index, hit, self.given):
            return None  # ودعا حمود المقدسيين، واتهم المتمردون القوات: the subject is named, of no known state
        if _nominative_subject_after(doc, index, hit):
            # وطالب قائدو المركبات، وانتقد مواطنون: the subject is named, and it is nobody's;
            # ويرفض معارضو الاتفاق داخل سيريزا: unless a party or group it belongs to follows
            # (وانتقدت مصادر دبلوماسية في الحكومة اليمنية: sources in a government speak for it)
            sources = doc.tokens[hit.last].stem in _SOURCES
            return next(([f] for f in unique_founds(index, hit.last + 1, min(len(doc.tokens), hit.last + 6))
                         if f.entry is not None and (f.entry.source in ("org", "group") or
                                                     sources and f.entry.source in ("body", "country", "nisba"))), None)
        if ctx.subject_seen:
            return ctx.subject_seen
        if ctx.speaker and hit.first >= ctx.speech_end:
            return ctx.speaker
        # واستغلت دمشق هذه النقطة وأرسلت قوات: the subject of the sentence's first verb, a
        # verb that names no event
        sent = doc.sentences[toks[hit.first].sent]
        if "و" in toks[hit.first].prefixes[:1] and hit.first - sent.token_start > 2:
            first = sentence_subject(doc, index, sent.token_start, hit.first)
            if first and not (first[0].entry is not None and first[0].entry.source == "place"):
                return first  # (a capital as subject is its government: واستغلت دمشق)
        return ctx.last_subject

    def _governing_verb(self, doc, index, hit: Hit, a: int, ctx: SentenceContext):
        """The light verb (شن، أجرى، تعرض...) whose object is this event noun; also one that
        follows it in a relative clause (هجوم انتحاري تبنته طالبان، ضربة نفذها الجيش)."""
        after = self._trailing_light_verb(doc, index, hit)
        if after is not None:
            return after
        lo = max(a, hit.first - 8)
        k = hit.first
        while k > lo:
            k -= 1
            t = doc.tokens[k]
            opening = _aside_between_commas(doc, k, a) if t.norm in ("،", ",") else None
            while opening is not None and _aside_between_commas(doc, opening, a) is not None:
                opening = _aside_between_commas(doc, opening, a)  # (two asides in a row)
            if opening is not None:
                # أعلنت الخزانة، اليوم الخميس، عقوبات: skip a time set off by commas
                lo = max(a, lo - (k - opening + 1))
                k = opening
                continue
            if t.norm in PUNCT_BOUNDARY and t.norm not in ("“", "”", "«", "»", '"'):
                break
            if k == hit.first - 1 and t.base in ("حكم", "الحكم") and hit.d.lemma == "إعدام":
                continue  # نفذت السلطات حكم الإعدام بحق قاتل: the sentence carried out, an execution
            if t.stem in CONDEMN or t.norm in CONDEMN or t.base in CONDEMN or t.stem in REFERENCE_HEADS:
                break  # نظمها الحزب للتنديد بإعدام صدام، وجه القاضي تهم قتل: what is condemned, charged
            inverse = LIGHT_VERBS.get(t.stem, LIGHT_VERBS.get(t.norm))
            if inverse is None and "ب" in doc.tokens[hit.first].prefixes[:1] and \
                    (t.stem in _ORDERING or t.norm in _ORDERING) and \
                    not any(p in ("ال", "ب", "ل", "ك") for p in t.prefixes) and all(
                        index.found_at[j] is not None or doc.tokens[j].norm in _ORDER_GAP
                        for j in range(k + 1, hit.first)):
                inverse = False  # أمر الملك سلمان بدعم الشعب اليمني: who orders it does it
            if inverse is None:
                continue
            if t.stem in _ANNOUNCING and _victim_genitive(hit.d):
                continue  # أعلنت وزارة الدفاع مقتل سبعة جنود: announced, not carried out
            if t.stem in _NOUN_HOMOGRAPHS and (any(p in ("ال", "ب", "ل", "ك") for p in t.prefixes) or
                                               (k > a and doc.tokens[k - 1].norm in PREPOSITIONS)):
                continue  # في وجه عقوبات: the noun وجه "face", not the verb وجّه "directed"
            subj = ctx.subject_at.get(k)
            if subj is None:
                sa, _ = clause_bounds(doc, k, a, hit.first)
                founds = unique_founds(index, sa, hit.first)
                pre = next((f for f in reversed([f for f in founds if f.last <= k])
                            if slot_of(doc, index, f.first, sa) is None and gap_ok(doc, f.last, k)), None)
                pre = _noun_of_adjective(doc, index, pre, sa)  # وكانت الأحزاب الموريتانية نظمت
                post = [f for f in founds if k < f.first < hit.first and slot_of(doc, index, f.first, k) is None
                        and not adjective(doc, index, f)]
                if pre is None and not post and hit.d.type == "ASSAULT":
                    # وشنت مقاتلات تركية غارات: the attackers' noun and its state adjective
                    attackers = _attackers_adjective(doc, index, hit, [f for f in founds if k < f.first < hit.first],
                                                     k=k + 1)
                    post = [attackers] if attackers is not None else []
                subj = [pre] if pre else (post[:1] or None)
                if subj is None:  # معربا عن الأسف: the participle shares the sentence's subject
                    subj = relative_antecedent(doc, index, sa) and [relative_antecedent(doc, index, sa)]
                    subj = subj or ctx.subject_seen or (ctx.speaker if k >= ctx.speech_end else None) \
                        or ctx.last_subject
            return (subj or [], inverse)
        return None

    @staticmethod
    def _trailing_light_verb(doc, index, hit: Hit):
        toks = doc.tokens
        sent_end = doc.sentences[toks[hit.first].sent].token_end
        k = hit.last
        limit = min(sent_end, hit.last + 4)
        while k < limit:
            t = toks[k]
            if t.norm in PUNCT_BOUNDARY and t.norm not in ("،", ","):
                return None
            inverse = LIGHT_VERBS.get(t.stem, LIGHT_VERBS.get(t.norm))
            if inverse is False and t.suffix:  # the resumptive pronoun points back to the noun
                for j in range(k + 1, min(sent_end, k + 5)):
                    f = index.found_at[j]
                    if f is not None and has_code(index, f):
                        return ([f], False)
                return None
            k += 1
        return None

    # -- the whole document -----------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        index: ActorIndex | None = doc.scratch.get("actor_index")
        if index is None:
            return doc
        events: list[Event] = []
        last_subject: list[Found] | None = None
        pair: tuple[list[Participant], list[Participant]] | None = None
        for si, sent in enumerate(doc.sentences):
            a, b = sent.token_start, sent.token_end
            if a >= b:
                continue
            if sent.kind == "dateline":
                continue  # دبي، الإمارات (CNN)--: the place of filing, not an actor
            if doc.tokens[a].norm == "سمات":
                continue  # سمات تركيا داعش سلاح الجو: a website's keyword line, no sentence
            ctx = SentenceContext(last_subject=last_subject, pair=pair)
            self._speech(doc, index, si, ctx)
            first_new = len(events)
            for hit in self.find_triggers(doc, a, b, index):
                ev = self.event_for(doc, index, hit, a, b, si, ctx)
                if ev is not None:
                    events.append(ev)
                    if ev.mode == "phone" and ev.actor and ev.recipient and ctx.call is None:
                        ctx.call = (ev.actor, ev.recipient)
            if len(events) > first_new:
                claimed(doc, index, a, b, events[first_new:])
                pair = next(((e.actor, e.recipient[:1]) for e in reversed(events[first_new:])
                             if e.type in _BILATERAL and not e.negated and e.actor and e.recipient
                             and not e.rule.endswith(("+R", "+R0"))  # a recipient the clause names
                             and e.actor[0].code and e.recipient[0].code
                             and e.actor[0].code != e.recipient[0].code), pair)
            if ctx.subject_seen is not None:
                last_subject = ctx.subject_seen
            elif ctx.speaker is not None:
                last_subject = ctx.speaker
            else:
                subj = sentence_subject(doc, index, a, b)
                if subj is not None:
                    last_subject = subj
        for k, e in enumerate(events, 1):
            e.id = f"ev{k}"
        doc.events = events
        return doc

    @staticmethod
    def _speech(doc: Document, index: ActorIndex, si: int, ctx: SentenceContext) -> None:
        """The speaker of reported speech in this sentence, and where the content starts."""
        sent = doc.sentences[si]
        for q in doc.quotes:
            if q.speaker is None or q.speaker.start is None:
                continue
            covers = q.start <= sent.start < q.end or sent.start <= q.cue_start < sent.end
            if not covers:
                continue
            k = token_at(doc, q.speaker.start)
            f = index.found_at[k] if k is not None else None
            if f is not None:
                ctx.speaker = [f]
                ctx.speech_end = token_at(doc, q.start) or sent.token_start
                return

    def event_for(self, doc, index, hit: Hit, a, b, si, ctx: SentenceContext) -> Event | None:
        d = hit.d
        toks = doc.tokens
        if d.frame.need and not _has_need(doc, hit, b, d.frame.need):
            return None
        tok0 = toks[hit.first]
        if d.pos == "noun" and tok0.suffix == "ي" and tok0.text[-1:] == "ي" and len(tok0.stem) >= 4:
            return None  # بدور اجتماعي: a nisba adjective (social), not "my meeting" (قتلى is no nisba)
        if _vocalised(doc, si):
            return None  # a fully vocalised sentence is scripture or verse (وَعْدًا عَلَيْهِ حَقًّا), not news
        if tok0.stem in _PRONOUN_HOMOGRAPHS and hit.last - hit.first == 1 and \
                tok0.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")[-1:] == "ه":
            return None  # مصادره "its sources", مظاهره "its signs": a pronoun, not مصادرة، مظاهرة
        if hit.first - 2 >= a and toks[hit.first - 1].norm in ("«", '"', "“") and \
                toks[hit.first - 2].stem in _NAMED_PLACE_HEADS:
            return None  # في مديرية «أرحب»: the name of a place, not "I welcome"
        if d.pos == "verb" and _impersonal(doc, hit.first, a) and d.type in _IMPERSONAL_TYPES:
            return None  # وهو ما يهدد 95% من الأجهزة، مما يدعم أدلة ضعف الطلب: "which" (a fact) does it
        if d.pos == "verb" and d.lemma == "طلب" and tok0.stem == "طلب" and not tok0.prefixes and \
                hit.last < b and "ال" in toks[hit.last].prefixes[:1] and any(
                    x.pos == "verb" for k in range(max(a, hit.first - 5), hit.first)
                    for x in self.triggers.single.get(toks[k].stem, ())):
            d = self._as_noun(d)  # رفضت الحكومة طلب الولايات المتحدة: the request (its genitive asks)
            hit = Hit(hit.first, hit.last, d)
        if d.pos == "verb" and d.voice == "active" and (damma_passive(tok0) or _agent_follows(doc, hit, b) or (
                d.lemma in VOICE_AMBIGUOUS and passive_reading(doc, index, hit, a, b)) or (
                d.lemma in RELATIVE_PASSIVE and passive_in_relative(doc, hit, a, b))):
            d = self._as_passive(d)  # قتل جنديان أمريكيان وأصيب تسعة: were killed
            hit = Hit(hit.first, hit.last, d)
        etype, mode = decide_sense(doc, index, hit, a, b)
        if not etype:
            return None  # اغتصاب حق: the word in another sense names no event
        if etype == "ASSAULT" and d.pos == "verb" and d.voice == "active" and self._describes_attack(doc, index, hit, a):
            return None  # ضربات جوية استهدفت مواقع الحوثيين: the strikes told by the noun before
        args = self.arguments(doc, index, hit, a, b)
        if d.pos == "verb" and not args.subj and self.fuzzy is not None and \
                self.fuzzy.resolve(doc, index, hit.last, b):
            args = self.arguments(doc, index, hit, a, b)  # وقعت رياده على اتفاق: الرياض, misspelt
        if d.lemma == "حمل المسؤولية":
            args = _held_responsible(doc, index, hit, args, b)
        actors, recips, how = self.roles(doc, index, hit, args, a, b, ctx)
        ca, cb = clause_bounds(doc, hit.first, a, b)
        if etype == "ASSAULT" and d.pos == "verb" and d.voice == "passive" and (not actors or not how.startswith("explicit")):
            # قُتل 15 عنصراً بغارات للتحالف: the agent of a passive is who carried out the strike
            inst = self._assault_noun_near(doc, hit.last, min(cb, hit.last + 10), ca, instrument=True)
            if inst is not None:
                i_args = self.arguments(doc, index, inst, a, b)
                i_actors, _, i_how = self.roles(doc, index, inst, i_args, a, b, ctx)
                if inst.d.frame.symmetric and i_args.slots.get("مع"):
                    # قتلوا في مواجهات مع قوات الأمن الأفغانية: the other side of the clash
                    i_actors, i_how = unique(i_args.slots["مع"]), "explicit"
                if i_actors and i_how.startswith("explicit"):
                    actors, how = i_actors, "instrument"
                    recips = [f for f in recips if f not in i_actors]
        if d.pos == "verb" and args.subj:
            ctx.subject_at[hit.first] = args.subj
            if d.voice == "active" and d.frame.role("subj") != "recipient":
                ctx.subject_seen = args.subj
        elif d.pos == "verb" and actors:
            ctx.subject_at[hit.first] = actors
        if actors and how.startswith(("explicit", "light-verb")):
            ctx.clause_actors.setdefault(ca, actors)
        if d.pos == "verb" and d.voice == "passive" and etype == "ASSAULT":
            ctx.victims.update(id(f) for f in recips)  # ... في هجوم انتحاري: not the attackers
        if d.pos == "noun" and tok0.stem.endswith("ات") and "ال" not in tok0.prefixes and \
                tok0.suffix not in _POSSESSIVE and how.startswith(("clause", "noun-pro-drop")):
            if not (etype == "PROTEST" and anchored(doc, ca, cb)):
                return None  # بهجمات على أراضيها: attacks in general, nobody's in particular
            # ضمن موجة احتجاجات واسعة تشهدها المدينة: protests that happen, by people of the place
            # (not by the clause's subject, the ministry that summoned an envoy over them)
            actors, how = [], "none"
        if d.pos == "verb" and hit.first > a and toks[hit.first - 1].norm in ("الي", "علي", "عن", "في", "من") and \
                not _may_be_masdar(tok0.stem, d.lemma_form) and hit.last - hit.first == 1:
            return None  # عن أبلغ التهاني: after a preposition a verb form is another word
        if d.pos == "verb" and "س" in tok0.prefixes and tok0.stem == d.lemma_form:
            return None  # سأضرب طوقا: the future of ضرب (I will impose), not the perfect أضرب "struck"
        if d.pos == "verb" and "ال" in tok0.prefixes and tok0.stem not in _MASDARS_IN_VERB_ROWS:
            return None  # القانون الصادر عام 2015: a participle with the article, not صادر "confiscated"
        if d.pos == "verb" and hit.first > a and not tok0.prefixes and (
                toks[hit.first - 1].stem in REFERENCE_HEADS or toks[hit.first - 1].norm in REFERENCE_HEADS):
            return None  # بتهمة قتل، قضية اغتيال: a masdar written like the verb, naming a crime
        if d.pos == "noun" and d.frame.symmetric and d.weight < WEAK_NOUN and \
                not (args.slots.get("بين") or args.slots.get("مع")):
            return None  # اشتداد المواجهات: fighting whose sides are not named here
        if etype == "ASSAULT" and d.pos == "verb" and not args.subj and \
                (raid := self._assault_noun_near(doc, hit.first - 4, hit.first, ca)) is not None and \
                "ال" not in toks[raid.first].prefixes:
            # بغارة لطائرات التحالف استهدفتهم: the raid's relative clause (an indefinite noun's),
            # one event; الهجوم استهدف منشأتين is the attack as subject, told by the verb
            return None
        if etype == "ASSAULT" and d.pos == "noun" and d.lemma in ("مصرع", "مقتل") and \
                self._assault_noun_near(doc, hit.last, min(cb, hit.last + 10), ca, instrument=True):
            return None  # لقي مصرعه بغارة، مقتل خمسة في هجوم: the raid or attack is the event
        if etype in ("REQUEST", "REJECT") and any(toks[k].norm in _ANONYMITY for k in range(hit.last, min(b, hit.last + 6))):
            return None  # طالبا عدم الإشارة إلى اسمه، ورفض نشر اسمه: a source asking not to be named
        if etype == "ASSAULT" and (accident(doc, ca, cb) or animal_attack(doc, hit, ca, cb)
                                   or private_violence(doc, a, b) or
                                   (d.lemma in ("مصرع", "مقتل") and air_crash(doc, a, b))):
            # قتل جندي في حادث سير، قامت سمكة القرش بالهجوم، على يد زوجها إثر خلاف عائلي: an
            # accident, an animal, a private quarrel
            return None
        if sports_clause(doc, ca, cb) and not (etype == "ASSAULT" and casualties(doc, ca, cb)):
            return None  # يلتقي تشيلسي، عرض من نادي الأهلي: a match, a club's offer (in sports news)
        if etype == "ASSAULT" and d.pos == "verb" and not args.slots.get("علي") and \
                describes_someone(doc, hit, a):  # (القوات التي سيطرت على بلدة: a deed, on a place)
            return None  # الصحافي الذي اختطف وقطع رأسه: a description of a person, not a report
        if d.pos == "noun" and not (actors and how.startswith(("light-verb", "explicit"))) and hit.first > a and \
                _counted(toks[hit.first - 1]):
            return None  # شهدت أفغانستان 140 هجوما انتحاريا: a tally of events, not one of them
        if d.pos == "noun" and not how.startswith("light-verb") and named_by_reference(doc, hit, a):
            return None  # قضية اغتيال الحريري، التحقيق في التفجير، فيلم «اغتيال...»: a reference
        if d.pos == "noun" and not how.startswith(("light-verb", "explicit", "target")) and \
                reference(doc, hit, a, ca, cb):
            return None  # nothing in the clause anchors the event as happening
        actor_ps = participants(doc, index, actors)
        recip_ps = [p for p in participants(doc, index, recips)
                    if not any(p.code == q.code and p.entity == q.entity for q in actor_ps)]
        near_protesters = etype == "PROTEST" and protesters_in(doc, max(ca, hit.first - 5), min(cb, hit.last + 5))
        if not actor_ps and etype in _ANONYMOUS_SECTOR and (d.weight >= 0.55 or near_protesters) and \
                (etype == "PROTEST" or how == "target" or anchored(doc, ca, cb) or unnamed_attackers(doc, ca, cb)
                 or (d.pos == "verb" and d.lemma in HARM_LEMMAS and not _imperfect(tok0, d))):
            # قتل 18 شخصا في انفجار سيارتين مفخختين في بغداد: violence and protest happen even
            # when nobody is named; the actor is then "someone in <the state where it happened>"
            place = _people_from(doc, index, ca, hit.first) if etype == "PROTEST" else None
            if place is None:
                place = where(doc, index, ca, cb)
            if place is None:  # شهدت تركيا هجوما انتحاريا: the state that saw it
                place = next((code_of(index, f) for f in clause_subject(doc, index, ca, hit.first) or ()
                              if _place_witnessed(doc, f, ca)), None)
            if place is None and etype == "PROTEST":
                place = _state_in_sentence(doc, index, a, b)  # المتظاهرين الفلسطينيين، المحافظات المصرية
            if place is None and etype == "PROTEST":
                place = doc.scratch.get("focus_country")  # اندلعت احتجاجات حاشدة: in the article's state
            if place is not None:
                actor_ps = [Participant(place, _ANONYMOUS_SECTOR[etype], None, "")]
                how = "anonymous"
            elif near_protesters:
                # وهتف المتظاهرون «يسقط عزيز»: the protesters are there, their state unnamed
                actor_ps = [Participant(None, "CVL", None, "")]
                how = "anonymous"
            elif etype == "ASSAULT" and any(p.sector in ("MIL", "COP") and p.code for p in recip_ps):
                # عمليات ضد الجيش المالي وخطفوا 50 شخصا: insurgents attack a state's forces in
                # that state, the place unnamed
                code = next(p.code for p in recip_ps if p.sector in ("MIL", "COP") and p.code)
                actor_ps = [Participant(code, "UAF", None, "")]
                how = "anonymous"
            elif etype == "ASSAULT" and (recip_ps or casualties(doc, ca, cb) or d.lemma in HARM_LEMMAS):
                # مقتل أربعة من عناصر الشرطة في هجوم انتحاري في منطقة عوريج: it happened, by
                # someone unidentified somewhere the lexicons do not know
                actor_ps = [Participant(None, "UAF", None, "")]
                how = "anonymous"
        if etype == "PROTEST" and actor_ps and how.startswith(("explicit", "light-verb", "clause")):
            actor_ps = _protesters_where(doc, index, actors, actor_ps, ca, cb)
        if etype == "SANCTION" and d.pos == "noun" and _imposed_on_it(doc, hit, b) and \
                not how.startswith(("explicit", "light-verb")):
            # في وجه عقوبات دولية مفروضة عليها: the clause's subject is who bears them
            recip_ps, actor_ps, how = actor_ps, [Participant(None, None, None, "")], "imposed"
        if ctx.pair is not None and _dual_subject(doc, hit, a, b):
            # توافقت وجهات النظر البلدين، اتفق الجانبان: the two parties that just met
            actor_ps, recip_ps, how = list(ctx.pair[0]), list(ctx.pair[1]), "dual"
        if ctx.call is not None and actor_ps and etype in _SAID_IN_A_CALL and not how.startswith("anonymous") and \
                {p.code for p in actor_ps} == {p.code for p in ctx.call[1]} and \
                any(toks[k].norm in ("خلاله", "خلالها") for k in range(max(ca, hit.first - 3), min(cb, hit.last + 2))):
            # تلقى الأمير اتصالا هاتفيا من وزير الداخلية الكويتي، أدان خلاله الاعتداء: the caller
            # condemns during the call, not whoever received it
            actor_ps = list(ctx.call[0])
            recip_ps = [p for p in recip_ps if p.code not in {q.code for q in actor_ps}]
        if not actor_ps:
            return None
        if etype in _POLITICAL_ACTOR_TYPES and how != "dual" and all(
                p.sector in (None, "BUS") for p in actor_ps + (recip_ps if etype in _MUTUAL_TYPES else [])):
            # وافقت الجمعية العامة للشركة، طلبت من القراء، شكر أبناء الفقيد المعزين: words and deals
            # of private people, places and companies are no political events (violence, arrests
            # and protests by anyone are)
            return None
        if d.lemma in ("التقى", "لقاء") and doc.scratch.get("sports_context") and \
                not any(p.sector for p in actor_ps + recip_ps):
            return None  # يلتقي تشلسي: in sports news two sides "meeting" with no office play a match
        if etype == "PROTEST" and (not recip_ps or how.endswith("+r")):
            # ضد، احتجاجا على، أمام السفارة الإسرائيلية (before the nearest state named, which
            # is often where it took place); else its own country's authorities
            target = participants(doc, index, protest_target(doc, index, hit, b))
            recip_ps = target or recip_ps or own_country(actor_ps)
        condemned_attack = etype == "ACCUSE" and d.lemma in _CONDEMN_LEMMAS and (not recip_ps or how.endswith("+r")) and \
            any(toks[k].stem in _ATTACKS or toks[k].base in _ATTACKS for k in range(hit.last, min(cb, hit.last + 4)))
        if condemned_attack:
            # أدانت مصر الهجوم الإرهابي في سروج: whoever carried out the attack is condemned, not the
            # state where it happened (the attackers, when named, are the attack's own actor)
            recip_ps = []
        if not recip_ps and etype in ("SUPPORT", "ACCUSE", "REJECT") and not condemned_attack:
            # أشاد بالدور الإيجابي الذي تقوم به مصر: praised the role Egypt plays
            doer = _relative_doer(doc, index, hit.last, min(b, hit.last + 12))
            if doer is not None:
                recip_ps = participants(doc, index, [doer])
        struck_itself = False
        if etype in ("ASSAULT", "COERCE") and recip_ps and actor_ps and \
                {p.code for p in actor_ps} <= _NOT_A_STATE and {p.code for p in recip_ps} == {p.code for p in actor_ps}:
            # ألقى داعش القبض على شخصين، طيران التحالف أسفر عن مقتل 24 إرهابيا: a group or a
            # coalition does not strike itself; its victims are of where it happened, or unknown
            place = where(doc, index, ca, cb, sentence=False)
            recip_ps = [Participant(place, None, None, "")] if place is not None else []
            struck_itself = True
        if not recip_ps and etype == "ASSAULT":
            # انفجرت سيارة مفخخة لدى مرور حافلة تقل عناصر من الحرس الثوري: whom the vehicle hit carried
            recip_ps = [p for p in participants(doc, index, carried_targets(doc, index, ca, cb))
                        if not any(p.code == q.code and p.entity == q.entity for q in actor_ps)]
        if not recip_ps and etype == "ASSAULT" and how == "anonymous":
            # بمقتل اثنين من قادة تنظيم داعش في غارة جوية: the dead told before the raid are its
            # targets (the death is told by the raid's event)
            recip_ps = participants(doc, index, _dead_before(doc, index, hit, ca))
        if not recip_ps and etype == "ASSAULT" and how == "anonymous" and actor_ps[0].code:
            # تفجير إرهابي بسيارة مفخخة بالرياض: someone in a state attacked there, the state
            # the article is most about is not the target
            recip_ps = [Participant(actor_ps[0].code, None, None, "")]
        elif not recip_ps and etype == "ASSAULT":
            # قتل 57 مدنيا في قصف نسب إلى الحوثيين على المدينة في عدن: the state it happened in
            place = where(doc, index, ca, cb, sentence=False)
            if place is not None:
                recip_ps = [Participant(place, None, None, "")]
        if not recip_ps and etype not in ("PROTEST", "MOBILIZE") and not condemned_attack and not struck_itself:
            # (an attack's target by default is a state its own sentence names, not the one
            # the article is most about: قصف نسب للحوثيين in an article that names الرياض)
            fallback = self.document_recipient(doc, index, {p.code for p in actor_ps if p.code},
                                               (a, b) if etype == "ASSAULT" else None)
            if fallback is not None:
                recip_ps = [fallback]
                how += "+R"
                if not any(a <= f.first < b for f in actors) and not (
                        ctx.speaker and actors == ctx.speaker and d.pos == "verb" and
                        (tok0.stem.endswith("نا") or _first_person(tok0, d, self.triggers)) and
                        any(q.start <= tok0.start < q.end for q in doc.quotes)):
                    # ودعت الكلية إلى إحضار ملف، واقترح الباحث: the sentence names neither party
                    # (the actor is the subject of an earlier one, the recipient the article's
                    # state); on real news such events were right about one time in ten.  The
                    # speaker's "we" in his own quoted words is his (وأضاف: «اتفقنا على»)
                    how += "0"
        if how.startswith("anonymous") and etype == "ASSAULT" and actor_ps[0].code is None:
            # وفي بغداد قتل شخصان بانفجار: someone unidentified in the state where it happened
            # (or the state the article is about); not the victims' state (سبعة جنود ليبيين قتلوا
            # may have been killed anywhere)
            code = where(doc, index, ca, cb) or doc.scratch.get("focus_country")
            if code and is_state_code(code):
                actor_ps = [Participant(code, actor_ps[0].sector, None, "")]
        # modality: around the trigger, and around the light verb governing a noun
        # a verb row's word after a preposition (إلى رفع العقوبات، بانسحاب) is a masdar
        nominal = d.pos == "noun" or "ب" in tok0.prefixes or tok0.stem in _MASDARS_IN_VERB_ROWS or (
            hit.first > a and toks[hit.first - 1].norm in ("الي", "علي", "عن", "في", "من", "بعد", "قبل", "مقابل"))
        m = modality(doc, hit.first, ca, etype, noun=nominal, masdar=_may_be_masdar(tok0.stem, d.lemma_form))
        if not m.future and tok0.stem[:2] in ("سي", "ست", "سن") and d.pos == "verb" and any(
                x.lemma == d.lemma for x in self.triggers.single.get(tok0.stem[1:], ())):
            m.future = True  # سيزور روسيا: a listed future form (the prefix stays on the stem)
        if not m.future and d.pos == "noun" and any(
                toks[k].base in _COMING or toks[k].norm in _COMING for k in range(hit.last, min(b, hit.last + 3))):
            m.future = True  # القمة المقبلة، في اجتماعهم القادم: an event still to come
        if d.pos == "noun":
            for k in range(hit.first - 1, max(a, hit.first - 6) - 1, -1):
                if toks[k].stem in LIGHT_VERBS or toks[k].norm in LIGHT_VERBS or (
                        toks[k].norm[:1] == "ل" and toks[k].norm[1:] in LIGHT_VERBS):  # لشن, kept whole
                    governors = [k]
                    if k - 1 >= a and toks[k - 1].stem in _DOING and "ب" in toks[k].prefixes:
                        governors.append(k - 1)  # سيقوم بعقد مشاورات: the modality of قام
                    for g in governors:
                        m2 = modality(doc, g, clause_bounds(doc, g, a, b)[0], etype, noun=False)
                        m.negated |= m2.negated
                        m.hypothetical |= m2.hypothetical
                        m.future |= m2.future
                        m.intent |= m2.intent
                    lv = toks[k]
                    to_do = lv.prefixes[:1] == ("ل",) or (lv.norm[:1] == "ل" and lv.norm[1:] in LIGHT_VERBS)
                    if to_do and not (k > a and toks[k - 1].stem[:3] in ("تعر", "يتع")):
                        m.intent = True  # تفويض لشن ضربات جوية على سوريا: "to launch", an aim
                    break
        if d.pos == "noun" and any(toks[k].norm in HABITUAL or toks[k].base in HABITUAL or
                                   toks[k].base in ("دوريه", "دوريا", "الدوريه") or
                                   (toks[k].norm == "كل" and k + 1 < cb and toks[k + 1].stem in _PERIODS)
                                   for k in range(ca, cb)) and \
                any(toks[k].stem[:1] in "يت" and (toks[k].stem in _WITNESS or toks[k].base in _WITNESS or
                                                  toks[k].stem in LIGHT_VERBS)
                    for k in range(max(a, hit.first - 4), hit.first)):
            # يشهد اليمن باستمرار عمليات خطف، تعقد اللجنة اجتماعات كل شهر: a recurring kind of event
            m.hypothetical = True
        if d.pos == "noun" and etype == "ASSAULT" and not anchored(doc, ca, cb) and any(
                (toks[k].stem in MASDAR_LIGHT or toks[k].base in MASDAR_LIGHT) and
                # (شن التحالف غارات: the verb with its subject between, not the masdar شنّ)
                not (k + 1 < hit.first and index.found_at[k + 1] is not None) and
                not (k - 1 >= a and toks[k - 1].norm in ("قد", "وقد", "لقد", "فقد"))  # (قد شن: a verb)
                for k in range(max(a, hit.first - 2), hit.first)):
            m.hypothetical = True  # تقرر الحكومة توجيه ضربة، للتدريب على توجيه ضربة: not (yet) done
        if (d.pos == "noun" or "ل" in tok0.prefixes[:1]) and purpose(doc, hit, a) and \
                not (etype == "PROTEST" and protesters_in(doc, ca, cb)):
            # لإعادة فرض عقوبات، للقاء، لضرب «داعش»: an aim, not a deed (but protesters who
            # gathered للاحتجاج على زيارة غل protested: the gathering is the protest)
            m.intent = True
        if m.intent:
            m.hypothetical = True
        if d.pos == "verb" and _imperfect(tok0, d) and any(
                toks[k].norm in HABITUAL or toks[k].stem in HABITUAL or
                (toks[k].norm == "كل" and k + 1 < cb and toks[k + 1].stem in _PERIODS) for k in range(ca, cb)):
            m.hypothetical = True  # المرض يقتل 22 ألف شخص سنويا، يزورون المتنزه كل عام: a habit
        if d.pos == "verb" and _imperfect(tok0, d) and etype in _STANCE_TYPES and any(
                toks[k].base in _GENERIC_SUBJECTS or toks[k].norm in _GENERIC_SUBJECTS for k in range(ca, hit.first)):
            m.hypothetical = True  # كثير من ساسة بريطانيا يتهمون، الرأي العام يرحب: a stance, not an act
        if _asked(doc, hit, a, b):
            m.hypothetical = True  # هل هاجمت إسرائيل غزة؟ a question asserts nothing
        if etype in ("CONCEDE", "RETREAT", "SANCTION") and hit.first > a and \
                toks[hit.first - 1].norm in _PROSPECT and not tok0.prefixes:
            # سيفتح الباب امام رفع العقوبات، مقابل الإفراج عن، شرط وقف إطلاق النار: a prospect
            m.hypothetical = True
        if etype == "SANCTION" and hit.first > a and toks[hit.first - 1].norm in _ENDING:
            # إنهاء تجميد جزئي لمساعدتها العسكرية، إلغاء الحظر: the end of a sanction eases it
            etype, mode = "CONCEDE", None
        if d.lemma == "رفع العقوبات" and not m.negated and _sanctions_lift_prospect(doc, hit, ca):
            # سيضمن رفع العقوبات، تداعيات رفع العقوبات، كعكة رفع العقوبات: the lifting named as a
            # topic, not done (تم رفع العقوبات، وافقت على رفع العقوبات: done or agreed)
            m.hypothetical = True
        if d.pos == "verb" and etype in _HABITUAL_TYPES and not m.future and not _headline(doc, si) and \
                _imperfect(tok0, d) and not dated_clause(doc, ca, cb):
            # وغالبا ما يقتل هؤلاء، حينما تقتل القاعدة أبرياء، كانوا يخطفون ويقتلون: violence in
            # the imperfect with no time of its own is a habit or a generic, not a reported deed
            # (headlines use the imperfect for news: إسرائيل تقصف غزة)
            m.hypothetical = True
        if etype in ("CONCEDE", "RETREAT") and d.pos == "verb" and m.negated and not m.hypothetical and any(
                toks[k].norm in ("لن", "لا") for k in range(max(a, hit.first - 2), hit.first)):
            # لن تتنازل الصين عن شبر واحد، لا ننسحب: a refusal (PLOVER codes it REJECT)
            etype, mode, m.negated, m.future = "REJECT", None, False, False
        future = m.future
        if etype == "ASSAULT" and future and not m.negated and not m.intent and d.pos == "verb":
            cond = condition_after(doc, hit.last, b)
            if cond is not None:
                # الجنود سيطلقون النار إذا اقترب الفلسطينيون من الحدود: a conditional threat
                etype, mode, future, m.hypothetical = "THREATEN", None, False, False
                if not recip_ps:
                    recip_ps = participants(doc, index, cond)
        if future and etype in FUTURE_AS_AGREE and not m.negated:
            etype, mode = "AGREE", None  # an announced meeting / deal: an expressed intent
        elif future and etype in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE") and not m.negated:
            m.hypothetical = True
        elif future and etype in _NOT_YET_SAID and not m.negated and d.pos == "verb" and (
                "س" in tok0.prefixes or tok0.stem[:2] in ("سي", "ست", "سن") or
                hit.first > a and toks[hit.first - 1].norm == "سوف"):
            m.hypothetical = True  # ستدعو القيادة إلى اجتماع، سيطلب مؤازرة القوى الأمنية: not yet said
        start = toks[hit.first].start
        end = toks[hit.last - 1].end
        ev_start = toks[ca].start
        ev_end = toks[cb - 1].end
        in_quote = any(q.start <= start < q.end for q in doc.quotes)
        ev = Event(
            id="", type=etype, mode=mode,
            trigger=Span(start, end, doc.text[start:end]),
            evidence=Span(ev_start, ev_end, doc.text[ev_start:ev_end]),
            actor=actor_ps, recipient=recip_ps,
            negated=m.negated, hypothetical=m.hypothetical, future=future,
            reported=in_quote or (ctx.speaker is not None and hit.first >= ctx.speech_end),
            sentence=si, rule=f"{d.lemma}:{d.pos}:{how}",
        )
        ev.confidence = _confidence(d.weight, how, bool(recip_ps), etype != d.type)
        if d.lemma == "تهنئة" and (not recip_ps or _within_one_state(actor_ps, recip_ps)):
            return None  # قدم التهنئة لمنسوبي الوحدات بالعيد: greetings at home are courtesy, not politics
        if etype == "SUPPORT" and _within_one_state(actor_ps, recip_ps) or \
                etype == "CONSULT" and _within_one_state(actor_ps, recip_ps) and \
                all(p.sector in (None, "BUS", "CVL") for p in recip_ps):
            # أشاد بجهود رجال الأمن، قدم الشكر لحكومة خادم الحرمين: courtesy within one state's
            # establishment (on real news none of 21 such events was a political event); a
            # party's, the opposition's or rebels' endorsement stays.  زار محافظ عنيزة مستشفى
            # الملك سعود، اجتمع مع رئيس شركة: an official's round at home, to a place, a company
            # or citizens (1 political event in 16); meetings with officials stay
            ev.confidence = min(ev.confidence, WEAK_SCORE)
        tok = toks[hit.first]
        definite = ("ال" in tok.prefixes or tok.stem.startswith("ال")) and not _goes_on(doc, hit, a) and \
            not (etype == "PROTEST" and "ل" in tok.prefixes)  # خرجوا للاحتجاج: "to protest", no reference
        after_time = hit.first > a and toks[hit.first - 1].base in TIME_PREPS
        if d.pos == "noun" and (definite or (after_time and _construct(doc, hit, b))) and \
                not (how.startswith("possessive") or tok.suffix in _POSSESSIVE) and \
                (after_time or not how.startswith(("explicit", "light-verb"))) \
                and not (not after_time and dated_clause(doc, ca, cb)):
            ev.retold = True  # بعد الإضراب الإسرائيلي، هذه الاتهامات: the event told before
        elif d.pos == "noun" and hit.first > a and toks[hit.first - 1].norm in ("تلك", "ذلك", "هذا", "هذه"):
            ev.retold = True
        elif d.lemma == "هتف" and any(toks[k].base in THE_PROTESTERS for k in range(ca, cb)):
            ev.retold = True  # وهتف المتظاهرون: the protesters of a protest told before chant
        elif etype == "PROTEST" and d.pos == "verb" and _imperfect(tok0, d) and hit.first > a and \
                (toks[hit.first - 1].stem in PROTESTER_NOUNS or toks[hit.first - 1].base in RELATIVES):
            ev.retold = True  # النار على متظاهرين يحتجون على ...: a description of the protesters
        return ev


_VERB_OPENERS = frozenset("قد لقد لم لن ان انه انها كما ثم حيث عندما بعدما اذ فقد وقد ما الذي التي الذين "
                          "اللذين اللتين".split())


_HABITUAL_TYPES = frozenset({"ASSAULT", "COERCE"})
#: the word sets named cue("...") in this module are data: lexicons/cues.tsv, rows "events: ..."
_PRONOUN_HOMOGRAPHS = cue("PRONOUN_HOMOGRAPHS")
_HONORIFICS = cue("HONORIFICS")
_UNKNOWN = cue("UNKNOWN")
#: mutual types (a meeting, a deal): either side may hold the public role (the governor
#: receives a citizen)
_MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: types whose actor must hold some public role (a sector other than business)
_POLITICAL_ACTOR_TYPES = frozenset({"CONSULT", "SUPPORT", "AGREE", "REQUEST", "COOPERATE", "ACCUSE", "REJECT",
                                    "AID", "CONCEDE", "RETREAT", "THREATEN"})
_ATTACKS = cue("ATTACKS")
#: condemnation verbs (their object may be an attack)
_CONDEMN_LEMMAS = frozenset({"أدان", "إدانة", "ندد", "استنكر", "شجب"})
_COMING = cue("COMING")
#: types whose present tense may tell a standing attitude
_STANCE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "AGREE"})
_GENERIC_SUBJECTS = cue("GENERIC_SUBJECTS")
_WITNESS = cue("WITNESS")
_WITNESSED = cue("WITNESSED")
_DOING = cue("DOING")
_MASDARS_IN_VERB_ROWS = cue("MASDARS_IN_VERB_ROWS")
_POSSESSIVE = frozenset({"ه", "ها", "هم", "هما"})


def _may_be_masdar(stem: str, lemma_form: str) -> bool:
    """Whether a verb row's word can be its masdar: listed as one, or the perfect of a
    verb whose masdar is spelt the same (قصف، تعاون، تفاوض)."""
    return stem in _MASDARS_IN_VERB_ROWS or (stem == lemma_form and (len(stem) == 3 or stem.startswith("ت")))


_NOUN_LIKE_VERBS = cue("NOUN_LIKE_VERBS")
_PERIODS = cue("PERIODS")
_ANONYMITY = cue("ANONYMITY")


_AFFILIATION = cue("AFFILIATION")


def _affiliated_gap(doc: Document, index: ActorIndex, f: Found, ti: int) -> bool:
    """المتشددين من الموالين لحركة طالبان اختطفوا: a group noun, then whose it is, then the
    verb; the من phrase belongs to the subject."""
    if f.entry is None or f.entry.source != "group" or ti - f.last > 6 or ti == f.last:
        return False
    toks = doc.tokens
    if toks[f.last].norm != "من":
        return False
    named = False
    for k in range(f.last, ti):
        if index.found_at[k] is not None:
            named = True
        elif not (toks[k].stem in _AFFILIATION or toks[k].norm in _AFFILIATION or toks[k].norm in QUOTE_MARKS):
            return False
    return named


def _aside_between_commas(doc: Document, k: int, a: int) -> int | None:
    """When the comma at token ``k`` closes a time expression set off by commas (، اليوم
    الخميس،) or an aside on who leads (، بقيادة السعودية،), the index of the opening comma."""
    toks = doc.tokens
    j = k - 1
    while j >= a and toks[j].norm not in ("،", ","):
        j -= 1
    if j < a or k - j < 2:
        return None
    start, end = toks[j + 1].start, toks[k - 1].end
    if toks[j + 1].norm in _LED_BY and k - j <= 5:
        return j  # شن طيران التحالف العربي، بقيادة السعودية، ضربات: an aside on who leads it
    return j if any(tm.start <= start and tm.end >= end for tm in doc.times) else None


_LED_BY = cue("LED_BY")


def _relative_doer(doc: Document, index: ActorIndex, lo: int, hi: int) -> Found | None:
    """بالدور الذي تقوم به مصر، بالجهود التي تبذلها السعودية: the doer named in a relative
    clause on the praised or blamed thing (الذي/التي + a verb + the doer)."""
    toks = doc.tokens
    for k in range(lo, hi - 2):
        if toks[k].base in RELATIVES and toks[k + 1].norm[:1] in "يت" and index.found_at[k + 1] is None:
            for j in (k + 2, k + 3):
                f = index.found_at[j] if j < hi else None
                if f is not None and code_of(index, f):
                    return f
            return None
    return None


def _protesters_where(doc: Document, index: ActorIndex, actors: list[Found], actor_ps: list[Participant],
                      ca: int, cb: int) -> list[Participant]:
    """Protesters named by no state of their own (متظاهرون، آلاف الأشخاص) are people of the
    place they protest in (تجمع متظاهرون حول سفارة استونيا في موسكو: Russians), not of the
    state the sentence otherwise names most."""
    if len(actors) != len(actor_ps) or not all(
            f.entry is not None and f.entry.source == "group" for f in actors):
        return actor_ps
    for f in actors:
        nxt = index.found_at[f.last] if f.last < len(doc.tokens) else None
        if nxt is not None and nxt.entry is not None and nxt.entry.source in ("nisba", "country", "capital"):
            return actor_ps  # متظاهرون أفغان، المتظاهرين الفلسطينيين: they say whose they are
    place = where(doc, index, ca, cb)
    if place is None:
        return actor_ps
    return [Participant(place, p.sector, p.entity, p.text, p.start, p.end) if p.code != place else p
            for p in actor_ps]


#: people named by where they come from (لاجئ من التبت، مهاجرين من سوريا)
_PEOPLE_FROM = frozenset("لاجئ لاجئا لاجئين لاجئون مهاجر مهاجرا مهاجرين مهاجرون نازحين نازحون مواطنين مواطنون".split())


def _people_from(doc: Document, index: ActorIndex, ca: int, end: int) -> str | None:
    """1000 لاجئ من التبت احتشدوا في نيودلهي: refugees or migrants protest as people of the state
    they come from, not of the place they protest in."""
    toks = doc.tokens
    for k in range(ca, end - 2):
        if (toks[k].stem in _PEOPLE_FROM or toks[k].base in _PEOPLE_FROM) and toks[k + 1].norm == "من":
            f = index.found_at[k + 2]
            if f is not None and f.entry is not None and f.entry.source in ("country", "place", "capital"):
                return code_of(index, f)
    return None


def _state_in_sentence(doc: Document, index: ActorIndex, a: int, b: int) -> str | None:
    """The first state the sentence names (a country, a capital, a place or a nisba)."""
    for f in unique_founds(index, a, b):
        if f.entry is not None and f.entry.source in ("country", "capital", "place", "nisba"):
            code = code_of(index, f)
            if code and len(code) == 3 and code not in ("IGO", "UNO", "EUR", "IMG"):
                return code
    return None


def _construct(doc: Document, hit: Hit, b: int) -> bool:
    """اغتيال عماد مغنية، مقتل الجنود: an event noun made definite by what it governs."""
    if hit.last >= b:
        return False
    nxt = doc.tokens[hit.last]
    return nxt.is_word and ("ال" in nxt.prefixes or nxt.stem.startswith("ال"))


_NAMED_PLACE_HEADS = cue("NAMED_PLACE_HEADS")
#: types whose verbs take a fact as subject in "وهو ما يدعم / مما يهدد" (which supports, risks)
_IMPERSONAL_TYPES = frozenset({"SUPPORT", "THREATEN", "REQUEST", "AID", "COOPERATE", "REJECT", "ACCUSE"})


def _impersonal(doc: Document, ti: int, a: int) -> bool:
    """مما يدعم، وهو ما يهدد، وهذا ما يستدعي: relative ما (which) before the verb."""
    if ti - 1 < a:
        return False
    prev = doc.tokens[ti - 1].norm
    if prev == "مما":
        return True
    if prev == "ما" and ti - 2 >= a:
        return doc.tokens[ti - 2].norm in ("وهو", "هو", "وهي", "هي", "وهذا", "هذا", "وذلك", "ذلك", "،", ",")
    return False


_PRONOUN_COMPLEMENTS = {"انه": "m", "بانه": "m", "لانه": "m", "كونه": "m",
                        "انها": "f", "بانها": "f", "لانها": "f", "كونها": "f", "انهم": "p", "بانهم": "p"}


def _pronoun_subject(doc: Document, hit: Hit) -> bool:
    """أنه أبلغ، إنها استقبلت، بأنهم التقوا: a pronoun after أن agreeing with an active verb
    right after it is the verb's subject (not the impersonal إنه of a passive: إنه تم)."""
    if hit.first == 0 or doc.tokens[hit.first - 1].sent != doc.tokens[hit.first].sent or hit.d.voice != "active":
        return False
    g = _PRONOUN_COMPLEMENTS.get(doc.tokens[hit.first - 1].norm)
    if g is None:
        return False
    w = doc.tokens[hit.first].norm
    if g == "f":
        return w.endswith("ت") or w.startswith("ت")
    if g == "p":
        return w.endswith(("وا", "ون"))
    return not w.endswith("ت") and not w.startswith("ت")


_MASCULINE_STATES = cue("MASCULINE_STATES")


def _feminine_after_masculine(doc: Document, hit: Hit, f: Found) -> bool:
    """ويطالب إيران بالتعاون: a masculine verb does not agree with إيران (feminine), so the
    state right after it is its object and the subject was dropped."""
    if f.entry is None or f.entry.source not in ("country", "capital") or f.first != hit.last:
        return False
    if doc.tokens[f.first].base in _MASCULINE_STATES or doc.tokens[f.first].norm in _MASCULINE_STATES:
        return False
    w = doc.tokens[hit.last - 1].norm
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    imperfect_m = w[:1] == "ي"
    perfect_m = hit.d.pos == "verb" and not w.endswith(("ت", "وا", "ا")) and w[:1] not in "يتن"
    return imperfect_m or perfect_m


def _held_responsible(doc: Document, index: ActorIndex, hit: Hit, args: Args, b: int) -> Args:
    """حمّل X المسؤولية: with a subject before the verb, the parties between the verb and
    المسؤولية are those held responsible; else one party there is (the subject dropped:
    وحملت إسرائيل المسؤولية), and of two the first is the subject (حمل الأردن إسرائيل المسؤولية)."""
    toks = doc.tokens
    resp = next((k for k in range(hit.first + 1, min(b, hit.first + 12))
                 if toks[k].stem == "مسؤوليه" or toks[k].base == "المسؤوليه"), None)
    if resp is None:
        return args
    between = [f for f in unique_founds(index, hit.first + 1, resp) if not _modifies_previous(index, f)]
    if not between:
        return args
    before = index.found_at[hit.first - 1] if hit.first > 0 else None
    if before is not None and slot_of(doc, index, before.first, max(0, before.first - 3)) is None:
        # وإسرائيل تحمل إيران ومضيفتها سوريا المسؤولية: the subject comes first
        return Args(subj=[before], obj=between, slots=args.slots)
    if len(between) == 1:
        return Args(subj=[], obj=between, slots=args.slots)
    return Args(subj=between[:1], obj=between[1:], slots=args.slots)


def _sector(index: ActorIndex, f: Found) -> str | None:
    ent = index.entity_at[f.first]
    return ent.sector if ent is not None else (f.entry.sector if f.entry is not None else None)


def _business(index: ActorIndex, f: Found) -> bool:
    return _sector(index, f) == "BUS"


def _media(index: ActorIndex, f: Found) -> bool:
    return _sector(index, f) in ("MED", "JRN")


def _platform(index: ActorIndex, f: Found) -> bool:
    """A medium named as such (على تويتر، عبر قناة الجزيرة): an organisation of sector MED."""
    return f.entry is not None and f.entry.source == "org" and _media(index, f)


_TITLE_HEADS = cue("TITLE_HEADS")


def _part_of_subject(doc: Document, index: ActorIndex, subj: Found, f: Found) -> bool:
    """Whether ``f`` still belongs to the subject's noun phrase: the subject's first state
    adjective after its own adjectives (وعدت السلطات الصحية الأردنية), the name of the
    holder after a title (ونفى رئيس البرلمان الإيراني علي لاريجاني), or whom a spokesman
    speaks for (المتحدث باسم الخارجية الأمريكية)."""
    toks = doc.tokens
    if speaks_for(doc, subj, f):
        return True  # نفت المتحدثة باسم البنتاغون
    if f.first == subj.last and f.entry is not None and subj.entry is not None and \
            not toks[subj.last - 1].prefixes and (
                (f.entry.source == "place" and subj.entry.source in ("title", "body")) or
                (f.entry.source == "org" and subj.entry.source in ("title", "group"))):
        return True  # استقبل محافظ جدة السفير الأمريكي، التقى قادة حماس: whose governor, whose leaders
    if (subj.kind == "PER" or (subj.entry is not None and subj.entry.source == "person")) and \
            f.first == subj.last + 1 and subj.last < len(toks) and not toks[subj.last].prefixes and \
            (toks[subj.last].stem in _TITLE_HEADS or (index.found_at[subj.last] is not None and
                                                      index.found_at[subj.last].entry is not None and
                                                      index.found_at[subj.last].entry.source == "title")):
        return True  # التقى هادي رئيس اليمن ... السفير الصيني: the name's own title and its state
    k, adjectives, nisba = subj.last, 0, False
    while k < f.first:
        g = index.found_at[k]
        if g is not None and g is not subj and g.entry is not None and g.entry.source == "nisba" and not nisba:
            k, nisba = g.last, True
        elif g is None and toks[k].is_word and toks[k].prefixes == ("ال",) and adjectives < 2 and not nisba:
            k, adjectives = k + 1, adjectives + 1
        else:
            return False
    if f.entry is None:
        return False
    if f.entry.source == "nisba":  # (a proper name takes no adjective: أدانت مصر الهجوم الإسرائيلي)
        return not nisba and adjectives > 0 and "ال" in toks[f.first].prefixes[:1] and \
            subj.entry is not None and subj.entry.source in ("body", "group", "title")
    titled = subj.entry is not None and subj.entry.source == "title" or (
        subj.first > 0 and toks[subj.first - 1].stem in _TITLE_HEADS)
    return f.entry.source == "person" and titled


#: the start of a word of condemnation (إدانته، وتنديدها، استنكاره، شجبه، أدان، تدين)
_CONDEMNING = ("ادان", "تنديد", "ندد", "استنكار", "استنكر", "شجب", "يدين", "تدين", "يندد", "تندد")


_ANNOUNCING = cue("ANNOUNCING")


def _victim_genitive(d: TriggerDef) -> bool:
    """An attack noun whose genitive is the victim (مقتل، اغتيال، اختطاف)."""
    return d.type == "ASSAULT" and d.frame.role("gen") == "recipient"
_SOURCES = cue("SOURCES")


def _vocalised(doc: Document, si: int) -> bool:
    """Whether sentence ``si`` is written with its short vowels (a Quranic verse, a hadith, a
    poem quoted in the article): news prose leaves them out."""
    cache = doc.scratch.setdefault("vocalised", {})
    if si not in cache:
        sent = doc.sentences[si]
        text = doc.text[sent.start:sent.end]
        marks = len(_MARKS.findall(text)) if _MARKS.search(text) else 0  # (most sentences have none)
        letters = len(_LETTERS.findall(text)) if marks else 0
        cache[si] = letters >= 12 and marks > 0.4 * letters
    return cache[si]


_MARKS = re.compile("[\u064b-\u0652]")
_LETTERS = re.compile("[\u0621-\u064a]")


def _count_word(t) -> bool:
    """A number or a counting word (سبعة، 15، عشرات)."""
    return t.norm[:1].isdigit() or t.stem in COUNT_WORDS or t.norm in COUNT_WORDS


def _condemned(doc: Document, hit: Hit, ca: int, reach: int = 3) -> bool:
    """The event noun is what a word of condemnation just before it (within ``reach``
    tokens of its clause) condemns."""
    for k in range(hit.first - 1, max(ca, hit.first - reach) - 1, -1):
        w = doc.tokens[k].norm
        w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
        if w.startswith(_CONDEMNING):
            return True
    return False


def _modifies_previous(index: ActorIndex, f: Found) -> bool:
    """طلب من السفير العراقي: a nisba right after another name modifies it (here inside the
    من phrase), so it is not the verb's subject."""
    return f.entry is not None and f.entry.source == "nisba" and f.first > 0 and \
        index.found_at[f.first - 1] is not None and index.found_at[f.first - 1] is not f


def _imposed_on_it(doc: Document, hit: Hit, b: int) -> bool:
    """عقوبات مفروضة عليها، العقوبات المفروضة عليه: imposed on a pronoun's referent."""
    toks = doc.tokens
    for k in range(hit.last, min(b - 1, hit.last + 3)):
        if toks[k].stem in ("مفروضه", "مفروض") and toks[k + 1].norm in ("عليها", "عليه", "عليهم"):
            return True
    return False


_BILATERAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_NOUN_HOMOGRAPHS = cue("NOUN_HOMOGRAPHS")
#: attack nouns whose genitive is their target when it is a state (invasions) or a building
_TARGET_GENITIVE = {"غزو": ("country", "capital", "place"), "تفجير": ("body", "place", "org", "capital")}
#: what opens a prospect rather than a deed (امام رفع العقوبات، مقابل الإفراج، شرط الانسحاب)
_PROSPECT = frozenset("امام مقابل شرط بشرط لقاء حال".split())
#: codes of actors that are no state (a transnational group, a coalition)
_NOT_A_STATE = frozenset({"IMG", "IGO"})
#: what ends a sanction (إنهاء تجميد، إلغاء الحظر)
_ENDING = frozenset("انهاء بانهاء وانهاء الغاء بالغاء والغاء انتهاء".split())
#: what makes the nominal lifting of sanctions a deed: it was done, begun, decided or agreed to
_LIFT_DONE = frozenset("تم يتم جري بدا بدات قرر قررت اقر اقرت وافق وافقت وافقوا اعلن اعلنت".split())


def _sanctions_lift_prospect(doc: Document, hit: Hit, ca: int) -> bool:
    """The trigger is the masdar رفع (رفع العقوبات، لرفع، برفع) with no verb of its doing before it."""
    toks = doc.tokens
    tok0 = toks[hit.first]
    if tok0.stem not in ("رفع", "تخفيف") or hit.first + 1 >= len(toks) or \
            toks[hit.first + 1].base not in ("العقوبات", "عقوبات"):
        return False  # (رفعت الولايات المتحدة العقوبات: the verb, with its subject)
    return not any(toks[k].stem in _LIFT_DONE or toks[k].norm in _LIFT_DONE
                   for k in range(max(ca, hit.first - 4), hit.first))


#: what a caller says during a call (أدان خلاله، أعرب خلاله عن تعازيه)
_SAID_IN_A_CALL = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "AGREE", "THREATEN", "COOPERATE"})
#: verbs of ordering: أمر بـ، وجّه بـ + a masdar (the one who orders is its actor)
_ORDERING = frozenset("امر امرت يامر تامر وجه وجهت يوجه توجه".split())
#: what may stand between the order and the masdar besides names (أمر في وقت سابق بدعم)
_ORDER_GAP = frozenset("في وقت سابق امس اليوم ايضا قد".split())
_DUALS = cue("DUALS")


def _dead_before(doc: Document, index: ActorIndex, hit: Hit, ca: int) -> list[Found]:
    """The people whose death (مقتل، مصرع) is told by the trigger or right before it in its clause
    (بمقتل 19 مسلحا من تنظيم داعش)."""
    toks = doc.tokens
    if hit.first - 1 > ca and toks[hit.first - 1].stem.startswith("سقط"):
        # 25 حوثيا وعشرة من رجال المقاومة سقطوا قتلى: the fallen before the verb
        for j in range(hit.first - 2, max(ca, hit.first - 10) - 1, -1):
            f = index.found_at[j]
            if f is not None and _people(index, f):
                return [f]
        return []
    k = next((j for j in range(hit.first, max(ca, hit.first - 12) - 1, -1)
              if toks[j].stem in ("مقتل", "مصرع")), None)
    if k is None:
        return []
    for j in range(k + 1, hit.first if k < hit.first else min(len(toks), k + 7)):
        if is_boundary(doc, j):
            break
        f = index.found_at[j]
        if f is not None and f.first == j and _people(index, f):
            return [f]
    return []


def _people(index: ActorIndex, f: Found) -> bool:
    """A coded mention that is not a state or a place (who can be killed)."""
    return bool(code_of(index, f)) and (f.entry is None or f.entry.source not in ("country", "capital", "place"))


def _caller_named_late(doc: Document, index: ActorIndex, hit: Hit, cb: int) -> list[Found]:
    """اتصالاً هاتفياً اليوم من صاحب السمو الشيخ محمد الخالد الحمد الصباح نائب رئيس مجلس
    الوزراء وزير الداخلية الكويتي: من right after the call, the caller's name unknown to the
    lexicons; his office after it names him."""
    toks = doc.tokens
    k = next((j for j in range(hit.last, min(cb, hit.last + 4)) if toks[j].norm == "من"), None)
    if k is None or content_gap(doc, hit.last, k) > 1:
        return []
    for j in range(k + 1, min(cb, k + 14)):
        if is_boundary(doc, j):
            return []
        f = index.found_at[j]
        if f is not None and f.first == j and code_of(index, f):
            return [f] if f.entry is not None and f.entry.source in ("title", "person", "body") else []
    return []


def _dual_subject(doc: Document, hit: Hit, a: int, b: int) -> bool:
    """البلدين، الجانبان، الطرفان right after the trigger (or just before it): the subject is
    the pair of parties of the last meeting."""
    toks = doc.tokens
    return any(toks[k].base in _DUALS or toks[k].norm in _DUALS
               for k in list(range(hit.last, min(b, hit.last + 3))) + list(range(max(a, hit.first - 2), hit.first)))


def _object_first(doc: Document, index: ActorIndex, hit: Hit) -> bool:
    """قتل عددا من زعماء طالبان، قتلت ثلاثة جنود: an indefinite accusative (ـًا) or a count
    right after an active verb is its object, so the subject is dropped and no later name is it."""
    k = hit.last
    verb = doc.tokens[hit.first]
    if verb.norm.endswith("وا") and verb.suffix == "" and k < len(doc.tokens) and \
            doc.tokens[k].sent == verb.sent and doc.tokens[k].is_word:
        return True  # وخطفوا جنديين: a verb marked plural has its subject in it; the next noun is its object
    if k >= len(doc.tokens) or index.found_at[k] is not None:
        return False
    t = doc.tokens[k]
    if t.sent != doc.tokens[hit.first].sent:
        return False
    if t.norm[:1].isdigit() or t.stem in NUMBER_WORDS:
        return True  # قتلت ثلاثة جنود أمريكيين: a count of victims, not the killers
    return (t.is_word and not t.prefixes and len(t.stem) >= 4 and t.stem.endswith("ا")
            and not t.stem.endswith(("ها", "نا", "ما")))


_GOING_ON = cue("GOING_ON")


def _goes_on(doc: Document, hit: Hit, a: int) -> bool:
    """وتواصلت المظاهرات، ارتفعت حدة الاحتجاجات: a definite event noun that is the subject of a verb
    of going on or growing is told as happening, not referred back to."""
    toks = doc.tokens
    k = hit.first - 1
    if k > a and toks[k].base in ("حده", "وتيره", "موجه"):
        k -= 1  # ارتفعت حدة الاحتجاجات
        return k >= a and (toks[k].base in _GOING_ON or toks[k].stem in _GOING_ON or
                           toks[k].base in ("ارتفعت", "زادت", "ازدادت"))
    return k >= a and (toks[k].base in _GOING_ON or toks[k].stem in _GOING_ON)


#: speech-verb kinds (speech_verbs.tsv) that tell rather than act
_REPORTING_KINDS = frozenset({"report", "reveal", "confirm"})


def reporting_verbs(speech_cues: dict) -> frozenset[str]:
    """Forms of the verbs of telling and documenting: the reporting speech verbs of
    speech_verbs.tsv (ذكر، أفاد، كشف، أكد...) and the documenting verbs of cues.tsv
    (تحدث، وثق، رصد...)."""
    return frozenset(form for form, c in speech_cues.items() if c.kind in _REPORTING_KINDS) | \
        cue("REPORTING_VERBS")


def _reported_by(doc: Document, lo: int, ti: int, reporting: frozenset[str]) -> bool:
    """تحدث تقرير هيومن رايتس ووتش عن اعتقال الطفلة: a verb of telling stands before the event
    noun in its clause; the clause subject tells of the event, it does not act."""
    return any(doc.tokens[k].stem in reporting or doc.tokens[k].base in reporting for k in range(lo, ti))


#: words whose future tense (ستدعو، سيطلب، سوف يرفض) says nothing has been said yet (meetings,
#: aid and deals announced are AGREE: FUTURE_AS_AGREE); on real news 6 of 8 future requests
#: were no event, the other two made now about a coming date (دعا إلى اجتماع الأربعاء المقبل)
_NOT_YET_SAID = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"})
_ATTACKER_HEADS = cue("ATTACKER_HEADS")
_ACTOR_HEADS = cue("ACTOR_HEADS")


def _attackers_adjective(doc: Document, index: ActorIndex, hit: Hit, bare: list[Found],
                         heads: frozenset[str] | None = None, k: int | None = None) -> Found | None:
    """The state adjective right after an attackers' noun (and its own adjectives) that
    opens the clause after an attack verb: وقصفت طائرات حربية تركية (or after another
    collective noun of ``heads``: دعت القوى الفلسطينية); ``k`` is where the noun may stand
    (after the trigger by default; after the light verb: وشنت مقاتلات تركية غارات)."""
    toks = doc.tokens
    k = hit.last if k is None else k
    heads = _ATTACKER_HEADS if heads is None else heads
    # (the segmenter keeps the article on some plurals: المقاتلات)
    if k >= len(toks) or not (toks[k].stem in heads or toks[k].stem.startswith("ال") and toks[k].stem[2:] in heads):
        return None
    for f in bare:
        if f.first - k > 3:
            return None
        if f.entry is not None and f.entry.source == "nisba" and all(
                toks[j].is_word and index.found_at[j] is None for j in range(k, f.first)):
            return f
    return None


def _light_verb_gap(doc: Document, end: int, hit: Hit) -> bool:
    """وكان الرئيس الأميركي أجرى اتصالا هاتفيا: only a light verb (not one whose subject is the
    target: تعرض) between the subject and a verb row's masdar governed by it."""
    toks = doc.tokens
    if hit.first - end != 1 or toks[hit.first].prefixes or \
            not _may_be_masdar(toks[hit.first].stem, hit.d.lemma_form) and hit.last - hit.first < 2:
        return False
    t = toks[end]
    inverse = LIGHT_VERBS.get(t.stem, LIGHT_VERBS.get(t.norm))
    return inverse is False


def _noun_of_adjective(doc: Document, index: ActorIndex, f: Found | None, lo: int) -> Found | None:
    """The noun a state adjective found right after it modifies (الأحزاب الموريتانية، الشرطة
    التركية: the parties, the police), when the two were found apart; else ``f``."""
    head = index.found_at[f.first - 1] if f is not None and f.first > lo else None
    if head is not None and head.last == f.first and drop_modifiers(doc, [head, f]) == [head]:
        return head
    return f


def _adjective_of_subject_before_object(doc: Document, index: ActorIndex, hit: Hit,
                                        bare: list[Found]) -> Found | None:
    """طالب المستثمر السعودي الحكومة المصرية: a definite noun no lexicon knows right after the
    verb, its state adjective, then a name with no preposition: verb, subject, object; the
    adjective's state is the subject's (a dropped subject's object would be followed by a
    preposition, not by a second name: وانتقد الموقف الأمريكي تجاه إيران)."""
    toks = doc.tokens
    k = hit.last
    if k + 2 >= len(toks) or index.found_at[k] is not None or not toks[k].is_word or \
            "ال" not in toks[k].prefixes or toks[k].suffix:
        return None
    nisba = next((f for f in bare if f.first == k + 1), None)
    if nisba is None or nisba.entry is None or nisba.entry.source != "nisba":
        return None
    obj = next((f for f in bare if f.first >= nisba.last), None)
    if obj is None or obj.first != nisba.last or obj.entry is None or obj.entry.source == "nisba":
        return None
    return nisba


def _title_before(index: ActorIndex, lo: int, k: int) -> bool:
    """A title stands between the verb and the name (وحذر السفير اليابان): the title is the
    subject, of a state the lexicons cannot tell here; the name after it is the object."""
    return any(index.found_at[j] is not None and index.found_at[j].entry is not None and
               index.found_at[j].entry.source == "title" and not has_code(index, index.found_at[j])
               for j in range(lo, k))


def _quoted_after(doc: Document, lo: int, k: int, end: int | None = None) -> bool:
    """A quotation opens between the verb and the name (وانتقد «أولوية الحكومة الإسرائيلية»):
    the name is inside what is criticised or said, not the subject.  A name alone in quotes
    right after the verb (هدد «داعش» الحكومة التركية, ending at ``end``) is only quoted as a
    name, unless what follows is what was said to it (أبلغت «فيفا» أني: the addressee)."""
    toks = doc.tokens
    opened = [j for j in range(lo, k) if toks[j].norm in ("«", "“", '"')]
    if opened == [k - 1] and (k - 1 == lo or k - 2 == lo and toks[lo].stem in _NAME_HEADS) and \
            end is not None and end + 1 < len(toks) and \
            toks[end].norm in ("»", "”", '"') and toks[end + 1].norm not in _THAT:
        return False
    return bool(opened)


_THAT = frozenset("ان انه انها اني انهم انا بان بانه بانها".split())
#: a generic noun before a quoted name (منظمة «هيومن رايتس ووتش»)
_NAME_HEADS = frozenset("منظمه حركه جماعه تنظيم مجموعه صحيفه وكاله شبكه قناه حزب جمعيه هيئه جبهه".split())


def _nominative_subject_after(doc: Document, index: ActorIndex, hit: Hit) -> bool:
    """A plural in the nominative right after the verb (مواطنون، قائدو المركبات) is its
    subject, so the subject is not dropped, even when no lexicon knows it."""
    toks = doc.tokens
    k = hit.last
    if k >= len(toks) or toks[hit.first].sent != toks[k].sent or index.found_at[k] is not None:
        return False
    t = toks[k]
    stem = t.stem
    if not t.is_word or t.prefixes or stem[:1] in "يتن" or stem in ("ابو", "نحو", "ذوو", "اخو"):
        return False
    if stem.endswith("ون") and len(stem) >= 5 or stem in _SOURCES:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if hit.d.type in _STANCE_TYPES and nxt is not None and nxt.norm == "من" and (
            stem in ("عدد", "بعض") or stem == "مجموعه" and toks[hit.first].stem.endswith("ت")):
        # وطالبت مجموعة من أقارب الركاب، وانتقد عدد من النواب: some of them (عددا من، a
        # masculine verb before مجموعة, or اعتقلت مئات من are objects)
        return True

    if len(stem) >= 5 and stem.endswith("تان") or (
            len(stem) >= 4 and stem.endswith("ان") and nxt is not None and nxt.stem.endswith("ان")
            and len(nxt.stem) >= 4 and index.found_at[k + 1] is None):
        return True  # هاجمت امرأتان مسلحتان، أطلق مسلحان مجهولان: a dual in the nominative
    return stem.endswith("و") and len(stem) >= 4 and nxt is not None and "ال" in nxt.prefixes[:1]


def _definite_subject_before_name(doc: Document, index: ActorIndex, hit: Hit) -> bool:
    """دعا المركز الأمم المتحدة، وحذر البيان إيران: a definite noun no lexicon knows right
    after the verb, then a name with no preposition: verb, subject, object (a dropped
    subject's object would not be followed by a second bare name)."""
    toks = doc.tokens
    k = hit.last
    if k + 1 >= len(toks) or toks[hit.first].suffix or index.found_at[k] is not None:
        return False
    t = toks[k]
    stuck = not t.prefixes and t.norm.startswith("ال") and t.norm[2:] in _ATTACKER_HEADS  # المقاتلات kept whole
    if not t.is_word or (t.prefixes != ("ال",) and not stuck) or t.suffix or toks[k + 1].sent != t.sent:
        return False
    if (t.stem in _ATTACKER_HEADS or t.norm[2:] in _ATTACKER_HEADS) and hit.d.type == "ASSAULT" and not (
            index.found_at[k + 1] is not None and index.found_at[k + 1].entry is not None and
            index.found_at[k + 1].entry.source == "nisba"):  # (الطائرات التركية: the attackers' state)
        # قصفت الطائرات مواقع داعش: the aircraft (definite, unknown state) attack the group's positions
        return any(index.found_at[j] is not None and has_code(index, index.found_at[j])
                   for j in range(k + 1, min(len(toks), k + 4)) if toks[j].sent == t.sent)
    g = index.found_at[k + 1]
    return g is not None and g.first == k + 1 and g.entry is not None and \
        g.entry.source not in ("nisba", "place") and has_code(index, g) and not adjective_form(doc, g)  # المبعوث الأممي


def _unknown_subject_after(doc: Document, index: ActorIndex, hit: Hit, given: frozenset[str]) -> bool:
    """Right after the verb, a man the NER tagged or a given name no lexicon holds (ودعا حمود
    المقدسيين), or a group in the nominative whose state is unknown (واتهم المتمردون القوات
    الحكومية): its subject, so no subject of an earlier sentence carries over.  (A bare title
    takes its state later.)"""
    toks = doc.tokens
    if hit.last >= len(toks) or toks[hit.last].sent != toks[hit.first].sent:
        return False
    f = index.found_at[hit.last]
    if f is None:
        return not toks[hit.last].prefixes and toks[hit.last].norm in given
    # (a group only in the nominative plural: واعتقلت المتظاهرين keeps the police carried over)
    return _uncoded_subject_after(index, hit) and (
        f.kind == "PER" and f.entry is None or
        f.entry is not None and f.entry.source == "group" and f.entry.sector in ("REB", "UAF", "OPP", "PTY") and
        toks[f.last - 1].norm.endswith("ون"))  # (وهتف المتظاهرون: the protesters of the protest told before)


def _uncoded_subject_after(index: ActorIndex, hit: Hit) -> bool:
    """A person or organisation with no known state right after the verb."""
    f = index.found_at[hit.last] if hit.last < len(index.found_at) else None
    return f is not None and f.first == hit.last and f.kind in ("PER", "ORG") and not has_code(index, f)


def _agent_follows(doc: Document, hit: Hit, b: int) -> bool:
    """اعتقل على يد أفراد من الشرطة، اختطف من قبل مسلحين: an agent phrase right after a verb
    with no object pronoun makes it passive (an active verb takes its subject or object first)."""
    toks = doc.tokens
    k = hit.last
    if toks[hit.first].suffix or k + 1 >= b:
        return False
    return (toks[k].norm == "علي" and toks[k + 1].base in ("يد", "ايدي")) or \
        (toks[k].norm == "من" and toks[k + 1].norm == "قبل")


def _counted(tok) -> bool:
    """A number (or عدد) right before an event noun."""
    return tok.norm[:1].isdigit() or tok.stem in ("عدد", "عشرات", "مئات", "الاف", "الالاف")


def _headline(doc: Document, si: int) -> bool:
    """The first sentence when it does not end like a sentence (a title line)."""
    if si != 0:
        return False
    sent = doc.sentences[0]
    last = doc.tokens[sent.token_end - 1] if sent.token_end > sent.token_start else None
    return last is None or last.norm not in (".", "!", "؟", "?", "»", "”", '"')


def _imperfect(tok, d: TriggerDef) -> bool:
    """يقتل، تقتل، ويقتلون: the imperfect of a verb whose perfect (قتل) does not start so."""
    stem = tok.stem
    # (تحث: the imperfect of a doubled verb, حثّ, is three letters long)
    return (len(stem) > 3 or len(stem) > len(d.lemma_form)) and stem[0] in "يتن" and stem[:2] != d.lemma_form[:2] and \
        not d.lemma_form.startswith(stem[0])


def _verb_context(doc: Document, index: ActorIndex | None, i: int, a: int) -> bool:
    """Whether a bare form (قصف) can be a verb here: at a clause start, after a particle,
    or right after its subject (إسرائيل قصفت)."""
    if i == a:
        return True
    prev = doc.tokens[i - 1]
    if prev.norm in _VERB_OPENERS or prev.base in _VERB_OPENERS or \
            not (prev.is_word or prev.norm[:1].isdigit()):
        return True  # after punctuation or a particle (not after a number: في 2006 وقصف غزة)
    if index is not None and index.found_at[i - 1] is not None:
        return True
    if prev.stem in ATTACKERS or prev.norm in ATTACKERS:
        return True  # مهاجما انتحاريا فجر نفسه: right after an unnamed subject
    if i + 1 < len(doc.tokens) and doc.tokens[i + 1].norm in ("نفسه", "نفسها", "انفسهم"):
        return True  # فجر نفسه: a reflexive object makes it a verb
    return any(p in ("و", "ف") for p in doc.tokens[i].prefixes) and (i - 1 < a or not prev.is_word)


def _word_in(tok, words: frozenset[str]) -> bool:
    return tok.stem in words or tok.base in words or tok.norm in words


def _word_eq(tok, word: str) -> bool:
    return tok.stem == word or tok.base == word or tok.norm == word or tok.stem == "ال" + word


def _pick_pos(defs: list[TriggerDef], tok, governed: bool = False) -> TriggerDef:
    """Verb or noun reading of a form such as قصف/قتل: the article, a preposition or a
    governing verb (حاولت إسرائيل قتل...) means a noun."""
    if len(defs) == 1:
        return defs[0]
    nounish = governed or "ال" in tok.prefixes or any(p in ("ب", "ل", "ك") for p in tok.prefixes)
    want = "noun" if nounish else "verb"
    return next((d for d in defs if d.pos == want), defs[0])


def _first_person(tok, d: TriggerDef, triggers: TriggerIndex) -> bool:
    """نشكر، أجريت، التقينا: the speaker is the subject."""
    stem = tok.stem
    if len(stem) < 3:
        return False
    forms = triggers.single
    same = lambda w: any(x.lemma == d.lemma for x in forms.get(w, ()))  # noqa: E731
    # نشكر (we thank); not أ- (أستدعي is spelt like the perfect استدعى once hamza is dropped)
    if stem[0] == "ن" and same("ي" + stem[1:]) and not stem.startswith(d.lemma_form):
        return True  # (نفذ is the perfect itself, not نـ + فذ)
    return stem.endswith("نا") and same(stem[:-2]) and not same(stem)


def _has_need(doc: Document, hit: Hit, b: int, need: frozenset[str]) -> bool:
    for k in range(hit.last, min(b, hit.last + hit.d.frame.need_reach)):
        t = doc.tokens[k]
        if t.stem in need or t.base in need or t.norm in need or \
                any(p in need for p in t.prefixes):
            return True
    return False


#: the raw score of an event the rules know to be weak (its sentence names neither party;
#: courtesy within one state's establishment): below Config.min_event_confidence by default,
#: so only violence, arrests and protests of that kind stay
WEAK_SCORE = 0.25

_HOW_FACTOR = {"explicit": 1.0, "light-verb": 0.95, "clause": 0.9, "pro-drop": 0.85,
               "clause-subject": 0.75, "noun-pro-drop": 0.7, "inverse-context": 0.6, "anonymous": 0.6, "instrument": 0.9,
               "possessive": 0.75}


def _place_witnessed(doc: Document, f: Found, ca: int) -> bool:
    """شهدت تركيا أمس هجوما انتحاريا: a state or place that "saw" the event is where it
    happened, not who did it."""
    return f.entry is not None and f.entry.source in ("country", "capital", "place") and \
        any(doc.tokens[k].stem in _WITNESSED or doc.tokens[k].norm in _WITNESSED for k in range(max(ca, f.first - 2), f.first))


def _asked(doc: Document, hit: Hit, a: int, b: int) -> bool:
    """The trigger is in a yes/no question: هل (وهل، فهل) before it, a question mark after it."""
    toks = doc.tokens
    return any(toks[k].norm in ("هل", "وهل", "فهل") for k in range(max(a, hit.first - 12), hit.first)) and \
        any(toks[k].norm in ("؟", "?") for k in range(hit.last, b))


def _within_one_state(actors: list[Participant], recipients: list[Participant]) -> bool:
    """Both sides are one state's, and none is a party, the opposition or rebels."""
    codes = {p.code for p in actors + recipients}
    return len(codes) == 1 and None not in codes and bool(recipients) and \
        not any(p.sector in ("PTY", "OPP", "REB") for p in actors + recipients)


def _confidence(weight: float, how: str, has_recipient: bool, sense_changed: bool) -> float:
    base, _, fallback = how.partition("+")
    c = weight * _HOW_FACTOR.get(base, 0.8)
    if not has_recipient:
        c *= 0.85
    elif "R0" in fallback:
        return min(c, WEAK_SCORE)
    elif "R" in fallback:
        c *= 0.75
    elif fallback:
        c *= 0.9
    if sense_changed:
        c *= 0.9
    return max(0.05, min(0.99, c))


__all__ = ["EventExtractor"]
