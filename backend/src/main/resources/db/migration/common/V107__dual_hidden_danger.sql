-- Dual prevention (issue 15): hidden dangers (隐患) and their life-cycle state; level, deadline and responsible person
-- are set as it moves on. external_id as for risk points.
CREATE TABLE dp_hidden_danger (
    id            VARCHAR(40)    NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(40)    NOT NULL,
    external_id   VARCHAR(100),
    risk_point_id VARCHAR(40),
    title         VARCHAR(200)   NOT NULL,
    description   VARCHAR(2000)  NOT NULL,
    geometry_json VARCHAR(20000) NOT NULL,
    state         VARCHAR(12)    NOT NULL,
    danger_level  VARCHAR(8),
    deadline_ms   BIGINT,
    responsible   VARCHAR(100),
    reported_ms   BIGINT         NOT NULL,
    reported_by   VARCHAR(64)    NOT NULL,
    updated_ms    BIGINT         NOT NULL,
    CONSTRAINT dp_hidden_danger_external UNIQUE (enterprise_id, external_id)
);

CREATE INDEX dp_hidden_danger_state ON dp_hidden_danger (state);
