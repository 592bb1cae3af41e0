-- Compressed tag history (issue 13): one row a chunk of one tag's samples, encoded by history.codec.ChunkCodec
-- (payload carries its own format version and CRC). start_ms/end_ms = first/last source time in the chunk, epoch ms
-- (UTC), both inclusive; a chunk never crosses a UTC hour. Several chunks of one tag and hour may exist (one per
-- checkpoint); readers merge them.
CREATE TABLE history_chunk (
    tag_id       VARCHAR(128)     NOT NULL,
    start_ms     BIGINT           NOT NULL,
    end_ms       BIGINT           NOT NULL,
    sample_count INTEGER          NOT NULL,
    min_value    DOUBLE PRECISION,
    max_value    DOUBLE PRECISION,
    payload      VARBINARY        NOT NULL
);
CREATE INDEX history_chunk_tag_start ON history_chunk (tag_id, start_ms);

-- Rollups: tier 1 = 1-minute buckets in chunks of one UTC day, tier 2 = 1-hour buckets in chunks of 32 days.
CREATE TABLE history_rollup (
    tier         SMALLINT         NOT NULL,
    tag_id       VARCHAR(128)     NOT NULL,
    start_ms     BIGINT           NOT NULL,
    bucket_count INTEGER          NOT NULL,
    payload      VARBINARY        NOT NULL,
    PRIMARY KEY (tier, tag_id, start_ms)
);

-- The last write-ahead segment whose samples are committed as chunks, per write-ahead log (one per backend data dir).
CREATE TABLE history_wal_checkpoint (
    wal_id       VARCHAR(64)      PRIMARY KEY,
    segment      BIGINT           NOT NULL
);
