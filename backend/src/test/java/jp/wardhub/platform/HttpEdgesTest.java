package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What the HTTP layer refuses is a problem too, and a client's odd Accept header never costs it a 406 or a 500. */
@QuarkusTest
class HttpEdgesTest {

    @Test
    void aTwentySevenKilobyteUrlIsA414Problem() {
        given().get("/api/v1/offices?q=" + "a".repeat(27_000)).then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414)).body("titleEn", equalTo("URI too long"));
    }

    @Test
    void bigHeadersAreA431Problem() {
        given().header("X-Padding", "a".repeat(30_000)).get("/api/v1/wards").then().statusCode(431)
                .contentType("application/problem+json").body("status", equalTo(431));
        given().header("X-Padding", "a".repeat(4_000)).get("/api/v1/wards").then().statusCode(200);
    }

    @Test
    void aClientAcceptingOnlyProblemJsonStillGetsJsonResources() {
        given().accept("application/problem+json").get("/api/v1/wards").then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("application/json, application/problem+json").get("/api/v1/offices/2").then().statusCode(200);
        given().accept("application/problem+json").get("/api/v1/offices/0").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMalformedAcceptHeaderIsIgnoredNotA500() {
        for (String accept : new String[] { ";;;,,,", ",", "application/", "/json", "text/html;q=abc,;", "ü/ü" }) {
            int status = given().header("Accept", accept).get("/api/v1/wards").then().extract().statusCode();
            assertTrue(status == 200 || status == 406, accept + " gave " + status);
        }
        given().header("Accept", ";;;,,,").get("/api/v1/wards").then().statusCode(200);
        as("admin").header("Accept", ";;;,,,").get("/api/v1/offices/2").then().statusCode(200);
    }
}
