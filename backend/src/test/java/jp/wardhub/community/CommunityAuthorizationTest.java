package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.CHUO;
import static jp.wardhub.community.CommunitySteps.act;
import static jp.wardhub.community.CommunitySteps.application;
import static jp.wardhub.community.CommunitySteps.apply;
import static jp.wardhub.community.CommunitySteps.chuoGroup;
import static jp.wardhub.community.CommunitySteps.createProgram;
import static jp.wardhub.community.CommunitySteps.grant;
import static jp.wardhub.community.CommunitySteps.group;
import static jp.wardhub.community.CommunitySteps.id;
import static jp.wardhub.community.CommunitySteps.program;
import static jp.wardhub.community.CommunitySteps.unique;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.testing.AuthorizationMatrix.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Every community write × every role, own ward and other ward. The fixtures are 中央区's: a group of 中央区, a
 * programme of 中央区 (decided by chuo) and a city-wide programme (decided by hq-kusei of 文化市民局). kita and
 * kita-liaison are the other ward's staff; hq is HQ staff of another bureau; chuo-floor a floor manager.
 */
@QuarkusTest
class CommunityAuthorizationTest {

    private static final List<String> EVERYONE = List.of("admin", "hq", "hq-kusei", "chuo", "kita", "chuo-floor",
            "chuo-liaison",
            "kita-liaison", "partner");

    private static final long BUDGET = 1_000_000_000L;
    private static Long chuoProgram;
    private static Long cityProgram;

    private static synchronized long chuoProgram() {
        if (chuoProgram == null) {
            chuoProgram = createProgram("admin", program(CHUO, BUDGET));
        }
        return chuoProgram;
    }

    private static synchronized long cityProgram() {
        if (cityProgram == null) {
            cityProgram = createProgram("admin", program(null, BUDGET));
        }
        return cityProgram;
    }

    /**
     * A 中央区 group's application to the programme, taken to the state before {@code action}: recorded and submitted
     * by the liaison, reviewed by {@code reviewer}, moved on by an administrator, so that four eyes (四つの目の原則)
     * bars no one but the reviewer from the grant.
     */
    private static long ready(long program, String action, String reviewer) {
        long id = id(apply("chuo-liaison", program, application(chuoGroup(), 200_000, 100_000)));
        List<String> steps = switch (action) {
            case "submit" -> List.of();
            case "review" -> List.of("submit");
            case "grant", "decline" -> List.of("submit", "review");
            case "report" -> List.of("submit", "review", "grant");
            case "settle" -> List.of("submit", "review", "grant", "report");
            default -> throw new IllegalArgumentException(action);
        };
        for (String step : steps) {
            String who = switch (step) {
                case "submit" -> "chuo-liaison";
                case "review" -> reviewer;
                default -> "admin";
            };
            act(who, id, step, body(step)).then().statusCode(200);
        }
        return id;
    }

    private static String body(String action) {
        return switch (action) {
            case "grant" -> grant(100_000);
            case "decline" -> "{\"reason\":\"権限確認\"}";
            case "report" -> "{\"activityReport\":\"権限確認の実績\"}";
            case "settle" -> "{\"actualCostYen\":200000,\"finalAmountYen\":100000}";
            default -> "{}";
        };
    }

    private static Write transition(String action, boolean cityWide, List<String> allowed) {
        // chuo-kessai is not among the callers tried; a city-wide programme is reviewed by its bureau or an administrator
        return transition(action, cityWide, allowed, cityWide ? "hq-kusei" : "chuo-kessai");
    }

    private static Write transition(String action, boolean cityWide, List<String> allowed, String reviewer) {
        return new Write("POST /applications/{id}/" + action + (cityWide ? " (全市の制度)" : " (中央区の制度)")
                + ("grant".equals(action) ? " reviewed by " + reviewer : ""), spec -> {
                    long id = ready(cityWide ? cityProgram() : chuoProgram(), action, reviewer);
                    return spec.header("If-Match", "*").contentType(ContentType.JSON).body(body(action))
                            .post("/api/v1/community/applications/" + id + "/" + action);
                }, allowed);
    }

    static final List<Write> WRITES = List.of(
            new Write("POST /community/groups (中央区)", spec -> spec.contentType(ContentType.JSON)
                    .body(group(unique("権限確認の団体"), CHUO)).post("/api/v1/community/groups"),
                    only("admin", "chuo", "chuo-liaison")),
            new Write("PUT /community/groups/{id} (中央区)",
                    spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                            .body(group(unique("権限確認の更新"), CHUO)).put("/api/v1/community/groups/" + chuoGroup()),
                    only("admin", "chuo", "chuo-liaison")),
            new Write("POST /community/programs (中央区)",
                    spec -> spec.contentType(ContentType.JSON).body(program(CHUO, 1_000_000))
                            .post("/api/v1/community/programs"),
                    only("admin", "chuo")),
            new Write("POST /community/programs (全市)",
                    spec -> spec.contentType(ContentType.JSON).body(program(null, 1_000_000))
                            .post("/api/v1/community/programs"),
                    only("admin", "hq-kusei")),
            new Write("POST /programs/{id}/applications (中央区の制度)", spec -> spec.contentType(ContentType.JSON)
                    .body(application(chuoGroup(), 200_000, 100_000))
                    .post("/api/v1/community/programs/" + chuoProgram() + "/applications"),
                    only("admin", "chuo", "chuo-liaison")),
            new Write("POST /programs/{id}/applications (全市の制度)", spec -> spec.contentType(ContentType.JSON)
                    .body(application(chuoGroup(), 200_000, 100_000))
                    .post("/api/v1/community/programs/" + cityProgram() + "/applications"),
                    only("admin", "chuo", "chuo-liaison")),
            transition("submit", false, only("admin", "chuo", "chuo-liaison")),
            transition("review", false, only("admin", "chuo")),
            transition("grant", false, only("admin", "chuo")),
            transition("decline", false, only("admin", "chuo")),
            transition("report", false, only("admin", "chuo", "chuo-liaison")),
            transition("settle", false, only("admin", "chuo")),
            transition("submit", true, only("admin", "chuo", "chuo-liaison")),
            transition("review", true, only("admin", "hq-kusei")),
            // four eyes: who reviewed a city-wide application may not grant it, whoever else may
            transition("grant", true, only("admin"), "hq-kusei"),
            transition("grant", true, only("hq-kusei"), "admin"),
            transition("decline", true, only("admin", "hq-kusei")),
            transition("report", true, only("admin", "chuo", "chuo-liaison")),
            transition("settle", true, only("admin", "hq-kusei")));

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.cases(WRITES, EVERYONE);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheRightfulPartyWrites(Write write, String who, int expected) {
        AuthorizationMatrix.check(write, who, expected);
    }

    /** Reads: HQ reads groups, programmes and applications; floor managers and partners nothing; other wards not a group. */
    @ParameterizedTest(name = "reads as {0}")
    @MethodSource("readers")
    void readsFollowTheRoles(String who, int group, int programs, int application, int stats) {
        long groupId = chuoGroup();
        long applicationId = id(apply("admin", chuoProgram(), application(groupId, 200_000, 100_000)));
        assertEquals(group, as(who).get("/api/v1/community/groups/" + groupId).then().extract().statusCode(), "group");
        assertEquals(group == 401 ? 401 : programs,
                as(who).get("/api/v1/community/groups").then().extract().statusCode(), "groups");
        assertEquals(programs, as(who).get("/api/v1/community/programs/" + chuoProgram()).then().extract().statusCode(),
                "programme");
        assertEquals(application,
                as(who).get("/api/v1/community/applications/" + applicationId).then().extract().statusCode(),
                "application");
        assertEquals(stats, as(who).get("/api/v1/community/grants/stats").then().extract().statusCode(), "stats");
        assertEquals(stats, as(who).get("/api/v1/community/grants/export.csv").then().extract().statusCode(), "export");
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of(null, 401, 401, 401, 401),
                Arguments.of("admin", 200, 200, 200, 200),
                Arguments.of("hq", 200, 200, 200, 200),
                Arguments.of("hq-kusei", 200, 200, 200, 200),
                Arguments.of("chuo", 200, 200, 200, 200),
                Arguments.of("chuo-liaison", 200, 200, 200, 200),
                Arguments.of("kita", 403, 200, 403, 200),
                Arguments.of("kita-liaison", 403, 200, 403, 200),
                Arguments.of("chuo-floor", 403, 403, 403, 403),
                Arguments.of("partner", 403, 403, 403, 403));
    }
}
