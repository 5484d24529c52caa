"""Words the clitic segmenter must keep whole, beyond the gazetteer's names.

``protected.txt`` lists common words whose first letters look like proclitics
(وزير، بيان، لقاء، كبير...); trigger and speech-verb forms are added too, so that
``وقالت`` is و + قالت and ``هاجمها`` is هاجم + ها.
"""

from __future__ import annotations

from ..text.normalize import normalize_str
from .loader import lexicon_dir, load_lines, load_table
from .morph import expand_all
from .schemas import SPEECH_VERBS, TRIGGERS


def extra_protected_words() -> frozenset[str]:
    words = {normalize_str(w) for w in load_lines("protected.txt")}
    directory = lexicon_dir()
    for name, schema in (("triggers.tsv", TRIGGERS), ("speech_verbs.tsv", SPEECH_VERBS)):
        if not (directory / name).exists():
            continue
        for row in load_table(name, schema=schema):
            for form in expand_all(row["forms"], row.get("pos") or "verb"):
                words.update(w for w in form.split() if w.isalpha())
    return frozenset(words)


def trigger_verbs_with_al() -> frozenset[str]:
    """Forms of trigger verbs of pattern افتعل whose first letters are those of the article
    (التقى، التقت، التزم): never the article.  Their masdars (التزام) are left out."""
    if not (lexicon_dir() / "triggers.tsv").exists():
        return frozenset()
    words: set[str] = set()
    for row in load_table("triggers.tsv", schema=TRIGGERS):
        if row["pos"] != "verb" or not normalize_str(row["lemma"]).startswith("الت"):
            continue
        for form in expand_all(row["forms"], "verb"):
            first = form.split()[0]
            if first.startswith("الت") and first.isalpha() and len(first) >= 4 and first[-2:-1] != "ا":
                words.add(first)
    return frozenset(words)


def trigger_nouns() -> frozenset[str]:
    """Event nouns of triggers.tsv (اغتصاب، اغتيال، هجوم): stems that take a pronoun suffix
    and a preposition even when the word-frequency table has not seen them (باغتصابها)."""
    if not (lexicon_dir() / "triggers.tsv").exists():
        return frozenset()
    words: set[str] = set()
    for row in load_table("triggers.tsv", schema=TRIGGERS):
        if row["pos"] != "noun":
            continue
        for form in expand_all(row["forms"], "noun"):
            if " " not in form and len(form) >= 4 and not form.startswith("ال"):
                words.add(form)
    return frozenset(words)
