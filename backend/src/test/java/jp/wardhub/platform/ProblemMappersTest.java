package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void anUnexpectedFailureIsAGeneric500WithoutInternals() {
        var response = new ProblemMappers().unexpected(
                new IllegalStateException("SELECT password_hash FROM staff failed in jp.wardhub.Secret"), null, null);
        Problem body = (Problem) response.getEntity();
        assertEquals(500, response.getStatus());
        assertEquals(Problems.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(ProblemType.INTERNAL.type(), body.type());
        String shown = body.title() + body.titleEn() + body.detail();
        assertFalse(shown.contains("SELECT"), shown);
        assertFalse(shown.contains("jp.wardhub"), shown);
        assertFalse(shown.contains("IllegalStateException"), shown);
    }

    @Test
    void aClientThatClosedTheConnectionIsToldApartFromAFailure() {
        assertTrue(ProblemMappers.clientWentAway(
                new java.io.IOException(new java.io.IOException(new java.nio.channels.ClosedChannelException()))));
        assertTrue(ProblemMappers.clientWentAway(
                new java.io.IOException(new io.vertx.core.http.HttpClosedException("Connection was closed"))));
        assertFalse(ProblemMappers.clientWentAway(new IllegalStateException("a real failure")));
    }

    @Test
    void aMissingReferencedRecordIsA400NamingTheColumnsFieldWithoutSql() {
        var e = constraint(1452,
                "(conn=42) Cannot add or update a child row: a foreign key constraint fails (`wardhub`.`faq`, CONSTRAINT "
                        + "`fk_faq_procedure` FOREIGN KEY (`procedure_code`) REFERENCES `procedure` (`code`))",
                "update faq set procedure_code=? where id=?");
        var response = new ProblemMappers().unexpected(new jakarta.persistence.PersistenceException(e), null, null);
        Problem body = (Problem) response.getEntity();
        assertEquals(400, response.getStatus());
        assertEquals("procedureCode", body.errors().get(0).field());
        assertNoInternals(body);
    }

    @Test
    void aDuplicateIsA409NamingTheFieldOfASingleColumnKey() {
        var e = constraint(1062, "(conn=42) Duplicate entry 'chuo' for key 'uq_staff_username'",
                "insert into staff (active,username) values (?,?)");
        var response = new ProblemMappers().unexpected(e, null, null);
        Problem body = (Problem) response.getEntity();
        assertEquals(409, response.getStatus());
        assertEquals("username", body.errors().get(0).field());
        assertNoInternals(body);
        var multi = constraint(1062, "Duplicate entry '1-431010' for key 'uq_consultation_ward'",
                "insert into consultation_ward (a,b) values (?,?)");
        assertEquals(409, new ProblemMappers().unexpected(multi, null, null).getStatus());
    }

    @Test
    void aRecordStillReferencedOrABrokenCheckIsA409AndANullA400() {
        assertEquals(409,
                new ProblemMappers()
                        .unexpected(constraint(1451, "Cannot delete or update a parent row", "delete from ward"), null,
                                null)
                        .getStatus());
        assertEquals(409,
                new ProblemMappers().unexpected(
                        constraint(4025, "CONSTRAINT `ck_support_program_budget` failed", "update support_program"),
                        null, null).getStatus());
        var nullColumn = new ProblemMappers()
                .unexpected(constraint(1048, "Column 'ward_code' cannot be null", "insert into office"), null, null);
        assertEquals(400, nullColumn.getStatus());
        assertEquals("wardCode", ((Problem) nullColumn.getEntity()).errors().get(0).field());
    }

    private static RuntimeException constraint(int code, String message, String sql) {
        return new org.hibernate.exception.ConstraintViolationException(
                "could not execute statement [" + message + "] [" + sql + "]",
                new java.sql.SQLIntegrityConstraintViolationException(message, "23000", code), sql, null);
    }

    private static void assertNoInternals(Problem body) {
        String shown = body.title() + body.titleEn() + body.detail() + body.errors();
        for (String internal : new String[] { "CONSTRAINT", "wardhub`", "insert", "update", "procedure_code", "uq_",
            "fk_" }) {
            assertFalse(shown.contains(internal), shown);
        }
    }

    @Test
    void aValueTheDatabaseCannotStoreIsA400WithoutInternals() {
        var sql = new java.sql.SQLDataException("Incorrect date value: '169087565-03-15' for column `held_on`", "22007",
                1292);
        var response = new ProblemMappers()
                .unexpected(new org.hibernate.exception.DataException("could not execute statement", sql), null, null);
        Problem body = (Problem) response.getEntity();
        assertEquals(400, response.getStatus());
        assertEquals(ProblemType.VALIDATION.type(), body.type());
        assertFalse(body.detail().contains("held_on"), body.detail());
    }
}
