package jp.wardhub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * The single-page app's files and deep links, served from memory.
 * <ul>
 * <li>Deep links ({@code /offices/2}, {@code /wards?x}) get its {@code index.html}, so the SPA's router can show them.
 * Decided before the REST layer, which answers every path it does not know with a 404 problem: API paths
 * ({@code /api}, {@code /open311}, {@code /q}) are left alone, and a file that is not there goes on to the platform
 * (a 404).</li>
 * <li>Each file is read once, with the brotli and gzip copies the build wrote beside it ({@code x.js.br},
 * {@code x.js.gz}); an HTTP/1.1 request (browsers over plain HTTP, a reverse proxy such as nginx) gets the copy its
 * {@code Accept-Encoding} allows, as it is, so nothing is compressed per request. Over HTTP/2 the platform compresses
 * as before: its encoder would compress a copy again. Files without copies (images) go out as they are.</li>
 * <li>Caching: {@code index.html} (and every deep link) is {@code no-cache}, so a new release is picked up at the next
 * visit, with an ETag so that the check costs a 304; the build's hashed files under {@code /assets/} never change
 * under their name, so they are kept a year ({@code immutable}); other files (the favicon) a day.</li>
 * </ul>
 */
public class SpaRoutes {

    private static final String[] NOT_SPA = { "/api", "/open311", "/q/" };
    static final String ASSETS = "/assets/";
    static final String HASHED = "public, max-age=31536000, immutable";
    static final String OTHER_FILES = "public, max-age=86400";
    static final String INDEX = "no-cache";
    private static final String INDEX_HTML = "/index.html";

    /** The files read so far, by path; only files that exist (the build's, a bounded set) are kept. */
    private final Map<String, SpaFile> files = new ConcurrentHashMap<>();

    @RouteFilter(800)
    void serve(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        String path = rc.normalizedPath();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || isApi(path)) {
            rc.next();
            return;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        boolean isFile = lastSegment.contains(".");
        if (isFile && (lastSegment.endsWith(".br") || lastSegment.endsWith(".gz"))) {
            rc.next(); // the compressed copies are sent in place of their file, not asked for by name
            return;
        }
        SpaFile file = file(isFile ? path : INDEX_HTML);
        if (file == null) {
            rc.next();
            return;
        }
        file.send(rc);
    }

    private static boolean isApi(String path) {
        for (String prefix : NOT_SPA) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private SpaFile file(String path) {
        SpaFile known = files.get(path);
        if (known != null) {
            return known;
        }
        byte[] content = read(path);
        if (content == null) {
            return null; // not kept: a miss must not grow the map
        }
        SpaFile file = new SpaFile(contentType(path), cacheControl(path), etag(content), Buffer.buffer(content),
                buffer(read(path + ".br")), buffer(read(path + ".gz")));
        files.putIfAbsent(path, file);
        return file;
    }

    private static byte[] read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/resources" + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Buffer buffer(byte[] bytes) {
        return bytes == null ? null : Buffer.buffer(bytes);
    }

    static String cacheControl(String path) {
        if (path.startsWith(ASSETS)) {
            return HASHED;
        }
        return path.equals(INDEX_HTML) ? INDEX : OTHER_FILES;
    }

    static String contentType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "json" -> "application/json";
            case "webmanifest" -> "application/manifest+json";
            case "txt" -> "text/plain; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            default -> "application/octet-stream";
        };
    }

    private static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            // weak: the brotli, gzip and plain bodies of a file are one representation to a cache revalidating it
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code Accept-Encoding} header allows a content coding (named, or {@code *}, and not {@code q=0}). */
    static boolean accepts(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String offer : acceptEncoding.split(",")) {
            String[] parts = offer.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (!name.equals(coding) && !name.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(parameter.substring(2).trim()) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    /** One file of the build: as it is, and its brotli and gzip copies when the build wrote them. */
    record SpaFile(String contentType, String cacheControl, String etag, Buffer identity, Buffer brotli, Buffer gzip) {

        void send(RoutingContext rc) {
            HttpServerResponse response = rc.response();
            response.putHeader("Content-Type", contentType)
                    .putHeader("Cache-Control", cacheControl)
                    .putHeader("ETag", etag);
            if (brotli != null || gzip != null) {
                response.putHeader("Vary", "Accept-Encoding");
            }
            String ifNoneMatch = rc.request().getHeader("If-None-Match");
            if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
                response.setStatusCode(304).end();
                return;
            }
            String acceptEncoding = rc.request().getHeader("Accept-Encoding");
            if (rc.request().version() == HttpVersion.HTTP_2) {
                // Over HTTP/2 the platform's encoder compresses whatever the response's Content-Encoding names, a
                // copy already compressed too: there it compresses the file as it sends it.
                response.end(identity);
            } else if (brotli != null && accepts(acceptEncoding, "br")) {
                response.putHeader("Content-Encoding", "br").end(brotli);
            } else if (gzip != null && accepts(acceptEncoding, "gzip")) {
                response.putHeader("Content-Encoding", "gzip").end(gzip);
            } else {
                response.end(identity); // the platform's compressor still applies if the build wrote no copy
            }
        }
    }
}
