package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.addMilestone;
import static jp.wardhub.proposal.ProposalSteps.answerAs;
import static jp.wardhub.proposal.ProposalSteps.bureaus;
import static jp.wardhub.proposal.ProposalSteps.draft;
import static jp.wardhub.proposal.ProposalSteps.etag;
import static jp.wardhub.proposal.ProposalSteps.id;
import static jp.wardhub.proposal.ProposalSteps.milestone;
import static jp.wardhub.proposal.ProposalSteps.notificationCount;
import static jp.wardhub.proposal.ProposalSteps.proposal;
import static jp.wardhub.proposal.ProposalSteps.publishedAnswer;
import static jp.wardhub.proposal.ProposalSteps.step;
import static jp.wardhub.proposal.ProposalSteps.submitted;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.testing.Accounts;
import jp.wardhub.testing.SendsInvalidRequests;

/** A ward proposal's life: drafted by the ward, answered by each addressed bureau on its own, carried out to done. */
@QuarkusTest
class ProposalLifecycleTest {

    @Test
    void aProposalIsDraftedSubmittedAnsweredAndCarriedOutToDone() {
        var drafted = as("chuo").contentType(ContentType.JSON).body(proposal("校区の防災訓練の拡充（試験）"))
                .post("/api/v1/proposals")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/proposals/"))
                .body("status", equalTo("DRAFT")).body("ward.code", equalTo(Accounts.CHUO))
                .body("fiscalYear", equalTo(FiscalYear.of(BusinessTime.today())))
                .body("voiceRefs", contains("V-2026-000123", "V-2026-000456"))
                .body("figures[0].label", equalTo("ヒヤリハット報告")).body("figures[0].value", equalTo(42))
                .body("actions", contains("EDIT", "SUBMIT", "WITHDRAW")).extract();
        long id = id(drafted);

        var edited = as("chuo").header("If-Match", drafted.header("ETag")).contentType(ContentType.JSON)
                .body(proposal("校区の防災訓練の拡充（試験・修正）")).put("/api/v1/proposals/" + id)
                .then().statusCode(200).body("title", equalTo("校区の防災訓練の拡充（試験・修正）")).extract();

        as("chuo").header("If-Match", edited.header("ETag")).contentType(ContentType.JSON)
                .body(bureaus("policy", "health-welfare"))
                .post("/api/v1/proposals/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("answers.bureau.code", contains("policy", "health-welfare"))
                .body("answers.publication", everyItem(equalTo("UNANSWERED")));
        LocalDate due = LocalDate
                .parse(as("chuo").get("/api/v1/proposals/" + id).then().extract().path("answers[0].dueOn"));
        assertTrue(!due.isBefore(BusinessTime.today().plusDays(30)) && BusinessTime.isBusinessDay(due), "due " + due);
        String link = "/proposals/" + id;
        as("hq").get("/api/v1/notifications?size=100").then().body(notificationCount("proposal-submitted", link),
                equalTo(1));
        as("hq-kokuho").get("/api/v1/notifications?size=100").then().body(notificationCount("proposal-submitted", link),
                equalTo(1));

        publishedAnswer(id, "policy", "ADOPTED");
        as("chuo").get("/api/v1/proposals/" + id).then().body("status", equalTo("SUBMITTED"));
        publishedAnswer(id, "health-welfare", "NOT_ADOPTED");
        as("chuo").get("/api/v1/proposals/" + id).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("answers.publication", everyItem(equalTo("PUBLISHED")))
                .body("answers.decision", contains("ADOPTED", "NOT_ADOPTED"))
                .body("actions", contains("ADD_MILESTONE", "SET_PROGRESS", "COMPLETE"));
        as("chuo").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("proposal-answer-published", link), equalTo(2));

        long milestone = addMilestone("hq", id, "危険箇所の合同点検");
        as("chuo").get("/api/v1/proposals/" + id).then().body("status", equalTo("IN_PROGRESS"))
                .body("milestones.title", contains("危険箇所の合同点検"));
        String milestoneETag = as("hq").get("/api/v1/proposals/" + id + "/milestones/" + milestone).then()
                .statusCode(200)
                .extract().header("ETag");
        as("hq").header("If-Match", milestoneETag).contentType(ContentType.JSON).body(milestone("危険箇所の合同点検", true))
                .put("/api/v1/proposals/" + id + "/milestones/" + milestone).then().statusCode(200)
                .body("done", equalTo(true));

        as("hq").header("If-Match", etag("hq", id)).contentType(ContentType.JSON).body("{\"percent\":40}")
                .put("/api/v1/proposals/" + id + "/progress").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("progressPercent", equalTo(40));
        as("hq").header("If-Match", etag("hq", id)).contentType(ContentType.JSON).body("{\"percent\":100}")
                .put("/api/v1/proposals/" + id + "/progress").then().statusCode(200)
                .body("status", equalTo("DONE")).body("actions", empty());
        as("chuo").get("/api/v1/notifications?size=100").then().body(notificationCount("proposal-done", link),
                equalTo(1));
        as("chuo").get("/api/v1/proposals/" + id).then()
                .body("timeline.kind",
                        contains("DRAFTED", "EDITED", "SUBMITTED", "ANSWERED", "APPROVED", "PUBLISHED", "ANSWERED",
                                "APPROVED", "PUBLISHED", "CONCLUDED", "MILESTONE_ADDED", "MILESTONE_UPDATED",
                                "PROGRESS", "COMPLETED"));
        as("admin").get("/api/v1/audit?entity=proposal&id=" + id + "&size=100").then().body("total", greaterThan(4));
    }

    @Test
    void eachBureauAnswersOnlyWhatIsAddressedToIt() {
        long id = submitted("地域公民館の改修（試験）", "policy");
        for (String outsider : new String[] { "hq-kokuho", "hq-kusei", "admin", "chuo" }) {
            as(outsider).header("If-Match", "*").contentType(ContentType.JSON).body(ProposalSteps.answer("ADOPTED"))
                    .post("/api/v1/proposals/" + id + "/answers").then().statusCode(403);
        }
        answerAs("hq", id, "policy", "PARTIALLY_ADOPTED").then().statusCode(200)
                .body("bureau.code", equalTo("policy")).body("decision", equalTo("PARTIALLY_ADOPTED"))
                .body("answeredBy", equalTo("hq"));
        step("admin", id, "policy", "approve").then().statusCode(200);
        as("hq-kokuho").header("If-Match", "*").post("/api/v1/proposals/" + id + "/answers/policy/publish").then()
                .statusCode(403);
        as("hq-kokuho").get("/api/v1/proposals/" + id + "/answers/health-welfare").then().statusCode(404);
    }

    @Test
    void aWardNeverSeesAnUnpublishedAnswersContent() {
        long id = submitted("子育て支援拠点の土曜開設（試験）", "policy");
        answerAs("hq", id, "policy", "NOT_ADOPTED").then().statusCode(200);

        as("chuo").get("/api/v1/proposals/" + id).then().statusCode(200)
                .body("answers[0].publication", equalTo("PENDING_PUBLICATION"))
                .body("answers[0]", not(hasKey("decision"))).body("answers[0]", not(hasKey("reasons")))
                .body("answers[0]", not(hasKey("state"))).body("answers[0]", not(hasKey("answeredBy")))
                .body("timeline.kind", not(hasItem("ANSWERED")));
        as("chuo").get("/api/v1/proposals/" + id + "/answers/policy").then().statusCode(200)
                .body("publication", equalTo("PENDING_PUBLICATION")).body("$", not(hasKey("reasons")));
        as("chuo").get("/api/v1/proposals?size=100").then()
                .body("items.find { it.id == " + id + " }.bureaus[0].publication", equalTo("PENDING_PUBLICATION"));
        // another bureau's staff see neither the proposal nor the answer until it is published
        as("hq-kokuho").get("/api/v1/proposals/" + id).then().statusCode(404);

        step("hq-seisaku", id, "policy", "approve").then().statusCode(200);
        as("chuo").get("/api/v1/proposals/" + id).then().body("answers[0]", not(hasKey("decision")));

        step("hq", id, "policy", "publish").then().statusCode(200);
        as("chuo").get("/api/v1/proposals/" + id).then()
                .body("answers[0].publication", equalTo("PUBLISHED"))
                .body("answers[0].decision", equalTo("NOT_ADOPTED"))
                .body("answers[0].reasons", containsString("地元と協議")).body("timeline.kind", hasItem("ANSWERED"));
        as("hq-kokuho").get("/api/v1/proposals/" + id).then().statusCode(200).body("answers[0].decision",
                equalTo("NOT_ADOPTED"));
    }

    @Test
    void theApproverIsNotTheAnswersAuthor() {
        long id = submitted("熊本城周辺の観光案内の多言語化（試験）", "policy");
        answerAs("hq", id, "policy", "FURTHER_STUDY").then().statusCode(200);
        step("hq", id, "policy", "approve").then().statusCode(403).body("detail", containsString("回答を書いた本人"));
        step("hq-seisaku", id, "policy", "approve").then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("approvedBy", equalTo("hq-seisaku"));

        long revised = submitted("熊本城周辺の観光案内の多言語化（試験・改訂）", "policy");
        answerAs("hq", revised, "policy", "FURTHER_STUDY").then().statusCode(200);
        answerAs("hq-seisaku", revised, "policy", "PARTIALLY_ADOPTED").then().statusCode(200).body("answeredBy",
                equalTo("hq-seisaku"));
        step("hq-seisaku", revised, "policy", "approve").then().statusCode(403);
        step("hq", revised, "policy", "approve").then().statusCode(200);
    }

    @Test
    void anIllegalTransitionIs409NamingTheAllowedActions() {
        long id = submitted("通学路の安全対策（試験・順序）", "policy");
        step("hq", id, "policy", "approve").then().statusCode(409)
                .body("type", equalTo(ProblemType.ILLEGAL_TRANSITION.type().toString()))
                .body("detail", containsString("できる操作: ANSWER"));
        answerAs("hq", id, "policy", "ADOPTED").then().statusCode(200);
        step("hq", id, "policy", "publish").then().statusCode(409).body("detail",
                containsString("できる操作: ANSWER, APPROVE"));
        as("chuo").header("If-Match", etag("chuo", id)).contentType(ContentType.JSON).body(proposal("書き換え（試験）"))
                .put("/api/v1/proposals/" + id).then().statusCode(409)
                .body("detail", containsString("できる操作: ANSWER, WITHDRAW"));
        as("chuo").header("If-Match", etag("chuo", id)).contentType(ContentType.JSON).body(bureaus("finance"))
                .post("/api/v1/proposals/" + id + "/submit").then().statusCode(409);
        as("admin").header("If-Match", etag("admin", id)).contentType(ContentType.JSON).body("{\"percent\":10}")
                .put("/api/v1/proposals/" + id + "/progress").then().statusCode(409);

        long rejected = submitted("通学路の安全対策（試験・不採用）", "policy");
        publishedAnswer(rejected, "policy", "NOT_ADOPTED");
        as("chuo").header("If-Match", etag("chuo", rejected)).post("/api/v1/proposals/" + rejected + "/withdraw").then()
                .statusCode(409)
                .body("detail", containsString("できる操作: なし"));
        as("admin").contentType(ContentType.JSON).body(milestone("採用されていない", false))
                .post("/api/v1/proposals/" + rejected + "/milestones").then().statusCode(409);
        as("hq").contentType(ContentType.JSON).body(milestone("採用されていない", false))
                .post("/api/v1/proposals/" + rejected + "/milestones").then().statusCode(403);
    }

    @Test
    void theWardWithdrawsAProposalItNoLongerNeeds() {
        long id = submitted("地域公民館の改修（試験・取下げ）", "policy", "health-welfare");
        as("chuo").header("If-Match", etag("chuo", id)).post("/api/v1/proposals/" + id + "/withdraw").then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("actions", empty());
        as("hq-kokuho").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("proposal-withdrawn", "/proposals/" + id), equalTo(1));
        answerAs("hq", id, "policy", "ADOPTED").then().statusCode(409);
    }

    @SendsInvalidRequests
    @Test
    void aStaleOrMissingIfMatchIsRefused() {
        var drafted = draft("chuo", proposal("校区の防災訓練（試験・競合）"));
        long id = id(drafted);
        as("chuo").header("If-Match", drafted.header("ETag")).contentType(ContentType.JSON)
                .body(proposal("先に保存した版（試験）"))
                .put("/api/v1/proposals/" + id).then().statusCode(200);
        as("chuo").header("If-Match", drafted.header("ETag")).contentType(ContentType.JSON)
                .body(proposal("後から保存した版（試験）"))
                .put("/api/v1/proposals/" + id).then().statusCode(412);
        as("chuo").contentType(ContentType.JSON).body(proposal("If-Match なし（試験）")).put("/api/v1/proposals/" + id)
                .then().statusCode(428);
        as("chuo").get("/api/v1/proposals/" + id).then().body("title", equalTo("先に保存した版（試験）"));

        as("chuo").header("If-Match", etag("chuo", id)).contentType(ContentType.JSON).body(bureaus("policy"))
                .post("/api/v1/proposals/" + id + "/submit").then().statusCode(200);
        String answerETag = ProposalSteps.answerETag("hq", id, "policy");
        as("hq").header("If-Match", answerETag).contentType(ContentType.JSON).body(ProposalSteps.answer("ADOPTED"))
                .post("/api/v1/proposals/" + id + "/answers").then().statusCode(200);
        as("hq-seisaku").header("If-Match", answerETag).post("/api/v1/proposals/" + id + "/answers/policy/approve")
                .then().statusCode(412);
    }

    @Test
    void wardsSeeTheirOwnProposalsAndOthersRolesNone() {
        long chuos = submitted("子育て支援拠点（試験・可視性）", "health-welfare");
        as("kita").get("/api/v1/proposals/" + chuos).then().statusCode(404);
        as("kita").get("/api/v1/proposals?size=100").then().body("items.ward.code", everyItem(equalTo(Accounts.KITA)));
        as("hq").get("/api/v1/proposals/" + chuos).then().statusCode(404);
        as("hq-kokuho").get("/api/v1/proposals/" + chuos).then().statusCode(200);
        as("chuo-floor").get("/api/v1/proposals").then().statusCode(403);
        as("chuo-liaison").get("/api/v1/proposals/" + chuos).then().statusCode(403);
        as("partner").get("/api/v1/proposals").then().statusCode(403);
        as(null).get("/api/v1/proposals").then().statusCode(401);
        as("chuo").queryParam("q", "子育て　支援拠点").get("/api/v1/proposals").then().body("items.id", hasItem((int) chuos));
    }
}
