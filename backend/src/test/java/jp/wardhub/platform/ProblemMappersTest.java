package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void anUnexpectedFailureIsAGeneric500WithoutInternals() {
        var response = new ProblemMappers().unexpected(
                new IllegalStateException("SELECT password_hash FROM staff failed in jp.wardhub.Secret"), null);
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
    void aWriteTheDatabaseRefusesForIntegrityIsAConflictWithoutInternals() {
        var sql = new java.sql.SQLIntegrityConstraintViolationException(
                "Cannot delete or update a parent row: a foreign key constraint fails (`duty`)", "23000", 1451);
        var response = new ProblemMappers().unexpected(
                new RuntimeException(new org.hibernate.exception.ConstraintViolationException("could not execute statement", sql, "fk_duty_section")), null);
        Problem body = (Problem) response.getEntity();
        assertEquals(409, response.getStatus());
        assertEquals(ProblemType.CONFLICT.type(), body.type());
        assertFalse(body.detail().contains("duty"), body.detail());
    }

    @Test
    void aValueTheDatabaseCannotStoreIsA400WithoutInternals() {
        var sql = new java.sql.SQLDataException("Incorrect date value: '169087565-03-15' for column `held_on`", "22007", 1292);
        var response = new ProblemMappers().unexpected(new org.hibernate.exception.DataException("could not execute statement", sql), null);
        Problem body = (Problem) response.getEntity();
        assertEquals(400, response.getStatus());
        assertEquals(ProblemType.VALIDATION.type(), body.type());
        assertFalse(body.detail().contains("held_on"), body.detail());
    }
}
