-- Special work permits (特殊作业, GB 30871-2022; issue 15). The place is kept as GeoJSON text (EPSG:4326) so the
-- same table serves H2GIS and PostGIS; the capability indexes active permits in memory. People and gas analyses
-- are JSON arrays of the permit row (they are read and written with it, never queried apart).
CREATE TABLE work_permit (
    id            VARCHAR(40)     NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(40)     NOT NULL,
    external_id   VARCHAR(100),
    kind          VARCHAR(20)     NOT NULL,
    level         VARCHAR(10),
    state         VARCHAR(12)     NOT NULL,
    place_zh      VARCHAR(200)    NOT NULL,
    geometry      VARCHAR(100000) NOT NULL,
    start_ms      BIGINT          NOT NULL,
    end_ms        BIGINT          NOT NULL,
    people        VARCHAR(20000)  NOT NULL,
    gas_analyses  VARCHAR(100000) NOT NULL,
    started_ms    BIGINT          NOT NULL,
    created_by    VARCHAR(64)     NOT NULL,
    created_ms    BIGINT          NOT NULL,
    updated_ms    BIGINT          NOT NULL,
    note          VARCHAR(2000)
);

-- an enterprise's own id identifies its permit: a second push with it updates, never duplicates
CREATE UNIQUE INDEX work_permit_external ON work_permit (enterprise_id, external_id);
CREATE INDEX work_permit_window ON work_permit (start_ms, end_ms);
