-- Still frames of a camera kept with an incident (issue 18, video): the row names the incident, the camera, who
-- took it and when (epoch ms, UTC); the image bytes (JPEG or PNG, at most 512 KiB, checked before storing) live in
-- incident_snapshot_image, apart from the rows that are listed.
CREATE TABLE incident_snapshot (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    incident_id VARCHAR(64)  NOT NULL,
    camera_id   VARCHAR(128) NOT NULL,
    author      VARCHAR(128) NOT NULL,
    time_ms     BIGINT       NOT NULL,
    type        VARCHAR(32)  NOT NULL
);

CREATE INDEX incident_snapshot_incident ON incident_snapshot (incident_id, time_ms);

CREATE TABLE incident_snapshot_image (
    id    VARCHAR(64)        NOT NULL PRIMARY KEY,
    bytes BYTEA        NOT NULL
);
