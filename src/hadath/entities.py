"""The ``entities`` stage: lexicon matching plus the trained NER model.

1. Every lexicon name (states, nisba adjectives, capitals, places, organisations,
   generic bodies and titles, people) is found in one Aho-Corasick pass over the
   token base forms (see :mod:`hadath.lexicon.gazetteer`).
2. The NER model tags the remaining names (people, organisations, places the
   lexicons do not know).
3. Mentions are grouped into entities: one entity per lexicon id (a state collects
   its names, nisba adjectives and capital), one per NER name.

Country and sector of generic bodies, titles, coreference and metonymy are settled
by the ``actors`` stage that runs next.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import Config
from .document import Document, Entity, Mention, Token
from .lexicon.gazetteer import Entry, Gazetteer
from .resources import Resources
from .text.normalize import normalize_key

SEPARATOR = "\n"

# preference when one name has several readings (الكويت: the state before the city)
_SOURCE_RANK = {"country": 0, "capital": 1, "org": 2, "person": 3, "nisba": 4, "place": 5,
                "body": 6, "title": 7, "group": 8}

_NER_KIND = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "GPE"}


@dataclass(slots=True)
class Found:
    """A mention with the lexicon entry (or NER label) behind it; internal to the stages."""

    first: int  # token index
    last: int  # one past
    start: int
    end: int
    entry: Entry | None
    kind: str
    source: str
    confidence: float
    entity: Entity | None = None  # set when mentions are grouped


def adjective_form(doc: Document, f: Found) -> bool:
    """A one-word mention written as a nisba adjective (الأممي، الأطلسية، الإيرانيين)."""
    return f.last - f.first == 1 and doc.tokens[f.first].norm.endswith(("ي", "يه", "يين", "يون"))


def mention_start(tok: Token) -> int:
    """Where a name starts inside its first token: after proclitics, at the article."""
    for seg in tok.segments:
        if seg.kind == "pre" and seg.form != "ال":
            continue
        return seg.start
    return tok.start


def mention_end(tok: Token) -> int:
    for seg in reversed(tok.segments):
        if seg.kind == "suf":
            continue
        return seg.end
    return tok.end


_LOCATIVE = frozenset({"في", "داخل", "قرب", "امام", "الي", "من"})


def choose(entries: tuple[Entry, ...], published: str | None, locative: bool = False) -> Entry:
    """The reading of an ambiguous name; after في/بـ a building is a place, not an institution
    (في البيت الأبيض vs. قال البيت الأبيض)."""
    if len(entries) == 1:
        return entries[0]
    if locative:
        places = [e for e in entries if e.source == "place"]
        if places and any(e.source == "org" for e in entries):
            return places[0]

    def rank(e: Entry):
        active = 0
        if e.roles:
            role = e.role_on(published)
            active = 0 if role and role.active(published) else 1
        return (_SOURCE_RANK.get(e.source, 9), e.alias, active)

    return min(entries, key=rank)


#: (name, next word) pairs where the name is a common word of an idiom
_NOT_A_NAME = frozenset({("مسقط", "راس"), ("مسقط", "رأس")})
#: place names that are also adjectives: after a definite noun (or one with a pronoun) they
#: qualify it (قوة المهام المشتركة المجمعة "combined", الميزانية المجمعة)
_ADJECTIVE_PLACES = frozenset({"المجمعه"})
#: words after الجمعية العامة that make it a company's or an association's, not the UN's
_OWN_ASSEMBLY = frozenset("""غير عاديه العاديه شركه لشركه للشركه مساهمين للمساهمين لمساهمي نادي لنادي للنادي
جمعيه للجمعيه لجمعيه اتحاد للاتحاد لاتحاد هيئه للهيئه لهيئه بنك للبنك لبنك""".split())


def match_lexicon(doc: Document, gaz: Gazetteer) -> list[Found]:
    words: list[str] = []
    index: list[int] = []  # word position -> token index (-1 for separators)
    for s in doc.sentences:
        for ti in range(s.token_start, s.token_end):
            words.append(doc.tokens[ti].base)
            index.append(ti)
        words.append(SEPARATOR)
        index.append(-1)
    out = []
    homographs: list[tuple[int, Entry, Entry]] = []
    for m in gaz.find(words):
        first, last = index[m.first], index[m.last - 1] + 1
        tok = doc.tokens[first]
        prev = doc.tokens[first - 1].base if first > 0 and doc.tokens[first - 1].sent == tok.sent else ""
        locative = prev in _LOCATIVE or "ب" in tok.prefixes
        entry = choose(m.entries, doc.published, locative)
        if last < len(doc.tokens) and (tok.base, doc.tokens[last].stem) in _NOT_A_NAME:
            continue  # مسقط رأس: a birthplace, not Muscat
        if entry.source in ("place", "capital") and last - first == 1 and "\u064b" in doc.tokens[last - 1].text:
            continue  # دومًا "always" (tanween), not Douma: a name takes no nunation
        if tok.base in _ADJECTIVE_PLACES and last - first == 1 and first > 0 and prev and (
                "ال" in doc.tokens[first - 1].prefixes or doc.tokens[first - 1].suffix):
            continue  # الميزانية المجمعة، أرباحها المجمعة: "combined", not Al Majmaah
        if entry.id == "org:unga" and last < len(doc.tokens) and doc.tokens[last].stem in _OWN_ASSEMBLY:
            continue  # الجمعية العامة غير العادية لشركة الإنماء: a company's general meeting
        if entry.id == "org:al_qaeda" and last - first == 1 and _a_base(doc, first, last):
            continue  # القاعدة الجوية، في القاعدة العسكرية الأمريكية: a base, not al-Qaeda
        if entry.source == "title" and tok.base == "المحافظ" and last - first == 1 and first > 0 and \
                doc.tokens[first - 1].sent == tok.sent and "ال" in doc.tokens[first - 1].prefixes[:1] and \
                doc.tokens[first - 1].is_word:
            continue  # الحزب المحافظ، الصحفي المحافظ: "conservative", an adjective, not the governor
        if entry.source in ("capital", "place", "country") and _told_to_paper(doc, first, last):
            # وقال مصدر لـ«الرياض»: the paper named after the city, not the city
            entry = next((e for e in gaz.lookup("صحيفة " + doc.tokens[first].base) if e.sector == "MED"), None) or \
                Entry(f"org:paper:{tok.base}", "ORG", "org", f"{entry.name_en} (newspaper)", entry.country, "MED")
        start = mention_start(doc.tokens[first])
        end = mention_end(doc.tokens[last - 1])
        conf = 0.8 if entry.alias else 0.95
        if entry.source == "country":
            capital = next((e for e in m.entries if e.source == "capital" and e.country != entry.country), None)
            if capital is not None:
                homographs.append((len(out), entry, capital))
        out.append(Found(first, last, start, end, entry, entry.kind, entry.source, conf))
    for k, country, capital in homographs:
        if _reads_as_capital(doc, out, out[k], country, capital):
            f = out[k]
            out[k] = Found(f.first, f.last, f.start, f.end, capital, capital.kind, capital.source, 0.8)
    return out


def _told_to_paper(doc: Document, first: int, last: int) -> bool:
    """لـ«الرياض»، ل"المدينة": a name in quotes right after the preposition ل of a source
    speaking to a paper is the paper's name."""
    toks = doc.tokens
    return first >= 2 and last < len(toks) and toks[first - 1].norm in ("«", '"', "“") and \
        toks[last].norm in ("»", '"', "”") and toks[first - 2].norm == "ل" and \
        toks[first - 2].sent == toks[first].sent


_BASE_WORDS = frozenset("""جويه الجويه عسكريه العسكريه بحريه البحريه الامريكيه الاميركيه البريطانيه الفرنسيه
الروسيه التركيه الجوي الجوية جوية""".split())


def _a_base(doc: Document, first: int, last: int) -> bool:
    """القاعدة alone before جوية/عسكرية/بحرية or a state adjective is a military base; so is
    the place stormed, besieged, entered or retaken (اقتحام القاعدة، السيطرة على القاعدة)."""
    nxt = doc.tokens[last] if last < len(doc.tokens) else None
    if nxt is not None and nxt.sent == doc.tokens[first].sent and (nxt.norm in _BASE_WORDS or nxt.base in _BASE_WORDS):
        return True
    k = first - 1
    if k >= 0 and doc.tokens[k].norm in ("علي", "الي", "داخل", "من"):
        k -= 1  # السيطرة على القاعدة، الدخول إلى القاعدة
    return k >= 0 and doc.tokens[k].sent == doc.tokens[first].sent and (
        doc.tokens[k].stem in _TAKEN_PLACES or doc.tokens[k].base in _TAKEN_PLACES)


#: what is done to a place (stormed, besieged, entered, retaken, controlled)
_TAKEN_PLACES = frozenset("""اقتحام اقتحم اقتحمت اقتحموا يقتحم تقتحم حاصر حاصرت حاصروا محاصره حصار دخول دخل دخلت
دخلوا استعاده استعاد استعادت استعادوا السيطره سيطره سيطر سيطرت سيطروا تحرير حرر حررت حرروا""".split())


def _reads_as_capital(doc: Document, found: list[Found], f: Found, country: Entry, capital: Entry) -> bool:
    """عمان: Oman, or Amman (Jordan's capital)?  A shadda on the م (عمّان) or سلطنة before it
    decides; otherwise the article's other mentions do: more of Jordan than of Oman (الأردن،
    أردني، the king of Jordan...) make it the capital."""
    surface = doc.text[f.start:f.end]
    if "\u0651" in surface:
        return True  # عمّان is written with a shadda, عُمان without
    if f.first > 0 and doc.tokens[f.first - 1].stem == "سلطنه":
        return False
    votes = {country.country: 0, capital.country: 0}
    for g in found:
        if g is not f and g.entry is not None and g.entry.country in votes and g.entry is not country:
            votes[g.entry.country] += 1
    return votes[capital.country] > votes[country.country]


#: titles before a person's given name (الأمير الدكتور تركي بن سعود)
NAME_TITLES = frozenset("""الامير الاميره الشيخ الشيخه الدكتور الدكتوره المهندس الاستاذ اللواء العميد العقيد
المقدم الرائد النقيب الملازم الفريق المشير السيد السيده الحاج معالي سمو فضيله""".split())


#: currency nouns: a state adjective after one names the money (ريال سعودي، الدولار الأمريكي)
CURRENCIES = frozenset("ريال ريالات دولار دولارات جنيه جنيهات دينار دنانير درهم دراهم ليره ليرات "
                       "روبل يوان ين روبيه تومان".split())


def family_names(doc: Document, found: list[Found], given: frozenset[str]) -> list[Found]:
    """Drop state adjectives that are names: a definite nisba right after a given name
    (اللواء منصور التركي، خالد المصري) names a person, not Turkey or Egypt; so does a nisba
    that is itself a given name after a title, before بن or before another given name
    (الأمير تركي بن سعود، الهكر تركي عمر; then تركي alone in that article too).  Drop a
    known person's surname alone after another given name (خالد الغبان is not محمد الغبان)."""
    out = []
    toks = doc.tokens
    other_family: set[str] = set()  # surnames seen after another given name
    named_persons: set[str] = set()  # state adjectives that this article uses as a man's name
    for f in found:
        if f.entry is not None and f.entry.source == "person" and f.entry.alias and f.first > 0:
            if toks[f.first - 1].sent == toks[f.first].sent and len(toks[f.first - 1].norm) >= 3 and \
                    (toks[f.first - 1].norm in given or toks[f.first - 1].base in given):
                other_family.add(f.entry.id)
                continue  # المقدم خالد الغبان: another man of the family, not the minister Mohammed al-Ghabban
            if f.entry.id in other_family:
                continue  # ... and وقال الغبان after him is still him
        if f.entry is not None and f.entry.source == "country" and f.first > 2 and f.last - f.first == 1:
            prev, prev2, prev3 = toks[f.first - 1], toks[f.first - 2], toks[f.first - 3]
            if prev.sent == toks[f.first].sent and (prev.norm in given or prev.base in given) and \
                    prev2.norm in ("بن", "بنت", "ابن") and (prev3.norm in given or prev3.base in given) and \
                    not toks[f.first].prefixes[1:]:
                continue  # الدكتور عبدالله بن محمد السويد: a family name, not Sweden
        if f.entry is not None and f.entry.source == "nisba" and f.first > 0:
            tok, prev = toks[f.first], toks[f.first - 1]
            same = prev.sent == tok.sent
            if same and (prev.stem in CURRENCIES or prev.base in CURRENCIES):
                continue  # مليار ريال سعودي، الدولار الأمريكي: a currency, not the state
            if "ال" in tok.prefixes and same and (prev.norm in given or prev.base in given):
                continue
            nxt = toks[f.last] if f.last < len(toks) else None
            if "ال" not in tok.prefixes and (tok.norm in given or tok.base in given) and (
                    (same and prev.norm in NAME_TITLES) or (nxt is not None and nxt.norm in ("بن", "بنت", "ابن"))
                    or tok.norm in named_persons or (
                        nxt is not None and nxt.sent == tok.sent and not nxt.prefixes and
                        len(nxt.norm) >= 3 and nxt.norm in given)):
                # الهكر تركي عمر: a given name before another is a man's name; so is تركي
                # alone afterwards in the same article (يبقى فيه تركي محتجزا)
                named_persons.add(tok.norm)
                continue
        out.append(f)
    return out


def match_ner(doc: Document, tagger, taken: bytearray, whole: bool = False) -> list[Found]:
    out: list[Found] = []
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    words = [[t.text for t in toks] for toks in sents]
    if whole:  # a name introduced in full is recognised later on its own (two CRF passes)
        all_tags = tagger.tag_document(words)
    else:
        all_tags = tagger.tag_sentences(words)
    for s, toks, tags in zip(doc.sentences, sents, all_tags):
        if not toks:
            continue
        i = 0
        while i < len(toks):
            tag = tags[i]
            if not tag.startswith("B-") and not tag.startswith("I-"):
                i += 1
                continue
            label = tag[2:]
            j = i + 1
            while j < len(toks) and tags[j] == "I-" + label:
                j += 1
            a, b = s.token_start + i, s.token_start + j
            kind = _NER_KIND.get(label)
            if kind and not any(taken[a:b]) and any(t.is_word for t in toks[i:j]):
                out.append(Found(a, b, mention_start(doc.tokens[a]), mention_end(doc.tokens[b - 1]),
                                 None, kind, "ner", 0.6))
            i = j
    return out


def build_entities(doc: Document, found: list[Found], gaz: Gazetteer) -> list[Entity]:
    by_key: dict[str, Entity] = {}
    order: list[Entity] = []
    for f in sorted(found, key=lambda f: f.start):
        text = doc.text[f.start:f.end]
        if f.entry is not None:
            key = f.entry.id
            if f.entry.source in ("body", "title", "group"):
                key = f"{f.entry.id}@{f.start}"  # settled (merged by country) in the actors stage
        else:
            key = f"ner:{f.kind}:{normalize_key(text)}"
        ent = by_key.get(key)
        if ent is None:
            e = f.entry
            name_en = e.name_en if e else None
            if e is not None and e.source in ("capital", "nisba") and e.country in gaz.by_id:
                name_en = gaz.by_id[e.country].name_en  # the state, not its capital
            ent = Entity(id="", kind=f.kind, name_en=name_en,
                         country=e.country if e else None, sector=e.sector if e else None,
                         key=e.id if e else None, name_ar=(e.name_ar if e else text),
                         lat=e.lat if e and e.source == "capital" else None,
                         lon=e.lon if e and e.source == "capital" else None)
            if e is not None and e.source == "place":
                ent.lat, ent.lon = e.lat, e.lon
            if e is not None and e.roles:
                # the office held on the publication day: Zayani is GCC (IGO) in 2015, Bahrain's
                # foreign minister from 2020
                role = e.role_on(doc.published)
                if role is not None:
                    ent.country, ent.sector = role.country, role.sector
            by_key[key] = ent
            order.append(ent)
        f.entity = ent
        role = "capital" if f.source == "capital" else ("nisba" if f.source == "nisba" else "")
        ent.mentions.append(Mention(f.start, f.end, text, f.source if f.source == "ner" else
                                    ("lexicon" if f.source not in ("nisba",) else "nisba"),
                                    f.confidence, role))
    for i, ent in enumerate(order, 1):
        ent.id = f"e{i}"
    return order


def make(config: Config, resources: Resources):
    gaz = resources.gazetteer
    tagger = resources.ner if config.use_ner else None

    given = resources.given_names

    def entities_stage(doc: Document) -> Document:
        found = family_names(doc, match_lexicon(doc, gaz), given)
        taken = bytearray(len(doc.tokens))
        for f in found:
            taken[f.first:f.last] = b"\x01" * (f.last - f.first)
        if tagger is not None:
            found += match_ner(doc, tagger, taken, config.ner_document)
        doc.scratch["found"] = found
        doc.entities = build_entities(doc, found, gaz)
        return doc

    return entities_stage
