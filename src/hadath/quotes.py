"""The ``quotes`` stage: direct and reported speech with cue, speaker and content.

Forms handled (the cue may carry clitics: وقال، فأضافت، وبحسب):

* direct speech with a cue before: ``وقال X: «...»``, ``وقال X "..."``;
* direct speech with the cue after: ``«...»، قال X``;
* reported speech: ``وقال X إن ...``, ``وأكدت X أن ...``, ``وأعلن X عن ...``;
* participle cues continuing the subject: ``..., مضيفا أن ...``, ``قائلا: "..."``;
* a speech noun: ``ونقلت الوكالة عن X قوله: ...``;
* attributions: ``وبحسب X، فقد ...``, ``...، وفقا لـ X`` (set off by a comma, or naming a
  source: ``وفق الجدول الزمني`` is no attribution);
* a document's words: ``جاء في قرار مجلس الأمن أن ...`` (its author speaks);
* unnamed sources: ``أفادت مصادر عسكرية أن ...`` (the speaker's state comes from its nisba,
  else from the article, its sector from the adjective).

The speaker is the first actor named after the cue, or the one right before it (``خامنئي
حذر من أن``); when none is named (Arabic drops subject pronouns: ``وقال إن البلاد ...``)
it is the previous speaker, or the subject of the previous sentence.  A document noun as speaker (``وقال الأمر``،
``وقالت الوثيقة``) stands for whoever issued it: the earlier document speaker, or
the lead actor of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import ActorIndex
from .config import Config
from .document import Document, Participant, Quote
from .lexicon.loader import load_table
from .lexicon.morph import expand_all
from .lexicon.schemas import SPEECH_VERBS
from .resources import Resources

_OPEN = {"«": "»", "“": "”", '"': '"', "„": "”"}
_COMPLEMENTIZERS = {"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "عن"}
#: "issued (by)": بيان صادر عن X names X as the source
_ISSUED = frozenset("صادر الصادر صادره الصادره".split())
_DOCUMENT_NOUNS = {"الامر", "الوثيقه", "البيان", "التقرير", "الرساله", "المرسوم", "القرار", "المذكره",
                   "الاعلان", "المصدر", "المصادر", "الصحيفه", "التصريح"}
_TRAILING = " \t\n.,،؛:؟!…"
_SOURCE_SECTORS = {"عسكريه": "MIL", "عسكري": "MIL", "عسكريون": "MIL", "امنيه": "COP", "امني": "COP",
                   "امنيون": "COP", "حكوميه": "GOV", "حكومي": "GOV", "رسميه": "GOV", "رسمي": "GOV",
                   "دبلوماسيه": "GOV", "دبلوماسي": "GOV", "دبلوماسيون": "GOV", "طبيه": "MED", "طبي": "MED",
                   "حزبيه": "PTY", "قضائيه": "JUD", "برلمانيه": "LEG", "استخباراتيه": "SPY"}
#: what an attribution (بحسب، وفقا لـ) may name instead of an actor
_ATTRIBUTION_SOURCES = frozenset("""
مصادر مصدر شهود مسؤولين مسؤولون تقارير تقرير انباء وكاله وكالات صحيفه بيان البيان موقع قناه تلفزيون
اذاعه مراسل مصادرنا المصادر التقارير
""".split())
#: unnamed sources: the speaker is someone the article does not name
_UNNAMED_SOURCES = frozenset("""
مصادر مصدر شهود شاهد مسؤولون مسؤولين مسؤول سكان ناشطون ناشطين مراقبون تقارير انباء
""".split())


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str


def load_cues() -> dict[str, Cue]:
    out: dict[str, Cue] = {}
    for row in load_table("speech_verbs.tsv", schema=SPEECH_VERBS):
        for form in expand_all(row["forms"]):
            out.setdefault(form, Cue(row["lemma"], row["kind"]))
    return out


class QuoteFinder:
    def __init__(self, cues: dict[str, Cue]) -> None:
        self.cues = cues

    def cue_at(self, doc: Document, i: int) -> Cue | None:
        tok = doc.tokens[i]
        return self.cues.get(tok.stem) or self.cues.get(tok.norm) or self.cues.get(tok.base)

    def __call__(self, doc: Document) -> Document:
        index: ActorIndex | None = doc.scratch.get("actor_index")
        quotes: list[Quote] = []
        toks, cues = doc.tokens, self.cues
        last_speaker: Participant | None = None
        doc_speaker: Participant | None = None
        lead = self._lead_actor(doc, index)
        for si, sent in enumerate(doc.sentences):
            subject_of_sentence: Participant | None = None
            for i in range(sent.token_start, sent.token_end):
                tok = toks[i]  # (cue_at inlined: this loop sees every token)
                cue = cues.get(tok.stem) or cues.get(tok.norm) or cues.get(tok.base)
                if cue is None or (index is not None and index.found_at[i] is not None):
                    continue
                if any(q.start <= tok.start < q.end for q in quotes[-3:]):
                    continue  # a verb inside a quotation is part of what was said
                q = self._quote(doc, index, si, i, cue)
                if q is None:
                    continue
                speaker, document_noun = q.speaker, q.kind == "document"
                q.kind = "direct" if doc.text[q.start - 1:q.start] in "«“\"„" else "reported"
                if speaker is None:
                    if cue.kind == "participle" and subject_of_sentence is not None:
                        speaker = subject_of_sentence
                    elif document_noun:
                        speaker = doc_speaker or lead
                    else:
                        speaker = last_speaker or self._previous_subject(doc, index, si) or lead
                    q.speaker = speaker
                if document_noun and speaker is not None:
                    doc_speaker = speaker
                if speaker is not None:
                    last_speaker = speaker
                    subject_of_sentence = subject_of_sentence or speaker
                if q.text.strip():
                    quotes.append(q)
        doc.quotes = _dedupe(quotes)
        return doc

    # -----------------------------------------------------------------------------------
    def _quote(self, doc: Document, index: ActorIndex | None, si: int, i: int, cue: Cue) -> Quote | None:
        sent = doc.sentences[si]
        toks = doc.tokens
        tok = toks[i]
        end_tok = sent.token_end
        text = doc.text
        speaker: Participant | None = None
        document_noun = False
        j = i + 1
        if cue.kind == "document":
            # جاء في قرار مجلس الأمن الدولي، أمس، أن المجلس ...: the document's author said it
            if i + 1 >= end_tok or toks[i + 1].norm != "في":
                return None
            sp, after = self._speaker_after(doc, index, i + 2, end_tok)
            k = next((k for k in range(after, min(end_tok, after + 8)) if toks[k].base in ("ان", "بان")
                      or toks[k].norm == ":"), None)
            if k is None or k + 1 >= end_tok:
                return None
            return self._make(doc, tok, sp, toks[k + 1].start, sent.end, True)
        if cue.kind == "attribution":
            # وبحسب X، فقد ...  |  ...، وفقا لـ X
            sp, after = self._speaker_after(doc, index, i + 1, end_tok, stop_at_comma=True)
            set_off = i - sent.token_start <= 1 or toks[i - 1].norm in ("،", ",", "(")
            if sp is None and not set_off and not any(toks[k].stem in _ATTRIBUTION_SOURCES or toks[k].norm == "ما"
                                                      for k in range(i + 1, min(end_tok, i + 4))):
                return None  # بتطبيقه وفق الجدول الزمني: "according to the schedule", nobody speaking
            if i - sent.token_start <= 1:
                start = toks[after].start if after < end_tok else sent.end
                start = _skip_comma(text, start, sent.end)
                return self._make(doc, tok, sp, start, sent.end, document_noun)
            return self._make(doc, tok, sp, sent.start, toks[i].start, document_noun)
        if cue.kind == "noun":
            # نقلت الوكالة عن X قوله: ...
            for k in range(i - 1, max(sent.token_start, i - 5) - 1, -1):
                p = index.participant(doc, k, k + 1) if index else None
                if p is not None:
                    speaker = p
                    break
        elif cue.kind != "participle":
            speaker, j = self._speaker_after(doc, index, i + 1, end_tok)
            if speaker is None and i > sent.token_start and index is not None:
                # المرشد الأعلى الإيراني علي خامنئي حذر السبت من أن ...: the subject before the verb
                k = i - 1
                if k > sent.token_start and toks[k].base in ("قد", "لقد"):
                    k -= 1
                f = index.found_at[k]
                if f is not None and not (f.first > sent.token_start and toks[f.first - 1].stem in _TOPIC_PREPS):
                    # (وعن اليمن قال: the topic, not the speaker)
                    speaker = index.participant(doc, f.first, f.last)
            if speaker is None and index is not None:
                speaker = _kana_subject(doc, index, sent.token_start, i)
            if speaker is None and j < end_tok and toks[j].base in _DOCUMENT_NOUNS:
                document_noun = True
                j += 1
            elif speaker is None and j < end_tok and toks[j].stem in _UNNAMED_SOURCES:
                # أفادت مصادر متطابقة أن ...، قال شهود عيان إن ...: someone unnamed said it;
                # the content starts after أن, and the speaker stays unknown (not the lead actor)
                k = j + 1
                while k < min(end_tok, j + 6) and toks[k].base not in _COMPLEMENTIZERS and \
                        toks[k].norm not in (":", "«", "“", '"', "،", ","):
                    k += 1
                if k < end_tok and (toks[k].base in _COMPLEMENTIZERS or toks[k].norm == ":"):
                    src_end = toks[k - 1].end
                    speaker = self._unnamed(doc, index, j, k, tok.start)
                    speaker.text, speaker.start, speaker.end = text[toks[j].start:src_end], toks[j].start, src_end
                    j = k
            if cue.lemma == "نقل":  # نقلت الوكالة عن X ...: the speaker is X
                for k in range(j, min(end_tok, j + 6)):
                    if toks[k].norm == "عن" or "عن" == toks[k].base:
                        p, k2 = self._speaker_after(doc, index, k + 1, end_tok)
                        if p is not None:
                            speaker, j = p, k2
                        break
        # content: a quotation mark after the cue, else the clause after the speaker
        pos = toks[j].start if j < end_tok else sent.end
        q = _quoted_after(text, tok.end, sent.end, doc)
        if q is not None and any(t.base in ("ان", "بان") for t in toks[j:end_tok] if t.end <= q[0]):
            q = None  # حذر من أن بلاده ستواصل دعم «أصدقائها»: the quoted word is inside the content
        if q is not None and _names_something(text, q, sent.end):
            q = None  # أعلنت المجموعة "بي إيه إي سيستمز" الجمعة أن ...: a quoted name, the content follows أن
        if q is not None and (q[0] - pos) <= 40:
            return self._make(doc, tok, speaker, q[0], q[1], document_noun)
        before = _quoted_before(text, sent.start, tok.start)
        if before is not None and j >= end_tok - 1:
            return self._make(doc, tok, speaker, before[0], before[1], document_noun)
        marked = j < end_tok and (toks[j].base in _COMPLEMENTIZERS or toks[j].norm == ":")
        if not marked:
            # أعلنت المجموعة "بي إيه إي سيستمز" الجمعة أن ...: the content starts after أن
            for k in range(j, min(end_tok, j + 10)):
                if toks[k].norm in (".", "؟", "!"):
                    break
                if toks[k].base in ("ان", "بان"):
                    j, marked = k, True
                    break
        if cue.kind == "other" and not marked:
            return None  # رحب، وعد، اتهم...: speech only with an explicit content clause
        while j < end_tok and (toks[j].base in _COMPLEMENTIZERS or toks[j].norm in (":", "،", ",")):
            if toks[j].norm in ("ان", "بان") and j + 1 < end_tok and toks[j + 1].norm[:1] in "يتن":
                break  # توعد أن يكون رئيسا للجميع: أن + the imperfect is part of what was said
            j += 1
        if j >= end_tok:
            if before is not None:
                return self._make(doc, tok, speaker, before[0], before[1], document_noun)
            if i - sent.token_start >= 3:  # ...، بحسب ما أعلنه ترامب: the content precedes
                return self._make(doc, tok, speaker, sent.start, toks[i].start, document_noun)
            return None
        return self._make(doc, tok, speaker, toks[j].start, sent.end, document_noun)

    def _speaker_after(self, doc, index, j: int, end_tok: int, stop_at_comma: bool = False):
        """The first actor named in the next few tokens, before the content starts."""
        toks = doc.tokens
        limit = min(end_tok, j + 8)
        k = j
        while k < limit:
            t = toks[k]
            issued_by = t.norm == "عن" and k > j and toks[k - 1].base in _ISSUED  # بيان صادر عن الرئاسة
            if (t.base in _COMPLEMENTIZERS and not issued_by) or t.norm in (":", "«", "“", '"', "„") or \
                    (stop_at_comma and t.norm in ("،", ",")):
                break
            if index is not None:
                p = index.participant(doc, k, k + 1)
                if p is not None:
                    f = index.found_at[k]
                    return p, max(k + 1, f.last if f is not None else k + 1)
            k += 1
        return None, j

    @staticmethod
    def _make(doc, tok, speaker, start, end, document_noun) -> Quote | None:
        text = doc.text
        while start < end and text[start] in _TRAILING + "«“\"„»”":
            start += 1
        while end > start and text[end - 1] in _TRAILING + "»”\"":
            end -= 1
        if end - start < 3:
            return None
        return Quote(start, end, text[start:end], tok.text, tok.start, tok.end, speaker,
                     "document" if document_noun else "reported")

    def _unnamed(self, doc: Document, index: ActorIndex | None, lo: int, hi: int, cue_start: int) -> Participant:
        """An unnamed source: مصادر فلسطينية is Palestine's, مصادر عسكرية the military of the
        state the article is about (its lead actor, when named before the cue)."""
        toks = doc.tokens
        sector = next((_SOURCE_SECTORS[t.stem] for t in toks[lo:hi] if t.stem in _SOURCE_SECTORS), None)
        for k in range(lo, hi):
            p = index.participant(doc, k, k + 1) if index is not None else None
            if p is not None and p.code:
                return Participant(p.code, sector or p.sector, p.entity)
        lead = self._lead_actor(doc, index)
        if lead is not None and lead.start is not None and lead.start < cue_start:
            return Participant(lead.code, sector, None)
        return Participant(_focus_country(doc), sector, None)

    @staticmethod
    def _lead_actor(doc: Document, index: ActorIndex | None) -> Participant | None:
        if index is None:
            return None
        for s in [s for s in doc.sentences if s.kind != "dateline"][:3]:
            for k in range(s.token_start, s.token_end):
                p = index.participant(doc, k, k + 1)
                if p is not None and p.sector in (None, "GOV") and p.code:
                    return p
        return None

    @staticmethod
    def _previous_subject(doc: Document, index: ActorIndex | None, si: int) -> Participant | None:
        if index is None or si == 0:
            return None
        s = doc.sentences[si - 1]
        for k in range(s.token_start, min(s.token_end, s.token_start + 6)):
            p = index.participant(doc, k, k + 1)
            if p is not None:
                return p
        return None


#: prepositions of a topic fronted before a speech verb (وعن اليمن قال، وحول سوريا أكد)
_TOPIC_PREPS = frozenset("عن حول بشان حيال بخصوص".split())


def _focus_country(doc: Document) -> str | None:
    """The state the article's entities belong to most (at least two mentions), or None.
    Unlike the actors stage's focus (states named as such: countries, capitals, nisbas), this
    counts every entity's mentions, so ميليشيات الحوثي makes an article Yemen's."""
    counts: dict[str, int] = {}
    for e in doc.entities:
        c = e.country
        if c and len(c) == 3 and c not in ("IGO", "UNO", "EUR", "IMG"):
            counts[c] = counts.get(c, 0) + len(e.mentions)
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best is not None and best[1] >= 2 else None


def _skip_comma(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " ،,":
        start += 1
    if text.startswith("فقد", start) or text.startswith("فإن", start) or text.startswith("فان", start):
        start += 3
    return start


_THAT_RE = re.compile(r".{0,40}?\s(?:[وف]?[أإا]ن|ب[أا]ن|عن)(?:\s|$)", re.DOTALL)  # match() anchors at pos


def _names_something(text: str, q: tuple[int, int], sent_end: int) -> bool:
    """A short quotation (a name or a title, four words at most) followed within a few
    words by أن/إن or عن (نقلت وكالة «تسنيم» عن): the quoted words are part of the speaker's
    phrase, not what was said."""
    inner = text[q[0]:q[1]].split()
    if not inner or len(inner) > 4:
        return False
    return bool(_THAT_RE.match(text, q[1] + 1, sent_end))


_KANA = frozenset("كان كانت وكان وكانت فكان فكانت".split())


def _kana_subject(doc: Document, index: ActorIndex, lo: int, i: int) -> Participant | None:
    """وكانت «دولة العراق الإسلامية»، وهي تحالف ...، أعلنت أنها ...: the subject named after
    كان at the clause start speaks through the verb that ends the apposition."""
    toks = doc.tokens
    k = lo
    while k < i and (toks[k].norm in ("و", "ف") or not toks[k].is_word):
        k += 1
    if k >= i - 1 or toks[k].norm not in _KANA:
        return None
    k += 1
    while k < i and toks[k].norm in ("«", "“", '"'):
        k += 1
    f = index.found_at[k] if k < i else None
    if f is None or f.last > i:
        return None
    if not any(toks[m].norm in ("،", ",") for m in range(f.last, i)):
        return None  # وكانت الوزارة قد أعلنت: the plain case is handled by the caller
    return index.participant(doc, f.first, f.last)


def _quoted_after(text: str, a: int, sent_end: int, doc: Document) -> tuple[int, int] | None:
    """The first quotation that opens between ``a`` and the end of the sentence."""
    for k in range(a, sent_end):
        ch = text[k]
        if ch in _OPEN:
            close = _OPEN[ch]
            nl = text.find("\n", k)
            limit = len(text) if nl < 0 else nl
            e = text.find(close, k + 1, limit)
            if e < 0:
                e = limit
            return k + 1, e
    return None


def _quoted_before(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A quotation closing shortly before ``b`` in ``[a, b)`` (cue after the quote)."""
    seg = text[a:b]
    for close, opener in (("»", "«"), ("”", "“"), ('"', '"')):
        e = seg.rfind(close)
        if e >= 0 and len(seg[e + 1:].strip(" ،,")) <= 2:
            s = seg.rfind(opener, 0, e)
            if s >= 0:
                return a + s + 1, a + e
    return None


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in quotes:
        if out and out[-1].start == q.start and out[-1].end == q.end:
            continue
        out.append(q)
    return out


def make(config: Config, resources: Resources):
    return QuoteFinder(resources.speech_cues)
