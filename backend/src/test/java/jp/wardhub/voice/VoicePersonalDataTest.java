package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Voices.id;
import static jp.wardhub.voice.Voices.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The resident's personal data is kept apart: only the staff handling the voice read it, every read is in the audit
 * trail, and no voice response, list, export or audit entry carries it.
 */
@QuarkusTest
class VoicePersonalDataTest {

    private static final List<String> PERSONAL = List.of("見本 試験者", "熊本市中央区見本町9-9-9", "096-000-9999",
            "mihon.shikensha@example.jp");

    @Test
    void onlyTheHandlingStaffReadItAndEveryReadIsAudited() {
        var created = Voices.create("chuo-floor", Voices.withPersonalData(Voices.CHUO, "個人情報の閲覧の確認"));
        long id = id(created);
        assertEquals(true, created.path("hasPersonalData"));

        // before assignment: the administrator and the ward staff of the voice's ward
        Map<String, Integer> beforeAssignment = Map.of("admin", 200, "chuo", 200, "hq", 403, "hq-kusei", 403, "kita",
                403,
                "chuo-floor", 403, "chuo-liaison", 403, "partner", 403);
        beforeAssignment.forEach((who, status) -> as(who).get("/api/v1/voices/" + id + "/personal-data").then()
                .statusCode(status));
        as(null).get("/api/v1/voices/" + id + "/personal-data").then().statusCode(401);
        // the voice tells each reader whether they may: the SPA offers the data only then
        Map.of("admin", true, "chuo", true, "hq", false, "chuo-floor", false).forEach((who, readable) -> as(who)
                .get("/api/v1/voices/" + id).then().statusCode(200).body("canReadPersonalData", equalTo(readable)));
        as("chuo").get("/api/v1/voices/" + id + "/personal-data").then().statusCode(200)
                .body("name", equalTo("見本 試験者")).body("phone", equalTo("096-000-9999"))
                .body("email", equalTo("mihon.shikensha@example.jp")).body("consentToContact", equalTo(true))
                .body("reference", equalTo(created.path("reference")));

        // assigned to 区政課: its staff, no longer the ward
        step(id, "triage", Voices.TRIAGE);
        step(id, "assign", Voices.TO_SECTION);
        as("hq-kusei").get("/api/v1/voices/" + id + "/personal-data").then().statusCode(200);
        as("chuo").get("/api/v1/voices/" + id + "/personal-data").then().statusCode(403);
        as("hq-kusei").get("/api/v1/voices/" + id).then().body("canReadPersonalData", equalTo(true));
        as("chuo").get("/api/v1/voices/" + id).then().body("canReadPersonalData", equalTo(false));

        var audit = as("admin").get("/api/v1/audit?entity=voice&id=" + id + "&size=100").then().statusCode(200)
                .extract();
        List<String> readers = audit.path("items.findAll { it.action == 'read-personal-data' }.actor");
        assertEquals(List.of("admin", "chuo", "chuo", "hq-kusei").stream().sorted().toList(),
                readers.stream().sorted().toList());
        String trail = audit.asString();
        PERSONAL.forEach(p -> assertFalse(trail.contains(p), "audit trail carries " + p));
    }

    @Test
    void noVoiceResponseCarriesIt() {
        long id = id(Voices.create("chuo", Voices.withPersonalData(Voices.CHUO, "個人情報を含まない応答の確認")));
        step(id, "triage", Voices.TRIAGE);
        List<String> bodies = List.of(
                as("admin").get("/api/v1/voices/" + id).then().statusCode(200).extract().asString(),
                as("admin").get("/api/v1/voices?q=個人情報を含まない応答の確認").then().statusCode(200).body("total", equalTo(1))
                        .extract().asString(),
                as("admin").get("/api/v1/voices/export.csv?q=個人情報を含まない応答の確認").then().statusCode(200)
                        .body(containsString("個人情報を含まない応答の確認")).extract().asString());
        for (String body : bodies) {
            PERSONAL.forEach(p -> assertFalse(body.contains(p), "a voice response carries " + p + ": " + body));
        }
        as("admin").get("/api/v1/voices/" + id).then().body(not(containsString("personalData")));
    }

    @Test
    void aVoiceWithoutPersonalDataSaysSo() {
        long id = id(Voices.chuoVoice("個人情報なしの確認"));
        as("admin").get("/api/v1/voices/" + id).then().body("hasPersonalData", equalTo(false));
        as("admin").get("/api/v1/voices/" + id + "/personal-data").then().statusCode(404);
    }
}
