package jp.wardhub.auth;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.wardhub.organization.Staff;
import jp.wardhub.platform.ProblemType;

/**
 * A change to an account takes effect at the next request, not when the account's tokens expire: deactivation, a new
 * role, ward or password refuse the tokens issued before; a change on another replica is seen within the check TTL.
 */
@QuarkusTest
class AccountChangesTest {

    private static final String PASSWORD = "a-long-enough-password";

    record Account(int id, String username, String etag, String token) {
    }

    private static String body(String username, String role, String ward, boolean active, String displayName) {
        String wardField = ward == null ? "" : "\"wardCode\":\"" + ward + "\",";
        String bureau = role.equals("HQ") ? "\"bureauCode\":\"policy\"," : "";
        return """
                {"username":"%s","displayName":"%s","role":"%s",%s%s"active":%s}"""
                .formatted(username, displayName, role, wardField, bureau, active);
    }

    private static Account newAccount() {
        String username = "chg-" + UUID.randomUUID().toString().substring(0, 8);
        ExtractableResponse<Response> created = as("admin").contentType(ContentType.JSON)
                .body(body(username, "WARD", "431010", true, "変更 試験").replace("\"active\"",
                        "\"password\":\"" + PASSWORD + "\",\"active\""))
                .post("/api/v1/staff").then().statusCode(201).extract();
        String token = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        return new Account(created.path("id"), username, created.header("ETag"), token);
    }

    private static void update(Account a, String json) {
        as("admin").header("If-Match", a.etag()).contentType(ContentType.JSON).body(json).put("/api/v1/staff/" + a.id())
                .then().statusCode(200);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo(ProblemType.UNAUTHORIZED.type().toString()));
    }

    @Test
    void deactivationRefusesTheAccountsTokensAtTheNextRequest() {
        Account a = newAccount();
        update(a, body(a.username(), "WARD", "431010", false, "変更 試験"));
        refused(a.token());
        // also on endpoints that do not require a token: a refused token is never quietly treated as anonymous
        given().auth().oauth2(a.token()).get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void aNewRoleRefusesTokensNamingTheOldOne() {
        Account a = newAccount();
        update(a, body(a.username(), "FLOOR", "431010", true, "変更 試験"));
        refused(a.token());
    }

    @Test
    void anotherWardRefusesTokensNamingTheOldOne() {
        Account a = newAccount();
        update(a, body(a.username(), "WARD", "431052", true, "変更 試験"));
        refused(a.token());
        String fresh = given().contentType(ContentType.JSON)
                .body(Map.of("username", a.username(), "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(fresh).get("/api/v1/me").then().statusCode(200).body("ward.code", equalTo("431052"));
    }

    @Test
    void aPasswordSetByAnAdministratorRefusesEarlierTokens() {
        Account a = newAccount();
        update(a, body(a.username(), "WARD", "431010", true, "変更 試験")
                .replace("\"active\"", "\"password\":\"another-long-password\",\"active\""));
        refused(a.token());
    }

    @Test
    void aNewDisplayNameKeepsTheTokensValid() {
        Account a = newAccount();
        update(a, body(a.username(), "WARD", "431010", true, "改名 試験"));
        given().auth().oauth2(a.token()).get("/api/v1/me").then().statusCode(200).body("displayName", equalTo("改名 試験"));
    }

    /** Another replica's change reaches this one through the database only: no event, just the cache's short TTL. */
    @Test
    void aChangeMadeElsewhereIsSeenWithinTheCheckTtl() throws InterruptedException {
        Account a = newAccount();
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1,
                Staff.update("tokenVersion = tokenVersion + 1 where username = ?1", a.username())));
        long deadline = System.nanoTime() + 12_000_000_000L;
        int status;
        do {
            Thread.sleep(250);
            status = given().auth().oauth2(a.token()).get("/api/v1/me").then().extract().statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertEquals(401, status, "refused within the check TTL (5 s) plus margin");
    }
}
