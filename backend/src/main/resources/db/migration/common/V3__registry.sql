-- Enterprises of the park, their tags (each on a feature), and what has been imported (idempotent demo import).
CREATE TABLE enterprises (
    id         VARCHAR(64)  PRIMARY KEY,
    name_zh    VARCHAR(200) NOT NULL DEFAULT '',
    name_en    VARCHAR(200) NOT NULL DEFAULT '',
    activity   VARCHAR(32)  NOT NULL DEFAULT '',
    feature_id VARCHAR(128)
);

CREATE TABLE tags (
    id            VARCHAR(128) PRIMARY KEY,
    enterprise_id VARCHAR(64)  NOT NULL,
    feature_id    VARCHAR(128) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    unit          VARCHAR(32)  NOT NULL DEFAULT '',
    name_zh       VARCHAR(200) NOT NULL DEFAULT '',
    name_en       VARCHAR(200) NOT NULL DEFAULT '',
    min_value     DOUBLE PRECISION,
    max_value     DOUBLE PRECISION,
    sampling_ms   INTEGER      NOT NULL DEFAULT 1000,
    node          VARCHAR(400) NOT NULL DEFAULT ''
);

CREATE INDEX tags_feature ON tags (feature_id);
CREATE INDEX tags_enterprise ON tags (enterprise_id);

CREATE TABLE import_state (
    name       VARCHAR(100) PRIMARY KEY,
    sha256     VARCHAR(64)  NOT NULL,
    updated_ms BIGINT       NOT NULL
);
