-- WardHub schema, part 7: community development (まちづくり). Community groups (地域活動団体) with their activity areas
-- and officers, the group's contact kept apart (personal data: 1:1, read only by the group's ward staff and audited),
-- support programmes (支援制度) of a ward or of the whole city, and the groups' applications (申請) with their workflow
-- history. Money is in whole yen (BIGINT); a subsidy rate is an exact fraction (numerator/denominator). Portable DDL
-- (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode).

CREATE TABLE community_group (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type            VARCHAR(30)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    name_kana       VARCHAR(200)  NOT NULL,
    ward_code       VARCHAR(6)    NOT NULL,
    school_district VARCHAR(50),
    search_text     VARCHAR(1000) NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_group_ward FOREIGN KEY (ward_code) REFERENCES ward (code)
);
-- Lists are per ward in reading order; the other filters (type, school district) narrow a ward or the whole city.
CREATE INDEX ix_community_group_ward ON community_group (ward_code, name_kana, id);
CREATE INDEX ix_community_group_type ON community_group (type, ward_code);
CREATE INDEX ix_community_group_district ON community_group (school_district);

CREATE TABLE community_group_area (
    group_id   BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    area       VARCHAR(100) NOT NULL,
    PRIMARY KEY (group_id, sort_order),
    CONSTRAINT fk_community_group_area_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);

-- Office holders (会長, 会計...) with their terms; the group's contact details are not here.
CREATE TABLE community_group_officer (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id   BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    role       VARCHAR(30)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    term_from  DATE         NOT NULL,
    term_to    DATE,
    CONSTRAINT fk_community_group_officer_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);
CREATE INDEX ix_community_group_officer_group ON community_group_officer (group_id, sort_order);

-- 個人情報: the representative's contact, apart from the group, 1:1; never in a group response, the audit trail or an
-- export.
CREATE TABLE community_group_contact (
    group_id            BIGINT       NOT NULL PRIMARY KEY,
    representative_name VARCHAR(100),
    address             VARCHAR(300),
    phone               VARCHAR(30),
    email               VARCHAR(254),
    CONSTRAINT fk_community_group_contact_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);

-- A programme of one ward (ward_code) or of the whole city (ward_code NULL). committed_yen is the budget taken by
-- grants (the granted amount, or the final amount once settled); it changes only while the row is locked
-- (SELECT ... FOR UPDATE), so concurrent grants never take more than the budget.
CREATE TABLE support_program (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ward_code            VARCHAR(6),
    fiscal_year          INT           NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    description          TEXT          NOT NULL,
    eligibility          TEXT          NOT NULL,
    total_budget_yen     BIGINT        NOT NULL,
    maximum_yen          BIGINT        NOT NULL,
    minimum_yen          BIGINT        NOT NULL,
    rate_numerator       INT           NOT NULL,
    rate_denominator     INT           NOT NULL,
    application_from     DATE          NOT NULL,
    application_to       DATE          NOT NULL,
    committed_yen        BIGINT        NOT NULL DEFAULT 0,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_support_program_ward FOREIGN KEY (ward_code) REFERENCES ward (code),
    CONSTRAINT ck_support_program_budget CHECK (committed_yen >= 0 AND committed_yen <= total_budget_yen)
);
CREATE INDEX ix_support_program_ward ON support_program (ward_code, fiscal_year);
CREATE INDEX ix_support_program_fiscal_year ON support_program (fiscal_year);

CREATE TABLE support_application (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id           BIGINT        NOT NULL,
    group_id             BIGINT        NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    planned_activity     TEXT          NOT NULL,
    activity_from        DATE          NOT NULL,
    activity_to          DATE          NOT NULL,
    eligible_cost_yen    BIGINT        NOT NULL,
    requested_yen        BIGINT        NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    granted_yen          BIGINT,
    decline_reason       VARCHAR(2000),
    activity_report      TEXT,
    actual_cost_yen      BIGINT,
    final_yen            BIGINT,
    submitted_on         DATE,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_support_application_program FOREIGN KEY (program_id) REFERENCES support_program (id),
    CONSTRAINT fk_support_application_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);
CREATE INDEX ix_support_application_program ON support_application (program_id, status);
CREATE INDEX ix_support_application_group ON support_application (group_id);

-- One row per workflow step (作成, 提出, 審査開始, 交付決定, 不交付, 実績報告, 精算).
CREATE TABLE support_application_history (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(20)   NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)   NOT NULL,
    amount_yen     BIGINT,
    note           VARCHAR(2000),
    CONSTRAINT fk_support_application_history_application FOREIGN KEY (application_id) REFERENCES support_application (id)
);
CREATE INDEX ix_support_application_history_application ON support_application_history (application_id, occurred_at);
