package jp.wardhub.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Signs in the demo accounts once per test run and hands out request specs that carry their tokens. */
public final class Accounts {

    public static final String PASSWORD = "wardhub-demo";
    public static final String CHUO = "431010";
    public static final String KITA = "431052";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Accounts() {
    }

    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> given().contentType(ContentType.JSON)
                .body(Map.of("username", u, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("accessToken"));
    }

    public static String partnerToken() {
        return TOKENS.computeIfAbsent("partner:city-web", u -> given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "city-web")
                .formParam("client_secret", "wardhub-demo-secret")
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("access_token"));
    }

    /** A request as the given demo account ({@code null} for anonymous, {@code "partner"} for the partner client). */
    public static RequestSpecification as(String username) {
        RequestSpecification spec = given();
        if (username == null) {
            return spec;
        }
        String token = username.equals("partner") ? partnerToken() : token(username);
        return spec.auth().oauth2(token);
    }
}
