package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.CHUO;
import static jp.wardhub.community.CommunitySteps.act;
import static jp.wardhub.community.CommunitySteps.application;
import static jp.wardhub.community.CommunitySteps.apply;
import static jp.wardhub.community.CommunitySteps.chuoGroup;
import static jp.wardhub.community.CommunitySteps.chuoProgram;
import static jp.wardhub.community.CommunitySteps.cityProgram;
import static jp.wardhub.community.CommunitySteps.createProgram;
import static jp.wardhub.community.CommunitySteps.etag;
import static jp.wardhub.community.CommunitySteps.grant;
import static jp.wardhub.community.CommunitySteps.id;
import static jp.wardhub.community.CommunitySteps.kitaGroup;
import static jp.wardhub.community.CommunitySteps.program;
import static jp.wardhub.community.CommunitySteps.programFigure;
import static jp.wardhub.community.CommunitySteps.underReview;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * The application workflow: DRAFT → SUBMITTED → UNDER_REVIEW → GRANTED or DECLINED → ACTIVITY_REPORTED → SETTLED,
 * with its history, its audit entries, the budget kept right, and the rules on period and ward.
 */
@QuarkusTest
class SupportApplicationWorkflowTest {

    @Test
    void anApplicationGoesFromDraftToSettledAndTheDifferenceReturnsToTheBudget() {
        long program = chuoProgram(1_000_000);
        var created = apply("chuo-liaison", program, application(chuoGroup(), 400_000, 200_000));
        long id = id(created);
        assertEquals("DRAFT", created.path("status"));
        assertEquals(List.of("SUBMIT"), created.path("actions"));
        assertEquals("/api/v1/community/applications/" + id,
                created.header("Location").replaceFirst("^https?://[^/]+", ""));

        act("chuo-liaison", id, "submit", "{\"note\":\"窓口で受付\"}").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedOn", equalTo(BusinessTime.today().toString()))
                .body("actions", equalTo(List.of())); // the liaison records; the ward decides
        act("chuo-kessai", id, "review", "{}").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"))
                .body("actions", equalTo(List.of("GRANT", "DECLINE")));
        act("chuo", id, "grant", grant(180_000)).then().statusCode(200).body("status", equalTo("GRANTED"))
                .body("grantedAmountYen", equalTo(180_000));
        assertEquals(180_000, programFigure(program, "budgetGrantedYen"));
        assertEquals(820_000, programFigure(program, "budgetRemainingYen"));

        act("chuo-liaison", id, "report", "{\"activityReport\":\"2 月 15 日に開催し約 300 人が参加\"}").then().statusCode(200)
                .body("status", equalTo("ACTIVITY_REPORTED"));
        act("chuo", id, "settle", "{\"actualCostYen\":300000,\"finalAmountYen\":150000}").then().statusCode(200)
                .body("status", equalTo("SETTLED")).body("actualCostYen", equalTo(300_000))
                .body("finalAmountYen", equalTo(150_000))
                .body("actions", equalTo(List.of()))
                .body("history.action", equalTo(List.of("CREATE", "SUBMIT", "REVIEW", "GRANT", "REPORT", "SETTLE")))
                .body("submittedBy", equalTo("chuo-liaison")).body("reviewedBy", equalTo("chuo-kessai"))
                .body("decidedBy", equalTo("chuo"))
                .body("history.toStatus",
                        equalTo(List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "GRANTED", "ACTIVITY_REPORTED",
                                "SETTLED")))
                .body("history[3].amountYen", equalTo(180_000)).body("history[5].amountYen", equalTo(150_000))
                .body("history[1].note", equalTo("窓口で受付")).body("history[1].actor", equalTo("chuo-liaison"));
        assertEquals(150_000, programFigure(program, "budgetGrantedYen"));
        assertEquals(850_000, programFigure(program, "budgetRemainingYen"));

        List<String> audited = as("admin").get("/api/v1/audit?entity=support-application&id=" + id).then()
                .statusCode(200)
                .extract().path("items.action");
        assertTrue(audited.containsAll(List.of("create", "submit", "review", "grant", "report", "settle")),
                audited.toString());
    }

    @Test
    void aDeclinedApplicationKeepsItsReasonAndTakesNoBudget() {
        long program = chuoProgram(500_000);
        long id = underReview(program, 100_000, 50_000);
        act("chuo", id, "decline", "{\"reason\":\"補助の対象となる活動ではないため\"}").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("補助の対象となる活動ではないため"))
                .body("actions", equalTo(List.of()));
        assertEquals(500_000, programFigure(program, "budgetRemainingYen"));
        act("chuo", id, "grant", grant(50_000)).then().statusCode(409);
    }

    @Test
    void anIllegalTransitionIs409NamingTheAllowedActions() {
        long program = chuoProgram(500_000);
        long id = id(apply("chuo", program, application(chuoGroup(), 100_000, 50_000)));
        act("chuo", id, "grant", grant(50_000)).then().statusCode(409)
                .body("type", equalTo("https://wardhub.city/problems/illegal-transition"))
                .body("detail", containsString("SUBMIT"));
        act("chuo", id, "report", "{\"activityReport\":\"x\"}").then().statusCode(409);
        act("chuo", id, "settle", "{\"actualCostYen\":1,\"finalAmountYen\":1}").then().statusCode(409);
        act("chuo", id, "submit", "{}").then().statusCode(200);
        act("chuo", id, "submit", "{}").then().statusCode(409).body("detail", containsString("REVIEW"));
    }

    @SendsInvalidRequests
    @Test
    void aStaleOrMissingIfMatchChangesNothing() {
        long program = chuoProgram(500_000);
        long id = id(apply("chuo", program, application(chuoGroup(), 100_000, 50_000)));
        String first = etag(id);
        act("chuo", id, "submit", "{}").then().statusCode(200);
        as("chuo").header("If-Match", first).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/community/applications/" + id + "/review").then().statusCode(412);
        as("chuo").contentType(ContentType.JSON).body("{}").post("/api/v1/community/applications/" + id + "/review")
                .then().statusCode(428);
        as("chuo").get("/api/v1/community/applications/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void submittingOutsideTheApplicationPeriodIs422() {
        var today = BusinessTime.today();
        long closed = createProgram("chuo", program(CHUO, 500_000, today.minusDays(60), today.minusDays(1)));
        long notYet = createProgram("chuo", program(CHUO, 500_000, today.plusDays(1), today.plusDays(60)));
        long late = id(apply("chuo", closed, application(chuoGroup(), 100_000, 50_000)));
        long early = id(apply("chuo", notYet, application(chuoGroup(), 100_000, 50_000)));
        act("chuo", late, "submit", "{}").then().statusCode(422)
                .body("type", equalTo("https://wardhub.city/problems/outside-application-period"))
                .body("errors[0].field", equalTo("applicationTo")).body("errors[0].rule", equalTo("ApplicationPeriod"));
        act("chuo", early, "submit", "{}").then().statusCode(422).body("errors[0].field", equalTo("applicationFrom"));
        as("chuo").get("/api/v1/community/applications/" + late).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aWardProgrammeTakesOnlyItsOwnWardsGroupsAndACityWideOneTakesAny() {
        long chuoProgram = chuoProgram(500_000);
        as("admin").contentType(ContentType.JSON).body(application(kitaGroup(), 100_000, 50_000))
                .post("/api/v1/community/programs/" + chuoProgram + "/applications").then().statusCode(422)
                .body("type", equalTo("https://wardhub.city/problems/program-not-for-group"))
                .body("errors[0].field", equalTo("groupId"));

        long city = cityProgram(2_000_000);
        long kitaApplication = id(apply("kita", city, application(kitaGroup(), 100_000, 50_000)));
        act("kita", kitaApplication, "submit", "{}").then().statusCode(200).body("actions", equalTo(List.of()));
        // a city-wide programme is decided by the programme bureau, not by the group's ward
        act("kita", kitaApplication, "review", "{}").then().statusCode(403);
        act("hq-kusei", kitaApplication, "review", "{}").then().statusCode(200).body("actions",
                hasItems("GRANT", "DECLINE"));
        // four eyes: the bureau's reviewer does not also decide the grant
        act("admin", kitaApplication, "grant", grant(50_000)).then().statusCode(200);
        assertEquals(1_950_000, programFigure(city, "budgetRemainingYen"));
    }

    @Test
    void aReplayedCreateRecordsOneApplication() {
        long program = chuoProgram(500_000);
        String body = application(chuoGroup(), 100_000, 50_000);
        String key = "application-" + java.util.UUID.randomUUID();
        var first = as("chuo").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/community/programs/" + program + "/applications").then().statusCode(201).extract();
        as("chuo").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/community/programs/" + program + "/applications").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        as("chuo").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(application(chuoGroup(), 100_000, 40_000))
                .post("/api/v1/community/programs/" + program + "/applications").then().statusCode(422);
        as("chuo").get("/api/v1/community/programs/" + program + "/applications").then().statusCode(200).body("total",
                equalTo(1));
    }

    @Test
    void theProgrammesListShowsWhatAWardsGroupsMayApplyFor() {
        long chuo = chuoProgram(500_000);
        long city = cityProgram(500_000);
        List<Integer> forKita = as("kita").get("/api/v1/community/programs?ward=431052&size=100").then().statusCode(200)
                .extract().path("items.id");
        assertTrue(forKita.contains((int) city) && !forKita.contains((int) chuo), forKita.toString());
        as("chuo-liaison").get("/api/v1/community/programs/" + chuo).then().statusCode(200)
                .body("subsidyRate.numerator", equalTo(1)).body("subsidyRate.denominator", equalTo(2))
                .body("subsidyRatePercent", equalTo(50.0f)).body("acceptingApplications", equalTo(true))
                .body("cityWide", equalTo(false)).body("budgetRemainingYen", equalTo(500_000));
    }
}
