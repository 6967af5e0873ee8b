-- The search documents (db/vendor/mariadb/V26) on the embedded H2 database of the dev run and the demo build, which
-- has no FULLTEXT index of this kind: the documents are kept the same way, and a list checks the text of every row
-- (FullTextFunction matches every document on H2), which is fast enough for the demo data.
CREATE TABLE search_document (
    kind      VARCHAR(16) NOT NULL,
    owner_id  BIGINT      NOT NULL,
    grams     MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (kind, owner_id)
);
