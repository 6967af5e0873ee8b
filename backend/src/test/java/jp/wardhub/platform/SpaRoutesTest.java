package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the SPA's files are described: which coding a browser accepts, each file's type and how long it is kept. */
class SpaRoutesTest {

    @Test
    void aCodingIsAcceptedWhenNamedOrCoveredByAStarUnlessItsWeightIsZero() {
        assertTrue(SpaRoutes.accepts("gzip, deflate, br", "br"));
        assertTrue(SpaRoutes.accepts("gzip;q=0.5", "gzip"));
        assertTrue(SpaRoutes.accepts("*", "br"));
        assertTrue(SpaRoutes.accepts(" BR ; q=1", "br"));
        assertFalse(SpaRoutes.accepts("br;q=0, gzip", "br"));
        assertFalse(SpaRoutes.accepts("br;q=0.0", "br"));
        assertFalse(SpaRoutes.accepts("br;q=x", "br"));
        assertFalse(SpaRoutes.accepts("identity", "gzip"));
        assertFalse(SpaRoutes.accepts("", "gzip"));
        assertFalse(SpaRoutes.accepts(null, "gzip"));
    }

    @Test
    void hashedAssetsAreKeptAYearIndexHtmlIsCheckedEveryTimeOtherFilesADay() {
        assertEquals(SpaRoutes.HASHED, SpaRoutes.cacheControl("/assets/index-abc123.js"));
        assertEquals(SpaRoutes.INDEX, SpaRoutes.cacheControl("/index.html"));
        assertEquals(SpaRoutes.OTHER_FILES, SpaRoutes.cacheControl("/favicon.svg"));
    }

    @Test
    void typesFollowTheExtension() {
        assertEquals("text/javascript; charset=utf-8", SpaRoutes.contentType("/assets/a.js"));
        assertEquals("text/css; charset=utf-8", SpaRoutes.contentType("/assets/a.CSS"));
        assertEquals("text/html; charset=utf-8", SpaRoutes.contentType("/index.html"));
        assertEquals("image/svg+xml", SpaRoutes.contentType("/favicon.svg"));
        assertEquals("application/octet-stream", SpaRoutes.contentType("/assets/a.unknown"));
    }
}
