package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.Accounts;
import jp.wardhub.testing.HandClock;
import jp.wardhub.testing.Seeded;

/**
 * 窓口利用統計 in the SPA: ward staff see the day of their floor. チャネル別発行件数: HQ staff import a Shift_JIS file and see the convenience-store share; a bad file
 * lists its rows with the focus on the list; the page works at 320 px and axe finds nothing serious.
 */
@QuarkusTest
class CounterStatsBrowserTest extends BrowserTest {

    private void upload(String name, String csv) {
        page.getByLabel("CSVファイル").setInputFiles(
                new FilePayload(name, "text/csv", csv.getBytes(Charset.forName("windows-31j"))));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("取り込む").setExact(true)).click();
    }

    @Test
    void wardStaffSeeWhatTheirFloorDidThatDay() {
        LocalDate day = LocalDate.of(2027, 10, 12); // a Tuesday no other test uses
        QuarkusMock.installMockForType(
                new HandClock(day.atTime(LocalTime.of(10, 0)).atZone(BusinessTime.ZONE).toInstant(), BusinessTime.ZONE),
                Clock.class);
        long chuo = Seeded.office("中央区役所");
        List<Map<String, Object>> lanes = Accounts.as(null).get("/api/v1/offices/" + chuo + "/floor").then()
                .statusCode(200).extract().jsonPath().getList("lanes");
        long lane = ((Number) lanes.get(0).get("id")).longValue();
        long last = 0;
        for (int i = 0; i < 3; i++) {
            last = Accounts.as("chuo-floor").contentType(ContentType.JSON).body(Map.of("laneId", lane))
                    .post("/api/v1/offices/" + chuo + "/tickets").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
        }
        String etag = Accounts.as("chuo").get("/api/v1/tickets/" + last).then().extract().header("ETag");
        Accounts.as("chuo-floor").header("If-Match", etag).post("/api/v1/tickets/" + last + "/cancel").then()
                .statusCode(200);

        signIn("chuo");
        open("/counter-stats?office=" + chuo + "&from=" + day + "&to=" + day);
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("窓口利用統計");
        Locator summary = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("期間の合計"));
        assertThat(summary.locator("dt:text-is('発券数') + dd")).hasText("3件");
        assertThat(summary.locator("dt:text-is('対応済み') + dd")).hasText("0件");
        assertAccessible("the counter statistics page");
    }

    @Test
    void hqImportsAFileAndSeesTheShare() {
        signIn("hq");
        followMenu("窓口", "窓口利用統計");
        page.getByRole(AriaRole.NAVIGATION, new GetByRoleOptions().setName("窓口利用統計のページ"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("チャネル別発行件数")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("チャネル別発行件数");
        // the demo figures of two years are there
        assertThat(page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(
                Pattern.compile("^月ごとのコンビニ交付率の棒グラフ: 2024年12月")))).isVisible();
        assertAccessible("the channel usage page");

        open("/counter-stats/channels?ward=431036&from=2033-01&to=2033-01");
        assertThat(page.getByText("この条件の件数はありません。")).isVisible();
        upload("usage.csv", "年月,区コード,チャネル,手続きコード,件数\r\n2033年1月,431036,コンビニ,juminhyo-copy,1\r\n"
                + "2033年1月,431036,窓口,juminhyo-copy,3\r\n");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText("2行を取り込みました（うち置き換え 0行）。対象の年月: 2033-01"))).isVisible();
        Locator table = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("手続き・区・月ごとの発行件数"));
        assertThat(table.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("住民票の写し"))))
                .containsText("25.0%");
        assertAccessible("the channel usage page after an import");

        upload("bad.csv", "年月,区コード,チャネル,手続きコード,件数\r\n2033-13,431036,FAX,juminhyo-copy,-1\r\n");
        Locator heading = page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName(
                Pattern.compile("3件の誤りがあります")));
        assertThat(heading).isFocused();
        Locator errors = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("取り込めなかった行"));
        assertThat(errors.getByRole(AriaRole.ROW)).hasCount(4);
        assertThat(errors).containsText("UnknownChannel");
        assertAccessible("the channel usage page with refused rows");

        // at 320 px nothing in the page's content sticks out: wide tables scroll inside their frames
        page.setViewportSize(320, 800);
        assertThat(table).isVisible();
        Object wide = page.evaluate("""
                () => [...document.querySelectorAll('main *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .filter(e => !e.closest('.overflow-x-auto'))
                    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                    .slice(0, 5).join('; ')""");
        assertEquals("", wide, "content wider than 320 px");
    }
}
