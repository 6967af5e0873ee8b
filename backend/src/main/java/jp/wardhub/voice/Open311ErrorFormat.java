package jp.wardhub.voice;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jp.wardhub.platform.GeoReportErrors;
import jp.wardhub.platform.Problem;

/**
 * Under {@code /open311/}, every error the API answers with a problem (bad input, no token, no right, unknown id,
 * another jurisdiction, the database away) goes out in GeoReport v2's error format instead, with the same status and
 * headers: a JSON list, or {@code <errors><error>…} under a {@code .xml} path. Done once here, after the problem is
 * made, so that no Open311 error can escape the format whichever layer raised it; the errors refused before JAX-RS
 * (a URL or body too large) are written in the same format by {@link jp.wardhub.platform.Problems}.
 */
public class Open311ErrorFormat {

    private static final Annotation[] NONE = new Annotation[0];

    @ServerResponseFilter
    public void toGeoReport(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!GeoReportErrors.covers(path)) {
            return;
        }
        String type = GeoReportErrors.mediaType(path);
        response.setEntity(GeoReportErrors.body(problem, path), NONE, MediaType.valueOf(type));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type);
    }
}
