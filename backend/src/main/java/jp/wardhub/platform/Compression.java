package jp.wardhub.platform;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Makes the platform's compression ({@code quarkus.http.enable-compression}, Netty's encoder negotiating brotli or gzip
 * by Accept-Encoding) cover every response of a listed media type ({@code quarkus.http.compress-media-types}). The
 * platform marks each response {@code Content-Encoding: identity} and lifts the mark only for the handlers it wraps,
 * decided by the media type the method declares: problem details (the error path answers
 * {@code application/problem+json} from methods producing JSON) would go out uncompressed. (The SPA's files are sent
 * compressed by {@link SpaRoutes}, from the copies the build wrote.) Everything else (photos, the queue's event streams) keeps the mark and goes out as it
 * is. A compressible response also says {@code Vary: Accept-Encoding}, so a shared cache keeps both forms apart.
 */
public class Compression {

    private final Set<String> mediaTypes;

    Compression(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> mediaTypes) {
        this.mediaTypes = Set.copyOf(mediaTypes);
    }

    @RouteFilter(1050)
    void negotiate(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            if (compressible(headers.get("Content-Type"))) {
                if ("identity".equals(headers.get("Content-Encoding"))) {
                    headers.remove("Content-Encoding");
                }
                String vary = headers.get("Vary");
                if (vary == null) {
                    headers.set("Vary", "Accept-Encoding");
                } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding")) {
                    headers.set("Vary", vary + ", Accept-Encoding");
                }
            }
        });
        rc.next();
    }

    boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return mediaTypes.contains(type.toLowerCase(Locale.ROOT));
    }
}
