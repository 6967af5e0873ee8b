package jp.wardhub.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reading JSON bodies: a number with a fraction sent for a whole-number field (yen, counts) is a 400 naming the
 * field, not silently cut down to the integer below it; a date outside the years 0001–9999 (which ISO-8601 writes
 * with a sign, {@code +10000-01-01}) is a 400 naming the field, not a value the database refuses later; so is a
 * decimal with more than {@value #MAX_DECIMAL_SCALE} places either side of the point ({@code 1e-999999999}), whose
 * rounding or plain digits for the database would overflow or take a billion characters.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    static final int MAX_DECIMAL_SCALE = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(
                new SimpleModule("wardhub-dates").addDeserializer(LocalDate.class, new FourDigitYearDate()));
        mapper.registerModule(
                new SimpleModule("wardhub-decimals").addDeserializer(BigDecimal.class, new BoundedDecimal()));
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after Quarkus registers the java.time module, so this date reader wins
    }

    /** Dates are ISO strings, YYYY-MM-DD; anything else names its field. */
    static final class FourDigitYearDate extends StdScalarDeserializer<LocalDate> {

        FourDigitYearDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                return null; // as a missing value: @NotNull names it where a date is required
            }
            try {
                LocalDate date = LocalDate.parse(text);
                if (BusinessTime.hasFourDigitYear(date)) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // the same answer as a year out of range
            }
            throw InvalidFormatException.from(parser, "not a date YYYY-MM-DD from 0001 to 9999", text, LocalDate.class);
        }
    }

    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value == null || Math.abs(value.scale()) <= MAX_DECIMAL_SCALE) {
                return value;
            }
            throw InvalidFormatException.from(parser,
                    "not a number with at most " + MAX_DECIMAL_SCALE + " places either side of the point",
                    parser.getText(), BigDecimal.class);
        }
    }
}
