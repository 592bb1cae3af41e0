-- Major-hazard responsibility (包保责任制, issue 15 scope 3): the responsible people of each major hazard installation
-- (主要负责人, 技术负责人, 操作负责人) and the checks they filed. The duty cycles are data in code (DutyCycles).
CREATE TABLE duty_responsible (
    unit_id       VARCHAR(128) NOT NULL,
    duty_role     VARCHAR(16)  NOT NULL,
    enterprise_id VARCHAR(40)  NOT NULL,
    person        VARCHAR(64)  NOT NULL,
    since_ms      BIGINT       NOT NULL,
    PRIMARY KEY (unit_id, duty_role)
);

CREATE TABLE duty_check (
    id            BIGINT       NOT NULL PRIMARY KEY,
    unit_id       VARCHAR(128) NOT NULL,
    duty_role     VARCHAR(16)  NOT NULL,
    enterprise_id VARCHAR(40)  NOT NULL,
    person        VARCHAR(64)  NOT NULL,
    checked_ms    BIGINT       NOT NULL,
    findings      VARCHAR(1000) NOT NULL,
    filed_by      VARCHAR(64)  NOT NULL,
    filed_ms      BIGINT       NOT NULL
);

CREATE INDEX duty_check_unit ON duty_check (unit_id, duty_role, checked_ms);
