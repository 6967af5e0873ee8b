package jp.wardhub.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers what the HTTP codec would otherwise refuse with an empty response, and tidies {@code Accept}, before the
 * REST layer. The codec's own limits are set far higher (application.properties) so that these answers are
 * problems: a URL over {@value #MAX_URI} bytes is a 414, headers over {@value #MAX_HEADERS} bytes a 431.
 *
 * <p>{@code Accept} elements that are not media types are dropped (an Accept with none left means any), and a client
 * that accepts only {@code application/problem+json} also gets JSON resources, as RFC 9457 clients expect, rather
 * than a 406.
 */
public class RequestLine {

    static final int MAX_URI = 8 * 1024;

    /** Whether a raw path has a "." or ".." segment, percent-encoded or not. */
    static boolean hasDotSegment(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            String s = segment.toLowerCase(java.util.Locale.ROOT).replace("%2e", ".");
            if (s.equals(".") || s.equals("..")) {
                return true;
            }
        }
        return false;
    }
    static final int MAX_HEADERS = 16 * 1024;
    public static final ProblemType URI_TOO_LONG = ProblemType.of("uri-too-long", 414, "URL が長すぎます", "URI too long");
    public static final ProblemType HEADERS_TOO_LARGE = ProblemType.of("headers-too-large", 431, "リクエストヘッダーが大きすぎます",
            "Request header fields too large");

    @RouteFilter(950)
    void check(RoutingContext rc) {
        if (hasDotSegment(rc.request().path())) {
            // a client resolves "." and ".." before sending (RFC 3986 §5.2.4); resolved here they could reach
            // another resource than the one the path names, so they are refused rather than followed
            Problems.write(rc, ProblemType.MALFORMED,
                    Bilingual.of("URL のパスに . や .. の区切りは使えません", "no dot segments in the path"));
            return;
        }
        if (rc.request().uri().length() > MAX_URI) {
            rc.response().putHeader("Connection", "close");
            Problems.write(rc, URI_TOO_LONG,
                    Bilingual.of("URL は " + MAX_URI / 1024 + " KB までです", "URLs up to " + MAX_URI / 1024 + " KB"));
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> h : rc.request().headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS) {
            rc.response().putHeader("Connection", "close");
            Problems.write(rc, HEADERS_TOO_LARGE, Bilingual.of("ヘッダーは合計 " + MAX_HEADERS / 1024 + " KB までです",
                    "headers up to " + MAX_HEADERS / 1024 + " KB in all"));
            return;
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null) {
            String tidy = tidyAccept(accept);
            if (tidy == null) {
                rc.request().headers().remove(HttpHeaders.ACCEPT);
            } else if (!tidy.equals(accept)) {
                rc.request().headers().set(HttpHeaders.ACCEPT, tidy);
            }
        }
        rc.next();
    }

    /** The parseable elements of an Accept header, JSON added beside a lone problem+json; null when none remain. */
    static String tidyAccept(String accept) {
        List<String> kept = new ArrayList<>();
        boolean problemOnly = true;
        for (String element : accept.split(",")) {
            String e = element.trim();
            MediaType type = parse(e);
            if (type == null) {
                continue;
            }
            kept.add(e);
            boolean problem = type.getType().equalsIgnoreCase("application")
                    && type.getSubtype().equalsIgnoreCase("problem+json");
            problemOnly &= problem;
        }
        if (kept.isEmpty()) {
            return null;
        }
        if (problemOnly) {
            kept.add(MediaType.APPLICATION_JSON);
        }
        return String.join(", ", kept);
    }

    private static MediaType parse(String element) {
        if (element.isEmpty() || element.indexOf('/') <= 0) {
            return null;
        }
        try {
            MediaType type = MediaType.valueOf(element);
            return type.getType().isEmpty() || type.getSubtype().isEmpty() ? null : type;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
