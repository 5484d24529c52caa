"""Schemas of lexicon files owned by stages other than the gazetteer."""

from .loader import Column, _c

EVENT_TYPES = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
               "PROTEST SANCTION MOBILIZE COERCE ASSAULT")

#: triggers.tsv: one lemma per row; forms ending in * are inflected (hadath.lexicon.morph)
TRIGGERS: tuple[Column, ...] = (
    _c("lemma"), _c("forms", "list"), _c("type", choices=EVENT_TYPES), _c("mode", required=False),
    _c("pos", choices="verb noun"), _c("voice", choices="active passive"),
    _c("frame", required=False), _c("weight", "float"), _c("sense", required=False),
    _c("note", required=False),
)

#: speech_verbs.tsv: cue verbs of direct and reported speech
SPEECH_VERBS: tuple[Column, ...] = (
    _c("lemma"), _c("forms", "list"),
    _c("kind", choices="say add confirm announce declare state deny explain note warn affirm "
                       "stress tell report reveal consider other participle noun attribution "
                       "document"),
)

#: cues.tsv: named sets of cue words for the sense rules (hadath.events.sense)
CUES: tuple[Column, ...] = (_c("name"), _c("words", "list"), _c("use"))
