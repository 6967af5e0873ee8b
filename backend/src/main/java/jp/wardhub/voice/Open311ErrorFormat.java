package jp.wardhub.voice;

import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.wardhub.platform.Problem;

/**
 * Under {@code /open311/}, every error the API answers with a problem (bad input, no token, no right, unknown id,
 * another jurisdiction, the database away) goes out in GeoReport v2's error format instead, with the same status and
 * headers: a JSON list, or {@code <errors><error>…} under a {@code .xml} path. Done once here, after the problem is
 * made, so that no Open311 error can escape the format whichever layer raised it.
 */
public class Open311ErrorFormat {

    private static final Annotation[] NONE = new Annotation[0];

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void toGeoReport(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/open311/")) {
            return;
        }
        List<Open311Error.Item> errors = Open311Error.of(problem);
        if (path.endsWith(".xml")) {
            response.setEntity(Open311Xml.write(json, Open311Xml.ERRORS, errors), NONE, MediaType.APPLICATION_XML_TYPE);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_XML + ";charset=UTF-8");
        } else {
            response.setEntity(errors, NONE, MediaType.APPLICATION_JSON_TYPE);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
