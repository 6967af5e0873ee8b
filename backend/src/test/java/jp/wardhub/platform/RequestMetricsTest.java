package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** The HTTP request metrics keep one time series per endpoint, whatever paths clients send. */
@QuarkusTest
class RequestMetricsTest {

    @SendsInvalidRequests
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

    @Test
    void deepLinksIntoTheSpaShareOneUriTag() {
        String marker = "metrics-" + UUID.randomUUID();
        given().get("/voices/" + marker); // the SPA's index.html (a 404 in a build without the SPA)
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/{spa}\""))
                .body(not(containsString(marker)));
    }

    @Test
    void everyPathOfTheContractFitsUnderTheUriTagLimit() throws IOException {
        long paths = Files.readAllLines(Path.of("../openapi.yaml")).stream().filter(l -> l.matches("  /\\S*:")).count();
        int limit = ConfigProvider.getConfig().getValue("quarkus.micrometer.binder.http-server.max-uri-tags",
                Integer.class);
        // room for the SPA's files and the fixed tags (root, UNKNOWN, NOT_FOUND, /{spa}, /q/...)
        assertTrue(paths > 0 && paths + 50 <= limit, paths + " API paths, " + limit + " URI tags allowed");
    }
}
