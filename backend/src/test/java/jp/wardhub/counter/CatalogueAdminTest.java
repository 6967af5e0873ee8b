package jp.wardhub.counter;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.testing.Seeded.office;
import static jp.wardhub.testing.Seeded.officePlace;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** Changes to the catalogue show at once in the public answers (the cached snapshot is dropped on commit). */
@QuarkusTest
class CatalogueAdminTest {

    static String procedure(String code, String nameJa) {
        return """
                {"code":"%s","categoryCode":"registry","nameJa":"%s","nameKana":"しょうめいしょ","nameEn":"Test certificate",
                 "description":"試験用の手続き（サンプル）","whatToBring":"本人確認書類","feeYen":300,"processingTime":"即日",
                 "ownerSectionCode":"ward-administration","legalBasis":"試験","status":"ACTIVE"}""".formatted(code,
                nameJa);
    }

    /** The same procedure with its description, what to bring, fee note and processing time in English too. */
    static String procedureInEnglish(String code, String nameJa) {
        return procedure(code, nameJa).replace("\"processingTime\":\"即日\"",
                "\"processingTime\":\"即日\",\"descriptionEn\":\"A test procedure (sample)\","
                        + "\"whatToBringEn\":\"Proof of identity\",\"feeNoteEn\":\"¥300 per copy\","
                        + "\"processingTimeEn\":\"Same day\"");
    }

    static final String CLOSED_WEEK = """
            {"kind":"CLOSED","startsOn":"2027-02-08","endsOn":"2027-02-12","reasonJa":"臨時休業","reasonEn":"Temporary closure","spans":[]}""";

    @Test
    void theOwningSectionCreatesAProcedureAndOffersItAtAnOffice() {
        var created = as("hq-kusei").contentType(ContentType.JSON).body(procedure("test-cert-a", "試験証明書エー"))
                .post("/api/v1/procedures").then().statusCode(201).extract();
        given().queryParam("q", "しけんしょうめいしょえー").get("/api/v1/procedures").then().body("total", equalTo(0));
        given().queryParam("q", "試験証明書エー").get("/api/v1/procedures").then().body("items[0].code",
                equalTo("test-cert-a"));

        as("hq-kusei").header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body("""
                        {"offers":[{"placeKey":"%s","level":"FULL","residentsOnly":false},
                                   {"placeKey":"channel:mail","level":"RECEPTION_ONLY","conditionsJa":"返信用封筒が必要","residentsOnly":false}]}"""
                        .formatted(officePlace("中央区役所")))
                .put("/api/v1/procedures/test-cert-a/availability").then().statusCode(200)
                .header("ETag", not(equalTo(created.header("ETag"))));
        given().get("/api/v1/finder?procedure=test-cert-a&date=2026-12-01").then().statusCode(200)
                .body("results.place.key", hasItem(officePlace("中央区役所")))
                .body("results.place.key", hasItem("channel:mail"));
        as("admin").get("/api/v1/audit?entity=procedure&id=test-cert-a").then()
                .body("items.action", hasItem("update-availability"));
    }

    @Test
    void theOwningSectionNarrowsAProceduresHoursAtOnePlaceAndTheFinderFollows() {
        var created = as("hq-kusei").contentType(ContentType.JSON).body(procedure("test-cert-d", "試験証明書ディー"))
                .post("/api/v1/procedures").then().statusCode(201).extract();
        as("hq-kusei").header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body("{\"offers\":[{\"placeKey\":\"" + officePlace("南区役所")
                        + "\",\"level\":\"FULL\",\"residentsOnly\":false}]}")
                .put("/api/v1/procedures/test-cert-d/availability").then().statusCode(200);
        String mornings = """
                {"kind":"REGULAR","spans":[{"dayOfWeek":1,"opens":"09:00","closes":"12:00"}]}""";
        as("kita").contentType(ContentType.JSON).body(mornings)
                .post("/api/v1/procedures/test-cert-d/availability/" + officePlace("南区役所") + "/opening-periods").then()
                .statusCode(403);
        var period = as("hq-kusei").contentType(ContentType.JSON).body(mornings)
                .post("/api/v1/procedures/test-cert-d/availability/" + officePlace("南区役所") + "/opening-periods").then()
                .statusCode(201).extract();
        given().get("/api/v1/procedures/test-cert-d/availability/" + officePlace("南区役所") + "/opening-periods").then()
                .statusCode(200)
                .body("size()", equalTo(1));
        // Monday 2026-11-30: 9–12 only; Tuesday: not offered although the office is open
        given().get("/api/v1/finder?procedure=test-cert-d&date=2026-11-30").then()
                .body("results[0].hours.spans[0].closes", equalTo("12:00"));
        given().get("/api/v1/finder?procedure=test-cert-d&date=2026-12-01").then()
                .body("results", org.hamcrest.Matchers.empty()).body("nextOpenDate", equalTo("2026-12-07"));
        as("kita").header("If-Match", period.header("ETag")).delete("/api/v1/opening-periods/" + period.path("id"))
                .then().statusCode(403);
        as("hq-kusei").header("If-Match", period.header("ETag")).delete("/api/v1/opening-periods/" + period.path("id"))
                .then().statusCode(204);
        given().get("/api/v1/finder?procedure=test-cert-d&date=2026-12-01").then().body("results.size()", equalTo(1));
    }

    @Test
    void theOwningSectionWritesTheEnglishBesideTheJapaneseAndResidentsReadIt() {
        var created = as("hq-kusei").contentType(ContentType.JSON).body(procedure("test-cert-e", "試験証明書イー"))
                .post("/api/v1/procedures").then().statusCode(201)
                .body("descriptionEn", nullValue()).body("whatToBringEn", nullValue())
                .body("feeNoteEn", nullValue()).body("processingTimeEn", nullValue()).extract();

        var translated = as("hq-kusei").header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(procedureInEnglish("test-cert-e", "試験証明書イー")).put("/api/v1/procedures/test-cert-e").then()
                .statusCode(200)
                .body("description", equalTo("試験用の手続き（サンプル）"))
                .body("descriptionEn", equalTo("A test procedure (sample)"))
                .body("whatToBringEn", equalTo("Proof of identity"))
                .body("feeNoteEn", equalTo("¥300 per copy"))
                .body("processingTimeEn", equalTo("Same day")).extract();
        given().get("/api/v1/procedures/test-cert-e").then().statusCode(200)
                .body("descriptionEn", equalTo("A test procedure (sample)"))
                .body("whatToBringEn", equalTo("Proof of identity"))
                .body("feeNoteEn", equalTo("¥300 per copy"))
                .body("processingTimeEn", equalTo("Same day"));

        // the input replaces the procedure: English left out is English taken away, the Japanese stays
        as("hq-kusei").header("If-Match", translated.header("ETag")).contentType(ContentType.JSON)
                .body(procedure("test-cert-e", "試験証明書イー")).put("/api/v1/procedures/test-cert-e").then()
                .statusCode(200);
        given().get("/api/v1/procedures/test-cert-e").then().statusCode(200)
                .body("whatToBring", equalTo("本人確認書類"))
                .body("descriptionEn", nullValue()).body("whatToBringEn", nullValue())
                .body("feeNoteEn", nullValue()).body("processingTimeEn", nullValue());
    }

    @SendsInvalidRequests
    @Test
    void anEnglishDescriptionOverFourThousandCharactersIsAFieldError() {
        String tooLong = "a".repeat(4001);
        as("hq-kusei").contentType(ContentType.JSON)
                .body(procedureInEnglish("test-cert-f", "試験証明書エフ").replace("A test procedure (sample)", tooLong))
                .post("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("descriptionEn"));
    }

    @Test
    void aStaleETagOnTheAvailabilitySetIs412() {
        var created = as("admin").contentType(ContentType.JSON).body(procedure("test-cert-b", "試験証明書ビー"))
                .post("/api/v1/procedures").then().statusCode(201).extract();
        String body = "{\"offers\":[{\"placeKey\":\"" + officePlace("東区役所")
                + "\",\"level\":\"FULL\",\"residentsOnly\":false}]}";
        as("admin").header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/procedures/test-cert-b/availability").then().statusCode(200);
        as("admin").header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/procedures/test-cert-b/availability").then().statusCode(412);
    }

    @Test
    void anUnknownPlaceIsAFieldError() {
        var created = as("admin").contentType(ContentType.JSON).body(procedure("test-cert-c", "試験証明書シー"))
                .post("/api/v1/procedures").then().statusCode(201).extract();
        as("admin").header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body("{\"offers\":[{\"placeKey\":\"office:9999\",\"level\":\"FULL\",\"residentsOnly\":false}]}")
                .put("/api/v1/procedures/test-cert-c/availability").then().statusCode(400)
                .body("errors[0].field", equalTo("offers[0].placeKey"));
    }

    @Test
    void wardStaffCloseTheirOfficeForAWeekAndTheHoursShowItAtOnce() {
        var period = as("kita").contentType(ContentType.JSON).body(CLOSED_WEEK)
                .post("/api/v1/offices/" + office("北区役所") + "/opening-periods")
                .then().statusCode(201).extract();
        given().get("/api/v1/offices/" + office("北区役所") + "/hours?from=2027-02-08&to=2027-02-08").then()
                .body("days[0].open", equalTo(false)).body("days[0].reasonJa", equalTo("臨時休業"));
        int id = period.path("id");
        as("kita").header("If-Match", period.header("ETag")).delete("/api/v1/opening-periods/" + id).then()
                .statusCode(204);
        given().get("/api/v1/offices/" + office("北区役所") + "/hours?from=2027-02-08&to=2027-02-08").then()
                .body("days[0].open", equalTo(true));
    }

    @Test
    void thePreviewShowsAClosureWithoutSavingIt() {
        given().contentType(ContentType.JSON).body(CLOSED_WEEK).queryParam("from", "2027-02-05")
                .queryParam("to", "2027-02-15")
                .post("/api/v1/offices/" + office("西区役所") + "/hours/preview").then().statusCode(200)
                .body("days.find { it.date == '2027-02-08' }.open", equalTo(false))
                .body("days.find { it.date == '2027-02-08' }.reasonJa", equalTo("臨時休業"))
                .body("days.find { it.date == '2027-02-05' }.open", equalTo(true));
        given().get("/api/v1/offices/" + office("西区役所") + "/hours?from=2027-02-08&to=2027-02-08").then()
                .body("days[0].open", equalTo(true));
        given().contentType(ContentType.JSON).body(CLOSED_WEEK.replace("2027-02-12", "2027-02-01"))
                .post("/api/v1/offices/" + office("西区役所") + "/hours/preview").then().statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
    }

    @SendsInvalidRequests
    @Test
    void aPreviewReplacingAPeriodThatIsNotAnIdNamesReplaces() {
        given().contentType(ContentType.JSON).body(CLOSED_WEEK).queryParam("replaces", "abc")
                .post("/api/v1/offices/" + office("西区役所") + "/hours/preview").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("replaces")).body("errors[0].rule", equalTo("Integer"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIs400() {
        as("admin").contentType(ContentType.JSON).body(CLOSED_WEEK.replace("2027-02-12", "2027-02-01"))
                .post("/api/v1/offices/" + office("北区役所") + "/opening-periods").then().statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        as("admin").contentType(ContentType.JSON).body(
                """
                        {"kind":"OPEN","startsOn":"2027-02-13","endsOn":"2027-02-13","spans":[{"opens":"12:00","closes":"09:00"}]}""")
                .post("/api/v1/offices/" + office("北区役所") + "/opening-periods").then().statusCode(400)
                .body("errors[0].field", equalTo("spans[0].closes"));
    }

    @Test
    void aWeekendOpeningAddedByAdminOpensThatSaturday() {
        as("admin").contentType(ContentType.JSON)
                .body("""
                        {"kind":"OPEN","startsOn":"2027-02-20","endsOn":"2027-02-20","reasonJa":"休日開庁","reasonEn":"Weekend opening",
                         "spans":[{"opens":"09:00","closes":"12:00"}]}""")
                .post("/api/v1/offices/" + office("東区役所") + "/opening-periods").then().statusCode(201);
        given().get("/api/v1/offices/" + office("東区役所") + "/hours?from=2027-02-20&to=2027-02-20").then()
                .body("days[0].open", equalTo(true)).body("days[0].spans[0].closes", equalTo("12:00"));
    }
}
