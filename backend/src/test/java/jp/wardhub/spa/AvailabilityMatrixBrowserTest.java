package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByLabelOptions;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AvailabilityMatrixBrowserTest extends BrowserTest {

    @Test
    void filterByWardAndCategoryAndReadTheSymbols() {
        open("/counter/matrix");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("取扱い一覧表");
        Locator all = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("手続きごとの取扱い（すべての区・すべての分類）"));
        assertThat(all).containsText("中央区役所");
        assertThat(all).containsText("北区役所");
        assertAccessible("availability matrix");

        page.getByLabel("区", new GetByLabelOptions().setExact(true)).selectOption("431052");
        page.getByLabel("分類", new GetByLabelOptions().setExact(true)).selectOption("registry");
        assertThat(page).hasURL(Pattern.compile("/counter/matrix\\?ward=431052&category=registry$"));
        Locator table = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("手続きごとの取扱い（北区・住民票・戸籍の証明）"));
        assertThat(table).containsText("北区役所");
        assertThat(table).containsText("コンビニ交付");
        assertThat(table).not().containsText("中央区役所");
        assertThat(table).not().containsText("印鑑登録証明書");

        Locator row = table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.ROWHEADER, new GetByRoleOptions().setName("住民票の写し").setExact(true))));
        assertThat(row.getByRole(AriaRole.ROWHEADER)).hasAttribute("scope", "row");
        assertThat(row.locator("td[data-level=FULL]").first()).containsText("◎");
        assertThat(row.locator("td[data-level=FULL] .sr-only").first()).hasText("取扱い");
        assertThat(table.locator("thead th").first()).hasAttribute("scope", "col");
        assertThat(table.locator("td .matrix-condition").first()).containsText("※");
        Locator legend = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("記号の見かた"));
        assertThat(legend).containsText("受付のみ");
        assertThat(legend).containsText("証明書交付のみ");
        assertThat(legend).containsText("条件あり");
        assertAccessible("availability matrix filtered");

        // The header row and the first column stay in view while the table scrolls.
        assertThat(table.locator("thead th").nth(1)).hasCSS("position", "sticky");
        assertThat(row.getByRole(AriaRole.ROWHEADER)).hasCSS("position", "sticky");
    }

    @Test
    void deepLinkAndProcedureLink() {
        open("/counter/matrix?ward=431010&category=seal");
        Locator table = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("手続きごとの取扱い（中央区・印鑑登録）"));
        assertThat(table).containsText("印鑑登録証明書");
        assertThat(page.getByLabel("分類", new GetByLabelOptions().setExact(true))).hasValue("seal");
        table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("印鑑登録証明書")).click();
        assertThat(page).hasURL(Pattern.compile("/counter\\?procedure=inkan-shomei$"));
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(2).setName("印鑑登録証明書"))).isVisible();
    }
}
