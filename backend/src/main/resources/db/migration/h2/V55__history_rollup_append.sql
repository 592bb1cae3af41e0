-- Rollups are appended, not rewritten (issue 13, write rate): each checkpoint adds one row of partial buckets per
-- tag, tier and rollup chunk; readers merge the rows of one (tier, tag, start) (min, max, sum, count and last are
-- associative), and retention compacts rows of chunks that have ended into one. So the key is no longer unique.
ALTER TABLE history_rollup DROP PRIMARY KEY;
CREATE INDEX history_rollup_tier_tag_start ON history_rollup (tier, tag_id, start_ms);
