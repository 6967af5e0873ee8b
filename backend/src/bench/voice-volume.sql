-- Benchmark volume for residents' voices: @voices voices (250,000 unless set before) received at 50,000 a year before
-- today (250,000: five years, about 137 a day; 1,000,000: twenty years, a designated city's), in every ward, channel, type and category, with their categories (1.2 per voice), history (RECEIVE, and
-- ANSWER/CLOSE where done), a third of the closed ones published (with what residents may search), personal data for one in ten, about 1% still open past their due date, and one in ten
-- sent by the partner client 'city-web'. Run once on a freshly migrated database (MariaDB 10.11 or MySQL 8.4:
-- WITH RECURSIVE; the recursion is 10 deep, so MySQL's cte_max_recursion_depth needs no change).
-- Benchmark references are 'B-<year>-<7 digits>', apart from the real 'V-<year>-<6 digits>' and their counter.
-- Takes about a minute on the 2-core development machine at 250,000. One voice in 100,000 mentions a manhole
-- (マンホール): the rare word of the text search benchmark.
SET @voices = COALESCE(@voices, 250000);
SET @days = ROUND(@voices / 50000 * 365.2);

INSERT INTO voice (reference, channel, type, ward_code, school_district, content, location, received_on, due_on, status,
                   assigned_ward_code, assigned_section_code, answer_text, answered_at, answered_by, publication,
                   published_text, published_answer, published_at, not_published_reason, search_text,
                   public_search_text, created_by, created_at, updated_at)
WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 9),
n AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 10000 * f.x + 100000 * g.x AS i
      FROM d a CROSS JOIN d b CROSS JOIN d c CROSS JOIN d e CROSS JOIN d f CROSS JOIN d g),
v AS (SELECT i,
             @days - 1 - FLOOR(i * @days / @voices) AS days_ago,
             ELT(1 + MOD(i, 6), 'COUNTER', 'PHONE', 'LETTER', 'EMAIL', 'WEB_FORM', 'DIALOGUE_MEETING') AS channel,
             ELT(1 + MOD(i * 7, 5), 'COMPLAINT', 'REQUEST', 'PROPOSAL', 'CONSULTATION', 'ENQUIRY') AS type,
             ELT(1 + MOD(i * 3 + FLOOR(i / 7), 5), '431010', '431028', '431036', '431044', '431052') AS ward_code,
             ELT(1 + MOD(i, 4), 'road-maintenance', 'waste-management', 'ward-administration', 'urban-policy') AS section_code
      FROM n WHERE i < @voices),
s AS (SELECT v.*,
             TIMESTAMPADD(DAY, -days_ago, CURRENT_DATE) AS received_on,
             CASE WHEN days_ago < 14 THEN ELT(1 + MOD(i, 4), 'RECEIVED', 'TRIAGED', 'ASSIGNED', 'ANSWERED')
                  WHEN MOD(i, 97) = 0 THEN 'ASSIGNED'
                  WHEN MOD(i, 5) = 0 THEN 'ANSWERED'
                  ELSE 'CLOSED' END AS status
      FROM v)
SELECT CONCAT('B-', YEAR(received_on), '-', LPAD(i, 7, '0')), channel, type, ward_code,
       CONCAT('ベンチ', MOD(i, 60), '校区'),
       CONCAT('ベンチマーク用の声 ', i, '。', ELT(1 + MOD(i, 5), '通学路の街灯が切れています。', '歩道に段差があって危ないです。',
              'ごみステーションが荒らされています。', '公園の遊具を点検してください。', '窓口の待ち時間が長いです。'),
              CASE WHEN MOD(i, 100000) = 7 THEN 'マンホールの蓋がずれています。' ELSE '' END),
       CASE WHEN MOD(i, 3) = 0 THEN CONCAT('ベンチ町', MOD(i, 200)) END,
       received_on, TIMESTAMPADD(DAY, 14, received_on), status,
       CASE WHEN status IN ('ASSIGNED', 'ANSWERED', 'CLOSED') AND MOD(i, 2) = 0 THEN ward_code END,
       CASE WHEN status IN ('ASSIGNED', 'ANSWERED', 'CLOSED') AND MOD(i, 2) = 1 THEN section_code END,
       CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN 'ベンチマーク用の回答です。' END,
       CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN TIMESTAMPADD(HOUR, 24 * 9 + 10, received_on) END,
       CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN 'bench' END,
       CASE WHEN status = 'CLOSED' AND MOD(i, 3) = 0 THEN 'PUBLISHED'
            WHEN status = 'CLOSED' AND MOD(i, 3) = 1 THEN 'NOT_PUBLISHED' ELSE 'UNDECIDED' END,
       CASE WHEN status = 'CLOSED' AND MOD(i, 3) = 0 THEN 'ベンチマーク用の公表文です。' END,
       CASE WHEN status = 'CLOSED' AND MOD(i, 3) = 0 THEN 'ベンチマーク用の回答です。' END,
       CASE WHEN status = 'CLOSED' AND MOD(i, 3) = 0 THEN TIMESTAMPADD(HOUR, 24 * 10 + 10, received_on) END,
       CASE WHEN status = 'CLOSED' AND MOD(i, 3) = 1 THEN 'PERSONAL_INFORMATION' END,
       -- SearchText.of(reference, district, location, text, answer): NFKC, lower case, katakana as hiragana, no spaces
       CONCAT('b-', YEAR(received_on), '-', LPAD(i, 7, '0'), '|べんち', MOD(i, 60), '校区|',
              CASE WHEN MOD(i, 3) = 0 THEN CONCAT('べんち町', MOD(i, 200), '|') ELSE '' END,
              'べんちまーく用の声', i, '。', ELT(1 + MOD(i, 5), '通学路の街灯が切れています。', '歩道に段差があって危ないです。',
              'ごみすてーしょんが荒らされています。', '公園の遊具を点検してください。', '窓口の待ち時間が長いです。'),
              CASE WHEN MOD(i, 100000) = 7 THEN 'まんほーるの蓋がずれています。' ELSE '' END, '|',
              CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN 'べんちまーく用の回答です。|' ELSE '' END),
       -- VoiceService.publicSearchText: SearchText.of(reference, published text, published answer)
       CASE WHEN status = 'CLOSED' AND MOD(i, 3) = 0
            THEN CONCAT('b-', YEAR(received_on), '-', LPAD(i, 7, '0'), '|べんちまーく用の公表文です。|べんちまーく用の回答です。|') END,
       CASE WHEN MOD(i, 10) = 0 THEN 'city-web' ELSE 'bench' END,
       TIMESTAMPADD(MINUTE, 540 + MOD(i, 480), received_on),
       TIMESTAMPADD(MINUTE, 540 + MOD(i, 480), received_on)
FROM s
ORDER BY i;

-- one category each, and a second one for one voice in five
INSERT INTO voice_category_link (voice_id, category_code)
SELECT id, ELT(1 + MOD(id, 13), 'roads', 'parks', 'waste', 'welfare', 'childcare', 'safety', 'transport', 'environment',
               'counter', 'community', 'health', 'education', 'other')
FROM voice WHERE reference LIKE 'B-%';
INSERT INTO voice_category_link (voice_id, category_code)
SELECT id, ELT(1 + MOD(id + 1 + MOD(id, 3), 13), 'roads', 'parks', 'waste', 'welfare', 'childcare', 'safety', 'transport',
               'environment', 'counter', 'community', 'health', 'education', 'other')
FROM voice WHERE reference LIKE 'B-%' AND MOD(id, 5) = 0;

INSERT INTO voice_history (voice_id, occurred_at, actor, action, from_status, to_status)
SELECT id, created_at, created_by, 'RECEIVE', NULL, 'RECEIVED' FROM voice WHERE reference LIKE 'B-%';
INSERT INTO voice_history (voice_id, occurred_at, actor, action, from_status, to_status, to_assignee)
SELECT id, TIMESTAMPADD(HOUR, 26, created_at), 'bench', 'ASSIGN', 'TRIAGED', 'ASSIGNED',
       CASE WHEN assigned_ward_code IS NOT NULL THEN CONCAT('ward:', assigned_ward_code) ELSE CONCAT('section:', assigned_section_code) END
FROM voice WHERE reference LIKE 'B-%' AND status IN ('ASSIGNED', 'ANSWERED', 'CLOSED');
INSERT INTO voice_history (voice_id, occurred_at, actor, action, from_status, to_status)
SELECT id, answered_at, 'bench', 'ANSWER', 'ASSIGNED', 'ANSWERED' FROM voice WHERE reference LIKE 'B-%' AND answered_at IS NOT NULL;

INSERT INTO voice_personal_data (voice_id, name, phone, email, consent_to_contact)
SELECT id, CONCAT('ベンチ 太郎', MOD(id, 1000)), '096-000-0000', CONCAT('bench', id, '@example.jp'), MOD(id, 2) = 0
FROM voice WHERE reference LIKE 'B-%' AND MOD(id, 10) = 0;

-- The search documents (SearchTerms): each two neighbouring characters behind the kind's letter. Pairs with a
-- character InnoDB's full-text parser splits on ('|', '。', '-') fall apart into pieces too short to be indexed, as the
-- app never makes them. MariaDB's back-reference syntax (MySQL's REGEXP_REPLACE writes '$1' for '\\1'). The index
-- is dropped while the documents are written and built once after: much faster than growing it document by document.
ALTER TABLE search_document DROP INDEX ft_search_document;
INSERT INTO search_document (kind, owner_id, grams)
SELECT 'VOICE', id, CONCAT('v', LEFT(search_text, 1), REGEXP_REPLACE(SUBSTRING(search_text, 2), '(.)', '\\1 v\\1'))
FROM voice WHERE reference LIKE 'B-%';
INSERT INTO search_document (kind, owner_id, grams)
SELECT 'VOICE_PUBLIC', id,
       CONCAT('r', LEFT(public_search_text, 1), REGEXP_REPLACE(SUBSTRING(public_search_text, 2), '(.)', '\\1 r\\1'))
FROM voice WHERE reference LIKE 'B-%' AND public_search_text IS NOT NULL;
ALTER TABLE search_document ADD FULLTEXT INDEX ft_search_document (grams);

-- The voices' counts (VoiceCounts), as migration V29 builds them from the voices there are: the app keeps them on
-- every write it makes, and this script writes around it.
DELETE FROM voice_count;
INSERT INTO voice_count (received_month, ward_code, assigned_ward_code, channel, type, status, voices)
SELECT YEAR(received_on) * 100 + MONTH(received_on), COALESCE(ward_code, ''), COALESCE(assigned_ward_code, ''),
       channel, type, status, COUNT(*)
FROM voice GROUP BY 1, 2, 3, 4, 5, 6;
DELETE FROM voice_category_count;
INSERT INTO voice_category_count (category_code, received_month, ward_code, assigned_ward_code, voices)
SELECT l.category_code, YEAR(v.received_on) * 100 + MONTH(v.received_on), COALESCE(v.ward_code, ''),
       COALESCE(v.assigned_ward_code, ''), COUNT(*)
FROM voice v JOIN voice_category_link l ON l.voice_id = v.id GROUP BY 1, 2, 3, 4;

ANALYZE TABLE voice, voice_category_link, voice_history, voice_personal_data, search_document, voice_count,
              voice_category_count;
