"""Whom a protest is against.

PLOVER codes a protest's recipient as its target.  Arabic names it after a cue: ضد،
احتجاجا على، تنديدا بـ، رفضا لـ، مطالبين، هاتفين، معادية لـ، يسقط… or by the place of the
protest: in front of an embassy or consulate (أمام السفارة الإسرائيلية: Israel).  When
nothing names a target, a protest is taken to be addressed to its own country's
authorities (the dev gold's convention: Moroccans protesting in Morocco -> MAR).
"""

from __future__ import annotations

from ..actors import ActorIndex
from ..document import Document, Participant
from ..entities import Found
from .arguments import code_of, is_place, slot_of
from .cues import cue
from .lexicon import Hit
from .syntax import is_boundary

#: cue-word sets (data/lexicons/cues.tsv, the rows whose use starts "protest:")
TARGET_CUES = cue("TARGET_CUES")
SITE_CUES = cue("SITE_CUES")
SITES = cue("SITES")
THE_PROTESTERS = cue("THE_PROTESTERS")
PROTESTER_NOUNS = cue("PROTESTER_NOUNS")
#: the protesters themselves (normalised stems): a clause that names them tells a protest
PROTESTERS = THE_PROTESTERS | PROTESTER_NOUNS | cue("PROTESTERS")


def protest_target(doc: Document, index: ActorIndex, hit: Hit, b: int) -> list[Found]:
    """The entities a protest is against: after a target cue, or the embassy it is held at."""
    toks = doc.tokens
    hi = min(b, hit.last + 30)
    k = hit.first + 1
    while k < hi:
        t = toks[k]
        cue = t.stem in TARGET_CUES or t.base in TARGET_CUES or t.norm in TARGET_CUES or \
            (t.norm[:1] == "و" and t.norm[1:] in TARGET_CUES)  # وهاتفين, when the segmenter kept it whole
        site = t.base in SITE_CUES or t.norm in SITE_CUES or t.stem in SITE_CUES
        if cue or site:
            found = _after(doc, index, k + 1, min(hi, k + 9), site)
            if found:
                return found
        k += 1
    return []


def _after(doc: Document, index: ActorIndex, lo: int, hi: int, site: bool) -> list[Found]:
    toks = doc.tokens
    if site:
        # أمام السفارة الإسرائيلية، حول مقر سفارة استونيا: the embassy's state
        j = lo
        if j < hi and toks[j].norm == "من":
            j = lo = j + 1  # بالقرب من مبنى وزارة الدفاع الأميركية
        while j < hi and toks[j].stem in SITES:
            j += 1
        if j == lo:
            return []
        f = index.found_at[j] if j < hi else None
        return [f] if f is not None and code_of(index, f) else []
    for j in range(lo, hi):
        if is_boundary(doc, j) and toks[j].norm not in ("«", "»", "“", "”", '"') and \
                not (j == lo and toks[j].norm in ("ان", "بان")):
            return []  # (هاتفين أن «بوش غير مرحب به»: the chant follows أن)
        f = index.found_at[j]
        if f is None or not code_of(index, f):
            continue
        if (is_place(f) or (f.entry is not None and f.entry.source == "country")) and \
                slot_of(doc, index, f.first, lo) in ("في", "ب"):
            continue  # ضد الحكومة في بانكوك، داعين إلى وقف الحرب في العراق: where, not whom
        if f.entry is not None and f.entry.source == "group" and f.entry.sector == "CVL":
            continue  # احتجاجا على مقتل ثلاثة مدنيين على يد قوات التحالف: the victims are not the target
        return [f]
    return []


def protesters_in(doc: Document, lo: int, hi: int) -> bool:
    """The clause names the protesters (وهتف المتظاهرون، مئات من المتظاهرين)."""
    return any(t.stem in PROTESTERS or t.base in PROTESTERS or t.norm in PROTESTERS
               for t in doc.tokens[lo:hi])


def own_country(actors: list[Participant]) -> list[Participant]:
    """A protest with no named target is addressed to its own country's authorities."""
    for p in actors:
        if p.code and len(p.code) == 3 and p.code not in ("IGO", "UNO", "EUR", "IMG"):
            return [Participant(p.code, "GOV", None, "")]
    return []


__all__ = ["protest_target", "protesters_in", "own_country", "PROTESTERS", "THE_PROTESTERS", "PROTESTER_NOUNS"]
