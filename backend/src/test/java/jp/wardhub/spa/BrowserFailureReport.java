package jp.wardhub.spa;

import io.quarkus.test.junit.callback.QuarkusTestAfterTestExecutionCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * When a browser test fails, prints what its page showed and asked the server before the page is closed (Quarkus runs
 * this callback after the test method and before its {@code @AfterEach}; registered in {@code META-INF/services}).
 */
public class BrowserFailureReport implements QuarkusTestAfterTestExecutionCallback {

    @Override
    public void afterTestExecution(QuarkusTestMethodContext context) {
        if (context.getTestInstance() instanceof BrowserTest test && context.getTestStatus().isTestFailed()) {
            test.reportFailure(test.getClass().getSimpleName() + "." + context.getTestMethod().getName());
        }
    }
}
