-- WardHub schema, part 1: organization registry, sign-in, and the platform tables every feature uses.
-- Portable DDL: runs on MariaDB 10.11, MySQL 8.4 and H2 in MariaDB mode (the embedded dev database).
-- Instants are DATETIME(6) in UTC.

CREATE TABLE ward (
    code        VARCHAR(6)   NOT NULL PRIMARY KEY,
    name_ja     VARCHAR(50)  NOT NULL,
    name_kana   VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE bureau (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ja     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE section (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    bureau_code VARCHAR(40)  NOT NULL,
    name_ja     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT fk_section_bureau FOREIGN KEY (bureau_code) REFERENCES bureau (code)
);

CREATE TABLE office (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type          VARCHAR(30)   NOT NULL,
    ward_code     VARCHAR(6)    NOT NULL,
    name_ja       VARCHAR(200)  NOT NULL,
    name_kana     VARCHAR(200)  NOT NULL,
    name_en       VARCHAR(200)  NOT NULL,
    name_common   VARCHAR(200),
    poi_code      VARCHAR(4)    NOT NULL,
    postal_code   VARCHAR(8),
    address       VARCHAR(300)  NOT NULL,
    building      VARCHAR(200),
    latitude      DECIMAL(9, 6),
    longitude     DECIMAL(9, 6),
    phone         VARCHAR(20),
    extension     VARCHAR(10),
    email         VARCHAR(254),
    url           VARCHAR(500),
    accessibility VARCHAR(2000),
    notes         VARCHAR(2000),
    search_text   VARCHAR(2000) NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_office_ward FOREIGN KEY (ward_code) REFERENCES ward (code)
);
CREATE INDEX ix_office_ward_type ON office (ward_code, type);

CREATE TABLE staff (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(50)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    ward_code     VARCHAR(6),
    bureau_code   VARCHAR(40),
    section_code  VARCHAR(40),
    password_hash VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_ward FOREIGN KEY (ward_code) REFERENCES ward (code),
    CONSTRAINT fk_staff_bureau FOREIGN KEY (bureau_code) REFERENCES bureau (code),
    CONSTRAINT fk_staff_section FOREIGN KEY (section_code) REFERENCES section (code)
);

CREATE TABLE partner_client (
    client_id   VARCHAR(50)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    secret_hash VARCHAR(100) NOT NULL,
    scopes      VARCHAR(500) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE login_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject   VARCHAR(200) NOT NULL,
    failed_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_login_failure_subject ON login_failure (subject, failed_at);

CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    entity       VARCHAR(50)  NOT NULL,
    entity_id    VARCHAR(100) NOT NULL,
    before_state MEDIUMTEXT,
    after_state  MEDIUMTEXT,
    request_id   VARCHAR(64)
);
CREATE INDEX ix_audit_entity ON audit_event (entity, entity_id, occurred_at);

CREATE TABLE idempotency_record (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner        VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    resource_id  VARCHAR(100) NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_idempotency UNIQUE (owner, idem_key)
);
