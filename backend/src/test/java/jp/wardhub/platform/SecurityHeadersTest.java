package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jp.wardhub.testing.SendsInvalidRequests;

/** Every response on the public port carries the security headers; credentials and personal data are never cached. */
@QuarkusTest
class SecurityHeadersTest {

    private static ValidatableResponse hasSecurityHeaders(ValidatableResponse response) {
        return response.header("Content-Security-Policy", equalTo(SecurityHeaders.CSP))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Permissions-Policy", containsString("camera=()"))
                // no TLS configured here: no HSTS
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theSpaAndItsDeepLinksCarryThem() {
        hasSecurityHeaders(given().get("/").then());
        hasSecurityHeaders(given().accept("text/html").get("/voices").then());
    }

    @Test
    void publicApiResponsesCarryThemAndMayBeCached() {
        hasSecurityHeaders(given().get("/api/v1/wards").then().statusCode(200))
                .header("Cache-Control", not(containsString("no-store")));
    }

    @SendsInvalidRequests
    @Test
    void errorResponsesCarryThem() {
        hasSecurityHeaders(given().get("/api/v1/no-such-thing").then().statusCode(404));
        hasSecurityHeaders(given().get("/api/v1/me").then().statusCode(401));
        hasSecurityHeaders(given().contentType(ContentType.JSON).body("{").post("/api/v1/auth/login").then()
                .statusCode(400)).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void authenticatedResponsesAreNeverStored() {
        hasSecurityHeaders(as("chuo").get("/api/v1/me").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
        hasSecurityHeaders(as("chuo").get("/api/v1/wards").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
        hasSecurityHeaders(as("kita").get("/api/v1/audit?entity=voice&id=999999").then().statusCode(403))
                .header("Cache-Control", equalTo("no-store"));
        hasSecurityHeaders(as("partner").get("/open311/v2/requests.json").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void personalDataAndTokensAreNeverStored() {
        String voice = """
                {"channel":"PHONE","type":"COMPLAINT","categories":["waste"],"wardCode":"431010","text":"見出しの確認",
                 "personalData":{"name":"見本 試験者","phone":"096-000-9999","consentToContact":true}}""";
        long id = ((Number) as("chuo-floor").contentType(ContentType.JSON).body(voice).post("/api/v1/voices").then()
                .statusCode(201).extract().path("id")).longValue();
        hasSecurityHeaders(as("chuo").get("/api/v1/voices/" + id + "/personal-data").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
        hasSecurityHeaders(given().contentType(ContentType.JSON)
                .body(Map.of("username", "chuo", "password", "wardhub-demo")).post("/api/v1/auth/login").then()
                .statusCode(200)).header("Cache-Control", equalTo("no-store"));
        hasSecurityHeaders(given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "city-web").formParam("client_secret", "wardhub-demo-secret")
                .post("/api/v1/auth/token").then().statusCode(200)).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theOpenApiExplorerHasItsOwnPolicyForItsInlineScript() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.EXPLORER_CSP))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
        hasSecurityHeaders(given().get("/q/openapi").then().statusCode(200));
    }

    @Test
    void hstsOnlyWhenConfigured() {
        assertNull(SecurityHeaders.forRequest("/", false, false).get("Strict-Transport-Security"));
        assertEquals("max-age=31536000; includeSubDomains",
                SecurityHeaders.forRequest("/", false, true).get("Strict-Transport-Security"));
        assertEquals("no-store", SecurityHeaders.forRequest("/api/v1/voices", true, true).get("Cache-Control"));
        assertFalse(SecurityHeaders.forRequest("/api/v1/wards", false, true).containsKey("Cache-Control"));
    }
}
