package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.addMilestone;
import static jp.wardhub.proposal.ProposalSteps.adoptedByPolicy;
import static jp.wardhub.proposal.ProposalSteps.answer;
import static jp.wardhub.proposal.ProposalSteps.answerAs;
import static jp.wardhub.proposal.ProposalSteps.bureaus;
import static jp.wardhub.proposal.ProposalSteps.draft;
import static jp.wardhub.proposal.ProposalSteps.id;
import static jp.wardhub.proposal.ProposalSteps.milestone;
import static jp.wardhub.proposal.ProposalSteps.proposal;
import static jp.wardhub.proposal.ProposalSteps.step;
import static jp.wardhub.proposal.ProposalSteps.submitted;
import static jp.wardhub.testing.AuthorizationMatrix.only;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.AuthorizationMatrix;
import jp.wardhub.testing.AuthorizationMatrix.Write;

/**
 * Every write of proposals and consultations × every role. The fixtures: proposals of 中央区 (chuo) addressed to the
 * Policy Bureau (hq; hq-seisaku writes the answers hq approves), and a consultation of the Policy Bureau addressed to
 * 中央区. hq-kokuho is HQ staff of another bureau (health-welfare), kita ward staff of another ward.
 */
@QuarkusTest
class ProposalAuthorizationTest {

    private static final List<String> EVERYONE = List.of("admin", "hq", "hq-kokuho", "chuo", "kita", "chuo-floor",
            "chuo-liaison",
            "partner");

    static final List<Write> WRITES = List.of(
            new Write("POST /proposals (中央区)", spec -> spec.contentType(ContentType.JSON)
                    .body(proposal("権限確認の提案").replaceFirst("\\{", "{\"wardCode\":\"431010\","))
                    .post("/api/v1/proposals"),
                    only("admin", "chuo")),
            new Write("PUT /proposals/{id}", spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                    .body(proposal("権限確認の修正")).put("/api/v1/proposals/" + drafted()), only("admin", "chuo")),
            new Write("POST /proposals/{id}/submit", spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                    .body(bureaus("policy")).post("/api/v1/proposals/" + drafted() + "/submit"), only("admin", "chuo")),
            new Write("POST /proposals/{id}/withdraw", spec -> spec.header("If-Match", "*")
                    .post("/api/v1/proposals/" + drafted() + "/withdraw"), only("admin", "chuo")),
            new Write("POST /proposals/{id}/answers (政策局あて)",
                    spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                            .body(answer("ADOPTED"))
                            .post("/api/v1/proposals/" + submitted("権限確認の回答", "policy") + "/answers"),
                    only("hq")),
            new Write("POST /proposals/{id}/answers/policy/approve", spec -> spec.header("If-Match", "*")
                    .post("/api/v1/proposals/" + answeredBySeisaku() + "/answers/policy/approve"), only("admin", "hq")),
            new Write("POST /proposals/{id}/answers/policy/publish", spec -> spec.header("If-Match", "*")
                    .post("/api/v1/proposals/" + approved() + "/answers/policy/publish"), only("admin", "hq")),
            new Write("POST /proposals/{id}/milestones",
                    spec -> spec.contentType(ContentType.JSON).body(milestone("権限確認", false))
                            .post("/api/v1/proposals/" + adoptedByPolicy("権限確認の採用") + "/milestones"),
                    only("admin", "hq")),
            new Write("PUT /proposals/{id}/milestones/{milestoneId}", spec -> {
                long id = adoptedByPolicy("権限確認のマイルストーン");
                long milestoneId = addMilestone("hq", id, "権限確認");
                return spec.header("If-Match", "*").contentType(ContentType.JSON).body(milestone("権限確認", true))
                        .put("/api/v1/proposals/" + id + "/milestones/" + milestoneId);
            }, only("admin", "hq")),
            new Write("PUT /proposals/{id}/progress", spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                    .body("{\"percent\":50}").put("/api/v1/proposals/" + adoptedByPolicy("権限確認の進捗") + "/progress"),
                    only("admin", "hq")),
            new Write("POST /consultations (政策局)", spec -> spec.contentType(ContentType.JSON)
                    .body(ConsultationTest.consultation("権限確認の協議", deadline(), "431010").replace("{",
                            "{\"bureauCode\":\"policy\","))
                    .post("/api/v1/consultations"), only("admin", "hq")),
            new Write("POST /consultations/{id}/responses (中央区あて)", spec -> spec.contentType(ContentType.JSON)
                    .body("{\"stance\":\"AGREE\"}").post("/api/v1/consultations/" + consultation() + "/responses"),
                    only("chuo")),
            new Write("POST /consultations/{id}/reports", spec -> spec.contentType(ContentType.JSON)
                    .body("{\"body\":\"権限確認の報告\"}").post("/api/v1/consultations/" + consultation() + "/reports"),
                    only("admin", "hq")));

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.cases(WRITES, EVERYONE);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheRightfulPartyWrites(Write write, String who, int expected) {
        AuthorizationMatrix.check(write, who, expected);
    }

    private static long drafted() {
        return id(draft("chuo", proposal("権限確認の下書き")));
    }

    private static long answeredBySeisaku() {
        long id = submitted("権限確認の承認", "policy");
        answerAs("hq-seisaku", id, "policy", "ADOPTED").then().statusCode(200);
        return id;
    }

    private static long approved() {
        long id = answeredBySeisaku();
        step("hq", id, "policy", "approve").then().statusCode(200);
        return id;
    }

    private static LocalDate deadline() {
        return BusinessTime.plusBusinessDays(BusinessTime.today(), 10);
    }

    private static long consultation() {
        return ConsultationTest.id(ConsultationTest.open("権限確認の協議", deadline(), "431010"));
    }
}
