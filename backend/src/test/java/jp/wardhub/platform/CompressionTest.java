package jp.wardhub.platform;

import static jp.wardhub.testing.RawHttp.encoding;
import static jp.wardhub.testing.RawHttp.get;
import static jp.wardhub.testing.RawHttp.gunzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.Accounts;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * The API's bodies are compressed when the client offers an encoding (gzip, brotli) and sent as they are when it does
 * not ({@link jp.wardhub.testing.RawHttp}: what goes over the wire).
 */
@QuarkusTest
class CompressionTest {

    @Test
    void aJsonListIsGzippedWhenAskedAndPlainWhenNot() {
        HttpResponse<byte[]> gzipped = get("/api/v1/offices?size=50", "gzip", null);
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", encoding(gzipped));
        assertEquals("Accept-Encoding", gzipped.headers().firstValue("Vary").orElse(""));
        String json = gunzip(gzipped.body());
        assertTrue(json.startsWith("{") && json.contains("\"items\""), json);
        assertTrue(gzipped.body().length * 3 < json.length(), gzipped.body().length + " of " + json.length());

        HttpResponse<byte[]> plain = get("/api/v1/offices?size=50", null, null);
        assertEquals(200, plain.statusCode());
        assertEquals("identity", encoding(plain));
        assertEquals("Accept-Encoding", plain.headers().firstValue("Vary").orElse(""));
        assertEquals(json, new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void brotliIsPreferredWhenOffered() {
        HttpResponse<byte[]> response = get("/api/v1/offices?size=50", "gzip, deflate, br", null);
        assertEquals(200, response.statusCode());
        assertEquals("br", encoding(response));
    }

    @SendsInvalidRequests
    @Test
    void problemsCsvAndFeedsAreCompressedToo() {
        HttpResponse<byte[]> problem = get("/api/v1/no-such-thing", "gzip", null);
        assertEquals(404, problem.statusCode());
        assertEquals("gzip", encoding(problem));
        assertTrue(gunzip(problem.body()).contains("\"status\":404"));
        HttpResponse<byte[]> invalid = get("/api/v1/offices?size=abc", "gzip", null);
        assertEquals(400, invalid.statusCode());
        assertEquals("gzip", encoding(invalid));

        HttpResponse<byte[]> csv = get("/api/v1/voices/export.csv", "gzip", Accounts.token("admin"));
        assertEquals(200, csv.statusCode());
        assertEquals("gzip", encoding(csv));
        assertTrue(gunzip(csv.body()).startsWith("\uFEFF\"受付番号\""));

        HttpResponse<byte[]> feed = get("/api/v1/public/feed.atom", "gzip", null);
        assertEquals(200, feed.statusCode());
        assertEquals("gzip", encoding(feed));
        assertTrue(gunzip(feed.body()).contains("<feed"));
    }
}
