package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;

/**
 * A refused request is shown once, in the UI's language: a grant above its limit gives one message beside the amount,
 * the problem's title above the form and the request id as a reference for support; in English after the switch.
 */
@QuarkusTest
class ErrorDisplayBrowserTest extends BrowserTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String LIMIT_JA = "補助率 1/2 で補助対象経費から計算した上限 50,000 円を超えています";
    private static final String LIMIT_EN = "above the subsidy rate 1/2 of the eligible cost (50,000 yen)";

    @Test
    void aGrantAboveItsLimitIsOneMessageBesideTheAmountInEachLanguage() {
        long application = underReview();
        // a colleague who did not record or review it decides the grant (four eyes)
        signIn("chuo-kessai");
        open("/community/applications/" + application);
        Locator amount = page.getByLabel("交付決定額");
        amount.fill("60000");
        button("交付を決定する").click();

        Locator fieldError = page.locator("#grant-amount-error");
        assertThat(fieldError).hasText(LIMIT_JA);
        assertThat(amount).hasAttribute("aria-invalid", "true");
        assertThat(page.getByText(LIMIT_JA)).hasCount(1);
        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("支援制度の限度を超えています");
        assertThat(alert).not().containsText("Beyond a limit");
        assertThat(alert).not().containsText(LIMIT_JA);
        Locator reference = alert.getByText(Pattern.compile("^お問い合わせ番号: "));
        assertThat(reference).hasText(Pattern.compile("^お問い合わせ番号: [A-Za-z0-9._-]{8,64}$"));
        assertFalse(UUID_TEXT.matcher(alert.innerText().replace(reference.innerText(), "")).find(),
                "no id in the message itself: " + alert.innerText());
        assertAccessible("a grant refused above its limit, in Japanese");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("English").setExact(true)).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        // the refusal is the answer to a write: the next attempt is answered in the new language
        button("Grant").click();
        assertThat(fieldError).hasText(LIMIT_EN);
        assertThat(page.getByText(LIMIT_EN)).hasCount(1);
        assertThat(alert).containsText("Beyond a limit of the support programme");
        assertThat(alert.getByText(Pattern.compile("^Reference for support: ")))
                .hasText(Pattern.compile("^Reference for support: [A-Za-z0-9._-]{8,64}$"));
        assertFalse(JAPANESE.matcher(alert.innerText() + fieldError.innerText()).find(),
                "English only: " + alert.innerText() + " / " + fieldError.innerText());
        assertThat(page.getByText(LIMIT_JA)).hasCount(0);
        assertAccessible("a grant refused above its limit, in English");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * An application of a new 中央区 group to a new 中央区 programme (up to half of the cost, 25,000–300,000 yen), for
     * 100,000 yen of eligible cost and 80,000 requested, submitted and under review: 50,000 yen at most may be granted.
     */
    private static long underReview() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long group = created("/api/v1/community/groups", """
                {"type":"NEIGHBOURHOOD_ASSOCIATION","name":"表示の試験自治会 %s","nameKana":"ひょうじのしけんじちかい",
                 "wardCode":"431010","activityAreas":["試験町1丁目"],
                 "officers":[{"role":"PRESIDENT","name":"見本 試験","termFrom":"2026-04-01"}],
                 "contact":{"representativeName":"見本 代表者","phone":"096-000-9997"}}""".formatted(suffix));
        var today = BusinessTime.today();
        long program = created("/api/v1/community/programs", """
                {"wardCode":"431010","fiscalYear":2026,"name":"表示の試験補助金 %s","description":"試験の補助制度",
                 "eligibility":"区内の地域団体","totalBudgetYen":1000000,"maximumPerApplicationYen":300000,
                 "minimumPerApplicationYen":25000,"subsidyRate":{"numerator":1,"denominator":2},
                 "applicationFrom":"%s","applicationTo":"%s"}""".formatted(suffix, today.minusDays(30),
                today.plusDays(60)));
        long application = created("/api/v1/community/programs/" + program + "/applications", """
                {"groupId":%d,"title":"表示の試験の申請 %s","plannedActivity":"校区の夏まつり",
                 "activityFrom":"2027-02-01","activityTo":"2027-02-28","eligibleCostYen":100000,
                 "requestedAmountYen":80000}""".formatted(group, suffix));
        step(application, "submit");
        step(application, "review");
        return application;
    }

    private static long created(String path, String body) {
        return ((Number) as("chuo").contentType(ContentType.JSON).body(body).post(path).then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static void step(long application, String action) {
        String path = "/api/v1/community/applications/" + application;
        String etag = as("chuo").get(path).then().statusCode(200).extract().header("ETag");
        as("chuo").header("If-Match", etag).contentType(ContentType.JSON).body("{}").post(path + "/" + action).then()
                .statusCode(200);
    }
}
