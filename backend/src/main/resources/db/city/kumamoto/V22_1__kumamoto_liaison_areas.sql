-- Kumamoto City's liaison areas (地域担当職員の担当地域): the areas of its 17 community development centres
-- (まちづくりセンター, from the office registry) and the school districts (校区) that residents' voices, community
-- groups and projects already name. Each ward keeps its list through the API (POST/PUT /api/v1/community/areas),
-- so districts missing here are added there.
-- Sample data for a demonstration, not the city's official records: the district names are real elementary school
-- districts as remembered, their wards and readings are not verified against the city's list, and which centre
-- each district belongs to is left for the wards to set.

INSERT INTO community_area (ward_code, kind, name, name_kana, office_id, created_at, updated_at)
SELECT ward_code, 'COMMUNITY_CENTER', name_ja, name_kana, id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM office WHERE type = 'COMMUNITY_CENTER';

INSERT INTO community_area (ward_code, kind, name, name_kana, created_at, updated_at) VALUES
    ('431010', 'SCHOOL_DISTRICT', '出水校区', 'いずみこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '大江校区', 'おおえこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '帯山校区', 'おびやまこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '黒髪校区', 'くろかみこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '慶徳校区', 'けいとくこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '五福校区', 'ごふくこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '白川校区', 'しらかわこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '城東校区', 'じょうとうこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '碩台校区', 'せきだいこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '託麻原校区', 'たくまばるこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '春竹校区', 'はるたけこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431010', 'SCHOOL_DISTRICT', '本荘校区', 'ほんじょうこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '秋津校区', 'あきつこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '泉ヶ丘校区', 'いずみがおかこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '健軍校区', 'けんぐんこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '桜木校区', 'さくらぎこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '託麻東校区', 'たくまひがしこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '月出校区', 'つきでこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '長嶺校区', 'ながみねこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '西原校区', 'にしはらこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '山ノ内校区', 'やまのうちこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431028', 'SCHOOL_DISTRICT', '若葉校区', 'わかばこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431036', 'SCHOOL_DISTRICT', '池上校区', 'いけのうえこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431036', 'SCHOOL_DISTRICT', '小島校区', 'おしまこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431036', 'SCHOOL_DISTRICT', '河内校区', 'かわちこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431036', 'SCHOOL_DISTRICT', '城山校区', 'じょうざんこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431036', 'SCHOOL_DISTRICT', '城西校区', 'じょうせいこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431036', 'SCHOOL_DISTRICT', '高橋校区', 'たかはしこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431036', 'SCHOOL_DISTRICT', '花園校区', 'はなぞのこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431036', 'SCHOOL_DISTRICT', '松尾東校区', 'まつおひがしこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431044', 'SCHOOL_DISTRICT', '飽田東校区', 'あきたひがしこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431044', 'SCHOOL_DISTRICT', '川尻校区', 'かわしりこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431044', 'SCHOOL_DISTRICT', '隈庄校区', 'くまのしょうこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431044', 'SCHOOL_DISTRICT', '銭塘校区', 'ぜんどもこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431044', 'SCHOOL_DISTRICT', '田迎校区', 'たむかえこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431044', 'SCHOOL_DISTRICT', '力合校区', 'ちからあいこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431044', 'SCHOOL_DISTRICT', '日吉校区', 'ひよしこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431044', 'SCHOOL_DISTRICT', '御幸校区', 'みゆきこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '麻生田校区', 'あそうだこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '植木校区', 'うえきこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '楠校区', 'くすのきこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '清水校区', 'しみずこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '高平台校区', 'たかひらだいこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '龍田校区', 'たつだこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '西里校区', 'にしざとこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '武蔵校区', 'むさしこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('431052', 'SCHOOL_DISTRICT', '弓削校区', 'ゆげこうく', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
