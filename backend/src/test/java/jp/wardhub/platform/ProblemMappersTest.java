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
}
