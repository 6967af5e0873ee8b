package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByLabelOptions;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.Accounts;

/** Residents' voice in the SPA: intake by keyboard, triage list to workflow, personal data on demand, analysis. */
@QuarkusTest
class VoiceBrowserTest extends BrowserTest {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    private Locator heading1() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    /** Presses Tab until the target has the focus: the locator only checks where the keyboard got to. */
    private void tabTo(Locator target) {
        moveFocusTo(target, "Tab");
    }

    private void shiftTabTo(Locator target) {
        moveFocusTo(target, "Shift+Tab");
    }

    private void moveFocusTo(Locator target, String key) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                return;
            }
            page.keyboard().press(key);
        }
        fail(key + " never reached " + target);
    }

    /** A voice of the given ward with personal data, taken in through the API by the administrator. */
    private long createVoice(String ward, String text) {
        String body = """
                {"channel":"PHONE","type":"REQUEST","categories":["roads"],"wardCode":"%s","text":"%s",
                 "personalData":{"name":"見本 ブラウザ","phone":"096-000-1234","consentToContact":true}}"""
                .formatted(ward, text);
        return ((Number) as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/voices").then()
                .statusCode(201)
                .extract().path("id")).longValue();
    }

    private void step(long id, String action, String body) {
        String etag = as("admin").get("/api/v1/voices/" + id).then().statusCode(200).extract().header("ETag");
        as("admin").contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .post("/api/v1/voices/" + id + "/" + action)
                .then().statusCode(200);
    }

    @Test
    void wardStaffTakeInAVoiceWithTheKeyboardOnly() {
        signIn("chuo");
        open("/voices/new");
        assertThat(heading1()).hasText("区民の声の受付");
        assertAccessible("voice intake");
        String text = "ブラウザテスト 通学路の街灯が切れています " + UUID.randomUUID();

        Locator type = page.getByLabel("種別");
        tabTo(type);
        page.keyboard().press("ArrowDown"); // 苦情
        assertThat(type).hasValue("COMPLAINT");
        page.keyboard().press("Tab");
        Locator channel = page.getByLabel("受付方法");
        assertThat(channel).isFocused();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown"); // 電話
        assertThat(channel).hasValue("PHONE");
        Locator roads = page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("道路"));
        tabTo(roads);
        page.keyboard().press("Space");
        Locator safety = page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("防犯・防災"));
        tabTo(safety);
        page.keyboard().press("Space");
        assertThat(roads).isChecked();
        assertThat(safety).isChecked();
        assertThat(page.getByLabel("区", new GetByLabelOptions().setExact(true))).hasValue(Accounts.CHUO);
        tabTo(page.getByLabel("校区"));
        page.keyboard().type("慶徳校区");
        tabTo(page.getByLabel("内容"));
        page.keyboard().type(text);
        tabTo(page.getByLabel("氏名"));
        page.keyboard().type("見本 キーボード");
        tabTo(page.getByLabel("市から連絡してよい"));
        page.keyboard().press("Space");
        tabTo(button("受け付ける"));
        page.keyboard().press("Enter");

        Locator done = status("受け付けました。受付番号は V-");
        assertThat(done).isVisible();
        String reference = done.innerText().replaceAll("(?s).*(V-\\d{4}-\\d{6}).*", "$1");
        assertTrue(reference.matches("V-\\d{4}-\\d{6}"), reference);
        assertThat(page.getByLabel("内容")).hasValue("");
        assertAccessible("voice intake, taken in");

        Locator open = page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("受け付けた声（" + reference + "）を開く"));
        shiftTabTo(open);
        page.keyboard().press("Enter");
        assertThat(heading1()).hasText("区民の声 " + reference);
        Locator main = page.getByRole(AriaRole.MAIN);
        assertThat(main).containsText(text);
        assertThat(main).containsText("苦情");
        assertThat(main).containsText("電話");
        assertThat(main).containsText("道路、防犯・防災");
        assertThat(main).containsText("慶徳校区");
        assertAccessible("voice detail after intake");
    }

    @Test
    void theCoordinatorFindsAVoiceTriagesAndAssignsIt() {
        String marker = "ブラウザテスト振り分け" + UUID.randomUUID().toString().substring(0, 8);
        createVoice(Accounts.CHUO, "公園の遊具が壊れています " + marker);
        signIn("hq");
        followMenu("区民の声・提案", "区民の声");
        assertThat(heading1()).hasText("区民の声");
        assertAccessible("voice list");

        Locator filters = page.getByRole(AriaRole.SEARCH, new GetByRoleOptions().setName("絞り込み"));
        filters.getByLabel("状態").selectOption("RECEIVED");
        filters.getByLabel("区", new Locator.GetByLabelOptions().setExact(true)).selectOption(Accounts.CHUO);
        filters.getByLabel("キーワード").fill(marker);
        filters.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("検索")).click();
        assertThat(page).hasURL(Pattern.compile("status=RECEIVED.*ward=431010.*q="));
        Locator table = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("検索結果"));
        Locator rows = table.locator("tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("受付");
        assertThat(rows.first()).containsText("中央区");
        assertAccessible("voice list, filtered");
        page.reload();
        assertThat(rows).hasCount(1);
        assertThat(filters.getByLabel("キーワード")).hasValue(marker);

        rows.first().getByRole(AriaRole.LINK).click();
        assertThat(heading1()).hasText(Pattern.compile("^区民の声 V-\\d{4}-\\d{6}$"));
        Locator history = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("対応履歴")).locator("tbody tr");
        assertThat(history).hasCount(1);
        assertAccessible("voice detail, received");

        Locator triage = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("振り分ける"));
        triage.getByLabel("メモ（履歴に残ります）").fill("ブラウザテストで振り分け");
        triage.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("振り分ける")).click();
        assertThat(status("振り分けました。")).isVisible();
        assertThat(history).hasCount(2);
        assertThat(history.nth(1)).containsText("受付 → 振り分け済み");
        assertThat(history.nth(1)).containsText("ブラウザテストで振り分け");

        Locator assign = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("担当を決める"));
        Locator assignee = assign.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("担当"));
        assignee.click();
        page.keyboard().type("中央区");
        assertThat(page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("中央区（全体）"))).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(assignee).hasValue("中央区（全体）");
        assign.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("担当を決める")).click();
        assertThat(status("担当を決めました。")).isVisible();
        assertThat(history).hasCount(3);
        assertThat(history.nth(2)).containsText("担当: 中央区");
        assertThat(page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("移ちょうする"))).isVisible();
        assertAccessible("voice detail, assigned");
    }

    @Test
    void personalDataIsShownToTheHandlerOnlyAndOnlyOnRequest() {
        String marker = "ブラウザテスト個人情報" + UUID.randomUUID().toString().substring(0, 8);
        long id = createVoice(Accounts.CHUO, "ごみ集積所の件 " + marker);
        step(id, "triage", "{}");
        step(id, "assign", "{\"wardCode\":\"" + Accounts.KITA + "\"}");

        signIn("kita");
        open("/voices/" + id);
        Locator panel = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("申出人の個人情報"));
        assertThat(panel).containsText("誰がいつ閲覧したかが記録されます");
        assertThat(panel).not().containsText("見本 ブラウザ");
        assertAccessible("voice detail, personal data hidden");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("個人情報を表示")).click();
        assertThat(status("この閲覧は記録されています。")).isVisible();
        assertThat(panel).containsText("見本 ブラウザ");
        assertThat(panel).containsText("096-000-1234");
        assertAccessible("voice detail, personal data shown");
        int reads = as("admin").get("/api/v1/audit?entity=voice&id=" + id + "&size=100").then().statusCode(200)
                .extract().<java.util.List<String>>path("items.findAll { it.action == 'read-personal-data' }.actor")
                .size();
        assertEquals(1, reads);

        // Chūō staff still see their ward's voice, but it is Kita's to handle now: the data is not offered.
        button("サインアウト").click();
        signIn("chuo");
        open("/voices/" + id);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(marker);
        panel = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("申出人の個人情報"));
        assertThat(panel).containsText("見られるのはこの声を担当する職員だけです");
        assertThat(panel.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertAccessible("voice detail, personal data not offered");
    }

    @Test
    void theAnalysisDrawsChartsWithTablesAndDownloadsTheCsv() throws IOException {
        signIn("hq");
        open("/voices/analysis");
        assertThat(heading1()).hasText("区民の声の分析");
        assertThat(status("に受け付けた声:")).isVisible();
        Locator charts = page.getByRole(AriaRole.IMG);
        assertThat(charts).hasCount(4);
        assertThat(page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(Pattern.compile("^分類別・月別の件数"))))
                .isVisible();
        assertThat(page.getByRole(AriaRole.IMG,
                new GetByRoleOptions().setName(Pattern.compile("^区別の件数の横棒グラフ。.*中央区 \\d+件")))).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(Pattern.compile("^受付方法ごとの件数と割合"))))
                .isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(Pattern.compile("^区別の期限超過の件数"))))
                .isVisible();

        Locator summaries = page.locator("details > summary");
        for (int i = 0; i < summaries.count(); i++) {
            summaries.nth(i).click();
        }
        Locator wardTable = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("区別の件数"));
        assertThat(wardTable).isVisible();
        for (String ward : java.util.List.of("中央区", "東区", "西区", "南区", "北区")) {
            assertThat(wardTable.getByRole(AriaRole.ROWHEADER,
                    new Locator.GetByRoleOptions().setName(ward).setExact(true))).isVisible();
        }
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("分類別・月別の件数")).locator("tbody tr"))
                .hasCount(14);
        assertAccessible("voice analysis with tables open");

        page.getByLabel("受付日（から）").fill("2020-01-01");
        button("表示する").click();
        assertThat(page).hasURL(Pattern.compile("from=2020-01-01"));
        assertThat(status("2020年1月1日")).isVisible();

        Download download = page.waitForDownload(() -> button("CSVをダウンロード").click());
        assertTrue(download.suggestedFilename().matches("voices_2020-01-01_\\d{4}-\\d{2}-\\d{2}\\.csv"),
                download.suggestedFilename());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("受付番号"), csv.substring(0, Math.min(200, csv.length())));
        assertTrue(csv.contains("V-"), "the CSV lists voices");
        assertThat(status("CSVをダウンロードしました。")).isVisible();
        assertAccessible("voice analysis after download");
    }
}
