-- The n-gram full-text index of free text (voices, proposals, Q&A, duties, community groups and projects): one
-- document per record, its search text as terms of two letters behind the kind's letter (SearchTerms). A list asks
-- it for the records holding every pair of a query, then checks the search text itself: a rare word is found without
-- reading every row. InnoDB's full-text index works the same on MariaDB, MySQL and Galera, which Mroonga does not.
CREATE TABLE search_document (
    kind      VARCHAR(16) NOT NULL,
    owner_id  BIGINT      NOT NULL,
    grams     MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (kind, owner_id),
    FULLTEXT INDEX ft_search_document (grams)
);
