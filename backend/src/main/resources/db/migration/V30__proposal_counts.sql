-- 区提案の集計表: the published answers of proposals not withdrawn, counted per fiscal year, ward, bureau and decision,
-- and those proposals per fiscal year, ward and whether an answer reflected them (adopted wholly or in part), kept by
-- the app in the transaction that publishes an answer or withdraws a proposal (ProposalCounts). The statistics read
-- these rows instead of joining every published answer to its proposal (at 100,000 proposals 0.6-1.5 s for the
-- first answer after a write).
CREATE TABLE proposal_answer_count (
    fiscal_year INT         NOT NULL,
    ward_code   VARCHAR(6)  NOT NULL,
    bureau_code VARCHAR(40) NOT NULL,
    decision    VARCHAR(30) NOT NULL,
    answers     BIGINT      NOT NULL,
    PRIMARY KEY (fiscal_year, ward_code, bureau_code, decision)
);

CREATE TABLE proposal_count (
    fiscal_year INT        NOT NULL,
    ward_code   VARCHAR(6) NOT NULL,
    reflected   INT        NOT NULL,
    proposals   BIGINT     NOT NULL,
    PRIMARY KEY (fiscal_year, ward_code, reflected)
);

INSERT INTO proposal_answer_count (fiscal_year, ward_code, bureau_code, decision, answers)
SELECT p.fiscal_year, p.ward_code, a.bureau_code, COALESCE(a.decision, ''), COUNT(*)
FROM proposal_answer a
JOIN proposal p ON p.id = a.proposal_id
WHERE a.state = 'PUBLISHED' AND p.status <> 'WITHDRAWN'
GROUP BY p.fiscal_year, p.ward_code, a.bureau_code, COALESCE(a.decision, '');

INSERT INTO proposal_count (fiscal_year, ward_code, reflected, proposals)
SELECT fiscal_year, ward_code, reflected, COUNT(*)
FROM (SELECT p.fiscal_year, p.ward_code,
             MAX(CASE WHEN a.decision IN ('ADOPTED', 'PARTIALLY_ADOPTED') THEN 1 ELSE 0 END) reflected
      FROM proposal_answer a
      JOIN proposal p ON p.id = a.proposal_id
      WHERE a.state = 'PUBLISHED' AND p.status <> 'WITHDRAWN'
      GROUP BY p.id, p.fiscal_year, p.ward_code) answered
GROUP BY fiscal_year, ward_code, reflected;
