package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.platform.BusinessTime;

/**
 * The administrator's screens of the organization registry: an office registered and changed, a bureau registered
 * with a section and given another, a channel's hours given a closure (then taken off again), and a procedure's own
 * hours at a place looked at and changed the same way. Every screen is checked with axe.
 */
@QuarkusTest
class OrganizationAdminBrowserTest extends BrowserTest {

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator textbox(Locator in, String label) {
        return in.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + label)));
    }

    private Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdministratorRegistersAndChangesAnOffice() {
        String name = "ブラウザ試験公民館 " + tag();
        signIn("admin");
        followMenu("管理", "施設の管理");
        assertThat(heading()).hasText("施設の管理");
        assertAccessible("offices");

        link("施設を登録する").click();
        assertThat(heading()).hasText("施設を登録する");
        page.getByLabel(Pattern.compile("^施設の種類")).selectOption("COMMUNITY_HALL");
        page.getByLabel(Pattern.compile("^区")).selectOption("431010");
        Locator main = page.getByRole(AriaRole.MAIN);
        textbox(main, "名称").fill(name);
        textbox(main, "よみがな").fill("ぶらうざしけんこうみんかん");
        textbox(main, "英語名").fill("Browser Test Community Hall");
        textbox(main, "所在地").fill("熊本県熊本市中央区試験町1-1");
        assertAccessible("new office form");
        button("登録する").click();

        assertThat(status("施設を登録しました。")).isVisible();
        assertThat(heading()).hasText("施設の編集: " + name);
        textbox(main, "電話番号").fill("096-000-0001");
        button("変更を保存する").click();
        assertThat(status("変更を保存しました。")).isVisible();
        assertAccessible("office page");

        link("案内ページを見る").click();
        assertThat(heading()).hasText(name);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("096-000-0001");
    }

    @Test
    void anAdministratorRegistersABureauAndGivesItAnotherSection() {
        String code = "browser-" + tag();
        signIn("admin");
        followMenu("管理", "局と課");
        assertThat(heading()).hasText("局と課");
        assertAccessible("bureaus");

        link("局を登録する").click();
        Locator main = page.getByRole(AriaRole.MAIN);
        textbox(main, "コード").fill(code);
        textbox(main, "名称").fill("ブラウザ試験局");
        textbox(main, "英語名").fill("Browser Test Bureau");
        Locator first = page.getByRole(AriaRole.GROUP, new GetByRoleOptions().setName("課 1"));
        textbox(first, "課のコード").fill(code + "-a");
        textbox(first, "課の名称").fill("試験第一課");
        textbox(first, "課の英語名").fill("First Test Section");
        assertAccessible("new bureau form");
        button("登録する").click();

        assertThat(status("局を登録しました。")).isVisible();
        assertThat(heading()).hasText("局の編集: ブラウザ試験局");
        button("課を追加する").click();
        Locator second = page.getByRole(AriaRole.GROUP, new GetByRoleOptions().setName("課 2"));
        textbox(second, "課のコード").fill(code + "-b");
        textbox(second, "課の名称").fill("試験第二課");
        textbox(second, "課の英語名").fill("Second Test Section");
        button("課 2 を上へ").click();
        button("変更を保存する").click();
        assertThat(status("変更を保存しました。")).isVisible();
        assertThat(textbox(page.getByRole(AriaRole.GROUP, new GetByRoleOptions().setName("課 1")), "課のコード"))
                .hasValue(code + "-b");
        assertAccessible("bureau page");

        followMenu("管理", "局と課");
        assertThat(page.getByRole(AriaRole.ROW, new GetByRoleOptions().setName(Pattern.compile("ブラウザ試験局"))))
                .containsText("試験第二課・試験第一課");
    }

    @Test
    void anAdministratorSetsAChannelsHoursAndAProceduresOwnHoursAtAPlace() {
        LocalDate day = LocalDate.now(BusinessTime.ZONE).plusMonths(3);
        signIn("admin");
        followMenu("管理", "チャネルの利用時間");
        assertThat(heading()).hasText("チャネルの利用時間");
        assertAccessible("channels");
        link("「コンビニ交付」の利用時間を設定する").click();
        assertThat(heading()).hasText("利用時間の設定: コンビニ交付");
        addAndRemoveClosure(day, "ブラウザ試験のメンテナンス");
        assertAccessible("channel hours");

        // 戸籍全部事項証明書 keeps its own, weekday-only hours at convenience stores (city data).
        open("/staff/procedures/koseki-zenbu");
        Locator own = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("場所ごとの受付時間"));
        assertThat(own.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("コンビニ交付")))
                .containsText("独自の受付時間あり");
        assertAccessible("procedure with its hours per place");
        own.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("「コンビニ交付」の受付時間を設定する")).click();
        assertThat(heading()).hasText(Pattern.compile("^受付時間の設定: .+（コンビニ交付）$"));
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("登録されている期間")))
                .containsText("戸籍証明書のコンビニ交付は平日のみ");
        addAndRemoveClosure(day, "ブラウザ試験の受付停止");
        assertAccessible("procedure hours at a place");
    }

    /** Adds a one-day closure with its reason, finds it in the table, and deletes it after the confirmation. */
    private void addAndRemoveClosure(LocalDate day, String reason) {
        Locator form = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("期間を追加する"));
        form.getByLabel(Pattern.compile("^種類")).selectOption("CLOSED");
        form.getByLabel(Pattern.compile("^開始日")).fill(day.toString());
        form.getByLabel(Pattern.compile("^終了日")).fill(day.toString());
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("理由（日本語）")).fill(reason);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("期間を追加する")).click();
        assertThat(status("期間を追加しました。")).isVisible();
        Locator row = page.getByRole(AriaRole.ROW, new GetByRoleOptions().setName(Pattern.compile("^休業")))
                .filter(new Locator.FilterOptions().setHasText(reason));
        assertThat(row).hasCount(1);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^削除"))).click();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^削除する"))).click();
        assertThat(status("期間を削除しました。")).isVisible();
        assertThat(row).hasCount(0);
    }
}
