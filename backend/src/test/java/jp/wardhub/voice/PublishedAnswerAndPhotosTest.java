package jp.wardhub.voice;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.Accounts;
import jp.wardhub.testing.RawHttp;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * What of an answered voice goes public is decided at publication: the answer is checked for personal data as the
 * public text is, and may be published in an edited form; a resident's photos stay private unless staff choose them.
 */
@QuarkusTest
class PublishedAnswerAndPhotosTest {

    private static final String CLEAN_TEXT = "街灯が切れているとの声。";

    @BeforeEach
    void forgetEarlierSubmissions() {
        QuarkusTransaction.requiringNew().run(() -> PublicSubmission.deleteAll());
    }

    private static long answeredWith(String answer) {
        long id = Voices.chuoVoiceIn(VoiceState.ASSIGNED, "街灯 " + UUID.randomUUID());
        Voices.step(id, "answer", "{\"answer\":\"" + answer + "\"}");
        return id;
    }

    @Test
    @SendsInvalidRequests
    void anAnswerNamingTheResidentIsNotPublishedAsWrittenButMayBeEdited() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        String answer = "田中様、ご連絡ありがとうございます。街灯を交換しました" + m + "。";
        long id = answeredWith(answer);
        String etag = Voices.get("admin", id).header("ETag");

        Voices.act("admin", id, "publish", "{\"publishedText\":\"" + CLEAN_TEXT + "\"}", etag).then()
                .statusCode(400).body("errors.field", contains("publishedAnswer"))
                .body("errors[0].rule", equalTo("PersonalData"))
                .body("errors[0].message", containsString("「田中様」"));
        Voices.act("admin", id, "publish", "{\"publishedText\":\"佐藤さんの声。\"}", etag).then().statusCode(400)
                .body("errors.field", contains("publishedText", "publishedAnswer"));

        String edited = "ご連絡ありがとうございます。街灯を交換しました" + m + "。";
        Voices.act("admin", id, "publish",
                "{\"publishedText\":\"" + CLEAN_TEXT + "\",\"publishedAnswer\":\"" + edited + "\"}", etag).then()
                .statusCode(200).body("publication.publishedAnswer", equalTo(edited)).body("answer", equalTo(answer));
        as(null).get("/api/v1/public/voices?q=" + m).then().statusCode(200).body("items.answer", contains(edited));
        as(null).get("/api/v1/public/voices?q=田中様" + m).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anAnswerWithAConfirmedFlagGoesOutAsWritten() {
        String answer = "新町2丁目3番地の街灯を交換しました。";
        long id = answeredWith(answer);
        Voices.step(id, "publish", "{\"publishedText\":\"" + CLEAN_TEXT + "\",\"confirmedFlags\":[\"2丁目3番地\"]}");
        Voices.get("admin", id).response().then().body("publication.publishedAnswer", equalTo(answer));
    }

    @Test
    @SendsInvalidRequests
    void onlyThePhotosStaffChooseArePublicAndOpen311LinksTheFirst() {
        byte[] jpeg = Photos.encode(Photos.halves(30, 20), "jpg");
        byte[] png = Photos.encode(Photos.halves(30, 20), "png");
        String reference = ResidentVoiceTest.form(ResidentVoiceTest.voice("歩道の穴 " + UUID.randomUUID(), ""))
                .multiPart("photos", "a.jpg", jpeg, "image/jpeg").multiPart("photos", "b.png", png, "image/png")
                .post("/api/v1/public/voices").then().statusCode(201).extract().path("reference");
        long id = ResidentVoiceTest.voiceId(reference);
        Voices.step(id, "triage", Voices.TRIAGE);
        Voices.step(id, "assign", Voices.TO_SECTION);
        Voices.step(id, "answer", Voices.ANSWER);
        String etag = Voices.get("admin", id).header("ETag");
        for (String bad : List.of("[3]", "[2,2]", "[0]")) {
            Voices.act("admin", id, "publish",
                    "{\"publishedText\":\"" + CLEAN_TEXT + "\",\"publicPhotos\":" + bad + "}",
                    etag).then().statusCode(400).body("errors[0].field", equalTo("publicPhotos"));
        }

        Voices.step(id, "publish", "{\"publishedText\":\"" + CLEAN_TEXT + "\",\"publicPhotos\":[2]}");
        String path = "/api/v1/public/voices/" + reference + "/photos/2";
        Voices.get("admin", id).response().then().body("photos.published", contains(false, true));
        as(null).get("/api/v1/public/voices?q=" + reference).then().statusCode(200).body("items[0].photos",
                contains(path));
        given().get(path).then().statusCode(200).contentType("image/png");
        given().get("/api/v1/public/voices/" + reference + "/photos/1").then().statusCode(404);
        given().get("/open311/v2/requests/" + reference + ".json").then().statusCode(200)
                .body("[0].media_url", startsWith("http")).body("[0].media_url", containsString(path));

        Voices.step(id, "publish", "{\"notPublishedReason\":\"NO_CONSENT\"}");
        given().get(path).then().statusCode(404);
        Voices.get("admin", id).response().then().body("photos.published", contains(false, false))
                .body("publication.publishedAnswer", nullValue());
        as(null).get("/api/v1/public/voices?q=" + reference).then().body("items", empty());
    }

    @Test
    void photosGoOutAsTheyAreWhenCompressionIsOffered() {
        byte[] jpeg = Photos.encode(Photos.halves(30, 20), "jpg");
        String reference = ResidentVoiceTest.form(ResidentVoiceTest.voice("写真の送り方 " + UUID.randomUUID(), ""))
                .multiPart("photos", "a.jpg", jpeg, "image/jpeg")
                .post("/api/v1/public/voices").then().statusCode(201).extract().path("reference");
        long id = ResidentVoiceTest.voiceId(reference);
        HttpResponse<byte[]> photo = RawHttp.get("/api/v1/voices/" + id + "/photos/1",
                "gzip, deflate, br", Accounts.token("admin"));
        assertEquals(200, photo.statusCode());
        assertEquals("identity", RawHttp.encoding(photo));
        assertEquals((byte) 0xFF, photo.body()[0], "a JPEG as stored");
        assertEquals((byte) 0xD8, photo.body()[1], "a JPEG as stored");
    }
}
