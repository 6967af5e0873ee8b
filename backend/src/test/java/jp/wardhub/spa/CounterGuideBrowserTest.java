package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByLabelOptions;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/** The counter guide's finder: residents type as they would, pick a procedure and see where and when. */
@QuarkusTest
class CounterGuideBrowserTest extends BrowserTest {

    private Locator searchBox() {
        return page.getByRole(AriaRole.COMBOBOX, new GetByRoleOptions().setName("手続きを探す"));
    }

    private Locator dateField() {
        return page.getByLabel("窓口に行く日");
    }

    /** Presses Tab until the target has focus (a date field takes several presses, one per part of the date). */
    private void tabTo(Locator target) {
        for (int i = 0; i < 40 && !Boolean.TRUE.equals(target.evaluate("e => e === document.activeElement")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    private Locator main() {
        return page.getByRole(AriaRole.MAIN);
    }

    @Test
    void typeInHiraganaPickAProcedureAndSeePlacesHoursAndTheNextOpenDate() {
        open("/counter");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("窓口案内");
        assertThat(page).hasTitle("窓口案内 | 区政ハブ");
        assertAccessible("counter guide home");

        searchBox().fill("じゅうみんひょう");
        Locator option = page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("住民票の写し").setExact(true));
        assertThat(option).isVisible();
        assertThat(page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("住民票記載事項証明書").setExact(true)))
                .isVisible();
        // No axe check while the list is open: react-aria hides the rest of the page from screen readers then
        // (aria-hidden), which axe reports although focus cannot leave the combo box without closing the list.
        option.click();
        assertThat(page).hasURL(Pattern.compile("procedure=juminhyo-copy"));
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(2).setName("住民票の写し"))).isVisible();

        // A Wednesday: the ward offices are open 8:30-17:15; the convenience stores too.
        dateField().fill("2027-01-06");
        page.getByLabel("お住まいの区").selectOption("431010");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("探す").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("procedure=juminhyo-copy&date=2027-01-06&ward=431010"));
        Locator mine = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("お住まいの区（中央区）の窓口"));
        Locator chuo = mine.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("中央区役所")));
        assertThat(chuo).containsText("◎");
        assertThat(chuo).containsText("取扱い");
        assertThat(chuo).containsText("8:30〜17:15");
        assertThat(chuo.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("中央区役所"))).hasAttribute("href",
                Pattern.compile("^/offices/\\d+$"));
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("コンビニ交付・オンライン・郵送など")))
                .containsText("コンビニ交付");
        assertThat(main()).containsText("持ち物");
        assertThat(main()).containsText("300円");
        assertAccessible("finder answer");

        // New Year's Day: everything is closed, and the guide says why and when next.
        dateField().fill("2027-01-01");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("探す").setExact(true)).click();
        Locator nothingOpen = page.getByTestId("finder-nothing-open");
        assertThat(nothingOpen).containsText("すべて閉まっています");
        assertThat(nothingOpen).containsText("次に手続きできるのは 2027-01-04 です");
        assertAccessible("finder with nothing open");
        nothingOpen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^次に手続きできる日")))
                .click();
        assertThat(page).hasURL(Pattern.compile("date=2027-01-04"));
        assertThat(dateField()).hasValue("2027-01-04");
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("お住まいの区（中央区）の窓口")))
                .containsText("中央区役所");
    }

    @Test
    void theWordsTypedAreSearchedBeforeTheSuggestionsArrive() {
        // the suggestions' script never arrives, as on a line that drops it: the box stays a plain text field
        page.route(Pattern.compile(".*/assets/ProcedureComboBox-[^/]*\\.js$"), Route::abort);
        open("/counter");
        Locator plain = page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("手続きを探す"));
        assertThat(plain).isVisible();
        assertAccessible("counter guide before the suggestions");

        plain.fill("じゅうみんひょう");
        plain.press("Enter");
        assertThat(page).hasURL(Pattern.compile("[?&]q=%E3%81%98%E3%82%85%E3%81%86"));
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(2).setName("住民票の写し")))
                .isVisible();
        assertThat(searchBox()).not().isAttached();
    }

    @Test
    void katakanaHalfWidthAndKanjiFindTheSameProcedure() {
        for (String typed : new String[] { "ｼﾞｭｳﾐﾝﾋｮｳ", "住民票" }) {
            open("/counter");
            searchBox().fill(typed);
            assertThat(page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("住民票の写し").setExact(true)))
                    .isVisible();
        }
    }

    @Test
    void keyboardOnlyFinder() {
        // The date comes from the link (as from a bookmark); everything else is done with the keyboard.
        open("/counter?date=2027-01-06");
        assertThat(dateField()).hasValue("2027-01-06");
        searchBox().focus();
        page.keyboard().type("じゅうみんひょうのうつし");
        assertThat(page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("住民票の写し").setExact(true)))
                .isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("procedure=juminhyo-copy"));
        assertThat(searchBox()).hasValue("住民票の写し");

        page.keyboard().press("Tab");
        assertThat(dateField()).isFocused();
        tabTo(page.getByLabel("お住まいの区"));
        page.keyboard().press("ArrowDown");
        assertThat(page.getByLabel("お住まいの区")).hasValue("431010");
        tabTo(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("探す").setExact(true)));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("procedure=juminhyo-copy&date=2027-01-06&ward=431010"));
        Locator mine = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("お住まいの区（中央区）の窓口"));
        assertThat(mine).containsText("中央区役所");
        // Tabbing on reaches the first place's link.
        tabTo(mine.getByRole(AriaRole.LINK).first());
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/offices/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("中央区役所");

        // Free text without picking a suggestion is searched as it is, with the other matches offered.
        open("/counter?date=2027-01-06");
        searchBox().focus();
        page.keyboard().type("いんかん");
        // Tab leaves the combo box, closing the list and keeping the text as typed.
        page.keyboard().press("Tab");
        assertThat(searchBox()).hasValue("いんかん");
        tabTo(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("探す").setExact(true)));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("q=%E3%81%84%E3%82%93%E3%81%8B%E3%82%93"));
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(2).setName("ほかに見つかった手続き")))
                .isVisible();
    }

    @Test
    void englishFinder() {
        open("/counter?procedure=juminhyo-copy&date=2027-01-01");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("Counter guide");
        assertThat(page.getByTestId("finder-nothing-open")).containsText("The next date it can be done is 2027-01-04");
        assertThat(page.getByLabel("Date of your visit", new GetByLabelOptions().setExact(true)))
                .hasValue("2027-01-01");
        assertAccessible("finder in English");
    }
}
