-- Pipeline patrols (巡线, issue 16 scope 6): who walked which pipeline when, with the GPS track as text
-- ([[lon, lat, epoch ms], …], EPSG:4326) so that both databases store it alike; coverage is computed from it.
CREATE TABLE pipeline_patrol (
    id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    pipeline_id VARCHAR(128) NOT NULL,
    patroller   VARCHAR(100) NOT NULL,
    started_ms  BIGINT       NOT NULL,
    ended_ms    BIGINT       NOT NULL,
    points      INTEGER      NOT NULL,
    track       VARCHAR      NOT NULL,
    note        VARCHAR(500) NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_ms  BIGINT       NOT NULL
);

CREATE INDEX pipeline_patrol_time ON pipeline_patrol (ended_ms);
