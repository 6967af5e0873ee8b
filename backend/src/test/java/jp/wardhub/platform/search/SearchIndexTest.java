package jp.wardhub.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.platform.SearchText;

/**
 * The database's full-text parser agrees with {@link SearchTerms} on what a word is: a pair made of any character the
 * terms use (each range's first and last) is kept whole, so requiring it finds the document.
 */
@QuarkusTest
class SearchIndexTest {

    private static final long FIRST_ID = 9_000_000_000L;

    @Inject
    SearchIndex index;

    @AfterEach
    void removeDocuments() {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("DELETE FROM search_document WHERE kind = 'DUTY' AND owner_id >= ?1")
                .setParameter(1, FIRST_ID).executeUpdate());
    }

    @Test
    void everyCharacterAPairIsMadeOfIsAWordCharacterForTheDatabase() {
        List<String> characters = List.of("a", "z", "0", "9", "一", "龥", "㐀", "䶵", "ぁ", "ゖ", "ヷ", "ヺ", "ー", "々");
        for (int i = 0; i < characters.size(); i++) {
            long id = FIRST_ID + i;
            String text = SearchText.normalize("あ" + characters.get(i));
            QuarkusTransaction.requiringNew().run(() -> index.put(SearchKind.DUTY, id, text));
        }
        for (int i = 0; i < characters.size(); i++) {
            String terms = SearchTerms.required(SearchKind.DUTY, "あ" + characters.get(i));
            assertFalse(terms.isEmpty(), characters.get(i));
            assertEquals(List.of(FIRST_ID + i), matching(terms), "あ" + characters.get(i));
        }
    }

    @Test
    void aDocumentWrittenAgainHoldsOnlyItsNewText() {
        QuarkusTransaction.requiringNew().run(() -> index.put(SearchKind.DUTY, FIRST_ID, "街灯の交換"));
        QuarkusTransaction.requiringNew().run(() -> index.put(SearchKind.DUTY, FIRST_ID, "道路の補修"));
        assertEquals(List.of(), matching(SearchTerms.required(SearchKind.DUTY, "街灯")));
        assertEquals(List.of(FIRST_ID), matching(SearchTerms.required(SearchKind.DUTY, "補修")));
        assertEquals(List.of(), matching(SearchTerms.required(SearchKind.DUTY, "修補")), "a pair is in its order");
        assertEquals(List.of(), matching(SearchTerms.required(SearchKind.PROPOSAL, "補修")), "another kind's terms");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> matching(String terms) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((List<Number>) Panache.getEntityManager().createNativeQuery(
                        "SELECT owner_id FROM search_document WHERE owner_id >= ?1 AND MATCH (grams) AGAINST (?2 IN BOOLEAN MODE)")
                        .setParameter(1, FIRST_ID).setParameter(2, terms).getResultList()).stream()
                        .map(Number::longValue)
                        .toList());
    }
}
