-- Daily safety commitment (安全承诺公告, issue 15 scope 4): one declaration per enterprise and day (the park's
-- local date); special work counts by kind as a small JSON text (read only by the safety-duty repository).
CREATE TABLE safety_commitment (
    enterprise_id     VARCHAR(40)  NOT NULL,
    commit_day        VARCHAR(10)  NOT NULL,
    declared_ms       BIGINT       NOT NULL,
    units_running     INT          NOT NULL,
    units_stopped     INT          NOT NULL,
    hazards_controlled BOOLEAN     NOT NULL,
    special_work      VARCHAR(1000) NOT NULL,
    startups          INT          NOT NULL,
    shutdowns         INT          NOT NULL,
    turnaround        BOOLEAN      NOT NULL,
    safe_state        BOOLEAN      NOT NULL,
    responsible       VARCHAR(64)  NOT NULL,
    filed_by          VARCHAR(64)  NOT NULL,
    PRIMARY KEY (enterprise_id, commit_day)
);
