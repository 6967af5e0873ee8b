package jp.wardhub.platform.search;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keeps each searchable record's {@link SearchDocument} in step with its search text. A service calls {@link #put}
 * in the transaction that sets the text, so the document commits (or rolls back) with the record. Rows written by
 * SQL alone (a data migration, a benchmark generator) must write their documents too: {@code V26_1} indexed what
 * existed.
 */
@ApplicationScoped
public class SearchIndex {

    public void put(SearchKind kind, long ownerId, String searchText) {
        String terms = SearchTerms.document(kind, searchText);
        Panache.getEntityManager().createNativeQuery("""
                INSERT INTO search_document (kind, owner_id, grams) VALUES (?1, ?2, ?3)
                ON DUPLICATE KEY UPDATE grams = ?3""")
                .setParameter(1, kind.name()).setParameter(2, ownerId).setParameter(3, terms)
                .executeUpdate();
    }
}
