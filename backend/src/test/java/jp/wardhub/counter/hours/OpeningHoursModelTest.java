package jp.wardhub.counter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OpeningHoursModelTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate JUNE_7 = LocalDate.of(2026, 6, 7);
    private static final List<WeeklySpan> MORNINGS = List
            .of(new WeeklySpan(null, new Span(LocalTime.of(9, 0), LocalTime.of(12, 0))));

    @ParameterizedTest(name = "{0}–{1} is a span")
    @CsvSource({ "08:30, 17:15", "00:00, 00:00", "22:00, 00:00", "00:00, 00:01" })
    void aSpanOpensBeforeItClosesWithMidnightAsTheEndOfTheDay(String opens, String closes) {
        Span span = new Span(LocalTime.parse(opens), LocalTime.parse(closes));

        assertTrue(span.contains(LocalTime.parse(opens)));
    }

    @ParameterizedTest(name = "{0}–{1} is rejected")
    @CsvSource({ "17:15, 08:30", "09:00, 09:00", "00:01, 00:00:00.000000001" })
    void aSpanThatDoesNotOpenBeforeItClosesIsRejected(String opens, String closes) {
        assertThrows(IllegalArgumentException.class,
                () -> new Span(LocalTime.parse(opens), LocalTime.parse(closes)));
    }

    @Test
    void aSpanExcludesItsClosingTime() {
        Span span = new Span(LocalTime.of(8, 30), LocalTime.of(17, 15));

        assertFalse(span.contains(LocalTime.of(17, 15)));
        assertFalse(span.contains(LocalTime.of(8, 29)));
    }

    @Test
    void aWeeklySpanWithoutADayAppliesEveryDay() {
        WeeklySpan everyDay = MORNINGS.getFirst();
        WeeklySpan mondays = new WeeklySpan(DayOfWeek.MONDAY, everyDay.span());

        assertTrue(everyDay.appliesTo(DayOfWeek.SUNDAY));
        assertTrue(mondays.appliesTo(DayOfWeek.MONDAY));
        assertFalse(mondays.appliesTo(DayOfWeek.TUESDAY));
    }

    @Test
    void aPeriodCountsBothEndsAndOpenEndedIsInfinitelyLong() {
        assertEquals(7, new Period(1, PeriodKind.CLOSED, JUNE_1, JUNE_7, null, null, List.of()).lengthInDays());
        assertEquals(1, new Period(1, PeriodKind.CLOSED, JUNE_1, JUNE_1, null, null, List.of()).lengthInDays());
        assertEquals(Long.MAX_VALUE,
                new Period(1, PeriodKind.REGULAR, JUNE_1, null, null, null, MORNINGS).lengthInDays());
    }

    @Test
    void aPeriodCoversItsDatesInclusively() {
        Period week = new Period(1, PeriodKind.CLOSED, JUNE_1, JUNE_7, null, null, null);

        assertTrue(week.covers(JUNE_1));
        assertTrue(week.covers(JUNE_7));
        assertFalse(week.covers(JUNE_7.plusDays(1)));
        assertTrue(new Period(1, PeriodKind.REGULAR, null, JUNE_7, null, null, MORNINGS).covers(LocalDate.MIN));
    }

    @ParameterizedTest(name = "a {0} override needs both dates")
    @EnumSource(value = PeriodKind.class, names = { "CLOSED", "OPEN", "SPECIAL_HOURS" })
    void anOverrideWithoutBothDatesIsRejected(PeriodKind kind) {
        List<WeeklySpan> spans = kind == PeriodKind.CLOSED ? List.of() : MORNINGS;

        assertThrows(IllegalArgumentException.class, () -> new Period(1, kind, JUNE_1, null, null, null, spans));
        assertThrows(IllegalArgumentException.class, () -> new Period(1, kind, null, JUNE_7, null, null, spans));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Period(1, PeriodKind.REGULAR, JUNE_7, JUNE_1, null, null, MORNINGS));
    }

    @Test
    void aClosedPeriodWithSpansIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Period(1, PeriodKind.CLOSED, JUNE_1, JUNE_7, null, null, MORNINGS));
    }

    @ParameterizedTest(name = "a {0} override needs spans")
    @EnumSource(value = PeriodKind.class, names = { "OPEN", "SPECIAL_HOURS" })
    void anOpeningOverrideWithoutSpansIsRejected(PeriodKind kind) {
        assertThrows(IllegalArgumentException.class, () -> new Period(1, kind, JUNE_1, JUNE_7, null, null, List.of()));
    }

    @Test
    void aDayIsOpenExactlyWhenItHasSpans() {
        List<Span> morning = List.of(MORNINGS.getFirst().span());

        assertThrows(IllegalArgumentException.class,
                () -> new Day(JUNE_1, true, List.of(), DayKind.REGULAR, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Day(JUNE_1, false, morning, DayKind.REGULAR, null, null));
    }
}
