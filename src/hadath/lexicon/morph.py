"""Inflected forms of verbs and nouns for trigger and cue lexicons.

Lexicon files list a lemma's forms separated by ``|``.  A form ending in ``*`` is
expanded here with the regular suffixes:

* a perfect verb (``هاجم*``): هاجم هاجمت هاجما هاجمتا هاجموا هاجمن هاجمنا هاجمتم …
* an imperfect verb, written with its ي prefix (``يهاجم*``): every person prefix
  (ي ت ن ا) with the regular suffixes (يهاجمون تهاجمان نهاجم …);
* a noun (``هجوم*`` with pos=noun): the bare form plus the sound feminine/plural
  and dual suffixes where they apply (هجوم هجومه هجومات …) are *not* guessed:
  nouns list their plurals explicitly; ``*`` on a noun adds only the ta marbuta
  variants (ضربه/ضربات) when the form ends in ه.

Weak verbs (hollow, defective, doubled) are written out in full in the data: the
generator never invents them.
"""

from __future__ import annotations

from ..text.normalize import normalize_key

PERFECT_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تن", "تما")
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
IMPERFECT_SUFFIXES = ("", "ون", "ان", "ين", "ن", "وا", "ا")


def expand(form: str, pos: str = "verb") -> list[str]:
    """All forms for one lexicon form (normalised); in a multi-word form the * may mark
    the first word (فرض* عقوبات) or the last."""
    words = form.split()
    star = any(w.endswith("*") for w in words)
    words = [normalize_key(w.rstrip("*")) for w in words]
    base = " ".join(words)
    if not star:
        return [base]
    head, tail = words[0], words[1:]
    out: list[str] = []
    if pos == "noun":
        heads = [head]
        if head.endswith("ه"):
            heads += [head[:-1] + "ات", head[:-1] + "تين", head[:-1] + "تان"]
        else:
            heads += [head + "ات", head + "ه"]
    elif head.startswith("ي") and len(head) >= 3:
        stem = head[1:]
        heads = [p + stem + s for p in IMPERFECT_PREFIXES for s in IMPERFECT_SUFFIXES]
    else:
        heads = [head + s for s in PERFECT_SUFFIXES]
    for h in heads:
        out.append(" ".join([h, *tail]))
    return out


def expand_all(forms: list[str], pos: str = "verb") -> list[str]:
    seen: dict[str, None] = {}
    for f in forms:
        for x in expand(f, pos):
            seen.setdefault(x, None)
    return list(seen)
