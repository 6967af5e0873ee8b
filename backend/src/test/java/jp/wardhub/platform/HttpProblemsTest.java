package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.SendsInvalidRequests;

/** HTTP-level failures are problems too, and every response carries a request id. */
@SendsInvalidRequests
@QuarkusTest
class HttpProblemsTest {

    @Test
    void unknownApiPathIsA404Problem() {
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.NOT_FOUND.type().toString()))
                .body("instance", equalTo("/api/v1/no-such-thing"));
        given().post("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        given().delete("/api/v1/wards").then().statusCode(405).contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        given().accept("application/xml").get("/api/v1/wards").then().statusCode(406)
                .body(containsString("not-acceptable"));
    }

    @Test
    void requestIdIsEchoedWhenSaneAndMintedOtherwise() {
        given().header(RequestIds.HEADER, "partner-req-00042").get("/api/v1/wards")
                .then().statusCode(200).header(RequestIds.HEADER, equalTo("partner-req-00042"));
        given().header(RequestIds.HEADER, "<script>").get("/api/v1/wards")
                .then().statusCode(200).header(RequestIds.HEADER, not(equalTo("<script>")));
    }

    @Test
    void problemBodyCarriesTheSameRequestIdAsTheHeader() {
        var response = given().get("/api/v1/offices/0").then().statusCode(404).extract();
        org.junit.jupiter.api.Assertions.assertEquals(response.header(RequestIds.HEADER), response.path("requestId"));
    }

    @Test
    void platformEndpointsAreServed() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
