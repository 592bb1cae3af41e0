-- Dual prevention (issue 15): risk points (风险点) of the enterprises with their location (GeoJSON, lon/lat), grading
-- (LEC or LS, score and colour) and control measures (JSON array of text). external_id: the enterprise system's own
-- id, unique per enterprise, so a sync updates instead of duplicating.
CREATE TABLE dp_risk_point (
    id            VARCHAR(40)      NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(40)      NOT NULL,
    external_id   VARCHAR(100),
    name          VARCHAR(200)     NOT NULL,
    unit_id       VARCHAR(64),
    geometry_json VARCHAR(20000)   NOT NULL,
    method        VARCHAR(4)       NOT NULL,
    likelihood    DOUBLE PRECISION NOT NULL,
    exposure      DOUBLE PRECISION,
    consequence   DOUBLE PRECISION NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    grade         VARCHAR(8)       NOT NULL,
    measures_json VARCHAR(8000)    NOT NULL,
    created_ms    BIGINT           NOT NULL,
    updated_ms    BIGINT           NOT NULL,
    CONSTRAINT dp_risk_point_external UNIQUE (enterprise_id, external_id)
);
