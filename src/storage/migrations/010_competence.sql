-- Schema v10: competences — the aims of each trainee's plan, her ratings of herself, the
-- evidence linked to an aim, and her mentors' signed marks (P, F, K).
--
-- The curriculum aims live in the content pack (assets/competence), not here.
-- `competence_plan` is the café's administration (mentors; id plan:<trainee>:<aim>);
-- `competence_rating` is a trainee's log (written once); `competence_evidence` is hers,
-- also written by a mentor (id evidence:<trainee>:<aim>:<kind>:<ref>); `competence_mark`
-- is a mentor's log, signed with her key and written once. "Newest" is by the change's
-- stamp (hlc): the order the café's devices agree on.

CREATE TABLE competence_plan (
    id        TEXT PRIMARY KEY,
    owner     TEXT NOT NULL,
    hlc       INTEGER NOT NULL DEFAULT 0,
    origin    TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0,
    aim       TEXT NOT NULL DEFAULT '',
    added_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX competence_plan_owner ON competence_plan (owner);

CREATE TABLE competence_rating (
    id        TEXT PRIMARY KEY,
    owner     TEXT NOT NULL,
    hlc       INTEGER NOT NULL DEFAULT 0,
    origin    TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0,
    aim       TEXT NOT NULL DEFAULT '',
    level     TEXT NOT NULL DEFAULT 'cant-yet',
    day       TEXT NOT NULL DEFAULT '',
    rated_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX competence_rating_owner ON competence_rating (owner, hlc);
-- Each trainee's newest rating of each aim (the group's overview) without sorting her log.
CREATE INDEX competence_rating_aim ON competence_rating (owner, aim, hlc);

CREATE TABLE competence_evidence (
    id         TEXT PRIMARY KEY,
    owner      TEXT NOT NULL,
    hlc        INTEGER NOT NULL DEFAULT 0,
    origin     TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0,
    aim        TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL DEFAULT 'diary-day',
    ref_id     TEXT NOT NULL DEFAULT '',
    linked     INTEGER NOT NULL DEFAULT 0,
    linked_by  TEXT NOT NULL DEFAULT '',
    linked_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX competence_evidence_owner ON competence_evidence (owner, linked_ms);

CREATE TABLE competence_mark (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    trainee      TEXT NOT NULL DEFAULT '',
    aim          TEXT NOT NULL DEFAULT '',
    mark         TEXT NOT NULL DEFAULT 'started',
    day          TEXT NOT NULL DEFAULT '',
    comment      TEXT NOT NULL DEFAULT '',
    voice        TEXT,
    duration_ms  INTEGER NOT NULL DEFAULT 0,
    evidence     TEXT NOT NULL DEFAULT '[]',
    signed_ms    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX competence_mark_trainee ON competence_mark (trainee, hlc);
-- The newest mark of each aim of each trainee (the group's overview).
CREATE INDEX competence_mark_aim ON competence_mark (trainee, aim, hlc);
CREATE INDEX diary_item_owner_created ON diary_item (owner, created_ms);
