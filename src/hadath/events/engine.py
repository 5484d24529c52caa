"""The event engine: triggers -> typed events with roles, modality, dates and evidence.

For every sentence:

1. find triggers (single words by their stem, multi-word patterns by their first
   word), longest first;
2. decide the sense where the lexicon says the word is ambiguous (إضراب: labour
   strike or a mistranslated military strike; استدعى: summon an envoy or call);
3. fill actor and recipient from Arabic clause syntax following the trigger's frame
   (VSO and SVO subjects, objects, prepositional slots, agent phrases, the nisba
   and genitive of an event noun, the subject of a light verb, pro-dropped
   subjects taken from the previous clause or speaker);
4. read the modality around the trigger (negation, hypothesis, genericity,
   future, intention) and whether the event is told in someone's speech;
5. date the event from the time expression that governs it;
6. keep events with an actor; future meetings and deals become AGREE (an
   expressed intent), dated on the day they were announced.

Deduplication, confidence, locations and glosses are separate steps
(:mod:`hadath.events.dedup`, :mod:`hadath.places`, :mod:`hadath.gloss`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..actors import ActorIndex
from ..document import Document, Event, Participant, Span
from ..entities import Found
from .lexicon import TriggerDef, TriggerIndex
from .modality import modality
from .syntax import LIGHT_VERBS, PUNCT_BOUNDARY, clause_bounds, is_boundary, preposition

MILITARY_WORDS = frozenset("""
جوي جويه جويا عسكري عسكريه صاروخ صواريخ صاروخيه طائرات طائره مسيره مسيرات قصف غاره غارات
منشات المنشات نوويه النوويه قاعده قوات جيش الجيش مقاتلات حربيه قنابل اسرائيلي اسرائيليه
""".split())
LABOUR_WORDS = frozenset("عمال العمال نقابه نقابات موظفين الموظفين معلمين المعلمين اطباء الطعام رواتب اجور "
                         "العمل عن_العمل سائقي".split())
ENVOY_WORDS = frozenset("سفير السفير سفيرها سفيره القائم دبلوماسي الدبلوماسي مبعوث المبعوث القنصل".split())
COURT_WORDS = frozenset("محكمه المحكمه القضاء القاضي النيابه".split())
SKIP_BETWEEN = frozenset("قد لقد ان انه انها كان كانت".split())
FUTURE_AS_AGREE = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"})


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
    pro_drop: bool = False


class EventExtractor:
    def __init__(self, triggers: TriggerIndex) -> None:
        self.triggers = triggers

    # -- 1. triggers --------------------------------------------------------------------
    def find_triggers(self, doc: Document, a: int, b: int) -> list[Hit]:
        hits: list[Hit] = []
        toks = doc.tokens
        i = a
        while i < b:
            t = toks[i]
            best: Hit | None = None
            for key in {t.stem, t.norm, t.base}:
                for d in self.triggers.multi.get(key, ()):
                    n = len(d.rest)
                    if i + n < b + 0 and all(_word_eq(toks[i + 1 + k], d.rest[k]) for k in range(n)):
                        if best is None or n + 1 > best.last - best.first:
                            best = Hit(i, i + 1 + n, d)
            if best is None:
                defs = self.triggers.single.get(t.stem) or self.triggers.single.get(t.norm)
                if defs:
                    governed = any(toks[k].stem in LIGHT_VERBS for k in range(max(a, i - 4), i))
                    best = Hit(i, i + 1, _pick_pos(defs, t, governed))
            if best is not None:
                hits.append(best)
                i = best.last
            else:
                i += 1
        return hits

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
                        if preposition(doc, f.first, ca) is None and _gap_ok(doc, f.last, hit.first)), None)
            post = [f for f in after[:6] if f.first - hit.last <= 8]
            bare = [f for f in post if preposition(doc, f.first, hit.last) is None]
            bare = _drop_modifiers(bare)
            if pre is not None:
                args.subj = [pre] + _coordinated(doc, pre, before, after)
                args.obj = bare[:1]
            elif bare:
                args.subj = [bare[0]] + _coordinated(doc, bare[0], before, after)
                rest = [f for f in bare[1:] if f not in args.subj]
                args.obj = rest[:1]
            for f in post:
                p = preposition(doc, f.first, hit.last)
                if p is not None:
                    args.slots.setdefault(p, []).append(f)
                    if p == "بين":
                        args.slots["بين"] += _coordinated(doc, f, before, after)
        else:
            near = [f for f in after if f.first - hit.last <= 4]
            for f in near:
                p = preposition(doc, f.first, hit.last)
                if p is None:
                    if f.entry is not None and f.entry.source == "nisba" and _adjectival(doc, hit.last, f.first):
                        args.slots.setdefault("nisba", []).append(f)
                    elif f.first == hit.last and "gen" not in args.slots:
                        args.slots["gen"] = [f]
                        args.slots["gen"] += _coordinated(doc, f, before, after)
                else:
                    args.slots.setdefault(p, []).append(f)
                    if p == "بين":
                        args.slots["بين"] += _coordinated(doc, f, before, after)
            for f in after[len(near):]:
                p = preposition(doc, f.first, hit.last)
                if p in ("علي", "ضد", "مع", "الي", "من_قبل", "علي_يد") and f.first - hit.last <= 8:
                    args.slots.setdefault(p, []).append(f)
        return args

    def roles(self, doc: Document, index: ActorIndex, hit: Hit, args: Args, a: int, b: int,
              context: "SentenceContext") -> tuple[list[Found], list[Found], str]:
        """(actors, recipients, how) following the frame."""
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
                actors = list(fs)
            elif role == "recipient" and not recips:
                recips = [f for f in fs if f not in actors]
        if d.pos == "verb" and d.voice == "active" and not args.subj and frame.role("subj") == "actor":
            # a passive reading of قتل-like verbs: "قتل X في غارة"/"برصاص": X is the victim
            pass
        if d.pos == "noun":
            gov = self._governing_verb(doc, index, hit, a, context)
            if gov is not None:
                g_subj, inverse = gov
                if inverse:  # تعرضت قطر لهجوم: the subject is the target
                    if g_subj:
                        recips = [f for f in g_subj if f not in actors] or recips
                elif not actors:
                    actors = g_subj
                    how = "light-verb"
        if not actors and d.pos == "noun":
            ca, _ = clause_bounds(doc, hit.first, a, b)
            prev = context.clause_actors.get(ca)
            if prev:
                actors, how = prev, "clause"
            else:
                subj = _clause_subject(doc, index, ca, hit.first)
                if subj:
                    actors, how = subj, "clause-subject"
        if not actors and frame.role("subj") == "actor" and d.pos == "verb":
            if context.last_subject is not None:
                actors = context.last_subject
                how = "pro-drop"
        if frame.symmetric and len(actors) > 1 and not recips:
            recips = actors[1:]
            actors = actors[:1]
        return actors, recips, how

    def _governing_verb(self, doc, index, hit: Hit, a: int, context: "SentenceContext"):
        """The light verb (or any trigger verb) whose object is this event noun."""
        for k in range(hit.first - 1, max(a, hit.first - 8) - 1, -1):
            t = doc.tokens[k]
            if t.norm in PUNCT_BOUNDARY:
                break
            inverse = LIGHT_VERBS.get(t.stem, LIGHT_VERBS.get(t.norm))
            if inverse is None:
                continue
            subj = context.subject_at.get(k)
            if subj is None:
                sa, sb = clause_bounds(doc, k, a, hit.first)
                founds = _unique_founds(index, sa, hit.first)
                pre = next((f for f in reversed([f for f in founds if f.last <= k])
                            if preposition(doc, f.first, sa) is None and _gap_ok(doc, f.last, k)), None)
                post = [f for f in founds if k < f.first < hit.first and preposition(doc, f.first, k) is None]
                subj = [pre] if pre else (post[:1] or None)
                if subj is None and context.last_subject:
                    subj = context.last_subject
            return (subj or [], inverse)
        return None

    # -- the whole sentence -----------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        index: ActorIndex | None = doc.scratch.get("actor_index")
        if index is None:
            return doc
        events: list[Event] = []
        quotes = doc.quotes
        last_subject: list[Found] | None = None
        for si, sent in enumerate(doc.sentences):
            a, b = sent.token_start, sent.token_end
            if a >= b:
                continue
            ctx = SentenceContext(last_subject=last_subject)
            ctx.sentence_subject = _sentence_subject(doc, index, a, b)
            speaker = next((q.speaker for q in quotes if q.start <= doc.tokens[a].start < q.end
                            or q.cue_start >= sent.start and q.cue_end <= sent.end), None)
            for hit in self.find_triggers(doc, a, b):
                ev = self.event_for(doc, index, hit, a, b, si, ctx, speaker)
                if ev is not None:
                    events.append(ev)
            if ctx.subject_seen is not None:
                last_subject = ctx.subject_seen
            elif ctx.sentence_subject is not None:
                last_subject = ctx.sentence_subject
        for k, e in enumerate(events, 1):
            e.id = f"ev{k}"
        doc.events = events
        return doc

    def event_for(self, doc, index, hit: Hit, a, b, si, ctx: "SentenceContext", speaker) -> Event | None:
        d = hit.d
        toks = doc.tokens
        if d.frame.need and not _has_need(doc, hit, b, d.frame.need):
            return None
        etype, mode = self.sense(doc, index, hit, a, b)
        args = self.arguments(doc, index, hit, a, b)
        actors, recips, how = self.roles(doc, index, hit, args, a, b, ctx)
        if d.pos == "verb" and args.subj:
            ctx.subject_at[hit.first] = args.subj
            if d.voice == "active" and d.frame.role("subj") != "recipient":
                ctx.subject_seen = args.subj
        elif d.pos == "verb" and actors and how == "pro-drop":
            ctx.subject_at[hit.first] = actors
        if actors and how in ("explicit", "light-verb"):
            context_key = clause_bounds(doc, hit.first, a, b)[0]
            ctx.clause_actors.setdefault(context_key, actors)
        actor_ps = _participants(doc, index, actors)
        recip_ps = [p for p in _participants(doc, index, recips)
                    if not any(p.code == q.code and p.entity == q.entity for q in actor_ps)]
        if not actor_ps:
            return None
        # modality: around the trigger, and around the light verb governing a noun
        ca, cb = clause_bounds(doc, hit.first, a, b)
        m = modality(doc, hit.first, a, etype, noun=d.pos == "noun")
        if how == "light-verb":
            for k in range(hit.first - 1, max(a, hit.first - 6) - 1, -1):
                if toks[k].stem in LIGHT_VERBS or toks[k].norm in LIGHT_VERBS:
                    m2 = modality(doc, k, a, etype, noun=False)
                    m.negated |= m2.negated
                    m.hypothetical |= m2.hypothetical
                    m.future |= m2.future
                    m.intent |= m2.intent
                    break
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
            reported=in_quote or speaker is not None,
            sentence=si, rule=f"{d.lemma}:{d.pos}:{how}",
        )
        ev.confidence = _confidence(d.weight, how, bool(recip_ps), etype != d.type, actor_ps)
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
        mode = d.mode
        if d.type == "ASSAULT" and not mode:
            if _near(doc, hit, a, b, {"جويه", "جوي", "جويا", "طائرات", "مقاتلات", "الطيران"}, 5):
                mode = "aerial"
            elif _near(doc, hit, a, b, {"مسيره", "مسيرات", "درون"}, 5):
                mode = "drone"
        return d.type, mode


@dataclass
class SentenceContext:
    last_subject: list[Found] | None = None
    sentence_subject: list[Found] | None = None
    subject_seen: list[Found] | None = None
    subject_at: dict[int, list[Found]] = field(default_factory=dict)
    clause_actors: dict[int, list[Found]] = field(default_factory=dict)


# -- helpers ------------------------------------------------------------------------------
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


def _unique_founds(index: ActorIndex, a: int, b: int) -> list[Found]:
    out: list[Found] = []
    for t in range(a, b):
        f = index.found_at[t]
        if f is not None and (not out or out[-1] is not f) and f.first >= a:
            ent = index.entity_at[t]
            if ent is not None and ent.country:
                out.append(f)
            elif f.entry is not None and f.entry.country:
                out.append(f)
    return out


def _gap_ok(doc: Document, end: int, ti: int) -> bool:
    """Only a particle (قد، لقد، إن...) may stand between a subject and its verb."""
    return all(doc.tokens[k].base in SKIP_BETWEEN or doc.tokens[k].norm in SKIP_BETWEEN
               for k in range(end, ti)) and ti - end <= 1


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


def _coordinated(doc: Document, f: Found, before: list[Found], after: list[Found]) -> list[Found]:
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


def _adjectival(doc: Document, start: int, nisba_first: int) -> bool:
    """Only adjectives (definite-agreeing words) between an event noun and a nisba."""
    return nisba_first - start <= 2


def _clause_subject(doc: Document, index: ActorIndex, ca: int, ti: int) -> list[Found] | None:
    """The first actor of the clause, before the trigger and outside any prepositional phrase."""
    for f in _unique_founds(index, ca, ti):
        if preposition(doc, f.first, ca) is None:
            return [f]
    return None


def _sentence_subject(doc: Document, index: ActorIndex, a: int, b: int) -> list[Found] | None:
    founds = _unique_founds(index, a, min(b, a + 8))
    for f in founds:
        if preposition(doc, f.first, a) is None:
            return [f]
        break
    return None


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


def _military(doc: Document, index: ActorIndex, hit: Hit, a: int, b: int) -> bool:
    if _near(doc, hit, a, b, LABOUR_WORDS, 4):
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


def _confidence(weight: float, how: str, has_recipient: bool, sense_changed: bool,
                actors: list[Participant]) -> float:
    c = weight
    c *= {"explicit": 1.0, "light-verb": 0.95, "clause": 0.9, "pro-drop": 0.85,
          "clause-subject": 0.75}.get(how, 0.8)
    if not has_recipient:
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


__all__ = ["EventExtractor", "military_context", "is_boundary"]
