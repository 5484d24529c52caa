"""Schemas of lexicon files owned by stages other than the gazetteer."""

from .loader import Column, _c

TRIGGERS: tuple[Column, ...] = (
    _c("pattern"), _c("type", choices="AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST "
                                     "ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"),
    _c("mode", required=False), _c("pos", choices="verb noun lvc"),
    _c("voice", choices="active passive"), _c("frame", required=False),
    _c("weight", "float", False), _c("note", required=False),
)

SPEECH_VERBS: tuple[Column, ...] = (
    _c("form"), _c("lemma"), _c("kind", choices="say add confirm announce declare state deny "
                                                 "explain note warn affirm stress tell report other"),
)
