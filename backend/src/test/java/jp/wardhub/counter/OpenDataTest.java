package jp.wardhub.counter;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Seeded.office;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenDataTest {

    @Test
    void publicFacilitiesFollowTheStandardColumnsWithABomForExcel() {
        byte[] body = given().get("/api/v1/open-data/public-facilities.csv").then().statusCode(200)
                .contentType("text/csv").extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals(String.join(",", OpenDataService.FACILITY_COLUMNS.stream().map(c -> "\"" + c + "\"").toList()),
                lines[0]);
        assertTrue(lines[2].contains("\"中央区役所\"") || String.join("\n", lines).contains("\"チュウオウクヤクショ\""));
        assertTrue(String.join("\n", lines).contains("\"431001\",\"1\",\"熊本県\",\"熊本市\""));
    }

    @Test
    void proceduresAndAvailabilityAreCsvToo() {
        String procedures = given().get("/api/v1/open-data/procedures.csv").then().statusCode(200).extract().asString();
        assertTrue(procedures.contains("\"juminhyo-copy\""));
        String availability = given().get("/api/v1/open-data/availability.csv").then().statusCode(200).extract()
                .asString();
        assertTrue(availability.contains("\"juminhyo-copy\",\"住民票の写し\",\"channel:convenience-store\""));
    }

    @Test
    void anOfficeIsASchemaOrgGovernmentOfficeWithOpeningHours() {
        given().accept("application/ld+json").get("/api/v1/offices/" + office("中央区役所")).then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@type'", equalTo("GovernmentOffice"))
                .body("address.streetAddress", equalTo("熊本県熊本市中央区手取本町1-1"))
                .body("openingHoursSpecification.dayOfWeek", hasItem("https://schema.org/Monday"))
                .body("openingHoursSpecification", not(empty()));
        given().accept("application/json").get("/api/v1/offices/" + office("中央区役所")).then().statusCode(200)
                .contentType("application/json").body("nameJa", equalTo("中央区役所"));
    }

    @Test
    void theJsonLdIsServedAsExactlyApplicationLdJsonWithTheOfficesETag() {
        String version = given().accept("application/json").get("/api/v1/offices/" + office("中央区役所")).then()
                .statusCode(200).extract().header("ETag");
        var ld = given().accept("application/ld+json").get("/api/v1/offices/" + office("中央区役所")).then().statusCode(200)
                .extract();
        assertEquals("application/ld+json", ld.header("Content-Type"));
        assertEquals("W/" + version, ld.header("ETag"));
        assertTrue(ld.header("Vary").contains("Accept"), ld.header("Vary"));
    }
}
