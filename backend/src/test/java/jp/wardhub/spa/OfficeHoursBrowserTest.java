package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OfficeHoursBrowserTest extends BrowserTest {

    @Test
    void officePageShowsTheWeeksHoursOpenNowAndItsProcedures() {
        open("/offices");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("中央区役所")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("中央区役所");

        Locator week = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("今日から7日間の開庁時間"));
        assertThat(week.locator("tbody tr")).hasCount(7);
        assertThat(week.locator("tbody tr").first()).containsText("今日");
        // Weekdays show hours; the weekend is closed, in words.
        assertThat(week).containsText("8:30〜17:15");
        assertThat(week).containsText("休み");
        assertThat(page.getByTestId("open-now")).hasText(Pattern.compile("(開庁中いま開いています|閉庁中いま閉まっています)"));

        Locator procedures = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("この施設でできる手続き"));
        Locator registry = procedures.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("住民票・戸籍の証明"));
        assertThat(
                registry.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("住民票の写し")).first())
                .containsText("◎取扱い");
        assertThat(procedures.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("記号の見かた")))
                .isVisible();
        assertAccessible("office page with hours and procedures");

        registry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("住民票の写し").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/counter\\?procedure=juminhyo-copy$"));
    }

    @Test
    void aClosedOfficeSaysWhyInItsWeek() {
        // 河内総合出張所 is closed for renovation 2027-01-18..22 in the demo data; its week is read from the API's days.
        open("/offices?q=" + "かわち");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("河内総合出張所")).click();
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("今日から7日間の開庁時間"))).isVisible();
        assertThat(page.getByTestId("open-now")).isVisible();
        assertAccessible("branch office page");
    }
}
