"""Settings for a pipeline run, in one frozen object passed explicitly.

Nothing in hadath reads settings from module globals: a :class:`Config` is built
once (from defaults, keyword arguments or the CLI) and handed to
:class:`hadath.Pipeline`.  Being frozen and hashable, it doubles as the cache key
for loaded resources.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Config:
    #: Stages to run, by name, in order (see :mod:`hadath.stages`); ``None`` = all.
    stages: tuple[str, ...] | None = None
    #: Stages to leave out (their dependants are left out too).
    disable: tuple[str, ...] = ()
    #: Refuse articles bigger than this many characters (after decoding).
    max_chars: int = 2_000_000
    #: Run the trained NER model for names missing from the lexicons.
    use_ner: bool = True
    #: Tag the article as a whole with the two-stage NER model, so a name introduced in
    #: full is recognised when it comes back alone (ANERcorp test F1 0.736 against 0.706
    #: sentence by sentence; +0.003 entity recall on the dev gold; ~30% slower overall).
    ner_document: bool = False
    #: Fuzzy (misspelling-tolerant) place matching in argument positions.
    fuzzy_places: bool = True
    #: Minimum raw confidence (before calibration) for a real word or deal to be emitted (every
    #: type but ASSAULT, COERCE and PROTEST; negated and hypothetical events stay, flagged).  The
    #: default drops the weakest scores (raw < 0.3): words and deals scored so were right 1 time
    #: in 44 on four hand-judged real-news samples (docs/review.md); about 1 in 10 of those whose
    #: sentence names neither party and 1 in 37 of the courtesies within one state's establishment
    #: were (the rules cap both at raw 0.25, events.engine.WEAK_SCORE), while
    #: weakly scored explosions were right half the time on the GSR dev sentences, so violence,
    #: arrests and protests are kept.  Set 0.0 to keep everything.
    min_event_confidence: float = 0.3
    #: Keep negated / hypothetical events in the output (flagged) or drop them.
    keep_irrealis: bool = True
    #: Turn raw event scores into the chance that the event is right on real news (a model fitted
    #: to hand-judged SaudiNewsNet events: data/models/calibration.tsv, hadath.calibration).
    calibrate_confidence: bool = True
    #: Extra metadata carried into every document (never used for extraction).
    tags: tuple[tuple[str, str], ...] = field(default=())
    #: The state whose press the articles come from (ISO3, e.g. ``"SAU"`` for Saudi papers):
    #: the cabinet or a ministry named bare at its first mention (مجلس الوزراء، وزارة
    #: الداخلية) is that state's, as national papers write of their own government.  ``None``: the
    #: state of the body's sentence, else of the article.  An article's header line
    #: ``# home_country: SAU`` (or a record's ``home_country`` field) overrides it.
    home_country: str | None = None

    def __post_init__(self) -> None:
        if self.home_country is not None and not is_state_code(self.home_country):
            from .errors import PipelineError

            raise PipelineError(f"home_country must be an ISO 3166 alpha-3 code such as SAU, not "
                                f"{self.home_country!r}", hint="pass e.g. Config(home_country='SAU') or "
                                "--home-country SAU")

    def with_(self, **changes) -> Config:
        """A copy with some fields changed (the config itself never changes)."""
        return replace(self, **changes)


def is_state_code(code: str) -> bool:
    return len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()


DEFAULT = Config()
