package jp.wardhub.voice;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jp.wardhub.testing.SendsInvalidRequests;
import jp.wardhub.testing.SmtpServer;
import jp.wardhub.testing.SmtpServer.Mail;

/**
 * Residents send voices without signing in and follow them by reference number and access code: the form's rules and
 * limits, photos kept without their metadata, a status that never shows personal data, guessing throttled, and the
 * mails that arrive.
 */
@QuarkusTest
class ResidentVoiceTest {

    private static final String PATH = "/api/v1/public/voices";

    /** The tests all come from one address: each starts with the per-address counts empty. */
    @BeforeEach
    void forgetEarlierSubmissions() {
        QuarkusTransaction.requiringNew().run(() -> PublicSubmission.deleteAll());
    }

    static String voice(String text, String extra) {
        return """
                {"type":"REQUEST","category":"roads","wardCode":"431010","text":"%s","location":"中央区新町2丁目"%s}"""
                .formatted(text, extra);
    }

    static String withContact(String text, String email) {
        return voice(text, """
                ,"contact":{"name":"見本 花子","email":"%s","phone":"096-000-1234"},"consent":true""".formatted(email));
    }

    static RequestSpecification form(String voiceJson) {
        return given().multiPart(new MultiPartSpecBuilder(voiceJson).controlName("voice").mimeType("application/json")
                .charset(StandardCharsets.UTF_8).build());
    }

    static ExtractableResponse<Response> send(String voiceJson) {
        return form(voiceJson).post(PATH).then().statusCode(201).extract();
    }

    static long voiceId(String reference) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Voice.<Voice>find("reference", reference).firstResult().id);
    }

    @Test
    void aResidentGetsAReferenceAndAnAccessCodeShownOnceAndMailed() {
        String email = "hanako-" + UUID.randomUUID() + "@example.jp";
        var receipt = send(withContact("公園のベンチが壊れています。", email));
        String reference = receipt.path("reference");
        String code = receipt.path("accessCode");
        assertTrue(reference.matches("V-\\d{4}-\\d{6}"), reference);
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), code);
        assertEquals(Boolean.TRUE, receipt.path("mailed"));

        Mail mail = SmtpServer.awaitMails(email, 1).get(0);
        assertTrue(mail.subject().contains(reference), mail.subject());
        assertTrue(mail.text().contains(code), "the receipt carries the access code");
        assertTrue(mail.text().contains("/voice-status?reference=" + reference), mail.text());
        assertFalse(mail.text().contains("公園のベンチ"), "the mail does not repeat what was sent");

        long id = voiceId(reference);
        as("admin").get("/api/v1/voices/" + id).then().statusCode(200)
                .body("channel", equalTo("WEB_FORM")).body("createdBy", equalTo("resident"))
                .body("hasPersonalData", equalTo(true)).body("text", equalTo("公園のベンチが壊れています。"));
        as("admin").get("/api/v1/voices/" + id + "/personal-data").then().statusCode(200)
                .body("email", equalTo(email)).body("name", equalTo("見本 花子"))
                .body("consentToContact", equalTo(true));
        Voice stored = QuarkusTransaction.requiringNew().call(() -> Voice.<Voice>findById(id));
        assertFalse(stored.accessCodeHash.contains(code.replace("-", "")), "only the code's hash is kept");
    }

    private static Mail mailAbout(List<Mail> mails, String subjectPart) {
        return mails.stream().filter(m -> m.subject().contains(subjectPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail about " + subjectPart + " in " + mails));
    }

    @Test
    void theStatusShowsTheAnswerOnceGivenAndNeverPersonalDataOrTheTextSent() {
        String email = "status-" + UUID.randomUUID() + "@example.jp";
        var receipt = send(withContact("側溝のふたがずれています。", email));
        String reference = receipt.path("reference");
        String code = receipt.path("accessCode");
        given().queryParam("code", code.toLowerCase().replace("-", " ")).get(PATH + "/" + reference).then()
                .statusCode(200).body("state", equalTo("RECEIVED")).body("answer", nullValue())
                .body("$", not(hasKey("text"))).body("$", not(hasKey("personalData")))
                .body(not(containsString(email))).body(not(containsString("側溝")));

        long id = voiceId(reference);
        Voices.step(id, "triage", Voices.TRIAGE);
        Voices.step(id, "assign", Voices.TO_SECTION);
        given().queryParam("code", code).get(PATH + "/" + reference).then().statusCode(200)
                .body("state", equalTo("IN_PROGRESS"));
        Voices.step(id, "answer", Voices.ANSWER);
        given().queryParam("code", code).get(PATH + "/" + reference).then().statusCode(200)
                .body("state", equalTo("ANSWERED")).body("answer", equalTo("現地を確認し、対応しました。"))
                .body("answeredOn", notNullValue()).body("published", equalTo(false));
        Voices.step(id, "publish", Voices.PUBLISH);
        given().queryParam("code", code).get(PATH + "/" + reference).then().statusCode(200)
                .body("published", equalTo(true)).body("publishedText", equalTo("街灯の交換の要望。→ 交換しました。"));

        // a mail tried again (a server that closed the connection) may arrive after a later one
        List<Mail> mails = SmtpServer.awaitMails(email, 3);
        Mail answered = mailAbout(mails, "回答しました");
        mailAbout(mails, "公表しました");
        assertTrue(mailAbout(mails, "受け付けました").text().contains(code));
        assertFalse(answered.text().contains(code), "only the receipt carries the code");
    }

    @Test
    void aWrongCodeAndAnUnknownReferenceLookTheSameAndGuessingIsThrottled() {
        var receipt = send(voice("バス停の屋根が欲しいです。", ""));
        String reference = receipt.path("reference");
        String code = receipt.path("accessCode");
        var wrong = given().queryParam("code", "AAAA-AAAA-AAAA").get(PATH + "/" + reference).then().statusCode(404)
                .extract();
        var unknown = given().queryParam("code", code).get(PATH + "/V-2026-999999").then().statusCode(404)
                .extract();
        assertEquals(wrong.<String>path("title"), unknown.<String>path("title"));
        assertEquals(wrong.<String>path("type"), unknown.<String>path("type"));
        for (int i = 0; i < 3; i++) {
            given().queryParam("code", "BBBB-BBBB-BBB" + i).get(PATH + "/" + reference).then().statusCode(404);
        }
        given().get(PATH + "/" + reference).then().statusCode(404); // no code at all counts as a wrong one
        given().queryParam("code", code).get(PATH + "/" + reference).then().statusCode(429)
                .header("Retry-After", notNullValue()).body("detail", containsString("照会コード"));
        QuarkusTransaction.requiringNew().run(
                () -> jp.wardhub.auth.LoginFailure.delete("account",
                        jp.wardhub.auth.LoginThrottle.voiceCode(reference)));
        given().queryParam("code", code).get(PATH + "/" + reference).then().statusCode(200);
    }

    @Test
    void aPhotoIsKeptWithoutItsMetadataAndTurnedTheWayThePhoneSaid() {
        byte[] phone = Photos.jpegWithGps(80, 40, 6); // stored on its side, shown turned 90° clockwise
        assertTrue(Photos.contains(phone, "Exif") && Photos.contains(phone, Photos.CAMERA));
        byte[] png = Photos.encode(Photos.halves(30, 20), "png");
        var receipt = form(voice("歩道に穴があります。写真を送ります。", "")).multiPart("photos", "hole.jpg", phone, "image/jpeg")
                .multiPart("photos", "map.png", png, "image/png").post(PATH).then().statusCode(201)
                .body("photos", equalTo(2)).extract();
        long id = voiceId(receipt.path("reference"));
        as("admin").get("/api/v1/voices/" + id).then().statusCode(200)
                .body("photos.position", equalTo(List.of(1, 2)))
                .body("photos.mediaType", equalTo(List.of("image/jpeg", "image/png")))
                .body("photos[0].width", equalTo(40)).body("photos[0].height", equalTo(80));

        byte[] kept = as("admin").get("/api/v1/voices/" + id + "/photos/1").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertFalse(Photos.contains(kept, "Exif"), "no EXIF block");
        assertFalse(Photos.contains(kept, Photos.CAMERA), "no camera name");
        BufferedImage image = Photos.decode(kept);
        assertEquals(40, image.getWidth());
        assertEquals(80, image.getHeight());
        // turned clockwise, the red left half is now on top
        assertTrue(isRed(image.getRGB(20, 5)), "top is red");
        assertTrue(isBlue(image.getRGB(20, 75)), "bottom is blue");

        as("admin").get("/api/v1/voices/" + id + "/photos/2").then().statusCode(200).contentType("image/png");
        as("admin").get("/api/v1/voices/" + id + "/photos/3").then().statusCode(404);
        given().get("/api/v1/voices/" + id + "/photos/1").then().statusCode(401);
        as("kita").get("/api/v1/voices/" + id + "/photos/1").then().statusCode(403);
    }

    @Test
    @SendsInvalidRequests
    void photosThatAreNotJpegOrPngOrTooManyOrBrokenOrHugeAreRefusedAndNothingIsKept() {
        long before = count();
        byte[] jpeg = Photos.encode(Photos.halves(10, 10), "jpeg");
        form(voice("写真の形式", "")).multiPart("photos", "a.gif", "GIF89a....".getBytes(), "image/gif").post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("photos[0]"))
                .body("errors[0].rule", equalTo("MediaType"));
        byte[] broken = java.util.Arrays.copyOf(jpeg, 40);
        form(voice("壊れた写真", "")).multiPart("photos", "ok.jpg", jpeg, "image/jpeg")
                .multiPart("photos", "broken.jpg", broken, "image/jpeg").post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("photos[1]"))
                .body("errors[0].rule", equalTo("Image"));
        form(voice("巨大な写真", "")).multiPart("photos", "bomb.png", Photos.pngClaiming(100_000, 100_000), "image/png")
                .post(PATH).then().statusCode(400).body("errors[0].rule", equalTo("MaxPixels"));
        var four = form(voice("写真が多すぎる", ""));
        for (int i = 0; i < 4; i++) {
            four = four.multiPart("photos", "p" + i + ".jpg", jpeg, "image/jpeg");
        }
        four.post(PATH).then().statusCode(400).body("errors[0].field", equalTo("photos"));
        form(voice("大きすぎる写真", "")).multiPart("photos", "big.jpg", new byte[5 * 1024 * 1024 + 1], "image/jpeg")
                .post(PATH).then().statusCode(400).body("errors[0].rule", equalTo("MaxSize"));
        assertEquals(before, count(), "no voice was kept");
    }

    @Test
    @SendsInvalidRequests
    void aFormLargerThanThreeFullPhotosIsRefusedBeforeItIsRead() {
        long before = count();
        byte[] big = new byte[6 * 1024 * 1024];
        form(voice("大きすぎるフォーム", "")).multiPart("photos", "a.jpg", big, "image/jpeg")
                .multiPart("photos", "b.jpg", big, "image/jpeg").multiPart("photos", "c.jpg", big, "image/jpeg")
                .post(PATH).then().statusCode(413);
        // the same size anywhere else is refused at the ordinary limit
        given().multiPart("file", "a.bin", new byte[2 * 1024 * 1024], "application/octet-stream")
                .post("/api/v1/voices").then().statusCode(413);
        assertEquals(before, count(), "no voice was kept");
    }

    @Test
    @SendsInvalidRequests
    void theFormsRulesAreNamedFieldByField() {
        long before = count();
        form(voice("ボットの送信", ",\"website\":\"http://spam.example\"")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("website")).body("detail", containsString("自動送信"));
        form(voice("同意なし", ",\"contact\":{\"email\":\"x@example.jp\"}")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("consent"));
        form("{\"type\":\"REQUEST\",\"category\":\"roads\",\"text\":\"区も校区もない\"}").post(PATH).then()
                .statusCode(400).body("errors[0].field", equalTo("wardCode"));
        form(voice("分類違い", "").replace("roads", "no-such")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        form(voice("区違い", "").replace("431010", "999999")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("wardCode"));
        form(voice("あ".repeat(4001), "")).post(PATH).then().statusCode(400)
                .body("errors[0].field", containsString("text"));
        form("{not json").post(PATH).then().statusCode(400);
        form(voice("余計な項目", ",\"secret\":1")).post(PATH).then().statusCode(400);
        given().multiPart("photos", "a.jpg", new byte[] { 1 }, "image/jpeg").post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("voice"));
        given().contentType("application/json").body(voice("JSON だけ", "")).post(PATH).then().statusCode(415);
        assertEquals(before, count(), "no voice was kept");
    }

    @Test
    @SendsInvalidRequests
    void theSameTextAgainWithinMinutesIsADuplicateAndAnAddressHasItsLimit() {
        send(voice("同じ内容を二度", ""));
        form(voice("同じ内容を二度", "")).post(PATH).then().statusCode(409)
                .body("type", containsString("duplicate-voice"));
        form(voice("同じ内容を二度", "").replace("同じ内容", "同じ内容")).post(PATH).then().statusCode(409); // width folded
        for (int i = 1; i < 5; i++) {
            send(voice("上限まで " + i, ""));
        }
        form(voice("上限を超える", "")).post(PATH).then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("秒後"));
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Voice.count());
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 180 && (rgb & 0xFF) < 80;
    }

    private static boolean isBlue(int rgb) {
        return (rgb & 0xFF) > 180 && ((rgb >> 16) & 0xFF) < 80;
    }
}
