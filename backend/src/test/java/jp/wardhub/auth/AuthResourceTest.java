package jp.wardhub.auth;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuthResourceTest {

    @Test
    void wardStaffSignInAndSeeTheirWard() {
        given().contentType(ContentType.JSON).body(Map.of("username", "chuo", "password", "wardhub-demo"))
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", greaterThan(0))
                .body("accessToken", notNullValue())
                .body("user.role", equalTo("WARD"))
                .body("user.ward.nameJa", equalTo("中央区"));
        as("chuo").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("chuo"))
                .body("displayName", equalTo("中央 花子"))
                .body("ward.code", equalTo("431010"))
                .body("bureau", nullValue());
    }

    @Test
    void hqStaffCarryTheirBureauAndSection() {
        as("hq").get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("HQ"))
                .body("bureau.nameJa", equalTo("政策局"))
                .body("section.code", equalTo("ward-coordination"));
    }

    @Test
    void wrongPasswordIs401WithoutSayingWhichPartWasWrong() {
        given().contentType(ContentType.JSON).body(Map.of("username", "kita", "password", "not-the-password"))
                .post("/api/v1/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(AuthService.BAD_CREDENTIALS.type().toString()));
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody-here", "password", "wardhub-demo"))
                .post("/api/v1/auth/login")
                .then().statusCode(401)
                .body("type", equalTo(AuthService.BAD_CREDENTIALS.type().toString()));
    }

    @Test
    void meWithoutATokenIs401() {
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void partnerGetsAScopedTokenByClientCredentials() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "city-web")
                .formParam("client_secret", "wardhub-demo-secret").formParam("scope", "catalogue:read")
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("scope", equalTo("catalogue:read"))
                .body("expires_in", greaterThan(0));
        as("partner").get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("PARTNER"))
                .body("scopes", contains("catalogue:read", "voices:write"));
    }

    @Test
    void partnerMayAuthenticateWithHttpBasic() {
        given().auth().preemptive().basic("city-web", "wardhub-demo-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post("/api/v1/auth/token")
                .then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void wrongClientSecretIs401() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "city-web")
                .formParam("client_secret", "guess")
                .post("/api/v1/auth/token")
                .then().statusCode(401).body("type", equalTo(AuthService.INVALID_CLIENT.type().toString()));
    }

    @Test
    void scopeBeyondTheClientsGrantIsRefused() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "city-web")
                .formParam("client_secret", "wardhub-demo-secret").formParam("scope", "staff:admin")
                .post("/api/v1/auth/token")
                .then().statusCode(400).body("type", equalTo(AuthService.INVALID_SCOPE.type().toString()));
    }

    @Test
    void onlyTheClientCredentialsGrantIsSupported() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "city-web")
                .post("/api/v1/auth/token")
                .then().statusCode(400).body("errors[0].field", equalTo("grant_type"));
    }
}
