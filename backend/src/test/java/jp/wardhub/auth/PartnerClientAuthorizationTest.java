package jp.wardhub.auth;

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
 * Partner client management × every role: administrators only; anonymous 401, everyone else 403. Each case works on a
 * client of its own, so a refused call is seen to change nothing the next case depends on.
 */
@QuarkusTest
class PartnerClientAuthorizationTest {

    private static final List<String> ACCOUNTS = List.of("admin", "hq", "chuo", "kita", "chuo-floor", "chuo-liaison",
            "partner");

    /** A fresh client made by the administrator, and its ETag. */
    private static String[] fresh() {
        String id = PartnerClientTest.newClientId();
        return new String[] { id, PartnerClientTest.create(id).header("ETag") };
    }

    static final List<Write> WRITES = List.of(
            new Write("GET /partner-clients", spec -> spec.get("/api/v1/partner-clients"),
                    AuthorizationMatrix.only("admin")),
            new Write("POST /partner-clients", spec -> spec.contentType(ContentType.JSON)
                    .body(PartnerClientTest.input(PartnerClientTest.newClientId(), List.of("catalogue:read")))
                    .post("/api/v1/partner-clients"), AuthorizationMatrix.only("admin")),
            new Write("POST /partner-clients/{id}/rotate-secret", spec -> {
                String[] c = fresh();
                return spec.header("If-Match", c[1]).post("/api/v1/partner-clients/" + c[0] + "/rotate-secret");
            }, AuthorizationMatrix.only("admin")),
            new Write("POST /partner-clients/{id}/revoke", spec -> {
                String[] c = fresh();
                return spec.header("If-Match", c[1]).post("/api/v1/partner-clients/" + c[0] + "/revoke");
            }, AuthorizationMatrix.only("admin")));

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.cases(WRITES, ACCOUNTS);
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void onlyAdministratorsManagePartnerClients(Write write, String who, int expected) {
        AuthorizationMatrix.check(write, who, expected);
    }
}
