package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.junit.QuarkusTest;

/**
 * 四つの目の原則 (four eyes) on grants: the member of staff who reviewed an application is told, and refused, that
 * someone else decides its grant; a colleague of the ward grants it, and the page says who did each step.
 */
@QuarkusTest
class FourEyesGrantBrowserTest extends BrowserTest {

    private static final String CHUO_PROGRAM = "中央区地域づくり活動補助金（サンプル）";

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading1() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    private Locator detail(String term) {
        return page.locator("dt").filter(new Locator.FilterOptions().setHasText(term))
                .locator("xpath=following-sibling::dd[1]");
    }

    @Test
    void theReviewerIsRefusedTheGrantAndAColleagueGrantsIt() {
        String title = "四つの目の確認 " + UUID.randomUUID();
        signIn("chuo");
        open("/community/programs?ward=431010&fiscalYear=2026");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(CHUO_PROGRAM).setExact(true)).click();
        assertThat(heading1()).hasText(CHUO_PROGRAM);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("団体の申請を記録する").setExact(true)).click();
        page.getByLabel(Pattern.compile("^団体\\s?必須$")).selectOption(new SelectOption().setLabel("慶徳校区自治協議会"));
        page.getByLabel("申請の件名").fill(title);
        page.getByLabel("予定する活動").fill("校区の清掃活動を行う。");
        page.getByLabel("活動の始まり").fill("2027-02-01");
        page.getByLabel("活動の終わり").fill("2027-02-28");
        page.getByLabel("補助対象経費").fill("100000");
        page.getByLabel("申請額").fill("40000");
        page.getByLabel("申請額").press("Enter");
        assertThat(heading1()).hasText(title);
        button("提出する").click();
        assertThat(status("申請を提出しました。")).isVisible();
        button("審査を始める").click();
        assertThat(status("審査を始めました。")).isVisible();

        // the reviewer is told before trying, and refused when trying anyway
        Locator grant = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("交付を決定する"));
        assertThat(grant).containsText("四つの目の原則: あなたはこの申請を審査したため、交付決定はできません");
        grant.getByLabel("交付決定額").fill("30000");
        button("交付を決定する").click();
        Locator refusal = grant.getByRole(AriaRole.ALERT);
        assertThat(refusal).containsText("四つの目の原則により、交付決定は別の職員が行います");
        assertThat(refusal).containsText("この申請を審査した職員は交付決定できません");
        assertThat(page.getByText("審査中").first()).isVisible();
        assertAccessible("grant refused by four eyes");

        String application = page.url().replaceAll("^https?://[^/]+", "");
        button("サインアウト").click();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("サインイン"))).isVisible();
        signIn("chuo-kessai");
        open(application);
        assertThat(heading1()).hasText(title);
        assertThat(detail("審査した職員")).hasText("中央 花子（中央区）");
        Locator colleagueGrant = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("交付を決定する"));
        assertThat(colleagueGrant).not().containsText("四つの目の原則");
        colleagueGrant.getByLabel("交付決定額").fill("30000");
        button("交付を決定する").click();
        assertThat(status("交付を決定しました。")).isVisible();
        assertThat(detail("交付・不交付を決定した職員")).hasText("決裁 一郎（中央区）");
        assertThat(detail("提出した職員")).hasText("中央 花子（中央区）");
        assertAccessible("application granted by a colleague");
    }
}
