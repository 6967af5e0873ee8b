package jp.wardhub.spa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;

/**
 * What a test's page did, kept to explain a failure: each page load and API request with its status and how long it
 * took, requests that failed or never finished, script errors. Times are from the page's opening; they explain, they
 * are never asserted.
 */
final class PageJournal {

    private static final int TEXT_CHARS = 2_000;

    /** The headings, paragraphs, tables and messages of the main region, outside its forms. */
    private static final String MAIN_TEXT = """
            () => {
              const main = document.querySelector('#main-content') ?? document.body;
              const parts = 'h1, h2, h3, p, table, [role=alert], [role=status]';
              return [...main.querySelectorAll(parts)]
                .filter((e) => !e.closest('form') && !e.parentElement?.closest(parts))
                .map((e) => e.innerText.trim()).filter(Boolean).join('\\n');
            }""";

    private final Page page;
    private final long opened = System.nanoTime();
    private final List<String> lines = new ArrayList<>();
    private final Map<Request, Long> waiting = new ConcurrentHashMap<>();

    PageJournal(Page page) {
        this.page = page;
        page.onRequest(request -> {
            if (request.isNavigationRequest() && request.frame() == page.mainFrame()) {
                // a new document ends what the last one asked (the browser reports no failure for those)
                waiting.keySet().forEach(left -> add(request.method() + " " + path(left) + " → left unanswered"));
                waiting.clear();
            }
            if (kept(request)) {
                waiting.put(request, System.nanoTime());
            }
        });
        page.onResponse(response -> ended(response.request(), Integer.toString(response.status())));
        page.onRequestFailed(request -> ended(request, "failed: " + request.failure()));
        page.onPageError(error -> add("script error: " + error));
    }

    /** Page loads and calls of the API; scripts, styles and images only when they fail. */
    private static boolean kept(Request request) {
        return "document".equals(request.resourceType()) || request.url().contains("/api/");
    }

    private void ended(Request request, String outcome) {
        Long started = waiting.remove(request);
        if (started != null || outcome.startsWith("failed")) {
            add(request.method() + " " + path(request) + " → " + outcome
                    + (started == null ? "" : " in " + (System.nanoTime() - started) / 1_000_000 + " ms"));
        }
    }

    private synchronized void add(String line) {
        lines.add(String.format("%8.3f s  %s", (System.nanoTime() - opened) / 1e9, line));
    }

    private static String path(Request request) {
        return request.url().replaceFirst("^https?://[^/]+", "");
    }

    /** The report of a failed test: where the page is, what it says, its journal, a screenshot's path. */
    synchronized String report(String test) {
        StringBuilder out = new StringBuilder("\n==== the page when " + test + " failed ====\n");
        try {
            out.append("address: ").append(page.url()).append('\n');
            String text = (String) page.evaluate(MAIN_TEXT);
            out.append("what its main region says (forms left out):\n")
                    .append(text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) + " …" : text).append('\n');
            Path shot = Path.of("target", "browser-failures", test + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            out.append("screenshot: ").append(shot.toAbsolutePath()).append('\n');
        } catch (PlaywrightException e) {
            out.append("(the page could not be read: ").append(e.getMessage().lines().findFirst().orElse(""))
                    .append(")\n");
        }
        out.append("its requests:\n");
        lines.forEach(line -> out.append(line).append('\n'));
        out.append(waiting.entrySet().stream()
                .map(w -> "still waiting after " + (System.nanoTime() - w.getValue()) / 1_000_000 + " ms: "
                        + w.getKey().method() + " " + path(w.getKey()))
                .collect(Collectors.joining("\n")));
        return out.append("\n====").toString();
    }
}
