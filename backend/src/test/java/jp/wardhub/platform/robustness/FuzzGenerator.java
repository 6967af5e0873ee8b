package jp.wardhub.platform.robustness;

import static jp.wardhub.platform.robustness.FuzzValues.NODES;
import static jp.wardhub.platform.robustness.FuzzValues.encode;
import static jp.wardhub.platform.robustness.FuzzValues.pick;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes the requests for one operation: a plausible request from the contract, then none to three mutations of its
 * path, query, headers or body. Deterministic for a given {@link Random}, apart from the ETag it reads back.
 */
final class FuzzGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private final ApiSpec spec;
    /** Tokens by caller ({@code null} is anonymous). */
    private final Map<String, String> tokens;
    /** Ids of the demo staff accounts: never the target of a staff update. */
    private final Set<Long> protectedStaffIds;
    /** Usernames of existing accounts (lower case): never signed in with, so no account gets locked. */
    private final Set<String> protectedUsernames;
    /** Reads the current ETag of a path as a caller, or null. */
    private final BiFunction<String, String, String> etagOf;

    FuzzGenerator(ApiSpec spec, Map<String, String> tokens, Set<Long> protectedStaffIds, Set<String> protectedUsernames,
            BiFunction<String, String, String> etagOf) {
        this.spec = spec;
        this.tokens = tokens;
        this.protectedStaffIds = protectedStaffIds;
        this.protectedUsernames = protectedUsernames;
        this.etagOf = etagOf;
    }

    private enum Mutation {
        PATH, QUERY_VALUE, QUERY_EXTRA, QUERY_MISSING, BODY_FIELD, BODY_MISSING, BODY_EXTRA, BODY_TOP, BODY_RAW,
        BODY_ABSENT, CONTENT_TYPE, IF_MATCH, IDEMPOTENCY_KEY, ACCEPT, ACCEPT_LANGUAGE, AUTHORIZATION, REQUEST_ID, METHOD
    }

    FuzzRequest next(ApiSpec.Operation op, int index, Random r) {
        FuzzRequest q = new FuzzRequest(op, index);
        // a third of the writes go deep: the administrator, a fresh ETag, and at most one same-type value in the body,
        // so that odd text and numbers get past authorization and validation into the services and the database
        boolean deep = op.isWrite() && r.nextInt(3) == 0;
        q.caller = deep ? "admin" : caller(op, r);
        if (deep) {
            q.notes.add("deep");
        }
        if (q.caller != null) {
            q.headers.put("Authorization", "Bearer " + tokens.get(q.caller));
        }
        // path
        String path = op.path();
        for (ApiSpec.Param p : op.params("path")) {
            String value = FuzzValues.valid(r, spec, p.schema(), p.example(), 0).asText();
            if (FuzzValues.type(spec.resolve(p.schema())).equals("integer") && r.nextInt(3) == 0) {
                value = Integer.toString(1 + r.nextInt(4)); // a record that likely exists
            }
            path = path.replace("{" + p.name() + "}", encode(value));
        }
        q.path = path;
        // query
        for (ApiSpec.Param p : op.params("query")) {
            if (p.required() || r.nextInt(3) == 0) {
                q.query.add(new String[] { p.name(),
                    encode(FuzzValues.valid(r, spec, p.schema(), p.example(), 0).asText()) });
            }
        }
        // headers the contract names
        for (ApiSpec.Param p : op.params("header")) {
            if (p.name().equalsIgnoreCase("If-Match")) {
                int choice = deep ? 0 : r.nextInt(4);
                if (choice <= 1) {
                    q.headers.put("If-Match", etag(op, q));
                } else if (choice == 2) {
                    q.headers.put("If-Match", "\"0\"");
                }
            } else if (p.name().equalsIgnoreCase("Idempotency-Key")) {
                if (r.nextInt(3) > 0) {
                    q.headers.put("Idempotency-Key",
                            "fuzz-" + UUID.nameUUIDFromBytes((op.id() + index + r.nextLong()).getBytes()));
                }
            } else if (p.required() || r.nextBoolean()) {
                q.headers.put(p.name(), FuzzValues.valid(r, spec, p.schema(), p.example(), 0).asText());
            }
        }
        // body
        JsonNode body = null;
        String mediaType = null;
        if (!op.bodies().isEmpty()) {
            List<String> types = new ArrayList<>(op.bodies().keySet());
            mediaType = types.get(r.nextInt(types.size()));
            body = FuzzValues.valid(r, spec, op.bodies().get(mediaType), null, 0);
            q.headers.put("Content-Type", mediaType);
        }
        // mutations
        int count = switch (r.nextInt(20)) {
            case 0, 1, 2 -> 0;
            case 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 -> 1;
            case 14, 15, 16, 17 -> 2;
            default -> 3;
        };
        List<Mutation> applicable = applicable(op, body);
        if (deep) {
            count = body != null && body.isContainerNode() && r.nextInt(4) > 0 ? 1 : 0;
            applicable = List.of(Mutation.BODY_FIELD);
        }
        String rawBody = null;
        boolean absent = false;
        for (int i = 0; i < count; i++) {
            Mutation m = pick(r, applicable);
            switch (m) {
                case PATH -> {
                    List<ApiSpec.Param> params = op.params("path");
                    ApiSpec.Param p = pick(r, params);
                    String[] segments = q.path.split("/");
                    String[] template = op.path().split("/");
                    for (int s = 0; s < template.length; s++) {
                        if (template[s].equals("{" + p.name() + "}")) {
                            segments[s] = pick(r, FuzzValues.HOSTILE_SEGMENTS);
                        }
                    }
                    q.path = String.join("/", segments)
                            + (op.path().endsWith(".json") && !q.path.endsWith(".json") ? ".json" : "");
                    q.notes.add("path " + p.name());
                }
                case QUERY_VALUE -> {
                    ApiSpec.Param p = pick(r, op.params("query"));
                    q.query.removeIf(v -> v[0].equals(p.name()));
                    q.query.add(new String[] { p.name(), hostileQueryValue(r) });
                    q.notes.add("query " + p.name());
                }
                case QUERY_EXTRA -> {
                    switch (r.nextInt(4)) {
                        case 0 -> q.query.add(new String[] { "fuzz" + r.nextInt(10), hostileQueryValue(r) });
                        case 1 -> q.query.add(new String[] { pick(r, List.of("page", "size", "sort", "q", "ward")),
                            hostileQueryValue(r) });
                        case 2 ->
                            q.query.add(new String[] { pick(r, List.of("page", "size")), pick(r, FuzzValues.NUMBERS) });
                        default -> {
                            if (!q.query.isEmpty()) {
                                String[] first = q.query.get(0);
                                q.query.add(new String[] { first[0], hostileQueryValue(r) }); // the same name twice
                            } else {
                                q.query.add(new String[] { "%00", null });
                            }
                        }
                    }
                    q.notes.add("extra query");
                }
                case QUERY_MISSING -> {
                    if (!q.query.isEmpty()) {
                        q.query.remove(r.nextInt(q.query.size()));
                        q.notes.add("query removed");
                    }
                }
                case BODY_FIELD -> {
                    ObjectNode parent = randomObject(r, body);
                    if (parent != null && parent.size() > 0) {
                        List<String> names = new ArrayList<>();
                        parent.fieldNames().forEachRemaining(names::add);
                        String name = pick(r, names);
                        JsonNode before = parent.get(name);
                        // half the time a value of the same type, which passes the type check and goes deeper
                        JsonNode hostile = !deep && r.nextBoolean() ? FuzzValues.hostileJson(r)
                                : FuzzValues.sameType(r, before);
                        parent.set(name, hostile);
                        q.notes.add("field " + name);
                    }
                }
                case BODY_MISSING -> {
                    ObjectNode parent = randomObject(r, body);
                    if (parent != null && parent.size() > 0) {
                        List<String> names = new ArrayList<>();
                        parent.fieldNames().forEachRemaining(names::add);
                        String name = pick(r, names);
                        parent.remove(name);
                        q.notes.add("without " + name);
                    }
                }
                case BODY_EXTRA -> {
                    ObjectNode parent = randomObject(r, body);
                    if (parent != null) {
                        String name = pick(r, List.of("isAdmin", "id", "version", "createdAt", "role", "__proto__", "",
                                "😀", "extra" + r.nextInt(9)));
                        parent.set(name, FuzzValues.hostileJson(r));
                        q.notes.add("extra field " + name);
                    }
                }
                case BODY_TOP -> {
                    body = switch (r.nextInt(7)) {
                        case 0 -> NODES.nullNode();
                        case 1 -> NODES.arrayNode();
                        case 2 -> NODES.textNode("fuzz");
                        case 3 -> NODES.numberNode(42);
                        case 4 -> NODES.objectNode();
                        case 5 -> NODES.arrayNode().add(body == null ? NODES.objectNode() : body);
                        default -> {
                            int depth = r.nextBoolean() ? 200 : 3000;
                            rawBody = "[".repeat(depth) + "]".repeat(depth); // deeper than a JSON writer goes
                            yield body;
                        }
                    };
                    q.notes.add("top-level body");
                }
                case BODY_RAW -> {
                    rawBody = malformed(r, serialize(body));
                    q.notes.add("malformed body");
                }
                case BODY_ABSENT -> {
                    absent = true;
                    q.notes.add("no body");
                }
                case CONTENT_TYPE -> {
                    if (r.nextInt(5) == 0) {
                        q.headers.remove("Content-Type");
                        q.notes.add("no content type");
                    } else {
                        q.headers.put("Content-Type", pick(r, FuzzValues.ODD_CONTENT_TYPES));
                        q.notes.add("content type");
                    }
                }
                case IF_MATCH -> {
                    q.headers.put("If-Match", pick(r, FuzzValues.ODD_IF_MATCH));
                    q.notes.add("if-match");
                }
                case IDEMPOTENCY_KEY -> {
                    q.headers.put("Idempotency-Key", pick(r, List.of("", " ", "x", "fuzz-fixed-key", "k".repeat(300),
                            "k".repeat(4000), "é", "a b", "\"quoted\"", "../..", "0")));
                    q.notes.add("idempotency key");
                }
                case ACCEPT -> {
                    q.headers.put("Accept", pick(r, FuzzValues.ODD_ACCEPTS));
                    q.notes.add("accept");
                }
                case ACCEPT_LANGUAGE -> {
                    q.headers.put("Accept-Language",
                            pick(r, List.of("*", "xx-YY", "ja;q=abc", "en-US,en;q=0.9,ja;q=0.8",
                                    ",,,", "l".repeat(2000), "ja-JP-u-ca-japanese", "zh-Hant-TW", "i-klingon", "",
                                    "en;q=2")));
                    q.notes.add("accept-language");
                }
                case AUTHORIZATION -> {
                    String odd = pick(r, FuzzValues.ODD_AUTHORIZATIONS);
                    if (q.caller != null && r.nextBoolean()) {
                        String token = tokens.get(q.caller);
                        odd = "Bearer " + token.substring(0, token.length() - 4) + "AAAA"; // a broken signature
                    }
                    q.headers.put("Authorization", odd);
                    q.notes.add("authorization");
                }
                case REQUEST_ID -> {
                    q.headers.put("X-Request-Id", pick(r, List.of("<script>", "x".repeat(2000), "é", "", "../../a",
                            "00000000-0000-0000-0000-000000000000", "a,b")));
                    q.notes.add("request id");
                }
                case METHOD -> {
                    Set<String> defined = spec.operations.stream().filter(o -> o.path().equals(op.path()))
                            .map(ApiSpec.Operation::method).collect(Collectors.toSet());
                    List<String> others = ALL_METHODS.stream().filter(x -> !defined.contains(x)).toList();
                    if (!others.isEmpty()) {
                        q.method = pick(r, others);
                        q.notes.add("method " + q.method);
                    }
                }
            }
        }
        protect(op, q, body);
        if (!absent) {
            if (rawBody != null) {
                q.body = rawBody.getBytes(StandardCharsets.UTF_8);
                if (rawBody.startsWith("\u00FF")) {
                    q.body = invalidUtf8(q.body);
                }
            } else if (body != null) {
                boolean form = mediaType != null && mediaType.contains("form-urlencoded");
                q.body = (form ? form(body) : serialize(body)).getBytes(StandardCharsets.UTF_8);
            }
            if (body != null && body.isObject()) {
                body.fields().forEachRemaining(f -> q.fields.put(f.getKey(),
                        f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
            }
        }
        return q;
    }

    private String caller(ApiSpec.Operation op, Random r) {
        boolean partnerFirst = op.path().startsWith("/open311") || op.path().startsWith("/api/v1/voices");
        int n = r.nextInt(20);
        if (n < 5) {
            return null;
        }
        if (n < (partnerFirst ? 13 : 7)) {
            return "partner";
        }
        if (op.isWrite() && n >= 14) {
            return "admin"; // allowed nearly everything: hostile values get past authorization into the services
        }
        return n % 2 == 0 ? "admin" : "chuo";
    }

    private List<Mutation> applicable(ApiSpec.Operation op, JsonNode body) {
        List<Mutation> list = new ArrayList<>();
        if (!op.params("path").isEmpty()) {
            list.add(Mutation.PATH);
            list.add(Mutation.PATH);
        }
        if (!op.params("query").isEmpty()) {
            list.add(Mutation.QUERY_VALUE);
            list.add(Mutation.QUERY_VALUE);
            list.add(Mutation.QUERY_MISSING);
        }
        list.add(Mutation.QUERY_EXTRA);
        if (body != null) {
            for (int i = 0; i < 3; i++) {
                list.add(Mutation.BODY_FIELD);
            }
            list.add(Mutation.BODY_MISSING);
            list.add(Mutation.BODY_MISSING);
            list.add(Mutation.BODY_EXTRA);
            list.add(Mutation.BODY_TOP);
            list.add(Mutation.BODY_RAW);
            list.add(Mutation.BODY_RAW);
            list.add(Mutation.BODY_ABSENT);
            list.add(Mutation.CONTENT_TYPE);
            list.add(Mutation.CONTENT_TYPE);
        }
        if (op.isWrite()) {
            list.add(Mutation.IF_MATCH);
            list.add(Mutation.IDEMPOTENCY_KEY);
        }
        list.add(Mutation.ACCEPT);
        list.add(Mutation.ACCEPT);
        list.add(Mutation.ACCEPT_LANGUAGE);
        list.add(Mutation.AUTHORIZATION);
        list.add(Mutation.REQUEST_ID);
        list.add(Mutation.METHOD);
        return list;
    }

    /**
     * The exclusions that keep the fuzzer from harming its own later requests (and the demo accounts): no sign-in with
     * an existing username (five failures would lock the account), no update of a demo staff account (it could
     * deactivate {@code admin} or {@code chuo}, or change their role or password), no change of a demo password, and no
     * rotation or revocation of the demo partner client.
     */
    private void protect(ApiSpec.Operation op, FuzzRequest q, JsonNode body) {
        if (op.path().equals("/api/v1/auth/login") && body != null && body.isObject()) {
            JsonNode username = body.get("username");
            if (username != null && username.isTextual()
                    && protectedUsernames.contains(username.asText().strip().toLowerCase(Locale.ROOT))) {
                ((ObjectNode) body).put("username", "nobody-" + Math.abs(username.asText().hashCode() % 1000));
            }
        }
        if (op.path().equals("/api/v1/me/password") && body != null && body.isObject()) {
            // the demo password would really change it, and every token of the account would be refused afterwards
            JsonNode current = body.get("currentPassword");
            if (current != null && current.isTextual() && current.asText().contains("wardhub-demo")) {
                ((ObjectNode) body).put("currentPassword", "not-the-password");
            }
        }
        if (q.path.startsWith("/api/v1/partner-clients/city-web") && !q.method.equals("GET")) {
            // rotating or revoking the demo partner would refuse the partner token the fuzzer itself uses
            q.path = q.path.replace("/api/v1/partner-clients/city-web", "/api/v1/partner-clients/no-such-client");
            q.notes.add("demo partner spared");
        }
        if (op.path().startsWith("/api/v1/staff/{") && op.isWrite()
                || q.path.startsWith("/api/v1/staff/") && !q.method.equals("GET")) {
            // The id is the segment after /staff/: an update, or an action on it (unlock, reset-password).
            String rest = q.path.substring("/api/v1/staff/".length());
            int slash = rest.indexOf('/');
            String id = slash < 0 ? rest : rest.substring(0, slash);
            String action = slash < 0 ? "" : rest.substring(slash);
            try {
                if (protectedStaffIds.contains(Long.parseLong(id.strip()))) {
                    q.path = "/api/v1/staff/" + (900_000 + Long.parseLong(id.strip())) + action;
                    q.notes.add("demo account spared");
                }
            } catch (NumberFormatException e) {
                // not an id: harmless
            }
        }
    }

    private String etag(ApiSpec.Operation op, FuzzRequest q) {
        String[] template = op.path().split("/");
        String[] actual = q.path.split("/");
        for (int n = template.length; n > 1; n--) {
            String candidate = String.join("/", java.util.Arrays.copyOf(template, n));
            if (spec.hasGet(candidate)) {
                String etag = etagOf.apply(String.join("/", java.util.Arrays.copyOf(actual, n)),
                        q.caller == null ? "admin" : q.caller);
                return etag == null ? "\"0\"" : etag;
            }
        }
        return "\"0\"";
    }

    private static String hostileQueryValue(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> pick(r, FuzzValues.NUMBERS);
            case 1 -> encode(pick(r, FuzzValues.BAD_DATES));
            case 2 -> pick(r, List.of("%00", "%ED%A0%80", "%FF", "%C0%AF", "%E2%80%AE", "%F0%9F%98%80", "", "%20"));
            case 3 -> encode("区".repeat(150)); // long, yet the request line stays under the 4 KB limit
            default -> encode(pick(r, FuzzValues.HOSTILE_STRINGS));
        };
    }

    /** Any object in the body (the body itself, or an object in one of its fields or arrays). */
    private static ObjectNode randomObject(Random r, JsonNode body) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(body, objects, 0);
        return objects.isEmpty() ? null : objects.get(r.nextInt(objects.size()));
    }

    private static void collect(JsonNode node, List<ObjectNode> into, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isObject()) {
            into.add((ObjectNode) node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, into, depth + 1));
        }
    }

    static String serialize(JsonNode body) {
        if (body == null) {
            return "";
        }
        try {
            return JSON.writeValueAsString(body).replace(FuzzValues.LONE_SURROGATE, FuzzValues.LONE_SURROGATE_JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(JsonNode body) {
        if (!body.isObject()) {
            return encode(body.asText());
        }
        List<String> pairs = new ArrayList<>();
        body.fields().forEachRemaining(f -> pairs.add(encode(f.getKey()) + "="
                + encode(f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString())));
        return String.join("&", pairs);
    }

    private static String malformed(Random r, String json) {
        return switch (r.nextInt(12)) {
            case 0 -> json.isEmpty() ? "{" : json.substring(0, json.length() / 2);
            case 1 -> json.replaceFirst("}$", ",}");
            case 2 -> json.replace('"', '\'');
            case 3 -> "{\"a\": NaN}";
            case 4 -> "/* comment */" + json;
            case 5 -> "\uFEFF" + json;
            case 6 -> "\u00FF" + json; // replaced by invalid UTF-8 bytes
            case 7 -> json.replaceFirst("\\{", "{\"dup\":1,\"dup\":2,");
            case 8 -> "nul";
            case 9 -> json + json;
            case 10 -> "{\"a\":\"\\uZZZZ\"}";
            default -> "{\"a\":" + "1".repeat(5000) + "}";
        };
    }

    private static byte[] invalidUtf8(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[0] = (byte) 0xC0;
        if (copy.length > 1) {
            copy[1] = (byte) 0xAF;
        }
        return copy;
    }
}
