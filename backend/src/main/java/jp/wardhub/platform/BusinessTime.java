package jp.wardhub.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Business dates and hours are in Asia/Tokyo, whatever the server's zone. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private BusinessTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Parses an ISO date query parameter; a malformed or impossible date is a 400 naming the parameter. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "Date", "YYYY-MM-DD 形式の実在する日付を指定してください (an existing date as YYYY-MM-DD)");
        }
    }
}
