package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.chuoProgram;
import static jp.wardhub.community.CommunitySteps.etag;
import static jp.wardhub.community.CommunitySteps.grant;
import static jp.wardhub.community.CommunitySteps.programFigure;
import static jp.wardhub.community.CommunitySteps.underReview;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The remaining budget never goes below zero under concurrent grants: ten grants of 250,000 yen fired at once at a
 * programme of 1,000,000 yen give exactly four grants, and the others are refused naming the remaining budget.
 */
@QuarkusTest
class ConcurrentGrantTest {

    private static final int GRANTS = 10;
    private static final long BUDGET = 1_000_000;
    private static final long AMOUNT = 250_000;

    @Test
    void concurrentGrantsNeverTakeMoreThanTheBudget() throws Exception {
        long program = chuoProgram(BUDGET);
        List<Long> applications = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        for (int i = 0; i < GRANTS; i++) {
            long id = underReview(program, AMOUNT * 2, AMOUNT);
            applications.add(id);
            etags.add(etag(id));
        }
        as("chuo"); // signs in before the threads start
        ExecutorService pool = Executors.newFixedThreadPool(GRANTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < GRANTS; i++) {
                long id = applications.get(i);
                String etag = etags.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return as("chuo").header("If-Match", etag).contentType(ContentType.JSON).body(grant(AMOUNT))
                            .post("/api/v1/community/applications/" + id + "/grant");
                }));
            }
            start.countDown();
            int granted = 0;
            for (Future<Response> answer : answers) {
                Response r = answer.get(120, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    granted++;
                } else {
                    assertEquals(422, r.statusCode(), r.asString());
                    assertEquals("remainingBudget", r.path("errors[0].rule"), r.asString());
                }
            }
            long fits = BUDGET / AMOUNT;
            assertEquals(fits, granted, "grants that fit the budget");
        } finally {
            pool.shutdownNow();
        }

        long sum = 0;
        int grantedApplications = 0;
        for (long id : applications) {
            var view = as("admin").get("/api/v1/community/applications/" + id).then().statusCode(200).extract();
            if ("GRANTED".equals(view.path("status"))) {
                grantedApplications++;
                sum += ((Number) view.path("grantedAmountYen")).longValue();
            } else {
                assertEquals("UNDER_REVIEW", view.path("status"));
            }
        }
        assertEquals(BUDGET / AMOUNT, grantedApplications);
        assertTrue(sum <= BUDGET, "granted " + sum + " of " + BUDGET);
        assertEquals(sum, programFigure(program, "budgetGrantedYen"));
        assertEquals(BUDGET - sum, programFigure(program, "budgetRemainingYen"));
    }
}
