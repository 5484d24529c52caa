"""Read-only data shared by the stages of one pipeline: lexicons and models.

A :class:`Resources` object loads each asset the first time a stage asks for it and
keeps it for the pipeline's life.  Nothing is module-global: two pipelines with
different configs hold different resources.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .config import DEFAULT, Config
from .lexicon.loader import Column, load_table

if TYPE_CHECKING:  # pragma: no cover
    from .lexicon.gazetteer import Gazetteer
    from .text.tokenize import Segmenter

_WORDFREQ_SCHEMA = (Column("word"), Column("count", "int"))


class Resources:
    def __init__(self, config: Config = DEFAULT) -> None:
        self.config = config

    @cached_property
    def wordfreq(self) -> dict[str, int]:
        return {r["word"]: r["count"] for r in load_table("wordfreq.tsv", schema=_WORDFREQ_SCHEMA)}

    @cached_property
    def speech_cues(self) -> dict:
        """Speech-verb cues (lexicons/speech_verbs.tsv): form -> Cue(lemma, kind), shared by
        the quotes stage and the events stage (whose subjects only report)."""
        from .quotes import load_cues

        return load_cues()

    @cached_property
    def given_names(self) -> frozenset[str]:
        """Given names (lexicons/given_names.tsv), normalised: a state adjective right after
        one is a family name (اللواء منصور التركي)."""
        from .text.normalize import normalize_key

        return frozenset(normalize_key(r["name"]) for r in load_table("given_names.tsv"))

    @cached_property
    def plain_given_names(self) -> frozenset[str]:
        """Given names that are no common word (ambiguous 0), without those whose normalised
        spelling is a preposition or an adjective (علي = على، حسن، جمال): a word of these right
        after a verb is a person the lexicons do not know (ودعا حمود المقدسيين)."""
        from .text.normalize import normalize_key

        return frozenset(normalize_key(r["name"]) for r in load_table("given_names.tsv")
                         if not r["ambiguous"]) - {"علي", "حسن", "جمال", "عيسي"}

    @cached_property
    def raw_gazetteer(self) -> Gazetteer:
        from .lexicon.gazetteer import Gazetteer

        return Gazetteer.load()

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer with keys in base form, segmented exactly like running text."""
        seg = self.segmenter

        def base_of(word: str) -> str:
            an = seg.analyse(word)
            forms = [f for _, _, f in an.pre]
            return ("ال" if "ال" in forms else "") + an.stem[2]

        return self.raw_gazetteer.rebased(base_of)

    @cached_property
    def protected_words(self) -> frozenset[str]:
        """Words the segmenter must never split: lexicon names and trigger/cue words."""
        words = set(self.raw_gazetteer.vocabulary)
        from .lexicon.vocabulary import extra_protected_words

        words |= extra_protected_words()
        return frozenset(words)

    @cached_property
    def segmenter(self) -> Segmenter:
        from .events.syntax import LIGHT_VERBS
        from .lexicon.vocabulary import trigger_nouns, trigger_verbs_with_al
        from .text.tokenize import Segmenter

        # event nouns and light verbs take a pronoun even when rare (باغتصابها، نفذها، شنها)
        open_stems = trigger_nouns() | frozenset(w for w in LIGHT_VERBS if len(w) >= 3)
        return Segmenter(freq=self.wordfreq, protected=self.protected_words | open_stems, open_stems=open_stems,
                         whole=trigger_verbs_with_al())

    @cached_property
    def triggers(self):
        from .events.lexicon import TriggerIndex

        return TriggerIndex.load()

    @cached_property
    def calibration(self):
        """Maps an event to its calibrated confidence (see hadath.calibration)."""
        from .calibration import Calibration

        return Calibration.load()

    @cached_property
    def ner(self):
        """The trained NER tagger, or ``None`` when no model is shipped (a warning is logged)."""
        try:
            from .ner import NerTagger
        except ImportError:  # pragma: no cover - the package is part of hadath
            return None
        from .errors import ModelError

        try:
            return NerTagger.load()
        except ModelError as exc:
            import logging

            logging.getLogger("hadath").warning("NER model not available, lexicons only: %s", exc)
            return None

    def preload(self) -> Resources:
        """Load everything now (start-up cost paid once, e.g. before forking workers)."""
        _ = self.segmenter
        _ = self.gazetteer.automaton
        if self.config.use_ner:
            _ = self.ner
        return self
