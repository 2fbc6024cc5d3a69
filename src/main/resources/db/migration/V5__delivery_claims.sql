-- Which Slack deliveries (event ids, trigger ids) a replica has taken. The primary key makes the
-- claim an INSERT that fails for everyone but the first, so a redelivered event or a request that
-- reaches two replicas is acted on once. Rows are purged after a day.
-- Portable SQL: the same file migrates SQLite and PostgreSQL.
CREATE TABLE delivery_claims (
    claim_key   VARCHAR(200) PRIMARY KEY,
    claimed_at  BIGINT       NOT NULL
);
CREATE INDEX delivery_claims_age ON delivery_claims (claimed_at);
