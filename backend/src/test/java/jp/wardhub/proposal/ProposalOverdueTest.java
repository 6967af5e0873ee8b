package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.notificationCount;
import static jp.wardhub.proposal.ProposalSteps.publishedAnswer;
import static jp.wardhub.proposal.ProposalSteps.submitted;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;

/** Answers have due dates: what is past due is listed, and the daily job tells the bureau once. */
@QuarkusTest
class ProposalOverdueTest {

    /** An HQ account of the Economy and Tourism Bureau, which no other test addresses, so its notifications are few. */
    private static final String TOURISM = "hq-kanko-test";

    @Inject
    ProposalAnswerService answers;

    @Test
    void proposalsWithAnAnswerPastItsDueDateAreListedAsOverdue() {
        long id = submitted("通学路の安全対策（試験・期限切れ）", "policy", "health-welfare");
        publishedAnswer(id, "health-welfare", "ADOPTED");
        dueDatesMovedTo(id, BusinessTime.today().minusDays(1));

        as("chuo").get("/api/v1/proposals?overdue=true&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.find { it.id == " + id + " }.overdue", equalTo(true));
        as("admin").get("/api/v1/proposals?overdue=true&bureau=policy&size=100").then().body("items.id",
                hasItem((int) id));
        // the published answer is not overdue, whatever its due date
        as("admin").get("/api/v1/proposals?overdue=true&bureau=health-welfare&size=100").then().body("items.id",
                not(hasItem((int) id)));
        as("admin").get("/api/v1/proposals?overdue=false&size=100").then().body("items.id", not(hasItem((int) id)));
        as("hq").get("/api/v1/proposals?overdue=true&size=100").then().body("items.id", hasItem((int) id));
        as("chuo").get("/api/v1/proposals/" + id).then()
                .body("answers.find { it.bureau.code == 'policy' }.overdue", equalTo(true))
                .body("answers.find { it.bureau.code == 'health-welfare' }.overdue", equalTo(false));

        long onTime = submitted("通学路の安全対策（試験・期限内）", "policy");
        as("chuo").get("/api/v1/proposals?overdue=true&size=100").then().body("items.id", not(hasItem((int) onTime)));
    }

    @Test
    void theDailyJobTellsTheBureauOfAnOverdueAnswerOnce() {
        tourismAccount();
        long id = submitted("熊本城周辺の観光案内（試験・期限切れ通知）", "economy-tourism");
        String link = "/proposals/" + id;
        LocalDate due = LocalDate
                .parse(as(TOURISM).get("/api/v1/proposals/" + id).then().extract().path("answers[0].dueOn"));

        answers.notifyOverdueAnswers(due);
        as(TOURISM).get("/api/v1/notifications?size=100").then()
                .body(notificationCount("proposal-answer-overdue", link), equalTo(0));

        answers.notifyOverdueAnswers(due.plusDays(1));
        answers.notifyOverdueAnswers(due.plusDays(2));
        as(TOURISM).get("/api/v1/notifications?size=100").then().statusCode(200)
                .body(notificationCount("proposal-answer-overdue", link), equalTo(1));
    }

    private static void dueDatesMovedTo(long proposalId, LocalDate due) {
        QuarkusTransaction.requiringNew()
                .run(() -> ProposalAnswer.update("dueOn = ?1 where proposalId = ?2", due, proposalId));
    }

    private static void tourismAccount() {
        int status = as("admin").contentType(ContentType.JSON).body("""
                {"username":"%s","displayName":"観光 試験","role":"HQ","bureauCode":"economy-tourism",
                 "sectionCode":"tourism-policy","password":"wardhub-demo","active":true}""".formatted(TOURISM))
                .post("/api/v1/staff").then().extract().statusCode();
        assertTrue(status == 201 || status == 409, "account " + status);
    }
}
