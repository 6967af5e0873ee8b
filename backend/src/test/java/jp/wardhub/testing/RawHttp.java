package jp.wardhub.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

import io.restassured.RestAssured;

/**
 * Requests to the application under test through the JDK's client, which neither offers an encoding nor decodes one by
 * itself (RestAssured does both): for checking what goes over the wire.
 * <p>
 * HTTP/1.1 unless a test asks for HTTP/2, as browsers, nginx and partners reach the app over plain HTTP. Over plain
 * HTTP the JDK's client reaches HTTP/2 only by upgrading a connection (h2c), and that upgrade lost its frames' sync
 * about once in 400 GETs of a 258 KB file here (a protocol error, or a response that never ended and held a CI run);
 * so HTTP/2 is for the tests of what HTTP/2 changes, with files under its first flow-control window (64 KB), and
 * every exchange, body included, gives up after {@link #TIMEOUT} (the request's own timeout ends at the response's
 * headers, and a body that never ended once held a CI run for ten minutes). An HTTP/2 exchange that timed out is
 * tried once more on a new connection, so that the client's upgrade losing its sync fails no test; a second timeout,
 * or any wrong answer, still fails it.
 */
public final class RawHttp {

    /** Long enough for a loaded machine, short enough that a lost response fails its test instead of the run. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private RawHttp() {
    }

    /** GET path, offering acceptEncoding (none when null), with the token (none when null). */
    public static HttpResponse<byte[]> get(String path, String acceptEncoding, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (acceptEncoding != null) {
            headers.put("Accept-Encoding", acceptEncoding);
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return getWith(path, headers);
    }

    /** GET path with these request headers, over HTTP/1.1. */
    public static HttpResponse<byte[]> getWith(String path, Map<String, String> headers) {
        return getWith(path, headers, HttpClient.Version.HTTP_1_1);
    }

    /** GET path with these request headers, in this version of HTTP (HTTP/2: a body under 64 KB, see above). */
    public static HttpResponse<byte[]> getWith(String path, Map<String, String> headers, HttpClient.Version version) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(TIMEOUT);
        headers.forEach(request::header);
        int attempts = version == HttpClient.Version.HTTP_2 ? 2 : 1;
        for (int attempt = 1;; attempt++) {
            HttpClient client = HttpClient.newBuilder().version(version).build();
            try {
                return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (attempt == attempts) {
                    throw new IllegalStateException("no whole answer to GET " + path + " within " + TIMEOUT, e);
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                        : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                client.shutdownNow(); // not close(), which would wait for an exchange that never ends
            }
        }
    }

    /** The response's Content-Encoding, "identity" when it has none. */
    public static String encoding(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Encoding").orElse("identity");
    }

    /** A gzip body, decoded as UTF-8 text. */
    public static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
