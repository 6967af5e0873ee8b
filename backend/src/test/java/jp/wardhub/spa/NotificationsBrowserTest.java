package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.notification.NotificationService;
import jp.wardhub.notification.NotificationService.Message;

/** The header names the unread count; the notifications page lists them, links them and marks them read. */
@QuarkusTest
class NotificationsBrowserTest extends BrowserTest {

    @Inject
    NotificationService notifications;

    private void notify(String username, String titleJa) {
        QuarkusTransaction.requiringNew().run(() -> notifications.toUsers(List.of(username),
                new Message("browser-test", titleJa, "Browser test", "/counter", null)));
    }

    @Test
    void staffSeeTheirUnreadNotificationsAndMarkThemRead() {
        String first = "ブラウザテスト通知A " + UUID.randomUUID();
        String second = "ブラウザテスト通知B " + UUID.randomUUID();
        notify("chuo-liaison", first);
        notify("chuo-liaison", second);

        signIn("chuo-liaison");
        Locator header = page.getByRole(AriaRole.BANNER);
        Locator link = header.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^通知 ?[1-9]\\d* ?件の未読$")));
        assertThat(link).isVisible();
        assertAccessible("home with notifications link");
        link.click();

        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("通知");
        Locator list = page.getByRole(AriaRole.LIST, new GetByRoleOptions().setName("通知の一覧"));
        Locator newest = list.getByRole(AriaRole.LISTITEM).first();
        assertThat(newest).containsText(second);
        assertThat(newest).containsText("未読");
        assertThat(newest.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(second))).hasAttribute("href",
                "/counter");
        assertAccessible("notifications page");

        newest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("「" + second + "」を既読にする")).click();
        assertThat(list.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("「" + second + "」を既読にする")))
                .hasCount(0);

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("すべて既読にする")).click();
        assertThat(header.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^通知 ?（未読0件）$")))).isVisible();
        assertThat(list.getByRole(AriaRole.BUTTON)).hasCount(0);

        list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(first)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("窓口案内");
    }
}
