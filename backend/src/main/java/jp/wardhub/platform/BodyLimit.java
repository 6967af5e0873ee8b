package jp.wardhub.platform;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem before it is
 * read (the HTTP layer's own check would close the connection with an empty 413).
 */
public class BodyLimit {

    @Inject
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @RouteFilter(900)
    void check(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && isOver(length)) {
            rc.response().putHeader("Connection", "close");
            Problems.write(rc, ProblemType.PAYLOAD_TOO_LARGE,
                    "リクエスト本文は " + maxBodySize.asLongValue() / 1024 + " KB までです (request body limit: "
                            + maxBodySize.asLongValue() / 1024 + " KB)");
            return;
        }
        rc.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
