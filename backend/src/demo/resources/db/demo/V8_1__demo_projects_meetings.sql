-- Sample community projects (まちづくり事業) and dialogue meetings (対話集会) for the demonstration, built on the
-- sample groups and applications: projects of 中央区, 北区 and 東区 in every status, public and internal, with
-- milestones and activity logs; three dialogue meetings whose opinions are the demo voices raised at meetings of those
-- wards. SAMPLE DATA, not the city's records: every project, activity, figure and date is invented. Rows are found by
-- name, never by id.

INSERT INTO community_project (ward_code, school_district, title, summary, status, paused_from, visibility, base_office_id, search_text, created_by, created_at, updated_at)
SELECT '431010', '慶徳校区', '慶徳校区 通学路の見守りと花いっぱい運動（サンプル）',
       '校区自治協議会と町内自治会が、登下校の見守りと通学路沿いの花壇の手入れを一年を通して行う。',
       'ACTIVE', NULL, 'PUBLIC', id, '慶徳校区通学路の見守りと花いっぱい運動(さんぷる)|慶徳校区|', 'chuo', '2026-05-12 01:00:00', '2026-11-20 06:00:00'
FROM office WHERE name_ja = '五福まちづくりセンター';
INSERT INTO community_project_group (project_id, group_id) SELECT MAX(p.id), g.id FROM community_project p, community_group g WHERE g.name IN ('慶徳校区自治協議会', '新町二丁目町内自治会') GROUP BY g.id;
INSERT INTO community_project_liaison (project_id, username) SELECT MAX(id), 'chuo-liaison' FROM community_project;
INSERT INTO community_project_milestone (project_id, title, due_on, done, created_by, created_at) SELECT MAX(id), '見守りボランティアの募集', '2026-06-30', TRUE, 'chuo-liaison', '2026-05-12 01:00:00' FROM community_project;
INSERT INTO community_project_milestone (project_id, title, due_on, done, created_by, created_at) SELECT MAX(id), '秋の花壇の植え替え', '2026-10-31', TRUE, 'chuo-liaison', '2026-05-12 01:00:00' FROM community_project;
INSERT INTO community_project_milestone (project_id, title, due_on, done, created_by, created_at) SELECT MAX(id), '活動報告会', '2027-02-20', FALSE, 'chuo-liaison', '2026-05-12 01:00:00' FROM community_project;
INSERT INTO community_project_activity (project_id, held_on, description, participants, recorded_by, recorded_at) SELECT MAX(id), '2026-06-14', '見守りボランティアの説明会', 18, 'chuo-liaison', '2026-06-15 01:00:00' FROM community_project;
INSERT INTO community_project_activity (project_id, held_on, description, participants, recorded_by, recorded_at) SELECT MAX(id), '2026-10-24', '通学路沿いの花壇の植え替え（パンジー 300 株）', 31, 'chuo-liaison', '2026-10-25 01:00:00' FROM community_project;
INSERT INTO community_project_activity (project_id, held_on, description, participants, recorded_by, recorded_at) SELECT MAX(id), '2026-11-19', '朝の見守り当番の振り返り', 12, 'chuo-liaison', '2026-11-20 06:00:00' FROM community_project;

INSERT INTO community_project (ward_code, school_district, title, summary, status, paused_from, visibility, base_office_id, search_text, created_by, created_at, updated_at)
SELECT '431010', '白川校区', '白川校区 子ども食堂の立ち上げ（サンプル）',
       '子ども会と校区自治協議会が、まちづくりセンターの調理室で月 2 回の子ども食堂を始める準備をする。',
       'PLANNING', NULL, 'PUBLIC', id, '白川校区子ども食堂の立ち上げ(さんぷる)|白川校区|', 'chuo', '2026-09-03 01:00:00', '2026-11-10 02:00:00'
FROM office WHERE name_ja = '大江まちづくりセンター';
INSERT INTO community_project_group (project_id, group_id) SELECT MAX(p.id), g.id FROM community_project p, community_group g WHERE g.name IN ('白川校区自治協議会', '大江子ども会育成協議会') GROUP BY g.id;
INSERT INTO community_project_liaison (project_id, username) SELECT MAX(id), 'chuo-liaison' FROM community_project;
INSERT INTO community_project_milestone (project_id, title, due_on, done, created_by, created_at) SELECT MAX(id), '食品衛生の講習を受ける', '2026-12-15', FALSE, 'chuo', '2026-09-03 01:00:00' FROM community_project;
INSERT INTO community_project_milestone (project_id, title, due_on, done, created_by, created_at) SELECT MAX(id), '第 1 回の開催', '2027-01-24', FALSE, 'chuo', '2026-09-03 01:00:00' FROM community_project;
INSERT INTO community_project_activity (project_id, held_on, description, participants, recorded_by, recorded_at) SELECT MAX(id), '2026-11-08', '準備会（献立と当番の相談）', 9, 'chuo-liaison', '2026-11-10 02:00:00' FROM community_project;

INSERT INTO community_project (ward_code, school_district, title, summary, status, paused_from, visibility, base_office_id, search_text, created_by, created_at, updated_at)
VALUES ('431010', '碩台校区', '碩台校区 空き家を使った交流サロン（サンプル）',
        '坪井の空き家を地域の交流サロンとして使えないか、所有者と校区で話し合いを始める。', 'IDEA', NULL, 'INTERNAL', NULL,
        '碩台校区空き家を使った交流さろん(さんぷる)|碩台校区|', 'chuo', '2026-11-02 01:00:00', '2026-11-02 01:00:00');
INSERT INTO community_project_group (project_id, group_id) SELECT MAX(p.id), g.id FROM community_project p, community_group g WHERE g.name = '碩台校区自治協議会' GROUP BY g.id;

INSERT INTO community_project (ward_code, school_district, title, summary, status, paused_from, visibility, base_office_id, search_text, created_by, created_at, updated_at)
VALUES ('431010', '白川校区', '水前寺 高齢者の見守りネットワーク（サンプル）',
        'シニアクラブと民生委員が、ひとり暮らしの高齢者を訪ねる当番表をつくる。担い手の確保まで休止中。', 'PAUSED', 'ACTIVE', 'INTERNAL', NULL,
        '水前寺高齢者の見守りねっとわーく(さんぷる)|白川校区|', 'chuo', '2026-04-20 01:00:00', '2026-09-30 01:00:00');
INSERT INTO community_project_group (project_id, group_id) SELECT MAX(p.id), g.id FROM community_project p, community_group g WHERE g.name = '水前寺いきいきシニアクラブ' GROUP BY g.id;
INSERT INTO community_project_activity (project_id, held_on, description, participants, recorded_by, recorded_at) SELECT MAX(id), '2026-05-16', '訪問当番の顔合わせ', 14, 'chuo', '2026-05-17 01:00:00' FROM community_project;

INSERT INTO community_project (ward_code, school_district, title, summary, status, paused_from, visibility, base_office_id, search_text, created_by, created_at, updated_at)
SELECT '431052', '清水校区', '清水校区 防災マップづくり（サンプル）',
       '校区の危険箇所を歩いて確かめ、避難所までの道を載せた防災マップを全戸に配る。', 'ACTIVE', NULL, 'PUBLIC', id,
       '清水校区防災まっぷづくり(さんぷる)|清水校区|', 'kita', '2026-06-01 01:00:00', '2026-11-15 01:00:00'
FROM office WHERE name_ja = '清水まちづくりセンター';
INSERT INTO community_project_group (project_id, group_id) SELECT MAX(p.id), g.id FROM community_project p, community_group g WHERE g.name = '清水校区自治協議会' GROUP BY g.id;
INSERT INTO community_project_liaison (project_id, username) SELECT MAX(id), 'kita-liaison' FROM community_project;
INSERT INTO community_project_milestone (project_id, title, due_on, done, created_by, created_at) SELECT MAX(id), 'まち歩き（危険箇所の確認）', '2026-09-30', TRUE, 'kita-liaison', '2026-06-01 01:00:00' FROM community_project;
INSERT INTO community_project_milestone (project_id, title, due_on, done, created_by, created_at) SELECT MAX(id), '防災マップの全戸配布', '2027-01-31', FALSE, 'kita-liaison', '2026-06-01 01:00:00' FROM community_project;
INSERT INTO community_project_activity (project_id, held_on, description, participants, recorded_by, recorded_at) SELECT MAX(id), '2026-09-13', 'まち歩きで危険箇所を確認', 42, 'kita-liaison', '2026-09-14 01:00:00' FROM community_project;
INSERT INTO community_project_activity (project_id, held_on, description, participants, recorded_by, recorded_at) SELECT MAX(id), '2026-11-14', '防災マップの下書きを校区の会議で確認', 16, 'kita-liaison', '2026-11-15 01:00:00' FROM community_project;

INSERT INTO community_project (ward_code, school_district, title, summary, status, paused_from, visibility, base_office_id, search_text, created_by, created_at, updated_at)
SELECT '431052', '植木校区', '植木 ふれあい健康体操（サンプル）',
       '高齢者クラブが週 1 回の健康体操を続け、参加者を増やした。', 'COMPLETED', NULL, 'PUBLIC', id,
       '植木ふれあい健康体操(さんぷる)|植木校区|', 'kita', '2025-10-01 01:00:00', '2026-03-31 01:00:00'
FROM office WHERE name_ja = '植木まちづくりセンター';
INSERT INTO community_project_group (project_id, group_id) SELECT MAX(p.id), g.id FROM community_project p, community_group g WHERE g.name = '植木ふれあい高齢者クラブ' GROUP BY g.id;
INSERT INTO community_project_activity (project_id, held_on, description, participants, recorded_by, recorded_at) SELECT MAX(id), '2026-03-25', '年度末の体力測定と振り返り', 27, 'kita-liaison', '2026-03-31 01:00:00' FROM community_project;

INSERT INTO community_project (ward_code, school_district, title, summary, status, paused_from, visibility, base_office_id, search_text, created_by, created_at, updated_at)
SELECT '431028', '秋津校区', '秋津校区 若い世代の自治会参加（サンプル）',
       '子育て世代が参加しやすいよう、自治会の行事をオンラインでも案内する。', 'ACTIVE', NULL, 'PUBLIC', id,
       '秋津校区若い世代の自治会参加(さんぷる)|秋津校区|', 'admin', '2026-07-01 01:00:00', '2026-10-01 01:00:00'
FROM office WHERE name_ja = '秋津まちづくりセンター';
INSERT INTO community_project_group (project_id, group_id) SELECT MAX(p.id), g.id FROM community_project p, community_group g WHERE g.name = '秋津校区自治協議会' GROUP BY g.id;

INSERT INTO dialogue_meeting (ward_code, title, held_on, place, office_id, participants, minutes, created_by, created_at, updated_at)
SELECT '431010', '中央区 区長と語る会（五福・帯山・本荘）（サンプル）', '2026-08-22', name_ja, id, 46,
       '通学路の防犯灯、大雨のときの避難情報、歩道の段差について意見が出た。区は関係課と確認し、次回の会で報告する。', 'chuo', '2026-08-23 01:00:00', '2026-08-23 01:00:00'
FROM office WHERE name_ja = '五福まちづくりセンター';
UPDATE voice SET dialogue_meeting_id = (SELECT MAX(id) FROM dialogue_meeting)
WHERE channel = 'DIALOGUE_MEETING' AND ward_code = '431010';

INSERT INTO dialogue_meeting (ward_code, title, held_on, place, office_id, participants, minutes, created_by, created_at, updated_at)
SELECT '431052', '北区 地域との対話集会（植木・武蔵・龍田）（サンプル）', '2026-07-18', name_ja, id, 58,
       '公園の草刈り、粗大ごみの受付、バス停の屋根、窓口の待ち時間について意見が出た。', 'kita', '2026-07-19 01:00:00', '2026-07-19 01:00:00'
FROM office WHERE name_ja = '植木まちづくりセンター';
UPDATE voice SET dialogue_meeting_id = (SELECT MAX(id) FROM dialogue_meeting)
WHERE channel = 'DIALOGUE_MEETING' AND ward_code = '431052';

INSERT INTO dialogue_meeting (ward_code, title, held_on, place, office_id, participants, minutes, created_by, created_at, updated_at)
VALUES ('431010', '白川校区 子ども食堂についての意見交換会（サンプル）', '2026-12-05', '大江まちづくりセンター 会議室',
        NULL, 0, NULL, 'chuo-liaison', '2026-11-20 01:00:00', '2026-11-20 01:00:00');
