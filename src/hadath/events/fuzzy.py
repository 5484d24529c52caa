"""Misspelt capitals and states in subject slots (رياده for الرياض)."""

from __future__ import annotations

from ..actors import ActorIndex
from ..document import Document, Entity, Mention
from ..entities import Found


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
