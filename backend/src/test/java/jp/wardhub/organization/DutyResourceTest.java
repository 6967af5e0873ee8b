package jp.wardhub.organization;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** The duties registry: each side looks up the other's work; the contact section keeps each entry. */
@QuarkusTest
class DutyResourceTest {

    static String duty(String titleJa, String section) {
        return """
                {"titleJa":"%s","titleEn":"Test duty","description":"試験用の事務（サンプル）","side":"SHARED",
                 "reasons":["PROXIMITY","UNIFORMITY"],"hqRole":"基準を定める","wardRole":"窓口で受け付ける",
                 "contactSectionCode":"%s"}""".formatted(titleJa, section);
    }

    @Test
    void theRegistryHoldsFortyDutiesOnEverySide() {
        as("chuo").get("/api/v1/duties?size=100").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(40))
                .body("items.side", hasItems("HQ", "WARD", "SHARED"));
    }

    @Test
    void searchIgnoresWidthAndKanaAndFiltersBySideAndReason() {
        as("kita").queryParam("q", "ﾏｲﾅﾝﾊﾞｰ").get("/api/v1/duties").then().statusCode(200)
                .body("items.titleJa", hasItem("マイナンバーカードの交付"));
        as("kita").get("/api/v1/duties?side=HQ&reason=EXPERTISE&size=100").then().statusCode(200)
                .body("items.side", everyItem(equalTo("HQ")))
                .body("items.reasons.flatten()", hasItem("EXPERTISE"));
    }

    @Test
    void theContactSectionChangesItsDutyAndTheHistoryShowsWhoAndWhat() {
        var created = as("hq-kusei").contentType(ContentType.JSON).body(duty("試験の事務", "ward-administration"))
                .post("/api/v1/duties").then().statusCode(201).extract();
        long id = ((Number) created.path("id")).longValue();
        as("hq-kusei").header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(duty("試験の事務（改）", "ward-administration")).put("/api/v1/duties/" + id).then().statusCode(200);
        as("chuo").get("/api/v1/duties/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("update", "create")))
                .body("[0].actor", equalTo("hq-kusei"))
                .body("[0].before.titleJa", equalTo("試験の事務"))
                .body("[0].after.titleJa", equalTo("試験の事務（改）"));
        as("hq-kusei").header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(duty("古い版からの変更", "ward-administration")).put("/api/v1/duties/" + id).then().statusCode(412);
    }

    @ParameterizedTest
    @ValueSource(strings = { "hq", "hq-kokuho", "chuo", "kita", "chuo-floor", "chuo-liaison", "partner" })
    void onlyTheContactSectionAndAdministratorsWrite(String who) {
        as(who).contentType(ContentType.JSON).body(duty("権限確認", "ward-administration")).post("/api/v1/duties")
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersCannotReadTheRegistry() {
        as(null).get("/api/v1/duties").then().statusCode(401);
        as(null).contentType(ContentType.JSON).body(duty("権限確認", "ward-administration")).post("/api/v1/duties").then()
                .statusCode(401);
    }

    @Test
    void administratorsWriteAnySectionsDuty() {
        as("admin").contentType(ContentType.JSON).body(duty("管理者の登録", "budget")).post("/api/v1/duties").then()
                .statusCode(201);
    }

    @SendsInvalidRequests
    @Test
    void badInputNamesTheField() {
        as("admin").contentType(ContentType.JSON)
                .body(duty("理由なし", "budget").replace("[\"PROXIMITY\",\"UNIFORMITY\"]", "[]"))
                .post("/api/v1/duties").then().statusCode(400).body("errors[0].field", equalTo("reasons"));
        as("admin").contentType(ContentType.JSON).body(duty("課なし", "no-such-section"))
                .post("/api/v1/duties").then().statusCode(400).body("errors[0].field", equalTo("contactSectionCode"));
        as("admin").get("/api/v1/duties?side=CITY").then().statusCode(400).body("errors[0].field", equalTo("side"));
    }

    @Test
    void seededSearchTextMatchesTheNormaliser() {
        for (Duty d : Duty.<Duty>listAll()) {
            String stored = d.searchText;
            d.refreshSearchText();
            assertEquals(d.searchText, stored, d.titleJa);
        }
    }
}
