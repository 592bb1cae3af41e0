-- Map layers and their features, stored in EPSG:4326 (lon/lat, RFC 7946 axis order).
CREATE TABLE layers (
    id            VARCHAR(64)  PRIMARY KEY,
    name_zh       VARCHAR(200) NOT NULL DEFAULT '',
    name_en       VARCHAR(200) NOT NULL DEFAULT '',
    source        VARCHAR(200) NOT NULL DEFAULT '',
    source_sha256 VARCHAR(64),
    sort_order    INTEGER      NOT NULL DEFAULT 0,
    updated_ms    BIGINT       NOT NULL
);

CREATE TABLE features (
    id            VARCHAR(128) PRIMARY KEY,
    layer_id      VARCHAR(64)  NOT NULL REFERENCES layers (id) ON DELETE CASCADE,
    kind          VARCHAR(64)  NOT NULL DEFAULT '',
    name_zh       VARCHAR(200) NOT NULL DEFAULT '',
    name_en       VARCHAR(200) NOT NULL DEFAULT '',
    enterprise_id VARCHAR(64),
    props         VARCHAR      NOT NULL DEFAULT '{}',
    geom          GEOMETRY(GEOMETRY, 4326) NOT NULL
);

CREATE INDEX features_layer ON features (layer_id);
CREATE INDEX features_kind ON features (kind);
