package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;

/**
 * Liaison areas end to end: the ward (chuo) assigns a school district to its liaison officer with the keyboard, and
 * the officer (chuo-liaison), signing in, lands on "my areas" and finds that district with its group, project, coming
 * dialogue meeting and newest voice. The district and what goes on in it are made through the API, under a name of
 * this run's own. Every screen is checked with axe.
 */
@QuarkusTest
class LiaisonAreasBrowserTest extends BrowserTest {

    private Locator heading1() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(Locator in, String name) {
        return in.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theWardAssignsAnAreaAndItsLiaisonOfficerSeesWhatGoesOnThere() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String district = "ブラウザ" + tag + "校区";
        String group = "ブラウザ試験自治会 " + tag;
        String project = "ブラウザ試験の事業 " + tag;
        String meeting = "ブラウザ試験の集会 " + tag;
        post("/api/v1/community/areas", """
                {"kind":"SCHOOL_DISTRICT","name":"%s","nameKana":"ぶらうざしけんこうく"}""".formatted(district));
        post("/api/v1/community/groups", """
                {"type":"NEIGHBOURHOOD_ASSOCIATION","name":"%s","nameKana":"ぶらうざしけんじちかい","wardCode":"431010",
                 "schoolDistrict":"%s"}""".formatted(group, district));
        post("/api/v1/community/projects",
                """
                        {"wardCode":"431010","schoolDistrict":"%s","title":"%s","summary":"ブラウザテストの事業","visibility":"INTERNAL"}"""
                        .formatted(district, project));
        post("/api/v1/community/meetings", """
                {"wardCode":"431010","title":"%s","heldOn":"%s","place":"五福まちづくりセンター","schoolDistrict":"%s",
                 "participants":0}""".formatted(meeting, LocalDate.now(BusinessTime.ZONE).plusDays(14), district));
        String voice = post("/api/v1/voices",
                """
                        {"channel":"PHONE","type":"REQUEST","categories":["community"],"wardCode":"431010","schoolDistrict":"%s",
                         "text":"集会所の前の街灯が暗いです（ブラウザテスト）。"}"""
                        .formatted(district))
                .extract().path("reference");

        // The ward's staff find the district and assign it, with the keyboard.
        signIn("chuo");
        followMenu("まちづくり", "地域担当の割当て");
        assertThat(heading1()).hasText("担当地域と地域担当職員");
        assertAccessible("liaison areas");
        Locator table = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("担当地域の一覧"));
        link(table, district).click();
        assertThat(heading1()).hasText(district);
        assertThat(page.getByText("まだ担当の記録はありません。")).isVisible();
        assertAccessible("area page");
        Locator officer = page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("地域 健太").setExact(true));
        officer.focus();
        page.keyboard().press("Space");
        assertThat(officer).isChecked();
        button("割当てを保存する").focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("担当を保存しました。")))
                .isVisible();
        Locator history = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("担当の履歴"));
        assertThat(history.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("地域 健太"))))
                .containsText("担当中");
        assertAccessible("area page after the assignment");

        // The liaison officer, in a tab of their own, lands on their areas.
        page = context.newPage();
        signIn("chuo-liaison");
        assertThat(page).hasURL(Pattern.compile("/community/my-areas$"));
        assertThat(heading1()).hasText("担当地域");
        Locator area = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName(district).setExact(true));
        assertThat(link(area, group)).isVisible();
        assertThat(link(area, project)).isVisible();
        assertThat(link(area, meeting)).isVisible();
        assertThat(area.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile(voice))))
                .isVisible();
        assertThat(area).containsText("回答待ちの区民の声: 1件");
        assertAccessible("my areas");

        link(area, meeting).click();
        assertThat(heading1()).hasText(meeting);
    }

    private static io.restassured.response.ValidatableResponse post(String path, String body) {
        return as("chuo").contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }
}
