package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByLabelOptions;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Community projects and dialogue meetings end to end: the ward (chuo) starts a project with its liaison officer
 * assigned and moves it on; the liaison officer (chuo-liaison) finds it under "my areas", logs an activity and ticks a
 * milestone with the keyboard only; residents see public projects without signing in, never internal ones; the ward
 * records a dialogue meeting and takes an opinion in as a voice; the statistics show as a table and a chart. Every page
 * is checked with axe.
 */
@QuarkusTest
class CommunityProjectsBrowserTest extends BrowserTest {

    private void signOut() {
        button("サインアウト").click();
        assertThat(link("サインイン")).isVisible();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator menuLink(String name) {
        return menuGroup(page, "まちづくり").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading1() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    /** The field whose label starts with {@code text} (a label may end with a "required" mark; checkboxes of group names contain words like 校区). */
    private Locator label(String text) {
        return page.getByLabel(Pattern.compile("^" + text)); // plain words only: the pattern runs as a JavaScript RegExp
    }

    /** Presses Tab until the target has focus (a date field takes several presses, one per part of the date). */
    /**
     * Presses Tab until the target has focus. The liaison's home lists every area they look after with its links
     * above their projects, and the suite assigns chuo-liaison to many areas before this runs: hundreds of stops.
     */
    private void tabTo(Locator target) {
        for (int i = 0; i < 1000 && !Boolean.TRUE.equals(target.evaluate("e => e === document.activeElement")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    private static String unique(String title) {
        return title + "（ブラウザテスト " + UUID.randomUUID().toString().substring(0, 8) + "）";
    }

    @Test
    void wardStartsAProjectAndItsLiaisonOfficerKeepsItWithTheKeyboard() {
        String title = unique("坪井川沿いの花壇づくり");
        String milestone = "花壇の植え替え " + UUID.randomUUID().toString().substring(0, 8);
        String activity = "花壇の除草と植え替えの下準備（ブラウザテスト）";

        signIn("chuo");
        menuLink("まちづくり事業").click();
        assertThat(heading1()).hasText("まちづくり事業");
        assertAccessible("project board");
        link("事業を登録する").click();
        assertThat(heading1()).hasText("まちづくり事業を登録する");
        label("事業名").fill(title);
        label("校区").fill("五福校区");
        label("概要").fill("自治会と子ども会が、川沿いの花壇を年間を通して手入れする（ブラウザテスト）。");
        page.getByRole(AriaRole.RADIO, new GetByRoleOptions().setName("庁内限り")).check();
        label("拠点施設").selectOption(new SelectOption().setLabel("五福まちづくりセンター"));
        page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("地域 健太")).check();
        assertAccessible("project form");
        button("登録する").click();

        assertThat(heading1()).hasText(title);
        assertThat(status("事業を登録しました（構想）。")).isVisible();
        label("節目の名前").fill(milestone);
        label("期日").fill("2027-03-20");
        button("節目を加える").click();
        assertThat(status("節目を加えました。")).isVisible();
        button("計画に進める").click();
        assertThat(status("事業の状態を「計画中」にしました。")).isVisible();
        button("実施を始める").click();
        assertThat(status("事業の状態を「実施中」にしました。")).isVisible();
        assertThat(page.getByText("地域 健太")).isVisible();
        assertAccessible("project page");
        signOut();

        // The liaison officer works from "my areas" with the keyboard only.
        signIn("chuo-liaison");
        menuLink("担当地域").click();
        assertThat(heading1()).hasText("担当地域");
        Locator card = page.getByRole(AriaRole.ARTICLE, new GetByRoleOptions().setName(title));
        assertThat(card).containsText(milestone);
        assertThat(card).containsText("実施中");
        assertAccessible("my areas");

        tabTo(button("「" + title + "」の活動を記録する"));
        page.keyboard().press("Enter");
        Locator description = card.getByLabel("活動の内容");
        tabTo(description);
        page.keyboard().type(activity);
        page.keyboard().press("Tab");
        assertThat(card.getByLabel("参加者数")).isFocused();
        page.keyboard().type("12");
        assertAccessible("my areas with the activity form");
        tabTo(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("活動を記録する").setExact(true)));
        page.keyboard().press("Enter");
        assertThat(status("「" + title + "」の活動を記録しました。")).isVisible();
        assertThat(card).not().containsText("まだ記録がありません");

        // Focus is back on the button that opened the form; the project's link is just before it.
        assertThat(button("「" + title + "」の活動を記録する")).isFocused();
        page.keyboard().press("Shift+Tab");
        assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))).isFocused();
        page.keyboard().press("Enter");
        assertThat(heading1()).hasText(title);
        tabTo(button("「" + milestone + "」を完了にする"));
        page.keyboard().press("Enter");
        assertThat(status("節目を完了にしました。")).isVisible();
        Locator timeline = page.getByRole(AriaRole.LIST, new GetByRoleOptions().setName("活動記録と節目（日付順）"));
        assertThat(timeline).containsText(activity);
        assertThat(timeline).containsText(milestone);
        assertThat(page.getByText("参加者の延べ人数: 12人")).isVisible();
        assertAccessible("project page of the liaison officer");
    }

    @Test
    void residentsSeePublicProjectsWithoutSigningInButNotInternalOnes() {
        String shown = unique("公開の取り組み");
        String hidden = unique("庁内限りの取り組み");
        long publicId = createChuoProject(shown, "PUBLIC");
        long internalId = createChuoProject(hidden, "INTERNAL");

        open("/");
        menuLink("地域の取り組み").click();
        assertThat(heading1()).hasText("地域の取り組み");
        page.getByLabel("区", new GetByLabelOptions().setExact(true)).selectOption("431010");
        assertThat(link(shown)).isVisible();
        assertThat(link(hidden)).hasCount(0);
        assertAccessible("public projects");

        link(shown).click();
        assertThat(heading1()).hasText(shown);
        assertThat(page.getByText("地域 健太")).hasCount(0);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("五福校区");
        assertAccessible("public project page");
        assertTrue(page.url().endsWith("/projects/" + publicId));

        open("/projects/" + internalId);
        assertThat(heading1()).hasText("事業が見つかりません");
        assertAccessible("internal project for residents");
    }

    @Test
    void wardRecordsADialogueMeetingAndTakesAnOpinionInAsAVoice() {
        String title = unique("五福校区 区長と語る会");
        signIn("chuo");
        open("/community/meetings");
        assertThat(heading1()).hasText("対話集会");
        assertAccessible("dialogue meetings");
        link("対話集会を記録する").click();
        assertThat(heading1()).hasText("対話集会を記録する");
        label("集会名").fill(title);
        label("会場").fill("五福まちづくりセンター 会議室");
        label("参加者数").fill("38");
        label("議事録").fill("防犯灯について意見が出た。");
        assertAccessible("dialogue meeting form");
        button("記録する").click();

        assertThat(heading1()).hasText(title);
        assertThat(status("対話集会を記録しました。")).isVisible();
        button("議事録を編集する").click();
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("議事録")).fill("防犯灯と公民館の利用時間について意見が出た。");
        button("議事録を保存する").click();
        assertThat(status("議事録を保存しました。")).isVisible();
        assertThat(page.getByText("防犯灯と公民館の利用時間について意見が出た。")).isVisible();

        label("種別").selectOption("REQUEST");
        page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("防犯・防災")).check();
        label("校区").fill("五福校区");
        label("意見の内容").fill("通学路の防犯灯を増やしてほしい（ブラウザテスト）。");
        assertAccessible("dialogue meeting page");
        button("区民の声として登録する").click();
        assertThat(status("区民の声として受け付けました")).isVisible();

        Locator opinions = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("集会で出た意見"));
        Locator reference = opinions.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^V-\\d{4}-\\d+$")));
        assertThat(reference).hasCount(1);
        String number = reference.textContent();
        assertThat(status(number)).isVisible();
        reference.click();
        assertThat(heading1()).hasText("区民の声 " + number);
    }

    @Test
    void statisticsShowAsATableAndAChartAndTheBoardDownloadsItsCsv() {
        signIn("chuo");
        open("/community/projects/stats");
        assertThat(heading1()).hasText("まちづくり事業の集計");
        Locator table = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("区 × 状態の事業数"));
        assertThat(table.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("中央区"))).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(Pattern.compile("^区ごとの事業数の横棒グラフ"))))
                .isVisible();
        page.getByText("「区ごとの事業数」の数値を表で見る").click();
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("区ごとの事業数"))).isVisible();
        assertAccessible("project statistics");

        open("/community/projects");
        assertThat(heading1()).hasText("まちづくり事業");
        Download download = page.waitForDownload(() -> button("CSVをダウンロード").click());
        assertTrue(download.suggestedFilename().startsWith("community-projects_431010_"), download.suggestedFilename());
        assertThat(status("CSVをダウンロードしました。")).isVisible();
    }

    private static long createChuoProject(String title, String visibility) {
        String body = """
                {"wardCode":"431010","schoolDistrict":"五福校区","title":"%s","summary":"ブラウザテスト用の事業です。",
                 "visibility":"%s","liaisons":["chuo-liaison"]}""".formatted(title, visibility);
        return ((Number) as("chuo").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/v1/community/projects").then().statusCode(201).extract().path("id")).longValue();
    }
}
