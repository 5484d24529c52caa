"""The event engine: triggers -> typed events with roles, modality and evidence.

For every sentence:

1. find triggers (single words by their stem, multi-word patterns by their first
   word), longest first;
2. decide the sense where the lexicon says the word is ambiguous (إضراب: labour
   strike or a mistranslated military strike; استدعى: summon an envoy or call);
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
5. keep events with an actor; future meetings and deals become AGREE (an expressed
   intent), dated on the day they were announced.

Dates (:mod:`hadath.events.dates`), deduplication (:mod:`hadath.events.dedup`),
locations (:mod:`hadath.places`) and glosses (:mod:`hadath.gloss`) follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..actors import ActorIndex
from ..document import Document, Entity, Event, Mention, Participant, Span
from ..entities import Found
from .lexicon import TriggerDef, TriggerIndex
from .modality import modality
from .syntax import LIGHT_VERBS, PREPOSITIONS, PUNCT_BOUNDARY, clause_bounds, is_boundary, preposition

MILITARY_WORDS = frozenset("""
جوي جويه جويا عسكري عسكريه صاروخ صواريخ صاروخيه طائرات طائره مسيره مسيرات قصف غاره غارات
منشات المنشات نوويه النوويه قاعده قوات جيش الجيش مقاتلات حربيه قنابل
""".split())
LABOUR_WORDS = frozenset("عمال العمال نقابه نقابات موظفين الموظفين معلمين المعلمين اطباء الطعام رواتب اجور "
                         "العمل سائقي احتجاجا احتجاج المحامين التجار".split())
ENVOY_WORDS = frozenset("سفير السفير سفيرها سفيره القائم دبلوماسي الدبلوماسي مبعوث المبعوث القنصل".split())
COURT_WORDS = frozenset("محكمه المحكمه القضاء القاضي النيابه".split())
SKIP_BETWEEN = frozenset("قد لقد ان انه انها كان كانت".split())
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان".split())
_ANONYMOUS_SECTOR = {"ASSAULT": "UAF", "PROTEST": "CVL"}
_TIME_PREPS = frozenset("بعد منذ عقب اثر قبل خلال اثناء اعقاب اعقب".split())
_PASSIVE_MARKERS = frozenset("تم يتم سيتم جري يجري وتم ويتم".split())
WEAK_NOUN = 0.5  # event nouns below this prior need an explicit actor (a nisba, genitive, light verb)
FUTURE_AS_AGREE = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"})
_PLACE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "CONSULT", "AID", "SANCTION"})


@dataclass
class Hit:
    """A trigger occurrence."""

    first: int
    last: int
    d: TriggerDef


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


class EventExtractor:
    def __init__(self, triggers: TriggerIndex, gazetteer=None) -> None:
        self.triggers = triggers
        self._noun_variants: dict[tuple[str, int], TriggerDef] = {}
        self.fuzzy = FuzzyPlaces(gazetteer) if gazetteer is not None else None

    # -- 1. triggers --------------------------------------------------------------------
    def find_triggers(self, doc: Document, a: int, b: int, index: ActorIndex | None = None) -> list[Hit]:
        hits: list[Hit] = []
        toks = doc.tokens
        i = a
        while i < b:
            t = toks[i]
            f = index.found_at[i] if index is not None else None
            if f is not None and not (f.entry is not None and f.entry.source == "group"):
                i += 1  # دعم in تحالف دعم الشرعية is part of a name (المتظاهرون is not a name)
                continue
            best: Hit | None = None
            for key in {t.stem, t.norm, t.base}:
                for d in self.triggers.multi.get(key, ()):
                    n = len(d.rest)
                    if i + n < b and all(_word_eq(toks[i + 1 + k], d.rest[k]) for k in range(n)):
                        if best is None or n + 1 > best.last - best.first:
                            best = Hit(i, i + 1 + n, d)
                    elif best is None and d.pos == "verb" and n == 1 and d.rest[0] not in PREPOSITIONS \
                            and len(d.rest[0]) > 3:
                        # فرض الرئيس الأمريكي، دونالد ترامب، عقوبات: the subject sits in between
                        for k in range(i + 2, min(b, i + 9)):
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
                    if d.pos == "verb" and (any(p in ("ال", "ب", "ك") for p in t.prefixes) or
                                            (governed and t.stem != d.lemma_form and t.stem.endswith("ات"))):
                        # الالتزام، والتعاون: a verb never takes the article; تلقى تعهدات: a plural
                        # after a light verb is its object noun
                        d = self._as_noun(d)
                    if d.pos == "verb" and t.stem == d.lemma_form and len(t.stem) == 3 and \
                            not _verb_context(doc, index, i, a):
                        # حظر، قصف، دعم after an ordinary noun: the masdar, not the verb
                        d = next((x for x in defs if x.pos == "noun"), None)
                    # كتهديد "as a threat": a predicate, not an event
                    if d is not None and not (d.pos == "noun" and "ك" in t.prefixes):
                        best = Hit(i, i + 1, d)
            if best is not None and best.d.frame.unless and \
                    any(_word_in(toks[k], best.d.frame.unless) for k in range(best.last, min(b, best.last + 3))):
                best = None  # أجهزة الطرد المركزي، لم تعلق إيران على
            if best is not None:
                hits.append(best)
                i = best.last
            else:
                i += 1
        return hits

    def _as_noun(self, d: TriggerDef) -> TriggerDef:
        from dataclasses import replace

        from .lexicon import DEFAULT_FRAMES, parse_frame

        key = (d.lemma, d.line)
        got = self._noun_variants.get(key)
        if got is None:
            got = replace(d, pos="noun", frame=parse_frame(DEFAULT_FRAMES[("noun", "active")]),
                          weight=round(d.weight * 0.8, 3))
            self._noun_variants[key] = got
        return got

    # -- 3. roles -------------------------------------------------------------------------
    def arguments(self, doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> Args:
        """Actor mentions around the trigger, by syntactic slot."""
        args = Args()
        ca, cb = clause_bounds(doc, hit.first, a, b)
        founds = _unique_founds(index, ca, cb)
        d = hit.d
        after = [f for f in founds if f.first >= hit.last]
        before = [f for f in founds if f.last <= hit.first]
        if d.pos == "verb":
            # SVO: an actor right before the verb (after إن/أن or at the clause start)
            pre = next((f for f in reversed(before)
                        if slot_of(doc, index, f.first, ca) is None and _gap_ok(doc, f.last, hit.first)),
                       None)
            post = [f for f in after if f.first - hit.last <= 8]
            bare = _drop_modifiers([f for f in post if slot_of(doc, index, f.first, hit.last) is None])
            first_person = _first_person(doc.tokens[hit.first], d, self.triggers)
            antecedent = _relative_antecedent(doc, index, ca)
            if antecedent is not None and pre is None and not doc.tokens[hit.first].suffix and not first_person:
                args.subj = [antecedent]  # الذي حدد قطر: the antecedent designated Qatar
            elif pre is not None and not first_person:
                args.subj = [pre] + _coordinated(doc, pre, after)
            elif not first_person:
                subj = next((f for f in bare if f.first - hit.last <= 4 and not _adjective(doc, index, f)
                             and not (d.type in _PLACE_OBJECT_TYPES and _is_place(f))), None)
                if subj is not None:
                    args.subj = [subj] + _coordinated(doc, subj, after)
            subj_ents = {id(index.entity_at[f.first]) for f in args.subj}
            if d.frame.role("obj") == "actor":
                # استقبل ولي العهد ... في الرياض يوم الأحد وزير الخارجية: the guest comes late
                bare = _drop_modifiers([f for f in after if f.first - hit.last <= 14
                                        and slot_of(doc, index, f.first, hit.last) is None])
            args.obj = [f for f in bare if f not in args.subj
                        and id(index.entity_at[f.first]) not in subj_ents
                        and not (d.frame.role("obj") == "actor" and _adjective(doc, index, f))][:1]
            for f in post:
                p = slot_of(doc, index, f.first, hit.last)
                if p is not None:
                    args.slots.setdefault(p, []).append(f)
                    args.slots[p] += _coordinated(doc, f, after)
        else:
            near = [f for f in after if f.first - hit.last <= 4]
            for f in near:
                p = slot_of(doc, index, f.first, hit.last)
                if p is None:
                    if f.entry is not None and f.entry.source == "nisba" and f.first - hit.last <= 2:
                        args.slots.setdefault("nisba", []).append(f)
                    elif f.first == hit.last and "gen" not in args.slots:
                        args.slots["gen"] = [f] + _coordinated(doc, f, after)
                else:
                    args.slots.setdefault(p, []).append(f)
                    args.slots[p] += _coordinated(doc, f, after)
            for f in after[len(near):]:
                p = slot_of(doc, index, f.first, hit.last)
                if p in ("علي", "ضد", "مع", "الي", "من_قبل", "علي_يد") and f.first - hit.last <= 8:
                    args.slots.setdefault(p, []).append(f)
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
                actors = _dedupe(fs)
            elif role == "recipient" and not recips:
                recips = [f for f in _dedupe(fs) if f not in actors]
        ca, cb = clause_bounds(doc, hit.first, a, b)
        if d.pos == "noun" and d.type in ("AGREE", "SUPPORT", "COOPERATE"):
            # اتفاق فيينا، اتفاقية الدوحة: a place after an agreement names it
            actors = [f for f in actors if not _is_place(f)]
            recips = [f for f in recips if not _is_place(f)]
        if d.pos == "noun":
            gov = self._governing_verb(doc, index, hit, a, ctx)
            if gov is not None:
                g_subj, inverse = gov
                if inverse:  # تعرضت قطر لهجوم: the subject is the target
                    if g_subj and (not recips or recips == actors):
                        recips = [f for f in g_subj if f not in actors]
                    if not actors and recips:  # تلقى تعهدات: from the other party just mentioned
                        other = _other_party(doc, index, hit, recips, a)
                        if other:
                            actors, how = other, "inverse-context"
                elif not actors and g_subj:
                    actors, how = g_subj, "light-verb"
            passive = hit.first > 0 and doc.tokens[hit.first - 1].norm in _PASSIVE_MARKERS
            if not actors and d.weight >= WEAK_NOUN and not passive:
                prev = ctx.clause_actors.get(ca)
                subj = _clause_subject(doc, index, ca, hit.first)
                if prev:
                    actors, how = prev, "clause"
                elif subj:
                    actors, how = subj, "clause-subject"
        subject_role = frame.role("subj")
        if not actors and (subject_role == "actor" or (d.pos == "noun" and d.weight >= WEAK_NOUN)):
            dropped = self._dropped_subject(doc, index, hit, ca, ctx)
            if dropped:
                actors, how = dropped, "pro-drop" if d.pos == "verb" else "noun-pro-drop"
        if not recips and subject_role == "recipient" and d.pos == "verb" and not args.subj:
            dropped = self._dropped_subject(doc, index, hit, ca, ctx)
            if dropped:
                recips = dropped
        if frame.symmetric and len(actors) > 1 and not recips:
            recips, actors = actors[1:], actors[:1]
        if not recips and actors:
            recips = _fallback_recipient(doc, index, hit, actors, ca, cb)
            if recips:
                how += "+r"
        return actors, recips, how

    @staticmethod
    def document_recipient(doc: Document, index: ActorIndex, actor_codes: set[str]) -> Participant | None:
        """The other party by default: the state the article is most about, other than the
        actor's (وتنفي إيران هذه الاتهامات: Israel's accusations), else the actor's own state
        (domestic politics: the king and the government are both Morocco)."""
        counts: dict[str, int] = doc.scratch.setdefault("country_counts", {})
        if not counts:  # mentions of states as actors (اتفاق فيينا names a deal, not Austria)
            seen: set[int] = set()
            for f in index.found_at:
                if f is None or id(f) in seen or f.entry is None:
                    continue
                seen.add(id(f))
                if f.entry.source in ("country", "capital", "nisba") and f.entry.country:
                    counts[f.entry.country] = counts.get(f.entry.country, 0) + 1
        others = [(n, c) for c, n in counts.items() if c not in actor_codes and n >= 2]
        if others:
            code = max(others)[1]
        elif len(actor_codes) == 1:
            code = next(iter(actor_codes))
        else:
            return None
        ent = next((e for e in doc.entities if e.kind == "GPE" and e.key == code), None)
        return Participant(code, None, ent.id if ent else None, ent.name_ar or "" if ent else "")

    def _dropped_subject(self, doc, index, hit: Hit, ca: int, ctx: SentenceContext) -> list[Found] | None:
        """Arabic drops subject pronouns: the relative clause's antecedent, the subject of
        the sentence so far, the speaker whose words these are, or the previous subject."""
        toks = doc.tokens
        if ctx.speaker and hit.first >= ctx.speech_end and hit.d.pos == "verb" and \
                _first_person(toks[hit.first], hit.d, self.triggers):
            return ctx.speaker
        antecedent = _relative_antecedent(doc, index, ca)
        if antecedent is not None:
            return [antecedent]
        if hit.d.pos == "noun":
            # an event noun with nobody named: only whoever is speaking (وقال إنه تم الانتهاء من اتفاقية)
            return ctx.speaker if ctx.speaker and hit.first >= ctx.speech_end else None
        if ctx.subject_seen:
            return ctx.subject_seen
        if ctx.speaker and hit.first >= ctx.speech_end:
            return ctx.speaker
        return ctx.last_subject

    def _governing_verb(self, doc, index, hit: Hit, a: int, ctx: SentenceContext):
        """The light verb (شن، أجرى، تعرض...) whose object is this event noun; also one that
        follows it in a relative clause (هجوم انتحاري تبنته طالبان، ضربة نفذها الجيش)."""
        after = self._trailing_light_verb(doc, index, hit)
        if after is not None:
            return after
        for k in range(hit.first - 1, max(a, hit.first - 8) - 1, -1):
            t = doc.tokens[k]
            if t.norm in PUNCT_BOUNDARY and t.norm not in ("“", "”", "«", "»", '"'):
                break
            inverse = LIGHT_VERBS.get(t.stem, LIGHT_VERBS.get(t.norm))
            if inverse is None:
                continue
            subj = ctx.subject_at.get(k)
            if subj is None:
                sa, _ = clause_bounds(doc, k, a, hit.first)
                founds = _unique_founds(index, sa, hit.first)
                pre = next((f for f in reversed([f for f in founds if f.last <= k])
                            if slot_of(doc, index, f.first, sa) is None and _gap_ok(doc, f.last, k)), None)
                post = [f for f in founds if k < f.first < hit.first and slot_of(doc, index, f.first, k) is None
                        and not _adjective(doc, index, f)]
                subj = [pre] if pre else (post[:1] or None)
                if subj is None:  # معربا عن الأسف: the participle shares the sentence's subject
                    subj = _relative_antecedent(doc, index, sa) and [_relative_antecedent(doc, index, sa)]
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
                    if f is not None and _has_code(index, f):
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
        for si, sent in enumerate(doc.sentences):
            a, b = sent.token_start, sent.token_end
            if a >= b:
                continue
            if sent.kind == "dateline":
                continue  # دبي، الإمارات (CNN)--: the place of filing, not an actor
            ctx = SentenceContext(last_subject=last_subject)
            self._speech(doc, index, si, ctx)
            for hit in self.find_triggers(doc, a, b, index):
                ev = self.event_for(doc, index, hit, a, b, si, ctx)
                if ev is not None:
                    events.append(ev)
            if ctx.subject_seen is not None:
                last_subject = ctx.subject_seen
            elif ctx.speaker is not None:
                last_subject = ctx.speaker
            else:
                subj = _sentence_subject(doc, index, a, b)
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
            k = _token_at(doc, q.speaker.start)
            f = index.found_at[k] if k is not None else None
            if f is not None:
                ctx.speaker = [f]
                ctx.speech_end = _token_at(doc, q.start) or sent.token_start
                return

    def event_for(self, doc, index, hit: Hit, a, b, si, ctx: SentenceContext) -> Event | None:
        d = hit.d
        toks = doc.tokens
        if d.frame.need and not _has_need(doc, hit, b, d.frame.need):
            return None
        tok0 = toks[hit.first]
        etype, mode = self.sense(doc, index, hit, a, b)
        args = self.arguments(doc, index, hit, a, b)
        if d.pos == "verb" and not args.subj and self.fuzzy is not None and \
                self.fuzzy.resolve(doc, index, hit.last, b):
            args = self.arguments(doc, index, hit, a, b)  # وقعت رياده على اتفاق: الرياض, misspelt
        actors, recips, how = self.roles(doc, index, hit, args, a, b, ctx)
        ca, cb = clause_bounds(doc, hit.first, a, b)
        if d.pos == "verb" and args.subj:
            ctx.subject_at[hit.first] = args.subj
            if d.voice == "active" and d.frame.role("subj") != "recipient":
                ctx.subject_seen = args.subj
        elif d.pos == "verb" and actors:
            ctx.subject_at[hit.first] = actors
        if actors and how.startswith(("explicit", "light-verb")):
            ctx.clause_actors.setdefault(ca, actors)
        if d.pos == "noun" and tok0.stem.endswith("ات") and "ال" not in tok0.prefixes and \
                how.startswith(("clause", "noun-pro-drop")):
            return None  # بهجمات على أراضيها: attacks in general, nobody's in particular
        if d.pos == "noun" and not how.startswith("light-verb") and _named_by_reference(doc, hit, a):
            return None  # قضية اغتيال الحريري، التحقيق في التفجير، فيلم «اغتيال...»: a reference
        if d.pos == "noun" and not how.startswith(("light-verb", "explicit")) and \
                _reference(doc, hit, a, ca, cb):
            return None  # nothing in the clause anchors the event as happening
        actor_ps = _participants(doc, index, actors)
        recip_ps = [p for p in _participants(doc, index, recips)
                    if not any(p.code == q.code and p.entity == q.entity for q in actor_ps)]
        if not actor_ps and etype in _ANONYMOUS_SECTOR and d.weight >= 0.55 and \
                (etype == "PROTEST" or _anchored(doc, ca, cb)):
            # قتل 18 شخصا في انفجار سيارتين مفخختين في بغداد: violence and protest happen even
            # when nobody is named; the actor is then "someone in <the state where it happened>"
            where = _where(doc, index, ca, cb)
            if where is not None:
                actor_ps = [Participant(where, _ANONYMOUS_SECTOR[etype], None, "")]
                how = "anonymous"
        if not actor_ps:
            return None
        if not recip_ps and etype not in ("PROTEST", "MOBILIZE"):
            fallback = self.document_recipient(doc, index, {p.code for p in actor_ps if p.code})
            if fallback is not None:
                recip_ps = [fallback]
                how += "+R"
        # modality: around the trigger, and around the light verb governing a noun
        m = modality(doc, hit.first, ca, etype, noun=d.pos == "noun")
        if d.pos == "noun":
            for k in range(hit.first - 1, max(a, hit.first - 6) - 1, -1):
                if toks[k].stem in LIGHT_VERBS or toks[k].norm in LIGHT_VERBS:
                    m2 = modality(doc, k, clause_bounds(doc, k, a, b)[0], etype, noun=False)
                    m.negated |= m2.negated
                    m.hypothetical |= m2.hypothetical
                    m.future |= m2.future
                    m.intent |= m2.intent
                    break
        if d.pos == "noun" and _purpose(doc, hit, a):
            m.intent = True  # لإعادة فرض عقوبات، للقاء: an aim, not a deed
        if m.intent:
            m.hypothetical = True
        future = m.future
        if future and etype in FUTURE_AS_AGREE and not m.negated:
            etype, mode = "AGREE", None  # an announced meeting / deal: an expressed intent
        elif future and etype in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE") and not m.negated:
            m.hypothetical = True
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
        tok = toks[hit.first]
        definite = "ال" in tok.prefixes or tok.stem.startswith("ال")
        after_time = hit.first > a and toks[hit.first - 1].base in _TIME_PREPS
        if d.pos == "noun" and definite and (after_time or not how.startswith(("explicit", "light-verb"))) \
                and not (not after_time and _dated_clause(doc, ca, cb)):
            ev.retold = True  # بعد الإضراب الإسرائيلي، هذه الاتهامات: the event told before
        elif d.pos == "noun" and hit.first > a and toks[hit.first - 1].norm in ("تلك", "ذلك", "هذا", "هذه"):
            ev.retold = True
        return ev

    # -- 2. sense -----------------------------------------------------------------------------
    def sense(self, doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> tuple[str, str | None]:
        d = hit.d
        for test, new_type in d.sense:
            if test == "mil" and _military(doc, index, hit, a, b):
                return new_type, ("aerial" if _near(doc, hit, a, b, {"جوي", "جويه", "جويا", "طائرات"}, 6)
                                  else None)
            if test == "envoy" and _near(doc, hit, a, b, ENVOY_WORDS, 3, before=False):
                return new_type, "disapprove"
            if test == "court" and _near(doc, hit, a, b, COURT_WORDS, 6):
                return new_type, "convict"
            if test == "pledge" and any(doc.tokens[k].base in ("ان", "بان") for k in
                                        range(hit.last, min(b, hit.last + 5))):
                return new_type, None  # توعد أن يكون رئيسا للجميع: a vow, not a threat
            if test == "gov" and _state_actor_near(doc, index, hit, a):
                return new_type, "disapprove"  # a government's protest is a diplomatic complaint
        mode = d.mode
        if d.type == "ASSAULT" and not mode:
            if _near(doc, hit, a, b, {"جويه", "جوي", "جويا", "طائرات", "مقاتلات", "الطيران"}, 5):
                mode = "aerial"
            elif _near(doc, hit, a, b, {"مسيره", "مسيرات", "درون"}, 5):
                mode = "drone"
        return d.type, mode


class FuzzyPlaces:
    """Misspelt capitals and states in a subject slot (رياده for الرياض).

    Machine translation and transliteration garble names; a "skeleton" key folds the
    letters such errors swap (ض/ذ/د، ظ/ز، ث/ص/س، ط/ت، ق/ك) and drops the article,
    hamzas, a final ه/ة and doubled letters.  It is tried only where it is safe: the
    word right after an event verb, with no article, not itself a name, and not the
    head of a construct (the next word is a preposition or punctuation).  The mention
    joins the state's entity with source ``fuzzy`` and a lower confidence.
    """

    _FOLD = str.maketrans({"ض": "د", "ذ": "د", "ظ": "ز", "ث": "س", "ص": "س", "ط": "ت", "ق": "ك",
                           "ء": None, "ؤ": None, "ئ": None, "ى": "ي"})
    _NEXT_OK = frozenset("علي في الي من مع ب ل عن ضد ، , . :".split())

    def __init__(self, gazetteer) -> None:
        self.index: dict[str, object] = {}
        for key, entries in gazetteer.entries.items():
            if " " in key:
                continue
            for e in entries:
                if e.source in ("capital", "country") and not e.alias:
                    sk = self.skeleton(key)
                    if len(sk) >= 4:
                        self.index.setdefault(sk, e)

    @classmethod
    def skeleton(cls, word: str) -> str:
        w = word[2:] if word.startswith("ال") else word
        w = w.translate(cls._FOLD)
        if len(w) > 3 and w[-1] in "هة":
            w = w[:-1]
        out = []
        for ch in w:
            if not out or out[-1] != ch:
                out.append(ch)
        return "".join(out)

    def resolve(self, doc: Document, index: ActorIndex, k: int, b: int) -> bool:
        if k >= b or index.found_at[k] is not None:
            return False
        tok = doc.tokens[k]
        if not tok.is_word or "ال" in tok.prefixes or len(tok.stem) < 4:
            return False
        nxt = doc.tokens[k + 1] if k + 1 < b else None
        if nxt is not None and not (nxt.norm in self._NEXT_OK or nxt.base in self._NEXT_OK
                                    or any(p in ("ب", "ل") for p in nxt.prefixes)):
            return False
        entry = self.index.get(self.skeleton(tok.stem))
        if entry is None:
            return False
        ent = next((e for e in doc.entities if e.key == entry.country and e.kind == "GPE"), None)
        if ent is None:
            ent = Entity(id=f"e{len(doc.entities) + 1}", kind="GPE", name_en=entry.name_en,
                         country=entry.country, sector="GOV", key=entry.country, name_ar=entry.name_ar)
            doc.entities.append(ent)
        ent.mentions.append(Mention(tok.start, tok.end, tok.text, "fuzzy", 0.6, "capital"))
        f = Found(k, k + 1, tok.start, tok.end, entry, "GPE", "capital", 0.6, ent)
        index.found_at[k] = f
        index.entity_at[k] = ent
        return True


# -- helpers ------------------------------------------------------------------------------
def slot_of(doc: Document, index: ActorIndex, ti: int, floor: int) -> str | None:
    """The preposition an actor mention depends on, also through one or two nouns it is
    the genitive of (بأمر ترامب، على المنشآت النووية في إيران -> في)."""
    p = preposition(doc, ti, floor)
    if p is not None:
        return p
    k = ti - 1
    steps = 0
    while k >= floor and steps < 2:
        t = doc.tokens[k]
        if index.found_at[k] is not None or is_boundary(doc, k) or not t.is_word or t.norm in ("و",):
            return None
        p = preposition(doc, k, floor)
        if p is not None:
            return p
        if "ال" in t.prefixes:  # a definite noun is not the head of a construct with a name
            return None
        k -= 1
        steps += 1
    return None


def _token_at(doc: Document, offset: int) -> int | None:
    import bisect

    starts = doc.scratch.get("token_starts")
    if starts is None:
        starts = [t.start for t in doc.tokens]
        doc.scratch["token_starts"] = starts
    k = bisect.bisect_right(starts, offset) - 1
    return k if k >= 0 else None


_VERB_OPENERS = frozenset("قد لقد لم لن ان انه انها كما ثم حيث عندما بعدما اذ فقد وقد ما الذي التي الذين "
                          "اللذين اللتين".split())


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


_REFERENCE_HEADS = frozenset("""
قضيه محكمه تحقيق التحقيق تحقيقات ملف ذكري جريمه جرائم محاكمه المتهمين متهمين المتهم متهم بتهمه تهمه
اتهام منفذي منفذ ضحايا فيلم كتاب تقرير مخطط خطه بشان حول لجنه ادانه شجب يدين ادان
استنكر استنكرت يستنكر تستنكر ندد نددت يندد تندد ادانت تدين شجبت يشجب استنكار تنديد
وراء الرد رد ردا اشاره عرض شاركوا شارك المشتبه مشتبه تورط تورطه لتورطه بتورط يحقق تحقق
""".split())
_OCCURRENCE = frozenset("""
امس اليوم مقتل قتلي قتيل قتيلا جرحي جريحا اصابه اصيب اصيبوا مصرع مصرعه مصرعهم وقع وقعت جري نفذ نفذت
شهد شهدت اسفر اسفرت ادي ادت سقوط
""".split())


def _dated_clause(doc: Document, ca: int, cb: int) -> bool:
    toks = doc.tokens
    return any(tm.start >= toks[ca].start and tm.end <= toks[cb - 1].end for tm in doc.times)


def _anchored(doc: Document, ca: int, cb: int) -> bool:
    """Casualties, a time or a "took place" in the clause: something concrete happened."""
    toks = doc.tokens
    for k in range(ca, cb):
        t = toks[k]
        if t.stem in _OCCURRENCE or t.base in _OCCURRENCE or t.norm in _OCCURRENCE:
            return True
    return any(tm.start >= toks[ca].start and tm.end <= toks[cb - 1].end for tm in doc.times)


def _named_by_reference(doc: Document, hit: Hit, a: int) -> bool:
    """An event noun that names an event (a tribunal for it, an inquiry into it, its
    anniversary, a film about it, who is behind it) rather than reporting it."""
    toks = doc.tokens
    for k in range(max(a, hit.first - 3), hit.first):
        t = toks[k]
        if t.stem in _REFERENCE_HEADS or t.base in _REFERENCE_HEADS or t.norm in _REFERENCE_HEADS:
            return True
        if t.norm in ("«", "“", '"') and k > a and toks[k - 1].stem in ("فيلم", "كتاب", "روايه", "مسلسل"):
            return True
    return False


def _reference(doc: Document, hit: Hit, a: int, ca: int, cb: int) -> bool:
    """An event noun nothing in its clause anchors as happening (or a named reference)."""
    if _named_by_reference(doc, hit, a):
        return True
    if hit.d.type not in ("ASSAULT",):
        return False
    # a violent event told as a noun needs an anchor: casualties, a time, a "took place"
    return not _anchored(doc, ca, cb)


def _where(doc: Document, index: ActorIndex, ca: int, cb: int) -> str | None:
    """The state where the clause (else the sentence) takes place: a place after في/بـ."""
    sent = doc.sentences[doc.tokens[ca].sent]
    for lo, hi in ((ca, cb), (sent.token_start, sent.token_end)):
        codes = [_code(index, f) for f in _unique_founds(index, lo, hi)
                 if f.entry is not None and f.entry.source in ("place", "capital", "country")
                 and slot_of(doc, index, f.first, lo) in ("في", "ب")]
        codes = [c for c in codes if c and len(c) == 3 and c not in ("IGO", "UNO", "EUR", "IMG")]
        if codes:
            return codes[0]
    return None


def _other_party(doc: Document, index: ActorIndex, hit: Hit, recips: list[Found], a: int) -> list[Found]:
    """The nearest state named before, in this or the previous sentence, that is not the recipient."""
    codes = {_code(index, f) for f in recips}
    sent = doc.tokens[hit.first].sent
    lo = doc.sentences[sent - 1].token_start if sent > 0 else a
    for f in reversed(_unique_founds(index, lo, hit.first)):
        if _code(index, f) not in codes and f.entry is not None and \
                f.entry.source in ("country", "capital", "nisba") or (f.entry is None and _code(index, f)
                                                                      not in codes):
            return [f]
    return []


def _relative_antecedent(doc: Document, index: ActorIndex, ca: int) -> Found | None:
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
    return f if f is not None and _has_code(index, f) else None


def _purpose(doc: Document, hit: Hit, a: int) -> bool:
    """A purpose clause: the noun (or the masdar before it) carries ل and no light verb governs it."""
    toks = doc.tokens
    for k in (hit.first, hit.first - 1):
        if k < a:
            break
        t = toks[k]
        if "ل" in t.prefixes and "ال" not in t.prefixes[:1]:
            governed = any(toks[j].stem in LIGHT_VERBS or toks[j].norm in LIGHT_VERBS
                           for j in range(max(a, k - 3), k))
            return not governed
        if k == hit.first - 1 and not t.is_word:
            break
    return False


def _is_place(f: Found) -> bool:
    return f.entry is not None and f.entry.source in ("place", "capital")


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


def _has_code(index: ActorIndex, f: Found) -> bool:
    ent = index.entity_at[f.first]
    return bool((ent is not None and ent.country) or (f.entry is not None and f.entry.country))


def _unique_founds(index: ActorIndex, a: int, b: int) -> list[Found]:
    out: list[Found] = []
    for t in range(a, b):
        f = index.found_at[t]
        if f is not None and (not out or out[-1] is not f) and f.first >= a and _has_code(index, f):
            out.append(f)
    return out


def _dedupe(fs: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in fs:
        if f not in out:
            out.append(f)
    return out


def _gap_ok(doc: Document, end: int, ti: int) -> bool:
    """Only a particle (قد، لقد، إن...) may stand between a subject and its verb."""
    return all(doc.tokens[k].base in SKIP_BETWEEN or doc.tokens[k].norm in SKIP_BETWEEN
               for k in range(end, ti)) and ti - end <= 1


def _adjective(doc: Document, index: ActorIndex, f: Found) -> bool:
    """A nisba after an ordinary noun modifies it (طائرة إيرانية): not a subject."""
    if f.entry is None or f.entry.source != "nisba" or f.first == 0:
        return False
    prev = doc.tokens[f.first - 1]
    return index.found_at[f.first - 1] is None and prev.is_word


def _drop_modifiers(founds: list[Found]) -> list[Found]:
    """رئيس وزراء قطر: the state after a title is part of the same noun phrase."""
    out: list[Found] = []
    for f in founds:
        if out and f.first == out[-1].last and f.entry is not None and \
                f.entry.source in ("nisba", "country", "capital") and \
                out[-1].entry is not None and out[-1].entry.source in ("title", "body", "group"):
            continue
        if out and f.first == out[-1].last and f.entry is not None and f.entry.source == "nisba":
            continue
        out.append(f)
    return out


def _coordinated(doc: Document, f: Found, after: list[Found]) -> list[Found]:
    """Actors joined to ``f`` by و: X و Y (و Z)."""
    out = []
    cur = f
    for g in after:
        if g.first <= cur.first:
            continue
        if g.first == cur.last and "و" in doc.tokens[g.first].prefixes:
            out.append(g)
            cur = g
        elif g.first == cur.last + 1 and doc.tokens[cur.last].norm == "و":
            out.append(g)
            cur = g
        elif g.first > cur.last:
            break
    return out


def _clause_subject(doc: Document, index: ActorIndex, ca: int, ti: int) -> list[Found] | None:
    """The first actor of the clause, before the trigger and outside any prepositional phrase."""
    for f in _unique_founds(index, ca, ti):
        if slot_of(doc, index, f.first, ca) is None and not _adjective(doc, index, f):
            return [f]
    return None


def _sentence_subject(doc: Document, index: ActorIndex, a: int, b: int) -> list[Found] | None:
    for f in _unique_founds(index, a, min(b, a + 8)):
        if slot_of(doc, index, f.first, a) is None:
            return [f]
        break
    return None


def _fallback_recipient(doc, index, hit: Hit, actors: list[Found], ca: int, cb: int) -> list[Found]:
    """The nearest other state or actor named in the clause: after the trigger first."""
    codes = {_code(index, f) for f in actors}
    ents = {id(index.entity_at[f.first]) for f in actors}
    all_founds = [f for f in _unique_founds(index, ca, cb) if f not in actors
                  and id(index.entity_at[f.first]) not in ents]
    founds = [f for f in all_founds if _code(index, f) not in codes]
    if not founds:  # domestic politics: the king and his government are both MAR
        founds = [f for f in all_founds if f.entry is not None and f.entry.source in ("body", "title", "group",
                                                                                        "person", "org")]
    actorlike = [f for f in founds if not (f.entry is not None and f.entry.source == "place")]
    founds = actorlike or founds  # المكتب البيضاوي is where, not whom
    after = [f for f in founds if f.first >= hit.last]
    before = [f for f in founds if f.last <= hit.first]
    if after:
        return [after[0]]
    if before:
        return [before[-1]]
    return []


def _code(index: ActorIndex, f: Found) -> str | None:
    ent = index.entity_at[f.first]
    if ent is not None and ent.country:
        return ent.country
    return f.entry.country if f.entry is not None else None


def _participants(doc: Document, index: ActorIndex, founds: list[Found]) -> list[Participant]:
    out: list[Participant] = []
    for f in founds:
        p = index.participant(doc, f.first, f.last)
        if p is not None and not any(p.code == q.code and p.entity == q.entity and p.text == q.text
                                     for q in out):
            out.append(p)
    return out


def _has_need(doc: Document, hit: Hit, b: int, need: frozenset[str]) -> bool:
    for k in range(hit.last, min(b, hit.last + 5)):
        t = doc.tokens[k]
        if t.stem in need or t.base in need or t.norm in need or \
                any(p in need for p in t.prefixes):
            return True
    return False


def _near(doc: Document, hit: Hit, a: int, b: int, words, window: int, before: bool = True) -> bool:
    lo = max(a, hit.first - window) if before else hit.first
    for k in range(lo, min(b, hit.last + window)):
        t = doc.tokens[k]
        if t.stem in words or t.base in words or t.norm in words:
            return True
    return False


def _state_actor_near(doc: Document, index: ActorIndex, hit: Hit, a: int) -> bool:
    """A government body or state is the actor of this clause (احتجاجا، مذكرة احتجاج)."""
    ca, _ = clause_bounds(doc, hit.first, a, hit.first + 1)
    for f in _unique_founds(index, ca, hit.first):
        if slot_of(doc, index, f.first, ca) in ("في", "ب") or _is_place(f):
            continue  # تظاهروا في القاهرة: a place, not a government
        ent = index.entity_at[f.first]
        sector = ent.sector if ent is not None else (f.entry.sector if f.entry else None)
        if sector == "GOV" and f.entry is not None and f.entry.source in ("body", "title", "country", "capital",
                                                                           "person"):
            return True
    return False


def _military(doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> bool:
    if _near(doc, hit, a, b, LABOUR_WORDS, 12):
        return False
    # a state adjective right after: إضراب أمريكي، الإضراب الإسرائيلي
    f = index.found_at[hit.last] if hit.last < len(doc.tokens) else None
    if f is not None and f.entry is not None and f.entry.source == "nisba":
        return True
    if _near(doc, hit, a, b, MILITARY_WORDS, 6):
        return True
    # a target: على + place
    for k in range(hit.last, min(b, hit.last + 3)):
        if doc.tokens[k].norm == "علي" and k + 1 < b:
            return True
    return bool(doc.scratch.get("military_context"))


_HOW_FACTOR = {"explicit": 1.0, "light-verb": 0.95, "clause": 0.9, "pro-drop": 0.85,
               "clause-subject": 0.75, "noun-pro-drop": 0.7, "inverse-context": 0.6, "anonymous": 0.6}


def _confidence(weight: float, how: str, has_recipient: bool, sense_changed: bool) -> float:
    base, _, fallback = how.partition("+")
    c = weight * _HOW_FACTOR.get(base, 0.8)
    if not has_recipient:
        c *= 0.85
    elif "R" in fallback:
        c *= 0.75
    elif fallback:
        c *= 0.9
    if sense_changed:
        c *= 0.9
    return max(0.05, min(0.99, c))


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


__all__ = ["EventExtractor", "military_context"]
