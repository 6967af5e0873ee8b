package jp.wardhub.platform.search;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One record's free text as n-gram terms under a full-text index (検索索引). Mapped so that a list's HQL can ask it
 * for the ids that may contain a word; {@link SearchIndex} writes it.
 */
@Entity
@Table(name = "search_document")
@IdClass(SearchDocument.Key.class)
public class SearchDocument {

    /** The document's key: the kind and the id of the record it indexes. */
    public static class Key implements Serializable {

        public SearchKind kind;
        public Long ownerId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && kind == key.kind && Objects.equals(ownerId, key.ownerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, ownerId);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public SearchKind kind;

    @Id
    @Column(name = "owner_id")
    public Long ownerId;

    @Column(nullable = false, columnDefinition = "mediumtext")
    public String grams;
}
