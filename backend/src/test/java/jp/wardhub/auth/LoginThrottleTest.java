package jp.wardhub.auth;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.testing.Seeded.staff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.ProblemType;

/**
 * Repeated failed sign-ins are throttled per account and client address, per account and per address, with
 * Retry-After; the partner token endpoint likewise; an administrator unlocks an account. Every request here comes from
 * 127.0.0.1: tests with several addresses are in {@link TrustedProxyThrottleTest}.
 */
@QuarkusTest
class LoginThrottleTest {

    @BeforeEach
    @AfterEach
    @Transactional
    void forgetFailures() {
        LoginFailure.deleteAll();
    }

    @Test
    void sixthFailureForOneAccountIs429AndEvenTheRightPasswordWaits() {
        for (int i = 0; i < 5; i++) {
            login("chuo-floor", "wrong-" + i).then().statusCode(401);
        }
        login("chuo-floor", "wrong-again").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo(ProblemType.TOO_MANY_REQUESTS.type().toString()));
        login("chuo-floor", "wardhub-demo").then().statusCode(429);
    }

    @Test
    void manyFailuresFromOneAddressAcrossAccountsAre429() {
        for (int i = 0; i < 20; i++) {
            login("someone-" + i, "wrong").then().statusCode(401);
        }
        login("kita", "wardhub-demo").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            login("kita-liaison", "wrong").then().statusCode(401);
        }
        login("kita-liaison", "wardhub-demo").then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            login("kita-liaison", "wrong").then().statusCode(401);
        }
        login("kita-liaison", "wardhub-demo").then().statusCode(200);
    }

    @Test
    void sixthWrongClientSecretIs429AndEvenTheRightSecretWaits() {
        for (int i = 0; i < 5; i++) {
            token("city-web", "guess-" + i).then().statusCode(401)
                    .body("type", equalTo(AuthService.INVALID_CLIENT.type().toString()));
        }
        token("city-web", "wardhub-demo-secret").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo(ProblemType.TOO_MANY_REQUESTS.type().toString()));
    }

    @Test
    void unknownClientIdsCountAgainstTheAddress() {
        for (int i = 0; i < 20; i++) {
            token("no-such-client-" + i, "guess").then().statusCode(401);
        }
        token("city-web", "wardhub-demo-secret").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void anAdministratorSeesALockAndUnlocksTheAccount() {
        long id = staff("chuo-liaison");
        for (int i = 0; i < 5; i++) {
            login("chuo-liaison", "wrong-" + i).then().statusCode(401);
        }
        login("chuo-liaison", "wardhub-demo").then().statusCode(429);
        as("admin").get("/api/v1/staff/" + id).then().statusCode(200).body("locked", equalTo(true));

        as("admin").post("/api/v1/staff/" + id + "/unlock").then().statusCode(200)
                .body("username", equalTo("chuo-liaison"))
                .body("locked", equalTo(false));
        as("admin").get("/api/v1/audit?entity=staff&id=" + id).then().statusCode(200)
                .body("items[0].action", equalTo("unlock"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].before.locked", equalTo(true))
                .body("items[0].after.locked", equalTo(false));
        login("chuo-liaison", "wardhub-demo").then().statusCode(200);
    }

    @Test
    void unlockingAnUnknownAccountIs404() {
        as("admin").post("/api/v1/staff/999999/unlock").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.Response token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/token");
    }

    private static io.restassured.response.Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }
}
