package jp.wardhub.platform;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, else a new UUID. The id is
 * echoed in the response, put in every log line (MDC {@code requestId}) and in every problem body.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @RouteFilter(1000)
    void assign(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        rc.put(KEY, id);
        MDC.put(KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(KEY);
        return id == null ? null : id.toString();
    }

    static String of(RoutingContext rc) {
        Object id = rc.get(KEY);
        return id == null ? null : id.toString();
    }
}
