-- Compressed tag history (issue 13): one row a chunk of one tag's samples, encoded by history.codec.ChunkCodec
-- (payload carries its own format version and CRC). start_ms/end_ms = first/last source time in the chunk, epoch ms
-- (UTC), both inclusive; a chunk never crosses a UTC hour. Several chunks of one tag and hour may exist (one per
-- checkpoint); readers merge them. Payloads are already compressed: STORAGE EXTERNAL keeps PostgreSQL from trying
-- again (pglz) when a row is moved out of line.
CREATE TABLE history_chunk (
    tag_id       TEXT COLLATE "C" NOT NULL,
    start_ms     BIGINT           NOT NULL,
    end_ms       BIGINT           NOT NULL,
    sample_count INTEGER          NOT NULL,
    min_value    DOUBLE PRECISION,
    max_value    DOUBLE PRECISION,
    payload      BYTEA            NOT NULL
);
ALTER TABLE history_chunk ALTER COLUMN payload SET STORAGE EXTERNAL;
CREATE INDEX history_chunk_tag_start ON history_chunk (tag_id, start_ms);

-- Rollups: tier 1 = 1-minute buckets in chunks of one UTC day, tier 2 = 1-hour buckets in chunks of 32 days.
CREATE TABLE history_rollup (
    tier         SMALLINT         NOT NULL,
    tag_id       TEXT COLLATE "C" NOT NULL,
    start_ms     BIGINT           NOT NULL,
    bucket_count INTEGER          NOT NULL,
    payload      BYTEA            NOT NULL,
    PRIMARY KEY (tier, tag_id, start_ms)
);
ALTER TABLE history_rollup ALTER COLUMN payload SET STORAGE EXTERNAL;

-- The last write-ahead segment whose samples are committed as chunks, per write-ahead log (one per backend data dir).
CREATE TABLE history_wal_checkpoint (
    wal_id       TEXT             PRIMARY KEY,
    segment      BIGINT           NOT NULL
);
