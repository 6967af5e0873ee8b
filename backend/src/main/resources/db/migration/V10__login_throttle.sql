-- Failed sign-ins are counted per account and client address, per account and per address: one row per failure
-- names both. The old rows (one per subject) are only minutes of history and are dropped.
DROP TABLE login_failure;

CREATE TABLE login_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account   VARCHAR(120) NOT NULL,
    address   VARCHAR(100) NOT NULL,
    failed_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_login_failure_account ON login_failure (account, address, failed_at);
CREATE INDEX ix_login_failure_address ON login_failure (address, failed_at);
CREATE INDEX ix_login_failure_failed_at ON login_failure (failed_at);
