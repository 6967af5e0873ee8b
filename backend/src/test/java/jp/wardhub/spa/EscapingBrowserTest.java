package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Markup stored in a record is shown as text and never runs. */
@QuarkusTest
class EscapingBrowserTest extends BrowserTest {

    @Test
    void markupInAnOfficeNameIsRenderedAsText() {
        String name = "<img src=x onerror=alert(1)>公民館";
        int id = as("admin").contentType(ContentType.JSON).body("""
                {"type":"COMMUNITY_HALL","wardCode":"431010","nameJa":"%s","nameKana":"こうみんかん",
                 "nameEn":"Markup Hall","address":"熊本県熊本市中央区本荘1-1"}""".formatted(name))
                .post("/api/v1/offices").then().statusCode(201).extract().path("id");
        page.onDialog(dialog -> {
            throw new AssertionError("a script ran: " + dialog.message());
        });
        open("/offices/" + id);
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText(name);
        assertThat(page.locator("img[src=x]")).hasCount(0);
    }
}
