package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Work queues: ward staff select two triaged voices from the keyboard, assign them in one step to a colleague chosen
 * by name, and the colleague finds them under 自分の担当.
 */
@QuarkusTest
class WorkQueueBrowserTest extends BrowserTest {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name).setExact(true));
    }

    private void tabTo(Locator target) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + target);
    }

    /** A 中央区 voice, taken in and triaged through the API; its reference number. */
    private String triagedVoice(String text) {
        String body = """
                {"channel":"PHONE","type":"REQUEST","categories":["roads"],"wardCode":"431010","text":"%s"}"""
                .formatted(text);
        var created = as("chuo").contentType(ContentType.JSON).body(body).post("/api/v1/voices").then()
                .statusCode(201).extract();
        long id = ((Number) created.path("id")).longValue();
        as("chuo").contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body("{}")
                .post("/api/v1/voices/" + id + "/triage").then().statusCode(200);
        return created.path("reference");
    }

    @Test
    void staffAssignTwoVoicesInBulkAndTheAssigneeFindsThemInTheirQueue() {
        // letters only: a run of digits could read as a telephone number
        String marker = "一括割当て" + UUID.randomUUID().toString().replaceAll("[0-9-]", "");
        String first = triagedVoice(marker + " 歩道の段差が大きく車いすで通れません。");
        String second = triagedVoice(marker + " 交差点のカーブミラーが曲がっています。");

        signIn("chuo");
        open("/voices?status=TRIAGED&q=" + marker);
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("区民の声");
        Locator firstBox = page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName(first + " を選ぶ"));
        Locator secondBox = page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName(second + " を選ぶ"));
        assertThat(firstBox).isVisible();
        assertThat(secondBox).isVisible();

        // by keyboard: each row's box, ticked with Space
        tabTo(secondBox); // the newest comes first
        page.keyboard().press("Space");
        tabTo(firstBox);
        page.keyboard().press("Space");
        assertThat(firstBox).isChecked();
        assertThat(secondBox).isChecked();
        Locator bulk = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("選んだ声をまとめて扱う"));
        assertThat(bulk).containsText("2件を選択中");
        assertAccessible("voice list with a selection");

        Locator assignee = bulk.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("担当"));
        tabTo(assignee);
        page.keyboard().type("決裁");
        Locator option = page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("決裁 一郎"));
        assertThat(option).isVisible();
        // (axe is not run while the list is open: react-aria hides the rest of the page then, which axe reports)
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(assignee).hasValue("決裁 一郎");
        assertAccessible("a person chosen to assign the voices to");
        Locator apply = button("選んだ2件に適用する");
        tabTo(apply);
        page.keyboard().press("Enter");
        assertThat(bulk).containsText("2件の担当を決めました。");
        assertThat(bulk).containsText("0件を選択中");

        button("サインアウト").click();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("サインイン"))).isVisible();
        signIn("chuo-kessai");
        followMenu("区民の声・提案", "区民の声");
        Locator queues = page.getByRole(AriaRole.NAVIGATION, new GetByRoleOptions().setName("作業の一覧"));
        // from the keyboard: the menu's open list may still cover the link
        Locator mine = queues.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("自分の担当"));
        mine.focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("[?&]assignee=me"));
        assertThat(queues.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("自分の担当")))
                .hasAttribute("aria-current", "page");
        assertThat(link(first)).isVisible();
        assertThat(link(second)).isVisible();
        Locator results = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("検索結果"));
        assertThat(results.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(first)))
                .containsText("決裁 一郎");
        assertAccessible("the assignee's queue");
    }
}
