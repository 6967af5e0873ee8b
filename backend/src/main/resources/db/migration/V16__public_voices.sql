-- WardHub schema, part 16: residents send voices themselves (区民の声の送信). A voice sent through the public form
-- carries the hash of its access code (the code itself is shown once and mailed, never stored); its photos are kept
-- re-encoded, without the metadata they came with; each public submission is remembered for a day, by client
-- address and text, for the rate limit and the duplicate check. Portable DDL (MariaDB 10.11, MySQL 8.4, H2).

ALTER TABLE voice ADD COLUMN access_code_hash CHAR(64);

CREATE TABLE voice_photo (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    voice_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    media_type  VARCHAR(20)  NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    content     MEDIUMBLOB   NOT NULL,
    CONSTRAINT uq_voice_photo UNIQUE (voice_id, position),
    CONSTRAINT fk_voice_photo_voice FOREIGN KEY (voice_id) REFERENCES voice (id)
);

CREATE TABLE public_voice_submission (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    address      VARCHAR(100) NOT NULL,
    text_hash    CHAR(64)     NOT NULL,
    submitted_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_public_voice_submission_address ON public_voice_submission (address, submitted_at);
CREATE INDEX ix_public_voice_submission_at ON public_voice_submission (submitted_at);
