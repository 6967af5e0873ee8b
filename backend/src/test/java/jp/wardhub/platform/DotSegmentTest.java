package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A path with "." or ".." segments is refused rather than resolved to another resource. */
class DotSegmentTest {

    @Test
    void dotSegmentsPlainOrEncodedAreFound() {
        assertTrue(RequestLine.hasDotSegment("/api/v1/offices/../queue"));
        assertTrue(RequestLine.hasDotSegment("/api/v1/offices/%2e%2E/queue"));
        assertTrue(RequestLine.hasDotSegment("/api/v1/./offices"));
        assertTrue(RequestLine.hasDotSegment("/api/v1/offices/.."));
    }

    @Test
    void dotsInsideASegmentAreFine() {
        assertFalse(RequestLine.hasDotSegment("/api/v1/open-data/procedures.csv"));
        assertFalse(RequestLine.hasDotSegment("/open311/v2/requests.json"));
        assertFalse(RequestLine.hasDotSegment("/assets/index-abc...js"));
        assertFalse(RequestLine.hasDotSegment("/"));
    }
}
