package jp.wardhub.platform.robustness;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated request: who sends it, the method, the raw (already encoded) path and query, the headers and the
 * body bytes, and a note of what was done to it. {@code index} with the seed and the operation replays it.
 */
final class FuzzRequest {

    final ApiSpec.Operation operation;
    final int index;
    String caller;
    String method;
    String path;
    /** Raw query parameters, name and value both percent-encoded already. */
    final List<String[]> query = new java.util.ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;
    final List<String> notes = new java.util.ArrayList<>();
    /** The JSON or form fields sent, when the body was built from fields (known defects look at them). */
    final Map<String, String> fields = new LinkedHashMap<>();

    FuzzRequest(ApiSpec.Operation operation, int index) {
        this.operation = operation;
        this.index = index;
        this.method = operation.method();
    }

    String target() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?"
                + query.stream().map(q -> q[1] == null ? q[0] : q[0] + "=" + q[1]).collect(Collectors.joining("&"));
    }

    String queryValue(String name) {
        return query.stream().filter(q -> q[0].equals(name)).map(q -> q[1]).findFirst().orElse(null);
    }

    String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    String describe() {
        StringBuilder s = new StringBuilder();
        s.append(operation.id()).append(" #").append(index).append(" as ").append(caller == null ? "anonymous" : caller)
                .append(": ").append(method).append(' ').append(abbreviate(target(), 300));
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Authorization") || !v.startsWith("Bearer ey")) {
                s.append(" [").append(k).append(": ").append(abbreviate(v, 80)).append(']');
            }
        });
        if (body != null) {
            s.append(" body(").append(body.length).append(" B): ")
                    .append(abbreviate(new String(body, StandardCharsets.UTF_8), 300));
        }
        if (!notes.isEmpty()) {
            s.append(" {").append(String.join("; ", notes)).append('}');
        }
        return s.toString();
    }

    static String abbreviate(String s, int max) {
        String flat = s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        if (flat.length() <= max) {
            return flat;
        }
        return flat.substring(0, max) + "…(" + flat.length() + " chars)";
    }
}
