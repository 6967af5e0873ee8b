package jp.wardhub.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Business dates and hours are in Asia/Tokyo, whatever the server's zone. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    /** The first and last days the holiday calendar knows, so the first and last days hours can be worked out for. */
    public static final LocalDate FIRST_CALENDAR_DAY = LocalDate.of(JapaneseHolidays.FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_CALENDAR_DAY = LocalDate.of(JapaneseHolidays.LAST_YEAR, 12, 31);

    private BusinessTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A working day of the city's offices: Monday to Friday, not a public holiday, not 12/29–1/3. */
    public static boolean isBusinessDay(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean yearEnd = date.getMonthValue() == 12 && date.getDayOfMonth() >= 29
                || date.getMonthValue() == 1 && date.getDayOfMonth() <= 3;
        return !weekend && !yearEnd && JapaneseHolidays.nameOf(date).isEmpty();
    }

    /** The date {@code days} business days after {@code date} (due dates, deadline reminders). */
    public static LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate d = date;
        for (int left = days; left > 0;) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Parses an ISO date query parameter; a malformed or impossible date is a 400 naming the parameter. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null || !hasFourDigitYear(date)) { // +999999999-12-31 parses, then overflows a day later
            throw ProblemException.invalid(name, "Date",
                    "YYYY-MM-DD 形式の実在する日付を指定してください", "an existing date as YYYY-MM-DD");
        }
        return date;
    }

    /**
     * Parses a date that opening hours or business days are worked out for (hours, the finder): a 400 naming the
     * parameter outside {@link #FIRST_CALENDAR_DAY}–{@link #LAST_CALENDAR_DAY}, where no holiday calendar exists.
     */
    public static LocalDate calendarDate(String name, String value, LocalDate fallback) {
        LocalDate date = date(name, value, fallback);
        if (date != null && !inCalendar(date)) {
            throw outsideCalendar(name);
        }
        return date;
    }

    public static boolean inCalendar(LocalDate date) {
        return !date.isBefore(FIRST_CALENDAR_DAY) && !date.isAfter(LAST_CALENDAR_DAY);
    }

    /** {@code date}, or the calendar's last day if it lies beyond it: for default ends of ranges and look-aheads. */
    public static LocalDate notPastCalendar(LocalDate date) {
        return date.isAfter(LAST_CALENDAR_DAY) ? LAST_CALENDAR_DAY : date;
    }

    public static ProblemException outsideCalendar(String name) {
        return ProblemException.invalid(name, "Range",
                FIRST_CALENDAR_DAY + "〜" + LAST_CALENDAR_DAY + " の日付を指定してください",
                "a date from " + FIRST_CALENDAR_DAY + " to " + LAST_CALENDAR_DAY);
    }

    /** Years 0001–9999: what YYYY-MM-DD (RFC 3339) can write and the database can store. */
    public static boolean hasFourDigitYear(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }
}
