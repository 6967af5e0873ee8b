package jp.wardhub.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What a response always carries is required, what may be left out is nullable and nothing else; the optional fields
 * of a request accept null.
 */
@QuarkusTest
class ResponseFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schemas() throws IOException {
        return JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString())
                .path("components").path("schemas");
    }

    private static List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void aResponseRequiresEveryFieldButTheNullableOnes() throws IOException {
        JsonNode me = schemas().path("Me");
        assertEquals(List.of("username", "displayName", "role", "scopes", "passwordChangeRequired"), required(me));
        assertTrue(me.path("properties").path("ward").path("anyOf").get(1).path("type").asText().equals("null"),
                me.toString());
    }

    @Test
    void everyResponseFieldIsEitherRequiredOrNullable() throws IOException {
        List<String> neither = new ArrayList<>();
        for (String name : List.of("Office", "Voice", "Proposal", "SupportApplication", "Place", "FinderAnswer")) {
            JsonNode schema = schemas().path(name);
            List<String> required = required(schema);
            schema.path("properties").fields().forEachRemaining(p -> {
                boolean nullable = p.getValue().path("type").toString().contains("\"null\"")
                        || p.getValue().path("anyOf").toString().contains("\"null\"");
                if (required.contains(p.getKey()) == nullable) {
                    neither.add(name + "." + p.getKey());
                }
            });
        }
        assertEquals(List.of(), neither);
    }

    @Test
    void aRequestsOptionalFieldsAcceptNull() throws IOException {
        JsonNode offer = schemas().path("OfferInput");
        assertTrue(offer.path("properties").path("feeYen").path("type").toString().contains("\"null\""),
                offer.toString());
        assertTrue(!required(offer).contains("feeYen"));
    }
}
