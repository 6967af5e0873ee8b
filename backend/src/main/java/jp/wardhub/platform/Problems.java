package jp.wardhub.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes problem responses where no JAX-RS resource is involved (HTTP-layer failures, unknown API paths); under
 * Open311's paths, in GeoReport's error format instead ({@link GeoReportErrors}).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    private Problems() {
    }

    static void write(RoutingContext rc, ProblemType type, String detail) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Problem problem = new Problem(type.type(), type.title(), type.titleEn(), type.status(), detail,
                rc.request().path(), RequestIds.of(rc), null);
        if (GeoReportErrors.covers(rc.request().path())) {
            response.setStatusCode(type.status())
                    .putHeader("Content-Type", GeoReportErrors.mediaType(rc.request().path()))
                    .end(GeoReportErrors.body(problem, rc.request().path()));
            return;
        }
        try {
            response.setStatusCode(type.status())
                    .putHeader("Content-Type", MEDIA_TYPE)
                    .end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(500).end();
        }
    }
}
