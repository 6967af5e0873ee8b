package jp.wardhub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Deep links into the single-page app ({@code /offices/2}, {@code /wards?x}) get its {@code index.html}, so the SPA's
 * router can show them. Decided before the REST layer, which answers every path it does not know with a 404
 * problem: API paths ({@code /api}, {@code /open311}, {@code /q}) and file-like paths are left alone.
 */
public class SpaRoutes {

    private static final String[] NOT_SPA = { "/api", "/open311", "/q/" };
    private volatile Buffer indexHtml;

    @RouteFilter(800)
    void deepLinks(RoutingContext rc) {
        if (isSpaRoute(rc)) {
            Buffer index = index();
            if (index != null) {
                rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
                        .putHeader("Cache-Control", "no-cache")
                        .end(index);
                return;
            }
        }
        rc.next();
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
