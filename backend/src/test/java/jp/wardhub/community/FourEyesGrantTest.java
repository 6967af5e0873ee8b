package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.act;
import static jp.wardhub.community.CommunitySteps.application;
import static jp.wardhub.community.CommunitySteps.apply;
import static jp.wardhub.community.CommunitySteps.chuoGroup;
import static jp.wardhub.community.CommunitySteps.chuoProgram;
import static jp.wardhub.community.CommunitySteps.grant;
import static jp.wardhub.community.CommunitySteps.id;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.community.SupportApplicationPolicy.FourEyesStep;

/**
 * 四つの目の原則 (four eyes) on grants: who recorded, submitted or reviewed an application may not decide its grant,
 * administrators included; another member of staff may, and the application says who did each step.
 */
@QuarkusTest
class FourEyesGrantTest {

    private static final String FOUR_EYES = "https://wardhub.city/problems/four-eyes";

    /** Recorded by {@code recorder}, submitted by {@code submitter} and reviewed by {@code reviewer}. */
    private static long underReview(String recorder, String submitter, String reviewer) {
        long id = id(apply(recorder, chuoProgram(1_000_000), application(chuoGroup(), 200_000, 100_000)));
        act(submitter, id, "submit", "{}").then().statusCode(200);
        act(reviewer, id, "review", "{}").then().statusCode(200);
        return id;
    }

    @Test
    void theReviewerIsRefusedTheGrantAndAnotherMemberOfStaffDecidesIt() {
        long id = underReview("chuo-liaison", "chuo-liaison", "chuo");
        as("chuo").get("/api/v1/community/applications/" + id).then().statusCode(200)
                .body("fourEyesConflict", equalTo("REVIEWED"));
        act("chuo", id, "grant", grant(100_000)).then().statusCode(403)
                .body("type", equalTo(FOUR_EYES))
                .body("title", containsString("四つの目の原則"))
                .body("detail", containsString("この申請を審査した職員は交付決定できません"));
        as("admin").get("/api/v1/community/applications/" + id).then().body("status", equalTo("UNDER_REVIEW"))
                .body("grantedAmountYen", nullValue());

        as("chuo-kessai").get("/api/v1/community/applications/" + id).then().body("fourEyesConflict", nullValue());
        act("chuo-kessai", id, "grant", grant(100_000)).then().statusCode(200).body("status", equalTo("GRANTED"))
                .body("createdBy", equalTo("chuo-liaison")).body("submittedBy", equalTo("chuo-liaison"))
                .body("reviewedBy", equalTo("chuo")).body("decidedBy", equalTo("chuo-kessai"));
    }

    @Test
    void whoRecordedOrSubmittedTheApplicationIsRefusedToo() {
        long recordedByChuo = underReview("chuo", "chuo-liaison", "chuo-kessai");
        act("chuo", recordedByChuo, "grant", grant(100_000)).then().statusCode(403).body("type", equalTo(FOUR_EYES))
                .body("detail", containsString("記録した"));
        long submittedByChuo = underReview("chuo-liaison", "chuo", "chuo-kessai");
        act("chuo", submittedByChuo, "grant", grant(100_000)).then().statusCode(403).body("type", equalTo(FOUR_EYES))
                .body("detail", containsString("提出した"));
        // declining is not a grant: the reviewer may still decline
        act("chuo-kessai", submittedByChuo, "decline", "{\"reason\":\"対象外\"}").then().statusCode(200)
                .body("decidedBy", equalTo("chuo-kessai"));
    }

    @Test
    void anAdministratorWhoReviewedIsRefusedAsWell() {
        long id = underReview("chuo-liaison", "chuo-liaison", "admin");
        act("admin", id, "grant", grant(100_000)).then().statusCode(403).body("type", equalTo(FOUR_EYES));
        act("chuo", id, "grant", grant(100_000)).then().statusCode(200);
    }

    @Test
    void theRuleIsOnePureFunction() {
        Caller chuo = new Caller("chuo", Role.WARD, "431010", null, null, Set.of());
        assertEquals(FourEyesStep.REVIEWED, SupportApplicationPolicy.fourEyesConflict(chuo, "chuo", "chuo", "chuo"));
        assertEquals(FourEyesStep.SUBMITTED, SupportApplicationPolicy.fourEyesConflict(chuo, "x", "chuo", "y"));
        assertEquals(FourEyesStep.RECORDED, SupportApplicationPolicy.fourEyesConflict(chuo, "chuo", "x", "y"));
        assertNull(SupportApplicationPolicy.fourEyesConflict(chuo, "x", "y", "z"));
        assertNull(SupportApplicationPolicy.fourEyesConflict(chuo, "x", null, null));
    }
}
