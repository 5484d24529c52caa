"""Arabic named-entity recognition: a CRF over PERS, LOC, ORG and MISC (ANERcorp).

    from hadath.ner import NerTagger
    tagger = NerTagger.load()
    tagger.tag(["قال", "الرئيس", "عبد", "الفتاح", "السيسي", "في", "القاهرة"])

Rebuild the shipped model with ``python -m hadath.ner.train``; tag or score a CoNLL
file with ``hadath tag --conll FILE [--eval]`` (:func:`hadath.ner.conll.run`).  A slower,
more accurate tagger averages the CRF with a fine-tuned multilingual encoder
(:mod:`hadath.ner.neural`, ``hadath tag --neural``; rebuilt by ``make model-neural``).
"""

from .model import NerTagger

__all__ = ["NerTagger"]
