-- WardHub schema, part 24: when a proposal's first answer was published (最初の回答の公開日時). HQ staff see every
-- proposal with a published answer, and the public results list shows only those: a condition on the proposal's own
-- row lets a newest-first list stop after a page, where an EXISTS over the answers made MariaDB build the set of all
-- published answers (~33,000 rows at 20,000 proposals) on every request. Answers are never unpublished, so the column
-- is set once, by the first publication. The addressed-bureau index gains the proposal id, so that "proposals
-- addressed to my bureau" reads the index alone (created before the old one is dropped: the bureau's foreign key
-- needs one of them). Portable DDL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode).

ALTER TABLE proposal ADD COLUMN first_answer_published_at DATETIME(6) NULL;
UPDATE proposal SET first_answer_published_at = (SELECT MIN(a.published_at) FROM proposal_answer a
    WHERE a.proposal_id = proposal.id AND a.state = 'PUBLISHED');

CREATE INDEX ix_proposal_answer_bureau_proposal ON proposal_answer (bureau_code, state, proposal_id);
DROP INDEX ix_proposal_answer_bureau ON proposal_answer;
