package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page.GetByLabelOptions;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OfficeDirectoryBrowserTest extends BrowserTest {

    @Test
    void filterByWardTypeAndText() {
        open("/offices");
        var results = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("検索結果"));
        assertThat(results).containsText("中央区役所");
        assertAccessible("office directory");

        page.getByLabel("区", new GetByLabelOptions().setExact(true)).selectOption("431052");
        page.getByLabel("施設の種類").selectOption("GENERAL_BRANCH_OFFICE");
        assertThat(results).containsText("清水総合出張所");
        assertThat(results).containsText("龍田総合出張所");
        assertThat(results).not().containsText("中央区役所");
        assertThat(page).hasURL(Pattern.compile("ward=431052"));

        page.getByLabel("キーワード").fill("ﾀﾂﾀﾞ");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("検索")).click();
        assertThat(results).containsText("龍田総合出張所");
        assertThat(results).not().containsText("清水総合出張所");
    }

    @Test
    void deepLinkShowsTheFilteredListAndTheOfficePage() {
        open("/offices?ward=431052&type=COMMUNITY_CENTER&q=" + "しみず");
        var results = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("検索結果"));
        assertThat(results).containsText("清水まちづくりセンター");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("清水まちづくりセンター")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("清水まちづくりセンター");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("096-343-9162");
        assertAccessible("office detail");
    }

    @Test
    void emptyResultAndUnknownOfficeAreExplained() {
        open("/offices?q=存在しない施設名");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("該当する施設はありません");
        assertAccessible("empty office search");
        open("/offices/987654");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("施設が見つかりません");
        assertAccessible("unknown office");
    }

    @Test
    void wardsLeadToTheirOffices() {
        open("/wards");
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("熊本市の区"))).containsText("南区");
        assertAccessible("wards");
        open("/wards/431044");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("南区役所");
        assertAccessible("one ward");
    }

    @Test
    void unknownSpaRouteIsANotFoundPage() {
        open("/no/such/page");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).isVisible();
        assertAccessible("not found page");
    }
}
