package jp.wardhub.community;

import static jp.wardhub.community.ProjectSteps.OPINION;
import static jp.wardhub.community.ProjectSteps.chuoMeeting;
import static jp.wardhub.community.ProjectSteps.chuoProject;
import static jp.wardhub.community.ProjectSteps.meeting;
import static jp.wardhub.community.ProjectSteps.project;
import static jp.wardhub.community.ProjectSteps.unique;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.testing.AuthorizationMatrix.only;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.AuthorizationMatrix;
import jp.wardhub.testing.AuthorizationMatrix.Write;

/**
 * Every write of community projects and dialogue meetings × every role. The fixtures are of 中央区 (chuo is its WARD
 * staff, chuo-liaison the liaison officer assigned to the projects); kita and kita-liaison are of another ward,
 * chuo-floor a floor manager of the same ward, hq and hq-kokuho HQ staff.
 */
@QuarkusTest
class ProjectAuthorizationTest {

    private static final List<String> EVERYONE = List.of("admin", "hq", "hq-kokuho", "chuo", "kita", "chuo-floor",
            "chuo-liaison",
            "kita-liaison", "partner");

    private static String projectPath(String title) {
        return "/api/v1/community/projects/" + chuoProject(title, "INTERNAL");
    }

    static final List<Write> WRITES = List.of(
            new Write("POST /community/projects (中央区)", spec -> spec.contentType(ContentType.JSON)
                    .body(project(unique("権限確認の登録"), "PUBLIC", "")).post("/api/v1/community/projects"),
                    only("admin", "chuo")),
            new Write("PUT /community/projects/{id}", spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                    .body(project("権限確認の更新", "INTERNAL", "\"liaisons\":[\"chuo-liaison\"]"))
                    .put(projectPath("権限確認の更新")),
                    only("admin", "chuo", "chuo-liaison")),
            new Write("POST /community/projects/{id}/plan", spec -> spec.header("If-Match", "*")
                    .post(projectPath("権限確認の状態") + "/plan"), only("admin", "chuo", "chuo-liaison")),
            new Write("POST /community/projects/{id}/milestones", spec -> spec.contentType(ContentType.JSON)
                    .body("{\"title\":\"権限確認\",\"dueOn\":\"2027-01-10\",\"done\":false}")
                    .post(projectPath("権限確認の節目") + "/milestones"),
                    only("admin", "chuo", "chuo-liaison")),
            new Write("PUT /community/projects/{id}/milestones/{mid}", spec -> {
                String path = projectPath("権限確認の節目更新");
                Number milestone = as("chuo").contentType(ContentType.JSON)
                        .body("{\"title\":\"権限確認\",\"dueOn\":\"2027-01-10\",\"done\":false}").post(path + "/milestones")
                        .then().statusCode(201).extract().path("id");
                return spec.header("If-Match", "*").contentType(ContentType.JSON)
                        .body("{\"title\":\"権限確認\",\"dueOn\":\"2027-01-10\",\"done\":true}")
                        .put(path + "/milestones/" + milestone);
            }, only("admin", "chuo", "chuo-liaison")),
            new Write("POST /community/projects/{id}/activities", spec -> spec.contentType(ContentType.JSON)
                    .body("{\"heldOn\":\"2026-11-01\",\"description\":\"権限確認\",\"participants\":3}")
                    .post(projectPath("権限確認の活動") + "/activities"), only("admin", "chuo", "chuo-liaison")),
            new Write("POST /community/meetings (中央区)", spec -> spec.contentType(ContentType.JSON)
                    .body(meeting(unique("権限確認の集会"))).post("/api/v1/community/meetings"),
                    only("admin", "chuo", "chuo-liaison")),
            new Write("PUT /community/meetings/{id}", spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                    .body(meeting("権限確認の集会 (更新)")).put("/api/v1/community/meetings/" + chuoMeeting("権限確認の集会")),
                    only("admin", "chuo", "chuo-liaison")),
            new Write("POST /community/meetings/{id}/voices", spec -> spec.contentType(ContentType.JSON).body(OPINION)
                    .post("/api/v1/community/meetings/" + chuoMeeting("権限確認の意見") + "/voices"),
                    only("admin", "chuo", "chuo-liaison")));

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.cases(WRITES, EVERYONE, ProjectAuthorizationTest::denied);
    }

    /**
     * A role that may never write these is refused before the record is looked up (403 for any id); staff of another
     * ward, who may not even see its internal project or meeting, are told it is not there.
     */
    private static int denied(Write w, String who) {
        boolean create = w.name().startsWith("POST /community/projects (")
                || w.name().startsWith("POST /community/meetings (");
        return !create && who.startsWith("kita") ? 404 : 403;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheWardAndItsAssignedLiaisonStaffWrite(Write write, String who, int expected) {
        AuthorizationMatrix.check(write, who, expected);
    }
}
