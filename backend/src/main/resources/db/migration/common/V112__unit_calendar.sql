-- Start-up, shutdown and turnaround filings (开停车/大检修, issue 15 scope 5): the calendar of unit states. A unit is
-- shut down while a shutdown or turnaround filing is in force (actual start, else planned start, until the actual
-- end, else the planned end); its process alarms are suppressed by design meanwhile.
CREATE TABLE unit_filing (
    id               BIGINT       NOT NULL PRIMARY KEY,
    enterprise_id    VARCHAR(40)  NOT NULL,
    unit_id          VARCHAR(128) NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    planned_start_ms BIGINT       NOT NULL,
    planned_end_ms   BIGINT       NOT NULL,
    actual_start_ms  BIGINT,
    actual_end_ms    BIGINT,
    approver         VARCHAR(64)  NOT NULL,
    note             VARCHAR(500) NOT NULL,
    filed_by         VARCHAR(64)  NOT NULL,
    filed_ms         BIGINT       NOT NULL
);

CREATE INDEX unit_filing_unit ON unit_filing (unit_id, planned_start_ms);
