-- WardHub schema, part 13: the counter floor of an office (窓口フロア): its windows, the lanes visitors queue in,
-- numbered tickets, and the events boards and phones follow.

-- 窓口: a numbered counter window on a floor. open = staffed now (shown on the boards).
CREATE TABLE counter_window (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    office_id BIGINT       NOT NULL,
    number    INT          NOT NULL,
    floor     INT          NOT NULL,
    name_ja   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    open      BOOLEAN      NOT NULL DEFAULT TRUE,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_counter_window UNIQUE (office_id, number),
    CONSTRAINT fk_counter_window_office FOREIGN KEY (office_id) REFERENCES office (id)
);

-- 受付区分: what visitors queue for, with the letter their tickets carry.
CREATE TABLE queue_lane (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    office_id      BIGINT        NOT NULL,
    letter         VARCHAR(1)    NOT NULL,
    name_ja        VARCHAR(100)  NOT NULL,
    name_en        VARCHAR(100)  NOT NULL,
    description_ja VARCHAR(500)  NOT NULL,
    description_en VARCHAR(500)  NOT NULL,
    sort_order     INT           NOT NULL,
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_queue_lane UNIQUE (office_id, letter),
    CONSTRAINT fk_queue_lane_office FOREIGN KEY (office_id) REFERENCES office (id)
);

CREATE TABLE queue_lane_procedure (
    lane_id        BIGINT      NOT NULL,
    procedure_code VARCHAR(60) NOT NULL,
    PRIMARY KEY (lane_id, procedure_code),
    CONSTRAINT fk_lane_procedure_lane FOREIGN KEY (lane_id) REFERENCES queue_lane (id),
    CONSTRAINT fk_lane_procedure_procedure FOREIGN KEY (procedure_code) REFERENCES service_procedure (code)
);

CREATE TABLE queue_lane_window (
    lane_id   BIGINT NOT NULL,
    window_id BIGINT NOT NULL,
    PRIMARY KEY (lane_id, window_id),
    CONSTRAINT fk_lane_window_lane FOREIGN KEY (lane_id) REFERENCES queue_lane (id),
    CONSTRAINT fk_lane_window_window FOREIGN KEY (window_id) REFERENCES counter_window (id)
);

-- The last number handed out per lane and business day (Asia/Tokyo): locked by each issue, so numbers are gapless.
CREATE TABLE ticket_sequence (
    lane_id       BIGINT NOT NULL,
    business_date DATE   NOT NULL,
    last_number   INT    NOT NULL,
    PRIMARY KEY (lane_id, business_date),
    CONSTRAINT fk_ticket_sequence_lane FOREIGN KEY (lane_id) REFERENCES queue_lane (id)
);

-- 整理券: one visit's place in a lane. No personal data. A transfer ends the ticket (TRANSFERRED) and opens a copy in
-- the other lane with the same number, the same arrival time and hop + 1.
CREATE TABLE ticket (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    office_id        BIGINT       NOT NULL,
    lane_id          BIGINT       NOT NULL,
    issued_lane_id   BIGINT       NOT NULL,
    business_date    DATE         NOT NULL,
    number           INT          NOT NULL,
    hop              INT          NOT NULL DEFAULT 0,
    label            VARCHAR(10)  NOT NULL,
    priority         VARCHAR(20),
    state            VARCHAR(12)  NOT NULL,
    issued_via       VARCHAR(10)  NOT NULL,
    issued_by        VARCHAR(100) NOT NULL,
    arrived_at       DATETIME(6)  NOT NULL,
    queued_at        DATETIME(6)  NOT NULL,
    called_at        DATETIME(6),
    started_at       DATETIME(6),
    ended_at         DATETIME(6),
    window_id        BIGINT,
    call_count       INT          NOT NULL DEFAULT 0,
    served_by        VARCHAR(100),
    transferred_from BIGINT,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_ticket_number UNIQUE (issued_lane_id, business_date, number, hop),
    CONSTRAINT fk_ticket_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_ticket_lane FOREIGN KEY (lane_id) REFERENCES queue_lane (id),
    CONSTRAINT fk_ticket_issued_lane FOREIGN KEY (issued_lane_id) REFERENCES queue_lane (id),
    CONSTRAINT fk_ticket_window FOREIGN KEY (window_id) REFERENCES counter_window (id),
    CONSTRAINT fk_ticket_transferred_from FOREIGN KEY (transferred_from) REFERENCES ticket (id)
);
CREATE INDEX ix_ticket_lane_waiting ON ticket (lane_id, state, business_date);
CREATE INDEX ix_ticket_office_day ON ticket (office_id, business_date);
CREATE INDEX ix_ticket_window ON ticket (window_id, state);

-- What was done for a finished ticket: the statistics count these.
CREATE TABLE ticket_procedure (
    ticket_id      BIGINT      NOT NULL,
    procedure_code VARCHAR(60) NOT NULL,
    PRIMARY KEY (ticket_id, procedure_code),
    CONSTRAINT fk_ticket_procedure_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_procedure_procedure FOREIGN KEY (procedure_code) REFERENCES service_procedure (code)
);

-- Each change on a floor, in order: its id is the Server-Sent Events id, so a board that reconnects (Last-Event-ID)
-- to any instance is sent what it missed.
CREATE TABLE queue_event (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    office_id     BIGINT      NOT NULL,
    occurred_at   DATETIME(6) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    ticket_id     BIGINT,
    label         VARCHAR(10),
    lane_id       BIGINT,
    window_number INT,
    CONSTRAINT fk_queue_event_office FOREIGN KEY (office_id) REFERENCES office (id)
);
CREATE INDEX ix_queue_event_office ON queue_event (office_id, id);

-- A device client (kiosk) is bound to the one office whose tickets it issues.
ALTER TABLE partner_client ADD COLUMN office_id BIGINT;
ALTER TABLE partner_client ADD CONSTRAINT fk_partner_client_office FOREIGN KEY (office_id) REFERENCES office (id);
