-- WardHub schema, part 8: community projects (地域のまちづくり事業) and dialogue meetings (対話集会). A project belongs
-- to a ward, is led by community groups, is looked after by the ward's liaison staff (地域担当職員) and based at a
-- community centre or hall of the office registry; it keeps milestones, an activity log and links to grant
-- applications and residents' voices. A dialogue meeting's opinions are residents' voices (channel DIALOGUE_MEETING)
-- that point back to it. Portable DDL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode).

CREATE TABLE community_project (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ward_code        VARCHAR(6)    NOT NULL,
    school_district  VARCHAR(50),
    title            VARCHAR(200)  NOT NULL,
    summary          TEXT          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    -- where a paused project returns to when it resumes
    paused_from      VARCHAR(20),
    visibility       VARCHAR(10)   NOT NULL,
    base_office_id   BIGINT,
    search_text      VARCHAR(4000) NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_project_ward FOREIGN KEY (ward_code) REFERENCES ward (code),
    CONSTRAINT fk_community_project_office FOREIGN KEY (base_office_id) REFERENCES office (id)
);
-- The board (per ward, by status) and the public page (public projects, per ward).
CREATE INDEX ix_community_project_ward ON community_project (ward_code, status, id);
CREATE INDEX ix_community_project_visibility ON community_project (visibility, ward_code, id);

CREATE TABLE community_project_group (
    project_id BIGINT NOT NULL,
    group_id   BIGINT NOT NULL,
    PRIMARY KEY (project_id, group_id),
    CONSTRAINT fk_community_project_group_project FOREIGN KEY (project_id) REFERENCES community_project (id),
    CONSTRAINT fk_community_project_group_group FOREIGN KEY (group_id) REFERENCES community_group (id)
);
CREATE INDEX ix_community_project_group_group ON community_project_group (group_id);

-- The liaison staff assigned: their "my areas" page reads this by username.
CREATE TABLE community_project_liaison (
    project_id BIGINT      NOT NULL,
    username   VARCHAR(50) NOT NULL,
    PRIMARY KEY (project_id, username),
    CONSTRAINT fk_community_project_liaison_project FOREIGN KEY (project_id) REFERENCES community_project (id)
);
CREATE INDEX ix_community_project_liaison_username ON community_project_liaison (username);

CREATE TABLE community_project_application (
    project_id     BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, application_id),
    CONSTRAINT fk_community_project_application_project FOREIGN KEY (project_id) REFERENCES community_project (id),
    CONSTRAINT fk_community_project_application_application FOREIGN KEY (application_id) REFERENCES support_application (id)
);

CREATE TABLE community_project_voice (
    project_id BIGINT NOT NULL,
    voice_id   BIGINT NOT NULL,
    PRIMARY KEY (project_id, voice_id),
    CONSTRAINT fk_community_project_voice_project FOREIGN KEY (project_id) REFERENCES community_project (id),
    CONSTRAINT fk_community_project_voice_voice FOREIGN KEY (voice_id) REFERENCES voice (id)
);

CREATE TABLE community_project_milestone (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    due_on     DATE         NOT NULL,
    done       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_project_milestone_project FOREIGN KEY (project_id) REFERENCES community_project (id)
);
CREATE INDEX ix_community_project_milestone_project ON community_project_milestone (project_id, due_on);

-- The activity log: what was done on a day and how many took part.
CREATE TABLE community_project_activity (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id   BIGINT        NOT NULL,
    held_on      DATE          NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    participants INT           NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_community_project_activity_project FOREIGN KEY (project_id) REFERENCES community_project (id)
);
CREATE INDEX ix_community_project_activity_project ON community_project_activity (project_id, held_on);

CREATE TABLE dialogue_meeting (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ward_code    VARCHAR(6)    NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    held_on      DATE          NOT NULL,
    place        VARCHAR(200)  NOT NULL,
    office_id    BIGINT,
    participants INT           NOT NULL,
    minutes      TEXT,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_dialogue_meeting_ward FOREIGN KEY (ward_code) REFERENCES ward (code),
    CONSTRAINT fk_dialogue_meeting_office FOREIGN KEY (office_id) REFERENCES office (id)
);
CREATE INDEX ix_dialogue_meeting_ward ON dialogue_meeting (ward_code, held_on);

ALTER TABLE voice ADD COLUMN dialogue_meeting_id BIGINT;
ALTER TABLE voice ADD CONSTRAINT fk_voice_dialogue_meeting FOREIGN KEY (dialogue_meeting_id) REFERENCES dialogue_meeting (id);
CREATE INDEX ix_voice_dialogue_meeting ON voice (dialogue_meeting_id);
