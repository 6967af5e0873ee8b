package jp.wardhub.spa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Drives the built SPA, served by the app under test, in the machine's headless Chromium; never downloads a browser.
 * Each test gets a fresh browser context (no stored session or language). Tests wait for conditions (locators,
 * assertions), never for a fixed time, with generous limits: a loaded machine makes them slow, not failed. A page that
 * breaks the Content-Security-Policy fails its test.
 */
@Tag("browser")
abstract class BrowserTest {

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** How long an action or an assertion waits for its condition. */
    static final double WAIT_MS = 45_000;

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    BrowserContext context;
    Page page;
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();
    private PageJournal journal;

    @BeforeAll
    static void launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
        playwright = Playwright
                .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("wardhub.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setTimezoneId("Asia/Tokyo"));
        context.setDefaultTimeout(WAIT_MS);
        context.setDefaultNavigationTimeout(WAIT_MS);
        page = context.newPage();
        journal = new PageJournal(page);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                policyViolations.add(m.text());
            }
        });
    }

    /**
     * What the page showed and asked the server when a test failed (its address, its text, every API request with its
     * status and time, those still waiting), printed with a screenshot's path: an assertion's own message says only
     * which element it missed. Called by {@link BrowserFailureReport} before the page is closed.
     */
    void reportFailure(String test) {
        System.out.println(journal.report(test));
    }

    @AfterEach
    void closePage() {
        context.close();
        assertEquals(List.of(), policyViolations, "the page broke the Content-Security-Policy");
    }

    /** Opens a group of the main menu (it shows one group at a time) and gives the menu, to find its links in. */
    static Locator menuGroup(Page on, String group) {
        Locator nav = on.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"));
        Locator button = nav.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(group).setExact(true));
        if (!"true".equals(button.getAttribute("aria-expanded"))) {
            button.click();
        }
        try {
            PlaywrightAssertions.assertThat(button).hasAttribute("aria-expanded", "true",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(WAIT_MS / 3));
        } catch (AssertionError closedByTheLandingPage) {
            // the SPA's move from the sign-in page to the account's home page came after the click and closed the
            // group (a page change closes it, as it should): open it again on the page that stays
            button.click();
            PlaywrightAssertions.assertThat(button).hasAttribute("aria-expanded", "true");
        }
        return nav;
    }

    /**
     * Signs in with the demo password and waits until the SPA has left the sign-in page: a menu opened before that
     * redirect would be closed by it.
     */
    void signIn(Page on, String username) {
        on.navigate(base.toString().replaceAll("/$", "") + "/login");
        on.getByLabel("ユーザー名").fill(username);
        on.getByLabel("パスワード").fill("wardhub-demo");
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("サインイン").setExact(true)).click();
        // The first sign-in of a run also waits for the freshly started app to warm up.
        PlaywrightAssertions.assertThat(on.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("サインアウト").setExact(true))).isVisible();
        PlaywrightAssertions.assertThat(on).not().hasURL(Pattern.compile("/login(\\?.*)?$"));
        // The page signed in to takes the focus (to its main region, for screen readers) once it is shown, which can
        // come after the address changed: wait for it, or it would close a menu a test opens or take a key it presses.
        PlaywrightAssertions.assertThat(on.locator("#main-content")).isFocused();
        // Floor and liaison staff land on "/" and are sent on to their own home once its page is loaded, which closes
        // a menu opened in between: the page that stays is the one that shows a heading.
        PlaywrightAssertions.assertThat(on.locator("#main-content h1").first()).isVisible();
    }

    void signIn(String username) {
        signIn(page, username);
    }

    /** Follows a link of the main menu, opening its group first. */
    static void followMenu(Page on, String group, String link) {
        menuGroup(on, group).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link).setExact(true))
                .click();
    }

    void followMenu(String group, String link) {
        followMenu(page, group, link);
    }

    /** What the app's one notice (at the foot of the window) says after an action: "保存しました。" and the like. */
    Locator notice() {
        return page.getByTestId("page-notice").getByRole(AriaRole.STATUS);
    }

    void open(String path) {
        page.navigate(base.toString().replaceAll("/$", "") + path);
    }

    /**
     * The outermost elements reaching past the screen's right edge, unless a scrolling frame holds them (a wide table
     * may scroll inside its frame); "" when the page fits.
     */
    static final String WIDER_THAN_THE_SCREEN = """
            () => {
              const width = document.documentElement.clientWidth;
              const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
              const held = (e) => { for (let a = e.parentElement; a; a = a.parentElement) if (scrolls(a)) return true; return false; };
              const wide = [...document.body.querySelectorAll('*')]
                .filter((e) => e.getBoundingClientRect().right > width + 1 && !held(e));
              return wide.filter((e) => !wide.includes(e.parentElement)).slice(0, 5)
                .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                  + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');
            }""";

    /**
     * The page does not scroll sideways (WCAG 1.4.10): nothing reaches past the screen's edge outside a scrolling
     * frame, and nothing else widens the document either (text for screen readers escaping its frame did once).
     */
    void assertNoSidewaysScroll(String what) {
        assertEquals("", page.evaluate(WIDER_THAN_THE_SCREEN), what + " scrolls sideways");
        Object widths = page.evaluate(
                "() => document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth");
        assertTrue(
                (Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                what + " scrolls sideways: the document is wider than the window (" + widths + ")");
    }

    /** axe (WCAG 2.0/2.1 A and AA) finds nothing serious or critical on the page as it is now. */
    void assertAccessible(String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        String serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " @ "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertTrue(serious.isEmpty(), what + " has accessibility violations:\n" + serious);
    }
}
