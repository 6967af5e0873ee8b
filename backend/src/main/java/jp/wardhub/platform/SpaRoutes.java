package jp.wardhub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The single-page app's files and deep links.
 * <ul>
 * <li>Deep links ({@code /offices/2}, {@code /wards?x}) get its {@code index.html}, so the SPA's router can show them.
 * Decided before the REST layer, which answers every path it does not know with a 404 problem: API paths
 * ({@code /api}, {@code /open311}, {@code /q}) and file-like paths are left alone.</li>
 * <li>Caching: {@code index.html} (and every deep link) is {@code no-cache}, so a new release is picked up at the next
 * visit; the build's hashed files under {@code /assets/} never change under their name, so they are kept a year
 * ({@code immutable}); other files (the favicon) a day. The platform's static handler would mark every file
 * {@code immutable} for a day.</li>
 * <li>Compression is the platform's, for every listed media type ({@link Compression}).</li>
 * </ul>
 */
public class SpaRoutes {

    private static final String[] NOT_SPA = { "/api", "/open311", "/q/" };
    static final String ASSETS = "/assets/";
    static final String HASHED = "public, max-age=31536000, immutable";
    static final String OTHER_FILES = "public, max-age=86400";
    static final String INDEX = "no-cache";
    private volatile Buffer indexHtml;

    @RouteFilter(800)
    void deepLinks(RoutingContext rc) {
        if (isSpaRoute(rc)) {
            Buffer index = index();
            if (index != null) {
                rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
                        .putHeader("Cache-Control", INDEX)
                        .end(index);
                return;
            }
        }
        rc.next();
    }

    /** The caching headers of the SPA's files, set as the response goes out and only on a file found. */
    @RouteFilter(790)
    void fileCaching(RoutingContext rc) {
        String cacheControl = fileCacheControl(rc);
        if (cacheControl != null) {
            rc.addHeadersEndHandler(v -> {
                int status = rc.response().getStatusCode();
                if (status == 200 || status == 206 || status == 304) {
                    rc.response().headers().set("Cache-Control", cacheControl);
                }
            });
        }
        rc.next();
    }

    private static String fileCacheControl(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD)
                || rc.request().getHeader("Authorization") != null) {
            return null;
        }
        String path = rc.normalizedPath();
        for (String prefix : NOT_SPA) {
            if (path.startsWith(prefix)) {
                return null;
            }
        }
        if (path.startsWith(ASSETS)) {
            return HASHED;
        }
        if (path.equals("/index.html")) {
            return INDEX;
        }
        return path.substring(path.lastIndexOf('/') + 1).contains(".") ? OTHER_FILES : null;
    }

    private static boolean isSpaRoute(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        String path = rc.normalizedPath();
        for (String prefix : NOT_SPA) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains("."); // assets and other files are served (or 404) as files
    }

    private Buffer index() {
        if (indexHtml == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("META-INF/resources/index.html")) {
                if (in == null) {
                    return null;
                }
                indexHtml = Buffer.buffer(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return indexHtml;
    }
}
