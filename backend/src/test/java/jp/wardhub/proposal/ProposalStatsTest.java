package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.answerAs;
import static jp.wardhub.proposal.ProposalSteps.etag;
import static jp.wardhub.proposal.ProposalSteps.proposal;
import static jp.wardhub.proposal.ProposalSteps.publishedAnswer;
import static jp.wardhub.proposal.ProposalSteps.submittedBy;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The reflection rate counted both ways, on a data set of its own (fiscal year 2091, which nothing else uses):
 * per proposal (reflected when at least one bureau adopted it, partially counting) and per bureau request.
 * <pre>
 *   P1 chuo  policy ADOPTED            health-welfare NOT_ADOPTED
 *   P2 chuo  policy NOT_ADOPTED
 *   P3 chuo                            health-welfare PARTIALLY_ADOPTED
 *   P4 kita  policy FURTHER_STUDY      health-welfare NOT_ADOPTED
 *   P5 chuo  policy ADOPTED, not yet published            (not counted)
 *   P6 chuo  policy ADOPTED, published, then withdrawn    (not counted)
 * </pre>
 * Per proposal 2 of 4 were reflected (50.0%); per bureau request 2 of 6 (33.3%).
 */
@QuarkusTest
class ProposalStatsTest {

    private static final int FY = 2091;
    private static boolean answered;

    @BeforeEach
    void aFiscalYearOfAnswers() {
        if (answered) {
            return;
        }
        answered = true;
        long p1 = submittedBy("chuo", budget("反映率の試験 P1"), "policy", "health-welfare");
        publishedAnswer(p1, "policy", "ADOPTED");
        publishedAnswer(p1, "health-welfare", "NOT_ADOPTED");
        long p2 = submittedBy("chuo", budget("反映率の試験 P2"), "policy");
        publishedAnswer(p2, "policy", "NOT_ADOPTED");
        long p3 = submittedBy("chuo", budget("反映率の試験 P3"), "health-welfare");
        publishedAnswer(p3, "health-welfare", "PARTIALLY_ADOPTED");
        long p4 = submittedBy("kita", budget("反映率の試験 P4"), "policy", "health-welfare");
        publishedAnswer(p4, "policy", "FURTHER_STUDY");
        publishedAnswer(p4, "health-welfare", "NOT_ADOPTED");
        long p5 = submittedBy("chuo", budget("反映率の試験 P5"), "policy");
        answerAs("hq", p5, "policy", "ADOPTED").then().statusCode(200);
        long p6 = submittedBy("chuo", budget("反映率の試験 P6"), "policy", "health-welfare");
        publishedAnswer(p6, "policy", "ADOPTED");
        as("chuo").header("If-Match", etag("chuo", p6)).post("/api/v1/proposals/" + p6 + "/withdraw").then()
                .statusCode(200);
    }

    private static String budget(String title) {
        return proposal(title, "BUDGET_REQUEST", FY);
    }

    @Test
    void byBureauEachAnswerIsOneRequestAndTheTotalCountsProposalsOnce() {
        JsonPath stats = as("hq").get("/api/v1/proposals/stats?groupBy=bureau&fiscalYear=" + FY).then().statusCode(200)
                .body("groupBy", equalTo("bureau")).body("fiscalYear", equalTo(FY))
                .body("groups.key", contains("policy", "health-welfare"))
                .extract().jsonPath();
        group(stats, "groups[0]", 3, 1, "33.3", 3, 1, "33.3");
        group(stats, "groups[1]", 3, 1, "33.3", 3, 1, "33.3");
        group(stats, "total", 4, 2, "50.0", 6, 2, "33.3");
        assertEquals(1, stats.getInt("total.decisions.adopted"));
        assertEquals(1, stats.getInt("total.decisions.partiallyAdopted"));
        assertEquals(1, stats.getInt("total.decisions.furtherStudy"));
        assertEquals(3, stats.getInt("total.decisions.notAdopted"));
        assertEquals("政策局", stats.getString("groups[0].labelJa"));
    }

    @Test
    void byWardAProposalIsReflectedWhenAnyBureauAdoptedIt() {
        JsonPath stats = as("chuo").get("/api/v1/proposals/stats?groupBy=ward&fiscalYear=" + FY).then().statusCode(200)
                .body("groups.key", contains("431010", "431052")).extract().jsonPath();
        group(stats, "groups[0]", 3, 2, "66.7", 4, 2, "50.0");
        group(stats, "groups[1]", 1, 0, "0.0", 2, 0, "0.0");
    }

    @Test
    void byFiscalYearTheYearMatchesTheTotal() {
        JsonPath stats = as("admin").get("/api/v1/proposals/stats?groupBy=fiscalYear&fiscalYear=" + FY).then()
                .statusCode(200)
                .body("groups.key", contains(Integer.toString(FY))).body("groups[0].labelJa", equalTo(FY + "年度"))
                .extract().jsonPath();
        group(stats, "groups[0]", 4, 2, "50.0", 6, 2, "33.3");
        as("admin").get("/api/v1/proposals/stats?groupBy=fiscalYear").then().statusCode(200)
                .body("groups.find { it.key == '" + FY + "' }.requests", equalTo(6));
        as("admin").get("/api/v1/proposals/stats?fiscalYear=2092").then().statusCode(200)
                .body("groupBy", equalTo("bureau")).body("total.proposals", equalTo(0))
                .body("total.proposalReflectionRate", nullValue());
    }

    @Test
    void onlyStaffOfWardsAndHqSeeTheFigures() {
        as("chuo-liaison").get("/api/v1/proposals/stats").then().statusCode(403);
        as("partner").get("/api/v1/proposals/stats").then().statusCode(403);
        as(null).get("/api/v1/proposals/stats").then().statusCode(401);
    }

    private static void group(JsonPath stats, String path, int proposals, int reflectedProposals, String proposalRate,
            int requests, int reflectedRequests, String requestRate) {
        assertAll(path,
                () -> assertEquals(proposals, stats.getInt(path + ".proposals"), "proposals"),
                () -> assertEquals(reflectedProposals, stats.getInt(path + ".reflectedProposals"),
                        "reflected proposals"),
                () -> assertEquals(new BigDecimal(proposalRate),
                        new BigDecimal(stats.getString(path + ".proposalReflectionRate")), "proposal rate"),
                () -> assertEquals(requests, stats.getInt(path + ".requests"), "requests"),
                () -> assertEquals(reflectedRequests, stats.getInt(path + ".reflectedRequests"), "reflected requests"),
                () -> assertEquals(new BigDecimal(requestRate),
                        new BigDecimal(stats.getString(path + ".requestReflectionRate")), "request rate"));
    }
}
