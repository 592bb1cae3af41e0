-- Every sample of every tag. ts = source time, epoch milliseconds (UTC). Retention deletes old rows.
CREATE TABLE tag_history (
    tag_id     VARCHAR(128)     NOT NULL,
    ts         BIGINT           NOT NULL,
    value      DOUBLE PRECISION,
    value_text VARCHAR,
    status     BIGINT           NOT NULL DEFAULT 0
);

CREATE INDEX tag_history_tag_ts ON tag_history (tag_id, ts);
