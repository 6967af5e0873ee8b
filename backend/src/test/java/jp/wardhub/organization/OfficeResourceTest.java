package jp.wardhub.organization;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.testing.Seeded;
import jp.wardhub.testing.SendsInvalidRequests;

@QuarkusTest
class OfficeResourceTest {

    static String office(String nameJa) {
        return """
                {"type":"COMMUNITY_HALL","wardCode":"431010","nameJa":"%s","nameKana":"てすとこうみんかん",
                 "nameEn":"Test Community Hall","address":"熊本県熊本市中央区水前寺1-1","phone":"096-000-0000"}"""
                .formatted(nameJa);
    }

    @Test
    void filtersByWardAndType() {
        given().get("/api/v1/offices?ward=431052&type=GENERAL_BRANCH_OFFICE").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.nameJa", hasItem("清水総合出張所"))
                .body("items.wardCode", everyItem(equalTo("431052")));
    }

    @Test
    void textSearchIgnoresWidthAndKana() {
        for (String q : new String[] { "しみず", "シミズ", "ｼﾐｽﾞ", "清水", "SHIMIZU" }) {
            given().queryParam("q", q).get("/api/v1/offices").then().statusCode(200)
                    .body("items.nameJa", hasItem("清水まちづくりセンター"));
        }
    }

    @Test
    void pagesAreStableAndCounted() {
        var first = given().get("/api/v1/offices?size=10&page=0").then().statusCode(200)
                .body("items", hasSize(10)).body("size", equalTo(10)).extract().jsonPath();
        var second = given().get("/api/v1/offices?size=10&page=1").then().statusCode(200).extract().jsonPath();
        assertEquals(first.getLong("total"), second.getLong("total"));
        org.junit.jupiter.api.Assertions.assertNotEquals(first.getList("items.id"), second.getList("items.id"));
    }

    @Test
    void singleOfficeCarriesItsETag() {
        given().get("/api/v1/offices/" + Seeded.office("中央区役所")).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("nameJa", equalTo("中央区役所"))
                .body("poiCode", equalTo("1303"));
    }

    @Test
    void adminCreatesAnOfficeWithAuditTrail() {
        var created = as("admin").contentType(ContentType.JSON).body(office("水前寺公民館")).post("/api/v1/offices")
                .then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .body("poiCode", equalTo("1307")).extract();
        int id = created.path("id");
        as("admin").get("/api/v1/audit?entity=office&id=" + id).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("create"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].after.nameJa", equalTo("水前寺公民館"))
                .body("items[0].requestId", notNullValue());
    }

    @Test
    void retriedCreateWithTheSameKeyMakesOneOffice() {
        String key = UUID.randomUUID().toString();
        int first = as("admin").header(Idempotency.HEADER, key).contentType(ContentType.JSON).body(office("再送公民館"))
                .post("/api/v1/offices").then().statusCode(201).extract().path("id");
        int again = as("admin").header(Idempotency.HEADER, key).contentType(ContentType.JSON).body(office("再送公民館"))
                .post("/api/v1/offices").then().statusCode(201).header("Idempotent-Replayed", "true").extract()
                .path("id");
        assertEquals(first, again);
        given().queryParam("q", "再送公民館").get("/api/v1/offices").then().body("total", equalTo(1));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        as("admin").header(Idempotency.HEADER, key).contentType(ContentType.JSON).body(office("鍵公民館"))
                .post("/api/v1/offices").then().statusCode(201);
        as("admin").header(Idempotency.HEADER, key).contentType(ContentType.JSON).body(office("別公民館"))
                .post("/api/v1/offices").then().statusCode(422)
                .body("type", equalTo(Idempotency.KEY_REUSED.type().toString()));
        given().queryParam("q", "別公民館").get("/api/v1/offices").then().body("total", equalTo(0));
    }

    @SendsInvalidRequests
    @Test
    void updateNeedsTheCurrentETag() {
        int id = as("admin").contentType(ContentType.JSON).body(office("更新公民館")).post("/api/v1/offices")
                .then().statusCode(201).extract().path("id");
        as("admin").contentType(ContentType.JSON).body(office("更新公民館2")).put("/api/v1/offices/" + id)
                .then().statusCode(428);
        as("admin").header("If-Match", "\"0\"").contentType(ContentType.JSON).body(office("更新公民館2"))
                .put("/api/v1/offices/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("nameJa", equalTo("更新公民館2"));
        as("admin").header("If-Match", "\"0\"").contentType(ContentType.JSON).body(office("更新公民館3"))
                .put("/api/v1/offices/" + id).then().statusCode(412);
        given().get("/api/v1/offices/" + id).then().body("nameJa", equalTo("更新公民館2"));
        as("admin").get("/api/v1/audit?entity=office&id=" + id).then()
                .body("items.action", equalTo(java.util.List.of("update", "create")))
                .body("items[0].before.nameJa", equalTo("更新公民館"))
                .body("items[0].after.nameJa", equalTo("更新公民館2"));
    }

    @Test
    void ofTwoConcurrentUpdatesWithTheSameETagExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            int id = as("admin").contentType(ContentType.JSON).body(office("競合公民館")).post("/api/v1/offices")
                    .then().statusCode(201).extract().path("id");
            String token = jp.wardhub.testing.Accounts.token("admin");
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                var calls = java.util.stream.IntStream.range(0, 2)
                        .mapToObj(i -> pool.submit(() -> given().auth().oauth2(token)
                                .header("If-Match", "\"0\"").contentType(ContentType.JSON).body(office("競合公民館-" + i))
                                .put("/api/v1/offices/" + id).statusCode()))
                        .toList();
                java.util.List<Integer> statuses = new java.util.ArrayList<>();
                for (var call : calls) {
                    statuses.add(call.get());
                }
                java.util.Collections.sort(statuses);
                assertEquals(java.util.List.of(200, 412), statuses);
            }
            given().get("/api/v1/offices/" + id).then().header("ETag", equalTo("\"1\""));
        }
    }

    @Test
    void sqlAndScriptFragmentsAreStoredVerbatim() {
        String name = "<script>alert('x')</script>'; DROP TABLE office; --";
        int id = as("admin").contentType(ContentType.JSON)
                .body(office("x").replace("\"nameJa\":\"x\"", "\"nameJa\":" + quote(name)))
                .post("/api/v1/offices").then().statusCode(201).extract().path("id");
        given().get("/api/v1/offices/" + id).then().statusCode(200).body("nameJa", equalTo(name));
        given().get("/api/v1/wards").then().statusCode(200).body("", hasSize(5));
    }

    @Test
    void unknownWardIsAFieldError() {
        as("admin").contentType(ContentType.JSON).body(office("幻公民館").replace("431010", "999999"))
                .post("/api/v1/offices").then().statusCode(400).body("errors[0].field", equalTo("wardCode"));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
