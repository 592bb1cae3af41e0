-- Vehicle terminals that may speak JT/T 808 to the park (issue 16): each one an identity with its own
-- authentication code, stored only as a SHA-256 hash (the code is 24 random bytes, not a password).
-- A terminal may register (0x0100) only while enrol_until_ms lies in the future; registration issues
-- a new code and closes the window.
CREATE TABLE vehicle_terminal (
    phone          VARCHAR(20)  NOT NULL PRIMARY KEY,
    plate          VARCHAR(16)  NOT NULL UNIQUE,
    carrier        VARCHAR(200) NOT NULL,
    enterprise_ids VARCHAR(400) NOT NULL,
    auth_hash      VARCHAR(64),
    enrol_until_ms BIGINT,
    created_ms     BIGINT       NOT NULL,
    created_by     VARCHAR(100) NOT NULL
);
