package jp.wardhub.platform.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The operations of the committed {@code openapi.yaml}: every path × method with its parameters and bodies. */
final class ApiSpec {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    /** A parameter; {@code schema} has its references resolved. */
    record Param(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /** One operation; {@code bodies} maps each accepted media type to its (resolved) schema. */
    record Operation(String id, String method, String path, List<Param> params, Map<String, JsonNode> bodies,
            boolean bodyRequired, boolean secured) {

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        boolean isWrite() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    private final JsonNode root;
    final List<Operation> operations = new ArrayList<>();

    private ApiSpec(JsonNode root) {
        this.root = root;
        JsonNode paths = root.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                // an event stream never ends, so it cannot be answered whole; QueueBoardTest covers its inputs
                if (op != null && !streams(op)) {
                    operations.add(operation(path.getKey(), method, op, path.getValue().path("parameters")));
                }
            }
        }
    }

    /** Whether the operation answers with a Server-Sent Events stream. */
    private static boolean streams(JsonNode op) {
        return op.path("responses").path("200").path("content").has("text/event-stream");
    }

    static ApiSpec load(Path file) throws IOException {
        return new ApiSpec(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file)));
    }

    /** Whether any operation answers {@code GET} on this template. */
    boolean hasGet(String template) {
        return operations.stream().anyMatch(o -> o.method().equals("GET") && o.path().equals(template));
    }

    private Operation operation(String path, String method, JsonNode op, JsonNode shared) {
        List<Param> params = new ArrayList<>();
        for (JsonNode list : new JsonNode[] { shared, op.path("parameters") }) {
            for (JsonNode p : list) {
                JsonNode param = resolve(p);
                params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                        param.path("required").asBoolean(false), resolve(param.path("schema")), param.get("example")));
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode body = resolve(op.path("requestBody"));
        body.path("content").fields()
                .forEachRemaining(c -> bodies.put(c.getKey(), resolve(c.getValue().path("schema"))));
        JsonNode security = op.has("security") ? op.get("security") : root.path("security");
        boolean secured = security.isArray() && !security.isEmpty();
        String id = op.path("operationId").asText(method + " " + path);
        return new Operation(id, method.toUpperCase(Locale.ROOT), path, params, bodies,
                body.path("required").asBoolean(false), secured);
    }

    /** Follows a local {@code $ref} (siblings of the reference are kept). */
    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 20) {
            String ref = node.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            if (node.size() > 1 && target.isObject()) {
                ObjectNode merged = ((ObjectNode) target).deepCopy();
                node.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                node = merged;
            } else {
                node = target;
            }
        }
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }
}
