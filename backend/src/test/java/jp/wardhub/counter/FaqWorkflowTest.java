package jp.wardhub.counter;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.wardhub.platform.ProblemType;

/** One Q&A for every ward: drafted by staff, approved by the owning section, versions kept. */
@QuarkusTest
class FaqWorkflowTest {

    static String draft(String question) {
        return """
                {"procedureCode":"juminhyo-copy","audience":"RESIDENT","questionJa":"%s",
                 "answerJa":"はい、委任状があれば代理人でも請求できます。","questionEn":"Can a proxy get it?",
                 "answerEn":"Yes, with a letter of attorney."}""".formatted(question);
    }

    @Test
    void aWardDraftIsReviewedAndPublishedByTheOwningSectionForEveryWard() {
        var created = as("chuo").contentType(ContentType.JSON).body(draft("代理人でも住民票を取れますか（試験）"))
                .post("/api/v1/faqs").then().statusCode(201)
                .body("state", equalTo("DRAFT")).body("ownerSectionCode", equalTo("ward-administration"))
                .body("actions", contains("EDIT", "SUBMIT")).extract();
        long id = ((Number) created.path("id")).longValue();
        given().queryParam("q", "代理人でも住民票を取れますか（試験）").get("/api/v1/faqs").then().body("total", equalTo(0));

        var submitted = act("chuo", id, "submit", created).then().statusCode(200).body("state", equalTo("IN_REVIEW"))
                .body("actions", org.hamcrest.Matchers.empty()).extract();
        as("hq-kusei").get("/api/v1/faqs/" + id).then().body("actions", contains("APPROVE", "REJECT"));
        act("hq", id, "approve", submitted).then().statusCode(403);
        act("chuo", id, "approve", submitted).then().statusCode(403);
        var published = act("hq-kusei", id, "approve", submitted).then().statusCode(200)
                .body("state", equalTo("PUBLISHED")).body("published.approvedBy", equalTo("hq-kusei")).extract();

        given().queryParam("q", "代理人でも 住民票を取れますか(試験)").get("/api/v1/faqs").then()
                .body("total", equalTo(1)).body("items[0].published.revision", equalTo(1))
                .body("items[0].latest", nullValue());

        // a new revision is drafted while revision 1 stays public
        as("kita").header("If-Match", published.header("ETag")).contentType(ContentType.JSON)
                .body(draft("代理人でも住民票を取れますか（試験・改訂）")).put("/api/v1/faqs/" + id)
                .then().statusCode(200).body("state", equalTo("DRAFT")).body("latest.revision", equalTo(2))
                .body("published.revision", equalTo(1));
        given().get("/api/v1/faqs/" + id).then().statusCode(200).body("published.questionJa",
                equalTo("代理人でも住民票を取れますか（試験）"));
    }

    @Test
    void anUnknownProcedureIsA400NamingProcedureCodeOnEditAsOnCreate() {
        String unknown = draft("存在しない手続きの Q&A（試験）").replace("juminhyo-copy", "no-such-procedure");
        as("chuo").contentType(ContentType.JSON).body(unknown).post("/api/v1/faqs").then().statusCode(400)
                .body("errors[0].field", equalTo("procedureCode"));
        var created = as("chuo").contentType(ContentType.JSON).body(draft("存在しない手続きの Q&A（試験）")).post("/api/v1/faqs")
                .then().statusCode(201).extract();
        as("chuo").header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(unknown)
                .put("/api/v1/faqs/" + created.path("id")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("procedureCode")).body("errors[0].rule", equalTo("Exists"));
        as("chuo").get("/api/v1/faqs/" + created.path("id")).then().body("procedureCode", equalTo("juminhyo-copy"));
    }

    @Test
    void anIllegalTransitionIs409NamingTheAllowedActions() {
        var created = as("hq-kusei").contentType(ContentType.JSON).body(draft("違う順番の操作（試験）")).post("/api/v1/faqs")
                .then().statusCode(201).extract();
        long id = ((Number) created.path("id")).longValue();
        act("hq-kusei", id, "approve", created).then().statusCode(409)
                .body("type", equalTo(ProblemType.ILLEGAL_TRANSITION.type().toString()))
                .body("detail", org.hamcrest.Matchers.containsString("SUBMIT"));
    }

    @Test
    void staffOnlyEntriesNeverReachAnonymousCallersOrPartners() {
        given().get("/api/v1/faqs?size=100").then().statusCode(200)
                .body("items.audience", everyItem(equalTo("RESIDENT")))
                .body("items.state", everyItem(nullValue()));
        as("partner").get("/api/v1/faqs?audience=STAFF&size=100").then().statusCode(200)
                .body("items.audience", not(hasItem("STAFF")));
        as("chuo-floor").get("/api/v1/faqs?audience=STAFF").then().statusCode(200).body("total", greaterThan(0));
        long staffEntry = as("chuo").get("/api/v1/faqs?audience=STAFF").then().extract().jsonPath()
                .getLong("items[0].id");
        given().get("/api/v1/faqs/" + staffEntry).then().statusCode(404);
    }

    private static Response act(String who, long id, String action, ExtractableResponse<Response> last) {
        return as(who).header("If-Match", last.header("ETag")).post("/api/v1/faqs/" + id + "/" + action);
    }
}
