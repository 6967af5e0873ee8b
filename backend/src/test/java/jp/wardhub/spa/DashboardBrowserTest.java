package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.Accounts;

/** The home page shows each role what is waiting for it, section by section. */
@QuarkusTest
class DashboardBrowserTest extends BrowserTest {

    private Locator section(String name) {
        return page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName(name));
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    @Test
    void wardStaffSeeTheirWardsVoicesProposalsAndTheConsultationsToAnswer() {
        // The latest deadline comes first in the list (a year ahead is the latest allowed, the newest first among equals),
        // so this one is among the first few shown.
        String title = "ホーム画面の確認用の協議 " + UUID.randomUUID();
        as("hq").contentType(ContentType.JSON).body("""
                {"title":"%s","description":"ホーム画面に回答待ちとして出ることを確かめます（試験）","wardCodes":["%s"],"deadline":"%s"}"""
                .formatted(title, Accounts.CHUO, BusinessTime.today().plusYears(1)))
                .post("/api/v1/consultations").then().statusCode(201);

        signIn("chuo");
        open("/");
        assertThat(heading()).hasText("ホーム");
        for (String name : new String[] { "対応中の区民の声", "回答期限を過ぎた区民の声", "回答を待っている事前協議", "区の提案と進み具合" }) {
            assertThat(section(name).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                    .hasText(name);
        }
        assertThat(section("対応中の区民の声").getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("状態ごとの件数")))
                .isVisible();
        assertThat(section("区の提案と進み具合").getByRole(AriaRole.LINK).first()).hasAttribute("href",
                Pattern.compile("^/proposals"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        Locator consultation = section("回答を待っている事前協議").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(title));
        assertThat(consultation).isVisible();
        assertAccessible("home of ward staff");

        consultation.click();
        assertThat(heading()).hasText(title);
        assertAccessible("consultation from the home page");
    }

    @Test
    void hqStaffSeeProposalsToAnswerOverdueAnswersAndTheirConsultations() {
        signIn("hq");
        open("/");
        assertThat(heading()).hasText("ホーム");
        assertThat(page.getByText("政策局の対応待ちの仕事です。")).isVisible();
        for (String name : new String[] { "回答を求められている区提案", "回答期限を過ぎた区提案", "回答受付中の事前協議" }) {
            assertThat(section(name).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                    .hasText(name);
            assertThat(section(name).getByRole(AriaRole.STATUS)).hasCount(0);
        }
        assertThat(section("対応中の区民の声")).hasCount(0);
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertAccessible("home of HQ staff");
    }
}
