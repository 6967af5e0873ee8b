package jp.wardhub.auth;

import static io.restassured.RestAssured.given;
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

/** Repeated failed sign-ins are throttled per account and per client address, with Retry-After. */
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

    private static io.restassured.response.Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }
}
