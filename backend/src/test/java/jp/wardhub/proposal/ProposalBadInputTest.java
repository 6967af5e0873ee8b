package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.draft;
import static jp.wardhub.proposal.ProposalSteps.etag;
import static jp.wardhub.proposal.ProposalSteps.id;
import static jp.wardhub.proposal.ProposalSteps.proposal;
import static jp.wardhub.proposal.ProposalSteps.submitted;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.Accounts;
import jp.wardhub.testing.SendsInvalidRequests;

/** Bad input to proposals and consultations is a 400 naming the field (or query parameter) and the rule it broke. */
@SendsInvalidRequests
@QuarkusTest
class ProposalBadInputTest {

    private static Response draftAs(String who, String body) {
        return as(who).contentType(ContentType.JSON).body(body).post("/api/v1/proposals");
    }

    private static void refused(Response response, String field, String rule) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.rule", hasItem(rule));
    }

    @Test
    void aProposalNamesEachMissingOrMalformedField() {
        String valid = proposal("入力確認（試験）");
        refused(draftAs("chuo", valid.replace("\"title\":\"入力確認（試験）\",", "")), "title", "NotBlank");
        refused(draftAs("chuo", valid.replace("\"PROJECT\"", "\"WISH\"")), "kind", "Enum");
        refused(draftAs("chuo", valid.replace("\"PROJECT\"", "\"BUDGET_REQUEST\"")), "fiscalYear", "NotNull");
        refused(draftAs("chuo", valid.replace("\"V-2026-000456\"", "\"2026-456\"")), "voiceRefs[1]", "Pattern");
        refused(draftAs("chuo", valid.replace("\"V-2026-000456\"", "\"V-2026-000123\"")), "voiceRefs[1]", "Unique");
        refused(draftAs("chuo", valid.replace("\"label\":\"ヒヤリハット報告\"", "\"label\":\"\"")), "figures[0].label",
                "NotBlank");
        refused(draftAs("chuo", valid.replace("12000000", "-1")), "estimatedCostYen", "Min");
        refused(draftAs("chuo", valid.replaceFirst("\\{", "{\"fiscalYear\":1999,")), "fiscalYear", "Min");
        refused(draftAs("chuo", valid.replaceFirst("\\{", "{\"secret\":true,")), "secret", "UnknownProperty");
        refused(draftAs("admin", valid), "wardCode", "Exists");
    }

    @Test
    void submittingNamesTheBadBureauOrDueDate() {
        long id = id(draft("chuo", proposal("提出の入力確認（試験）")));
        refused(submit(id, "{\"bureauCodes\":[\"policy\",\"castle\"]}"), "bureauCodes[1]", "Exists");
        refused(submit(id, "{\"bureauCodes\":[\"policy\",\"policy\"]}"), "bureauCodes[1]", "Unique");
        refused(submit(id, "{\"bureauCodes\":[]}"), "bureauCodes", "Size");
        refused(submit(id, "{\"bureauCodes\":[\"policy\"],\"dueOn\":\"" + BusinessTime.today() + "\"}"), "dueOn",
                "Future");
        refused(submit(id, "{\"bureauCodes\":[\"policy\"],\"dueOn\":\"2027-02-30\"}"), "dueOn", "Type");
        as("chuo").get("/api/v1/proposals/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void answersAndProgressNameTheirFields() {
        long id = submitted("回答の入力確認（試験）", "policy");
        String answerETag = ProposalSteps.answerETag("hq", id, "policy");
        refused(as("hq").header("If-Match", answerETag).contentType(ContentType.JSON).body("{\"reasons\":\"理由\"}")
                .post("/api/v1/proposals/" + id + "/answers"), "decision", "NotNull");
        refused(as("hq").header("If-Match", answerETag).contentType(ContentType.JSON)
                .body("{\"decision\":\"MAYBE\",\"reasons\":\"理由\"}")
                .post("/api/v1/proposals/" + id + "/answers"), "decision", "Enum");
        refused(as("hq").header("If-Match", etag("hq", id)).contentType(ContentType.JSON).body("{\"percent\":150}")
                .put("/api/v1/proposals/" + id + "/progress"), "percent", "Max");
        refused(as("hq").contentType(ContentType.JSON).body("{\"title\":\"期日なし\",\"done\":false}")
                .post("/api/v1/proposals/" + id + "/milestones"), "dueOn", "NotNull");
    }

    @Test
    void listsNameTheirBadQueryParameters() {
        refused(as("admin").get("/api/v1/proposals?fiscalYear=令和8"), "fiscalYear", "Range");
        refused(as("admin").get("/api/v1/proposals?status=OPEN"), "status", "Enum");
        refused(as("admin").get("/api/v1/proposals?kind=WISH"), "kind", "Enum");
        refused(as("admin").get("/api/v1/proposals?overdue=yes"), "overdue", "Boolean");
        refused(as("admin").get("/api/v1/proposals?size=1000"), "size", "Range");
        refused(as("admin").get("/api/v1/proposals/stats?groupBy=section"), "groupBy", "Enum");
        refused(as("admin").get("/api/v1/consultations?open=maybe"), "open", "Boolean");
    }

    @Test
    void aConsultationNamesItsBadFields() {
        LocalDate deadline = BusinessTime.plusBusinessDays(BusinessTime.today(), 5);
        refused(as("hq").contentType(ContentType.JSON)
                .body(ConsultationTest.consultation("協議（試験）", deadline, "431010", "999999"))
                .post("/api/v1/consultations"), "wardCodes[1]", "Exists");
        refused(as("hq").contentType(ContentType.JSON)
                .body(ConsultationTest.consultation("協議（試験）", BusinessTime.today().minusDays(1), "431010"))
                .post("/api/v1/consultations"), "deadline", "FutureOrPresent");
        refused(as("hq").contentType(ContentType.JSON)
                .body(ConsultationTest.consultation("協議（試験）", BusinessTime.today().plusYears(2), "431010"))
                .post("/api/v1/consultations"), "deadline", "Range");
        refused(as("hq").contentType(ContentType.JSON)
                .body(ConsultationTest.consultation("協議（試験）", deadline, "431010").replace(deadline.toString(),
                        "+10000-01-01"))
                .post("/api/v1/consultations"), "deadline", "Type");
        refused(as("admin").contentType(ContentType.JSON)
                .body(ConsultationTest.consultation("協議（試験）", deadline, "431010"))
                .post("/api/v1/consultations"), "bureauCode", "Exists");
        long id = ConsultationTest.id(ConsultationTest.open("協議の入力確認（試験）", deadline, Accounts.CHUO));
        refused(ConsultationTest.respond("chuo", id, "CONCERNS", null), "comments", "NotBlank");
        refused(ConsultationTest.respond("chuo", id, "MAYBE", null), "stance", "Enum");
        refused(as("hq").contentType(ContentType.JSON).body("{\"body\":\"\"}")
                .post("/api/v1/consultations/" + id + "/reports"),
                "body", "NotBlank");
    }

    private static Response submit(long id, String body) {
        return as("chuo").header("If-Match", etag("chuo", id)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/proposals/" + id + "/submit");
    }
}
