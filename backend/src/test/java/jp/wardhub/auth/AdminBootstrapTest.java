package jp.wardhub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * The first administrator of a fresh installation comes from the start-up variables; it must change its password
 * before it can do anything else, and the bootstrap stays idle once an administrator exists.
 */
@QuarkusTest
@TestProfile(BootstrapProfile.class)
class AdminBootstrapTest {

    @Inject
    AdminBootstrap bootstrap;

    private static String signIn(String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", BootstrapProfile.USERNAME, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    @SendsInvalidRequests
    @Test
    void theFirstAdministratorMustChangeItsPasswordBeforeAnythingElse() {
        var login = given().contentType(ContentType.JSON)
                .body(Map.of("username", BootstrapProfile.USERNAME, "password", BootstrapProfile.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200)
                .body("user.role", equalTo("ADMIN")).body("user.passwordChangeRequired", equalTo(true)).extract();
        String first = login.path("accessToken");

        given().auth().oauth2(first).get("/api/v1/me").then().statusCode(200).body("passwordChangeRequired",
                equalTo(true));
        for (String path : new String[] { "/api/v1/staff", "/api/v1/audit", "/api/v1/partner-clients",
            "/api/v1/notifications" }) {
            given().auth().oauth2(first).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo(PasswordChangeGate.PASSWORD_CHANGE_REQUIRED.type().toString()))
                    .body("title", equalTo("パスワードの変更が必要です"));
        }
        // even a public read: the token says the account is not ready
        given().auth().oauth2(first).get("/api/v1/wards").then().statusCode(403);

        given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-the-password", "newPassword", "a-brand-new-password"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", BootstrapProfile.PASSWORD, "newPassword", "short"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));

        String second = given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", BootstrapProfile.PASSWORD, "newPassword", "a-brand-new-password"))
                .post("/api/v1/me/password").then().statusCode(200)
                .body("user.passwordChangeRequired", equalTo(false)).extract().path("accessToken");

        given().auth().oauth2(first).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(second).get("/api/v1/staff").then().statusCode(200)
                .body("items.username", hasItem(BootstrapProfile.USERNAME));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", BootstrapProfile.USERNAME, "password", BootstrapProfile.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(401);
        String third = signIn("a-brand-new-password");
        given().auth().oauth2(third).get("/api/v1/me").then().statusCode(200).body("passwordChangeRequired",
                equalTo(false));

        given().auth().oauth2(third).get("/api/v1/audit?entity=staff").then().statusCode(200)
                .body("items.action", hasItem("bootstrap-create"))
                .body("items.action", hasItem("password-change"))
                .body("items.find { it.action == 'bootstrap-create' }.actor", equalTo("system"));

        // an administrator exists now: the variables are left set, and nothing happens at the next start
        assertEquals(AdminBootstrap.Outcome.IDLE,
                bootstrap.run(Optional.of("second-admin"), Optional.of("another-long-password"), Optional.empty()));
        assertEquals(AdminBootstrap.Outcome.NOT_CONFIGURED,
                bootstrap.run(Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
