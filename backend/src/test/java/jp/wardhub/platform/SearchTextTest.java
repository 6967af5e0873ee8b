package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void hiraganaKatakanaAndHalfWidthKanaAreTheSame() {
        String expected = SearchText.normalize("じゅうみんひょう");
        assertEquals(expected, SearchText.normalize("ジュウミンヒョウ"));
        assertEquals(expected, SearchText.normalize("ｼﾞｭｳﾐﾝﾋｮｳ"));
    }

    @Test
    void fullWidthLettersAndDigitsFoldToAsciiLowerCase() {
        assertEquals("abc123", SearchText.normalize("ＡＢＣ１２３"));
    }

    @Test
    void spacesOfEitherWidthDoNotMatter() {
        assertEquals(SearchText.normalize("中央区役所"), SearchText.normalize("中央区　役所 "));
    }

    @Test
    void likePatternEscapesWildcards() {
        assertEquals("%100!%!_off%", SearchText.likePattern("100%_OFF"));
    }

    @Test
    void storedColumnHoldsEveryNamedField() {
        String stored = SearchText.of("清水まちづくりセンター", "しみずまちづくりせんたー", null, "Shimizu");
        assertTrue(stored.contains(SearchText.normalize("シミズ")));
        assertTrue(stored.contains("shimizu"));
    }
}
