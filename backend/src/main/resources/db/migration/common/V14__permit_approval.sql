-- Bypass permits need the park (issue 19): the paper permit's signatory is its own column (entered_by is the
-- logged-in user), and a permit covers a bypass only once a park user approved it. Permits stored before were
-- entered and so approved by the park.
ALTER TABLE alarm_permit ADD COLUMN signatory VARCHAR(200);
ALTER TABLE alarm_permit ADD COLUMN approved_by VARCHAR(128);
ALTER TABLE alarm_permit ADD COLUMN approved_at_ms BIGINT NOT NULL DEFAULT 0;
UPDATE alarm_permit SET approved_by = entered_by, approved_at_ms = valid_from_ms;
