-- Notification (issue 14, scope 5): one row per notification (one request of the emergency core), its escalation
-- state (persisted so that a pending escalation survives a restart), and one row per message to one person on one
-- channel. Times epoch ms (UTC); 0 = not set. escalation = comma-separated roster person ids still to be told, in
-- order. token_hash = SHA-256 (hex) of the one-time acknowledgement token; NULL once used.
CREATE TABLE notify_notification (
    id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    incident_id        VARCHAR(128)  NOT NULL,
    kind               VARCHAR(32)   NOT NULL,
    drill              BOOLEAN       NOT NULL,
    enterprises        VARCHAR(1000) NOT NULL,
    title              VARCHAR(1000) NOT NULL,
    level              VARCHAR(64),
    detail             VARCHAR(4000) NOT NULL,
    created_ms         BIGINT        NOT NULL,
    step               INT           NOT NULL,
    escalation         VARCHAR(4000) NOT NULL,
    next_escalation_ms BIGINT        NOT NULL,
    exhausted          BOOLEAN       NOT NULL,
    ack_ms             BIGINT        NOT NULL,
    ack_by             VARCHAR(256)
);

CREATE INDEX notify_notification_incident ON notify_notification (incident_id, created_ms);
CREATE INDEX notify_notification_created ON notify_notification (created_ms);

CREATE TABLE notify_message (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    notification_id  VARCHAR(64)   NOT NULL,
    incident_id      VARCHAR(128)  NOT NULL,
    person_id        VARCHAR(128)  NOT NULL,
    person_name      VARCHAR(256)  NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    address          VARCHAR(256)  NOT NULL,
    lang             VARCHAR(8)    NOT NULL,
    subject          VARCHAR(1000) NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    step             INT           NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    reason           VARCHAR(2000),
    attempts         INT           NOT NULL,
    next_attempt_ms  BIGINT        NOT NULL,
    token_hash       VARCHAR(64),
    token_expires_ms BIGINT        NOT NULL,
    created_ms       BIGINT        NOT NULL,
    updated_ms       BIGINT        NOT NULL,
    ack_ms           BIGINT        NOT NULL,
    ack_by           VARCHAR(256)
);

CREATE INDEX notify_message_notification ON notify_message (notification_id);
CREATE INDEX notify_message_incident ON notify_message (incident_id, created_ms);
CREATE UNIQUE INDEX notify_message_token ON notify_message (token_hash);

-- The roster in force when it was edited through the API (one row, id 1); without it the roster file is used.
CREATE TABLE notify_roster (
    id         INT             NOT NULL PRIMARY KEY,
    body       VARCHAR(1000000) NOT NULL,
    updated_ms BIGINT          NOT NULL,
    updated_by VARCHAR(128)    NOT NULL
);
