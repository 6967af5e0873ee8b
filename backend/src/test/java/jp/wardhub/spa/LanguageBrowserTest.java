package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LanguageBrowserTest extends BrowserTest {

    @Test
    void japaneseByDefaultEnglishOnRequestAndRemembered() {
        open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertAccessible("home");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        open("/offices");
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("Search results")))
                .containsText("Chuo Ward Office");
        assertAccessible("offices in English");

        page.reload();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("日本語")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
    }
}
