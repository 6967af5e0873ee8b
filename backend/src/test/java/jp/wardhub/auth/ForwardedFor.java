package jp.wardhub.auth;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Sign-in and token requests that carry {@code X-Forwarded-For}, as a reverse proxy (or someone posing as one) sends them. */
final class ForwardedFor {

    private ForwardedFor() {
    }

    /** Test profile settings: forwarded headers on, believed only from {@code trustedProxies}. */
    static Map<String, String> forwardingTrusting(String trustedProxies) {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.trusted-proxies", trustedProxies);
    }

    static Response login(String forwardedFor, String username, String password) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    static Response token(String forwardedFor, String clientId, String secret) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/token");
    }
}
