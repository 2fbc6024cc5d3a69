-- Diagnoses given, for a rep's history. Never the deal text: deal details are confidential.
CREATE TABLE diagnoses (
    id          BIGINT PRIMARY KEY,
    user_id     VARCHAR(64)  NOT NULL,
    pattern     VARCHAR(40)  NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL,
    created_at  BIGINT       NOT NULL
);
CREATE INDEX diagnoses_user ON diagnoses (user_id, created_at);
