-- Video spot checks of special work (issue 15): who looked at which permit's place through which camera, and when.
CREATE TABLE work_permit_spot_check (
    id            BIGINT          NOT NULL PRIMARY KEY,
    permit_id     VARCHAR(40)     NOT NULL,
    enterprise_id VARCHAR(40)     NOT NULL,
    camera_id     VARCHAR(100)    NOT NULL,
    username      VARCHAR(64)     NOT NULL,
    role          VARCHAR(16)     NOT NULL,
    at_ms         BIGINT          NOT NULL,
    note          VARCHAR(2000)   NOT NULL
);

CREATE INDEX work_permit_spot_check_permit ON work_permit_spot_check (permit_id);
