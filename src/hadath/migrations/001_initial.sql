-- 001_initial: the tidy, analysis-ready tables hadath stores.
--
-- One row per thing found, keyed by the document id; every span keeps its
-- character offsets into documents.text (start_char inclusive, end_char
-- exclusive, Python string indices), so substr(text, start_char + 1,
-- end_char - start_char) is the evidence as written.
--
-- Written in the SQL subset that both DuckDB and PostgreSQL accept.
-- Migrations are applied in order by hadath.store and recorded in
-- schema_migrations; never edit an applied migration: add a new file.

CREATE TABLE documents (
    doc_id          TEXT NOT NULL PRIMARY KEY,
    published       DATE,
    source          TEXT,
    url             TEXT,
    headline        TEXT,
    n_chars         INTEGER NOT NULL,
    n_sentences     INTEGER NOT NULL,
    n_entities      INTEGER NOT NULL,
    n_events        INTEGER NOT NULL,
    schema_version  TEXT NOT NULL,
    meta            TEXT NOT NULL,        -- JSON object: every header / record field
    contexts        TEXT NOT NULL,        -- JSON array of context labels
    warnings        TEXT NOT NULL,        -- JSON array of warnings
    stored_at       TIMESTAMP NOT NULL,
    text            TEXT NOT NULL
);

CREATE TABLE sentences (
    doc_id          TEXT NOT NULL,
    sentence_idx    INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    PRIMARY KEY (doc_id, sentence_idx)
);

CREATE TABLE entities (
    doc_id          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    entity_idx      INTEGER NOT NULL,
    kind            TEXT NOT NULL,        -- PER | ORG | GPE | LOC
    name_en         TEXT,
    name_ar         TEXT,
    country         TEXT,                 -- ISO3 or IGO/UNO/EUR...
    sector          TEXT,                 -- PLOVER sector code
    lexicon_key     TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    n_mentions      INTEGER NOT NULL,
    PRIMARY KEY (doc_id, entity_id)
);

CREATE TABLE mentions (
    doc_id          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    mention_idx     INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    source          TEXT,                 -- lexicon | ner | coref | fuzzy | nisba
    confidence      DOUBLE PRECISION,
    role            TEXT,                 -- e.g. gpe (metonymy), capital, nisba
    PRIMARY KEY (doc_id, entity_id, mention_idx)
);

CREATE TABLE times (
    doc_id          TEXT NOT NULL,
    time_idx        INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    value           TEXT,                 -- ISO at the precision the text supports
    end_value       TEXT,                 -- for ranges
    kind            TEXT,                 -- date | month | year | weekday | relative | ...
    PRIMARY KEY (doc_id, time_idx)
);

CREATE TABLE quotes (
    doc_id          TEXT NOT NULL,
    quote_idx       INTEGER NOT NULL,
    kind            TEXT NOT NULL,        -- direct | reported
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    cue             TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    speaker_code    TEXT,
    speaker_sector  TEXT,
    speaker_entity  TEXT,                 -- entities.entity_id
    speaker_text    TEXT,                 -- NULL when the speaker is unknown
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    PRIMARY KEY (doc_id, quote_idx)
);

CREATE TABLE events (
    doc_id            TEXT NOT NULL,
    event_id          TEXT NOT NULL,
    event_idx         INTEGER NOT NULL,
    event_type        TEXT NOT NULL,      -- PLOVER event type
    mode              TEXT,               -- PLOVER mode
    date              TEXT,               -- ISO: YYYY-MM-DD | YYYY-MM | YYYY
    date_precision    TEXT,               -- day | month | year
    date_source       TEXT,               -- text | published
    negated           BOOLEAN NOT NULL,
    hypothetical      BOOLEAN NOT NULL,
    future            BOOLEAN NOT NULL,
    reported          BOOLEAN NOT NULL,
    confidence        DOUBLE PRECISION,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    trigger_text      TEXT,
    evidence_start    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    evidence_text     TEXT,
    location_name     TEXT,               -- NULL when no location
    location_country  TEXT,
    location_entity   TEXT,
    location_lat      DOUBLE PRECISION,
    location_lon      DOUBLE PRECISION,
    location_start    INTEGER,
    location_end      INTEGER,
    gloss_en          TEXT,
    context           TEXT NOT NULL,      -- JSON array of context labels
    PRIMARY KEY (doc_id, event_id)
);

CREATE TABLE event_participants (
    doc_id           TEXT NOT NULL,
    event_id         TEXT NOT NULL,
    role             TEXT NOT NULL,       -- actor | recipient
    participant_idx  INTEGER NOT NULL,
    code             TEXT,                -- ISO3 / IGO / UNO / EUR / IMG ...
    sector           TEXT,
    entity_id        TEXT,                -- entities.entity_id
    text             TEXT,
    start_char       INTEGER,
    end_char         INTEGER,
    PRIMARY KEY (doc_id, event_id, role, participant_idx)
);

-- further evidence of an event (retellings merged by deduplication)
CREATE TABLE event_mentions (
    doc_id          TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    mention_idx     INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            TEXT,
    PRIMARY KEY (doc_id, event_id, mention_idx)
);

-- one row per event with its dyad and publication date: the table most analyses start from
CREATE VIEW events_wide AS
SELECT
    e.doc_id,
    d.published,
    e.event_id,
    e.event_type,
    e.mode,
    e.date,
    e.date_precision,
    e.date_source,
    (SELECT string_agg(coalesce(p.code, ''), ';' ORDER BY p.participant_idx) FROM event_participants p
      WHERE p.doc_id = e.doc_id AND p.event_id = e.event_id AND p.role = 'actor') AS actor_codes,
    (SELECT string_agg(coalesce(p.sector, ''), ';' ORDER BY p.participant_idx) FROM event_participants p
      WHERE p.doc_id = e.doc_id AND p.event_id = e.event_id AND p.role = 'actor') AS actor_sectors,
    (SELECT string_agg(coalesce(p.code, ''), ';' ORDER BY p.participant_idx) FROM event_participants p
      WHERE p.doc_id = e.doc_id AND p.event_id = e.event_id AND p.role = 'recipient') AS recipient_codes,
    (SELECT string_agg(coalesce(p.sector, ''), ';' ORDER BY p.participant_idx) FROM event_participants p
      WHERE p.doc_id = e.doc_id AND p.event_id = e.event_id AND p.role = 'recipient') AS recipient_sectors,
    e.negated,
    e.hypothetical,
    e.future,
    e.reported,
    e.confidence,
    e.location_name,
    e.location_country,
    e.location_lat,
    e.location_lon,
    e.trigger_text,
    e.evidence_text,
    e.gloss_en,
    e.event_idx
FROM events e
JOIN documents d ON d.doc_id = e.doc_id;
