package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.platform.BusinessTime;

/** Prior consultation end to end: HQ opens it, a ward answers, HQ reports progress, the ward reads the report. */
@QuarkusTest
class ConsultationBrowserTest extends BrowserTest {

    private void signInAs(String username) {
        closePage();
        openPage();
        signIn(username);
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private Locator answerRow(String ward) {
        return page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("協議先の区ごとの回答"))
                .getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(ward));
    }

    @Test
    void hqConsultsTwoWardsChuoAnswersWithConditionsAndReadsTheProgressReport() {
        String title = "区役所前の歩道改修 " + UUID.randomUUID();
        String report = "第1期の工事を終えました " + UUID.randomUUID();

        signInAs("hq");
        followMenu("区民の声・提案", "事前協議");
        assertThat(heading()).hasText("事前協議");
        assertAccessible("consultations list");

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("事前協議を始める")).click();
        assertThat(heading()).hasText("事前協議を始める");
        page.getByLabel("件名").fill(title);
        page.getByLabel("事業の内容").fill("区役所前の歩道を段差のない舗装に改めます。工事中の通行について意見を伺います。");
        page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("中央区")).check();
        page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("北区")).check();
        page.getByLabel("回答期限").fill(BusinessTime.plusBusinessDays(BusinessTime.today(), 5).toString());
        assertAccessible("new consultation form");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("協議を始める")).click();

        assertThat(heading()).hasText(title);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("事前協議を始めました")))
                .isVisible();
        assertThat(page.getByText("（あと5開庁日）")).isVisible();
        assertThat(answerRow("中央区")).containsText("未回答");
        assertThat(answerRow("北区")).containsText("未回答");
        assertAccessible("consultation opened by HQ");
        String path = URI.create(page.url()).getPath();

        signInAs("chuo");
        open(path);
        assertThat(heading()).hasText(title);
        Locator answer = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("中央区としての回答"));
        answer.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("条件付きで同意")).check();
        answer.getByLabel("意見・条件・懸念").fill("工事中の迂回路を自治会へ事前に周知してください。");
        assertAccessible("consultation answer form");
        answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("回答する")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("回答を登録しました")))
                .isVisible();
        assertThat(answerRow("中央区")).containsText("条件付きで同意");
        assertThat(answerRow("北区")).containsText("未回答");
        // Reports are the consulting bureau's to post.
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("報告する"))).hasCount(0);
        assertAccessible("consultation answered by chuo");

        signInAs("hq");
        open(path);
        assertThat(answerRow("中央区")).containsText("工事中の迂回路を自治会へ事前に周知してください。");
        assertThat(page.getByRole(AriaRole.RADIO)).hasCount(0);
        page.getByLabel("報告の内容").fill(report);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("報告する")).click();
        Locator reports = page.getByRole(AriaRole.LIST, new GetByRoleOptions().setName("進捗報告の一覧（古い順）"));
        assertThat(reports).containsText(report);
        assertAccessible("consultation with a report");

        signInAs("chuo");
        open(path);
        assertThat(page.getByRole(AriaRole.LIST, new GetByRoleOptions().setName("進捗報告の一覧（古い順）"))).containsText(report);
        assertAccessible("report read by chuo");
    }
}
