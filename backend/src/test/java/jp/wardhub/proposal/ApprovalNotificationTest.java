package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.answerAs;
import static jp.wardhub.proposal.ProposalSteps.notificationCount;
import static jp.wardhub.proposal.ProposalSteps.submitted;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** An answer submitted for approval tells those who approve it, and only them, with a link to the proposal. */
@QuarkusTest
class ApprovalNotificationTest {

    private static final String KIND = "proposal-answer-awaits-approval";

    @Test
    void theBureausOtherStaffAreToldAnAnswerAwaitsTheirApproval() {
        long id = submitted("承認待ちの通知の確認", "policy");
        String link = "/proposals/" + id;
        answerAs("hq", id, "policy", "ADOPTED").then().statusCode(200);

        // hq-seisaku, another member of the Policy Bureau, approves hq's answers
        as("hq-seisaku").get("/api/v1/notifications?size=100").then().statusCode(200)
                .body(notificationCount(KIND, link), equalTo(1))
                .body("items.find { it.kind == '" + KIND + "' && it.link == '" + link + "' }.titleJa",
                        equalTo("区提案「承認待ちの通知の確認」への回答が承認を待っています"));
        // the author may not approve their own answer; other bureaus and wards have nothing to approve
        as("hq").get("/api/v1/notifications?size=100").then().body(notificationCount(KIND, link), equalTo(0));
        as("hq-kokuho").get("/api/v1/notifications?size=100").then().body(notificationCount(KIND, link), equalTo(0));
        as("chuo").get("/api/v1/notifications?size=100").then().body(notificationCount(KIND, link), equalTo(0));

        // a revised answer awaits approval again
        answerAs("hq", id, "policy", "PARTIALLY_ADOPTED").then().statusCode(200);
        as("hq-seisaku").get("/api/v1/notifications?size=100").then().body(notificationCount(KIND, link), equalTo(2));
    }
}
