-- Dual prevention (issue 15): the history of each hidden danger (report, each life-cycle step, each sync).
CREATE TABLE dp_hidden_danger_event (
    hidden_danger_id VARCHAR(40)   NOT NULL REFERENCES dp_hidden_danger (id),
    seq              INT           NOT NULL,
    ts_ms            BIGINT        NOT NULL,
    username         VARCHAR(64)   NOT NULL,
    action           VARCHAR(16)   NOT NULL,
    from_state       VARCHAR(12),
    to_state         VARCHAR(12)   NOT NULL,
    note             VARCHAR(1000) NOT NULL,
    PRIMARY KEY (hidden_danger_id, seq)
);
