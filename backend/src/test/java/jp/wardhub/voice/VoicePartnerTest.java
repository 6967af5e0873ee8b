package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Voices.id;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Partner systems (the city web site's form) send voices with an Idempotency-Key and see only their own. */
@QuarkusTest
class VoicePartnerTest {

    private static String webForm(String text) {
        return """
                {"channel":"WEB_FORM","type":"PROPOSAL","categories":["parks"],"wardCode":"431028","text":"%s",
                 "personalData":{"email":"partner.sender@example.jp","consentToContact":false}}""".formatted(text);
    }

    @Test
    void aPartnerMustSendAnIdempotencyKey() {
        as("partner").contentType(ContentType.JSON).body(webForm("キーなしの送信")).post("/api/v1/voices").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as("admin").get("/api/v1/voices?q=キーなしの送信").then().body("total", equalTo(0));
        // staff may leave it out
        as("chuo").contentType(ContentType.JSON).body(Voices.body(null, "職員はキーなしで送れる")).post("/api/v1/voices").then()
                .statusCode(201);
    }

    @Test
    void aReplayReturnsTheSameReferenceAndAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String text = "再送の確認 " + key;
        var first = as("partner").header("Idempotency-Key", key).contentType(ContentType.JSON).body(webForm(text))
                .post("/api/v1/voices").then().statusCode(201).extract();
        as("partner").header("Idempotency-Key", key).contentType(ContentType.JSON).body(webForm(text))
                .post("/api/v1/voices").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("reference", equalTo(first.path("reference"))).body("id", equalTo(first.<Integer>path("id")));
        as("partner").header("Idempotency-Key", key).contentType(ContentType.JSON).body(webForm("別の内容"))
                .post("/api/v1/voices").then().statusCode(422)
                .body("type", equalTo("https://wardhub.city/problems/idempotency-key-reused"));
        as("admin").get("/api/v1/voices?q=" + key).then().body("total", equalTo(1));
    }

    @Test
    void partnersReadOnlyWhatTheySent() {
        long own = id(Voices.create("partner", webForm("連携システムの声")));
        long staffs = id(Voices.chuoVoice("職員が受けた声"));
        as("partner").get("/api/v1/voices/" + own).then().statusCode(200).body("createdBy", equalTo("city-web"));
        as("partner").get("/api/v1/voices/" + staffs).then().statusCode(404);
        as("partner").get("/api/v1/voices?size=100").then().statusCode(200).body("total", greaterThan(0))
                .body("items.id", hasItem((int) own)).body("items.id", not(hasItem((int) staffs)));
        as("admin").get("/api/v1/voices?size=100&q=連携システムの声").then().body("items.id", hasItem((int) own));
        // nothing but its own, demo data included
        as("partner").get("/api/v1/voices?size=100").then().body("items.findAll { it.id == " + staffs + " }.size()",
                equalTo(0));
        as("partner").get("/api/v1/voices/" + own + "/personal-data").then().statusCode(403);
        as("partner").get("/api/v1/voices/stats?groupBy=type").then().statusCode(403);
        as("partner").get("/api/v1/voices/export.csv").then().statusCode(403);
    }

    @Test
    void wardStaffSeeTheirWardsVoicesAndThoseAssignedToIt() {
        long chuo = id(Voices.chuoVoice("中央区の声（見える範囲）"));
        long transferredToKita = Voices.chuoVoiceIn(VoiceState.TRIAGED, "北区に割り当てる中央区の声");
        Voices.step(transferredToKita, "assign", Voices.TO_KITA);
        as("kita").get("/api/v1/voices/" + chuo).then().statusCode(403);
        as("kita").get("/api/v1/voices/" + transferredToKita).then().statusCode(200);
        as("kita-liaison").get("/api/v1/voices?size=100&q=中央区の声").then().statusCode(200)
                .body("items.id", hasItem((int) transferredToKita)).body("items.id", not(hasItem((int) chuo)));
        as("chuo-liaison").get("/api/v1/voices?size=100").then().statusCode(200)
                .body("items.findAll { it.wardCode != '431010' && it.assignedWardCode != '431010' }.size()",
                        equalTo(0));
        as("hq").get("/api/v1/voices/" + chuo).then().statusCode(200);
        as(null).get("/api/v1/voices").then().statusCode(401);
    }
}
