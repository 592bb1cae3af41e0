-- Feedback photos (issue 18), apart from the feedback rows; at most 512 KiB each (checked before storing).
CREATE TABLE alarm_feedback_photo (
    id    VARCHAR(64) NOT NULL PRIMARY KEY,
    type  VARCHAR(32) NOT NULL,
    bytes BYTEA       NOT NULL
);
