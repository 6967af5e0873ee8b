package jp.wardhub.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/**
 * Numeric query parameters are published as integers with the bounds their parsers enforce, although the resources
 * take them as text (to answer a bad value with a 400 naming it); the generated client passes numbers because of it.
 */
@QuarkusTest
class NumericQueryParametersTest {

    /** Names that usually hold a number. */
    private static final Pattern NUMERIC_NAME = Pattern.compile(
            "page|size|limit|offset|count|id|.*Id|.*_id|.*[yY]ear|.*Number|min[A-Z].*|max[A-Z].*|program|replaces");

    /** Text on purpose, by name or "METHOD path name": ward codes are codes, not numbers; an audited record's id may be a code; an Open311 request id is a reference number (V-2026-000123). */
    private static final Set<String> TEXT_BY_DESIGN = Set.of("ward", "unansweredBy", "jurisdiction_id",
            "service_request_id",
            "GET /api/v1/audit id", "GET /api/v1/audit/export.csv id");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagingAndFiscalYearsAreIntegersWithTheParsersBounds() throws IOException {
        Map<String, Map<String, Object>> expected = Map.of(
                "page",
                Map.of("type", "integer", "format", "int32", "minimum", 0, "maximum", PageRequest.MAX_OFFSET - 1,
                        "default", 0),
                "size", Map.of("type", "integer", "format", "int32", "minimum", 1, "maximum", PageRequest.MAX_SIZE,
                        "default", PageRequest.DEFAULT_SIZE),
                "fiscalYear", Map.of("type", "integer", "format", "int32", "minimum", QueryParams.MIN_FISCAL_YEAR,
                        "maximum", QueryParams.MAX_FISCAL_YEAR));
        Set<String> seen = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        queryParameters((where, parameter) -> {
            String name = parameter.path("name").asText();
            if (!expected.containsKey(name)) {
                return;
            }
            seen.add(name);
            if (!JSON.valueToTree(expected.get(name)).equals(parameter.path("schema"))) {
                wrong.add(where + " " + name + ": " + parameter.path("schema"));
            }
            if (parameter.has("example") && !parameter.get("example").isInt()) {
                wrong.add(where + " " + name + ": example " + parameter.get("example") + " is not a number");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(expected.keySet(), seen);
    }

    @Test
    void noQueryParameterThatHoldsANumberIsPublishedAsText() throws IOException {
        Pattern digits = Pattern.compile("-?\\d+");
        List<String> wrong = new ArrayList<>();
        queryParameters((where, parameter) -> {
            String name = parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            if (!"string".equals(schema.path("type").asText())) {
                return;
            }
            boolean looksNumeric = NUMERIC_NAME.matcher(name).matches()
                    || digits.matcher(parameter.path("example").asText("")).matches();
            if (looksNumeric && !TEXT_BY_DESIGN.contains(name) && !TEXT_BY_DESIGN.contains(where + " " + name)) {
                wrong.add(where + " " + name);
            }
        });
        assertTrue(wrong.isEmpty(), "numeric query parameters published as strings:\n" + String.join("\n", wrong));
    }

    @Test
    void recordIdsInTheQueryAreInt64() throws IOException {
        JsonNode int64 = JSON.valueToTree(Map.of("type", "integer", "format", "int64"));
        Set<String> seen = new TreeSet<>();
        queryParameters((where, parameter) -> {
            String name = parameter.path("name").asText();
            if (name.equals("program") || name.equals("replaces")) {
                assertEquals(int64, parameter.path("schema"), where + " " + name);
                seen.add(name);
            }
        });
        assertEquals(Set.of("program", "replaces"), seen);
    }

    /** Each query parameter of each operation of the served document, with "METHOD path". */
    private static void queryParameters(BiConsumer<String, JsonNode> action) throws IOException {
        JsonNode served = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        served.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> op.getValue()
                .path("parameters").forEach(parameter -> {
                    if ("query".equals(parameter.path("in").asText())) {
                        action.accept(op.getKey().toUpperCase() + " " + path.getKey(), parameter);
                    }
                })));
    }
}
