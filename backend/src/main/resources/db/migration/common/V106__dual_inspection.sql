-- Dual prevention (issue 15): inspection tasks of a risk point with their frequency, and the inspections done.
CREATE TABLE dp_inspection_task (
    id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    risk_point_id VARCHAR(40)  NOT NULL REFERENCES dp_risk_point (id),
    content       VARCHAR(500) NOT NULL,
    frequency     VARCHAR(8)   NOT NULL,
    created_ms    BIGINT       NOT NULL
);

CREATE TABLE dp_inspection_record (
    id        VARCHAR(40)  NOT NULL PRIMARY KEY,
    task_id   VARCHAR(40)  NOT NULL REFERENCES dp_inspection_task (id),
    ts_ms     BIGINT       NOT NULL,
    username  VARCHAR(64)  NOT NULL,
    normal    BOOLEAN      NOT NULL,
    note      VARCHAR(500) NOT NULL
);

CREATE INDEX dp_inspection_record_task ON dp_inspection_record (task_id, ts_ms);
