package jp.wardhub.community;

import static jp.wardhub.community.AreaSteps.chuoDistrict;
import static jp.wardhub.community.AreaSteps.district;
import static jp.wardhub.community.AreaSteps.tag;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.testing.AuthorizationMatrix.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.AuthorizationMatrix;
import jp.wardhub.testing.AuthorizationMatrix.Write;

/**
 * Every write of liaison areas × every role, and who reads them. The areas are of 中央区 (chuo is its WARD staff,
 * chuo-liaison its liaison officer); kita and kita-liaison are of another ward, chuo-floor a floor manager of the
 * same ward, hq and hq-kokuho HQ staff.
 */
@QuarkusTest
class AreaAuthorizationTest {

    private static final List<String> EVERYONE = List.of("admin", "hq", "hq-kokuho", "chuo", "kita", "chuo-floor",
            "chuo-liaison", "kita-liaison", "partner");

    static final List<Write> WRITES = List.of(
            new Write("POST /community/areas (中央区)", spec -> spec.contentType(ContentType.JSON)
                    .body(district("権限確認" + tag() + "校区", "431010", null)).post("/api/v1/community/areas"),
                    only("admin", "chuo")),
            new Write("PUT /community/areas/{id}", spec -> {
                String name = "権限確認" + tag() + "校区";
                return spec.header("If-Match", "*").contentType(ContentType.JSON).body(district(name + "改"))
                        .put("/api/v1/community/areas/" + chuoDistrict(name));
            }, only("admin", "chuo")),
            new Write("PUT /community/areas/{id}/liaisons", spec -> spec.header("If-Match", "*")
                    .contentType(ContentType.JSON).body("{\"liaisons\":[\"chuo-liaison\"]}")
                    .put("/api/v1/community/areas/" + chuoDistrict("権限確認" + tag() + "校区") + "/liaisons"),
                    only("admin", "chuo")));

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.cases(WRITES, EVERYONE, AreaAuthorizationTest::denied);
    }

    /**
     * A role that may never write areas is refused before the area is looked up (403); WARD staff of another ward, who
     * may not read the area, are told it is not there.
     */
    private static int denied(Write w, String who) {
        return who.equals("kita") && w.name().startsWith("PUT") ? 404 : 403;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheWardsWardStaffAndAdministratorsKeepItsAreas(Write write, String who, int expected) {
        AuthorizationMatrix.check(write, who, expected);
    }

    /** Reads: the list (own ward for ward staff), one area (another ward's is not there), and "my areas". */
    static Stream<Arguments> reads() {
        Map<String, int[]> expected = Map.of( // list, 中央区's area, my areas
                "admin", new int[] { 200, 200, 200 },
                "hq", new int[] { 200, 200, 200 },
                "chuo", new int[] { 200, 200, 200 },
                "chuo-liaison", new int[] { 200, 200, 200 },
                "kita", new int[] { 200, 404, 200 },
                "kita-liaison", new int[] { 200, 404, 200 },
                "chuo-floor", new int[] { 403, 403, 403 },
                "partner", new int[] { 403, 403, 403 });
        return expected.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "reads as {0}")
    @MethodSource("reads")
    void communityStaffReadAreasOfTheirWard(String who, int[] expected) {
        long area = ((Number) as("admin").get("/api/v1/community/areas?ward=431010&size=1").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        assertEquals(expected[0], as(who).get("/api/v1/community/areas").then().extract().statusCode(), "list");
        assertEquals(expected[1], as(who).get("/api/v1/community/areas/" + area).then().extract().statusCode(),
                "one area");
        assertEquals(expected[2], as(who).get("/api/v1/community/areas/mine").then().extract().statusCode(),
                "my areas");
        assertEquals(401, as(null).get("/api/v1/community/areas/mine").then().extract().statusCode());
    }
}
