-- WardHub schema, part 4: residents' voice (区民の声). A voice, its categories, its workflow history, the per-year
-- counter behind its reference number, and the resident's personal data kept apart (1:1, read only by the staff who
-- handle the voice). Portable DDL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode). Dates (received_on, due_on) are
-- business dates in Asia/Tokyo; instants are DATETIME(6) in UTC.

CREATE TABLE voice_category (
    code        VARCHAR(30)   NOT NULL PRIMARY KEY,
    name_ja     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    group_ja    VARCHAR(100)  NOT NULL,
    description VARCHAR(500)  NOT NULL,
    keywords    VARCHAR(500)  NOT NULL,
    sort_order  INT           NOT NULL
);

CREATE TABLE voice (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference             VARCHAR(20)   NOT NULL,
    channel               VARCHAR(20)   NOT NULL,
    type                  VARCHAR(20)   NOT NULL,
    ward_code             VARCHAR(6),
    school_district       VARCHAR(50),
    content               TEXT          NOT NULL,
    location              VARCHAR(200),
    latitude              DECIMAL(9, 6),
    longitude             DECIMAL(9, 6),
    received_on           DATE          NOT NULL,
    due_on                DATE          NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    assigned_ward_code    VARCHAR(6),
    assigned_section_code VARCHAR(40),
    answer_text           TEXT,
    answered_at           DATETIME(6),
    answered_by           VARCHAR(100),
    publication           VARCHAR(20)   NOT NULL DEFAULT 'UNDECIDED',
    published_text        TEXT,
    not_published_reason  VARCHAR(30),
    search_text           TEXT          NOT NULL,
    created_by            VARCHAR(100)  NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    overdue_notified_at   DATETIME(6),
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_voice_reference UNIQUE (reference),
    CONSTRAINT fk_voice_ward FOREIGN KEY (ward_code) REFERENCES ward (code),
    CONSTRAINT fk_voice_assigned_ward FOREIGN KEY (assigned_ward_code) REFERENCES ward (code),
    CONSTRAINT fk_voice_assigned_section FOREIGN KEY (assigned_section_code) REFERENCES section (code)
);
-- Lists are newest first (received_on DESC, id DESC): this index gives that order without sorting, so a page is read
-- from its start. The other columns make it covering for the statistics (per month, ward, channel, type, status) and
-- for the counts, including ward staff's "my ward or assigned to my ward", which is checked on it row by row.
CREATE INDEX ix_voice_received ON voice (received_on, id, ward_code, assigned_ward_code, channel, type, status);
-- The ward filter, and the foreign keys' lookups.
CREATE INDEX ix_voice_ward ON voice (ward_code, received_on);
CREATE INDEX ix_voice_assigned_ward ON voice (assigned_ward_code, received_on);
CREATE INDEX ix_voice_assigned_section ON voice (assigned_section_code, received_on);
-- The overdue list and the overdue job: open states with a due date before today.
CREATE INDEX ix_voice_status_due ON voice (status, due_on);
-- Partners list only what they created.
CREATE INDEX ix_voice_created_by ON voice (created_by, received_on);

CREATE TABLE voice_category_link (
    voice_id      BIGINT      NOT NULL,
    category_code VARCHAR(30) NOT NULL,
    PRIMARY KEY (voice_id, category_code),
    CONSTRAINT fk_voice_category_voice FOREIGN KEY (voice_id) REFERENCES voice (id),
    CONSTRAINT fk_voice_category_category FOREIGN KEY (category_code) REFERENCES voice_category (code)
);
CREATE INDEX ix_voice_category_link_category ON voice_category_link (category_code, voice_id);

-- One row per workflow step (受付, 振り分け, 割当て, 移ちょう, 回答, 完了, 公表の判断).
CREATE TABLE voice_history (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    voice_id      BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    action        VARCHAR(20)   NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)   NOT NULL,
    from_assignee VARCHAR(60),
    to_assignee   VARCHAR(60),
    note          VARCHAR(2000),
    CONSTRAINT fk_voice_history_voice FOREIGN KEY (voice_id) REFERENCES voice (id)
);
CREATE INDEX ix_voice_history_voice ON voice_history (voice_id, occurred_at);

-- The last reference number handed out per calendar year: locked (SELECT ... FOR UPDATE) by each create.
CREATE TABLE voice_counter (
    counter_year INT NOT NULL PRIMARY KEY,
    last_number  INT NOT NULL
);

-- 個人情報: apart from the voice, 1:1; never part of a voice response, the audit trail or an export.
CREATE TABLE voice_personal_data (
    voice_id           BIGINT        NOT NULL PRIMARY KEY,
    name               VARCHAR(100),
    address            VARCHAR(300),
    phone              VARCHAR(30),
    email              VARCHAR(254),
    consent_to_contact BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_voice_personal_data_voice FOREIGN KEY (voice_id) REFERENCES voice (id)
);

-- The categories (分類). Another city may reword them; the codes are what the API and Open311 service_code use.
INSERT INTO voice_category (code, name_ja, name_en, group_ja, description, keywords, sort_order) VALUES
    ('roads', '道路', 'Roads', 'まちの基盤', '道路・歩道・街灯・側溝・路面の損傷など (roads, pavements, street lights, gutters)', '道路,歩道,街灯,側溝,舗装,穴,street light,pothole', 1),
    ('parks', '公園', 'Parks', 'まちの基盤', '公園・緑地・遊具・樹木の管理 (parks, green spaces, playground equipment, trees)', '公園,遊具,緑地,樹木,草刈り,playground', 2),
    ('waste', 'ごみ', 'Waste', '生活環境', 'ごみ出し・収集・不法投棄・資源物 (waste collection, illegal dumping, recycling)', 'ごみ,ゴミ,収集,不法投棄,分別,資源物,粗大ごみ,garbage', 3),
    ('welfare', '福祉', 'Welfare', '福祉・健康', '高齢者・障がい者・生活支援 (welfare for the elderly and people with disabilities, livelihood support)', '福祉,介護,高齢者,障がい,生活保護,welfare', 4),
    ('childcare', '子育て', 'Childcare', '子育て・教育', '保育・子育て支援・児童 (childcare, support for families, children)', '子育て,保育園,児童,子ども,待機児童,childcare', 5),
    ('safety', '防犯・防災', 'Safety and disaster prevention', 'くらしの安全', '防犯・防災・避難所・災害への備え (crime prevention, disaster prevention, shelters)', '防犯,防災,避難所,災害,地震,大雨,防犯灯,safety', 6),
    ('transport', '交通', 'Transport', 'まちの基盤', '渋滞・バス・市電・駐輪・交通安全 (traffic, buses, trams, bicycle parking, road safety)', '交通,渋滞,バス,市電,駐輪,信号,横断歩道,traffic', 7),
    ('environment', '環境', 'Environment', '生活環境', '騒音・悪臭・空き地・地下水・動物 (noise, odours, vacant lots, groundwater, animals)', '環境,騒音,悪臭,空き地,地下水,野良猫,environment', 8),
    ('counter', '窓口サービス', 'Counter services', '市役所・区役所', '窓口の対応・待ち時間・手続き・証明書 (counter service, waiting times, procedures, certificates)', '窓口,待ち時間,手続き,証明書,職員の対応,counter', 9),
    ('community', 'まちづくり', 'Community development', '地域づくり', '地域活動・自治会・まちづくりセンター・公民館 (community activity, neighbourhood associations, community centres)', 'まちづくり,自治会,町内会,地域活動,公民館,community', 10),
    ('health', '健康', 'Health', '福祉・健康', '健診・予防接種・感染症・食品衛生 (health checks, vaccination, infectious disease, food safety)', '健康,健診,予防接種,感染症,衛生,health', 11),
    ('education', '教育', 'Education', '子育て・教育', '学校・通学路・図書館・生涯学習 (schools, routes to school, libraries, lifelong learning)', '教育,学校,通学路,図書館,生涯学習,education', 12),
    ('other', 'その他', 'Other', 'その他', '上記に当てはまらないもの (anything else)', 'その他,other', 13);
