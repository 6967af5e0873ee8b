-- A staff account's token version: every change to its role, ward, bureau, section, active flag or password
-- increments it, and a token carrying an older version is refused from the next request on (tokens otherwise
-- stay valid until they expire). password_change_required forces a new password at the next sign-in (the first
-- administrator created at start from the bootstrap variables).
ALTER TABLE staff ADD COLUMN token_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
