package jp.wardhub.organization;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

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
    void adminListsAccounts() {
        as("admin").get("/api/v1/staff?size=100").then().statusCode(200).body("items.username", hasItem("kita"));
    }
}
