-- WardHub schema, part 5: HQ–ward coordination. Ward-born policy proposals (区提案) with their evidence, one answer
-- slot per addressed HQ bureau, milestones and a timeline; prior consultations (事前協議) addressed to wards, with
-- each ward's response and HQ's progress reports. Residents' voices are linked by their reference number only, so
-- this part does not depend on the voice tables. Portable DDL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode).

CREATE TABLE proposal (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ward_code          VARCHAR(6)    NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    fiscal_year        INT           NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    background         TEXT          NOT NULL,
    content            TEXT          NOT NULL,
    expected_effect    TEXT          NOT NULL,
    estimated_cost_yen BIGINT,
    status             VARCHAR(20)   NOT NULL,
    progress_percent   INT,
    created_by         VARCHAR(50)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    submitted_at       DATETIME(6),
    updated_at         DATETIME(6)   NOT NULL,
    search_text        VARCHAR(4000) NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_proposal_ward FOREIGN KEY (ward_code) REFERENCES ward (code)
);
CREATE INDEX ix_proposal_ward ON proposal (ward_code, status);
CREATE INDEX ix_proposal_fiscal_year ON proposal (fiscal_year);

-- Evidence: residents' voices by reference number (e.g. V-2026-000123), and figures.
CREATE TABLE proposal_voice (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    voice_ref   VARCHAR(30)  NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT uq_proposal_voice UNIQUE (proposal_id, voice_ref),
    CONSTRAINT fk_proposal_voice_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_proposal_voice_ref ON proposal_voice (voice_ref);

CREATE TABLE proposal_figure (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT         NOT NULL,
    label       VARCHAR(200)   NOT NULL,
    figure      DECIMAL(19, 4) NOT NULL,
    unit        VARCHAR(30),
    sort_order  INT            NOT NULL,
    CONSTRAINT fk_proposal_figure_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_proposal_figure_proposal ON proposal_figure (proposal_id);

-- One row per addressed bureau: state PENDING -> ANSWERED -> APPROVED -> PUBLISHED.
CREATE TABLE proposal_answer (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT        NOT NULL,
    bureau_code  VARCHAR(40)   NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    due_on       DATE          NOT NULL,
    decision     VARCHAR(30),
    reasons      TEXT,
    cost_yen     BIGINT,
    timing       VARCHAR(200),
    answered_by  VARCHAR(50),
    answered_at  DATETIME(6),
    approved_by  VARCHAR(50),
    approved_at  DATETIME(6),
    published_by VARCHAR(50),
    published_at DATETIME(6),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_proposal_answer UNIQUE (proposal_id, bureau_code),
    CONSTRAINT fk_proposal_answer_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_proposal_answer_bureau FOREIGN KEY (bureau_code) REFERENCES bureau (code)
);
CREATE INDEX ix_proposal_answer_bureau ON proposal_answer (bureau_code, state);
CREATE INDEX ix_proposal_answer_due ON proposal_answer (state, due_on);

CREATE TABLE proposal_milestone (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    due_on      DATE         NOT NULL,
    done        BOOLEAN      NOT NULL DEFAULT FALSE,
    bureau_code VARCHAR(40),
    created_by  VARCHAR(50)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_proposal_milestone_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_proposal_milestone_proposal ON proposal_milestone (proposal_id, due_on);

-- The proposal's timeline as its readers see it; the audit trail keeps the full before/after.
CREATE TABLE proposal_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(50)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    bureau_code VARCHAR(40),
    note        VARCHAR(500),
    CONSTRAINT fk_proposal_event_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_proposal_event_proposal ON proposal_event (proposal_id, occurred_at);

-- Prior consultation (事前協議): HQ asks the wards a project touches before running it.
CREATE TABLE consultation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bureau_code VARCHAR(40)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    deadline    DATE         NOT NULL,
    created_by  VARCHAR(50)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_consultation_bureau FOREIGN KEY (bureau_code) REFERENCES bureau (code)
);
CREATE INDEX ix_consultation_bureau ON consultation (bureau_code, deadline);
CREATE INDEX ix_consultation_deadline ON consultation (deadline);

CREATE TABLE consultation_ward (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL,
    ward_code       VARCHAR(6)  NOT NULL,
    CONSTRAINT uq_consultation_ward UNIQUE (consultation_id, ward_code),
    CONSTRAINT fk_consultation_ward_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_ward_ward FOREIGN KEY (ward_code) REFERENCES ward (code)
);
CREATE INDEX ix_consultation_ward_ward ON consultation_ward (ward_code);

-- A ward's answer; a later answer of the same ward replaces it (If-Match on its version).
CREATE TABLE consultation_response (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    ward_code       VARCHAR(6)   NOT NULL,
    stance          VARCHAR(30)  NOT NULL,
    comments        TEXT,
    responded_by    VARCHAR(50)  NOT NULL,
    responded_at    DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_consultation_response UNIQUE (consultation_id, ward_code),
    CONSTRAINT fk_consultation_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_response_ward FOREIGN KEY (ward_code) REFERENCES ward (code)
);

CREATE TABLE consultation_report (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    reported_on     DATE         NOT NULL,
    body            TEXT         NOT NULL,
    author          VARCHAR(50)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_consultation_report_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);
CREATE INDEX ix_consultation_report_consultation ON consultation_report (consultation_id, reported_on);
