package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jp.wardhub.auth.LoginFailure;
import jp.wardhub.auth.LoginThrottle;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * One failure, two languages: a problem's title, detail and field messages follow Accept-Language (Japanese unless
 * English is preferred), all in that one language, named by Content-Language; titleEn stays English for older clients.
 */
@SendsInvalidRequests
@QuarkusTest
class ProblemLanguageHttpTest {

    /** Hiragana, katakana or kanji: Japanese text. */
    private static final Pattern JAPANESE = Pattern.compile(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*",
            Pattern.DOTALL);
    private static final String ENGLISH = "en-US,en;q=0.9,ja;q=0.8";

    private final String throttled = "lang-test-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void forgetFailures() {
        // not @Transactional: that would make the instance a subclass, which hides this class's @SendsInvalidRequests
        QuarkusTransaction.requiringNew().run(() -> LoginFailure.delete("account", LoginThrottle.staff(throttled)));
    }

    @Test
    void aFieldErrorOfBeanValidationInEachLanguage() {
        var ja = login(given(), "", "x").then().statusCode(400).header("Content-Language", "ja")
                .body("title", equalTo("入力内容に誤りがあります")).body("titleEn", equalTo("Invalid input"))
                .body("errors[0].field", equalTo("username")).body("errors[0].rule", equalTo("NotBlank"))
                .extract();
        japaneseOnly(ja);
        var en = login(given().header("Accept-Language", ENGLISH), "", "x").then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid input")).body("titleEn", equalTo("Invalid input"))
                .body("errors[0].field", equalTo("username")).body("errors[0].rule", equalTo("NotBlank"))
                .body("errors[0].message", equalTo("must not be blank"))
                .body("detail", equalTo("username: must not be blank")).extract();
        englishOnly(en);
    }

    @Test
    void englishAloneIsEnoughForBeanValidationsMessages() {
        englishOnly(login(given().header("Accept-Language", "en-US"), "", "x").then().statusCode(400)
                .header("Content-Language", "en").body("errors[0].message", equalTo("must not be blank")).extract());
    }

    @Test
    void wardHubsOwnConstraintMessagesInEachLanguage() {
        String voice = """
                {"type":"REQUEST","category":"roads","wardCode":"431010","text":"言語の試験","location":"中央区新町2丁目",
                 "contact":{"name":"見本 花子","phone":"096-abc"},"consent":true}""";
        var form = new MultiPartSpecBuilder(voice).controlName("voice").mimeType("application/json")
                .charset(StandardCharsets.UTF_8);
        given().multiPart(form.build()).post("/api/v1/public/voices").then().statusCode(400)
                .header("Content-Language", "ja").body("errors[0].field", equalTo("contact.phone"))
                .body("errors[0].message", equalTo("電話番号は数字とハイフンで書いてください"));
        given().header("Accept-Language", "en").multiPart(form.build()).post("/api/v1/public/voices").then()
                .statusCode(400).header("Content-Language", "en").body("errors[0].field", equalTo("contact.phone"))
                .body("errors[0].message", equalTo("digits and hyphens only"));
    }

    @Test
    void aFieldErrorOfAServiceInEachLanguage() {
        japaneseOnly(as("chuo").get("/api/v1/community/groups?size=101").then().statusCode(400)
                .header("Content-Language", "ja").body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("1 から 100 までを指定してください"))
                .body("detail", equalTo("1 から 100 までを指定してください")).extract());
        englishOnly(as("chuo").header("Accept-Language", "en").get("/api/v1/community/groups?size=101").then()
                .statusCode(400).header("Content-Language", "en").body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be between 1 and 100")).extract());
    }

    @Test
    void aNotFoundInEachLanguage() {
        japaneseOnly(as("chuo").get("/api/v1/offices/0").then().statusCode(404).header("Content-Language", "ja")
                .body("title", equalTo("見つかりません")).extract());
        englishOnly(as("chuo").header("Accept-Language", "en").get("/api/v1/offices/0").then().statusCode(404)
                .header("Content-Language", "en").body("title", equalTo("Not found"))
                .body("detail", containsString("not found")).extract());
        englishOnly(given().header("Accept-Language", "en").get("/api/v1/no-such-thing").then().statusCode(404)
                .header("Content-Language", "en").extract());
    }

    @Test
    void anIllegalTransitionInEachLanguage() {
        var created = as("hq-kusei").contentType(ContentType.JSON).body("""
                {"procedureCode":"juminhyo-copy","audience":"RESIDENT","questionJa":"言語の試験の Q&A",
                 "answerJa":"試験の回答です。","questionEn":"A test question?","answerEn":"A test answer."}""")
                .post("/api/v1/faqs").then().statusCode(201).extract();
        String approve = "/api/v1/faqs/" + created.path("id") + "/approve";
        japaneseOnly(as("hq-kusei").header("If-Match", created.header("ETag")).post(approve).then().statusCode(409)
                .header("Content-Language", "ja").body("title", equalTo("この状態ではその操作はできません"))
                .body("detail", containsString("できる操作: ")).extract());
        englishOnly(as("hq-kusei").header("If-Match", created.header("ETag")).header("Accept-Language", "en")
                .post(approve).then().statusCode(409).header("Content-Language", "en")
                .body("title", equalTo("Not allowed in the current state"))
                .body("detail", allOf(containsString("APPROVE is not allowed"), containsString("allowed: ")))
                .extract());
    }

    @Test
    void tooManyRequestsInEachLanguage() {
        for (int i = 0; i < 5; i++) {
            login(given(), throttled, "wrong-" + i).then().statusCode(401);
        }
        japaneseOnly(login(given(), throttled, "wrong").then().statusCode(429).header("Content-Language", "ja")
                .header("Retry-After", notNullValue()).body("detail", containsString("秒後に再度お試しください"))
                .extract());
        englishOnly(login(given().header("Accept-Language", "en;q=0.9, ja;q=0.8"), throttled, "wrong").then()
                .statusCode(429).header("Content-Language", "en").header("Retry-After", notNullValue())
                .body("title", equalTo("Too many requests")).body("detail", containsString("retry in")).extract());
    }

    @Test
    void theHighestQualityDecidesAndAnyOtherLanguageIsJapanese() {
        as("chuo").header("Accept-Language", "en;q=0.8, ja;q=0.9").get("/api/v1/offices/0").then().statusCode(404)
                .header("Content-Language", "ja");
        as("chuo").header("Accept-Language", "ja;q=0.1, en;q=0.2").get("/api/v1/offices/0").then().statusCode(404)
                .header("Content-Language", "en");
        for (String other : new String[] { "fr", "zh-Hant-TW", "*", "en;q=2", "ja;q=abc", ",,," }) {
            japaneseOnly(as("chuo").header("Accept-Language", other).get("/api/v1/offices/0").then()
                    .statusCode(404).header("Content-Language", "ja").extract());
        }
    }

    @Test
    void problemsRefusedBeforeAnyResourceFollowTheHeaderToo() {
        String longPath = "/api/v1/wards?q=" + "a".repeat(9000);
        given().header("Accept-Language", "en").get(longPath).then().statusCode(414)
                .header("Content-Language", "en").body("title", equalTo("URI too long"))
                .body("detail", not(containsString("URL は")));
        given().get(longPath).then().statusCode(414).header("Content-Language", "ja")
                .body("title", equalTo("URL が長すぎます"));
    }

    @Test
    void open311KeepsItsOwnErrorsInBothLanguages() {
        given().header("Accept-Language", "en").get("/open311/v2/services/no-such.json").then()
                .statusCode(404).header("Content-Language", nullValue())
                .body("[0].description", allOf(containsString("見つかりません"), containsString("not found")));
    }

    private static Response login(RequestSpecification spec, String username, String password) {
        return spec.contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    /** Every text of the problem is Japanese (a code or number may stand in it), and no 5xx. */
    private static void japaneseOnly(ExtractableResponse<Response> r) {
        org.hamcrest.MatcherAssert.assertThat(r.statusCode(), lessThan(500));
        for (String text : texts(r)) {
            org.hamcrest.MatcherAssert.assertThat(text, org.hamcrest.Matchers.matchesPattern(JAPANESE));
            org.hamcrest.MatcherAssert.assertThat("no English in parentheses", text,
                    not(org.hamcrest.Matchers.matchesPattern(".*\\([a-z][a-z ]+.*\\)$")));
        }
    }

    /** No text of the problem has a Japanese letter, and no 5xx. */
    private static void englishOnly(ExtractableResponse<Response> r) {
        org.hamcrest.MatcherAssert.assertThat(r.statusCode(), lessThan(500));
        for (String text : texts(r)) {
            org.hamcrest.MatcherAssert.assertThat(text, not(org.hamcrest.Matchers.matchesPattern(JAPANESE)));
        }
    }

    private static java.util.List<String> texts(ExtractableResponse<Response> r) {
        var texts = new java.util.ArrayList<String>();
        texts.add(r.path("title"));
        String detail = r.path("detail");
        if (detail != null) {
            texts.add(detail);
        }
        java.util.List<String> messages = r.path("errors.message");
        if (messages != null) {
            texts.addAll(messages);
        }
        return texts;
    }
}
