-- Emergency command (issue 14). Times epoch ms (UTC). Plans are stored as their file's JSON (the API edits
-- them whole); the live state of each incident's command record, its tasks, dispatches and the stock of the
-- material stores are rows; the incident log is a hash chain per incident (security.AuditChain's format)
-- with its head kept apart from the rows, like audit_log / audit_head (V12, V15).
CREATE TABLE emergency_plan (
    plan_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    source_file VARCHAR(256) NOT NULL,
    body        VARCHAR      NOT NULL,
    updated_ms  BIGINT       NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL
);

CREATE TABLE emergency_record (
    incident_id       VARCHAR(64)   NOT NULL PRIMARY KEY,
    enterprises       VARCHAR(1000) NOT NULL,
    incident_kind     VARCHAR(16)   NOT NULL,
    drill             BOOLEAN       NOT NULL,
    detected_ms       BIGINT        NOT NULL,
    plan_id           VARCHAR(64),
    response_level    VARCHAR(4),
    government        BOOLEAN       NOT NULL,
    casualties        INT           NOT NULL,
    receptor_reached  BOOLEAN       NOT NULL,
    confirmed_ms      BIGINT,
    decided_ms        BIGINT,
    first_dispatch_ms BIGINT,
    evacuation_ms     BIGINT,
    all_clear_ms      BIGINT
);

CREATE TABLE emergency_task (
    task_id     VARCHAR(96)  NOT NULL PRIMARY KEY,
    incident_id VARCHAR(64)  NOT NULL,
    action_id   VARCHAR(64)  NOT NULL,
    level_name  VARCHAR(4)   NOT NULL,
    group_id    VARCHAR(64)  NOT NULL,
    owner_zh    VARCHAR(200),
    owner_en    VARCHAR(200),
    text_zh     VARCHAR(2000) NOT NULL,
    text_en     VARCHAR(2000),
    within_min  INT,
    status      VARCHAR(8)   NOT NULL,
    created_ms  BIGINT       NOT NULL,
    started_ms  BIGINT,
    done_ms     BIGINT
);

CREATE INDEX emergency_task_incident ON emergency_task (incident_id);

CREATE TABLE emergency_dispatch (
    dispatch_id   VARCHAR(96)  NOT NULL PRIMARY KEY,
    incident_id   VARCHAR(64)  NOT NULL,
    resource_id   VARCHAR(64)  NOT NULL,
    dispatched_ms BIGINT       NOT NULL,
    distance_m    DOUBLE PRECISION,
    eta_s         DOUBLE PRECISION,
    eta_basis_zh  VARCHAR(400),
    eta_basis_en  VARCHAR(400),
    released_ms   BIGINT,
    dispatched_by VARCHAR(64)  NOT NULL
);

CREATE INDEX emergency_dispatch_resource ON emergency_dispatch (resource_id, released_ms);

CREATE TABLE emergency_stock (
    store_id VARCHAR(64)      NOT NULL,
    item     VARCHAR(64)      NOT NULL,
    quantity DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (store_id, item)
);

CREATE TABLE emergency_log (
    incident_id VARCHAR(64)     NOT NULL,
    seq         BIGINT          NOT NULL,
    ts_ms       BIGINT          NOT NULL,
    username    VARCHAR(64)     NOT NULL,
    role        VARCHAR(16)     NOT NULL,
    source      VARCHAR(128)    NOT NULL,
    action      VARCHAR(64)     NOT NULL,
    target      VARCHAR(1000)   NOT NULL,
    detail      VARCHAR(100000) NOT NULL,
    prev_hash   VARCHAR(64)     NOT NULL,
    hash        VARCHAR(64)     NOT NULL,
    PRIMARY KEY (incident_id, seq)
);

CREATE TABLE emergency_log_head (
    incident_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    record_count BIGINT      NOT NULL,
    last_hash    VARCHAR(64) NOT NULL
);
