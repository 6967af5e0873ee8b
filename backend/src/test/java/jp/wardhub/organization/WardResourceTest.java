package jp.wardhub.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WardResourceTest {

    @Test
    void theFiveWardsOfKumamotoInOrderWithTheirCodes() {
        given().get("/api/v1/wards").then().statusCode(200)
                .body("code", contains("431010", "431028", "431036", "431044", "431052"))
                .body("nameJa", contains("中央区", "東区", "西区", "南区", "北区"));
    }

    @Test
    void aWardPointsAtItsWardOffice() {
        int officeId = given().get("/api/v1/wards/431052").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("nameEn", equalTo("Kita Ward")).extract().path("officeId");
        given().get("/api/v1/offices/" + officeId).then().body("nameJa", equalTo("北区役所"));
    }

    @Test
    void unknownWardIs404() {
        given().get("/api/v1/wards/999999").then().statusCode(404).contentType("application/problem+json");
    }
}
