-- The counter floors of Kumamoto's five ward offices and seven general branch offices: windows, lanes, which
-- procedures each lane takes and which windows serve it. A sample layout for a demonstration, not the city's
-- floor plans; ward staff change it through the API.

-- Ward offices: 14 windows over two floors.
INSERT INTO counter_window (office_id, number, floor, name_ja, name_en)
SELECT o.id, w.number, w.floor, w.name_ja, w.name_en
FROM office o CROSS JOIN (
    SELECT 1 AS number, 1 AS floor, '1階 1番 区民課' AS name_ja, 'Floor 1, window 1, Residents Section' AS name_en
    UNION ALL SELECT 2, 1, '1階 2番 区民課', 'Floor 1, window 2, Residents Section'
    UNION ALL SELECT 3, 1, '1階 3番 区民課', 'Floor 1, window 3, Residents Section'
    UNION ALL SELECT 4, 1, '1階 4番 区民課', 'Floor 1, window 4, Residents Section'
    UNION ALL SELECT 5, 1, '1階 5番 区民課', 'Floor 1, window 5, Residents Section'
    UNION ALL SELECT 6, 1, '1階 6番 区民課（戸籍）', 'Floor 1, window 6, Residents Section (family register)'
    UNION ALL SELECT 7, 1, '1階 7番 区民課（マイナンバー）', 'Floor 1, window 7, Residents Section (My Number)'
    UNION ALL SELECT 8, 1, '1階 8番 保険年金課', 'Floor 1, window 8, Insurance and Pension Section'
    UNION ALL SELECT 9, 1, '1階 9番 保険年金課', 'Floor 1, window 9, Insurance and Pension Section'
    UNION ALL SELECT 10, 1, '1階 10番 保険年金課', 'Floor 1, window 10, Insurance and Pension Section'
    UNION ALL SELECT 11, 2, '2階 11番 福祉課', 'Floor 2, window 11, Welfare Section'
    UNION ALL SELECT 12, 2, '2階 12番 福祉課', 'Floor 2, window 12, Welfare Section'
    UNION ALL SELECT 13, 2, '2階 13番 子ども家庭福祉課', 'Floor 2, window 13, Children and Families Section'
    UNION ALL SELECT 14, 2, '2階 14番 子ども家庭福祉課', 'Floor 2, window 14, Children and Families Section'
) w
WHERE o.type = 'WARD_OFFICE';

-- General branch offices: 4 windows on one floor.
INSERT INTO counter_window (office_id, number, floor, name_ja, name_en)
SELECT o.id, w.number, 1, w.name_ja, w.name_en
FROM office o CROSS JOIN (
    SELECT 1 AS number, '1番 総合窓口' AS name_ja, 'Window 1, general counter' AS name_en
    UNION ALL SELECT 2, '2番 総合窓口', 'Window 2, general counter'
    UNION ALL SELECT 3, '3番 総合窓口', 'Window 3, general counter'
    UNION ALL SELECT 4, '4番 保険・福祉', 'Window 4, insurance and welfare'
) w
WHERE o.type = 'GENERAL_BRANCH_OFFICE';

INSERT INTO queue_lane (office_id, letter, name_ja, name_en, description_ja, description_en, sort_order)
SELECT o.id, l.letter, l.name_ja, l.name_en, l.description_ja, l.description_en, l.sort_order
FROM office o CROSS JOIN (
    SELECT 'A' AS letter, '住民異動' AS name_ja, 'Moving' AS name_en,
        '引っ越し（転入・転出・転居）、世帯の変更' AS description_ja,
        'Moving in, out or within the city; changing your household' AS description_en, 1 AS sort_order
    UNION ALL SELECT 'B', '証明書', 'Certificates', '住民票の写し、戸籍・印鑑・税の証明書を受け取る',
        'Residence records, family register, seal and tax certificates', 2
    UNION ALL SELECT 'C', '戸籍の届出', 'Family register filings', '出生・婚姻・離婚・死亡などの届出',
        'Registering a birth, marriage, divorce or death', 3
    UNION ALL SELECT 'D', 'マイナンバー・印鑑登録', 'My Number and seals',
        'マイナンバーカードの受け取り・更新、印鑑の登録', 'Collecting or renewing a My Number card; registering a seal', 4
    UNION ALL SELECT 'E', '国保・年金', 'Health insurance and pension',
        '国民健康保険、後期高齢者医療、国民年金の手続き', 'National Health Insurance, late-stage elderly care, National Pension', 5
    UNION ALL SELECT 'F', '福祉・介護', 'Welfare and care',
        '障がい、介護保険、生活の相談', 'Disabilities, long-term care insurance, help with living costs', 6
    UNION ALL SELECT 'G', '子ども・子育て', 'Children',
        '児童手当、子ども医療費、母子健康手帳、保育所', 'Child allowances, children''s medical aid, maternity handbooks, nurseries', 7
) l
WHERE o.type = 'WARD_OFFICE';

INSERT INTO queue_lane (office_id, letter, name_ja, name_en, description_ja, description_en, sort_order)
SELECT o.id, l.letter, l.name_ja, l.name_en, l.description_ja, l.description_en, l.sort_order
FROM office o CROSS JOIN (
    SELECT 'A' AS letter, '届出・証明' AS name_ja, 'Filings and certificates' AS name_en,
        '引っ越し、戸籍の届出、住民票・戸籍・印鑑・税の証明書、マイナンバーカード' AS description_ja,
        'Moving, family register filings, certificates, My Number cards' AS description_en, 1 AS sort_order
    UNION ALL SELECT 'B', '保険・年金・福祉', 'Insurance, pension and welfare',
        '国民健康保険、国民年金、福祉、子育ての手続き', 'Health insurance, pension, welfare and child-rearing', 2
) l
WHERE o.type = 'GENERAL_BRANCH_OFFICE';

-- Which procedures each lane takes, by catalogue category.
INSERT INTO queue_lane_procedure (lane_id, procedure_code)
SELECT l.id, p.code
FROM queue_lane l
JOIN office o ON o.id = l.office_id
JOIN service_procedure p ON (
       (o.type = 'WARD_OFFICE' AND l.letter = 'A' AND p.category_code = 'moving')
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'B' AND (p.category_code IN ('registry', 'tax') OR p.code = 'inkan-shomei'))
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'C' AND p.category_code = 'family-register')
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'D' AND (p.category_code = 'my-number'
            OR (p.category_code = 'seal' AND p.code <> 'inkan-shomei')))
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'E' AND p.category_code IN ('health-insurance', 'pension'))
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'F' AND p.category_code IN ('welfare', 'long-term-care'))
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'G' AND p.category_code IN ('child', 'maternal'))
    OR (o.type = 'GENERAL_BRANCH_OFFICE' AND l.letter = 'A'
            AND p.category_code IN ('moving', 'registry', 'tax', 'family-register', 'my-number', 'seal'))
    OR (o.type = 'GENERAL_BRANCH_OFFICE' AND l.letter = 'B'
            AND p.category_code IN ('health-insurance', 'pension', 'welfare', 'long-term-care', 'child', 'maternal'))
);

-- Which windows serve each lane.
INSERT INTO queue_lane_window (lane_id, window_id)
SELECT l.id, w.id
FROM queue_lane l
JOIN office o ON o.id = l.office_id
JOIN counter_window w ON w.office_id = l.office_id AND (
       (o.type = 'WARD_OFFICE' AND l.letter = 'A' AND w.number IN (1, 2, 3))
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'B' AND w.number IN (3, 4, 5))
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'C' AND w.number = 6)
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'D' AND w.number = 7)
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'E' AND w.number IN (8, 9, 10))
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'F' AND w.number IN (11, 12))
    OR (o.type = 'WARD_OFFICE' AND l.letter = 'G' AND w.number IN (13, 14))
    OR (o.type = 'GENERAL_BRANCH_OFFICE' AND l.letter = 'A' AND w.number IN (1, 2, 3))
    OR (o.type = 'GENERAL_BRANCH_OFFICE' AND l.letter = 'B' AND w.number IN (3, 4))
);
