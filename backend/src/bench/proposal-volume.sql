-- Benchmark volume for ward-born proposals: @proposals proposals (20,000 unless set before) over the same years as
-- voice-volume.sql's voices (@voices at 50,000 a year: 20,000 over five years, about 4,000 a year; 100,000 over
-- twenty; spread over the five wards and three kinds), each addressed to one to three bureaus (about 32,000 answers),
-- with their evidence, timeline and milestones. Proposals older than 60 days are answered (published answers with a
-- decision; adopted ones in progress or done); the recent ones are drafts or awaiting answers, a few past due.
-- Run once on a freshly migrated database (MariaDB 10.11 or MySQL 8.4). Benchmark titles start with 'ベンチ提案'.
SET @proposals = COALESCE(@proposals, 20000);
SET @voices = COALESCE(@voices, 250000);
SET @days = ROUND(@voices / 50000 * 365.2);

INSERT INTO proposal (ward_code, kind, fiscal_year, title, background, content, expected_effect, estimated_cost_yen,
                      status, progress_percent, created_by, created_at, submitted_at, updated_at, search_text)
WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 9),
n AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 10000 * f.x + 100000 * g.x AS i
      FROM d a CROSS JOIN d b CROSS JOIN d c CROSS JOIN d e CROSS JOIN d f CROSS JOIN d g),
p AS (SELECT i,
             TIMESTAMPADD(DAY, -(@days - 1 - FLOOR(i * @days / @proposals)), CURRENT_DATE) AS created_on,
             @days - 1 - FLOOR(i * @days / @proposals) AS days_ago,
             ELT(1 + MOD(i * 3 + FLOOR(i / 7), 5), '431010', '431028', '431036', '431044', '431052') AS ward_code,
             ELT(1 + MOD(i, 3), 'POLICY', 'PROJECT', 'BUDGET_REQUEST') AS kind,
             ELT(1 + MOD(i, 6), '通学路の安全対策', '地域の防災訓練の拡充', '公園の再整備', 'ごみ出し支援の拡大',
                 '子育て広場の開設', '窓口の待ち時間の短縮') AS theme
      FROM n WHERE i < @proposals),
s AS (SELECT p.*,
             -- the fiscal year (April to March) the proposal was made in
             YEAR(created_on) - CASE WHEN MONTH(created_on) < 4 THEN 1 ELSE 0 END AS fiscal_year,
             CASE WHEN days_ago < 60 AND MOD(i, 4) = 0 THEN 'DRAFT'
                  WHEN days_ago < 60 THEN 'SUBMITTED'
                  WHEN MOD(i, 50) = 0 THEN 'WITHDRAWN'
                  WHEN MOD(i, 4) = 1 AND days_ago < 400 THEN 'IN_PROGRESS'
                  WHEN MOD(i, 4) = 1 THEN 'DONE'
                  ELSE 'ANSWERED' END AS status
      FROM p)
SELECT ward_code, kind, fiscal_year, CONCAT('ベンチ提案 ', i, ' ', theme),
       CONCAT(theme, 'について区民の声が続いています。'), CONCAT(theme, 'を区と局で進めることを提案します。'),
       '安全で暮らしやすい地域になります。', 100000 * (1 + MOD(i, 300)),
       status,
       CASE status WHEN 'IN_PROGRESS' THEN MOD(i, 10) * 10 WHEN 'DONE' THEN 100 END,
       'bench', TIMESTAMPADD(MINUTE, 540 + MOD(i, 480), created_on),
       CASE WHEN status <> 'DRAFT' THEN TIMESTAMPADD(MINUTE, 600 + MOD(i, 420), TIMESTAMPADD(DAY, 2, created_on)) END,
       TIMESTAMPADD(MINUTE, 600 + MOD(i, 420), TIMESTAMPADD(DAY, 2, created_on)),
       -- SearchText.of(title, background, content, expected effect): NFKC, lower case, katakana as hiragana
       CONCAT('べんち提案', i, theme, '|', theme, 'について区民の声が続いています。|', theme,
              'を区と局で進めることを提案します。|安全で暮らしやすい地域になります。')
FROM s
ORDER BY i;

CREATE TEMPORARY TABLE bench_proposal AS
SELECT id, status, submitted_at, ROW_NUMBER() OVER (ORDER BY id) - 1 AS i FROM proposal WHERE title LIKE 'ベンチ提案 %';

-- Addressed bureaus: one for every proposal, a second for one in two, a third for one in five (three distinct ones).
CREATE TEMPORARY TABLE bench_address (slot INT NOT NULL);
INSERT INTO bench_address VALUES (0), (1), (2);
INSERT INTO proposal_answer (proposal_id, bureau_code, state, due_on, decision, reasons, cost_yen, timing,
                             answered_by, answered_at, approved_by, approved_at, published_by, published_at)
SELECT bp.id,
       ELT(1 + MOD(bp.i + ELT(1 + slot, 0, 3, 7), 10), 'policy', 'general-affairs', 'finance', 'culture-citizens',
           'health-welfare', 'children', 'environment', 'economy-tourism', 'urban-construction', 'crisis-management'),
       CASE WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE') THEN 'PUBLISHED'
            WHEN bp.status = 'SUBMITTED' AND MOD(bp.i, 3) = 0 THEN 'ANSWERED'
            ELSE 'PENDING' END AS state,
       DATE(TIMESTAMPADD(DAY, 30, bp.submitted_at)),
       CASE WHEN bp.status IN ('IN_PROGRESS', 'DONE') AND slot = 0 THEN ELT(1 + MOD(bp.i, 2), 'ADOPTED', 'PARTIALLY_ADOPTED')
            WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE')
                THEN ELT(1 + MOD(bp.i + slot, 4), 'ADOPTED', 'PARTIALLY_ADOPTED', 'FURTHER_STUDY', 'NOT_ADOPTED')
            WHEN bp.status = 'SUBMITTED' AND MOD(bp.i, 3) = 0 THEN 'FURTHER_STUDY' END,
       CASE WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE') OR (bp.status = 'SUBMITTED' AND MOD(bp.i, 3) = 0)
            THEN 'ベンチマーク用の回答理由です。' END,
       NULL, NULL,
       CASE WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE') OR (bp.status = 'SUBMITTED' AND MOD(bp.i, 3) = 0) THEN 'bench' END,
       CASE WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE') OR (bp.status = 'SUBMITTED' AND MOD(bp.i, 3) = 0)
            THEN TIMESTAMPADD(DAY, 20, bp.submitted_at) END,
       CASE WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE') THEN 'bench-approver' END,
       CASE WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE') THEN TIMESTAMPADD(DAY, 22, bp.submitted_at) END,
       CASE WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE') THEN 'bench-approver' END,
       CASE WHEN bp.status IN ('ANSWERED', 'IN_PROGRESS', 'DONE') THEN TIMESTAMPADD(DAY, 23, bp.submitted_at) END
FROM bench_proposal bp JOIN bench_address ON slot = 0 OR (slot = 1 AND MOD(bp.i, 2) = 0) OR (slot = 2 AND MOD(bp.i, 5) = 0)
WHERE bp.status NOT IN ('DRAFT', 'WITHDRAWN') OR (bp.status = 'WITHDRAWN' AND slot = 0);

UPDATE proposal p JOIN (SELECT proposal_id, MIN(published_at) AS first FROM proposal_answer
                        WHERE state = 'PUBLISHED' GROUP BY proposal_id) a ON a.proposal_id = p.id
SET p.first_answer_published_at = a.first WHERE p.id IN (SELECT id FROM bench_proposal);

-- Evidence: two linked voices (benchmark references) and one figure for one proposal in three.
INSERT INTO proposal_voice (proposal_id, voice_ref, sort_order)
SELECT id, CONCAT('B-', YEAR(submitted_at), '-', LPAD(MOD(i * 11, @voices), 7, '0')), 0 FROM bench_proposal
WHERE MOD(i, 3) = 0 AND submitted_at IS NOT NULL;
INSERT INTO proposal_figure (proposal_id, label, figure, unit, sort_order)
SELECT id, '関連する区民の声の件数', 10 + MOD(i, 90), '件', 0 FROM bench_proposal WHERE MOD(i, 3) = 0;

-- The timeline: drafted, submitted, each answer published, and done.
INSERT INTO proposal_event (proposal_id, occurred_at, actor, kind, bureau_code, note)
SELECT bp.id, p.created_at, 'bench', 'DRAFTED', NULL, NULL FROM bench_proposal bp JOIN proposal p ON p.id = bp.id;
INSERT INTO proposal_event (proposal_id, occurred_at, actor, kind, bureau_code, note)
SELECT id, submitted_at, 'bench', 'SUBMITTED', NULL, NULL FROM bench_proposal WHERE submitted_at IS NOT NULL;
INSERT INTO proposal_event (proposal_id, occurred_at, actor, kind, bureau_code, note)
SELECT proposal_id, published_at, published_by, 'PUBLISHED', bureau_code, NULL FROM proposal_answer
WHERE published_at IS NOT NULL AND proposal_id IN (SELECT id FROM bench_proposal);

-- Two milestones for each adopted proposal in progress or done.
INSERT INTO proposal_milestone (proposal_id, title, due_on, done, bureau_code, created_by, created_at)
SELECT bp.id, ELT(1 + slot, '関係課との調整', '事業の実施'), DATE(TIMESTAMPADD(DAY, 90 * (slot + 1), bp.submitted_at)),
       bp.status = 'DONE' OR slot = 0, NULL, 'bench', TIMESTAMPADD(DAY, 25, bp.submitted_at)
FROM bench_proposal bp JOIN bench_address ON slot < 2
WHERE bp.status IN ('IN_PROGRESS', 'DONE');

-- Their search documents, made as voice-volume.sql makes the voices'.
ALTER TABLE search_document DROP INDEX ft_search_document;
INSERT INTO search_document (kind, owner_id, grams)
SELECT 'PROPOSAL', id, CONCAT('p', LEFT(search_text, 1), REGEXP_REPLACE(SUBSTRING(search_text, 2), '(.)', '\\1 p\\1'))
FROM proposal WHERE id IN (SELECT id FROM bench_proposal);
ALTER TABLE search_document ADD FULLTEXT INDEX ft_search_document (grams);

DROP TEMPORARY TABLE bench_address;
DROP TEMPORARY TABLE bench_proposal;
-- The proposals' counts (ProposalCounts), as migration V30 builds them from what there is: the app keeps them on
-- every write it makes, and this script writes around it.
DELETE FROM proposal_answer_count;
INSERT INTO proposal_answer_count (fiscal_year, ward_code, bureau_code, decision, answers)
SELECT p.fiscal_year, p.ward_code, a.bureau_code, COALESCE(a.decision, ''), COUNT(*)
FROM proposal_answer a JOIN proposal p ON p.id = a.proposal_id
WHERE a.state = 'PUBLISHED' AND p.status <> 'WITHDRAWN' GROUP BY 1, 2, 3, 4;
DELETE FROM proposal_count;
INSERT INTO proposal_count (fiscal_year, ward_code, reflected, proposals)
SELECT fiscal_year, ward_code, reflected, COUNT(*)
FROM (SELECT p.fiscal_year, p.ward_code,
             MAX(CASE WHEN a.decision IN ('ADOPTED', 'PARTIALLY_ADOPTED') THEN 1 ELSE 0 END) reflected
      FROM proposal_answer a JOIN proposal p ON p.id = a.proposal_id
      WHERE a.state = 'PUBLISHED' AND p.status <> 'WITHDRAWN' GROUP BY p.id, p.fiscal_year, p.ward_code) answered
GROUP BY fiscal_year, ward_code, reflected;

ANALYZE TABLE proposal, proposal_answer, proposal_voice, proposal_figure, proposal_event, proposal_milestone,
              search_document, proposal_answer_count, proposal_count;
