-- Issue 18: a password that was generated (the first administrator's) or set by an administrator (new user, reset)
-- must be replaced by its user at the first login; until then the session may only change the password.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
