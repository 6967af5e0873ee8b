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
