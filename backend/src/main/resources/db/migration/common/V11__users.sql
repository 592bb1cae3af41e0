-- Users of the platform (issue 7). role: admin | operator | regulator | enterprise; enterprise_id only for enterprise
-- users (an enterprise of the park catalogue). password_hash carries its own PBKDF2 parameters (PasswordHasher), so
-- the iteration count can be raised later. failed_count: failed logins since the last good one; locked_until_ms: 0 =
-- not locked. Times epoch ms (UTC).
CREATE TABLE app_user (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    role            VARCHAR(16)  NOT NULL,
    enterprise_id   VARCHAR(32),
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    failed_count    INTEGER      NOT NULL,
    locked_until_ms BIGINT       NOT NULL,
    created_ms      BIGINT       NOT NULL,
    changed_ms      BIGINT       NOT NULL
);
