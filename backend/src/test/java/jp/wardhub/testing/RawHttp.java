package jp.wardhub.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import io.restassured.RestAssured;

/**
 * Requests to the application under test through the JDK's client, which neither offers an encoding nor decodes one by
 * itself (RestAssured does both): for checking what goes over the wire.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** GET path, offering acceptEncoding (none when null), with the token (none when null). */
    public static HttpResponse<byte[]> get(String path, String acceptEncoding, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
