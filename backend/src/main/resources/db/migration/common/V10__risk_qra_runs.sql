-- Park QRA runs (issue 6): each finished run with its inputs and results as JSON text (see backend README "Park QRA").
-- status = done | failed; times epoch ms (UTC); results NULL for a failed run.
CREATE TABLE risk_qra_run (
    id             BIGINT        NOT NULL PRIMARY KEY,
    started_ms     BIGINT        NOT NULL,
    finished_ms    BIGINT        NOT NULL,
    trigger_reason VARCHAR(400)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    error          VARCHAR(4000),
    summary        TEXT          NOT NULL,
    inputs         TEXT          NOT NULL,
    results        TEXT
);

CREATE INDEX risk_qra_run_started ON risk_qra_run (started_ms);
