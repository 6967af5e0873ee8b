package jp.wardhub.platform.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Which fields of a response body are always there. The API answers with records, and Jackson writes every component
 * that is not {@code null} ({@code quarkus.jackson.serialization-inclusion=non_absent}). So every property of a schema
 * that only responses use is {@code required}, except those marked {@code @Schema(nullable = true)}: a client can rely
 * on the rest. A schema that lists its own required properties (the problem body) keeps its list. The optional
 * fields of request bodies accept {@code null} as well as absence, as Jackson does.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD) // at build, so the stored openapi.yaml has them too
public class ResponseFields implements OASFilter {

    private static final String COMPONENT = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inResponses = new HashSet<>();
        Set<String> inRequests = new HashSet<>();
        operations(openAPI).forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> reach(schemas, response.getContent(), inResponses));
            }
            if (operation.getRequestBody() != null) {
                reach(schemas, operation.getRequestBody().getContent(), inRequests);
            }
        });
        if (openAPI.getComponents().getResponses() != null) { // shared responses (ProblemResponses)
            openAPI.getComponents().getResponses().values()
                    .forEach(response -> reach(schemas, response.getContent(), inResponses));
        }
        Set<String> requestOnly = new HashSet<>(inRequests);
        requestOnly.removeAll(inResponses);
        requestOnly.forEach(name -> acceptNullWhereOptional(schemas.get(name)));
        inResponses.removeAll(inRequests);
        for (String name : inResponses) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                // a nullable reference to an enum comes with the enum's type beside it, which would widen it to any string
                schema.getProperties().values().stream().filter(p -> p.getAnyOf() != null)
                        .forEach(p -> p.setType(null));
                schema.setRequired(new ArrayList<>(schema.getProperties().entrySet().stream()
                        .filter(property -> !nullable(property.getValue()))
                        .map(Map.Entry::getKey)
                        .toList()));
            }
        }
    }

    /** An optional field of a request body may be sent as {@code null}: Jackson reads it as absent. */
    private static void acceptNullWhereOptional(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name) || nullable(property)) {
                return;
            }
            if (property.getRef() != null) {
                Schema reference = OASFactory.createSchema().ref(property.getRef());
                property.setRef(null);
                property.setType(null);
                property.addAnyOf(reference).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            } else if (property.getType() != null && !property.getType().isEmpty()) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
    }

    /** {@code type: [string, "null"]}, or {@code anyOf: [{$ref}, {type: "null"}]} for a reference. */
    private static boolean nullable(Schema property) {
        return isNull(property)
                || property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(ResponseFields::isNull);
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
    }

    private static Stream<Operation> operations(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream());
    }

    /** Adds the names of the component schemas {@code content} uses, directly or through other schemas. */
    private static void reach(Map<String, Schema> schemas, Content content, Set<String> names) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        content.getMediaTypes().values().forEach(media -> {
            if (media.getSchema() != null) {
                todo.add(media.getSchema());
            }
        });
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT)) {
                String name = ref.substring(COMPONENT.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    todo.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(list -> list != null)
                    .forEach(todo::addAll);
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot())
                    .filter(s -> s != null)
                    .forEach(todo::add);
        }
    }
}
