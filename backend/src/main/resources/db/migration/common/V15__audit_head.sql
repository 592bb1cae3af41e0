-- The audit log's head (issue 19): how many records were appended and the last one's hash, kept apart from the
-- rows and moved in the same transaction as each append. Deleting the newest rows of audit_log leaves the head
-- pointing past the end, so the verification reports the truncation. One row, id = 1; an existing log gives its
-- head from its last row.
CREATE TABLE audit_head (
    id           INT         NOT NULL PRIMARY KEY,
    record_count BIGINT      NOT NULL,
    last_hash    VARCHAR(64) NOT NULL
);

INSERT INTO audit_head (id, record_count, last_hash)
SELECT 1, COUNT(*), COALESCE((SELECT a.hash FROM audit_log a WHERE a.seq = (SELECT MAX(b.seq) FROM audit_log b)),
       '0000000000000000000000000000000000000000000000000000000000000000')
FROM audit_log;
