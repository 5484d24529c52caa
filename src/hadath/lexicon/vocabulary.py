"""Words the clitic segmenter must keep whole, beyond the gazetteer's names.

``protected.txt`` lists common words whose first letters look like proclitics
(وزير، بيان، لقاء، كبير...).  Trigger and speech-verb lexicons add their own words
through the modules that own them.
"""

from __future__ import annotations

from ..text.normalize import normalize_str
from .loader import lexicon_dir, load_lines


def extra_protected_words() -> frozenset[str]:
    words = {normalize_str(w) for w in load_lines("protected.txt")}
    directory = lexicon_dir()
    from ..lexicon.loader import load_table  # local: avoid a cycle at import time

    for name, column in (("triggers.tsv", "pattern"), ("speech_verbs.tsv", "form")):
        if (directory / name).exists():
            from importlib import import_module

            schema = getattr(import_module("hadath.lexicon.schemas"), name.split(".")[0].upper())
            for row in load_table(name, schema=schema):
                words.update(w for w in normalize_str(row[column]).split() if w.isalpha())
    return frozenset(words)
