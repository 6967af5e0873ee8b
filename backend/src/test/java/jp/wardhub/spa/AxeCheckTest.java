package jp.wardhub.spa;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The accessibility check the browser tests rely on does fail on a real violation. */
@QuarkusTest
class AxeCheckTest extends BrowserTest {

    @Test
    void anUnlabelledFieldAndLowContrastTextFailTheCheck() {
        page.setContent("""
                <!doctype html><html lang="ja"><head><title>悪い例</title></head><body><main><h1>悪い例</h1>
                <input type="text"><p style="color:#ccc;background:#fff">読みにくい文字</p></main></body></html>""");
        AssertionError failure = assertThrows(AssertionError.class, () -> assertAccessible("a bad page"));
        assertTrue(failure.getMessage().contains("label"), failure.getMessage());
        assertTrue(failure.getMessage().contains("color-contrast"), failure.getMessage());
    }
}
