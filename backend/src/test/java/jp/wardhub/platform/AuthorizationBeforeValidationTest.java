package jp.wardhub.platform;

import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * A caller whose role may never make a write gets 403 (anonymous 401) whatever the body: a malformed one must not
 * first earn a 400 that tells them how the body is checked. Ward- and bureau-scoped rules stay in the services. The
 * role refuses before any record is looked up, so the paths name records that do not exist (999999).
 */
@SendsInvalidRequests
@QuarkusTest
class AuthorizationBeforeValidationTest {

    private static final Map<String, String> ROLE_OF = Map.of("admin", "ADMIN", "hq", "HQ", "chuo", "WARD",
            "chuo-floor", "FLOOR",
            "chuo-liaison", "LIAISON", "partner", "PARTNER");
    private static final String MALFORMED = "{\"nameJa\": [1, 2,";

    private record Write(String method, String path, List<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Write w(String method, String path, String... roles) {
        return new Write(method, path, List.of(roles));
    }

    private static final List<Write> WRITES = List.of(
            w("POST", "/api/v1/offices", "ADMIN"), w("PUT", "/api/v1/offices/999999", "ADMIN"),
            w("POST", "/api/v1/bureaus", "ADMIN"), w("PUT", "/api/v1/bureaus/policy", "ADMIN"),
            w("POST", "/api/v1/staff", "ADMIN"), w("PUT", "/api/v1/staff/999999", "ADMIN"),
            w("POST", "/api/v1/duties", "ADMIN", "HQ"), w("PUT", "/api/v1/duties/999999", "ADMIN", "HQ"),
            w("POST", "/api/v1/procedures", "ADMIN", "HQ"), w("PUT", "/api/v1/procedures/juminhyo-copy", "ADMIN", "HQ"),
            w("PUT", "/api/v1/procedures/juminhyo-copy/availability", "ADMIN", "HQ"),
            w("POST", "/api/v1/procedures/juminhyo-copy/availability/office:999999/opening-periods", "ADMIN", "HQ"),
            w("POST", "/api/v1/offices/999999/opening-periods", "ADMIN", "WARD"),
            w("POST", "/api/v1/channels/convenience-store/opening-periods", "ADMIN"),
            w("PUT", "/api/v1/opening-periods/999999", "ADMIN", "HQ", "WARD"),
            w("DELETE", "/api/v1/opening-periods/999999", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/faqs", "ADMIN", "HQ", "WARD"), w("PUT", "/api/v1/faqs/999999", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/faqs/999999/submit", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/faqs/999999/approve", "ADMIN", "HQ"),
            w("POST", "/api/v1/faqs/999999/reject", "ADMIN", "HQ"),
            w("POST", "/api/v1/voices/999999/triage", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/voices/999999/assign", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/voices/999999/transfer", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/voices/999999/answer", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/voices/999999/close", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/voices/999999/publish", "ADMIN", "HQ", "WARD"),
            w("POST", "/open311/v2/requests.json", "PARTNER"),
            w("POST", "/api/v1/proposals", "ADMIN", "WARD"), w("PUT", "/api/v1/proposals/999999", "ADMIN", "WARD"),
            w("POST", "/api/v1/proposals/999999/submit", "ADMIN", "WARD"),
            w("POST", "/api/v1/proposals/999999/withdraw", "ADMIN", "WARD"),
            w("POST", "/api/v1/proposals/999999/answers", "HQ"),
            w("POST", "/api/v1/proposals/999999/answers/policy/approve", "ADMIN", "HQ"),
            w("POST", "/api/v1/proposals/999999/answers/policy/publish", "ADMIN", "HQ"),
            w("POST", "/api/v1/proposals/999999/milestones", "ADMIN", "HQ"),
            w("PUT", "/api/v1/proposals/999999/milestones/999999", "ADMIN", "HQ"),
            w("PUT", "/api/v1/proposals/999999/progress", "ADMIN", "HQ"),
            w("POST", "/api/v1/consultations", "ADMIN", "HQ"),
            w("POST", "/api/v1/consultations/999999/reports", "ADMIN", "HQ"),
            w("POST", "/api/v1/consultations/999999/responses", "WARD"),
            w("POST", "/api/v1/community/groups", "ADMIN", "WARD", "LIAISON"),
            w("PUT", "/api/v1/community/groups/999999", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/programs", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/community/programs/999999/applications", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/applications/999999/submit", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/applications/999999/report", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/applications/999999/review", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/community/applications/999999/grant", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/community/applications/999999/decline", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/community/applications/999999/settle", "ADMIN", "HQ", "WARD"),
            w("POST", "/api/v1/community/projects", "ADMIN", "WARD"),
            w("PUT", "/api/v1/community/projects/999999", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/projects/999999/start", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/projects/999999/milestones", "ADMIN", "WARD", "LIAISON"),
            w("PUT", "/api/v1/community/projects/999999/milestones/999999", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/projects/999999/activities", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/meetings", "ADMIN", "WARD", "LIAISON"),
            w("PUT", "/api/v1/community/meetings/999999", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/meetings/999999/voices", "ADMIN", "WARD", "LIAISON"),
            w("POST", "/api/v1/community/areas", "ADMIN", "WARD"),
            w("PUT", "/api/v1/community/areas/999999", "ADMIN", "WARD"),
            w("PUT", "/api/v1/community/areas/999999/liaisons", "ADMIN", "WARD"));

    static Stream<Arguments> refusals() {
        List<Arguments> cases = new ArrayList<>();
        for (Write write : WRITES) {
            cases.add(Arguments.of(write, null, 401));
            ROLE_OF.forEach((who, role) -> {
                if (!write.roles().contains(role)) {
                    cases.add(Arguments.of(write, who, 403));
                }
            });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("refusals")
    void aMalformedBodyFromACallerWhoMayNotWriteIsRefusedNotValidated(Write write, String who, int expected) {
        var response = as(who).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(MALFORMED)
                .request(write.method(), write.path()).then().extract();
        assertEquals(expected, response.statusCode(), write + " as " + who + ": " + response.asString());
        // Open311 answers with GeoReport's error list instead of a problem
        assertEquals(write.path().startsWith("/open311/") ? "application/json" : Problems.MEDIA_TYPE,
                response.contentType());
    }
}
