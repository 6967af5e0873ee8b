package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void missingIfMatchIsPreconditionRequired() {
        var e = assertThrows(ProblemException.class, () -> ETags.require(null, 3));
        assertEquals(428, e.problemType().status());
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        var e = assertThrows(ProblemException.class, () -> ETags.require("\"2\"", 3));
        assertEquals(412, e.problemType().status());
    }

    @Test
    void currentVersionMatchesQuotedWeakOrInAList() {
        assertDoesNotThrow(() -> ETags.require("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.require("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.require("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.require("*", 3));
    }
}
