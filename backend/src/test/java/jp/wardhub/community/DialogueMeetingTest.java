package jp.wardhub.community;

import static jp.wardhub.community.ProjectSteps.OPINION;
import static jp.wardhub.community.ProjectSteps.chuoMeeting;
import static jp.wardhub.community.ProjectSteps.meeting;
import static jp.wardhub.community.ProjectSteps.unique;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** A dialogue meeting's opinions become residents' voices of the meeting's ward and day, linked back to it. */
@QuarkusTest
class DialogueMeetingTest {

    @Test
    void anOpinionRaisedAtAMeetingIsAVoiceOfThatMeeting() {
        long meeting = chuoMeeting("意見の受付");
        String key = UUID.randomUUID().toString();
        var voice = as("chuo-liaison").contentType(ContentType.JSON).header("Idempotency-Key", key).body(OPINION)
                .post("/api/v1/community/meetings/" + meeting + "/voices").then().statusCode(201)
                .body("channel", equalTo("DIALOGUE_MEETING")).body("receivedOn", equalTo("2026-11-14"))
                .body("wardCode", equalTo("431010")).body("dialogueMeetingId", equalTo((int) meeting))
                .body("reference", startsWith("V-")).body("status", equalTo("RECEIVED")).extract();
        // a retry with the same key answers the same voice
        as("chuo-liaison").contentType(ContentType.JSON).header("Idempotency-Key", key).body(OPINION)
                .post("/api/v1/community/meetings/" + meeting + "/voices").then().statusCode(201)
                .body("id", equalTo(voice.path("id")));

        as("chuo").get("/api/v1/community/meetings/" + meeting).then().statusCode(200)
                .body("voices.reference", contains(voice.path("reference").toString()))
                .body("voices[0].channel", equalTo("DIALOGUE_MEETING")).body("editable", equalTo(true));
        as("chuo").get("/api/v1/community/meetings?ward=431010&from=2026-11-14&to=2026-11-14&size=100").then()
                .statusCode(200)
                .body("items.find { it.id == " + meeting + " }.voices", equalTo(1));
        as("chuo").get("/api/v1/voices/" + voice.path("id")).then().statusCode(200).body("dialogueMeetingId",
                equalTo((int) meeting));
    }

    @Test
    void theMinutesAreKeptUnderIfMatch() {
        long meeting = chuoMeeting("議事録");
        String etag = as("chuo").get("/api/v1/community/meetings/" + meeting).then().extract().header("ETag");
        as("chuo").header("If-Match", etag).contentType(ContentType.JSON)
                .body(meeting("議事録").replace("防犯灯について意見が出た。", "防犯灯と歩道について意見が出た。"))
                .put("/api/v1/community/meetings/" + meeting).then().statusCode(200)
                .body("minutes", equalTo("防犯灯と歩道について意見が出た。"));
        as("chuo").header("If-Match", etag).contentType(ContentType.JSON).body(meeting("議事録"))
                .put("/api/v1/community/meetings/" + meeting).then().statusCode(412);
    }

    @Test
    void wardStaffSeeTheirWardsMeetingsAndHqSeesAll() {
        long meeting = chuoMeeting("見える範囲");
        as("kita").get("/api/v1/community/meetings?size=100").then().statusCode(200)
                .body("items.wardCode", everyItem(equalTo("431052"))).body("items.id", not(hasItem((int) meeting)));
        as("hq").get("/api/v1/community/meetings/" + meeting).then().statusCode(200).body("editable", equalTo(false));
        as("partner").get("/api/v1/community/meetings").then().statusCode(403);
        as("chuo-floor").get("/api/v1/community/meetings").then().statusCode(403);
    }

    @Test
    void theDemoMeetingsCarryTheVoicesRaisedThere() {
        as("chuo").get("/api/v1/community/meetings?ward=431010").then().statusCode(200)
                .body("items.find { it.title.startsWith('中央区 区長と語る会') }.voices", greaterThan(0));
    }

    @SendsInvalidRequests
    @Test
    void badInputNamesTheField() {
        as("chuo").contentType(ContentType.JSON)
                .body(meeting(unique("参加者")).replace("\"participants\":21", "\"participants\":-1"))
                .post("/api/v1/community/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("participants"));
        as("chuo").contentType(ContentType.JSON)
                .body(meeting(unique("会場")).replace("\"participants\":21", "\"officeId\":999999,\"participants\":21"))
                .post("/api/v1/community/meetings").then().statusCode(400).body("errors[0].field", equalTo("officeId"));
        as("chuo").get("/api/v1/community/meetings?from=2026-13-01").then().statusCode(400).body("errors[0].field",
                equalTo("from"));
        long meeting = chuoMeeting("意見の誤り");
        as("chuo").contentType(ContentType.JSON).body("{\"type\":\"REQUEST\",\"categories\":[],\"text\":\"\"}")
                .post("/api/v1/community/meetings/" + meeting + "/voices").then().statusCode(400);
    }
}
