package jp.wardhub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What the HTTP layer answers when no REST resource and no static file matched: unknown {@code /api/...} paths are a
 * 404 problem; any other GET is a deep link into the single-page app and gets its {@code index.html}.
 */
public class SpaRoutes {

    private static final String[] API_PREFIXES = { "/api/", "/open311/", "/q/" };
    private volatile Buffer indexHtml;

    void install(@Observes Router router) {
        router.route().last().handler(this::fallback);
    }

    private void fallback(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (isApi(path)) {
            Problems.write(rc, ProblemType.NOT_FOUND, "このパスにはリソースがありません (no resource at this path)");
            return;
        }
        Buffer index = index();
        if (index == null || !"GET".equals(rc.request().method().name())) {
            rc.next();
            return;
        }
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(index);
    }

    private static boolean isApi(String path) {
        if (path.equals("/api") || path.equals("/open311")) {
            return true;
        }
        for (String prefix : API_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
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
