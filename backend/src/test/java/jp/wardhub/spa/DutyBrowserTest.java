package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/** The duties registry: search the way Japanese users type, register and edit a duty, and watch its history grow. */
@QuarkusTest
class DutyBrowserTest extends BrowserTest {

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private Locator results() {
        return page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("事務分担の一覧（事務、担当、理由、問合せ先の課）"));
    }

    private void search(String keyword) {
        page.getByRole(AriaRole.SEARCHBOX, new GetByRoleOptions().setName("キーワード")).fill(keyword);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("検索する")).click();
    }

    /** The same letters and digits in full width (ａ, ０), as an IME often leaves them. */
    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars()
                .forEach(c -> wide.append(Character.isLetterOrDigit(c) && c < 0x80 ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    @Test
    void wardStaffFindADutyWhateverWidthOrKanaTheyType() {
        signIn("chuo");
        followMenu("区民の声・提案", "事務分担");
        assertThat(heading()).hasText("事務分担");
        assertAccessible("duties search");

        for (String keyword : new String[] { "ﾏｲﾅﾝﾊﾞｰ", "まいなんばー", "マイナンバー" }) {
            search(keyword);
            assertThat(results().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("マイナンバーカードの交付")))
                    .isVisible();
        }
        assertThat(page).hasURL(Pattern.compile("/duties\\?q=%E3%83%9E"));

        results().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("マイナンバーカードの交付")).click();
        assertThat(heading()).hasText("マイナンバーカードの交付");
        assertThat(page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("問合せ先"))).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("変更履歴"))).isVisible();
        // Ward staff read the registry; the contact section keeps it.
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("この事務分担を編集する"))).hasCount(0);
        assertAccessible("duty detail");
    }

    @Test
    void theContactSectionRegistersAndEditsADutyAndItsHistoryGrows() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String title = "ブラウザ試験の事務" + tag;

        signIn("hq");
        open("/duties");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("事務分担を登録する")).click();
        assertThat(heading()).hasText("事務分担を登録する");
        page.getByLabel("事務の名前（日本語）").fill(title);
        page.getByLabel("事務の名前（英語）").fill("Browser test duty " + tag);
        page.getByLabel("内容").fill("ブラウザテストで登録する事務（試験）");
        page.getByLabel("担当").selectOption("SHARED");
        page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("近接性（住民に身近）")).check();
        page.getByLabel("区の役割").fill("窓口で受け付ける");
        assertAccessible("new duty form");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("登録する")).click();

        assertThat(heading()).hasText(title);
        Locator history = page.getByRole(AriaRole.LIST, new GetByRoleOptions().setName("変更履歴（新しい順）"));
        assertThat(history.getByRole(AriaRole.LISTITEM)).hasCount(1);
        assertThat(history).containsText("本庁 太郎（政策局 区政推進課） が登録しました");
        assertAccessible("duty registered");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("この事務分担を編集する")).click();
        page.getByLabel("区の役割").fill("窓口で受け付け、地域へ周知する");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("変更を保存する")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("事務分担を変更しました")))
                .isVisible();
        assertThat(history.getByRole(AriaRole.LISTITEM)).hasCount(2);
        Locator latest = history.getByRole(AriaRole.LISTITEM).first();
        assertThat(latest).containsText("本庁 太郎（政策局 区政推進課） が変更しました");
        assertThat(latest.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("区の役割")))
                .containsText("窓口で受け付け、地域へ周知する");
        assertAccessible("duty edited with its history");

        // Hiragana for the katakana and full-width letters and digits still find it.
        open("/duties");
        search("ぶらうざ試験の事務" + fullWidth(tag));
        assertThat(results().getByRole(AriaRole.ROW)).hasCount(2);
        assertThat(results().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))).isVisible();
        assertAccessible("duties search result");
    }
}
