package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.act;
import static jp.wardhub.community.CommunitySteps.chuoProgram;
import static jp.wardhub.community.CommunitySteps.grant;
import static jp.wardhub.community.CommunitySteps.granted;
import static jp.wardhub.community.CommunitySteps.programFigure;
import static jp.wardhub.community.CommunitySteps.underReview;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.Accounts;

/**
 * A grant never exceeds the requested amount, the programme's maximum, the rate times the eligible cost (rounded
 * down to the yen) or the remaining budget, nor falls below the minimum; a settlement never exceeds the grant. Each
 * refusal is a 422 whose rule names the limit and whose message gives its value; nothing changes.
 * The test programmes pay up to 1/2, 25,000–300,000 yen per application.
 */
@QuarkusTest
class GrantLimitsTest {

    private static void refused(long id, long amount, String limit, String value) {
        act("chuo", id, "grant", grant(amount)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://wardhub.city/problems/support-amount-limit"))
                .body("errors[0].field", equalTo("grantedAmountYen"))
                .body("errors[0].rule", equalTo(limit))
                .body("errors[0].message", containsString(value));
        Accounts.as("chuo").get("/api/v1/community/applications/" + id).then().body("status", equalTo("UNDER_REVIEW"));
    }

    @Test
    void notAboveTheRequestedAmount() {
        long id = underReview(chuoProgram(1_000_000), 400_000, 100_000);
        refused(id, 100_001, "requestedAmount", "100,000");
        act("chuo", id, "grant", grant(100_000)).then().statusCode(200);
    }

    @Test
    void notAboveTheMaximumPerApplication() {
        long id = underReview(chuoProgram(1_000_000), 800_000, 400_000);
        refused(id, 300_001, "maximumPerApplication", "300,000");
        act("chuo", id, "grant", grant(300_000)).then().statusCode(200);
    }

    @Test
    void notAboveTheRateOfTheEligibleCostRoundedDown() {
        // half of 200,001 yen is 100,000.5: the cap is 100,000
        long id = underReview(chuoProgram(1_000_000), 200_001, 150_000);
        refused(id, 100_001, "subsidyRate", "100,000");
        act("chuo", id, "grant", grant(100_000)).then().statusCode(200);
    }

    @Test
    void notAboveTheRemainingBudget() {
        long program = chuoProgram(400_000);
        granted(program, 300_000);
        long id = underReview(program, 400_000, 200_000);
        refused(id, 100_001, "remainingBudget", "100,000");
        act("chuo", id, "grant", grant(100_000)).then().statusCode(200);
        assertEquals(0, programFigure(program, "budgetRemainingYen"));
    }

    @Test
    void notBelowTheMinimum() {
        long id = underReview(chuoProgram(1_000_000), 100_000, 50_000);
        refused(id, 24_999, "minimumPerApplication", "25,000");
    }

    @Test
    void aRequestBelowTheMinimumCannotBeSubmitted() {
        long program = chuoProgram(1_000_000);
        long id = CommunitySteps.id(CommunitySteps.apply("chuo", program,
                CommunitySteps.application(CommunitySteps.chuoGroup(), 40_000, 20_000)));
        act("chuo", id, "submit", "{}").then().statusCode(422)
                .body("errors[0].field", equalTo("requestedAmountYen"))
                .body("errors[0].rule", equalTo("minimumPerApplication"))
                .body("errors[0].message", containsString("25,000"));
    }

    @Test
    void theFinalAmountIsNeverAboveTheGrantNorTheRateOfTheActualCost() {
        long program = chuoProgram(1_000_000);
        long id = granted(program, 100_000);
        act("chuo", id, "report", "{\"activityReport\":\"実施した\"}").then().statusCode(200);
        act("chuo", id, "settle", "{\"actualCostYen\":400000,\"finalAmountYen\":100001}").then().statusCode(422)
                .body("errors[0].field", equalTo("finalAmountYen")).body("errors[0].rule", equalTo("grantedAmount"))
                .body("errors[0].message", containsString("100,000"));
        act("chuo", id, "settle", "{\"actualCostYen\":150001,\"finalAmountYen\":80000}").then().statusCode(422)
                .body("errors[0].rule", equalTo("subsidyRate")).body("errors[0].message", containsString("75,000"));
        assertEquals(100_000, programFigure(program, "budgetGrantedYen"));
        act("chuo", id, "settle", "{\"actualCostYen\":150001,\"finalAmountYen\":75000}").then().statusCode(200);
        assertEquals(75_000, programFigure(program, "budgetGrantedYen"));
    }
}
