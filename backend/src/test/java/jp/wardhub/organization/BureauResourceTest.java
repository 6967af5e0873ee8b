package jp.wardhub.organization;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BureauResourceTest {

    @Test
    void bureausListTheirSections() {
        given().get("/api/v1/bureaus").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(8))
                .body("find { it.code == 'policy' }.nameJa", equalTo("政策局"))
                .body("find { it.code == 'policy' }.sections.code", hasItem("ward-coordination"));
    }

    @Test
    void adminCreatesABureauAndReplacesItsSections() {
        String body = OrganizationAuthorizationTest.bureau("digital-transformation", "デジタル戦略局")
                .replace("\"sections\":[]",
                        "\"sections\":[{\"code\":\"dx-planning\",\"nameJa\":\"DX推進課\",\"nameEn\":\"DX Planning\"}]");
        var created = as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/bureaus")
                .then().statusCode(201).body("sections.code", contains("dx-planning")).extract();
        String replaced = body.replace(
                "\"sections\":[{\"code\":\"dx-planning\",\"nameJa\":\"DX推進課\",\"nameEn\":\"DX Planning\"}]",
                "\"sections\":[{\"code\":\"dx-data\",\"nameJa\":\"データ活用課\",\"nameEn\":\"Data Section\"},"
                        + "{\"code\":\"dx-planning\",\"nameJa\":\"DX推進課\",\"nameEn\":\"DX Planning\"}]");
        String newTag = as("admin").header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(replaced)
                .put("/api/v1/bureaus/digital-transformation").then().statusCode(200)
                .body("sections.code", contains("dx-data", "dx-planning")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(created.header("ETag"), newTag,
                "a section change is a new version");
        given().get("/api/v1/bureaus/digital-transformation").then().header("ETag", equalTo(newTag));
        as("admin").header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/bureaus/digital-transformation").then().statusCode(412);
    }

    @Test
    void aSectionCodeOfAnotherBureauIsAConflictAndNothingIsWritten() {
        String body = OrganizationAuthorizationTest.bureau("half-written", "途中局")
                .replace("\"sections\":[]",
                        "\"sections\":[{\"code\":\"half-new\",\"nameJa\":\"新課\",\"nameEn\":\"New\"},"
                                + "{\"code\":\"budget\",\"nameJa\":\"財政課\",\"nameEn\":\"Budget\"}]");
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/bureaus")
                .then().statusCode(409).body("type", equalTo(OrganizationService.CODE_TAKEN.type().toString()));
        given().get("/api/v1/bureaus/half-written").then().statusCode(404);
    }

    @Test
    void aSectionCodeGivenTwiceIsA400NamingTheSecondAndNothingIsWritten() {
        String body = OrganizationAuthorizationTest.bureau("twice", "二重局")
                .replace("\"sections\":[]", "\"sections\":[{\"code\":\"twice-a\",\"nameJa\":\"課\",\"nameEn\":\"A\"},"
                        + "{\"code\":\"twice-a\",\"nameJa\":\"課\",\"nameEn\":\"A\"}]");
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/bureaus")
                .then().statusCode(400).body("errors[0].field", equalTo("sections[1].code"));
        given().get("/api/v1/bureaus/twice").then().statusCode(404);
    }

    @Test
    void aDroppedSectionStillInUseIsA409NamingSectionsAndNothingIsWritten() {
        String etag = given().get("/api/v1/bureaus/policy").then().statusCode(200).extract().header("ETag");
        String body = OrganizationAuthorizationTest.bureau("policy", "政策局");
        as("admin").header("If-Match", etag).contentType(ContentType.JSON).body(body).put("/api/v1/bureaus/policy")
                .then().statusCode(409).body("type", equalTo(OrganizationService.SECTION_IN_USE.type().toString()))
                .body("errors[0].field", equalTo("sections")).body("errors[0].rule", equalTo("InUse"));
        given().get("/api/v1/bureaus/policy").then().header("ETag", equalTo(etag))
                .body("sections.code", hasItem("ward-coordination"));
    }

    @Test
    void anUnusedSectionCanBeDropped() {
        String body = OrganizationAuthorizationTest.bureau("dropping", "削減局")
                .replace("\"sections\":[]",
                        "\"sections\":[{\"code\":\"dropping-a\",\"nameJa\":\"課\",\"nameEn\":\"A\"}]");
        String etag = as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/bureaus")
                .then().statusCode(201).extract().header("ETag");
        as("admin").header("If-Match", etag).contentType(ContentType.JSON)
                .body(OrganizationAuthorizationTest.bureau("dropping", "削減局"))
                .put("/api/v1/bureaus/dropping").then().statusCode(200).body("sections.size()", equalTo(0));
    }

    @Test
    void unknownBureauIs404() {
        given().get("/api/v1/bureaus/no-such-bureau").then().statusCode(404);
    }
}
