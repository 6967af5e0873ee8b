package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The main menu grouped by area of work, used by keyboard on a wide screen and as a drawer on a phone; breadcrumbs on
 * a detail page; and every public page readable at 320 CSS pixels without scrolling sideways (WCAG 1.4.10).
 */
@QuarkusTest
class NavigationBrowserTest extends BrowserTest {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/counter", "/counter/matrix", "/counter/faq",
            "/wards", "/offices", "/queue", "/projects", "/send-voice", "/voice-status", "/published-voices",
            "/proposal-results", "/login");

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void staffOpenAGroupByKeyboardFollowALinkAndSeeWhereTheyAre() {
        signIn("chuo");
        Locator voices = button("区民の声・提案");
        voices.focus();
        page.keyboard().press("Enter");
        assertThat(voices).hasAttribute("aria-expanded", "true");
        assertAccessible("the menu with a group open");
        page.keyboard().press("Escape");
        assertThat(voices).hasAttribute("aria-expanded", "false");
        assertThat(voices).isFocused();

        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        Locator sendVoice = page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("区民の声を送る"));
        assertThat(sendVoice).isFocused();
        followMenu("区民の声・提案", "区民の声");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("区民の声");
        assertThat(voices).hasAttribute("data-current", "true");
        assertThat(voices).hasAttribute("aria-expanded", "false");

        page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();
        Locator crumbs = page.getByRole(AriaRole.NAVIGATION, new GetByRoleOptions().setName("パンくずリスト"));
        assertThat(crumbs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("区民の声"))).isVisible();
        assertThat(crumbs.locator("[aria-current=page]")).containsText("区民の声 V-");
        assertAccessible("a voice with its breadcrumbs");
    }

    @Test
    void onAPhoneTheMenuIsADrawerThatAFollowedLinkCloses() {
        page.setViewportSize(390, 844);
        open("/");
        button("メニュー").click();
        Locator drawer = page.getByRole(AriaRole.DIALOG, new GetByRoleOptions().setName("メニュー"));
        assertThat(drawer.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("まちづくり")))
                .isVisible();
        assertAccessible("the menu drawer");
        drawer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("今何人待ち")).click();
        assertThat(drawer).isHidden();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).containsText("待ち");

        button("メニュー").click();
        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
        assertThat(button("メニュー")).isFocused();
    }

    @Test
    void everyPublicPageReflowsAt320CssPixels() {
        page.setViewportSize(320, 640);
        for (String path : PUBLIC_PAGES) {
            open(path);
            assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).isVisible();
            // what the page loads after its heading is laid out too (the queue page keeps a stream open: no idle)
            page.waitForFunction("() => !document.body.innerText.includes('読み込み中')");
            assertNoSidewaysScroll(path + " at 320 CSS pixels");
            assertAccessible(path + " at 320 CSS pixels");
        }
    }
}
