-- Practice role-plays: sessions, their turns, and the scorecards they ended with.
-- Portable SQL: runs on SQLite and PostgreSQL alike.
CREATE TABLE practice_sessions (
    id           VARCHAR(40)  PRIMARY KEY,
    rep_id       VARCHAR(64)  NOT NULL,
    starter_id   VARCHAR(64)  NOT NULL,
    persona      VARCHAR(8)   NOT NULL,
    scenario_id  VARCHAR(64)  NOT NULL,
    variant      INTEGER      NOT NULL,
    seed         BIGINT       NOT NULL,
    channel_id   VARCHAR(64),
    thread_ts    VARCHAR(32),
    outcome      VARCHAR(20)  NOT NULL,
    score        INTEGER,
    strength     TEXT,
    fix          TEXT,
    created_at   BIGINT       NOT NULL,
    ended_at     BIGINT
);
CREATE UNIQUE INDEX practice_sessions_thread ON practice_sessions (channel_id, thread_ts);
CREATE INDEX practice_sessions_rep ON practice_sessions (rep_id, created_at);
CREATE INDEX practice_sessions_starter ON practice_sessions (starter_id, created_at);

-- One row per exchange; turn 0 is the persona's opening. A rep message is answered once, by whichever replica
-- gets there first: the unique constraint refuses the second.
CREATE TABLE practice_turns (
    session_id      VARCHAR(40)  NOT NULL,
    turn_no         INTEGER      NOT NULL,
    rep_message_id  VARCHAR(64),
    rep_text        TEXT         NOT NULL,
    reply           TEXT         NOT NULL,
    move            VARCHAR(20)  NOT NULL,
    trust_after     INTEGER      NOT NULL,
    created_at      BIGINT       NOT NULL,
    PRIMARY KEY (session_id, turn_no),
    CONSTRAINT practice_turns_once UNIQUE (session_id, rep_message_id)
);

CREATE TABLE practice_scores (
    session_id    VARCHAR(40)  NOT NULL,
    criterion_id  VARCHAR(40)  NOT NULL,
    name          VARCHAR(80)  NOT NULL,
    weight        INTEGER      NOT NULL,
    score         INTEGER      NOT NULL,
    feedback      TEXT         NOT NULL,
    PRIMARY KEY (session_id, criterion_id)
);
