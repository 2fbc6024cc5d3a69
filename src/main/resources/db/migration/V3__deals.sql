-- Deal channels: recommendations shared into them, and each channel's live deal plan with its history.
-- Portable SQL: the same file migrates SQLite and PostgreSQL.

-- One row per share click. share_key (message ts, button, rep) is unique, so a click that Slack
-- redelivers, a double click, or the same click reaching two replicas shares once.
CREATE TABLE shared_recommendations (
    share_key   VARCHAR(200) PRIMARY KEY,
    user_id     VARCHAR(64)  NOT NULL,
    channel_id  VARCHAR(64)  NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    title       VARCHAR(400) NOT NULL,
    reply_json  TEXT         NOT NULL,
    message_ts  VARCHAR(40),
    created_at  BIGINT       NOT NULL
);
CREATE INDEX shared_recommendations_user ON shared_recommendations (user_id, created_at);

-- The current plan of a deal channel. version guards concurrent edits from several replicas;
-- message_claimed_at lets exactly one replica post the pinned message.
CREATE TABLE deal_plans (
    channel_id          VARCHAR(64) PRIMARY KEY,
    clinical_status     VARCHAR(40) NOT NULL,
    it_status           VARCHAR(40) NOT NULL,
    pattern             VARCHAR(40) NOT NULL,
    cascade_stage       VARCHAR(40) NOT NULL,
    message_ts          VARCHAR(40),
    message_claimed_at  BIGINT,
    version             BIGINT      NOT NULL,
    updated_at          BIGINT      NOT NULL
);

-- Every change to a plan, with who made it (NULL once that rep asked to be forgotten) and when.
CREATE TABLE deal_plan_changes (
    id          BIGINT      PRIMARY KEY,
    channel_id  VARCHAR(64) NOT NULL,
    field       VARCHAR(40) NOT NULL,
    old_value   VARCHAR(40) NOT NULL,
    new_value   VARCHAR(40) NOT NULL,
    changed_by  VARCHAR(64),
    changed_at  BIGINT      NOT NULL
);
CREATE INDEX deal_plan_changes_channel ON deal_plan_changes (channel_id, changed_at);
CREATE INDEX deal_plan_changes_user ON deal_plan_changes (changed_by);
