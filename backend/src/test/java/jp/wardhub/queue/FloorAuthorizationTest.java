package jp.wardhub.queue;

import static jp.wardhub.queue.FloorSteps.callNext;
import static jp.wardhub.queue.FloorSteps.clockAt;
import static jp.wardhub.queue.FloorSteps.etag;
import static jp.wardhub.queue.FloorSteps.freeWindow;
import static jp.wardhub.queue.FloorSteps.freshDay;
import static jp.wardhub.queue.FloorSteps.issued;
import static jp.wardhub.queue.FloorSteps.lane;
import static jp.wardhub.queue.FloorSteps.office;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jp.wardhub.testing.AuthorizationMatrix;
import jp.wardhub.testing.AuthorizationMatrix.Write;

/**
 * Every write of the counter floor × every role: 中央区役所's floor belongs to 中央区 (chuo, its floor manager
 * chuo-floor and its kiosk), 北区役所's to 北区 (kita). Windows are served by ward staff; floor managers issue,
 * transfer and cancel; a kiosk only issues, and only for its own office.
 */
@QuarkusTest
class FloorAuthorizationTest {

    private static final List<String> EVERYONE = List.of("admin", "hq", "chuo", "kita", "chuo-floor", "chuo-liaison",
            "partner", "kiosk");
    private static final AtomicInteger NEXT_WINDOW = new AtomicInteger(200);
    private static final AtomicInteger NEXT_LETTER = new AtomicInteger('P');

    static final List<Write> WRITES = List.of(
            new Write("POST /offices/{中央}/tickets", spec -> issue(spec, office("中央区役所")),
                    List.of("chuo", "chuo-floor", "kiosk")),
            new Write("POST /offices/{北}/tickets", spec -> issue(spec, office("北区役所")), List.of("kita")),
            new Write("POST /offices/{中央}/windows/1/call-next", spec -> {
                freeWindow("chuo", office("中央区役所"), 1);
                issued(office("中央区役所"), lane(office("中央区役所"), "A"));
                return spec.post("/api/v1/offices/" + office("中央区役所") + "/windows/1/call-next");
            }, List.of("chuo")),
            new Write("POST /tickets/{called}/recall", onCalled("recall"), List.of("chuo")),
            new Write("POST /tickets/{called}/start", onCalled("start"), List.of("chuo")),
            new Write("POST /tickets/{called}/no-show", onCalled("no-show"), List.of("chuo")),
            new Write("POST /tickets/{serving}/finish", spec -> {
                long id = called();
                FloorSteps.act("chuo", id, "start").then().statusCode(200);
                return spec.header("If-Match", etag(id)).contentType(ContentType.JSON)
                        .body("{\"procedures\":[\"tennyu\"]}").post("/api/v1/tickets/" + id + "/finish");
            }, List.of("chuo")),
            new Write("POST /tickets/{waiting}/transfer", spec -> {
                long chuo = office("中央区役所");
                long id = issued(chuo, lane(chuo, "A"));
                return spec.header("If-Match", etag(id)).contentType(ContentType.JSON)
                        .body("{\"laneId\":" + lane(chuo, "B") + "}").post("/api/v1/tickets/" + id + "/transfer");
            }, List.of("chuo", "chuo-floor")),
            new Write("POST /tickets/{waiting}/cancel", spec -> {
                long id = issued(office("中央区役所"), lane(office("中央区役所"), "A"));
                return spec.header("If-Match", etag(id)).post("/api/v1/tickets/" + id + "/cancel");
            }, List.of("chuo", "chuo-floor")),
            new Write("POST /offices/{中央}/windows", spec -> spec.contentType(ContentType.JSON)
                    .body(window(NEXT_WINDOW.getAndIncrement())).post("/api/v1/offices/" + office("中央区役所")
                            + "/windows"),
                    List.of("admin", "chuo")),
            new Write("PUT /offices/{中央}/windows/14", spec -> spec.header("If-Match", "*")
                    .contentType(ContentType.JSON).body(window(14).replace("臨時", "子ども家庭福祉課"))
                    .put("/api/v1/offices/" + office("中央区役所") + "/windows/14"), List.of("admin", "chuo")),
            new Write("POST /offices/{中央}/windows/13/open", spec -> spec.header("If-Match", "*")
                    .post("/api/v1/offices/" + office("中央区役所") + "/windows/13/open"), List.of("admin", "chuo")),
            new Write("POST /offices/{中央}/windows/13/close", spec -> spec.header("If-Match", "*")
                    .post("/api/v1/offices/" + office("中央区役所") + "/windows/13/close"), List.of("admin", "chuo")),
            new Write("POST /offices/{中央}/lanes", spec -> spec.contentType(ContentType.JSON)
                    .body(laneBody(Character.toString(NEXT_LETTER.getAndIncrement()), false))
                    .post("/api/v1/offices/" + office("中央区役所") + "/lanes"), List.of("admin", "chuo")),
            new Write("PUT /offices/{中央}/lanes/{G}", spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                    .body(laneBody("G", true)).put("/api/v1/offices/" + office("中央区役所") + "/lanes/"
                            + lane(office("中央区役所"), "G")),
                    List.of("admin", "chuo")));

    @BeforeEach
    void duringOpeningHours() {
        clockAt(freshDay(), 10, 0);
    }

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.cases(WRITES, EVERYONE);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheOfficesOwnStaffAndKioskWrite(Write write, String who, int expected) {
        AuthorizationMatrix.check(write, who, expected);
    }

    private static Response issue(RequestSpecification spec, long office) {
        return spec.contentType(ContentType.JSON).body("{\"laneId\":" + lane(office, "A") + "}")
                .post("/api/v1/offices/" + office + "/tickets");
    }

    private static long called() {
        long chuo = office("中央区役所");
        freeWindow("chuo", chuo, 1);
        issued(chuo, lane(chuo, "A"));
        return callNext("chuo", chuo, 1).then().statusCode(200).extract().jsonPath().getLong("id");
    }

    private static Function<RequestSpecification, Response> onCalled(String action) {
        return spec -> {
            long id = called();
            return spec.header("If-Match", etag(id)).post("/api/v1/tickets/" + id + "/" + action);
        };
    }

    private static String window(int number) {
        return "{\"number\":%d,\"floor\":2,\"nameJa\":\"2階 %d番 臨時\",\"nameEn\":\"Window %d\",\"open\":true}"
                .formatted(number, number, number);
    }

    private static String laneBody(String letter, boolean children) {
        return """
                {"letter":"%s","nameJa":"%s","nameEn":"Children","descriptionJa":"児童手当、子ども医療費、母子健康手帳、保育所",
                 "descriptionEn":"Child allowances","sortOrder":7,"active":true,"procedureCodes":["jido-teate"],
                 "windowNumbers":[13,14]}""".formatted(letter, children ? "子ども・子育て" : "臨時区分");
    }

}
