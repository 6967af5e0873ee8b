package jp.wardhub.spa;

import static jp.wardhub.testing.RawHttp.encoding;
import static jp.wardhub.testing.RawHttp.get;
import static jp.wardhub.testing.RawHttp.gunzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The built SPA's files go out compressed when the browser offers it; its hashed files are kept a year, index.html
 * and deep links are checked at every visit (a release is picked up at once). Needs the built SPA, like the browser
 * tests (hence their tag).
 */
@QuarkusTest
@Tag("browser")
class SpaFilesTest {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static String cacheControl(HttpResponse<?> response) {
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    private static String asset(String extension) {
        String index = new String(get("/", null, null).body(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("/assets/[^\"]+\\." + extension).matcher(index);
        assertTrue(m.find(), "index.html names no " + extension + " file: " + index);
        return m.group();
    }

    @Test
    void hashedAssetsAreCompressedWhenAskedAndKeptAYear() {
        for (String path : new String[] { asset("js"), asset("css") }) {
            HttpResponse<byte[]> gzipped = get(path, "gzip", null);
            assertEquals(200, gzipped.statusCode(), path);
            assertEquals("gzip", encoding(gzipped), path);
            assertEquals(IMMUTABLE, cacheControl(gzipped), path);
            HttpResponse<byte[]> plain = get(path, null, null);
            assertEquals("identity", encoding(plain), path);
            assertEquals(IMMUTABLE, cacheControl(plain), path);
            assertEquals(new String(plain.body(), StandardCharsets.UTF_8), gunzip(gzipped.body()), path);
        }
        HttpResponse<byte[]> brotli = get(asset("js"), "gzip, deflate, br", null);
        assertEquals("br", encoding(brotli));
    }

    @Test
    void indexHtmlAndDeepLinksAreCheckedAtEveryVisit() {
        for (String path : new String[] { "/", "/index.html", "/voices/analysis", "/counter" }) {
            HttpResponse<byte[]> page = get(path, "gzip", null);
            assertEquals(200, page.statusCode(), path);
            assertEquals("no-cache", cacheControl(page), path);
            assertEquals("gzip", encoding(page), path);
            assertTrue(gunzip(page.body()).contains("<div id=\"root\">"), path);
        }
    }

    @Test
    void theFaviconIsAnSvgKeptADayAndAMissingAssetIsNotKept() {
        HttpResponse<byte[]> icon = get("/favicon.svg", "gzip", null);
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertEquals("gzip", encoding(icon));
        assertEquals("public, max-age=86400", cacheControl(icon));

        HttpResponse<byte[]> missing = get("/assets/no-such-file-0000.js", null, null);
        assertEquals(404, missing.statusCode());
        assertNotEquals(IMMUTABLE, cacheControl(missing));
    }
}
