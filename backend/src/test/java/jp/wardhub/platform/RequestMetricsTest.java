package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The HTTP request metrics keep one time series per endpoint, whatever paths clients send. */
@QuarkusTest
class RequestMetricsTest {

    @Test
    void aRequestRefusedBeforeAnyResourceMatchedAddsNoUriTagOfItsOwn() {
        String marker = "metrics-" + UUID.randomUUID();
        given().delete("/api/v1/bureaus/" + marker).then().statusCode(405);
        given().contentType(ContentType.JSON).body("{\"a\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/v1/duties/" + marker).then().statusCode(413);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(not(containsString(marker)));
    }
}
