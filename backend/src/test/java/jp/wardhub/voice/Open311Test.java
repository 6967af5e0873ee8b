package jp.wardhub.voice;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Open311 GeoReport v2: categories as services, requests as voices; partner systems send them. */
@QuarkusTest
class Open311Test {

    /** REST Assured would send ISO-8859-1 by default, which has no Japanese. */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void theCategoriesAreTheServices() {
        given().get("/open311/v2/services.json").then().statusCode(200).contentType(ContentType.JSON)
                .body("service_code", hasItem("roads"))
                .body("find { it.service_code == 'waste' }.service_name", equalTo("ごみ"))
                .body("metadata", everyItem(equalTo(true))).body("type", everyItem(equalTo("realtime")))
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
                .formParam("jurisdiction_id", "city.kumamoto.jp").formParam("attribute[VOICE_TYPE]", "COMPLAINT")
                .formParam("attribute[WARD]", Voices.CHUO).formParam("attribute[SCHOOL_DISTRICT]", "慶徳校区")
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

        // the same voice in the REST API: web form, the attributes as its type, ward and school district, personal
        // data kept apart
        long voiceId = as("admin").get("/api/v1/voices?q=" + id).then().statusCode(200).body("total", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");
        as("admin").get("/api/v1/voices/" + voiceId).then().body("channel", equalTo("WEB_FORM"))
                .body("type", equalTo("COMPLAINT")).body("wardCode", equalTo(Voices.CHUO))
                .body("schoolDistrict", equalTo("慶徳校区"))
                .body("createdBy", equalTo("city-web")).body("hasPersonalData", equalTo(true));
        as("admin").get("/api/v1/voices/" + voiceId + "/personal-data").then().statusCode(200)
                .body("name", equalTo("見本 太郎")).body("email", equalTo("open311.taro@example.jp"));

        // a retry with the key gives the same request
        as("partner").header("Idempotency-Key", key).contentType(FORM)
                .formParam("service_code", "roads").formParam("description", "Open311 で送った街灯の故障")
                .formParam("lat", "32.8031").formParam("long", "130.7079").formParam("address_string", "中央区手取本町1-1 付近")
                .formParam("first_name", "太郎").formParam("last_name", "見本")
                .formParam("email", "open311.taro@example.jp")
                .formParam("jurisdiction_id", "city.kumamoto.jp").formParam("attribute[VOICE_TYPE]", "COMPLAINT")
                .formParam("attribute[WARD]", Voices.CHUO).formParam("attribute[SCHOOL_DISTRICT]", "慶徳校区")
                .post("/open311/v2/requests.json").then().statusCode(201).body("[0].service_request_id", equalTo(id));
    }

    @Test
    void aJsonRequestIsAcceptedTooWithItsAttributesAsAnObject() {
        String id = as("partner").contentType(ContentType.JSON)
                .body("""
                        {"service_code":"waste","description":"JSON で送ったごみの相談","lat":32.79,"long":130.76,
                         "attribute":{"VOICE_TYPE":"CONSULTATION","WARD":"431052"}}""")
                .post("/open311/v2/requests.json").then().statusCode(201).extract().path("[0].service_request_id");
        as("partner").get("/open311/v2/requests/" + id + ".json").then().statusCode(200).body("[0].service_code",
                equalTo("waste"));
        as("admin").get("/api/v1/voices?q=" + id).then().statusCode(200).body("items[0].type", equalTo("CONSULTATION"))
                .body("items[0].wardCode", equalTo(Voices.KITA));
    }

    @Test
    void everyServiceIsDefinedWithTheAttributesAVoiceTakes() {
        given().get("/open311/v2/services/roads.json").then().statusCode(200).contentType(ContentType.JSON)
                .body("service_code", equalTo("roads"))
                .body("attributes.code", contains("VOICE_TYPE", "WARD", "SCHOOL_DISTRICT"))
                .body("attributes.order", contains(1, 2, 3))
                .body("attributes.variable", everyItem(equalTo(true)))
                .body("attributes.required", everyItem(equalTo(false)))
                .body("attributes.datatype", contains("singlevaluelist", "singlevaluelist", "string"))
                .body("attributes[0].values.key",
                        contains("COMPLAINT", "REQUEST", "PROPOSAL", "CONSULTATION", "ENQUIRY"))
                .body("attributes[0].values.find { it.key == 'REQUEST' }.name", equalTo("要望 (Request)"))
                .body("attributes[1].values.find { it.key == '431010' }.name", equalTo("中央区"))
                .body("attributes[2]", not(hasKey("values")))
                .body("attributes[2].datatype_description", containsString("50"))
                .body("attributes[0]", hasKey("datatype_description"));
    }

    @Test
    void anUnknownServiceHasNoDefinition() {
        given().get("/open311/v2/services/no-such.json").then().statusCode(404).contentType(ContentType.JSON)
                .body("$", hasSize(1)).body("[0].code", equalTo(404))
                .body("[0].description", containsString("no-such"));
    }

    @Test
    void attributesAreCheckedAndNamedLikeTheFormSendsThem() {
        as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("attribute[VOICE_TYPE]", "PRAISE").post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].code", equalTo(400)).body("[0].description", startsWith("attribute[VOICE_TYPE]: "));
        as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("attribute[WARD]", "999999").post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", startsWith("attribute[WARD]: "));
        as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("attribute[SCHOOL_DISTRICT]", "校".repeat(51)).post("/open311/v2/requests.json").then()
                .statusCode(400).body("[0].description", startsWith("attribute[SCHOOL_DISTRICT]: "));
        as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("attribute[WHERE]", "歩道").post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", startsWith("attribute[WHERE]: "));
        as("partner").contentType(ContentType.JSON)
                .body("{\"service_code\":\"roads\",\"description\":\"x\",\"attribute\":[\"COMPLAINT\"]}")
                .post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", startsWith("attribute: "));
        as("partner").contentType(ContentType.JSON)
                .body("{\"service_code\":\"roads\",\"description\":\"x\",\"attribute\":{\"WARD\":{\"code\":1}}}")
                .post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", startsWith("attribute[WARD]: "));
    }

    @Test
    void onlyPartnersWithVoicesWriteSendRequests() {
        as("admin").contentType(FORM).formParam("service_code", "roads").formParam("description", "職員から")
                .post("/open311/v2/requests.json").then().statusCode(403).contentType(ContentType.JSON)
                .body("[0].code", equalTo(403));
        as(null).contentType(FORM).formParam("service_code", "roads").formParam("description", "名乗らずに")
                .post("/open311/v2/requests.json").then().statusCode(401).contentType(ContentType.JSON)
                .header("WWW-Authenticate", "Bearer").body("[0].code", equalTo(401));
        as("kiosk").contentType(FORM).formParam("service_code", "roads").formParam("description", "キオスクから")
                .post("/open311/v2/requests.json").then().statusCode(403).body("[0].code", equalTo(403));
    }

    /** A 400 is GeoReport's error list, each error's description starting with the field it is about. */
    private static void badInput(io.restassured.response.Response r, String field) {
        r.then().statusCode(400).contentType(ContentType.JSON).body("[0].code", equalTo(400))
                .body("[0].description", startsWith(field + ": "));
    }

    @Test
    void badRequestsName400TheField() {
        badInput(as("partner").contentType(FORM).formParam("service_code", "no-such").formParam("description", "x")
                .post("/open311/v2/requests.json"), "service_code");
        badInput(as("partner").contentType(FORM).formParam("service_code", "roads")
                .post("/open311/v2/requests.json"), "description");
        badInput(as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("lat", "north").post("/open311/v2/requests.json"), "lat");
        badInput(as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("lat", "1e-999999999").post("/open311/v2/requests.json"), "lat");
        badInput(as("partner").contentType(FORM).formParam("service_code", "roads").formParam("description", "x")
                .formParam("long", "9".repeat(5000)).post("/open311/v2/requests.json"), "long");
        badInput(as("partner").contentType(ContentType.JSON)
                .body("{\"service_code\":\"roads\",\"description\":\"x\",\"colour\":\"red\"}")
                .post("/open311/v2/requests.json"), "colour");
        badInput(as("partner").contentType(ContentType.JSON).body("{\"service_code\":\"roads\",\"description\":null}")
                .post("/open311/v2/requests.json"), "description");
        as("partner").contentType(ContentType.JSON).body("[1,2").post("/open311/v2/requests.json").then()
                .statusCode(400).body("[0].code", equalTo(400));
        badInput(given().get("/open311/v2/requests.json?status=pending"), "status");
        badInput(given().get("/open311/v2/requests.json?start_date=yesterday"), "start_date");
        badInput(given().queryParam("start_date", "2026-11-02").queryParam("end_date", "2026-11-01")
                .get("/open311/v2/requests.json"), "end_date");
        String ids = java.util.stream.IntStream.rangeClosed(1, 1001).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(","));
        badInput(given().queryParam("service_request_id", ids).get("/open311/v2/requests.json"), "service_request_id");
    }

    @Test
    void errorsRefusedBeforeAnyResourceAreInTheFormatToo() {
        given().queryParam("service_code", "x".repeat(9000)).get("/open311/v2/requests.json").then().statusCode(414)
                .contentType(ContentType.JSON).body("[0].code", equalTo(414));
        as("partner").contentType(FORM).body("description=" + "x".repeat(6 * 1024 * 1024))
                .post("/open311/v2/requests.json").then().statusCode(413).contentType(ContentType.JSON)
                .body("[0].code", equalTo(413));
    }

    @Test
    void oddIdsAreUnknownRequestsNotFailures() {
        for (String id : new String[] { "0", "-1", "99999999999999999999999", "%E3%81%82" + "x".repeat(500),
            "V-2026-000001'--" }) {
            given().urlEncodingEnabled(false).get("/open311/v2/requests/" + id + ".json").then().statusCode(404)
                    .body("[0].code", equalTo(404));
        }
    }

    @Test
    void aDateBeyondTheFourDigitYearsIsA400NamingTheParameter() {
        badInput(as("partner").queryParam("end_date", "+999999999-12-31").get("/open311/v2/requests.json"),
                "end_date");
        badInput(as("partner").queryParam("start_date", "-999999999-01-01T00:00:00Z").get("/open311/v2/requests.json"),
                "start_date");
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
        given().get("/open311/v2/services/roads.json?jurisdiction_id=city.fukuoka.jp").then().statusCode(404)
                .body("[0].description", containsString("jurisdiction_id"));
        given().get("/open311/v2/services/roads.json?jurisdiction_id=city.kumamoto.jp").then().statusCode(200);
        given().get("/open311/v2/requests.json?jurisdiction_id=city.fukuoka.jp").then().statusCode(404)
                .body("[0].description", containsString("jurisdiction_id"));
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
