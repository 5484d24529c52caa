"""Feature extraction for the CRF NER tagger.

Everything a feature depends on is in the model bundle (:class:`FeatureData`,
saved next to the CRF weights): the word-frequency table and protected words that
drive the clitic segmenter, a snapshot of the project's lexicon names, and label
priors and entity phrases computed from ANERcorp *train* only.  Training and
tagging therefore see exactly the same features even when the lexicon files have
grown since the model was trained (retrain with ``python -m hadath.ner.train`` to
take new names into account).

Speed: the features of a word (for itself and, pre-prefixed, for each position in
the context window) are computed once and cached per surface form; a sentence's
feature lists are concatenations of cached lists plus a few bigram and multi-word
lexicon-match features.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..text.normalize import normalize_str
from ..text.tokenize import Segmenter

FEATURE_VERSION = 1

# Normalised stems (article and clitics removed) of title and trigger words.
_TRIGGERS = {
    # people: titles, roles, kinship words that introduce a name
    "T_PER": """رئيس وزير ملك شيخ امير سيد سيده دكتور مستشار نائب زعيم متحدث ناطق سفير قائد جنرال
        عقيد لواء عميد رائد مدرب لاعب فنان كاتب شاعر مخرج ممثل مطرب مغني امين بابا استاذ مهندس
        محامي قاضي مرشح سناتور نجم حارس مهاجم صحفي مراسل روائي باحث عاهل سلطان مفوض مبعوث مدير
        حاكم محافظ عضو رئيسه وزيره زميله زميل الماني وزيرا رئيسا الفنانه الكاتبه نجل زوجه والد
        شقيق ابنه الراحل المرحوم الامام اماما المطران الكاردينال الاسقف البطريرك المفتي الرئيسان
        المستشاره الدوق الاميره الملكه ملكه اميره شيخه مستشاره قائده""",
    # name-internal particles of people's names
    "T_PIN": "بن ابن ابو ابي بنت ام عبد آل ال ولد",
    # organisations
    "T_ORG": """شركه وكاله حزب جامعه منظمه مجلس اتحاد بنك صحيفه جريده مؤسسه هيئه وزاره جمعيه نادي
        فريق حركه جبهه منتخب معهد مركز اذاعه تلفزيون قناه محطه مصرف برلمان لجنه محكمه صندوق
        مجموعه تحالف رابطه نقابه مكتب مجله دار مصنع اكاديميه مستشفى كليه مدرسه جيش قوات شركات
        وكالات احزاب منظمات اتحادات بورصه سوق""",
    # places
    "T_LOC": """مدينه عاصمه ولايه محافظه منطقه قريه جزيره جزر بلده اقليم نهر بحر جبل جبال مخيم ميناء
        مطار شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط قطاع حي دوله بلاد مقاطعه ضاحيه شارع ساحه
        خليج مضيق صحراء بحيره واحه مدن دول عواصم حدود اراضي""",
    # a name follows a speech or reporting verb
    "T_SAY": "قال اعلن اكد اضاف اوضح صرح ذكر افاد اشار اعتبر قالت اعلنت اكدت اضافت ذكرت افادت اشارت",
}
TRIGGERS: dict[str, str] = {}
for _cls, _words in _TRIGGERS.items():
    for _w in _words.split():
        TRIGGERS.setdefault(normalize_str(_w), _cls)

_ARTICLE = "ال"

#: optional feature groups; a model bundle records the ones it was trained with
#: (trigrams: inner character 3-grams of the stem; surface_prior: a label prior of the
#: normalised word besides the stem's; far: trigger/prior of the words at +-3;
#: unk_ctx: neighbour words conjoined with "this word is unseen"; rare_ctx: same for rare words)
DEFAULT_SWITCHES = {"trigrams": False, "surface_prior": False, "far": False, "unk_ctx": True,
                    "rare_ctx": True}


@dataclass
class FeatureData:
    """The non-CRF part of a model bundle (JSON-serialisable)."""

    wordfreq: dict[str, int] = field(default_factory=dict)
    protected: list[str] = field(default_factory=list)
    #: multi-word and single-word lexicon names: key (normalised words joined by " ") -> kinds
    gaz: dict[str, str] = field(default_factory=dict)
    #: word -> lexicon roles of the word (e.g. "PER_F|LOC") for single-word membership
    gaz_words: dict[str, str] = field(default_factory=dict)
    #: stem -> label-prior feature value (from train labels)
    priors: dict[str, str] = field(default_factory=dict)
    #: entity phrases of the training data (base forms joined by " ") -> type
    phrases: dict[str, str] = field(default_factory=dict)
    #: feature groups switched on (see DEFAULT_SWITCHES)
    switches: dict[str, bool] = field(default_factory=lambda: dict(DEFAULT_SWITCHES))
    version: int = FEATURE_VERSION

    def to_json(self) -> dict:
        return {"version": self.version, "wordfreq": self.wordfreq, "protected": sorted(self.protected),
                "gaz": self.gaz, "gaz_words": self.gaz_words,
                "priors": self.priors, "phrases": self.phrases, "switches": self.switches}

    @classmethod
    def from_json(cls, d: dict) -> FeatureData:
        return cls(wordfreq=d["wordfreq"], protected=d["protected"], gaz=d["gaz"],
                   gaz_words=d["gaz_words"], priors=d.get("priors", {}),
                   phrases=d.get("phrases", {}), switches={**DEFAULT_SWITCHES, **d.get("switches", {})},
                   version=d.get("version", 0))


_OFFSETS = (-2, -1, 1, 2)
#: identity-like attributes that training-time dropout removes from a token
_IDENTITY = ("w=", "st=", "lp=", "lpn=", "p4=", "s4=", "p3=", "s3=")


def _shape(w: str) -> str:
    # any(map(str.method, w)): the same tests character by character, without a Python frame each
    if w.isdigit():
        return "num"
    if any(map(str.isdigit, w)):
        return "dig"
    if w.isascii() and w.isalpha():
        return "lat"
    if not any(map(str.isalpha, w)):
        return "pun"
    if any(map(str.isascii, w)):
        return "mix"
    return "ar"


def unseen_context(norms: Sequence[str], i: int, known: frozenset[str] | None) -> list[str]:
    """The neighbour words of an unseen word i as attributes ("u-=", "u+=", "u--="), those
    the model knows."""
    out = [("u-=" + norms[i - 1]) if i else "u-=BOS", ("u+=" + norms[i + 1]) if i + 1 < len(norms) else "u+=EOS"]
    if i >= 2:
        out.append("u--=" + norms[i - 2])
    return out if known is None else [u for u in out if u in known]


class Featurizer:
    """Turns a sentence (surface words) into CRF attribute lists."""

    def __init__(self, data: FeatureData, *, known: frozenset[str] | None = None,
                 cache_size: int = 300_000) -> None:
        self.data = data
        self.segmenter = Segmenter(freq=data.wordfreq, protected=frozenset(data.protected),
                                   cache_size=1_000)  # the entry cache below keeps the results
        #: when set, only attributes the model knows are kept (smaller lists, same scores)
        self.known = known
        self._canon = {x: x for x in known} if known is not None else None
        # context attributes the model knows at some offset ("w=..." of "-1:w=..."): the others
        # need no offset strings built (most of a new word's are unknown)
        offsets = {str(o) for o in _OFFSETS}
        self._known_ctx = None if known is None else frozenset(
            x.split(":", 1)[1] for x in known if ":" in x and x.split(":", 1)[0] in offsets)
        self.cache_size = cache_size
        self._cache: dict[str, tuple] = {}
        self.cfg = {**DEFAULT_SWITCHES, **data.switches}
        self._matchers = [("gm", _Matcher(data.gaz)), ("tm", _Matcher(data.phrases))]

    # -- per word ----------------------------------------------------------------------------
    def analyse(self, word: str) -> tuple[str, str, str, str]:
        """(normalised word, stem, base = article + stem, proclitic string)."""
        n = normalize_str(word)
        if not n:
            n = word
        a = self.segmenter.analyse(n, word.endswith("ة"))
        pre = "".join(f for _, _, f in a.pre) if a.pre else ""
        stem = a.stem[2]
        base = (_ARTICLE + stem) if pre.endswith(_ARTICLE) else stem
        if a.suf is not None:
            pre += "+" + a.suf[2]
        return n, stem, base, pre

    def word_features(self, word: str, priors: dict[str, str] | None = None,
                      freq: dict[str, int] | None = None):
        """(features at position 0, features as a context word (unprefixed), n, base)."""
        n, stem, base, pre = self.analyse(word)
        d = self.data
        shape = _shape(n)
        f = ["w=" + n, "st=" + stem, "sh=" + shape]
        if pre:
            f.append("pc=" + pre)
            if _ARTICLE in pre:
                f.append("al")
        ln = len(stem)
        f.append("len=" + (str(ln) if ln < 8 else "8+"))
        if shape not in ("num", "dig"):
            for k in (1, 2, 3, 4):
                if len(n) > k:
                    f.append(f"p{k}={n[:k]}")
                    f.append(f"s{k}={n[-k:]}")
            for k in (1, 2, 3):
                if len(stem) > k:
                    f.append(f"ss{k}={stem[-k:]}")
            for k in (1, 2):
                if len(stem) > k + 1:
                    f.append(f"sp{k}={stem[:k]}")
            if self.cfg["trigrams"] and len(stem) > 3:
                f.extend("g3=" + stem[i:i + 3] for i in range(1, len(stem) - 3))
        wf = freq if freq is not None else d.wordfreq
        fq = wf.get(stem, 0) + wf.get(n, 0)
        f.append("fq=" + str(min(int(math.log2(fq + 1)), 9)))
        ctx = ["w=" + n, "st=" + stem]
        if pre and _ARTICLE in pre:
            ctx.append("al")
        if shape != "ar":
            ctx.append("sh=" + shape)
        trg = TRIGGERS.get(stem) or TRIGGERS.get(n) or TRIGGERS.get(base)
        if trg:
            f.append("tr=" + trg)
            ctx.append("tr=" + trg)
        gw = d.gaz_words.get(base) or d.gaz_words.get(stem) or d.gaz_words.get(n)
        if gw:
            for g in gw.split("|"):
                f.append("gw=" + g)
                ctx.append("gw=" + g)
        table = priors if priors is not None else d.priors
        pr = table.get(stem)
        if pr is not None:
            f.append("lp=" + pr)
            ctx.append("lp=" + pr)
        else:
            f.append("lp=unk")
        if self.cfg["surface_prior"]:
            pn = table.get("\x00" + n)
            if pn is not None:
                f.append("lpn=" + pn)
        return f, ctx, n, base

    def _make_entry(self, word: str, priors: dict[str, str] | None = None,
                    freq: dict[str, int] | None = None) -> tuple:
        f0, ctx, n, base = self.word_features(word, priors, freq)
        if self._known_ctx is not None and not self.cfg["far"]:
            ctx = [x for x in ctx if x in self._known_ctx]  # (the same lists once filtered by canon)
        lists = [f0] + [[f"{o}:{x}" for x in ctx] for o in _OFFSETS]
        if self.cfg["far"]:
            far = [x for x in ctx if x[:3] in ("tr=", "lp=")]
            lists.append([f"-3:{x}" for x in far])
            lists.append([f"+3:{x}" for x in far])
        else:
            lists += [[], []]
        # Tuples of strings: the cyclic garbage collector stops tracking cached entries (a
        # long run caches hundreds of thousands); attribute strings are the model's own objects.
        canon = self._canon
        if canon is not None:
            lists = [tuple([canon[x] for x in lst if x in canon]) for lst in lists]
        else:
            lists = [tuple(lst) for lst in lists]
        unknown = "lp=unk" in f0 or (self.cfg["rare_ctx"] and "fq=0" in f0)
        stem = base[2:] if base.startswith(_ARTICLE) and len(base) > 2 else base
        return (*lists, n, base, unknown, stem)

    def _entry(self, word: str) -> tuple:
        got = self._cache.get(word)
        if got is None:
            got = self._make_entry(word)
            if len(self._cache) >= self.cache_size:
                self._cache.clear()
            self._cache[word] = got
        return got

    def keys(self, words: Sequence[str]) -> list[str]:
        """The document-memory key of each word (its stem without article or clitics)."""
        entry = self._entry
        return [entry(w)[10] for w in words]

    # -- per sentence ------------------------------------------------------------------------
    def sentence(self, words: Sequence[str], *, priors: dict[str, str] | None = None,
                 freq: dict[str, int] | None = None,
                 phrases: dict[str, str] | None = None, drop: Sequence[bool] | None = None
                 ) -> list[list[str]]:
        """Attribute lists of a sentence.

        Training only: ``priors``/``phrases`` (and ``freq``, the word frequencies of the
        ``fq=`` feature; with ``priors`` only) replace the bundle's label-prior and
        train-phrase tables (jackknifed), ``drop[i]`` removes token i's identity features
        (so the model learns to tag unseen names from their context)."""
        if priors is not None:
            entries = [self._make_entry(w, priors, freq) for w in words]
        else:
            entry = self._entry
            entries = [entry(w) for w in words]
        n_tok = len(entries)
        known = self.known
        out: list[list[str]] = []
        norms = [e[7] for e in entries]
        bases = [e[8] for e in entries]
        matches = [m.features(bases, pfx, known, table=phrases if pfx == "tm" else None)
                   for pfx, m in self._matchers]
        if drop is None and known is not None and not self.cfg["far"] and self.cfg["unk_ctx"]:
            return self._tagging(entries, norms, matches)
        for i in range(n_tok):
            e = entries[i]
            if drop is not None and drop[i]:
                feats = [x for x in e[0] if not x.startswith(_IDENTITY)]
                feats.append("lp=unk")
            else:
                feats = list(e[0])
            if i >= 3:
                feats += entries[i - 3][5]
            if i >= 2:
                feats += entries[i - 2][1]
            else:
                feats.append("-2:BOS" if i == 1 else "-2:PAD")
            if i >= 1:
                feats += entries[i - 1][2]
                bg = "b-=" + norms[i - 1] + "|" + norms[i]
            else:
                feats.append("BOS")
                bg = "b-=BOS|" + norms[i]
            dropped = drop is not None and drop[i]
            if not dropped and (known is None or bg in known):
                feats.append(bg)
            if i + 1 < n_tok:
                feats += entries[i + 1][3]
                bg = "b+=" + norms[i] + "|" + norms[i + 1]
                if not dropped and (known is None or bg in known):
                    feats.append(bg)
            else:
                feats.append("EOS")
            if i + 2 < n_tok:
                feats += entries[i + 2][4]
            else:
                feats.append("+2:EOS" if i + 2 == n_tok else "+2:PAD")
            if i + 3 < n_tok:
                feats += entries[i + 3][6]
            if self.cfg["unk_ctx"] and (e[9] or dropped):
                feats += unseen_context(norms, i, known)
            for m in matches:
                g = m[i]
                if g:
                    feats.extend(g)
            out.append(feats)
        return out

    def _tagging(self, entries: list[tuple], norms: list[str],
                 matches: list[list[list[str] | None]]) -> list[list[str]]:
        """:meth:`sentence` at tagging time with the shipped switches: the same attribute
        lists in the same order, with fewer tests per token (a third of the NER time)."""
        known = self.known
        n_tok = len(entries)
        out: list[list[str]] = []
        append = out.append
        m_gm, m_tm = matches if len(matches) == 2 else (matches + [[None] * n_tok] * 2)[:2]
        for i in range(n_tok):
            e = entries[i]
            feats = list(e[0])
            n_i = norms[i]
            if i >= 2:
                feats += entries[i - 2][1]
            else:
                feats.append("-2:BOS" if i == 1 else "-2:PAD")
            if i:
                feats += entries[i - 1][2]
                bg = "b-=" + norms[i - 1] + "|" + n_i
            else:
                feats.append("BOS")
                bg = "b-=BOS|" + n_i
            if bg in known:
                feats.append(bg)
            if i + 1 < n_tok:
                feats += entries[i + 1][3]
                bg = "b+=" + n_i + "|" + norms[i + 1]
                if bg in known:
                    feats.append(bg)
            else:
                feats.append("EOS")
            if i + 2 < n_tok:
                feats += entries[i + 2][4]
            else:
                feats.append("+2:EOS" if i + 2 == n_tok else "+2:PAD")
            if e[9]:
                feats += unseen_context(norms, i, known)
            g = m_gm[i]
            if g:
                feats.extend(g)
            g = m_tm[i]
            if g:
                feats.extend(g)
            append(feats)
        return out


class _Matcher:
    """Longest-first matching of multi-word names over the base forms of a sentence."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        #: every word-prefix of a name ("a", "a b", "a b c" for "a b c"): the walk along a
        #: sentence stops as soon as no name continues the words read so far
        self.prefixes: frozenset[str] = frozenset(
            " ".join(ws[:j]) for ws in (k.split(" ") for k in table) for j in range(1, len(ws) + 1))

    def features(self, bases: list[str], pfx: str, known: frozenset[str] | None,
                 table: dict[str, str] | None = None) -> list[list[str] | None]:
        if table is not None:  # training: a jackknifed table
            m = _Matcher(table)
            return m.features(bases, pfx, known)
        n = len(bases)
        out: list[list[str] | None] = [None] * n
        gaz, prefixes = self.table, self.prefixes
        if not gaz:
            return out
        i = 0
        while i < n:
            key = bases[i]
            if key not in prefixes:
                i += 1
                continue
            hit = 0
            kinds = ""
            L = 1
            while True:  # the longest name starting here
                k = gaz.get(key)
                if k is not None:
                    hit, kinds = L, k
                if i + L >= n:
                    break
                key = key + " " + bases[i + L]
                if key not in prefixes:
                    break
                L += 1
            if not hit:
                i += 1
                continue
            ks = kinds.split("|")
            for j in range(i, i + hit):
                bio = "B" if j == i else "I"
                fs = out[j] or []
                for kd in ks:
                    fs.append(f"{pfx}={bio}-{kd}")
                    if hit > 1:
                        fs.append(f"{pfx}{bio}={kd}")
                out[j] = fs
            if i > 0:
                fs = out[i - 1] or []
                fs.extend(f"{pfx}+1={kd}" for kd in ks)
                out[i - 1] = fs
            if i + hit < n:
                fs = out[i + hit] or []
                fs.extend(f"{pfx}-1={kd}" for kd in ks)
                out[i + hit] = fs
            i += hit
        if known is not None:
            out = [[x for x in fs if x in known] if fs else None for fs in out]
        return out


# -- document context (stage 2) ----------------------------------------------------------------

def _bucket(x: float) -> str:
    return "hi" if x >= 0.6 else "mid" if x >= 0.3 else "lo"


def doc_features(keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int,
                 known: frozenset[str] | None = None, phrases: bool = False,
                 max_phrase: int = 6) -> list[list[list[str]]]:
    """Stage-2 features of every token of a stream of sentences.

    ``keys[j][i]`` is the memory key (stem) of token i of sentence j and ``tags[j][i]`` its
    stage-1 tag.  A token gets its own and its neighbours' stage-1 tags, and the stage-1
    tags of the same key in the other sentences within ``window`` sentences before and
    after it (the same article, mostly): the majority entity type, how often the key is an
    entity there, and whether it is seen only as O.  With ``phrases``, the multi-word
    stage-1 chunks of those other sentences are matched (longest first) in the sentence.
    """
    n = len(keys)
    # per sentence: key -> counts of its stage-1 labels (type or "O"), of B/I ("B|", "I|")
    # and of its occurrences ("n")
    per: list[dict[str, dict[str, int]]] = []
    for ks, ts in zip(keys, tags, strict=True):
        d: dict[str, dict[str, int]] = {}
        for k, t in zip(ks, ts, strict=True):
            if len(k) < 2:
                continue
            c = d.get(k)
            if c is None:
                c = d[k] = {"n": 1}
            else:
                c["n"] += 1
            if t == "O":
                c["O"] = c.get("O", 0) + 1
            else:
                lab = t[2:]
                c[lab] = c.get(lab, 0) + 1
                bi = t[0] + "|"
                c[bi] = c.get(bi, 0) + 1
        per.append(d)
    # per sentence: multi-word stage-1 chunks (keys joined by " ") -> counts of types
    per_ph: list[dict[str, dict[str, int]]] = []
    if phrases:
        from .conll import chunks

        for ks, ts in zip(keys, tags, strict=True):
            d = {}
            if any(t != "O" for t in ts):
                for a, b, typ in chunks(ts):
                    if b - a >= 2:
                        c = d.setdefault(" ".join(ks[a:b]), {})
                        c[typ] = c.get(typ, 0) + 1
            per_ph.append(d)
    win: dict[str, dict[str, int]] = {}
    win_ph: dict[str, dict[str, int]] = {}
    win_first: dict[str, int] = {}  # first keys of the chunks in win_ph

    def add(j: int, sign: int) -> None:
        for k, c in per[j].items():
            w = win.get(k)
            if w is None:
                win[k] = dict(c) if sign > 0 else {lab: -v for lab, v in c.items()}
                continue
            for lab, v in c.items():
                w[lab] = w.get(lab, 0) + sign * v
        if phrases:
            for k, c in per_ph[j].items():
                w = win_ph.get(k)
                if w is None:
                    w = win_ph[k] = {}
                f = k.split(" ", 1)[0]
                for lab, v in c.items():
                    w[lab] = w.get(lab, 0) + sign * v
                    win_first[f] = win_first.get(f, 0) + sign * v

    _not_types = ("n", "O", "B|", "I|")
    hi_ = -1
    lo_ = 0
    out: list[list[list[str]]] = []
    for j in range(n):
        while hi_ < min(n - 1, j + window):
            hi_ += 1
            add(hi_, 1)
        while lo_ < j - window:
            add(lo_, -1)
            lo_ += 1
        own = per[j]
        ks, ts = keys[j], tags[j]
        m = len(ks)
        dk: list[list[str]] = []
        for i in range(m):
            k = ks[i]
            fs: list[str] = []
            o = own.get(k)
            if o is not None:  # len(k) >= 2
                w = win[k]
                if w["n"] > o["n"]:  # the key occurs in another sentence of the window
                    cnt = {lab: v - o.get(lab, 0) for lab, v in w.items()}
                    ents = [(v, lab) for lab, v in cnt.items() if v > 0 and lab not in _not_types]
                    n_o = cnt.get("O", 0)
                    if ents:
                        v, lab = max(ents)
                        tot = sum(e[0] for e in ents)
                        fs.append("dk=" + lab)
                        fs.append(f"dkr={lab}_{_bucket(tot / (tot + n_o))}")
                        fs.append("dkb=" + ("B" if cnt.get("B|", 0) >= cnt.get("I|", 0) else "I") + lab)
                        if tot >= 3:
                            fs.append("dk3=" + lab)
                    elif n_o > 0:
                        fs.append("dk=O3" if n_o >= 3 else "dk=O")
            dk.append(fs)
        if phrases and win_ph:
            own_ph = per_ph[j]
            i = 0
            while i < m - 1:
                hit = None
                if win_first.get(ks[i], 0) > 0:
                    for L in range(min(max_phrase, m - i), 1, -1):
                        key = " ".join(ks[i:i + L])
                        c = win_ph.get(key)
                        if c is None:
                            continue
                        o = own_ph.get(key)
                        best = max(((v - (o.get(t, 0) if o else 0), t) for t, v in c.items()),
                                   default=(0, ""))
                        if best[0] > 0:
                            hit = (L, best[1])
                            break
                if hit is None:
                    i += 1
                    continue
                L, typ = hit
                dk[i].append("dm=B-" + typ)
                for q in range(i + 1, i + L):
                    dk[q].append("dm=I-" + typ)
                i += L
        feats: list[list[str]] = []
        prev_t = "BOS"
        for i in range(m):
            fs = ["s1=" + ts[i], "s1-1=" + prev_t, "s1+1=" + (ts[i + 1] if i + 1 < m else "EOS")]
            prev_t = ts[i]
            fs += dk[i]
            if i:
                fs += ["-1:" + x for x in dk[i - 1] if x[:3] == "dk="]
            if i + 1 < m:
                fs += ["+1:" + x for x in dk[i + 1] if x[:3] == "dk="]
            if known is not None:
                fs = [x for x in fs if x in known]
            feats.append(fs)
        out.append(feats)
    return out
