-- Dual prevention (issue 15): photos of hidden dangers. The bytes are files under the data folder named by their
-- SHA-256 (content-addressed); the row holds the reference.
CREATE TABLE dp_photo (
    hidden_danger_id VARCHAR(40) NOT NULL REFERENCES dp_hidden_danger (id),
    sha256           VARCHAR(64) NOT NULL,
    content_type     VARCHAR(20) NOT NULL,
    size_bytes       BIGINT      NOT NULL,
    stage            VARCHAR(12) NOT NULL,
    uploaded_ms      BIGINT      NOT NULL,
    username         VARCHAR(64) NOT NULL,
    PRIMARY KEY (hidden_danger_id, sha256)
);
