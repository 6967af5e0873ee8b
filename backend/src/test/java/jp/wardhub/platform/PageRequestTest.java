package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, ""));
    }

    @Test
    void sizeAboveTheCapNamesTheSizeParameter() {
        var e = assertThrows(ProblemException.class, () -> PageRequest.of("0", "10000"));
        assertEquals("size", e.errors().get(0).field());
    }

    @Test
    void negativeOrNonNumericPageNamesThePageParameter() {
        assertEquals("page",
                assertThrows(ProblemException.class, () -> PageRequest.of("-1", null)).errors().get(0).field());
        assertEquals("page",
                assertThrows(ProblemException.class, () -> PageRequest.of("abc", null)).errors().get(0).field());
    }

    @Test
    void aPageStartingAMillionRowsDeepNamesThePageParameter() {
        assertEquals(new PageRequest(9_999, 100), PageRequest.of("9999", "100"));
        assertEquals(new PageRequest(999_999, 1), PageRequest.of("999999", "1"));
        assertEquals("page",
                assertThrows(ProblemException.class, () -> PageRequest.of("10000", "100")).errors().get(0).field());
        assertEquals("page",
                assertThrows(ProblemException.class, () -> PageRequest.of("21474837", "100")).errors().get(0).field());
        assertEquals("page",
                assertThrows(ProblemException.class, () -> PageRequest.of("2147483647", null)).errors().get(0).field());
    }

    @Test
    void aPageAtOrPastTheTotalHasNothingToRead() {
        assertTrue(new PageRequest(0, 20).beyond(0), "no rows: even the first page is empty");
        assertFalse(new PageRequest(0, 20).beyond(1));
        assertFalse(new PageRequest(2, 20).beyond(41));
        assertTrue(new PageRequest(2, 20).beyond(40));
    }
}
