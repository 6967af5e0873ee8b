package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** Bad voice bodies are 400 problems naming the field, and change nothing. */
@SendsInvalidRequests
@QuarkusTest
class VoiceBadInputTest {

    private long before;

    private static long total() {
        return as("admin").get("/api/v1/voices?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @BeforeEach
    void count() {
        before = total();
    }

    @AfterEach
    void nothingCreated() {
        assertEquals(before, total(), "voices");
    }

    private static void rejects(String body, String field) {
        as("chuo").contentType(ContentType.JSON).body(body).post("/api/v1/voices").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void anUnknownPropertyIsNamed() {
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\",\"colour\":\"red\"}",
                "colour");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\",\"personalData\":{\"age\":40}}",
                "personalData.age");
    }

    @Test
    void aWrongEnumIsNamedWithTheAllowedValues() {
        as("chuo").contentType(ContentType.JSON)
                .body("{\"channel\":\"COUNTER\",\"type\":\"PRAISE\",\"categories\":[\"roads\"],\"text\":\"x\"}")
                .post("/api/v1/voices").then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("COMPLAINT"));
        rejects("{\"channel\":\"FAX\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\"}", "channel");
    }

    @Test
    void missingOrOverlongTextIsNamed() {
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"]}", "text");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"  \"}", "text");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\""
                + "あ".repeat(100_000) + "\"}", "text");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\""
                + "a".repeat(8001) + "\"}", "text");
    }

    @Test
    void aCoordinateWithMoreThanAHundredPlacesEitherSideOfThePointIsNamed() {
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\",\"latitude\":1E-2147483647}",
                "latitude");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\",\"longitude\":1e-999999999}",
                "longitude");
    }

    @Test
    void otherFieldsAreNamedToo() {
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[],\"text\":\"x\"}", "categories");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\",\"no-such\"],\"text\":\"x\"}",
                "categories[1]");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\",\"schoolDistrict\":\""
                + "校".repeat(51) + "\"}",
                "schoolDistrict");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\",\"receivedOn\":\"2026-02-30\"}",
                "receivedOn");
        rejects("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\",\"personalData\":{\"email\":\"not-an-address\"}}",
                "personalData.email");
        as("admin").contentType(ContentType.JSON).body(
                "{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"x\",\"wardCode\":\"999999\"}")
                .post("/api/v1/voices").then().statusCode(400).body("errors[0].field", equalTo("wardCode"));
        as("admin").get("/api/v1/voices?status=OPEN").then().statusCode(400).body("errors[0].field", equalTo("status"));
        as("admin").get("/api/v1/voices?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
