-- Work permits for SIS bypasses (issue 5), entered through the API. scope = comma-separated SIS or bypass tag ids.
-- Times epoch ms (UTC); valid_to_ms exclusive.
CREATE TABLE alarm_permit (
    number        VARCHAR(128)  NOT NULL PRIMARY KEY,
    scope         VARCHAR(4000) NOT NULL,
    valid_from_ms BIGINT        NOT NULL,
    valid_to_ms   BIGINT        NOT NULL,
    entered_by    VARCHAR(128)
);

-- Incidents found by the correlation rules (issue 5), latest version of each. alarm_ids and enterprises are
-- comma-separated; lon/lat EPSG:4326 (NULL when unknown); times epoch ms (UTC).
CREATE TABLE alarm_incident (
    id          VARCHAR(64)    NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)    NOT NULL,
    severity    VARCHAR(16)    NOT NULL,
    alarm_ids   VARCHAR(20000) NOT NULL,
    lon         DOUBLE PRECISION,
    lat         DOUBLE PRECISION,
    enterprises VARCHAR(1000)  NOT NULL,
    unit_id     VARCHAR(160),
    opened_ms   BIGINT         NOT NULL,
    updated_ms  BIGINT         NOT NULL,
    state       VARCHAR(8)     NOT NULL
);

CREATE INDEX alarm_incident_updated ON alarm_incident (updated_ms);
