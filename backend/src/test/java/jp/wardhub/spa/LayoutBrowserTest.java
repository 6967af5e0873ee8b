package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages a reviewer found badly laid out, on a laptop (1366 CSS pixels) and at 320 (WCAG 1.4.10) or on a phone
 * (390): none scrolls sideways, wide tables scroll inside a frame that the keyboard can reach, badges and chart bars
 * keep their shape, and labels are not cut off.
 */
@QuarkusTest
class LayoutBrowserTest extends BrowserTest {

    private static final List<Integer> LAPTOP_AND_NARROWEST = List.of(1366, 320);
    private static final List<Integer> PHONES = List.of(390, 320);

    /** The texts of the elements matching the selector whose box is taller than wide, or higher than one line. */
    private static final String BADGES_ON_END = """
            (selector) => [...document.querySelectorAll(selector)]
              .filter((e) => { const r = e.getBoundingClientRect(); return r.height > r.width || r.height > 36; })
              .map((e) => e.textContent).join(', ')""";

    /** Chart labels whose text is cut off: wider than their box, or reaching past the screen's left edge. */
    private static final String CLIPPED_LABELS = """
            () => [...document.querySelectorAll('.bar-chart-label')]
              .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().left < 0)
              .map((e) => e.textContent).join(', ')""";

    /** The height of the highest text in the voice table's columns of these headings. */
    private static final String HIGHEST_CELL_OF = """
            (names) => {
              const heads = [...document.querySelectorAll('table thead th')].map((th) => th.textContent.trim());
              const cells = names.flatMap((name) => [...document.querySelectorAll(
                  `table tbody tr > :nth-child(${heads.indexOf(name) + 1})`)]);
              return Math.max(...cells.map((cell) => {
                const range = document.createRange();
                range.selectNodeContents(cell);
                return range.getBoundingClientRect().height;
              }));
            }""";

    /**
     * How far the text of any cell of a voice's row reaches below that of its first cell (reference and text), or
     * below three lines where that text is shorter.
     */
    private static final String CELLS_BEYOND_THE_TEXT = """
            () => Math.max(...[...document.querySelectorAll('table tbody tr')].map((tr) => {
              const bottom = (cell) => {
                const range = document.createRange();
                range.selectNodeContents(cell);
                return range.getBoundingClientRect().bottom;
              };
              const text = tr.querySelector('th');
              const top = text.getBoundingClientRect().top;
              // a date with an 期限超過 badge under it takes two lines, as may a short text's row
              return Math.max(...[...tr.querySelectorAll('td')].map(bottom)) - Math.max(bottom(text), top + 80);
            }))""";

    private void width(int width) {
        page.setViewportSize(width, width < 800 ? 640 : 900);
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    /** The scrolling frame of the table in the section (a region) of that name. */
    private Locator frameIn(String section) {
        return page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName(section).setExact(true))
                .locator(".scroll-frame");
    }

    /** Whether the frame's content is wider than the frame (so that it scrolls sideways). */
    private static boolean scrolls(Locator frame) {
        return (Boolean) frame.evaluate("(e) => e.scrollWidth > e.clientWidth + 1");
    }

    /**
     * A frame that scrolls is a named region that Tab reaches (to scroll it with the arrow keys); one that does not is
     * neither.
     */
    private static void reachableWhenItScrolls(Locator frame) {
        if (scrolls(frame)) {
            assertThat(frame).hasAttribute("tabindex", "0");
            assertThat(frame).hasAttribute("role", "region");
            assertThat(frame).hasAccessibleName(Pattern.compile("横にスクロールできる表$"));
        } else {
            assertThat(frame).not().hasAttribute("tabindex", "0");
            assertThat(frame).not().hasAttribute("role", "region");
        }
    }

    @Test
    void theVoiceTriageTableReadsOnALaptopAndScrollsInItsFrameAt320() {
        signIn("chuo");
        for (int width : LAPTOP_AND_NARROWEST) {
            width(width);
            open("/voices");
            Locator frame = frameIn("検索結果");
            assertThat(frame.getByRole(AriaRole.TABLE)).isVisible();
            assertNoSidewaysScroll("/voices at " + width);
            assertEquals("", page.evaluate(BADGES_ON_END, "table [data-status]"),
                    "status badges stand on end at " + width);
            // no column is squeezed until its words break a character per line: the short ones (type, ward, status)
            // keep to one line, and no cell runs longer than the voice's reference and the beginning of its text
            Number shortCells = (Number) page.evaluate(HIGHEST_CELL_OF, List.of("種別", "区", "状態"));
            assertTrue(shortCells.doubleValue() < 40,
                    "a type, ward or status is " + shortCells + " px high at " + width);
            Number beyondText = (Number) page.evaluate(CELLS_BEYOND_THE_TEXT);
            assertTrue(beyondText.doubleValue() < 1, "a cell runs " + beyondText + " px below the text at " + width);
            reachableWhenItScrolls(frame);
            if (width == 320) {
                assertTrue(scrolls(frame), "at 320 the table scrolls inside its frame");
            }
            assertAccessible("/voices at " + width);
        }
    }

    @Test
    void theOneWardChartOfTheVoiceAnalysisHasAThinBar() {
        signIn("chuo");
        for (int width : LAPTOP_AND_NARROWEST) {
            width(width);
            open("/voices/analysis");
            Locator chart = page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(Pattern.compile("^区別の件数")));
            assertThat(chart).isVisible();
            Locator bars = chart.locator(".bar-chart-bar");
            assertEquals(1, bars.count(), "a ward staff member sees the own ward only");
            double bar = bars.first().boundingBox().height;
            assertTrue(bar < 120, "the one ward's bar is " + bar + " px thick at " + width);
            double whole = chart.boundingBox().height;
            assertTrue(whole < 120, "the one-ward chart is " + whole + " px high at " + width);
            assertEquals("", page.evaluate(CLIPPED_LABELS), "labels cut off at " + width);
            assertNoSidewaysScroll("/voices/analysis at " + width);
            assertAccessible("/voices/analysis at " + width);
        }
    }

    @Test
    void theGrantChartShowsItsLabelsWhole() {
        signIn("chuo");
        for (int width : LAPTOP_AND_NARROWEST) {
            width(width);
            open("/community/grants");
            Locator chart = page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(Pattern.compile("^交付決定額")));
            assertThat(chart).isVisible();
            assertThat(chart.locator(".bar-chart-label").first()).isVisible();
            assertEquals("", page.evaluate(CLIPPED_LABELS), "grant chart labels cut off at " + width);
            assertNoSidewaysScroll("/community/grants at " + width);
            reachableWhenItScrolls(frameIn("交付状況の表（制度別）"));
            assertAccessible("/community/grants at " + width);
        }
    }

    @Test
    void theAvailabilityEditorFitsALaptopAndTheMatrixScrollsInsideItsFrame() {
        signIn("hq-kusei");
        for (int width : LAPTOP_AND_NARROWEST) {
            width(width);
            open("/staff/procedures/juminhyo-copy");
            assertThat(heading()).hasText("手続きの編集: 住民票の写し");
            Locator editor = frameIn("取り扱う場所");
            assertThat(editor.getByRole(AriaRole.COMBOBOX,
                    new Locator.GetByRoleOptions().setName("中央区役所 取扱い"))).isVisible();
            if (width == 1366) {
                assertTrue(!scrolls(editor), "on a laptop no column of the availability editor is cut off");
            }
            reachableWhenItScrolls(editor);
            assertNoSidewaysScroll("the availability editor at " + width);
            assertAccessible("the availability editor at " + width);

            open("/counter/matrix");
            Locator matrix = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName(Pattern.compile("^手続きごと")));
            assertThat(matrix.getByRole(AriaRole.TABLE)).isVisible();
            assertTrue(scrolls(matrix), "the matrix scrolls inside its frame at " + width);
            assertNoSidewaysScroll("/counter/matrix at " + width);
        }
    }

    @Test
    void onAPhoneTheQAndAAndTheFinderFit() {
        for (int width : PHONES) {
            width(width);
            open("/counter/faq");
            assertThat(heading()).hasText("よくある質問（Q&A）");
            assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(3)).first()).isVisible();
            assertNoSidewaysScroll("/counter/faq at " + width);
            assertAccessible("/counter/faq at " + width);

            // a Wednesday, so that the ward offices are open whatever day the test runs on
            open("/counter?procedure=juminhyo-copy&date=2027-01-06");
            Locator places = page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("区役所・出張所などの窓口"));
            assertThat(places).isVisible();
            // one card per place: the place's name runs across the card, not down a narrow column
            Object narrowest = places.evaluate(
                    "(t) => Math.min(...[...t.querySelectorAll('tbody th')].map((th) => th.getBoundingClientRect().width))");
            assertTrue(((Number) narrowest).doubleValue() > width * 0.7,
                    "a place's name is squeezed to " + narrowest + " px at " + width);
            assertNoSidewaysScroll("the finder at " + width);
            assertAccessible("the finder at " + width);
        }
    }
}
