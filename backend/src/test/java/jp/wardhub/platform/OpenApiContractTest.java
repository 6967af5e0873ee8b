package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract is the served one. When this fails, regenerate it as the README says
 * ({@code ./mvnw package -DskipTests -Dskip.frontend && cp target/openapi/openapi.yaml ../openapi.yaml}).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("../openapi.yaml");

    @Test
    void servedDocumentEqualsTheCommittedOpenApiYaml() throws IOException {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(COMMITTED));
        JsonNode served = new ObjectMapper()
                .readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        assertEquals(committed, served, "openapi.yaml drifted from the served document: regenerate it (see README)");
    }

    @Test
    void everyOperationHasAJapaneseSummaryAndDeclaresSecurityErrorsOutagesAndConflicts() throws IOException {
        JsonNode served = new ObjectMapper()
                .readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> problems = new ArrayList<>();
        served.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            String summary = operation.path("summary").asText("");
            if (!summary.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA)) {
                problems.add(name + ": summary not Japanese");
            }
            if (!operation.has("security")) {
                problems.add(name + ": no security");
            }
            if (!operation.path("responses").has("500") || !operation.path("responses").has("503")) {
                problems.add(name + ": errors not documented (500, and 503 while the database is unreachable)");
            }
            boolean signedInWrite = !op.getKey().equals("get") && operation.path("security").size() > 0;
            if (signedInWrite && !operation.path("responses").has("409")) {
                problems.add(name + ": a write without its 409 (a conflict that outlasted the retries)");
            }
            if (operation.path("operationId").asText("").isEmpty()) {
                problems.add(name + ": no operationId");
            }
        }));
        assertFalse(served.get("paths").isEmpty());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A platform problem response is written once, under {@code components/responses}, and referred to: written out
     * per operation it made half of the document, which the app reads and writes again at every start. Every
     * reference leads to a response that is there, every shared response is used, and none is written out in place.
     */
    @Test
    void problemResponsesAreWrittenOnceAndReferredTo() throws IOException {
        JsonNode served = new ObjectMapper()
                .readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        JsonNode shared = served.path("components").path("responses");
        List<String> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        served.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> operation
                .getValue().path("responses").properties().forEach(response -> {
                    String where = operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey();
                    String ref = response.getValue().path("$ref").asText("");
                    if (ref.startsWith("#/components/responses/")) {
                        String name = ref.substring("#/components/responses/".length());
                        used.add(name);
                        if (!shared.has(name)) {
                            problems.add(where + ": refers to a missing response " + name);
                        }
                    } else if (response.getValue().path("content").path("application/problem+json").has("example")) {
                        problems.add(where + ": a platform problem written out in place");
                    }
                })));
        shared.fieldNames().forEachRemaining(name -> {
            if (!used.contains(name)) {
                problems.add("components/responses/" + name + " is used by no operation");
            }
        });
        assertTrue(used.size() > 20, "shared problem responses expected, found " + used);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
