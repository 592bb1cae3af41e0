-- Enterprise registry (一企一档, issue 4 item 2): enterprises and installations as imported from CSV, and the
-- records added over the API (licences, duty contacts, risk colour history, blacklist entries). Common SQL for H2 and
-- PostgreSQL. Dates are calendar days (DATE); ids of child records are assigned by the application.
CREATE TABLE registry_enterprise (
    id          VARCHAR(64)  PRIMARY KEY,
    name_zh     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL DEFAULT '',
    credit_code VARCHAR(18)  NOT NULL,
    address     VARCHAR(400) NOT NULL,
    activities  VARCHAR(200) NOT NULL
);

CREATE TABLE registry_installation (
    id                   VARCHAR(64)  PRIMARY KEY,
    enterprise_id        VARCHAR(64)  NOT NULL,
    unit_id              VARCHAR(128) NOT NULL,
    kind                 VARCHAR(64)  NOT NULL,
    chemical_cas         VARCHAR(16)  NOT NULL,
    capacity_m3          DOUBLE PRECISION NOT NULL,
    design_pressure_kpa  DOUBLE PRECISION,
    design_temperature_c DOUBLE PRECISION,
    has_sis              BOOLEAN      NOT NULL
);

CREATE TABLE registry_licence (
    id            VARCHAR(40)  PRIMARY KEY,
    enterprise_id VARCHAR(64)  NOT NULL,
    kind          VARCHAR(100) NOT NULL,
    number        VARCHAR(100) NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_until   DATE         NOT NULL
);
CREATE INDEX registry_licence_enterprise ON registry_licence (enterprise_id);

CREATE TABLE registry_contact (
    id            VARCHAR(40)  PRIMARY KEY,
    enterprise_id VARCHAR(64)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    role          VARCHAR(100) NOT NULL DEFAULT '',
    phone         VARCHAR(32)  NOT NULL
);
CREATE INDEX registry_contact_enterprise ON registry_contact (enterprise_id);

CREATE TABLE registry_risk_colour (
    id            VARCHAR(40)  PRIMARY KEY,
    enterprise_id VARCHAR(64)  NOT NULL,
    colour        VARCHAR(16)  NOT NULL,
    since         DATE         NOT NULL,
    reason        VARCHAR(1000) NOT NULL
);
CREATE INDEX registry_risk_colour_enterprise ON registry_risk_colour (enterprise_id);

CREATE TABLE registry_blacklist (
    id             VARCHAR(40)  PRIMARY KEY,
    enterprise_id  VARCHAR(64)  NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    listed_on      DATE         NOT NULL,
    removed_on     DATE,
    removal_reason VARCHAR(1000)
);
CREATE INDEX registry_blacklist_enterprise ON registry_blacklist (enterprise_id);
