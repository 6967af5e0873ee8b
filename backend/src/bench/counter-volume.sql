-- Benchmark volume for the counter guide: grows the Kumamoto demo catalogue to 300 procedures and 40 places
-- (36 offices + 4 channels), each generated procedure offered at about 60% of the places. Run once on a freshly
-- migrated database (MariaDB or MySQL 8.4: WITH RECURSIVE); bench.sh does it.

-- 6 more offices (branch offices), with regular weekday hours
INSERT INTO office (type, ward_code, name_ja, name_kana, name_en, poi_code, address, notes, search_text)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
SELECT 'BRANCH_OFFICE', (SELECT code FROM ward ORDER BY sort_order LIMIT 1), CONCAT('ベンチ出張所', i), CONCAT('べんちしゅっちょうじょ', i),
       CONCAT('Bench Branch Office ', i), '1304', CONCAT('熊本県熊本市中央区ベンチ', i), 'benchmark data', CONCAT('べんち', i, '|')
FROM n;

INSERT INTO opening_period (owner_key, kind, reason_ja, reason_en)
SELECT CONCAT('office:', id), 'REGULAR', NULL, NULL FROM office WHERE notes = 'benchmark data';
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at)
WITH RECURSIVE d(dow) AS (SELECT 1 UNION ALL SELECT dow + 1 FROM d WHERE dow < 5)
SELECT p.id, d.dow, '08:30:00', '17:15:00'
FROM opening_period p JOIN office o ON p.owner_key = CONCAT('office:', o.id) CROSS JOIN d
WHERE o.notes = 'benchmark data';

-- procedures up to 300
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, description, fee_yen, owner_section_code,
                               status, search_text)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
SELECT CONCAT('bench-', i), (SELECT MIN(code) FROM procedure_category), CONCAT('ベンチ手続き', i), CONCAT('べんちてつづき', i),
       CONCAT('Bench procedure ', i), 'benchmark data', 300, (SELECT MIN(code) FROM section), 'ACTIVE',
       CONCAT('べんちてつづき', i, '|')
FROM n
WHERE i <= 300 - (SELECT COUNT(*) FROM service_procedure);

-- each generated procedure at ~60% of all places (a deterministic spread)
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, residents_only)
SELECT p.code, CONCAT('office:', o.id), o.id, NULL,
       CASE MOD(o.id + CHAR_LENGTH(p.code), 3) WHEN 0 THEN 'FULL' WHEN 1 THEN 'RECEPTION_ONLY' ELSE 'ISSUE_ONLY' END, FALSE
FROM service_procedure p CROSS JOIN office o
WHERE p.code LIKE 'bench-%' AND MOD(o.id * 7 + CHAR_LENGTH(p.code) * 3 + CAST(SUBSTRING(p.code, 7) AS UNSIGNED), 5) < 3;
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, residents_only)
SELECT p.code, CONCAT('channel:', c.code), NULL, c.code, 'FULL', FALSE
FROM service_procedure p CROSS JOIN channel c
WHERE p.code LIKE 'bench-%' AND MOD(CAST(SUBSTRING(p.code, 7) AS UNSIGNED) + c.sort_order, 5) < 3;
