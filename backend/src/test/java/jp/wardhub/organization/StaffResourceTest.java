package jp.wardhub.organization;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

@QuarkusTest
class StaffResourceTest {

    static String wardStaff(String username) {
        return """
                {"username":"%s","displayName":"試験 職員","role":"WARD","wardCode":"431010",
                 "password":"a-long-enough-password","active":true}""".formatted(username);
    }

    /** A new WARD account of 中央区 made by the administrator; its id. */
    static long createWardStaff(String username) {
        return ((Number) as("admin").contentType(ContentType.JSON).body(wardStaff(username)).post("/api/v1/staff")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void adminCreatesAnAccountThatCanSignIn() {
        as("admin").contentType(ContentType.JSON).body(wardStaff("new-chuo")).post("/api/v1/staff")
                .then().statusCode(201)
                .body("role", equalTo("WARD"))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
        given().contentType(ContentType.JSON).body(Map.of("username", "new-chuo", "password", "a-long-enough-password"))
                .post("/api/v1/auth/login").then().statusCode(200).body("user.ward.code", equalTo("431010"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        var created = as("admin").contentType(ContentType.JSON).body(wardStaff("leaving-soon")).post("/api/v1/staff")
                .then().statusCode(201).extract();
        int id = created.path("id");
        as("admin").header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(wardStaff("leaving-soon").replace("\"active\":true", "\"active\":false"))
                .put("/api/v1/staff/" + id)
                .then().statusCode(200).body("active", equalTo(false));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "leaving-soon", "password", "a-long-enough-password"))
                .post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void wardRolesNeedAWardAndHqStaffABureau() {
        as("admin").contentType(ContentType.JSON).body(wardStaff("no-ward").replace("\"wardCode\":\"431010\",", ""))
                .post("/api/v1/staff").then().statusCode(400).body("errors[0].field", equalTo("wardCode"));
        as("admin").contentType(ContentType.JSON)
                .body(wardStaff("hq-no-bureau").replace("\"WARD\"", "\"HQ\"").replace("\"wardCode\":\"431010\",", ""))
                .post("/api/v1/staff").then().statusCode(400).body("errors[0].field", equalTo("bureauCode"));
    }

    @Test
    void aSectionMustBelongToTheBureau() {
        String body = """
                {"username":"hq-mismatch","displayName":"試験","role":"HQ","bureauCode":"policy","sectionCode":"budget",
                 "password":"a-long-enough-password","active":true}""";
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/staff")
                .then().statusCode(400).body("errors[0].field", equalTo("sectionCode"));
    }

    @Test
    void partnerIsNotAStaffRole() {
        as("admin").contentType(ContentType.JSON).body(wardStaff("robot").replace("\"WARD\"", "\"PARTNER\""))
                .post("/api/v1/staff").then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @SendsInvalidRequests
    @Test
    void shortPasswordsAreRefused() {
        as("admin").contentType(ContentType.JSON).body(wardStaff("short-pw").replace("a-long-enough-password", "short"))
                .post("/api/v1/staff").then().statusCode(400).body("errors[0].field", equalTo("password"));
    }

    @Test
    void usernamesAreUnique() {
        as("admin").contentType(ContentType.JSON).body(wardStaff("chuo")).post("/api/v1/staff")
                .then().statusCode(409).body("type", equalTo(StaffService.USERNAME_TAKEN.type().toString()));
    }

    @Test
    void theListFiltersByRoleWardActiveAndName() {
        String name = unique("filter-me");
        long id = createWardStaff(name);
        as("admin").get("/api/v1/staff?role=WARD&ward=431010&active=true&q=" + name.toUpperCase()).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].locked", equalTo(false)).body("items[0].passwordChangeRequired", equalTo(false));
        as("admin").get("/api/v1/staff?role=HQ&q=" + name).then().statusCode(200).body("total", equalTo(0));
        as("admin").get("/api/v1/staff?ward=431052&q=" + name).then().statusCode(200).body("total", equalTo(0));
        as("admin").get("/api/v1/staff?active=false&q=" + name).then().statusCode(200).body("total", equalTo(0));
        as("admin").get("/api/v1/staff?bureau=policy&size=100").then().statusCode(200)
                .body("items.username", hasItem("hq")).body("items.username", not(hasItem("chuo")));
        // LIKE wildcards in the query are literal: a bare % finds nobody's name.
        as("admin").get("/api/v1/staff?q=%25%25").then().statusCode(200).body("total", equalTo(0));
    }

    @SendsInvalidRequests
    @Test
    void badFiltersAreA400NamingTheParameter() {
        as("admin").get("/api/v1/staff?role=MAYOR").then().statusCode(400).body("errors[0].field", equalTo("role"));
        as("admin").get("/api/v1/staff?active=yes").then().statusCode(400).body("errors[0].field", equalTo("active"));
        as("admin").get("/api/v1/staff?ward=chuo").then().statusCode(400).body("errors[0].field", equalTo("ward"));
    }

    @Test
    void aResetPasswordIsShownOnceAndMustBeChangedAtTheNextSignIn() {
        String name = unique("forgetful");
        long id = createWardStaff(name);
        String etag = as("admin").get("/api/v1/staff/" + id).then().statusCode(200).extract().header("ETag");
        var reset = as("admin").header("If-Match", etag).post("/api/v1/staff/" + id + "/reset-password").then()
                .statusCode(200).body("account.id", equalTo((int) id))
                .body("account.passwordChangeRequired", equalTo(true)).body("account.locked", equalTo(false))
                .extract();
        String temporary = reset.path("temporaryPassword");
        assertTrue(temporary.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"), temporary);
        assertNotEquals(etag, reset.header("ETag"));

        // The old password no longer works; the temporary one signs in to a session that must change it first.
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "a-long-enough-password"))
                .post("/api/v1/auth/login").then().statusCode(401);
        String token = given().contentType(ContentType.JSON).body(Map.of("username", name, "password", temporary))
                .post("/api/v1/auth/login").then().statusCode(200).body("user.passwordChangeRequired", equalTo(true))
                .extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/voices").then().statusCode(403)
                .body("type", containsString("password-change-required"));

        // Audited, without the password.
        String trail = as("admin").get("/api/v1/audit?entity=staff&id=" + id).then().statusCode(200)
                .body("items[0].action", equalTo("reset-password"))
                .body("items[0].after.passwordChangeRequired", equalTo(true)).extract().asString();
        assertFalse(trail.contains(temporary), "the audit trail carries the temporary password");
    }

    @SendsInvalidRequests
    @Test
    void aResetNeedsTheCurrentETag() {
        long id = createWardStaff(unique("stale"));
        as("admin").post("/api/v1/staff/" + id + "/reset-password").then().statusCode(428);
        as("admin").header("If-Match", "\"999\"").post("/api/v1/staff/" + id + "/reset-password").then()
                .statusCode(412);
        as("admin").header("If-Match", "*").post("/api/v1/staff/999999/reset-password").then().statusCode(404);
    }

    @Test
    void adminListsAccounts() {
        as("admin").get("/api/v1/staff?size=100").then().statusCode(200).body("items.username", hasItem("kita"));
    }
}
