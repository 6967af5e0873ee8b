package jp.wardhub.voice;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Open311 GeoReport v2 for partner systems: categories as services, requests as voices. */
@QuarkusTest
class Open311Test {

    /** REST Assured would send ISO-8859-1 by default, which has no Japanese. */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void theCategoriesAreTheServices() {
        given().get("/open311/v2/services.json").then().statusCode(200).contentType(ContentType.JSON)
                .body("service_code", hasItem("roads"))
                .body("find { it.service_code == 'waste' }.service_name", equalTo("ごみ"))
                .body("metadata", everyItem(equalTo(false))).body("type", everyItem(equalTo("realtime")))
                .body("find { it.service_code == 'roads' }.keywords", containsString("街灯"))
                .body("find { it.service_code == 'roads' }.group", equalTo("まちの基盤"));
    }

    @Test
    void aFormEncodedRequestRoundTrips() {
        String key = UUID.randomUUID().toString();
        var sent = as("partner").header("Idempotency-Key", key).contentType(FORM)
                .formParam("service_code", "roads").formParam("description", "Open311 で送った街灯の故障")
                .formParam("lat", "32.8031").formParam("long", "130.7079").formParam("address_string", "中央区手取本町1-1 付近")
                .formParam("first_name", "太郎").formParam("last_name", "見本")
                .formParam("email", "open311.taro@example.jp")
                .formParam("jurisdiction_id", "city.kumamoto.jp").formParam("attribute[WHERE]", "歩道")
                .post("/open311/v2/requests.json").then().statusCode(201).body("$", hasSize(1))
                .body("[0].service_request_id", matchesPattern("V-\\d{4}-\\d{6}"))
                .body("[0].service_notice", notNullValue())
                .extract();
        String id = sent.path("[0].service_request_id");

        as("partner").get("/open311/v2/requests/" + id + ".json").then().statusCode(200).body("$", hasSize(1))
                .body("[0].service_request_id", equalTo(id)).body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("roads")).body("[0].service_name", equalTo("道路"))
                .body("[0].description", equalTo("Open311 で送った街灯の故障")).body("[0].address", equalTo("中央区手取本町1-1 付近"))
                .body("[0].lat", equalTo(32.8031f)).body("[0].long", equalTo(130.7079f))
                .body("[0].requested_datetime", containsString("+09:00"))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("email")));
        as("partner").get("/open311/v2/requests.json?service_code=roads,parks&status=open").then().statusCode(200)
                .body("service_request_id", hasItem(id));
        as("partner").get("/open311/v2/requests.json?status=closed").then().statusCode(200)
                .body("service_request_id", not(hasItem(id)));

        // the same voice in the REST API: web form, request, personal data kept apart
        long voiceId = as("admin").get("/api/v1/voices?q=" + id).then().statusCode(200).body("total", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");
        as("admin").get("/api/v1/voices/" + voiceId).then().body("channel", equalTo("WEB_FORM"))
                .body("type", equalTo("REQUEST"))
                .body("createdBy", equalTo("city-web")).body("hasPersonalData", equalTo(true));
        as("admin").get("/api/v1/voices/" + voiceId + "/personal-data").then().statusCode(200)
                .body("name", equalTo("見本 太郎")).body("email", equalTo("open311.taro@example.jp"));

        // a retry with the key gives the same request
        as("partner").header("Idempotency-Key", key).contentType(FORM)
                .formParam("service_code", "roads").formParam("description", "Open311 で送った街灯の故障")
                .formParam("lat", "32.8031").formParam("long", "130.7079").formParam("address_string", "中央区手取本町1-1 付近")
                .formParam("first_name", "太郎").formParam("last_name", "見本")
                .formParam("email", "open311.taro@example.jp")
                .formParam("jurisdiction_id", "city.kumamoto.jp").formParam("attribute[WHERE]", "歩道")
                .post("/open311/v2/requests.json").then().statusCode(201).body("[0].service_request_id", equalTo(id));
    }

    @Test
    void aJsonRequestIsAcceptedToo() {
        String id = as("partner").contentType(ContentType.JSON)
                .body("{\"service_code\":\"waste\",\"description\":\"JSON で送ったごみの相談\",\"lat\":32.79,\"long\":130.76}")
                .post("/open311/v2/requests.json").then().statusCode(201).extract().path("[0].service_request_id");
        as("partner").get("/open311/v2/requests/" + id + ".json").then().statusCode(200).body("[0].service_code",
                equalTo("waste"));
    }

    @Test
    void partnersSeeOnlyTheirOwnRequestsAndOnlyPartnersUseOpen311() {
        String staffVoice = Voices.chuoVoice("職員が受けた声（Open311 から見えない）").path("reference");
        as("partner").get("/open311/v2/requests/" + staffVoice + ".json").then().statusCode(404);
        as("partner").get("/open311/v2/requests.json").then().statusCode(200).body("service_request_id",
                not(hasItem(staffVoice)));
        as("chuo").get("/open311/v2/requests.json").then().statusCode(403);
        as(null).get("/open311/v2/requests.json").then().statusCode(401);
        as("admin").contentType(FORM).formParam("service_code", "roads").formParam("description", "職員から")
                .post("/open311/v2/requests.json").then().statusCode(403);
    }

    @Test
    void badRequestsName400TheField() {
        as("partner").contentType(FORM).formParam("service_code", "no-such").formParam("description", "x")
                .post("/open311/v2/requests.json").then().statusCode(400)
                .body("errors[0].field", equalTo("service_code"));
        as("partner").contentType(FORM).formParam("service_code", "roads")
                .post("/open311/v2/requests.json").then().statusCode(400)
                .body("errors[0].field", equalTo("description"));
        as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("lat", "north").post("/open311/v2/requests.json").then().statusCode(400)
                .body("errors[0].field", equalTo("lat"));
        as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("lat", "1e-999999999").post("/open311/v2/requests.json").then().statusCode(400)
                .body("errors[0].field", equalTo("lat"));
        as("partner").contentType(ContentType.JSON)
                .body("{\"service_code\":\"roads\",\"description\":\"x\",\"colour\":\"red\"}")
                .post("/open311/v2/requests.json").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        as("partner").get("/open311/v2/requests.json?status=pending").then().statusCode(400).body("errors[0].field",
                equalTo("status"));
        as("partner").get("/open311/v2/requests.json?start_date=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("start_date"));
    }

    @Test
    void aDateBeyondTheFourDigitYearsIsA400NamingTheParameter() {
        as("partner").queryParam("end_date", "+999999999-12-31").get("/open311/v2/requests.json").then().statusCode(400)
                .body("errors[0].field", equalTo("end_date")).body("errors[0].rule", equalTo("DateTime"));
        as("partner").queryParam("start_date", "-999999999-01-01T00:00:00Z").get("/open311/v2/requests.json").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start_date"));
        as("partner").queryParam("start_date", "0001-01-01").queryParam("end_date", "9999-12-31T23:59:59+09:00")
                .get("/open311/v2/requests.json").then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void anotherJurisdictionIsAGeoReportErrorList() {
        given().get("/open311/v2/services.json?jurisdiction_id=city.fukuoka.jp").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("$", hasSize(1)).body("[0].code", equalTo(404))
                .body("[0].description", containsString("jurisdiction_id"));
        given().get("/open311/v2/services.json?jurisdiction_id=city.kumamoto.jp").then().statusCode(200);
        as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "他の自治体あて")
                .formParam("jurisdiction_id", "city.fukuoka.jp").post("/open311/v2/requests.json").then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
        as("partner").contentType(ContentType.JSON)
                .body("{\"service_code\":\"roads\",\"description\":\"x\",\"jurisdiction_id\":\"x\"}")
                .post("/open311/v2/requests.json").then().statusCode(404).body("[0].code", equalTo(404));
        as("partner").get("/open311/v2/requests.json?jurisdiction_id=city.fukuoka.jp").then().statusCode(404)
                .body("[0].code", equalTo(404));
        as("partner").get("/open311/v2/requests/V-2026-000001.json?jurisdiction_id=city.fukuoka.jp").then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
        as("partner").get("/open311/v2/requests.json?jurisdiction_id=city.kumamoto.jp").then().statusCode(200);
    }
}
