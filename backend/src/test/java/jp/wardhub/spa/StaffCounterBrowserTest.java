package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/** Staff keep the counter guide: procedures, hours and Q&A, each page checked with axe. */
@QuarkusTest
class StaffCounterBrowserTest extends BrowserTest {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void adminEditsAProcedure() {
        signIn("admin");
        followMenu("窓口", "手続きの管理");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("手続きの管理");
        assertAccessible("procedure list");

        page.getByLabel("キーワード").fill("いんかんとうろくしょうめい");
        button("検索").click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("印鑑登録証明書")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("手続きの編集: 印鑑登録証明書");
        Locator availability = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("取り扱う場所"));
        assertThat(availability.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("中央区役所 取扱い")))
                .isVisible();
        assertAccessible("procedure editor");

        page.getByLabel("処理期間（日本語）").fill("即日（ブラウザテストで変更）");
        button("保存する").click();
        assertThat(status("保存しました。")).isVisible();
        page.reload();
        assertThat(page.getByLabel("処理期間（日本語）")).hasValue("即日（ブラウザテストで変更）");
        open("/counter?procedure=inkan-shomei");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("即日（ブラウザテストで変更）");
    }

    @Test
    void adminAddsAClosureAndThePreviewShowsItClosed() {
        signIn("admin");
        open("/staff/offices");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("開庁時間の設定");
        assertAccessible("offices for hours");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("中央区役所")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("開庁時間の設定: 中央区役所");
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("登録されている期間")))
                .containsText("月〜金: 8:30〜17:15");
        assertAccessible("hours editor");

        Locator form = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("期間を追加する"));
        form.getByLabel("種類").selectOption("CLOSED");
        form.getByLabel("開始日").fill("2027-03-10");
        form.getByLabel("終了日").fill("2027-03-10");
        form.getByLabel("理由（日本語）").fill("臨時休業（ブラウザテスト）");
        form.getByLabel("理由（英語）").fill("Temporary closure (browser test)");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("期間を追加する")).click();
        assertThat(status("期間を追加しました。")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("登録されている期間")))
                .containsText("臨時休業（ブラウザテスト）");

        Locator preview = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("開庁カレンダーの確認"));
        preview.getByLabel("表示する最初の日").fill("2027-03-01");
        preview.getByLabel("表示する最後の日").fill("2027-03-31");
        preview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("表示する")).click();
        Locator march = preview.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("2027年3月"));
        Locator closedDay = march.getByRole(AriaRole.ROW,
                new Locator.GetByRoleOptions().setName(Pattern.compile("3月10日")));
        assertThat(closedDay).containsText("休み");
        assertThat(closedDay).containsText("臨時休業（ブラウザテスト）");
        assertThat(march.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("3月11日"))))
                .containsText("8:30〜17:15");
        assertAccessible("hours editor with preview");
    }

    @Test
    void draftSubmitAndApproveAQuestion() {
        signIn("admin");
        open("/staff/faq");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("Q&Aの管理");
        assertAccessible("Q&A management");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("新しいQ&Aを書く")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("Q&Aの下書き");
        assertAccessible("Q&A draft form");

        page.getByLabel("手続き").selectOption("juminhyo-copy");
        page.getByLabel("質問（日本語）").fill("住民票の写しは土曜日にも取れますか（ブラウザテスト）。");
        page.getByLabel("答え（日本語）").fill("コンビニ交付なら土曜日も取得できます（ブラウザテスト）。");
        page.getByLabel("質問（英語）").fill("Can I get a copy on Saturday (browser test)?");
        button("下書きを保存する").click();
        assertThat(status("下書きを保存しました。")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/staff/faq/\\d+$"));
        assertAccessible("Q&A entry, draft");

        button("確認に回す").click();
        assertThat(status("確認に回しました。")).isVisible();
        assertThat(button("差し戻す")).isVisible();
        button("承認して公開する").click();
        assertThat(status("承認して公開しました。")).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("公開");
        assertThat(button("承認して公開する")).hasCount(0);
        assertAccessible("Q&A entry, published");

        open("/counter/faq?q=" + "ブラウザテスト");
        assertThat(page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("検索結果")))
                .containsText("住民票の写しは土曜日にも取れますか（ブラウザテスト）。");
    }

    @Test
    void wardStaffSeeOnlyTheirPagesAndAreToldWhenNotAllowed() {
        signIn("chuo");
        Locator menu = menuGroup(page, "窓口");
        assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("開庁時間の設定"))).isVisible();
        assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Q&Aの管理"))).isVisible();
        assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("手続きの管理"))).hasCount(0);
        open("/staff/procedures");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("このページを表示する権限がありません");
        assertAccessible("forbidden page");

        // Kita's offices are not Chuo's to change: the API's refusal is shown readably.
        open("/staff/offices");
        assertThat(page.getByRole(AriaRole.TABLE)).not().containsText("北区役所");
        open("/offices?ward=431052&type=WARD_OFFICE");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("北区役所")).click();
        String kitaPath = page.url().replaceAll("^.*(/offices/\\d+)$", "$1");
        open("/staff" + kitaPath + "/hours");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("保存しようとしても拒否されます");
        Locator form = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("期間を追加する"));
        form.getByLabel("開始日").fill("2027-03-12");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("期間を追加する")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("この操作を行う権限がありません");
        assertAccessible("hours editor refused");
        assertThat(form.getByLabel("開始日")).hasValue("2027-03-12");
    }
}
