-- Threat-zone runs of incidents (issue 6): every run (automatic, on wind change, or an operator's re-run) with its
-- full result as JSON text (GeoJSON zones, exposure, warnings, inputs). enterprise_id is the incident's owning
-- enterprise for tenancy scoping (NULL when park-level). Times epoch ms (UTC).
CREATE TABLE threat_zone_run (
    run_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    incident_id   VARCHAR(64)  NOT NULL,
    enterprise_id VARCHAR(64),
    trigger_kind  VARCHAR(16)  NOT NULL,
    computed_ms   BIGINT       NOT NULL,
    result_json   VARCHAR      NOT NULL
);

CREATE INDEX threat_zone_run_incident ON threat_zone_run (incident_id, computed_ms);
