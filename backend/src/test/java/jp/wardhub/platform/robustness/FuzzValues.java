package jp.wardhub.platform.robustness;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Values for the fuzzer: plausible ones that follow a schema, and hostile ones that do not. */
final class FuzzValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Stands for a lone UTF-16 surrogate, which only JSON's {@code \\uXXXX} escape can carry; replaced after writing. */
    static final String LONE_SURROGATE = "@@lone-surrogate@@";
    static final String LONE_SURROGATE_JSON = "\\ud83d";

    /** Strings tried against a schema's pattern; the first few that match are plausible values. */
    private static final List<String> PATTERN_CANDIDATES = List.of("431010", "431052", "431001", "ward-coordination",
            "policy", "culture-citizens", "juminhyo", "roads", "2026", "860-0001", "09:00", "17:15", "24:00",
            "https://example.jp/fuzz", "ふぁずしけん", "plan", "start", "complete", "pause", "resume", "fuzz.user1",
            "fuzz-user-2", "096-000-0000", "V-2026-000001", "office:1", "channel:konbini", "x");

    private static final List<String> PLAIN_STRINGS = List.of("ファズ試験", "fuzz", "テスト ①", "ふぁず", "Fuzz test",
            "中央区", "abc", "1");

    /** Hostile strings for JSON bodies and (encoded) query values. None contains what the leak check looks for. */
    static final List<String> HOSTILE_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "😀", "👨‍👩‍👧‍👦",
            "\u202Eabc\u202C", "مرحبا بالعالم", "שלום", "ＡＢＣ１２３", "ｶﾀｶﾅ", "\uFEFFbom", "𠮷野家", "e\u0301",
            "\u3000", "\r\n", "\t", "' OR '1'='1", "\"; DROP TABLE voice; --", "%s%n%x", "${jndi:ldap://x/a}",
            "<script>alert(1)</script>", "\\", "../../etc/passwd", "null", "undefined", "NaN", "-1", "1e309",
            "9999-12-31", "2026-02-30", "+999999999-12-31", "0000-00-00", "true", "[]", "{}", LONE_SURROGATE,
            "a" + LONE_SURROGATE + "b");

    static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "0000-01-01", "-999999999-01-01",
            "+1000000000-01-01", "99999-01-01", "2026/12/01", "令和8年12月1日", "2026-12-01T25:00:00Z", "",
            "1970-01-01", "9999-12-31", "0001-01-01", "2026-12-01T09:00:00", "2026-12-01T09:00:00+25:00", "12:00",
            "24:01", "-1", "2026-W49", "P1D", "+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00");

    static final List<String> NUMBERS = List.of("-1", "0", "-0", "1.5", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1e-400",
            "0x10", "1_000", "99999999999999999999999999999999999999", "1e-999999999", "1E-2147483647");

    /** Path segments, already percent-encoded. */
    static final List<String> HOSTILE_SEGMENTS = List.of("abc", "-1", "0", "1.5", "2147483648", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999", "1e3", "NaN", "null", "true", "%00", "%ED%A0%80", "%FF",
            "%C0%AF", "%F0%9F%98%80", "%E2%80%AE", "%EF%BC%91%EF%BC%92", "%D9%A3", "..", "%2e%2e", "%2F", "%20",
            "a%20b", "%27%20OR%201%3D1", "%3Cscript%3E", "x".repeat(1000), "%E5%8C%BA".repeat(100));

    static final List<String> ODD_CONTENT_TYPES = List.of("text/plain", "application/xml", "text/html",
            "application/json; charset=ISO-8859-1", "application/json; charset=bogus-9", "application/json;;;",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/octet-stream",
            "###", "application/", "*/*", "application/json; charset=UTF-16", "APPLICATION/JSON",
            "application/vnd.api+json", "image/png");

    static final List<String> ODD_ACCEPTS = List.of("application/xml", "text/html", "*/*", "application/*",
            "image/png", "application/json;q=0", ";;;", "text/csv", "application/ld+json",
            "application/json, text/plain;q=0.5", "text/*;q=0.1", "garbage", "", "application/json;q=abc",
            "*/*;q=0.0001, application/json;q=2", "application/json; charset=ISO-8859-1", "application/problem+json");

    static final List<String> ODD_IF_MATCH = List.of("*", "W/\"0\"", "\"\"", "abc", "\"-1\"",
            "\"99999999999999999999\"",
            "\"0\", \"1\"", "\"0", "0\"", "\"a\"b\"", "W/", "\"" + "9".repeat(3000) + "\"", "\"1e3\"", "\"0x1\"",
            "\"１\"", ",,,", "null");

    static final List<String> ODD_AUTHORIZATIONS = List.of("Bearer garbage", "Bearer ", "Bearer", "Basic Zm9vOmJhcg==",
            "Basic !!!", "Digest username=x", "bearer x.y.z", "Bearer eyJhbGciOiJub25lIn0.eyJ1cG4iOiJhZG1pbiJ9.",
            "Bearer " + "a".repeat(3000));

    private FuzzValues() {
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** A string of about {@code n} characters of one kind: ASCII, kanji, emoji, RTL or full-width. */
    static String huge(Random r, int n) {
        String unit = pick(r, List.of("x", "区", "😀", "ا", "Ａ", "\u0301a"));
        return unit.repeat(Math.max(1, n / unit.length()));
    }

    static String hostileString(Random r) {
        return r.nextInt(12) == 0 ? huge(r, 100_000) : pick(r, HOSTILE_STRINGS);
    }

    /** A hostile JSON value of any type. */
    static JsonNode hostileJson(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1, 2 -> NODES.textNode(hostileString(r));
            case 3 -> number(pick(r, NUMBERS));
            case 4 -> NODES.textNode(pick(r, BAD_DATES));
            case 5 -> NODES.booleanNode(r.nextBoolean());
            case 6 -> NODES.objectNode().put("x", 1);
            case 7 -> NODES.arrayNode().add(NODES.nullNode()).add("x");
            default -> NODES.textNode(huge(r, 100_000));
        };
    }

    /** A hostile value of the same JSON type as {@code like}: a strange string for a string, an extreme number for a number. */
    static JsonNode sameType(Random r, JsonNode like) {
        if (like == null || like.isTextual()) {
            String text = like == null ? "" : like.asText();
            if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return NODES.textNode(pick(r, BAD_DATES));
            }
            return NODES.textNode(switch (r.nextInt(4)) {
                case 0 -> text + pick(r, HOSTILE_STRINGS);
                case 1 -> pick(r, HOSTILE_STRINGS);
                case 2 -> huge(r, 100_000);
                default -> huge(r, 1 + r.nextInt(300));
            });
        }
        if (like.isNumber()) {
            return number(pick(r, NUMBERS));
        }
        if (like.isArray()) {
            var array = NODES.arrayNode();
            int n = r.nextInt(3) == 0 ? 1000 : 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                array.add(like.isEmpty() ? NODES.textNode(pick(r, HOSTILE_STRINGS)) : sameType(r, like.get(0)));
            }
            return array;
        }
        return hostileJson(r);
    }

    /** A number written exactly as given (big, negative, fractional); unreadable ones become strings. */
    static JsonNode number(String text) {
        try {
            if (text.matches("-?\\d+")) {
                return NODES.numberNode(new BigInteger(text));
            }
            return NODES.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s.replace(LONE_SURROGATE, "\uD83D"), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A valid-looking value for a schema: an example, an enum constant, a pattern match, within the bounds. */
    static JsonNode valid(Random r, ApiSpec spec, JsonNode schemaRef, JsonNode example, int depth) {
        JsonNode schema = spec.resolve(schemaRef);
        if (example != null && !example.isMissingNode() && !example.isNull() && r.nextInt(3) > 0) {
            return example;
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && !examples.isEmpty() && r.nextBoolean()) {
            return examples.get(r.nextInt(examples.size()));
        }
        if (schema.has("example") && r.nextBoolean()) {
            return schema.get("example");
        }
        JsonNode enumeration = schema.path("enum");
        if (enumeration.isArray() && !enumeration.isEmpty()) {
            return enumeration.get(r.nextInt(enumeration.size()));
        }
        String type = type(schema);
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(n -> required.add(n.asText()));
                for (Iterator<java.util.Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it
                        .hasNext();) {
                    var property = it.next();
                    if (required.contains(property.getKey()) || r.nextInt(3) > 0) {
                        object.set(property.getKey(), valid(r, spec, property.getValue(), null, depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int min = schema.path("minItems").asInt(0);
                int n = Math.max(min, r.nextInt(3));
                if (depth <= 4) {
                    for (int i = 0; i < n; i++) {
                        array.add(valid(r, spec, schema.path("items"), null, depth + 1));
                    }
                }
                return array;
            }
            case "integer": {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 1) + 5;
                if (max < min) {
                    max = min;
                }
                long span = Math.min(max - min, 1_000_000);
                return NODES.numberNode(min + (span <= 0 ? 0 : (long) (r.nextDouble() * (span + 1))));
            }
            case "number":
                return NODES.numberNode(r.nextInt(1000) / 4.0);
            case "boolean":
                return NODES.booleanNode(r.nextBoolean());
            default :
                return NODES.textNode(validString(r, schema));
        }
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static String validString(Random r, JsonNode schema) {
        String format = schema.path("format").asText("");
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(730));
        switch (format) {
            case "date":
                return day.toString();
            case "date-time":
                return day + "T0" + r.nextInt(10) + ":00:00Z";
            case "uri":
                return "https://example.jp/fuzz/" + r.nextInt(100);
            default :
                break;
        }
        int max = schema.path("maxLength").asInt(200);
        int min = schema.path("minLength").asInt(0);
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asText());
            List<String> matching = PATTERN_CANDIDATES.stream()
                    .filter(c -> pattern.matcher(c).matches() && c.length() <= max && c.length() >= min).toList();
            if (!matching.isEmpty()) {
                return matching.get(r.nextInt(Math.min(matching.size(), 3)));
            }
        }
        String s = pick(r, PLAIN_STRINGS) + (r.nextBoolean() ? "-" + r.nextInt(100_000) : "");
        while (s.length() < min) {
            s += "-fuzz";
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
