package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A fresh installation's first administrator signs in with the start-up password and is kept on the password page
 * until it has chosen its own, by keyboard alone.
 */
@QuarkusTest
@TestProfile(PasswordChangeBrowserTest.FreshInstallation.class)
class PasswordChangeBrowserTest extends BrowserTest {

    /** No demo accounts, the first-administrator variables set. */
    public static class FreshInstallation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.flyway.locations", "db/migration,db/vendor/mariadb,db/city/kumamoto",
                    "wardhub.bootstrap.admin-username", "city-admin",
                    "wardhub.bootstrap.admin-password", "start-up-password-1");
        }
    }

    @Test
    void theFirstAdministratorChangesItsPasswordBeforeAnythingElse() {
        open("/login");
        page.getByLabel("ユーザー名").fill("city-admin");
        page.getByLabel("パスワード").fill("start-up-password-1");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("サインイン")).click();

        assertThat(page).hasURL(Pattern.compile("/password-change$"));
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("パスワード変更"))).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("最初にパスワードを変更してください");
        assertAccessible("forced password change");

        // any other page leads back here
        open("/me");
        assertThat(page).hasURL(Pattern.compile("/password-change$"));

        page.getByLabel("現在のパスワード").focus();
        page.keyboard().type("start-up-password-1");
        page.keyboard().press("Tab");
        page.keyboard().type("my-own-password-2026");
        page.keyboard().press("Tab");
        page.keyboard().type("my-own-password-2026");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("/$"));
        open("/me");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("city-admin");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("パスワードの変更"))).isVisible();
        assertAccessible("profile with the password section");
    }
}
