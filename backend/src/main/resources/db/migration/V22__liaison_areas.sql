-- WardHub schema, part 22: the areas of a ward that liaison staff (地域担当職員) look after, and who looks after which
-- since when. An area is a school district (校区) or the area of a community centre or hall (まちづくりセンター・公民館) of
-- the office registry; a school district may belong to a centre's area. Groups, projects, dialogue meetings and
-- residents' voices name their school district as text: an area's name is what they are matched on. Assignments are
-- never deleted once they took effect: ending one sets its last day, so the history stays. Portable DDL (MariaDB 10.11,
-- MySQL 8.4, H2 in MariaDB mode).

CREATE TABLE community_area (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ward_code  VARCHAR(6)   NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    name       VARCHAR(50)  NOT NULL,
    name_kana  VARCHAR(100) NOT NULL,
    -- the centre or hall whose area this is (COMMUNITY_CENTER only)
    office_id  BIGINT,
    -- the centre's area a school district belongs to (SCHOOL_DISTRICT only)
    centre_id  BIGINT,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_community_area_name UNIQUE (ward_code, name),
    CONSTRAINT fk_community_area_ward FOREIGN KEY (ward_code) REFERENCES ward (code),
    CONSTRAINT fk_community_area_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_community_area_centre FOREIGN KEY (centre_id) REFERENCES community_area (id)
);
CREATE INDEX ix_community_area_ward ON community_area (ward_code, kind, name_kana);
CREATE INDEX ix_community_area_centre ON community_area (centre_id);

-- One row per period a liaison officer looks after an area: assigned_from is the first day, assigned_to the last
-- (NULL while it lasts). Business dates (Asia/Tokyo).
CREATE TABLE community_area_liaison (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    area_id       BIGINT       NOT NULL,
    username      VARCHAR(50)  NOT NULL,
    assigned_from DATE         NOT NULL,
    assigned_to   DATE,
    assigned_by   VARCHAR(100) NOT NULL,
    assigned_at   DATETIME(6)  NOT NULL,
    ended_by      VARCHAR(100),
    ended_at      DATETIME(6),
    CONSTRAINT fk_community_area_liaison_area FOREIGN KEY (area_id) REFERENCES community_area (id)
);
-- "My areas" reads by username; an area's page reads its history.
CREATE INDEX ix_community_area_liaison_user ON community_area_liaison (username, assigned_to);
CREATE INDEX ix_community_area_liaison_area ON community_area_liaison (area_id, assigned_from);

-- A dialogue meeting may be held for one school district, like groups and projects.
ALTER TABLE dialogue_meeting ADD COLUMN school_district VARCHAR(50);
CREATE INDEX ix_dialogue_meeting_district ON dialogue_meeting (ward_code, school_district, held_on);
CREATE INDEX ix_community_project_district ON community_project (ward_code, school_district);
-- An area's newest voices, read in order.
CREATE INDEX ix_voice_school_district ON voice (ward_code, school_district, received_on, id);
