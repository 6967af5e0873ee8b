-- WardHub schema, part 2: counter services (窓口). Channels beside offices, the procedure catalogue, availability of
-- every procedure at every office or channel, opening hours as regular and override periods, and the shared Q&A.
-- Portable DDL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode). Places are keyed 'office:<id>' or 'channel:<code>'.

ALTER TABLE office ADD COLUMN closed_on_holidays BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE office ADD COLUMN closed_year_end BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE channel (
    code               VARCHAR(40)   NOT NULL PRIMARY KEY,
    kind               VARCHAR(30)   NOT NULL,
    name_ja            VARCHAR(200)  NOT NULL,
    name_kana          VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200)  NOT NULL,
    description        VARCHAR(2000),
    requirements       VARCHAR(1000),
    url                VARCHAR(500),
    closed_on_holidays BOOLEAN       NOT NULL DEFAULT FALSE,
    closed_year_end    BOOLEAN       NOT NULL DEFAULT TRUE,
    sort_order         INT           NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE procedure_category (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ja    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL
);

-- "procedure" is a reserved word in MySQL: the table is service_procedure.
CREATE TABLE service_procedure (
    code               VARCHAR(40)   NOT NULL PRIMARY KEY,
    category_code      VARCHAR(40)   NOT NULL,
    name_ja            VARCHAR(200)  NOT NULL,
    name_kana          VARCHAR(300)  NOT NULL,
    name_en            VARCHAR(200)  NOT NULL,
    keywords           VARCHAR(500),
    description        VARCHAR(4000) NOT NULL,
    what_to_bring      VARCHAR(2000),
    fee_yen            INT,
    fee_note           VARCHAR(500),
    processing_time    VARCHAR(500),
    owner_section_code VARCHAR(40)   NOT NULL,
    legal_basis        VARCHAR(500),
    status             VARCHAR(20)   NOT NULL,
    search_text        VARCHAR(4000) NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_procedure_category FOREIGN KEY (category_code) REFERENCES procedure_category (code),
    CONSTRAINT fk_procedure_section FOREIGN KEY (owner_section_code) REFERENCES section (code)
);
CREATE INDEX ix_procedure_category ON service_procedure (category_code);

-- One row per procedure × place that offers it (a missing row means NONE).
CREATE TABLE availability (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procedure_code VARCHAR(40)   NOT NULL,
    place_key      VARCHAR(60)   NOT NULL,
    office_id      BIGINT,
    channel_code   VARCHAR(40),
    level          VARCHAR(20)   NOT NULL,
    conditions_ja  VARCHAR(1000),
    conditions_en  VARCHAR(1000),
    residents_only BOOLEAN       NOT NULL DEFAULT FALSE,
    fee_yen        INT,
    fee_note       VARCHAR(500),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_availability UNIQUE (procedure_code, place_key),
    CONSTRAINT fk_availability_procedure FOREIGN KEY (procedure_code) REFERENCES service_procedure (code),
    CONSTRAINT fk_availability_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_availability_channel FOREIGN KEY (channel_code) REFERENCES channel (code)
);
CREATE INDEX ix_availability_place ON availability (place_key);

-- Opening hours. owner_key: 'office:<id>', 'channel:<code>' or 'availability:<id>' (a procedure's own, narrower hours).
-- kind REGULAR holds weekly spans over an optional date range; CLOSED, OPEN and SPECIAL_HOURS override it by date.
CREATE TABLE opening_period (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_key VARCHAR(60)  NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    starts_on DATE,
    ends_on   DATE,
    reason_ja VARCHAR(200),
    reason_en VARCHAR(200),
    version   BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_opening_period_owner ON opening_period (owner_key);

-- day_of_week 1 (Monday) .. 7 (Sunday); NULL means every day of the period. closes_at 00:00 means midnight at the
-- end of the day (24:00); a span never crosses midnight.
CREATE TABLE opening_span (
    id          BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id   BIGINT  NOT NULL,
    day_of_week INT,
    opens_at    TIME    NOT NULL,
    closes_at   TIME    NOT NULL,
    CONSTRAINT fk_opening_span_period FOREIGN KEY (period_id) REFERENCES opening_period (id) ON DELETE CASCADE
);

-- The shared Q&A and manual (Q&A・マニュアル): an entry with its revisions; the owning section approves.
CREATE TABLE faq (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procedure_code     VARCHAR(40),
    audience           VARCHAR(20)   NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    owner_section_code VARCHAR(40)   NOT NULL,
    published_revision INT,
    search_text        VARCHAR(4000) NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_faq_procedure FOREIGN KEY (procedure_code) REFERENCES service_procedure (code),
    CONSTRAINT fk_faq_section FOREIGN KEY (owner_section_code) REFERENCES section (code)
);

CREATE TABLE faq_revision (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    faq_id      BIGINT        NOT NULL,
    revision    INT           NOT NULL,
    question_ja VARCHAR(1000) NOT NULL,
    answer_ja   TEXT          NOT NULL,
    question_en VARCHAR(1000),
    answer_en   TEXT,
    author      VARCHAR(50)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    approved_by VARCHAR(50),
    approved_at DATETIME(6),
    CONSTRAINT uq_faq_revision UNIQUE (faq_id, revision),
    CONSTRAINT fk_faq_revision_faq FOREIGN KEY (faq_id) REFERENCES faq (id)
);
