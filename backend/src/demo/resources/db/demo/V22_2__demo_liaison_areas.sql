-- Sample liaison areas for the demonstration: which school districts belong to a few community centres' areas, which
-- areas the demo liaison officers look after (with one finished period as history), the school district of the demo
-- meetings, and one coming meeting relative to CURRENT_DATE so "my areas" always has one. SAMPLE DATA, not the city's
-- records: the centres' districts and every assignment are invented. Rows are found by name, never by id.

UPDATE community_area SET centre_id = (SELECT c.id FROM (SELECT id FROM community_area WHERE name = '五福まちづくりセンター') c)
WHERE ward_code = '431010' AND name IN ('五福校区', '城東校区');
UPDATE community_area SET centre_id = (SELECT c.id FROM (SELECT id FROM community_area WHERE name = '大江まちづくりセンター') c)
WHERE ward_code = '431010' AND name IN ('大江校区', '白川校区', '出水校区');
UPDATE community_area SET centre_id = (SELECT c.id FROM (SELECT id FROM community_area WHERE name = '清水まちづくりセンター') c)
WHERE ward_code = '431052' AND name IN ('清水校区', '高平台校区');
UPDATE community_area SET centre_id = (SELECT c.id FROM (SELECT id FROM community_area WHERE name = '龍田まちづくりセンター') c)
WHERE ward_code = '431052' AND name = '龍田校区';

INSERT INTO community_area_liaison (area_id, username, assigned_from, assigned_to, assigned_by, assigned_at, ended_by, ended_at)
SELECT id, 'chuo-liaison', '2025-04-01', '2026-03-31', 'chuo', '2025-03-25 01:00:00', 'chuo', '2026-03-24 01:00:00'
FROM community_area WHERE ward_code = '431010' AND name = '白川校区';
INSERT INTO community_area_liaison (area_id, username, assigned_from, assigned_by, assigned_at)
SELECT id, 'chuo-liaison', '2026-04-01', 'chuo', '2026-03-24 01:00:00'
FROM community_area WHERE ward_code = '431010' AND name IN ('慶徳校区', '碩台校区', '五福まちづくりセンター');
INSERT INTO community_area_liaison (area_id, username, assigned_from, assigned_by, assigned_at)
SELECT id, 'kita-liaison', '2026-04-01', 'kita', '2026-03-24 01:00:00'
FROM community_area WHERE ward_code = '431052' AND name IN ('清水校区', '龍田校区');

UPDATE dialogue_meeting SET school_district = '白川校区' WHERE title LIKE '白川校区 子ども食堂%';

INSERT INTO dialogue_meeting (ward_code, title, held_on, place, office_id, school_district, participants, minutes, created_by, created_at, updated_at)
SELECT '431010', '慶徳校区 通学路の安全を話し合う会（サンプル）', TIMESTAMPADD(DAY, 21, CURRENT_DATE), name_ja, id, '慶徳校区', 0,
       NULL, 'chuo-liaison', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM office WHERE name_ja = '五福まちづくりセンター';
