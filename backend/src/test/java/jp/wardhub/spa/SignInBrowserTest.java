package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SignInBrowserTest extends BrowserTest {

    @Test
    void wardStaffSignInSeeTheirWardAndSignOut() {
        open("/login");
        page.getByLabel("ユーザー名").fill("chuo");
        page.getByLabel("パスワード").fill("wardhub-demo");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("サインイン")).click();
        assertThat(page.getByTestId("user-affiliation")).hasText("所属: 中央区");
        assertAccessible("home, signed in");

        open("/me");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("区職員");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("中央区");
        assertAccessible("my profile");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("サインアウト")).click();
        assertThat(page.getByTestId("user-affiliation")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("サインイン"))).isVisible();
    }

    @Test
    void keyboardOnlySignIn() {
        open("/login");
        page.getByLabel("ユーザー名").focus();
        page.keyboard().type("kita");
        page.keyboard().press("Tab");
        page.keyboard().type("wardhub-demo");
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("user-affiliation")).hasText("所属: 北区");
    }

    @Test
    void wrongPasswordIsExplainedInJapanese() {
        open("/login");
        page.getByLabel("ユーザー名").fill("kita-liaison");
        page.getByLabel("パスワード").fill("not-this-one");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("サインイン")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("ユーザー名またはパスワードが違います");
        assertAccessible("login with an error");
    }

    @Test
    void profileNeedsSignIn() {
        open("/me");
        assertThat(page.getByLabel("ユーザー名")).isVisible();
    }
}
