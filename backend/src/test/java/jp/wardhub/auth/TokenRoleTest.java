package jp.wardhub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jp.wardhub.platform.ProblemType;

/** A correctly signed token whose role this server does not know is a 401 like any bad token, never a 500. */
@QuarkusTest
class TokenRoleTest {

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.UNAUTHORIZED.type().toString()));
        given().auth().oauth2(token).get("/api/v1/staff").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenThatWasAcceptedIsRefusedWhenAlteredInOneCharacter() {
        // the parser remembers the tokens it verified: an altered one is another token, verified and refused
        String token = jp.wardhub.testing.Accounts.token("admin");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("username", equalTo("admin"));
        }
        String[] parts = token.split("\\.");
        String payload = parts[1].substring(0, 10) + (parts[1].charAt(10) == 'A' ? 'B' : 'A') + parts[1].substring(11);
        String signature = parts[2].substring(0, 10) + (parts[2].charAt(10) == 'A' ? 'B' : 'A')
                + parts[2].substring(11);
        refused(parts[0] + "." + payload + "." + parts[2]);
        refused(parts[0] + "." + parts[1] + "." + signature);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void unknownRoleIs401() {
        refused(Jwt.upn("admin").subject("admin").groups(Set.of("SUPERUSER")).claim("ver", 0).sign());
    }

    @Test
    void missingRoleIs401() {
        refused(Jwt.upn("admin").subject("admin").claim("ver", 0).sign());
    }

    @Test
    void twoRolesAre401() {
        refused(Jwt.upn("admin").subject("admin").groups(Set.of("ADMIN", "HQ")).claim("ver", 0).sign());
    }

    @Test
    void aTokenForAnAccountThatDoesNotExistIs401() {
        refused(Jwt.upn("nobody-at-all").subject("nobody-at-all").groups(Set.of("ADMIN")).claim("ver", 0).sign());
    }
}
