package jp.wardhub.voice;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Names the elements of Open311's XML answers in the OpenAPI document as {@link Open311Xml} writes them: the lists
 * wrapped in their own element ({@code <services><service>…}, {@code <service_requests><request>…},
 * {@code <errors><error>…}, {@code <attributes><attribute>…}, {@code <values><value>…}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD) // at build, so the stored openapi.yaml has them too
public class Open311OpenApi implements OASFilter {

    /** Each body's element, by its schema's name. */
    private static final Map<String, String> ELEMENTS = Map.of("Open311Service", "service", "Open311Request",
            "request", "Open311Created", "request", "Open311ServiceDefinition", Open311Xml.SERVICE_DEFINITION,
            "Open311Attribute", "attribute", "Open311AttributeValue", "value", "Open311Error", "error");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                String element = ELEMENTS.get(name);
                if (element == null) {
                    return;
                }
                schema.xml(OASFactory.createXML().name(element));
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((property, s) -> {
                        if (s.getItems() != null) {
                            s.xml(OASFactory.createXML().name(property).wrapped(true));
                        }
                    });
                }
            });
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/open311/") || !path.endsWith(".xml")) {
                return;
            }
            item.getOperations().values().forEach(operation -> operation.getResponses().getAPIResponses()
                    .forEach((status, response) -> {
                        var xml = response.getContent() == null ? null
                                : response.getContent().getMediaType("application/xml");
                        Schema schema = xml == null ? null : xml.getSchema();
                        if (schema == null || schema.getItems() == null) {
                            return;
                        }
                        String list = !status.startsWith("2") ? Open311Xml.ERRORS
                                : path.startsWith("/open311/v2/services") ? Open311Xml.SERVICES
                                : Open311Xml.SERVICE_REQUESTS;
                        schema.xml(OASFactory.createXML().name(list).wrapped(true));
                    }));
        });
    }
}
