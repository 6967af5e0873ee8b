package jp.wardhub.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * The security headers of every response on the public port: the SPA, the API, errors, the OpenAPI explorer.
 * <ul>
 * <li>a strict Content-Security-Policy: scripts, style sheets, fonts and requests from this origin only, no inline
 * script, no framing. Inline styles are allowed ({@code style-src 'self' 'unsafe-inline'}): the SPA's libraries
 * add a style element and style attributes at run time (positioning popovers, hiding screen-reader-only text), and a
 * style cannot run code. The OpenAPI explorer (Swagger UI, {@code /q/swagger-ui}) starts itself with an inline script and
 * inline styles, so its pages alone get {@link #EXPLORER_CSP}, which allows inline code (still same-origin only and
 * never framed);</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer},
 * a {@code Permissions-Policy} that turns off device features the SPA never uses;</li>
 * <li>{@code Strict-Transport-Security} only when {@code wardhub.http.hsts=true} (WardHub reached over TLS);</li>
 * <li>{@code Cache-Control: no-store} on every response to a request carrying credentials (every personal-data
 * response is one) and on sign-in responses (they carry tokens).</li>
 * </ul>
 */
public class SecurityHeaders {

    /** {@code blob:} images: residents' photos, fetched with the staff member's token and shown from memory. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String EXPLORER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @ConfigProperty(name = "wardhub.http.hsts", defaultValue = "false")
    boolean hsts;

    @RouteFilter(1100)
    void add(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean credentials = rc.request().getHeader("Authorization") != null;
        Map<String, String> headers = forRequest(path, credentials, hsts);
        rc.addHeadersEndHandler(v -> headers.forEach((name, value) -> rc.response().headers().set(name, value)));
        rc.next();
    }

    /** The headers for a response to a request for this path, with or without credentials. */
    static Map<String, String> forRequest(String path, boolean credentials, boolean hsts) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (path.startsWith("/q/swagger-ui")) {
            headers.put("Content-Security-Policy", EXPLORER_CSP);
        } else if (!path.startsWith("/q/dev-ui") && !path.startsWith("/q/dev")) {
            // (the Dev UI exists in dev mode only and builds its pages with inline code)
            headers.put("Content-Security-Policy", CSP);
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Permissions-Policy", PERMISSIONS);
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        if (hsts) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        if (credentials || path.startsWith("/api/v1/auth/")) {
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }
}
