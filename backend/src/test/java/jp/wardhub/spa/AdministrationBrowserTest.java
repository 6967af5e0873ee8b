package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The administrator's screens, by keyboard and mouse: a staff account created, given another role, its password reset
 * (the temporary one shown once) and deactivated; a partner client registered (its secret shown once) and revoked;
 * and all of it found in the audit trail. axe on every screen and dialog.
 */
@QuarkusTest
class AdministrationBrowserTest extends BrowserTest {

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private void menu(String name) {
        followMenu("管理", name);
        assertThat(heading()).hasText(name);
    }

    private Locator dialog(String name) {
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG, new GetByRoleOptions().setName(name));
        assertThat(dialog).isVisible();
        return dialog;
    }

    @Test
    void anAdministratorManagesAnAccountAndAClientAndFindsItAllInTheAuditTrail() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String username = "browser-" + tag;
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        signIn("admin");

        // Create an account, by keyboard: type, Tab between fields, choose with the arrow keys, Enter to send.
        menu("職員アカウント");
        assertAccessible("staff accounts");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("アカウントを登録する")).click();
        assertThat(heading()).hasText("アカウントを登録する");
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("ユーザー名")).focus();
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type("ブラウザ 試験");
        page.getByLabel("所属区").selectOption(new SelectOption().setLabel("中央区"));
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("最初のパスワード")).focus();
        page.keyboard().type("a-long-enough-password");
        assertAccessible("new account form");
        page.keyboard().press("Enter");
        assertThat(notice()).hasText("アカウントを登録しました。");
        assertThat(heading()).hasText("職員アカウント " + username);
        String accountId = page.url().replaceAll(".*/admin/staff/(\\d+).*", "$1");
        assertAccessible("account page");

        // Change its role (mouse).
        page.getByRole(AriaRole.COMBOBOX, new GetByRoleOptions().setName("役割"))
                .selectOption(new SelectOption().setLabel("地域担当職員"));
        button("変更を保存する").click();
        assertThat(notice()).hasText("変更を保存しました。");
        assertThat(page.getByRole(AriaRole.DEFINITION).filter(new Locator.FilterOptions().setHasText("地域担当職員")))
                .isVisible();

        // Reset its password: confirmed in a dialog (focus on the safe choice; Tab to the step, Enter).
        button("パスワードを再設定する").click();
        Locator reset = dialog(username + " のパスワードを再設定しますか");
        assertThat(reset.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("やめる"))).isFocused();
        assertAccessible("reset password dialog");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        Locator temporary = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("仮パスワード"));
        assertThat(temporary).isVisible();
        String shown = temporary.getByTestId("shown-once").innerText().trim();
        assertTrue(shown.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"), shown);
        assertThat(page.getByText("パスワード変更待ち").first()).isVisible();
        temporary.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("コピーする")).click();
        assertThat(temporary.getByRole(AriaRole.STATUS)).hasText("コピーしました。");
        assertAccessible("temporary password shown once");
        temporary.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("控えたので閉じる")).click();
        assertThat(page.getByText(shown)).hasCount(0);

        // Deactivate it (mouse), confirmed.
        button("無効にする").click();
        dialog(username + " を無効にしますか").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("無効にする")).click();
        assertThat(notice()).hasText("アカウントを無効にしました。");
        assertThat(button("有効に戻す")).isVisible();

        // Register a client: its secret shown once; then revoke it.
        String clientId = "browser-" + tag;
        menu("連携システム・端末");
        assertAccessible("partner clients");
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("クライアント ID")).fill(clientId);
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("名前")).fill("ブラウザ試験の連携");
        page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName(Pattern.compile("^catalogue:read"))).check();
        button("登録する").click();
        Locator secret = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName(clientId + " のシークレット"));
        assertThat(secret).isVisible();
        String secretText = secret.getByTestId("shown-once").innerText().trim();
        assertTrue(secretText.length() >= 40, secretText);
        assertAccessible("client secret shown once");
        secret.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("控えたので閉じる")).click();
        assertThat(page.getByText(secretText)).hasCount(0);
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(clientId));
        assertThat(row).isVisible();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(clientId + " を失効させる")).click();
        Locator revoke = dialog(clientId + " を失効させますか");
        assertAccessible("revoke dialog");
        revoke.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("失効させる")).click();
        assertThat(notice()).hasText(clientId + " を失効させました。");
        assertThat(row).containsText("失効");

        // The audit trail lists every one of those steps.
        menu("監査記録");
        assertAccessible("audit trail");
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("操作者")).fill("admin");
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("記録の種類")).fill("staff");
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("記録の ID")).fill(accountId);
        button("検索する").click();
        Locator trail = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName(Pattern.compile("^監査記録の一覧")));
        assertThat(trail.getByRole(AriaRole.ROW)).hasCount(5); // the header, create, update, reset-password, update
        for (String action : new String[] { "create", "update", "reset-password" }) {
            assertThat(trail.getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName(action).setExact(true))
                    .first()).isVisible();
        }
        assertThat(trail).not().containsText(shown);
        assertAccessible("audit trail filtered");

        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("記録の種類")).fill("partner-client");
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("記録の ID")).fill(clientId);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("entity=partner-client"));
        assertThat(trail.getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName("revoke").setExact(true)))
                .isVisible();
        assertThat(trail.getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName("create").setExact(true)))
                .isVisible();
        assertThat(trail).not().containsText(secretText);
    }
}
