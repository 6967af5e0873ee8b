package jp.wardhub.platform;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The migrations own the schema; the entities must match it column by column, or Hibernate reads and writes the wrong
 * types. Hibernate's validation runs at start in this profile: a mismatch fails the start, and so this test. (Dev mode
 * validates the same on H2 at each start, and more strictly: it also tells CHAR from VARCHAR, which MariaDB lets pass.)
 */
@QuarkusTest
@TestProfile(SchemaMatchesEntitiesTest.Validate.class)
class SchemaMatchesEntitiesTest {

    public static class Validate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.schema-management.strategy", "validate");
        }
    }

    @Test
    void theApplicationStartsWithEveryEntityMatchingItsTable() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
