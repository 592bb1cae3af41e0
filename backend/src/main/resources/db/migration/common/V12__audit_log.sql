-- The audit log (issue 7): one row per login, logout, write and export, hash-chained: hash = SHA-256 hex of
-- prev_hash followed by the canonical record (AuditChain), prev_hash of the first row = 64 zeros. Rows are only
-- ever appended. detail is JSON (request body with secrets redacted, status). ts_ms epoch ms (UTC).
CREATE TABLE audit_log (
    seq       BIGINT         NOT NULL PRIMARY KEY,
    ts_ms     BIGINT         NOT NULL,
    username  VARCHAR(64)    NOT NULL,
    role      VARCHAR(16)    NOT NULL,
    source    VARCHAR(128)   NOT NULL,
    action    VARCHAR(64)    NOT NULL,
    target    VARCHAR(1000)  NOT NULL,
    detail    VARCHAR(100000) NOT NULL,
    prev_hash VARCHAR(64)    NOT NULL,
    hash      VARCHAR(64)    NOT NULL
);

CREATE INDEX audit_log_ts ON audit_log (ts_ms);
