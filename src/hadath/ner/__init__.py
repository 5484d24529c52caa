"""Arabic named-entity recognition: a CRF over PERS, LOC, ORG and MISC (ANERcorp).

    from hadath.ner import NerTagger
    tagger = NerTagger.load()
    tagger.tag(["قال", "الرئيس", "عبد", "الفتاح", "السيسي", "في", "القاهرة"])

Rebuild the shipped model with ``python -m hadath.ner.train``; tag or score a CoNLL
file with ``hadath tag --conll FILE [--eval]`` (:func:`hadath.ner.conll.run`).
"""

from .model import NerTagger

__all__ = ["NerTagger"]
