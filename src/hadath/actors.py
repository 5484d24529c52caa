"""The ``actors`` stage: coreference, metonymy and PLOVER actor codes.

After the ``entities`` stage every name is a mention of some entity.  This stage:

* settles generic bodies and titles (وزارة الخارجية، الرئيس، الجيش): the country
  comes from an adjacent nisba or state name (وزارة الخارجية الأمريكية، وزير خارجية
  قطر), else from the sentence, else from the country in focus;
* links a title to the person it names (الرئيس الأمريكي دونالد ترامب) and an
  unnamed title to the office holder at the publication date (الرئيس الأمريكي in
  2025 → Donald Trump) from the people lexicon's date-bounded roles;
* merges surnames with the full name said before (ترامب → دونالد ترامب) and NER
  names with the lexicon entity they are part of;
* resolves country epithets (البلاد، بلاده، الدولة الغنية بالغاز والنفط) to the
  country in focus;
* codes every entity: ``country`` (ISO3 or IGO/UNO/EUR/IMG…) and PLOVER ``sector``.

The resulting per-token index (``doc.scratch["actor_at"]``) lets the quotes and
events stages turn any token span into a :class:`~hadath.document.Participant`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .config import Config, is_state_code
from .document import Document, Entity, Mention, Participant
from .entities import Found, adjective_form, mention_end, mention_start
from .lexicon.gazetteer import Entry, Gazetteer
from .resources import Resources
from .text.normalize import normalize_key

# Bare country epithets and the construct heads before which الدولة is not an epithet.
_EPITHET_BASES = {"البلاد", "البلد", "الدوله", "المملكه", "الاماره", "الجمهوريه", "السلطنه"}
_KINGDOMS = {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA"}
_CONSTRUCT_HEADS = {"رئيس", "وزير", "وزاره", "مؤسسات", "اجهزه", "امن", "سياده", "اراضي", "حدود",
                    "داخل", "خارج", "جهاز", "اركان", "مجلس", "ميزانيه", "عاصمه", "مستوي", "قياده",
                    "بناء", "انهيار", "هيبه", "ملك", "ولي", "امير", "حاكم"}
_PRONOUN_EPITHET_STEMS = {"بلاد", "بلد", "دوله"}
_PRONOUN_EPITHETS = {"بلاده", "بلادها", "بلده", "بلدها", "دولته", "دولتها", "بلادهم", "بلدهم"}

#: styles of address between a title and a name (وزير الخارجية الأستاذ عادل الجبير)
_STYLES = frozenset("الاستاذ الدكتور المهندس السيد السيده الشيخ".split())
_INSTITUTION_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "SPY"})
_NAMING_HEADS = frozenset("""
اتفاق اتفاقيه معاهده مؤتمر اعلان مسار عمليه منتدي مبادره محادثات مفاوضات مباحثات صيغه تفاهمات
بروتوكول ميثاق قرار جوله اجتماعات قمه لقاء اجتماع
""".split())

# Titles (bodies.tsv kind=title) whose English name maps to a people-lexicon role word.
_ROLE_WORDS = {
    "president": ("president",),
    "prime minister": ("prime minister", "premier"),
    "foreign minister": ("foreign minister", "foreign affairs", "secretary of state"),
    "defence minister": ("defence minister", "defense minister", "defence secretary",
                         "defense secretary", "minister of defence", "minister of defense"),
    "king": ("king",),
    "emir": ("emir", "amir"),
    "crown prince": ("crown prince",),
    "secretary-general": ("secretary-general", "secretary general"),
}


_NOT_THE_HOLDER = ("deputy", "assistant", "under", "vice", "former", "spokes", "envoy", "adviser",
                   "advisor", "acting", "shadow", "minister of state", "ambassador")


#: head nouns of organisation names that, bare and definite, refer back to the organisation
_ANAPHORIC_HEADS = frozenset("مجلس منظمه وكاله حركه جبهه هيئه جماعه لجنه محكمه اتحاد صندوق شركه تنظيم".split())
#: heads that refer back to the last organisation of a sector whatever its name (الشركة after
#: مجموعة الصناعات الجوية "بي إيه إي سيستمز")
_GENERIC_SECTOR_HEADS = {"شركه": "BUS"}


def _role_key(name_en: str | None) -> str | None:
    if not name_en:
        return None
    low = name_en.lower()
    if any(w in low for w in _NOT_THE_HOLDER):
        return None  # a deputy secretary of state is not the secretary of state
    for key, words in _ROLE_WORDS.items():
        if any(w in low for w in words):
            return key
    return None


@dataclass(slots=True)
class ActorIndex:
    """Token index -> the entity (and found mention) covering it."""

    entity_at: list[Entity | None]
    found_at: list[Found | None]

    def participant(self, doc: Document, first: int, last: int) -> Participant | None:
        """The actor named by tokens ``[first, last)`` (the first entity found in them)."""
        for i in range(first, last):
            ent = self.entity_at[i]
            f = self.found_at[i]
            if f is None:
                continue
            code = ent.country if ent is not None else (f.entry.country if f.entry else None)
            sector = ent.sector if ent is not None else (f.entry.sector if f.entry else None)
            if not code:
                continue
            text = doc.text[f.start:f.end]
            eid = ent.id if ent is not None and ent.id else None
            return Participant(code, sector, eid, text, f.start, f.end)
        return None


#: the coalition fighting in a state (2014-): Saudi-led in Yemen, US-led in Syria and Iraq
COALITION_THEATRES = {"YEM": "SAU", "SYR": "IGO", "IRQ": "IGO"}
#: titles that only one state's office holder bears (bodies.tsv name_en -> state)
TITLE_COUNTRY = {"Custodian of the Two Holy Mosques (the King of Saudi Arabia)": "SAU"}


def _country_of(f: Found | None) -> str | None:
    if f is None or f.entry is None:
        return None
    return f.entry.country or TITLE_COUNTRY.get(f.entry.name_en)


def _country_near(found: list[Found], i: int, doc: Document) -> Found | None:
    """A state named right after found[i] (nisba or name), possibly after one more word."""
    f = found[i]
    for j in range(i + 1, min(i + 3, len(found))):
        g = found[j]
        if g.first > f.last and not (j == i + 1 and _adjectives_between(doc, f, g)):
            break
        if g.entry is not None and g.entry.source in ("country", "capital") and j == i + 1 and \
                f.entry is not None and f.entry.source == "title" and \
                "ال" in doc.tokens[f.last - 1].prefixes[:1] and f.last - f.first == 1 and \
                not doc.tokens[g.first].norm.endswith(("يه", "ي")):
            break  # وحذر السفير اليابان: a definite title heads no construct; Japan is the object
        if g.entry is not None and g.entry.source == "place" and g.entry.country and j == i + 1 and \
                g.first == f.last and f.entry is not None and f.entry.source in ("title", "body") and \
                not doc.tokens[f.last - 1].prefixes and doc.tokens[g.first].sent == doc.tokens[f.first].sent:
            return g  # محافظ جدة، شرطة دبي: a title or body in construct with a city is that city's state's
        if g.entry is not None and (g.entry.source in ("nisba", "country", "capital") or
                                    (f.entry is not None and f.entry.source in ("group", "title")
                                     and g.entry.source == "org" and g.entry.country
                                     and ("ال" not in doc.tokens[f.last - 1].prefixes[:1]
                                          or "ل" in doc.tokens[g.first].prefixes[:1]
                                          or adjective_form(doc, g))) or  # المبعوث الأممي: an adjective
                                    (g.entry.source == "title" and g.entry.name_en in TITLE_COUNTRY)):
            # (قادة حماس، سفير خادم الحرمين الشريفين: the ambassador is Saudi Arabia's; a
            # definite group heads no construct, it takes ل: تتهم المعارضة المجتمع الدولي، but
            # المتحدث الرسمي لتنظيم داعش)
            if doc.tokens[g.first].sent == doc.tokens[f.first].sent:
                return g  # قادة حماس: the leaders belong to Hamas
        if g.entry is None or g.entry.source not in ("nisba", "country", "capital"):
            break
    return None


def _body_in_state(doc: Document, found: list[Found], i: int) -> str | None:
    """The state named by في + its name (a country, not a city) right after body found[i],
    with at most two plain adjectives of the body in between."""
    f = found[i]
    nxt = found[i + 1] if i + 1 < len(found) else None
    if nxt is None or nxt.entry is None or nxt.entry.source != "country" or not nxt.entry.country:
        return None
    toks = doc.tokens
    between = toks[f.last:nxt.first]
    if not between or between[-1].norm != "في" or len(between) > 3 or \
            not all(t.is_word and t.prefixes == ("ال",) for t in between[:-1]):
        return None
    return nxt.entry.country


def _adjectives_between(doc: Document, f: Found, g: Found) -> bool:
    """السلطات الصحية الأردنية: one or two plain adjectives between a body and its state's nisba."""
    toks = doc.tokens
    between = toks[f.last:g.first]
    return f.entry is not None and f.entry.source in ("body", "group", "title") and \
        g.entry is not None and g.entry.source == "nisba" and "ال" in toks[g.first].prefixes[:1] and \
        0 < len(between) <= 2 and all(t.is_word and t.prefixes == ("ال",) for t in between)


#: words between a group noun and the organisation it belongs to
_AFFILIATION = frozenset("من الموالين الموالين الموالية الموالي انصار اعضاء عناصر مقاتلي مسلحي انصار انصارا "
                         "التابعين التابعه التابع انتماء ينتمون المنتمين".split())


def _affiliation(doc: Document, found: list[Found], i: int) -> str | None:
    """The state of the organisation a group noun belongs to, through من / الموالين لـ /
    أنصار: المتشددين من الموالين لحركة طالبان (AFG)."""
    f = found[i]
    nxt = found[i + 1] if i + 1 < len(found) else None
    if nxt is None or nxt.entry is None or nxt.entry.source != "org" or not nxt.entry.country \
            or nxt.first - f.last > 4 or nxt.first == f.last:
        return None
    toks = doc.tokens
    if toks[f.last].norm != "من":
        return None
    between = toks[f.last:nxt.first]
    if all(t.stem in _AFFILIATION or t.norm in _AFFILIATION or t.base in _AFFILIATION for t in between):
        return nxt.entry.country
    return None


def _foreign_mission(doc: Document, found: list[Found], i: int, focus: str | None) -> str | None:
    """The state of an embassy or consulate named without a nisba: the one state of its
    sentence (else the article's focus) that is not the state it stands in."""
    host = _located_country(doc, found, i)
    sent = doc.tokens[found[i].first].sent
    states = {g.entry.country for g in found if g.entry is not None and g.entry.country
              and g.entry.source in ("country", "capital", "nisba") and doc.tokens[g.first].sent == sent}
    states.discard(host)
    if len(states) == 1:
        return states.pop()
    return focus if focus and focus != host else None


def _located_country(doc: Document, found: list[Found], i: int) -> str | None:
    """The state of the first place named after في in the sentence of found[i], within a
    few words after it (تجمع مئات المتظاهرين أمس أمام السفارة الأمريكية في القاهرة: EGY)."""
    f = found[i]
    sent = doc.tokens[f.first].sent
    for g in found[i + 1:]:
        if doc.tokens[g.first].sent != sent or g.first - f.last > 12:
            break
        if g.entry is not None and g.entry.country and g.entry.source in ("capital", "place", "country") \
                and g.first > 0 and doc.tokens[g.first - 1].norm == "في":
            return g.entry.country
    return None


def _focus_country(found: list[Found]) -> str | None:
    counts = Counter(f.entry.country for f in found
                     if f.entry is not None and f.entry.source in ("country", "capital", "nisba")
                     and f.entry.country)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n >= 2 and n > rest[0][1] else None


#: bodies a national paper names bare for its own state (with every ministry, وزارة ...)
_HOME_BODIES = frozenset({"Cabinet", "Shura Council", "Security cabinet", "Prime Minister's Office"})
#: local offices the national press names bare (محافظ ظهران الجنوب): its own state's
_HOME_TITLES = frozenset({"Governor (of a province)", "Governor (of a Saudi region)"})


class ActorResolver:
    def __init__(self, gaz: Gazetteer, wordfreq: dict[str, int] | None = None, home: str | None = None) -> None:
        self.gaz = gaz
        self.home = home  # Config.home_country: the state whose press this is
        self.wordfreq = wordfreq or {}  # ANERcorp word counts: is a surname also a common word?
        # (country, role key) -> people entries holding that role at some time
        self.office: dict[tuple[str, str], list[Entry]] = {}
        for e in gaz.by_id.values():
            if e.source != "person":
                continue
            for r in e.roles:
                key = _role_key(r.role)
                if key:
                    bucket = self.office.setdefault((r.country, key), [])
                    if e not in bucket:
                        bucket.append(e)

    def office_holder(self, country: str, role_key: str, on: str | None) -> Entry | None:
        best = None
        for e in self.office.get((country, role_key), ()):
            for r in e.roles:
                if r.country == country and _role_key(r.role) == role_key and r.active(on):
                    if best is None or (r.start or "") > (best[1].start or ""):
                        best = (e, r)
        return best[0] if best else None

    # -----------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        found: list[Found] = sorted(doc.scratch.get("found", []), key=lambda f: f.first)
        focus = _focus_country(found)
        persons: list[Entity] = [e for e in doc.entities if e.kind == "PER" and e.key and
                                 e.key.startswith("per:")]
        owned: set[int] = set()  # bodies whose mention names their state

        # 1. titles, bodies and groups get a country; titles attach to the person they name
        self._role_nouns(doc, found, persons, focus, owned)

        # 2a. التحالف after تحالف دعم الشرعية, الحزب after حزب الشعب الجمهوري: the named one
        self._generic_to_named(doc, found)
        # 2b. المجلس after مجلس الأمن الدولي, الوكالة after الوكالة الدولية للطاقة الذرية
        found.extend(self._definite_heads(doc, found))

        # 2c. حزب البعث العربي الاشتراكي في السودان: a party of a multinational movement;
        # التحالف الدولي بقيادة الولايات المتحدة: a coalition is coded as the state leading it
        self._party_in_country(doc, found)
        self._led_by(doc, found)

        # 2. bodies with the same name and country are one entity
        seen: dict[tuple, Entity] = {}
        for f in found:
            ent = f.entity
            if ent is None or f.entry is None or f.entry.source != "body" or ent not in doc.entities:
                continue
            k = (ent.name_en, ent.country)
            if k in seen and seen[k] is not ent:
                seen[k].mentions.extend(ent.mentions)
                self._drop(doc, ent)
                f.entity = seen[k]
            else:
                seen[k] = ent

        # 3. NER names: surnames of a known person, names inside a lexicon entity
        self._merge_ner(doc, found)
        # 3b. وكان البشير استقبل: a known person's surname alone after the full name
        found.extend(self._surnames(doc, found))
        found.sort(key=lambda f: f.first)

        # 4. epithets: البلاد، بلاده، الدولة الغنية بالغاز والنفط
        self._epithets(doc, found)

        # 5. a generic body is listed as an entity when it is a state institution of a known
        # state (الحكومة، البرلمان، النيابة العامة), when its mention names its state (القوات
        # الإسرائيلية) or when it stands for a named organisation; a bare الشركة، القوات، النظام
        # stays an actor of events and quotes but is not listed
        bodies = {id(f.entity) for f in found if f.entity is not None and f.entry is not None
                  and f.entry.source == "body"
                  and not (f.entity.country and f.entity.sector in _INSTITUTION_SECTORS)}
        named = {id(f.entity) for f in found if f.entity is not None and f.entry is not None
                 and f.entry.source != "body"}
        doc.entities = [e for e in doc.entities
                        if e.mentions and (id(e) not in bodies or id(e) in named or id(e) in owned)]
        # states first (then everything else by first mention): a state is what a reader
        # looks for first, and a city never stands in front of its state
        doc.entities.sort(key=lambda e: (not (e.kind == "GPE" and e.key == e.country and e.key),
                                         min(m.start for m in e.mentions)))
        for k, e in enumerate(doc.entities, 1):
            e.id = f"e{k}"
            e.mentions.sort(key=lambda m: m.start)
        n = len(doc.tokens)
        entity_at: list[Entity | None] = [None] * n
        found_at: list[Found | None] = [None] * n
        for f in found:
            if f.entry is not None and f.entry.source in ("capital", "place") and f.first > 0 and \
                    doc.tokens[f.first - 1].stem in _NAMING_HEADS:
                continue  # اتفاق فيينا، مؤتمر جنيف: the place names the thing, it is not an actor
            for t in range(f.first, f.last):
                entity_at[t] = f.entity
                found_at[t] = f
        doc.scratch["actor_index"] = ActorIndex(entity_at, found_at)
        doc.scratch["focus_country"] = focus
        return doc

    def _role_nouns(self, doc: Document, found: list[Found], persons: list[Entity], focus: str | None,
                    owned: set[int]) -> None:
        """Titles, generic bodies and groups: their state, and the person a title names."""
        # (mention, state) of bodies and organisations named with their state, in order
        stated: list[tuple[str, str, int]] = [
            (normalize_key(doc.text[g.start:g.end]), g.entry.country, g.first) for g in found
            if g.entry is not None and g.entry.source == "org" and g.entry.country
            and len(g.entry.country) == 3 and g.entry.country not in ("IGO", "UNO", "EUR", "IMG")]
        for i, f in enumerate(found):
            if f.entry is None or f.entry.source not in ("body", "title", "group"):
                continue
            ent = f.entity
            near = _country_near(found, i, doc)
            country = _country_of(near) or TITLE_COUNTRY.get(f.entry.name_en)
            if near is not None and f.entry.source == "body" and country:
                stated.append((normalize_key(doc.text[f.start:near.end]), country, f.first))
            nxt = found[i + 1] if i + 1 < len(found) else None
            after = found[i + 2] if i + 2 < len(found) else None
            if near is not None and nxt is near and after is not None and after.first == near.last:
                nxt = after
            if f.entry.source == "title":
                # apposition: title [nisba/country] [الأستاذ، الدكتور] NAME
                end = near.last if near else f.last
                while end < len(doc.tokens) and doc.tokens[end].base in _STYLES:
                    end += 1  # وزير الخارجية الأستاذ عادل الجبير: a style of address, not another title
                target = nxt if nxt is not None and nxt.first <= end else None
                if target is not None and target.kind == "PER" and target.entity is not None and not (
                        target.entry is not None and target.entry.source == "title"):
                    # (وزير الخارجية الأمريكي السفير السعودي: a second title is another person)
                    self._absorb(doc, ent, target.entity)
                    f.entity = target.entity
                    if country and not target.entity.country:
                        # وزير الخارجية الإيراني محمد ظريف, a name no lexicon knows: the title's state
                        target.entity.country = country
                        target.entity.sector = target.entity.sector or f.entry.sector
                    continue
                rk = _role_key(f.entry.name_en)
                holder = None
                if rk:
                    on = doc.published
                    for p in persons:
                        role = next((r for r in (self.gaz.by_id.get(p.key).roles if
                                                 self.gaz.by_id.get(p.key) else ())
                                     if _role_key(r.role) == rk and r.active(on)
                                     and (country is None or r.country == country)), None)
                        if role is not None:
                            holder = p
                            break
                    if holder is None and country:
                        entry = self.office_holder(country, rk, on)
                        if entry is not None:
                            holder = self._entity_for_entry(doc, entry)
                            persons.append(holder)
                if holder is not None:
                    end = near.end if near else f.end
                    holder.mentions.append(Mention(f.start, end, doc.text[f.start:end], "coref", 0.7))
                    self._drop(doc, ent)
                    f.entity = holder
                    continue
            if country is None and f.entry.source == "body":
                # وزارة الخزانة after وزارة الخزانة الأميركية: the same body named with its state
                key = normalize_key(doc.text[f.start:f.end])
                country = next((c for name, c, at in reversed(stated) if at < f.first and name.startswith(key + " ")),
                               None)
            if country is None and f.entry.source == "body" and doc.tokens[f.first].stem not in ("سفاره", "قنصليه"):
                # وزارة الداخلية في المملكة العربية السعودية، الداخلية الاتحادية في جمهورية
                # ألمانيا: a body "in" a state named after it (one or two adjectives between) is
                # that state's (a mission is not: السفارة في بغداد is a foreign embassy)
                country = _body_in_state(doc, found, i)
            if country is None and f.entry.source == "body" and doc.tokens[f.first].stem in ("سفاره", "قنصليه"):
                # اعتداء محتجين على القنصلية في البصرة (with Iran named): a mission is never the
                # host state's
                country = _foreign_mission(doc, found, i, focus)
            if country is None and f.entry.source == "group":
                # المتشددين من الموالين لحركة طالبان، متظاهرون من أنصار حزب الله: whose they are
                country = _affiliation(doc, found, i)
            if country is None and f.entry.source == "group" and f.entry.sector == "CVL":
                # مئات المتظاهرين أمام السفارة الأمريكية في القاهرة: people of where they are
                country = _located_country(doc, found, i)
            if country is None and (f.entry.source == "body" and (
                    f.entry.name_en in _HOME_BODIES or doc.tokens[f.first].stem == "وزاره") or
                    f.entry.source == "title" and f.entry.name_en in _HOME_TITLES):
                # (not الحكومة, the army or the police: a paper writes of a foreign government
                # or foreign fighting with them bare once the state is clear)
                home = doc.meta.get("home_country") or self.home
                if home and is_state_code(str(home)) and not (
                        doc.tokens[f.first].stem == "وزاره" and f.entry.name_en not in _HOME_BODIES and
                        focus is not None and focus != home and
                        not any(g.entry is not None and g.entry.country == home for g in found)):
                    # واستنكر مجلس الوزراء (in a Saudi paper, an article about Yemen): the
                    # national press names its own government bare; but a ministry in a wire
                    # story about another state that never names its own (بحسب وزارة الداخلية
                    # in a story on Ukraine) is that state's (below: the sentence's, or the focus)
                    country = str(home)
            # (a writer, not the media: وسائل إعلام مؤيدة للحكومة in a story on Turkey are Turkish)
            writer = f.entry.source == "group" and f.entry.sector == "JRN" and not (
                # قتلوا الإعلامي هادي عبدالمهدي واعتقلوا الصحفيين (a story on Iraq): journalists, in
                # the plural, are people of the story's state, not the paper's own writers
                doc.tokens[f.last - 1].norm.endswith(("ين", "ون", "ات")) and
                any(g.entry is not None and g.entry.source in ("country", "nisba", "capital", "place") and
                    g.entry.country and g.entry.country != (doc.meta.get("home_country") or self.home) and
                    doc.tokens[g.first].sent == doc.tokens[f.first].sent for g in found))
            if country is None and writer:
                # وانتقد الكاتب الصحفي السياسة الإيرانية: a writer or journalist the paper names
                # bare is of its own country (when known), not of the state he writes about
                home = doc.meta.get("home_country") or self.home
                country = str(home) if home and is_state_code(str(home)) else None
            if country is None and f.entry.source != "title" and not writer and f.entry.name_en != "Leaders":
                # (القادة bare is the leaders of a meeting told before, not of the state the
                # sentence is about: وأكد القادة التزامهم بحل سياسي في سوريا)
                # a body (وزارة الخارجية) belongs to the state the sentence is about
                # (not the dateline: دبي، الإمارات (CNN) is the bureau, not the story's state)
                country = self._sentence_country(doc, found, i) or focus
            if f.entry.name_en == "Military coalition" and near is None and country in COALITION_THEATRES:
                # طيران التحالف over Yemen is the Saudi-led coalition's, over Syria or Iraq the
                # US-led one's: a coalition fighting in a state is not that state
                country = COALITION_THEATRES[country]
            # a bare title (وزير الخارجية) takes no country from the sentence: the minister may
            # be a visitor there (measured: the focus country hurts more than it helps)
            if ent is not None:
                ent.country = country
                if near is not None:  # the mention covers the nisba: وزارة الدفاع الأمريكية
                    owned.add(id(ent))
                    m = ent.mentions[0]
                    m.end = near.end
                    m.text = doc.text[m.start:m.end]
                if f.entry.source in ("title", "group"):
                    self._drop(doc, ent)  # unnamed roles and groups are actors, not named entities
                    f.entity = Entity(id="", kind=ent.kind, name_en=ent.name_en, country=country,
                                      sector=ent.sector)

    # -----------------------------------------------------------------------------------
    def _entity_for_entry(self, doc: Document, entry: Entry) -> Entity:
        for e in doc.entities:
            if e.key == entry.id:
                return e
        role = entry.role_on(doc.published)
        ent = Entity(id="", kind="PER", name_en=entry.name_en,
                     country=role.country if role else entry.country,
                     sector=role.sector if role else entry.sector, key=entry.id, name_ar=entry.name_ar)
        doc.entities.append(ent)
        return ent

    @staticmethod
    def _absorb(doc: Document, src: Entity | None, dst: Entity) -> None:
        if src is None or src is dst:
            return
        for m in src.mentions:
            m.source = "coref"
        dst.mentions.extend(src.mentions)
        src.mentions = []

    @staticmethod
    def _drop(doc: Document, ent: Entity | None) -> None:
        if ent is not None:
            ent.mentions = []

    def _sentence_country(self, doc: Document, found: list[Found], i: int) -> str | None:
        """The one state the sentence is about (named, or where its places are)."""
        sent = doc.tokens[found[i].first].sent
        f = found[i]
        # (مسلحون خطفوا صحفيا فرنسيا: the state adjective after gunmen is their victims')
        armed = f.entry is not None and f.entry.source == "group" and f.entry.sector in ("UAF", "REB")
        countries = {g.entry.country for g in found if g.entry is not None and g.entry.country
                     and g.entry.source in ("country", "capital", "nisba")
                     and not (armed and g.entry.source == "nisba" and g.first > f.first)
                     and doc.tokens[g.first].sent == sent}
        if not countries:  # تظاهر المتظاهرون في تل أبيب: the city says where
            countries = {g.entry.country for g in found if g.entry is not None and g.entry.country
                         and g.entry.source == "place" and doc.tokens[g.first].sent == sent}
        return countries.pop() if len(countries) == 1 else None

    @staticmethod
    def _party_in_country(doc: Document, found: list[Found]) -> None:
        """A party named with "في <state>" right after it is that state's branch (the Ba'ath,
        the Muslim Brotherhood and communist parties exist in many states); a government named
        with "في <capital>" sits there (حكومة الوفاق الوطني في رام الله is the Palestinian one,
        not Libya's namesake).  Parties and governments only: the US embassy in Baghdad stays
        American."""
        toks = doc.tokens
        for i, f in enumerate(found):
            ent = f.entity
            if f.entry is None or f.entry.source != "org" or ent is None or ent.sector not in ("PTY", "GOV"):
                continue
            nxt = found[i + 1] if i + 1 < len(found) else None
            if nxt is None or nxt.entry is None or not nxt.entry.country or \
                    nxt.entry.source not in (("country",) if ent.sector == "PTY" else ("country", "capital")):
                continue
            if nxt.first == f.last + 1 and toks[f.last].norm == "في" and toks[f.last].sent == toks[f.first].sent:
                ent.country = nxt.entry.country

    @staticmethod
    def _led_by(doc: Document, found: list[Found]) -> None:
        """التحالف الدولي بقيادة الولايات المتحدة، قوات التحالف التي تقودها الولايات المتحدة:
        a multinational or stateless force is coded as the state said to lead it."""
        toks = doc.tokens
        for i, f in enumerate(found[:-1]):
            ent = f.entity
            if f.entry is None or f.entry.source not in ("org", "body", "group") or ent is None or \
                    (f.entry.source == "org" and ent.country not in (None, "IGO")):
                continue  # a body's or group's state was guessed from the sentence; a named org's is known
            nxt = found[i + 1]
            if nxt.entry is None or nxt.entry.source != "country" or not nxt.entry.country:
                continue
            between = [t.norm for t in toks[f.last:nxt.first]]
            if between in (["بقياده"], ["التي", "تقودها"], ["الذي", "تقوده"], ["الذي", "يقوده"],
                           ["التي", "يقودها"]):
                ent.country = nxt.entry.country

    @staticmethod
    def _generic_to_named(doc: Document, found: list[Found]) -> None:
        named: list[tuple[str, Found]] = []
        for i, f in enumerate(found):
            if f.entry is None:
                continue
            nxt = found[i + 1] if i + 1 < len(found) else None
            if f.entry.source == "org" and f.entity is not None and f.entity.mentions:
                head = doc.tokens[f.first].stem
                named.append((head, f))
            elif f.entry.source in ("group", "body") and f.last - f.first == 1 and not (
                    nxt is not None and nxt.first == f.last and nxt.entry is not None
                    and nxt.entry.source in ("nisba", "country", "capital")):
                # (الحكومة الإسرائيلية names its own state: not the government named before)
                head = doc.tokens[f.first].stem
                sector = _GENERIC_SECTOR_HEADS.get(head) if "ال" in doc.tokens[f.first].prefixes else None
                target = next((g for h, g in reversed(named) if g.last <= f.first and (
                    h == head or (sector is not None and g.entity.sector == sector))), None)
                if target is not None and target.entity is not None:
                    if f.entity is not None and f.entity.mentions:
                        ActorResolver._absorb(doc, f.entity, target.entity)
                    else:
                        start, end = f.start, f.end
                        target.entity.mentions.append(Mention(start, end, doc.text[start:end], "coref", 0.7))
                    f.entity = target.entity

    @staticmethod
    def _definite_heads(doc: Document, found: list[Found]) -> list[Found]:
        """A bare definite head noun (المجلس، الوكالة، الحركة...) not followed by an adjective
        refers back to the last organisation named with that head before it."""
        covered = bytearray(len(doc.tokens))
        for f in found:
            for t in range(f.first, f.last):
                covered[t] = 1
        named = sorted((f for f in found if f.entry is not None and f.entry.source == "org"
                        and f.entity is not None), key=lambda f: f.first)
        if not named:
            return []
        out: list[Found] = []
        toks = doc.tokens
        for k, t in enumerate(toks):
            if covered[k] or t.stem not in _ANAPHORIC_HEADS or "ال" not in t.prefixes:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and ("ال" in nxt.prefixes or nxt.stem.startswith("ال")):
                continue  # المجلس الأعلى للقضاء: another council
            sector = _GENERIC_SECTOR_HEADS.get(t.stem)
            target = next((g for g in reversed(named) if g.last <= k and (
                toks[g.first].stem == t.stem or (sector is not None and g.entity.sector == sector))), None)
            if target is None:
                continue
            start, end = mention_start(t), mention_end(t)
            target.entity.mentions.append(Mention(start, end, doc.text[start:end], "coref", 0.7))
            out.append(Found(k, k + 1, start, end, target.entry, target.kind, target.source, 0.7, target.entity))
        return out

    def _surnames(self, doc: Document, found: list[Found]) -> list[Found]:
        """The last word of a lexicon person's name, alone later in the article (البشير after
        عمر البشير), when the NER did not tag it: a surname with the article (البشير، الأسد)
        or one rare in ANERcorp (ترامب), that no other person in the article shares.  A town
        named like the surname (بخاري after محمد بخاري, not Bukhara) gives way to the person:
        its mention is taken out of ``found``."""
        covered = bytearray(len(doc.tokens))
        towns: dict[int, Found] = {}  # token -> a one-word town that may be a surname
        for f in found:
            if f.entry is not None and f.entry.source == "place" and f.last - f.first == 1:
                towns[f.first] = f
                continue
            for t in range(f.first, f.last):
                covered[t] = 1
        by_surname: dict[str, Found] = {}
        shared: set[str] = set()
        firsts: dict[str, int] = {}
        for f in found:
            if f.entry is None or f.entry.source != "person" or f.entity is None or f.last - f.first < 2:
                continue
            tok = doc.tokens[f.last - 1]
            key = tok.base
            if len(key) < 4 or key in shared:
                continue
            if key in by_surname and by_surname[key].entity is not f.entity:
                shared.add(key)
                del by_surname[key]
                continue
            by_surname.setdefault(key, f)
            firsts.setdefault(key, f.last)
        if not by_surname:
            return []
        freq = self.wordfreq
        out: list[Found] = []
        for ti, tok in enumerate(doc.tokens):
            if covered[ti]:
                continue
            f = by_surname.get(tok.base)
            if f is None or ti < firsts[tok.base] or tok.sent == doc.tokens[f.first].sent and ti < f.first:
                continue
            if not (tok.base.startswith("ال") or freq.get(tok.base, 0) <= 3):
                continue  # كامل in بشكل كامل: a common word, not عباس كامل
            start, end = mention_start(tok), mention_end(tok)
            g = Found(ti, ti + 1, start, end, f.entry, f.kind, "coref", 0.8, f.entity)
            f.entity.mentions.append(Mention(start, end, doc.text[start:end], "coref", 0.8))
            out.append(g)
            if ti in towns:  # وزار بخاري الكاميرون: the president, not Bukhara
                town = towns.pop(ti)
                found.remove(town)
                if town.entity is not None:
                    town.entity.mentions = [m for m in town.entity.mentions
                                            if (m.start, m.end) != (town.start, town.end)]
                    if not town.entity.mentions and town.entity in doc.entities:
                        doc.entities.remove(town.entity)
        return out

    def _merge_ner(self, doc: Document, found: list[Found]) -> None:
        named = [e for e in doc.entities if e.kind == "PER" and e.mentions]
        merged: dict[int, Entity] = {}  # NER entity -> the person it was merged into
        for f in found:
            if f.entity is not None and id(f.entity) in merged:
                f.entity = merged[id(f.entity)]  # the NER grouped this mention with one merged before
                continue
            if f.source != "ner" or f.entity is None or not f.entity.mentions:
                continue
            ent = f.entity
            words = normalize_key(doc.text[f.start:f.end]).split()
            if ent.kind == "PER":
                for other in named:
                    if other is ent or not other.mentions:
                        continue
                    full = max((normalize_key(m.text) for m in other.mentions), key=len).split()
                    if len(words) < len(full) and full[-len(words):] == words:
                        self._absorb(doc, ent, other)
                        merged[id(ent)] = other
                        f.entity = other
                        break
            if ent.mentions and ent.country is None:
                # a nisba right after the name: وكالة فارس الإيرانية
                nxt = next((g for g in found if g.first == f.last and g.entry is not None
                            and g.entry.source == "nisba"), None)
                if nxt is not None:
                    ent.country = nxt.entry.country

    def _epithets(self, doc: Document, found: list[Found]) -> None:
        countries = [f for f in found if f.entry is not None and f.entity is not None
                     and f.entry.source in ("country", "capital", "nisba") and f.entity.mentions]
        if not countries:
            return
        taken = {t for f in found for t in range(f.first, f.last)}
        for ti, tok in enumerate(doc.tokens):
            if ti in taken:
                continue
            base = tok.base
            is_pron = (tok.stem in _PRONOUN_EPITHET_STEMS and tok.suffix in ("ه", "ها")) or \
                tok.norm in _PRONOUN_EPITHETS or tok.stem in _PRONOUN_EPITHETS
            if base not in _EPITHET_BASES and not is_pron:
                continue
            if not is_pron and ti > 0:
                prev = doc.tokens[ti - 1]
                if prev.sent == tok.sent and (prev.base in _CONSTRUCT_HEADS or prev.stem in _CONSTRUCT_HEADS):
                    continue
            before = [f for f in countries if f.last <= ti and tok.sent - doc.tokens[f.first].sent <= 3
                      and (is_pron or f.entry.source != "nisba")]
            if base == "المملكه":
                before = [f for f in before if f.entry.country in _KINGDOMS]
                home = doc.meta.get("home_country") or self.home
                listed = [f for f in before if f.entry.country != home and _listed(doc, found, f)]
                if not before and home in _KINGDOMS:
                    # اتهم المالكي المملكة بدعم الإرهاب: no kingdom named near, the home kingdom
                    before = [f for f in countries if f.entry.country == home and f.entry.source != "nisba"][:1]
                elif listed and home in _KINGDOMS and len(listed) == len(before):
                    # ما شهدناه في كل من الكويت والبحرين ... دعم المملكة: a kingdom named in a list
                    # is not the one the paper of the home kingdom calls "the kingdom"
                    before = [f for f in countries if f.last <= ti and f.entry.country == home
                              and f.entry.source != "nisba"]
            if not before:
                continue
            target = before[-1].entity
            if is_pron:  # بلاده "his country": the country of the person last mentioned
                person = next((g for g in reversed(found) if g.last <= ti and g.entity is not None
                               and g.entity.kind == "PER" and g.entity.country
                               and tok.sent - doc.tokens[g.first].sent <= 1), None)
                if person is not None:
                    target = next((g.entity for g in countries if g.entity.country == person.entity.country),
                                  target)
            end_tok = ti
            if not is_pron:  # الدولة الغنية بالغاز والنفط: following definite adjectives
                j = ti + 1
                while j < len(doc.tokens) and doc.tokens[j].sent == tok.sent and j not in taken and \
                        "ال" in doc.tokens[j].prefixes and j - ti <= 4:
                    end_tok = j
                    j += 1
            start = mention_start(tok) if not is_pron else tok.start
            end = mention_end(doc.tokens[end_tok]) if not is_pron else tok.end
            target.mentions.append(Mention(start, end, doc.text[start:end], "coref", 0.6))
            f = Found(ti, end_tok + 1, start, end, None, "GPE", "coref", 0.6, target)
            found.append(f)
        found.sort(key=lambda f: f.first)


def _listed(doc: Document, found: list[Found], f: Found) -> bool:
    """A state named as the second of a pair or list (الكويت والبحرين، كل من مصر والأردن)."""
    if "و" not in doc.tokens[f.first].prefixes[:1] and not (f.first > 0 and doc.tokens[f.first - 1].norm == "و"):
        return False
    return any(g.last in (f.first, f.first - 1) and g.entry is not None and
               g.entry.source in ("country", "capital") for g in found)


def make(config: Config, resources: Resources):
    return ActorResolver(resources.gazetteer, resources.wordfreq, config.home_country)
