-- WardHub schema, part 6: the division of duties between HQ and the wards (事務分担).

CREATE TABLE duty (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_ja             VARCHAR(200)  NOT NULL,
    title_en             VARCHAR(200)  NOT NULL,
    description          VARCHAR(4000) NOT NULL,
    side                 VARCHAR(20)   NOT NULL,
    reasons              VARCHAR(200)  NOT NULL,
    hq_role              VARCHAR(2000),
    ward_role            VARCHAR(2000),
    contact_section_code VARCHAR(40)   NOT NULL,
    search_text          VARCHAR(4000) NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_duty_section FOREIGN KEY (contact_section_code) REFERENCES section (code)
);
CREATE INDEX ix_duty_side ON duty (side);
