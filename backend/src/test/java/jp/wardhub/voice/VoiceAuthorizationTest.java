package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every write of residents' voices × every role, on a Chūō voice (assigned, from ASSIGNED on, to 区政課, whose staff
 * is hq-kusei). hq belongs to 区政推進課, the section that coordinates voices; chuo is Chūō's ward staff, kita another
 * ward's; chuo-floor and chuo-liaison are Chūō's floor manager and liaison staff.
 */
@QuarkusTest
class VoiceAuthorizationTest {

    /** One write: the state its voice must be in, and the call on that voice (0 for create). */
    record Write(String name, VoiceState state, BiFunction<RequestSpecification, Long, Response> call,
            List<String> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<String> ROLES = List.of("admin", "hq", "hq-kusei", "chuo", "kita", "chuo-floor",
            "chuo-liaison", "partner");
    private static final List<String> COORDINATORS = List.of("admin", "hq", "chuo");
    private static final List<String> COORDINATORS_AND_HANDLERS = List.of("admin", "hq", "hq-kusei", "chuo");

    static BiFunction<RequestSpecification, Long, Response> transition(String action, String body) {
        return (spec, id) -> spec.header("If-Match", "*").contentType(ContentType.JSON).body(body)
                .post("/api/v1/voices/" + id + "/" + action);
    }

    static final List<Write> WRITES = List.of(
            new Write("POST /voices (中央区)", null,
                    (spec, id) -> spec.header("Idempotency-Key", UUID.randomUUID().toString())
                            .contentType(ContentType.JSON).body(Voices.body(Voices.CHUO, "権限の確認"))
                            .post("/api/v1/voices"),
                    List.of("admin", "hq", "hq-kusei", "chuo", "chuo-floor", "chuo-liaison", "partner")),
            new Write("POST /voices/{id}/triage", VoiceState.RECEIVED, transition("triage", Voices.TRIAGE),
                    COORDINATORS),
            new Write("POST /voices/{id}/assign", VoiceState.TRIAGED, transition("assign", Voices.TO_SECTION),
                    COORDINATORS),
            new Write("POST /voices/{id}/transfer", VoiceState.ASSIGNED, transition("transfer", Voices.TO_CHUO),
                    COORDINATORS_AND_HANDLERS),
            new Write("POST /voices/{id}/answer", VoiceState.ASSIGNED, transition("answer", Voices.ANSWER),
                    List.of("admin", "hq-kusei")),
            new Write("POST /voices/{id}/close", VoiceState.ANSWERED, transition("close", Voices.CLOSE),
                    COORDINATORS_AND_HANDLERS),
            new Write("POST /voices/{id}/publish", VoiceState.ANSWERED, transition("publish", Voices.PUBLISH),
                    COORDINATORS_AND_HANDLERS),
            new Write("POST /voices/publication-check", null, (spec, id) -> spec.contentType(ContentType.JSON)
                    .body("{\"text\":\"田中さんから\"}").post("/api/v1/voices/publication-check"),
                    List.of("admin", "hq", "hq-kusei", "chuo", "kita")),
            new Write("POST /open311/v2/requests.json", null, (spec, id) -> spec.contentType(Open311Test.FORM)
                    .formParam("service_code", "roads").formParam("description", "権限の確認 (Open311)")
                    .post("/open311/v2/requests.json"),
                    List.of("partner")));

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Write w : WRITES) {
            cases.add(Arguments.of(w, null, 401));
            for (String who : ROLES) {
                cases.add(Arguments.of(w, who, w.allowed().contains(who) ? 200 : 403));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheCoordinatorsAndHandlersWrite(Write write, String who, int expected) {
        long id = write.state() == null ? 0 : Voices.chuoVoiceIn(write.state(), "権限表 " + write.name() + " " + who);
        int status = write.call().apply(as(who), id).then().extract().statusCode();
        if (expected == 200) {
            assertTrue(status == 200 || status == 201, write + " as " + who + " gave " + status);
        } else {
            assertEquals(expected, status, write + " as " + who);
        }
    }
}
