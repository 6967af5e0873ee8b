package jp.wardhub.spa;

import static jp.wardhub.testing.RawHttp.encoding;
import static jp.wardhub.testing.RawHttp.get;
import static jp.wardhub.testing.RawHttp.getWith;
import static jp.wardhub.testing.RawHttp.gunzip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The built SPA's files go out compressed when the browser offers it, as the copies the build compressed; its hashed
 * files are kept a year, index.html and deep links are checked at every visit (a release is picked up at once), and a
 * check of a file unchanged is a 304. Needs the built SPA, like the browser
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

    /** The copy the build wrote beside a file (x.js.br, x.js.gz), as the packaged app holds it. */
    private static byte[] builtCopy(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/resources" + path)) {
            assertNotNull(in, "the build wrote no " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void overHttp11TheBuildsCompressedCopiesGoOutAsTheyAre() {
        String path = asset("js");
        HttpResponse<byte[]> brotli = getWith(path, Map.of("Accept-Encoding", "br"));
        assertEquals("br", encoding(brotli));
        assertArrayEquals(builtCopy(path + ".br"), brotli.body());
        HttpResponse<byte[]> gzipped = getWith(path, Map.of("Accept-Encoding", "br;q=0, gzip"));
        assertEquals("gzip", encoding(gzipped));
        assertArrayEquals(builtCopy(path + ".gz"), gzipped.body());
        assertTrue(brotli.headers().allValues("Vary").toString().contains("Accept-Encoding"));
    }

    @Test
    void overHttp2ThePlatformCompressesAFileAsItSendsItOnce() {
        String path = asset("css"); // under HTTP/2's first window: see RawHttp
        HttpResponse<byte[]> plain = getWith(path, Map.of(), HttpClient.Version.HTTP_2);
        HttpResponse<byte[]> gzipped = getWith(path, Map.of("Accept-Encoding", "gzip"), HttpClient.Version.HTTP_2);
        assertEquals(HttpClient.Version.HTTP_2, gzipped.version());
        assertEquals("gzip", encoding(gzipped));
        assertEquals(IMMUTABLE, cacheControl(gzipped));
        // the build's copy sent as it is would be compressed a second time by the platform's encoder
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), gunzip(gzipped.body()));
    }

    @Test
    void aRepeatVisitIsAnsweredNotModifiedByItsETag() {
        for (String path : new String[] { "/", "/counter", asset("css"), "/favicon.svg" }) {
            HttpResponse<byte[]> first = get(path, "gzip", null);
            String etag = first.headers().firstValue("ETag").orElse("");
            assertTrue(etag.startsWith("W/\""), path + " has no ETag");
            HttpResponse<byte[]> again = getWith(path, Map.of("If-None-Match", etag, "Accept-Encoding", "gzip"));
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length, path);
            assertEquals(cacheControl(first), cacheControl(again), path);
        }
        assertEquals(200, getWith(asset("js"), Map.of("If-None-Match", "\"stale\"")).statusCode());
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
