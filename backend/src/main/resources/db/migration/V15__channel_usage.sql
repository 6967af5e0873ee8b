-- WardHub schema, part 15: certificates issued per month, procedure and place (チャネル別発行件数), imported from
-- the city's systems. The place is an office's counter, a ward's counters when the office is not known, or a channel
-- (convenience store, online, mail, kiosk) with the resident's ward when the export gives it.
CREATE TABLE channel_usage (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    usage_month    CHAR(7)      NOT NULL,
    procedure_code VARCHAR(40)  NOT NULL,
    channel        VARCHAR(30)  NOT NULL,
    office_id      BIGINT,
    ward_code      VARCHAR(6),
    -- office:<id> | ward:<code> | <channel>:<ward code or "city">: one figure per month, place and procedure
    place_key      VARCHAR(60)  NOT NULL,
    issued         BIGINT       NOT NULL,
    imported_at    DATETIME(6)  NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    CONSTRAINT uq_channel_usage UNIQUE (usage_month, place_key, procedure_code),
    CONSTRAINT fk_channel_usage_procedure FOREIGN KEY (procedure_code) REFERENCES service_procedure (code),
    CONSTRAINT fk_channel_usage_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_channel_usage_ward FOREIGN KEY (ward_code) REFERENCES ward (code)
);
CREATE INDEX ix_channel_usage_ward_month ON channel_usage (ward_code, usage_month);
