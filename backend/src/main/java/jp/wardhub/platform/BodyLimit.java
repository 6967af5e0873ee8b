package jp.wardhub.platform;

import java.util.Locale;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a body larger than {@code wardhub.http.max-body-size} (a CSV upload, {@code text/csv}: larger than
 * {@code wardhub.http.max-upload-size}; a resident's voice with photos: {@code wardhub.http.max-photo-upload-size}) with a 413 problem. {@code quarkus.http.limits.max-body-size}, the HTTP layer's
 * own limit, must be at least the larger of the two. A body announced by
 * {@code Content-Length} is refused before it is read (the HTTP layer's own check would close the connection with an
 * empty 413). A chunked body has no length up front, and the REST layer would silently cut it at the limit and then
 * find it not valid JSON; so it is read here, counted, and either refused once it passes the limit or handed on whole.
 */
public class BodyLimit {

    @Inject
    @ConfigProperty(name = "wardhub.http.max-body-size")
    MemorySize maxBodySize;

    /** City systems export a year of monthly figures as one CSV file, far larger than any JSON body. */
    @Inject
    @ConfigProperty(name = "wardhub.http.max-upload-size")
    MemorySize maxUploadSize;

    /** A resident's voice with up to three photos: the one place that takes them. */
    @Inject
    @ConfigProperty(name = "wardhub.http.max-photo-upload-size")
    MemorySize maxPhotoUploadSize;

    static final String PHOTO_UPLOAD_PATH = "/api/v1/public/voices";

    @RouteFilter(900)
    void check(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && isOver(length, limit(rc))) {
            tooLarge(rc);
            return;
        }
        if (length == null && isChunked(rc.request()) && !rc.request().isEnded() && rc.body().buffer() == null) {
            readChunked(rc);
            return;
        }
        rc.next();
    }

    private static boolean isChunked(HttpServerRequest request) {
        String te = request.getHeader("Transfer-Encoding");
        return te != null && te.toLowerCase(Locale.ROOT).contains("chunked");
    }

    @SuppressWarnings("deprecation") // RoutingContext.setBody: the REST layer reads a body set here instead of the request
    private void readChunked(RoutingContext rc) {
        long max = limit(rc);
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > max) {
                refused[0] = true;
                tooLarge(rc);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(e -> {
            if (!refused[0] && !rc.response().ended()) {
                refused[0] = true;
                rc.fail(e);
            }
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                rc.setBody(body);
                rc.next();
            }
        });
        request.resume();
    }

    private long limit(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("multipart/form-data") && PHOTO_UPLOAD_PATH.equals(rc.normalizedPath())) {
            return maxPhotoUploadSize.asLongValue();
        }
        return (t.startsWith("text/csv") ? maxUploadSize : maxBodySize).asLongValue();
    }

    private void tooLarge(RoutingContext rc) {
        long kb = limit(rc) / 1024;
        rc.response().putHeader("Connection", "close");
        Problems.write(rc, ProblemType.PAYLOAD_TOO_LARGE,
                Bilingual.of("リクエスト本文は " + kb + " KB までです", "request body limit: " + kb + " KB"));
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
