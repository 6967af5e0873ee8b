package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FaqBrowserTest extends BrowserTest {

    private Locator results() {
        return page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("検索結果"));
    }

    @Test
    void anonymousResidentsSearchPublishedResidentQuestionsOnly() {
        open("/counter/faq");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("よくある質問（Q&A）");
        assertThat(results()).containsText("家族に住民票の写しを取ってきてもらうことはできますか。");
        assertThat(results()).not().containsText("【窓口マニュアル】");
        assertAccessible("Q&A search");

        page.getByLabel("キーワード").fill("ｺﾝﾋﾞﾆ");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("検索").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("q="));
        assertThat(results()).containsText("コンビニで取る住民票に、本籍やマイナンバーを載せられますか。");
        assertThat(results()).not().containsText("どんな印鑑でも登録できますか。");

        page.getByLabel("キーワード").fill("");
        page.getByLabel("手続き").selectOption("inkan-toroku");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("検索").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("procedure=inkan-toroku"));
        assertThat(results()).containsText("どんな印鑑でも登録できますか。");
        assertAccessible("Q&A filtered by procedure");

        // Staff-only manual entries and unpublished drafts are not found by residents.
        open("/counter/faq?q=" + "窓口マニュアル");
        assertThat(results()).containsText("該当する質問はありません");
        open("/counter/faq?q=" + "保育所");
        assertThat(results()).containsText("該当する質問はありません");
    }

    @Test
    void theFinderLeadsToTheProceduresQuestions() {
        open("/counter?procedure=juminhyo-copy&date=2027-01-06");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("「住民票の写し」のよくある質問を見る")).click();
        assertThat(page).hasURL(Pattern.compile("/counter/faq\\?procedure=juminhyo-copy$"));
        assertThat(results()).containsText("家族に住民票の写しを取ってきてもらうことはできますか。");
        assertThat(page.getByLabel("手続き")).hasValue("juminhyo-copy");
    }
}
