package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The production setting {@code quarkus.management.enabled=true}: health and metrics leave the public port for the
 * management interface, while the OpenAPI document and its explorer stay on the public port.
 */
@QuarkusTest
@TestProfile(ManagementInterfaceTest.ManagementOn.class)
class ManagementInterfaceTest {

    public static class ManagementOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.management.enabled", "true", "quarkus.management.test-port", "0");
        }
    }

    // (relative to the management interface's root path, /q)
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementHealth;

    @Test
    void metricsAndHealthAreOnTheManagementPortOnly() {
        given().get(managementMetrics).then().statusCode(200).body(containsString("jvm_"));
        given().get(managementHealth).then().statusCode(200).body(containsString("UP"));
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentAndExplorerStayOnThePublicPort() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/api/v1/wards").then().statusCode(200);
    }
}
