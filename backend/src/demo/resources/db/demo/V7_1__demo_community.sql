-- Sample community groups (地域活動団体), support programmes (支援制度) and applications (申請) of Kumamoto City for the
-- demonstration: 17 groups across the five wards (校区自治協議会 named after real school districts, 自治会, NPOs,
-- children's and elderly people's groups) with officers and contacts, one programme per ward and one city-wide, and 10
-- applications in every state. 中央区's programme follows the published outline of its community subsidy (up to half
-- of the eligible cost, 25,000-300,000 yen per application, a 1,000,000 yen budget) with 7 applications.
-- SAMPLE DATA, not the city's records: every person, address, phone number (096-000-xxxx), e-mail (example.jp),
-- activity, amount and date is invented; programme names carry （サンプル）. Accounts named *-sample stand for staff
-- of wards that have no demo account. support_program.committed_yen equals what its applications hold: granted
-- amounts, final amounts once settled.

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '慶徳校区自治協議会', 'けいとくこうくじちきょうぎかい', '431010', '慶徳校区', '慶徳校区自治協議会|けいとくこうくじちきょうぎかい|', 'chuo', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '新町1丁目' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '新町2丁目' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 2, '魚屋町' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '見本 一郎', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'VICE_PRESIDENT', '仮野 さち子', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 2, 'TREASURER', '例田 正', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 3, 'PRESIDENT', '架空 源太', '2024-04-01', '2026-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '見本 一郎', '熊本市中央区見本町1-1', '096-000-0101', 'keitoku-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '碩台校区自治協議会', 'せきだいこうくじちきょうぎかい', '431010', '碩台校区', '碩台校区自治協議会|せきだいこうくじちきょうぎかい|', 'chuo-liaison', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '坪井' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '京町' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '試験 和夫', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'SECRETARY', '見本 由美', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '試験 和夫', '熊本市中央区見本町2-2', '096-000-0102', 'sekidai-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '白川校区自治協議会', 'しらかわこうくじちきょうぎかい', '431010', '白川校区', '白川校区自治協議会|しらかわこうくじちきょうぎかい|', 'chuo', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '大江' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '水前寺' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '仮野 雅人', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'TREASURER', '例田 久美', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '仮野 雅人', '熊本市中央区見本町3-3', '096-000-0103', 'shirakawa-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('NEIGHBOURHOOD_ASSOCIATION', '新町二丁目町内自治会', 'しんまちにちょうめちょうないじちかい', '431010', '慶徳校区', '新町二丁目町内自治会|しんまちにちょうめちょうないじちかい|', 'chuo-liaison', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '新町2丁目' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '例田 修', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'TREASURER', '架空 洋子', '2025-04-01', '2027-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '例田 修', '熊本市中央区見本町4-4', '096-000-0104', 'shinmachi2@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('NPO', 'NPO法人 坪井川を愛する会', 'えぬぴーおーほうじんつぼいがわをあいするかい', '431010', NULL, 'npo法人坪井川を愛する会|えぬぴーおーほうじんつぼいがわをあいするかい|', 'chuo', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '坪井' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '京町' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 2, '新町' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '架空 直樹', '2025-06-01', NULL FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'DIRECTOR', '見本 花子', '2025-06-01', NULL FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '架空 直樹', '熊本市中央区見本町5-5', '096-000-0105', 'tsuboigawa@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('CHILDREN', '大江子ども会育成協議会', 'おおえこどもかいいくせいきょうぎかい', '431010', '白川校区', '大江子ども会育成協議会|おおえこどもかいいくせいきょうぎかい|', 'chuo-liaison', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '大江' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '試験 恵', '2026-04-01', '2028-03-31' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('ELDERLY', '水前寺いきいきシニアクラブ', 'すいぜんじいきいきしにあくらぶ', '431010', '白川校区', '水前寺いきいきしにあくらぶ|すいぜんじいきいきしにあくらぶ|', 'chuo', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '水前寺' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '見本 次郎', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'TREASURER', '仮野 トシ', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '見本 次郎', '熊本市中央区見本町6-6', '096-000-0106', 'suizenji-senior@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '健軍校区自治協議会', 'けんぐんこうくじちきょうぎかい', '431028', '健軍校区', '健軍校区自治協議会|けんぐんこうくじちきょうぎかい|', 'higashi-sample', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '健軍' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '健軍本町' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '例田 勝', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'VICE_PRESIDENT', '試験 礼子', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '例田 勝', '熊本市東区見本町1-1', '096-000-0201', 'kengun-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '秋津校区自治協議会', 'あきつこうくじちきょうぎかい', '431028', '秋津校区', '秋津校区自治協議会|あきつこうくじちきょうぎかい|', 'higashi-sample', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '秋津' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '秋津町' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '架空 茂', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '架空 茂', '熊本市東区見本町2-2', '096-000-0202', 'akitsu-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('NPO', 'NPO法人 託麻みどりネット', 'えぬぴーおーほうじんたくまみどりねっと', '431028', NULL, 'npo法人託麻みどりねっと|えぬぴーおーほうじんたくまみどりねっと|', 'higashi-sample', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '託麻原' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '小山' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '仮野 翔', '2024-10-01', NULL FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '仮野 翔', '熊本市東区見本町3-3', '096-000-0203', 'takuma-midori@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '花園校区自治協議会', 'はなぞのこうくじちきょうぎかい', '431036', '花園校区', '花園校区自治協議会|はなぞのこうくじちきょうぎかい|', 'nishi-sample', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '花園' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '島崎' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '見本 三郎', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'AUDITOR', '例田 和子', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '見本 三郎', '熊本市西区見本町1-1', '096-000-0301', 'hanazono-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('CHILDREN', '城山子育てサロン', 'じょうやまこそだてさろん', '431036', '城山校区', '城山子育てさろん|じょうやまこそだてさろん|', 'nishi-sample', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '城山上代町' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '試験 めぐみ', '2025-04-01', NULL FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '試験 めぐみ', '熊本市西区見本町2-2', '096-000-0302', 'joyama-salon@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '川尻校区自治協議会', 'かわしりこうくじちきょうぎかい', '431044', '川尻校区', '川尻校区自治協議会|かわしりこうくじちきょうぎかい|', 'minami-sample', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '川尻' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '野田' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '架空 正男', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'TREASURER', '見本 千代', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '架空 正男', '熊本市南区見本町1-1', '096-000-0401', 'kawashiri-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('NEIGHBOURHOOD_ASSOCIATION', '日吉東町内自治会', 'ひよしひがしちょうないじちかい', '431044', '日吉校区', '日吉東町内自治会|ひよしひがしちょうないじちかい|', 'minami-sample', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '日吉1丁目' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '仮野 進', '2026-04-01', '2028-03-31' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '清水校区自治協議会', 'しみずこうくじちきょうぎかい', '431052', '清水校区', '清水校区自治協議会|しみずこうくじちきょうぎかい|', 'kita', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '清水亀井町' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '清水本町' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '例田 博', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 1, 'SECRETARY', '架空 美穂', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '例田 博', '熊本市北区見本町1-1', '096-000-0501', 'shimizu-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('SCHOOL_DISTRICT_COUNCIL', '龍田校区自治協議会', 'たつだこうくじちきょうぎかい', '431052', '龍田校区', '龍田校区自治協議会|たつだこうくじちきょうぎかい|', 'kita-liaison', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '龍田' FROM community_group;
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 1, '龍田陣内' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '試験 隆', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '試験 隆', '熊本市北区見本町2-2', '096-000-0502', 'tatsuda-council@example.jp' FROM community_group;

INSERT INTO community_group (type, name, name_kana, ward_code, school_district, search_text, created_by, created_at, updated_at) VALUES ('ELDERLY', '植木ふれあい高齢者クラブ', 'うえきふれあいこうれいしゃくらぶ', '431052', NULL, '植木ふれあい高齢者くらぶ|うえきふれあいこうれいしゃくらぶ|', 'kita-liaison', '2026-04-10 01:00:00', '2026-04-10 01:00:00');
INSERT INTO community_group_area (group_id, sort_order, area) SELECT MAX(id), 0, '植木町岩野' FROM community_group;
INSERT INTO community_group_officer (group_id, sort_order, role, name, term_from, term_to) SELECT MAX(id), 0, 'PRESIDENT', '見本 キヨ', '2026-04-01', '2028-03-31' FROM community_group;
INSERT INTO community_group_contact (group_id, representative_name, address, phone, email) SELECT MAX(id), '見本 キヨ', '熊本市北区見本町3-3', '096-000-0503', 'ueki-fureai@example.jp' FROM community_group;

INSERT INTO support_program (ward_code, fiscal_year, name, description, eligibility, total_budget_yen, maximum_yen, minimum_yen, rate_numerator, rate_denominator, application_from, application_to, committed_yen, created_by, created_at) VALUES ('431010', 2026, '中央区地域づくり活動補助金（サンプル）', '地域の課題の解決や住民の交流のために団体が行う活動に、補助対象経費の 2 分の 1 以内を補助します。審査会で採択を決めます（サンプル）。', '中央区内で活動する自治会・校区自治協議会・NPO・子ども会・老人クラブなど。営利・宗教・政治活動は対象外（サンプル）。', 1000000, 300000, 25000, 1, 2, '2026-06-01', '2027-01-29', 630000, 'chuo', '2026-04-01 00:30:00');
INSERT INTO support_program (ward_code, fiscal_year, name, description, eligibility, total_budget_yen, maximum_yen, minimum_yen, rate_numerator, rate_denominator, application_from, application_to, committed_yen, created_by, created_at) VALUES ('431028', 2026, '東区まちづくり活動応援補助金（サンプル）', '東区の団体が行う防災・見守り・交流の活動を応援します（サンプル）。', '東区内で活動する地域団体（サンプル）。', 800000, 200000, 20000, 1, 2, '2026-05-01', '2027-01-15', 0, 'higashi-sample', '2026-04-01 00:30:00');
INSERT INTO support_program (ward_code, fiscal_year, name, description, eligibility, total_budget_yen, maximum_yen, minimum_yen, rate_numerator, rate_denominator, application_from, application_to, committed_yen, created_by, created_at) VALUES ('431036', 2026, '西区地域の絆づくり支援事業（サンプル）', '世代を超えた交流や子育て支援の活動に、経費の 3 分の 2 以内を補助します（サンプル）。', '西区内で活動する地域団体（サンプル）。', 600000, 150000, 10000, 2, 3, '2026-07-01', '2027-02-15', 0, 'nishi-sample', '2026-04-01 00:30:00');
INSERT INTO support_program (ward_code, fiscal_year, name, description, eligibility, total_budget_yen, maximum_yen, minimum_yen, rate_numerator, rate_denominator, application_from, application_to, committed_yen, created_by, created_at) VALUES ('431044', 2026, '南区地域資源活用補助金（サンプル）', '川尻の町並みや農産物など、地域の資源を生かした活動を補助します（サンプル）。', '南区内で活動する地域団体（サンプル）。', 900000, 300000, 30000, 1, 2, '2026-06-15', '2026-12-25', 0, 'minami-sample', '2026-04-01 00:30:00');
INSERT INTO support_program (ward_code, fiscal_year, name, description, eligibility, total_budget_yen, maximum_yen, minimum_yen, rate_numerator, rate_denominator, application_from, application_to, committed_yen, created_by, created_at) VALUES ('431052', 2026, '北区校区元気づくり補助金（サンプル）', '校区自治協議会を中心とした健康づくり・防災・交流の活動を補助します（サンプル）。', '北区内で活動する校区自治協議会と地域団体（サンプル）。', 1200000, 250000, 20000, 1, 2, '2026-04-15', '2027-01-29', 200000, 'kita', '2026-04-01 00:30:00');
INSERT INTO support_program (ward_code, fiscal_year, name, description, eligibility, total_budget_yen, maximum_yen, minimum_yen, rate_numerator, rate_denominator, application_from, application_to, committed_yen, created_by, created_at) VALUES (NULL, 2026, '地域コミュニティ活性化補助金（全市・サンプル）', '複数の町内や校区にまたがる、地域コミュニティの担い手づくりの活動を補助します（サンプル）。', '市内で活動する地域団体（全区）（サンプル）。', 5000000, 500000, 50000, 2, 3, '2026-10-01', '2027-02-26', 0, 'hq-kusei', '2026-04-01 00:30:00');

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '校区ふれあい夏まつり', '校区の住民が世代を超えて交流する夏まつりを開く（サンプル）。', '2026-08-22', '2026-08-23', 640000, 300000, 'SETTLED', '300000', NULL, '8 月 22・23 日に開催し、延べ約 1,200 人が参加した（サンプル）。', '600000', '300000', '2026-06-10', 'chuo-liaison', '2026-06-10 00:30:00', '2026-09-25 03:00:00', 5 FROM support_program p, community_group g WHERE p.name = '中央区地域づくり活動補助金（サンプル）' AND g.name = '慶徳校区自治協議会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-06-10 00:30:00', 'chuo-liaison', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-06-10 01:00:00', 'chuo-liaison', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-06-15 02:00:00', 'chuo', 'REVIEW', 'SUBMITTED', 'UNDER_REVIEW', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-06-30 05:00:00', 'chuo', 'GRANT', 'UNDER_REVIEW', 'GRANTED', '300000', '審査会で採択（サンプル）' FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-09-10 02:00:00', 'chuo-liaison', 'REPORT', 'GRANTED', 'ACTIVITY_REPORTED', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-09-25 03:00:00', 'chuo', 'SETTLE', 'ACTIVITY_REPORTED', 'SETTLED', '300000', '実績 600,000 円（サンプル）' FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '防災マップづくりと避難訓練', '校区の危険箇所を歩いて確かめ、防災マップを作って全戸に配り、避難訓練を行う（サンプル）。', '2026-09-01', '2026-11-15', 420000, 200000, 'ACTIVITY_REPORTED', '200000', NULL, '防災マップ 2,400 部を配布し、11 月 15 日の避難訓練に約 350 人が参加した（サンプル）。', NULL, NULL, '2026-07-01', 'chuo-liaison', '2026-07-01 00:30:00', '2026-11-20 02:00:00', 4 FROM support_program p, community_group g WHERE p.name = '中央区地域づくり活動補助金（サンプル）' AND g.name = '碩台校区自治協議会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-01 00:30:00', 'chuo-liaison', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-01 01:00:00', 'chuo-liaison', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-06 02:00:00', 'chuo', 'REVIEW', 'SUBMITTED', 'UNDER_REVIEW', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-24 05:00:00', 'chuo', 'GRANT', 'UNDER_REVIEW', 'GRANTED', '200000', '審査会で採択（サンプル）' FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-20 02:00:00', 'chuo-liaison', 'REPORT', 'GRANTED', 'ACTIVITY_REPORTED', NULL, NULL FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '白川河川敷の清掃と花植え', '白川の河川敷を年 4 回清掃し、花壇に季節の花を植える（サンプル）。', '2026-10-01', '2027-03-15', 300000, 150000, 'GRANTED', '130000', NULL, NULL, NULL, NULL, '2026-08-20', 'chuo', '2026-08-20 00:30:00', '2026-09-11 05:00:00', 3 FROM support_program p, community_group g WHERE p.name = '中央区地域づくり活動補助金（サンプル）' AND g.name = '白川校区自治協議会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-08-20 00:30:00', 'chuo', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-08-20 01:00:00', 'chuo', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-08-25 02:00:00', 'chuo', 'REVIEW', 'SUBMITTED', 'UNDER_REVIEW', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-09-11 05:00:00', 'chuo', 'GRANT', 'UNDER_REVIEW', 'GRANTED', '130000', '花苗代の一部を対象外として減額（サンプル）' FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '見守り防犯パトロール用品の購入', '登下校の見守りと夜間の防犯パトロールのためのベスト・誘導灯を購入する（サンプル）。', '2026-12-01', '2027-03-31', 90000, 45000, 'UNDER_REVIEW', NULL, NULL, NULL, NULL, NULL, '2026-11-02', 'chuo-liaison', '2026-11-02 00:30:00', '2026-11-09 02:00:00', 2 FROM support_program p, community_group g WHERE p.name = '中央区地域づくり活動補助金（サンプル）' AND g.name = '新町二丁目町内自治会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-02 00:30:00', 'chuo-liaison', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-02 01:00:00', 'chuo-liaison', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-09 02:00:00', 'chuo', 'REVIEW', 'SUBMITTED', 'UNDER_REVIEW', NULL, NULL FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '坪井川の歴史散策マップ作成', '坪井川沿いの史跡と石橋をめぐる散策マップを作り、まち歩きを開く（サンプル）。', '2027-01-10', '2027-03-20', 260000, 130000, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, '2026-11-20', 'chuo', '2026-11-20 00:30:00', '2026-11-20 01:00:00', 1 FROM support_program p, community_group g WHERE p.name = '中央区地域づくり活動補助金（サンプル）' AND g.name = 'NPO法人 坪井川を愛する会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-20 00:30:00', 'chuo', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-20 01:00:00', 'chuo', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '子ども会の食事交流会', '子ども会の交流会で食事を出す（サンプル）。', '2026-09-15', '2026-09-15', 40000, 20000, 'DECLINED', NULL, '飲食費のみで補助対象経費に当たらず、下限にも届かないため（サンプル）', NULL, NULL, NULL, '2026-07-15', 'chuo-liaison', '2026-07-15 00:30:00', '2026-07-31 05:00:00', 3 FROM support_program p, community_group g WHERE p.name = '中央区地域づくり活動補助金（サンプル）' AND g.name = '大江子ども会育成協議会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-15 00:30:00', 'chuo-liaison', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-15 01:00:00', 'chuo-liaison', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-20 02:00:00', 'chuo', 'REVIEW', 'SUBMITTED', 'UNDER_REVIEW', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-31 05:00:00', 'chuo', 'DECLINE', 'UNDER_REVIEW', 'DECLINED', NULL, '飲食費のみで補助対象経費に当たらず、下限にも届かないため（サンプル）' FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '健康体操教室', '月 2 回、公民館で健康体操教室を開く（サンプル）。', '2027-01-15', '2027-03-31', 120000, 60000, 'DRAFT', NULL, NULL, NULL, NULL, NULL, NULL, 'chuo-liaison', '2026-11-24 04:00:00', '2026-11-24 04:00:00', 0 FROM support_program p, community_group g WHERE p.name = '中央区地域づくり活動補助金（サンプル）' AND g.name = '水前寺いきいきシニアクラブ';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-24 04:00:00', 'chuo-liaison', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '校区ウォーキング大会', '校区内の史跡をめぐるウォーキング大会を開く（サンプル）。', '2026-10-18', '2026-10-18', 420000, 210000, 'GRANTED', '200000', NULL, NULL, NULL, NULL, '2026-07-01', 'kita-liaison', '2026-07-01 00:30:00', '2026-07-17 05:00:00', 3 FROM support_program p, community_group g WHERE p.name = '北区校区元気づくり補助金（サンプル）' AND g.name = '清水校区自治協議会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-01 00:30:00', 'kita-liaison', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-01 01:00:00', 'kita-liaison', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-03 02:00:00', 'kita', 'REVIEW', 'SUBMITTED', 'UNDER_REVIEW', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-07-17 05:00:00', 'kita', 'GRANT', 'UNDER_REVIEW', 'GRANTED', '200000', NULL FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '龍田の防災講演会', '防災士を招いて講演会と炊き出し訓練を行う（サンプル）。', '2027-02-07', '2027-02-07', 180000, 90000, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, '2026-11-18', 'kita-liaison', '2026-11-18 00:30:00', '2026-11-18 01:00:00', 1 FROM support_program p, community_group g WHERE p.name = '北区校区元気づくり補助金（サンプル）' AND g.name = '龍田校区自治協議会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-18 00:30:00', 'kita-liaison', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-18 01:00:00', 'kita-liaison', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;

INSERT INTO support_application (program_id, group_id, title, planned_activity, activity_from, activity_to, eligible_cost_yen, requested_yen, status, granted_yen, decline_reason, activity_report, actual_cost_yen, final_yen, submitted_on, created_by, created_at, updated_at, version) SELECT p.id, g.id, '地域の担い手養成講座', '校区・町内の役員の担い手を育てる連続講座を開く（サンプル）。', '2027-01-20', '2027-03-10', 450000, 300000, 'UNDER_REVIEW', NULL, NULL, NULL, NULL, NULL, '2026-10-20', 'higashi-sample', '2026-10-20 00:30:00', '2026-11-05 02:00:00', 2 FROM support_program p, community_group g WHERE p.name = '地域コミュニティ活性化補助金（全市・サンプル）' AND g.name = '健軍校区自治協議会';
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-10-20 00:30:00', 'higashi-sample', 'CREATE', NULL, 'DRAFT', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-10-20 01:00:00', 'higashi-sample', 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, NULL FROM support_application;
INSERT INTO support_application_history (application_id, occurred_at, actor, action, from_status, to_status, amount_yen, note) SELECT MAX(id), '2026-11-05 02:00:00', 'hq-kusei', 'REVIEW', 'SUBMITTED', 'UNDER_REVIEW', NULL, NULL FROM support_application;
