package jp.wardhub.community;

import static jp.wardhub.testing.Accounts.as;

import java.time.LocalDate;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.wardhub.platform.BusinessTime;

/** Community groups, programmes and applications through the API, as the tests take them. */
final class CommunitySteps {

    static final String CHUO = "431010";
    static final String KITA = "431052";

    private CommunitySteps() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long id(ExtractableResponse<Response> r) {
        return ((Number) r.path("id")).longValue();
    }

    // ---- groups ----

    static String group(String name, String ward) {
        return """
                {"type":"SCHOOL_DISTRICT_COUNCIL","name":"%s","nameKana":"しけんこうくじちきょうぎかい","wardCode":"%s",
                 "schoolDistrict":"試験校区","activityAreas":["試験町1丁目","試験町2丁目"],
                 "officers":[{"role":"PRESIDENT","name":"見本 試験","termFrom":"2026-04-01","termTo":"2028-03-31"},
                             {"role":"TREASURER","name":"仮野 会計","termFrom":"2024-04-01","termTo":"2026-03-31"}],
                 "contact":{"representativeName":"見本 代表者","address":"熊本市中央区見本町9-9-9","phone":"096-000-9998",
                            "email":"mihon.daihyo@example.jp"}}"""
                .formatted(name, ward);
    }

    static ExtractableResponse<Response> createGroup(String who, String body) {
        return as(who).contentType(ContentType.JSON).body(body).post("/api/v1/community/groups").then().statusCode(201)
                .extract();
    }

    static long chuoGroup() {
        return id(createGroup("chuo", group(unique("試験校区自治協議会"), CHUO)));
    }

    static long kitaGroup() {
        return id(createGroup("kita", group(unique("北の試験自治会"), KITA)));
    }

    // ---- programmes ----

    /** A programme of {@code ward} (null: city-wide): up to half of the cost, 25,000–300,000 yen, open from a month ago. */
    static String program(String ward, long budget) {
        LocalDate today = BusinessTime.today();
        return program(ward, budget, today.minusDays(30), today.plusDays(60));
    }

    static String program(String ward, long budget, LocalDate from, LocalDate to) {
        return """
                {%s"fiscalYear":2026,"name":"%s","description":"試験の補助制度","eligibility":"区内の地域団体",
                 "totalBudgetYen":%d,"maximumPerApplicationYen":300000,"minimumPerApplicationYen":25000,
                 "subsidyRate":{"numerator":1,"denominator":2},"applicationFrom":"%s","applicationTo":"%s"}"""
                .formatted(ward == null ? "" : "\"wardCode\":\"" + ward + "\",", unique("試験補助金"), budget, from, to);
    }

    static long createProgram(String who, String body) {
        return id(as(who).contentType(ContentType.JSON).body(body).post("/api/v1/community/programs").then()
                .statusCode(201).extract());
    }

    static long chuoProgram(long budget) {
        return createProgram("chuo", program(CHUO, budget));
    }

    static long cityProgram(long budget) {
        return createProgram("hq-kusei", program(null, budget));
    }

    // ---- applications ----

    static String application(long groupId, long eligible, long requested) {
        return """
                {"groupId":%d,"title":"%s","plannedActivity":"校区の夏まつり","activityFrom":"2027-02-01","activityTo":"2027-02-28",
                 "eligibleCostYen":%d,"requestedAmountYen":%d}"""
                .formatted(groupId, unique("試験の活動"), eligible, requested);
    }

    static ExtractableResponse<Response> apply(String who, long programId, String body) {
        return as(who).contentType(ContentType.JSON).body(body)
                .post("/api/v1/community/programs/" + programId + "/applications")
                .then().statusCode(201).extract();
    }

    static String etag(long applicationId) {
        return as("admin").get("/api/v1/community/applications/" + applicationId).then().statusCode(200).extract()
                .header("ETag");
    }

    static Response act(String who, long applicationId, String action, String body) {
        return as(who).header("If-Match", etag(applicationId)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/community/applications/" + applicationId + "/" + action);
    }

    static String grant(long amount) {
        return "{\"grantedAmountYen\":" + amount + "}";
    }

    /**
     * An application of a new 中央区 group to the programme, recorded and submitted by the liaison and reviewed by
     * chuo-kessai, so that chuo may decide its grant (四つの目の原則).
     */
    static long underReview(long programId, long eligible, long requested) {
        long id = id(apply("chuo-liaison", programId, application(chuoGroup(), eligible, requested)));
        act("chuo-liaison", id, "submit", "{}").then().statusCode(200);
        act("chuo-kessai", id, "review", "{}").then().statusCode(200);
        return id;
    }

    static long granted(long programId, long amount) {
        long id = underReview(programId, amount * 2, amount);
        act("chuo", id, "grant", grant(amount)).then().statusCode(200);
        return id;
    }

    static long programFigure(long programId, String field) {
        return ((Number) as("admin").get("/api/v1/community/programs/" + programId).then().statusCode(200).extract()
                .path(field)).longValue();
    }
}
