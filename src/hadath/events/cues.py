"""Named sets of cue words (data/lexicons/cues.tsv) for the sense, modality, violence,
protest and role rules of the events stage.

The words are data, not code: each row of cues.tsv names a set, lists its words (in
normalised form) and says what it is for; :func:`cue` returns a set by name, checked
once when the package loads.
"""

from __future__ import annotations

from ..errors import LexiconError
from ..lexicon.loader import load_table
from ..lexicon.schemas import CUES

_CUES = {row["name"]: frozenset(row["words"]) for row in load_table("cues.tsv", schema=CUES)}


def cue(name: str) -> frozenset[str]:
    """A named set of cue words (data/lexicons/cues.tsv, normalised forms)."""
    try:
        return _CUES[name]
    except KeyError:
        raise LexiconError(f"no cue set named {name!r}", path="cues.tsv",
                           hint="add a row for it to hadath/data/lexicons/cues.tsv") from None
