-- WardHub schema, part 3: in-app notifications for staff (通知). One row per recipient.

CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(50)   NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    title_ja   VARCHAR(300)  NOT NULL,
    title_en   VARCHAR(300)  NOT NULL,
    link       VARCHAR(300),
    dedupe_key VARCHAR(200),
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6),
    CONSTRAINT uq_notification_dedupe UNIQUE (recipient, dedupe_key)
);
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at, created_at);
