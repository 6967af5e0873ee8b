package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class JsonSettingsTest {

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonSettings().customize(mapper);
        return mapper;
    }

    @Test
    void aDateWithAFourDigitYearIsRead() throws Exception {
        assertEquals(LocalDate.of(2026, 12, 3), mapper.readValue("\"2026-12-03\"", LocalDate.class));
    }

    @Test
    void aDateBeyondYear9999IsAFormatError() {
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"+169087565-03-15\"", LocalDate.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"-000001-01-01\"", LocalDate.class));
    }
}
