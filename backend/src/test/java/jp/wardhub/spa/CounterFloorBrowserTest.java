package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hamcrest.MatcherAssert;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.HandClock;
import jp.wardhub.testing.Seeded;

/**
 * The counter floor (窓口フロア) end to end: a visitor takes a number at the kiosk, ward staff call it from their window
 * console, the wall board shows it called to that window, and the console serves and finishes it with the procedure
 * done. Every page is checked with axe.
 */
@QuarkusTest
class CounterFloorBrowserTest extends BrowserTest {

    private static final String OFFICE = "中央区役所";
    private static final int WINDOW = 3;

    private long office;

    /** A business day at 10:00 in Kumamoto (offices are open), with no ticket of earlier runs left on the floor. */
    @BeforeEach
    void openFloor() {
        LocalDate day = LocalDate.of(2027, 6, 14);
        while (!BusinessTime.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        QuarkusMock.installMockForType(
                new HandClock(day.atTime(LocalTime.of(10, 0)).atZone(BusinessTime.ZONE).toInstant(), BusinessTime.ZONE),
                Clock.class);
        office = Seeded.office(OFFICE);
        clearTickets();
        openWindow();
    }

    private void clearTickets() {
        for (String state : List.of("WAITING", "CALLED", "SERVING")) {
            List<Map<String, Object>> tickets = as("chuo").queryParam("state", state).queryParam("size", 100)
                    .get("/api/v1/offices/" + office + "/tickets").then().statusCode(200).extract().jsonPath()
                    .getList("items");
            for (Map<String, Object> t : tickets) {
                long id = ((Number) t.get("id")).longValue();
                String etag = as("chuo").get("/api/v1/tickets/" + id).then().statusCode(200).extract().header("ETag");
                switch (state) {
                    case "WAITING" ->
                        as("chuo").header("If-Match", etag).post("/api/v1/tickets/" + id + "/cancel").then()
                                .statusCode(200);
                    case "CALLED" ->
                        as("chuo").header("If-Match", etag).post("/api/v1/tickets/" + id + "/no-show").then()
                                .statusCode(200);
                    default -> as("chuo").header("If-Match", etag).contentType("application/json")
                            .body("{\"procedures\":[\"juminhyo-copy\"]}").post("/api/v1/tickets/" + id + "/finish")
                            .then()
                            .statusCode(200);
                }
            }
        }
    }

    private void openWindow() {
        List<Map<String, Object>> windows = as(null).get("/api/v1/offices/" + office + "/floor").then().statusCode(200)
                .extract().jsonPath().getList("windows");
        Map<String, Object> window = windows.stream().filter(w -> ((Number) w.get("number")).intValue() == WINDOW)
                .findFirst().orElseThrow();
        if (!Boolean.TRUE.equals(window.get("open"))) {
            as("chuo").header("If-Match", "\"" + window.get("version") + "\"")
                    .post("/api/v1/offices/" + office + "/windows/" + WINDOW + "/open").then().statusCode(200);
        }
    }

    private static Locator button(Page on, String name) {
        return on.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void kioskIssuesBoardShowsTheCallConsoleServesAndFinishes() {
        // The kiosk: set up once with its client, then a visitor searches in hiragana and takes a number.
        open("/kiosk/" + office);
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(2))).hasText("発券機の設定");
        assertAccessible("kiosk set-up");
        page.getByLabel("クライアント ID").fill("chuo-kiosk");
        page.getByLabel("シークレット").fill("wardhub-demo-secret");
        button(page, "保存して始める").click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(2))).hasText("ご用件をお選びください");
        assertAccessible("kiosk lanes");
        page.getByLabel("手続きの名前で探す").fill("じゅうみんひょう");
        Locator certificates = page.getByRole(AriaRole.BUTTON,
                new GetByRoleOptions().setName(Pattern.compile("^証明書")));
        assertThat(certificates).hasCount(1);
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(Pattern.compile("^住民異動"))))
                .hasCount(0);
        certificates.click();
        assertAccessible("kiosk priority");
        button(page, "番号札を受け取る").click();
        Locator number = page.getByTestId("kiosk-number");
        assertThat(number).hasText(Pattern.compile("^B-\\d{3}$"));
        String label = number.textContent().trim();
        assertThat(page.getByText("前に0人お待ちです")).isVisible();
        assertAccessible("kiosk ticket");

        // The wall board.
        Page board = context.newPage();
        board.navigate(url("/board/" + office));
        assertThat(board.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText(OFFICE + " 呼び出し");
        assertThat(board.getByTestId("stream-status")).hasText("リアルタイムで更新中");

        // The window console, signed in as the ward's staff.
        Page console = context.newPage();
        signIn(console, "chuo");
        followMenu(console, "窓口", "窓口コンソール");
        assertThat(console.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("窓口コンソール");
        assertThat(console.getByLabel("担当する窓口")).isVisible();
        chooseOffice(console);
        console.getByLabel("担当する窓口").selectOption(String.valueOf(WINDOW));
        Locator waiting = console.getByRole(AriaRole.TABLE);
        assertThat(waiting).containsText(label);
        button(console, "次の方を呼ぶ").click();
        assertThat(console.getByTestId("console-current")).hasText(label);
        assertThat(console.getByTestId("console-feedback")).containsText(label + " を " + WINDOW + "番窓口に呼び出しました。");

        // The board shows the number called to the window, and says it in its live region.
        String shown = label.replaceFirst("^([A-Z])-0*(\\d+)$", "$1 $2");
        Locator calls = board.getByTestId("board-calls");
        assertThat(calls).containsText(shown);
        assertThat(calls).containsText(WINDOW + "番窓口");
        assertThat(board.getByTestId("board-announcement")).hasText(
                label.replaceFirst("^([A-Z])-0*(\\d+)$", "$1 の $2 番の方、") + WINDOW + " 番窓口へお越しください");
        page = board;
        assertAccessible("call board");

        page = console;
        assertAccessible("console with a call");
        button(console, "対応を始める").click();
        assertThat(console.getByTestId("console-feedback")).containsText(label + " の対応を始めました。");
        button(console, "対応を終える").click();
        assertThat(console.getByText("行った手続きを 1 つ以上選んでください。")).isVisible();
        console.getByLabel("住民票の写し", new Page.GetByLabelOptions().setExact(true)).check();
        button(console, "対応を終える").click();
        assertThat(console.getByTestId("console-feedback")).containsText(label + " の対応を終えました。");
        assertThat(button(console, "次の方を呼ぶ")).isVisible();
        assertAccessible("console after finishing");

        String done = as("chuo").queryParam("state", "DONE").get("/api/v1/offices/" + office + "/tickets").then()
                .statusCode(200).extract().asString();
        MatcherAssert.assertThat(done, Matchers.containsString("juminhyo-copy"));
    }

    @Test
    void floorManagerLandsOnTheFloorGuideAndIssuesForAVisitorResidentsSeeTheWaiting() {
        open("/login");
        page.getByLabel("ユーザー名").fill("chuo-floor");
        page.getByLabel("パスワード").fill("wardhub-demo");
        button(page, "サインイン").click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("フロア案内");
        assertThat(page).hasURL(Pattern.compile("/floor$"));
        chooseOffice(page);
        page.getByLabel("ご用件・手続き").fill("ｼﾞｭｳﾐﾝﾋｮｳ");
        Locator lane = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("B 証明書"));
        assertThat(lane).containsText("1階 3番 区民課");
        lane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("住民票の写し").setExact(true)).click();
        assertThat(lane).containsText("持ち物");
        assertThat(lane).containsText("今日ほかに手続きできるところ");
        assertAccessible("floor guide");
        lane.getByLabel("優先受付").selectOption("ELDERLY");
        lane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("証明書の番号札を発券")).click();
        assertThat(page.getByTestId("guide-issued")).containsText(Pattern.compile("B-\\d{3}（証明書）を発券しました。"));
        assertAccessible("floor guide after issuing");

        open("/queue?ward=431010");
        Locator chuo = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName(OFFICE));
        assertThat(chuo).containsText("人待ち");
        assertThat(chuo).containsText("証明書");
        assertAccessible("waiting now");
        page.setViewportSize(320, 640);
        assertAccessible("waiting now at 320 px");
        Object overflow = page
                .evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        MatcherAssert.assertThat("the page reflows at 320 px", overflow, Matchers.is(false));
    }

    /**
     * Chooses the office on a ward's floor page: from the choice when the ward has several floors, or checks the one
     * named when it has one. Neither shows until the ward's offices have loaded, so this waits for one of them first
     * rather than deciding on what the page shows at once.
     */
    private static void chooseOffice(Page on) {
        Locator choice = on.getByLabel("施設");
        Locator named = on.getByTestId("floor-office");
        assertThat(choice.or(named).first()).isVisible();
        if (choice.isVisible()) {
            choice.selectOption(new SelectOption().setLabel(OFFICE));
        } else {
            assertThat(named).hasText(OFFICE);
        }
    }
}
