-- What a practice thread still owes the rep in Slack: the persona's reply to a turn (item = the turn's number,
-- 0 for the opening) or the scorecard (item = -1) that Slack would not take when it was due. The turn itself is
-- in practice_turns already; a row here is deleted once the post is in the thread. claimed_at lets one replica at
-- a time deliver it, and a claim older than a few minutes (a replica that died mid-post) can be taken over.
-- Portable SQL: the same file migrates SQLite and PostgreSQL.
CREATE TABLE practice_owed (
    session_id  VARCHAR(40) NOT NULL,
    item        INTEGER     NOT NULL,
    owed_since  BIGINT      NOT NULL,
    claimed_at  BIGINT,
    PRIMARY KEY (session_id, item)
);
CREATE INDEX practice_owed_since ON practice_owed (owed_since);
