package jp.wardhub.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pairs of letters the full-text index holds and a query requires. */
class SearchTermsTest {

    @Test
    void aDocumentHoldsEachPairOfNeighbouringLettersOnceAndNoneAcrossFields() {
        assertEquals("v街灯 v灯が vが切 v切れ v交換", SearchTerms.document(SearchKind.VOICE, "街灯が切れ|交換|"));
        assertEquals("pあい pいあ", SearchTerms.document(SearchKind.PROPOSAL, "あいあいあ"));
        assertEquals("", SearchTerms.document(SearchKind.VOICE, null));
    }

    @Test
    void aQueryRequiresItsPairsFoldedAsTheStoredTextIs() {
        assertEquals("+v街灯 +v灯が", SearchTerms.required(SearchKind.VOICE, "街灯が"));
        assertEquals("+vまん +vんほ +vほー +vーる", SearchTerms.required(SearchKind.VOICE, "ﾏﾝﾎｰﾙ"),
                "half-width katakana folds to hiragana");
        assertEquals(SearchTerms.required(SearchKind.VOICE, "まんほーる"), SearchTerms.required(SearchKind.VOICE, "マンホール"));
        assertEquals("+rab +rbc", SearchTerms.required(SearchKind.VOICE_PUBLIC, "ＡＢＣ"), "full-width letters, any case");
    }

    @Test
    void aQueryWithoutTwoNeighbouringLettersRequiresNothing() {
        assertEquals("", SearchTerms.required(SearchKind.VOICE, "桜"), "one character: the text check alone");
        assertEquals("", SearchTerms.required(SearchKind.VOICE, "2-1"));
        assertEquals("", SearchTerms.required(SearchKind.VOICE, "「」！？"));
        assertEquals("+vab +vcd", SearchTerms.required(SearchKind.VOICE, "ab-cd"), "a symbol ends a pair");
    }

    @Test
    void charactersTheDatabaseSplitsWordsOnMakeNoPair() {
        assertEquals("+v野家", SearchTerms.required(SearchKind.VOICE, "𠮷野家"), "beyond U+FFFF");
        assertEquals("", SearchTerms.required(SearchKind.VOICE, "鿦鿦"), "a kanji added after Unicode 1.1 (U+9FE6)");
        assertEquals("", SearchTerms.required(SearchKind.VOICE, "서울"), "Hangul is searched by the text check alone");
    }

    @Test
    void aLongQueryRequiresItsFirstTenPairs() {
        String query = "一二三四五六七八九十百千万";
        assertEquals(10, SearchTerms.required(SearchKind.VOICE, query).split(" ").length);
    }
}
