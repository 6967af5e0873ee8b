package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Community support pages: finding a group and reading its contact, recording an application and taking it through
 * submission and review, and a colleague's grant (a grant above the rate limit refused under the amount), and the grant
 * figures.
 */
@QuarkusTest
class CommunitySupportBrowserTest extends BrowserTest {

    private static final String CHUO_PROGRAM = "中央区地域づくり活動補助金（サンプル）";
    private static final Pattern REMAINING = Pattern.compile("残額 ¥([\\d,]+)");

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading1() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Presses Tab until the target has focus. */
    private void tabTo(Locator target) {
        for (int i = 0; i < 40 && !Boolean.TRUE.equals(target.evaluate("e => e === document.activeElement")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    /** The programme's remaining budget in yen, as its meter reads it out. */
    private long remainingBudget() {
        Locator meter = page.getByRole(AriaRole.METER,
                new GetByRoleOptions().setName("「" + CHUO_PROGRAM + "」の予算の使用率"));
        assertThat(meter).isVisible();
        Matcher m = REMAINING.matcher(meter.getAttribute("aria-valuetext"));
        assertTrue(m.find(), meter.getAttribute("aria-valuetext"));
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    void wardStaffFindAGroupByKeyboardInHalfWidthKanaAndReadItsContact() {
        signIn("chuo");
        followMenu("まちづくり", "地域づくり支援");
        assertThat(heading1()).hasText("地域活動団体");
        assertAccessible("group search");

        // keyboard only: from the keyword field to the group's page
        Locator keyword = page.getByRole(AriaRole.SEARCHBOX, new GetByRoleOptions().setName("団体名・よみがな"));
        tabTo(keyword);
        page.keyboard().type("ｹｲﾄｸ");
        page.keyboard().press("Enter");
        Locator found = link("慶徳校区自治協議会");
        assertThat(found).isVisible();
        assertTrue(page.url().contains("q="), page.url());
        tabTo(found);
        page.keyboard().press("Enter");

        assertThat(heading1()).hasText("慶徳校区自治協議会");
        Locator officers = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("役員と任期"));
        assertThat(officers).containsText("見本 一郎");
        assertThat(officers).containsText("任期中");
        assertThat(officers).containsText("任期外");
        assertThat(page.getByText("keitoku-council@example.jp")).hasCount(0);
        assertAccessible("group page");

        Locator show = button("連絡先を表示する（閲覧を記録します）");
        tabTo(show);
        page.keyboard().press("Enter");
        assertThat(status("この閲覧は記録されました")).isVisible();
        assertThat(page.getByText("keitoku-council@example.jp")).isVisible();
        assertThat(page.getByText("096-000-0101")).isVisible();
        assertAccessible("group page with the contact");

        // a search in full-width katakana, from a link
        open("/community/groups?q=" + "セキダイ");
        assertThat(link("碩台校区自治協議会")).isVisible();
        assertThat(link("慶徳校区自治協議会")).hasCount(0);
    }

    @Test
    void wardStaffRegisterAGroupWithOfficersAndAreasAndEditIt() {
        String name = "ブラウザテスト自治会 " + UUID.randomUUID();
        signIn("chuo");
        open("/community/groups/new");
        assertThat(heading1()).hasText("団体を登録する");
        page.getByLabel("団体の種類").selectOption("NEIGHBOURHOOD_ASSOCIATION");
        page.getByLabel(Pattern.compile("^団体名")).fill(name);
        page.getByLabel("よみがな").fill("ぶらうざてすとじちかい");
        page.getByLabel("活動地域 1").fill("新町3丁目");
        Locator addArea = button("活動地域を追加する");
        tabTo(addArea);
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("活動地域 2")).isFocused();
        page.keyboard().type("新町4丁目");
        page.getByLabel(Pattern.compile("^氏名")).fill("試験 太郎");
        page.getByLabel("任期の始まり").fill("2026-04-01");
        button("役員を追加する").click();
        assertThat(page.getByRole(AriaRole.GROUP, new GetByRoleOptions().setName("役員 2"))).isVisible();
        button("役員 2 を削除する").click();
        assertThat(button("役員を追加する")).isFocused();
        page.getByLabel("代表者の氏名").fill("試験 太郎");
        page.getByLabel("電話番号").fill("096-000-9999");
        assertAccessible("group form");
        button("登録する").click();

        assertThat(heading1()).hasText(name);
        assertThat(status("登録しました。")).isVisible();
        assertThat(page.getByText("新町4丁目")).isVisible();
        link("団体の情報を編集する").click();
        assertThat(heading1()).hasText("「" + name + "」を編集する");
        assertAccessible("group edit form");
        page.getByLabel("校区").fill("慶徳校区");
        button("変更を保存する").click();
        assertThat(status("保存しました。")).isVisible();
        assertThat(page.getByText("慶徳校区")).isVisible();
    }

    @Test
    void wardStaffRecordAnApplicationAndGrantItWithinTheLimits() {
        String title = "ブラウザテスト申請 " + UUID.randomUUID();
        signIn("chuo");
        open("/community/programs?ward=431010&fiscalYear=2026");
        assertThat(heading1()).hasText("支援制度と申請");
        assertAccessible("programmes");
        link(CHUO_PROGRAM).click();
        assertThat(heading1()).hasText(CHUO_PROGRAM);
        long before = remainingBudget();
        assertAccessible("programme page");

        link("団体の申請を記録する").click();
        assertThat(heading1()).hasText("「" + CHUO_PROGRAM + "」への申請を記録する");
        page.getByLabel(Pattern.compile("^団体\\s?必須$")).selectOption(new SelectOption().setLabel("慶徳校区自治協議会"));
        page.getByLabel("申請の件名").fill(title);
        page.getByLabel("予定する活動").fill("校区の住民が交流する催しを開く。");
        page.getByLabel("活動の始まり").fill("2027-02-01");
        page.getByLabel("活動の終わり").fill("2027-02-28");
        page.getByLabel("補助対象経費").fill("100,000");
        page.getByLabel("申請額").fill("80000");
        assertThat(page.getByText("交付できるのは最大 ¥50,000 です")).isVisible();
        assertAccessible("application form");
        // submitted from the keyboard
        page.getByLabel("申請額").press("Enter");

        assertThat(heading1()).hasText(title);
        assertThat(page.getByText("下書き").first()).isVisible();
        assertAccessible("draft application");
        button("提出する").click();
        assertThat(status("申請を提出しました。")).isVisible();
        button("審査を始める").click();
        assertThat(status("審査を始めました。")).isVisible();

        // 四つの目の原則: who reviewed it does not decide the grant; a colleague of the ward does
        String application = page.url().replaceAll("^https?://[^/]+", "");
        button("サインアウト").click();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("サインイン"))).isVisible();
        signIn("chuo-kessai");
        open(application);
        assertThat(heading1()).hasText(title);

        Locator limits = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("交付決定額の限度"));
        assertThat(limits).containsText("¥80,000");
        assertThat(limits).containsText("¥300,000");
        assertThat(limits).containsText("¥50,000");
        assertAccessible("application under review");

        Locator amount = page.getByLabel("交付決定額");
        amount.fill("60000");
        button("交付を決定する").click();
        Locator fieldError = page.locator("#grant-amount-error");
        assertThat(fieldError).containsText("補助率 1/2");
        assertThat(fieldError).containsText("50,000");
        assertThat(amount).hasAttribute("aria-invalid", "true");
        assertAccessible("grant refused above the rate");

        amount.fill("40,000");
        button("交付を決定する").click();
        assertThat(status("交付を決定しました。")).isVisible();
        assertThat(page.getByText("交付決定").first()).isVisible();
        assertThat(button("実績報告を記録する")).isVisible();
        assertAccessible("granted application");

        link(CHUO_PROGRAM).click();
        assertThat(heading1()).hasText(CHUO_PROGRAM);
        assertEquals(before - 40_000, remainingBudget());
        assertThat(link(title)).isVisible();
    }

    @Test
    void theGrantFiguresDrawAChartWithATableAndDownloadTheCsv() throws IOException {
        signIn("chuo");
        open("/community/grants");
        assertThat(heading1()).hasText("補助金の交付状況");
        Pattern summary = Pattern.compile("^交付決定額の棒グラフ（制度別）: .*" + CHUO_PROGRAM + " ¥");
        Locator chart = page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(summary));
        assertThat(chart).isVisible();
        Locator table = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("交付状況の表（制度別）"));
        assertThat(table.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName(CHUO_PROGRAM)))
                .isVisible();
        assertAccessible("grant figures");

        page.getByLabel("集計の単位").selectOption("ward");
        assertTrue(page.url().contains("groupBy=ward"), page.url());
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("交付状況の表（区別）"))
                .getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("中央区"))).isVisible();

        Download download = page.waitForDownload(() -> button("CSVをダウンロード").click());
        assertTrue(download.suggestedFilename().matches("grants_all_\\d{4}-\\d{2}-\\d{2}\\.csv"),
                download.suggestedFilename());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("申請ID"), csv.substring(0, Math.min(200, csv.length())));
        assertTrue(csv.contains(CHUO_PROGRAM), "the CSV lists the applications");
        assertThat(status("CSVをダウンロードしました。")).isVisible();
        assertAccessible("grant figures after download");
    }
}
