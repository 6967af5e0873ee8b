package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
