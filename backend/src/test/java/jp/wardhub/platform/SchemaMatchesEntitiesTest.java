package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The migrations own the schema; the entities must match it column by column, or Hibernate reads and writes the wrong
 * types. Hibernate's validation runs at start in this profile: a mismatch fails the start, and so this test. MariaDB
 * lets a CHAR column pass for VARCHAR; dev mode's validation on H2 does not (it logs an error at every start), so the
 * fixed-width columns are checked here one by one.
 */
@QuarkusTest
@TestProfile(SchemaMatchesEntitiesTest.Validate.class)
class SchemaMatchesEntitiesTest {

    public static class Validate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Hibernate validates while it boots, before the app's own start sequence migrates: Quarkus' Flyway
            // migrates first here, so that the test holds on an empty database too.
            return Map.of("quarkus.hibernate-orm.schema-management.strategy", "validate",
                    "quarkus.flyway.migrate-at-start", "true");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void theApplicationStartsWithEveryEntityMatchingItsTable() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void everyCharColumnIsMappedAsChar() {
        @SuppressWarnings("unchecked")
        List<Object[]> charColumns = em.createNativeQuery("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type = 'char'""").getResultList();
        Set<String> mappedTables = new HashSet<>();
        Set<String> mappedAsChar = new HashSet<>();
        em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(entity -> {
                    String table = ((AbstractEntityPersister) entity).getTableName();
                    mappedTables.add(table);
                    entity.forEachSelectable((index, column) -> {
                        if (column.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode() == Types.CHAR) {
                            mappedAsChar.add(table + "." + column.getSelectionExpression());
                        }
                    });
                });
        assertFalse(charColumns.isEmpty());
        Set<String> notMappedAsChar = new HashSet<>();
        for (Object[] column : charColumns) {
            String name = column[0] + "." + column[1];
            if (mappedTables.contains((String) column[0]) && !mappedAsChar.contains(name)) {
                notMappedAsChar.add(name);
            }
        }
        assertEquals(Set.of(), notMappedAsChar, "CHAR columns whose entity field lacks @JdbcTypeCode(SqlTypes.CHAR)");
    }
}
