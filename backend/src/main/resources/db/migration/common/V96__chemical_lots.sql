-- Lots of highly toxic (剧毒) and explosive-precursor (易制爆) chemicals with their electronic label (issue 16,
-- scope 5), and their ledger: one hash chain per enterprise in the audit log's format (AuditChain, V12), its head
-- kept apart from the rows like audit_head (V15), so an edit, a deletion or a truncation is found by verify.
CREATE TABLE chem_lot (
    label_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(40)  NOT NULL,
    cas           VARCHAR(20)  NOT NULL,
    created_ms    BIGINT       NOT NULL
);

CREATE TABLE chem_lot_event (
    enterprise_id VARCHAR(40)   NOT NULL,
    seq           BIGINT        NOT NULL,
    ts_ms         BIGINT        NOT NULL,
    username      VARCHAR(64)   NOT NULL,
    role          VARCHAR(16)   NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    label_id      VARCHAR(64)   NOT NULL,
    cas           VARCHAR(20)   NOT NULL,
    quantity_kg   DOUBLE PRECISION NOT NULL,
    location_id   VARCHAR(128)  NOT NULL,
    counterparty  VARCHAR(200)  NOT NULL,
    note          VARCHAR(500)  NOT NULL,
    prev_hash     VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL,
    PRIMARY KEY (enterprise_id, seq)
);

CREATE INDEX chem_lot_event_label ON chem_lot_event (label_id);

CREATE TABLE chem_lot_head (
    enterprise_id VARCHAR(40) NOT NULL PRIMARY KEY,
    record_count  BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);
