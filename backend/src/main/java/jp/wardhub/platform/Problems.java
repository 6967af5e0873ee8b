package jp.wardhub.platform;

import java.util.List;

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

    static void write(RoutingContext rc, ProblemType type, Bilingual detail) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        ProblemLanguage language = ProblemLanguage.forRequest(rc.request().path(),
                rc.request().getHeader(ProblemLanguage.ACCEPT_LANGUAGE));
        Problem problem = ProblemMappers.body(type, detail, List.of(), rc.request().path(), RequestIds.of(rc),
                language);
        if (GeoReportErrors.covers(rc.request().path())) {
            response.setStatusCode(type.status())
                    .putHeader("Content-Type", GeoReportErrors.mediaType(rc.request().path()))
                    .end(GeoReportErrors.body(problem, rc.request().path()));
            return;
        }
        try {
            String body = JSON.writeValueAsString(problem);
            language.contentLanguage().ifPresent(tag -> response.putHeader("Content-Language", tag)
                    .putHeader("Vary", ProblemLanguage.ACCEPT_LANGUAGE));
            response.setStatusCode(type.status()).putHeader("Content-Type", MEDIA_TYPE).end(body);
        } catch (JsonProcessingException e) {
            response.setStatusCode(500).end();
        }
    }
}
