package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** Before publishing, staff see what in the public text looks like personal data, where it is, and nothing is kept. */
@QuarkusTest
class PublicationCheckTest {

    @Test
    void theTextsPersonalDataIsFlaggedInOrderWithWhereItIs() {
        as("chuo").contentType(ContentType.JSON)
                .body("{\"text\":\"近所の田中さん（82歳）から、096-000-0000 に連絡がほしいとのことです。\"}")
                .post("/api/v1/voices/publication-check").then().statusCode(200)
                .body("flags.kind", contains("PERSON_NAME", "AGE", "PHONE"))
                .body("flags.text", contains("田中さん", "82歳", "096-000-0000"))
                .body("flags[0].start", equalTo(3)).body("flags[0].end", equalTo(7));
        as("chuo").contentType(ContentType.JSON).body("{\"text\":\"通学路の街灯が切れています。\"}")
                .post("/api/v1/voices/publication-check").then().statusCode(200).body("flags", empty());
    }

    @Test
    @SendsInvalidRequests
    void aMissingOrOverlongTextIsRefusedNamingTheField() {
        as("chuo").contentType(ContentType.JSON).body("{\"text\":\"  \"}").post("/api/v1/voices/publication-check")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        as("chuo").contentType(ContentType.JSON).body("{\"text\":\"" + "あ".repeat(8001) + "\"}")
                .post("/api/v1/voices/publication-check").then().statusCode(400)
                .body("errors[0].field", equalTo("text")).body("errors[0].rule", equalTo("Size"));
    }

    @Test
    @SendsInvalidRequests
    void aTextWithUncheckedPersonalDataIsNotPublishedUntilEachFlagIsEditedOrConfirmed() {
        long id = Voices.chuoVoiceIn(VoiceState.ANSWERED, "公表前の確認");
        String etag = Voices.get("chuo", id).header("ETag");
        String flagged = "{\"publishedText\":\"新町2丁目3番地の田中さんから、街灯の要望。→ 交換しました。\"}";
        Voices.act("chuo", id, "publish", flagged, etag).then().statusCode(400)
                .body("errors[0].field", equalTo("publishedText")).body("errors[0].rule", equalTo("PersonalData"))
                .body("errors[0].message", containsString("「2丁目3番地」「田中さん」"));
        String oneConfirmed = flagged.replace("\"}", "\",\"confirmedFlags\":[\"2丁目3番地\"]}");
        Voices.act("chuo", id, "publish", oneConfirmed, etag).then().statusCode(400)
                .body("errors[0].message", containsString("「田中さん」"))
                .body("errors[0].message", not(containsString("2丁目3番地」")));
        Voices.act("chuo", id, "publish", oneConfirmed.replace("の田中さんから", "の方から"), etag).then().statusCode(200)
                .body("publication.status", equalTo("PUBLISHED"))
                .body("publication.publishedText", equalTo("新町2丁目3番地の方から、街灯の要望。→ 交換しました。"));
    }
}
