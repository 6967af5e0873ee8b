package jp.wardhub.platform;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reading JSON bodies: a number with a fraction sent for a whole-number field (yen, counts) is a 400 naming the
 * field, not silently cut down to the integer below it; so is a date beyond the four-digit years.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("four-digit-years").addDeserializer(LocalDate.class, new FourDigitYearDates()));
    }

    /** A date beyond year 9999 (e.g. {@code +169087565-03-15}) is a 400 naming the field, not a database error. */
    static final class FourDigitYearDates extends StdDeserializer<LocalDate> {
        FourDigitYearDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !BusinessTime.hasFourDigitYear(date)) {
                throw InvalidFormatException.from(parser, "year outside 0001-9999", parser.getText(), LocalDate.class);
            }
            return date;
        }
    }
}
