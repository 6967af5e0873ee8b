package jp.wardhub.counter.hours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningCalendarTest {

    private static final ClosureRules WARD_OFFICE = new ClosureRules(true, true);
    private static final ClosureRules CONVENIENCE_STORE = new ClosureRules(false, true);
    private static final ClosureRules ALWAYS = new ClosureRules(false, false);

    private static final Span OFFICE_HOURS = span("08:30", "17:15");

    /** 中央区役所: 8:30–17:15 on weekdays, all year. */
    private static final Period WARD_REGULAR = new Period(1, PeriodKind.REGULAR, null, null, null, null,
            weekdays(OFFICE_HOURS));

    private static final LocalDate WEDNESDAY_JUNE_3 = LocalDate.of(2026, 6, 3);

    @Test
    void aRegularWeekdayHasTheRegularHours() {
        Day day = OpeningCalendar.resolve(WEDNESDAY_JUNE_3, List.of(WARD_REGULAR), WARD_OFFICE);

        assertEquals(new Day(WEDNESDAY_JUNE_3, true, List.of(OFFICE_HOURS), DayKind.REGULAR, null, null), day);
    }

    @Test
    void aWeekendIsARegularDayOff() {
        LocalDate saturday = LocalDate.of(2026, 6, 6);

        Day day = OpeningCalendar.resolve(saturday, List.of(WARD_REGULAR), WARD_OFFICE);

        assertEquals(new Day(saturday, false, List.of(), DayKind.REGULAR, "定休日", "Closed"), day);
    }

    @Test
    void aPublicHolidayClosesAWardOfficeUnderItsJapaneseName() {
        LocalDate marineDay = LocalDate.of(2026, 7, 20);

        Day day = OpeningCalendar.resolve(marineDay, List.of(WARD_REGULAR), WARD_OFFICE);

        assertEquals(new Day(marineDay, false, List.of(), DayKind.HOLIDAY, "海の日", "Public holiday"), day);
    }

    @Test
    void aConvenienceStoreOpensOnHolidaysButClosesOverTheYearEnd() {
        Span storeHours = span("06:30", "23:00");
        List<Period> store = List.of(new Period(7, PeriodKind.REGULAR, null, null, null, null,
                List.of(new WeeklySpan(null, storeHours))));

        assertEquals(List.of(storeHours),
                OpeningCalendar.resolve(LocalDate.of(2026, 7, 20), store, CONVENIENCE_STORE).spans());
        List<Day> newYear = OpeningCalendar.resolve(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4), store,
                CONVENIENCE_STORE);
        assertEquals(List.of(true, false, false, false, false, false, false, true),
                newYear.stream().map(Day::open).toList());
        assertEquals(DayKind.YEAR_END, newYear.get(4).kind());
        assertEquals("年末年始", newYear.get(4).reasonJa());
        assertEquals("Year-end holidays", newYear.get(4).reasonEn());
    }

    @Test
    void aWeekendOpeningOpensThatSaturdayOnly() {
        LocalDate saturday = LocalDate.of(2026, 3, 28);
        Span morning = span("09:00", "12:00");
        Period weekendOpening = new Period(2, PeriodKind.OPEN, saturday, saturday, "休日開庁", "Weekend opening",
                List.of(new WeeklySpan(null, morning)));
        List<Period> periods = List.of(WARD_REGULAR, weekendOpening);

        assertEquals(new Day(saturday, true, List.of(morning), DayKind.OPEN, "休日開庁", "Weekend opening"),
                OpeningCalendar.resolve(saturday, periods, WARD_OFFICE));
        assertFalse(OpeningCalendar.resolve(saturday.minusWeeks(1), periods, WARD_OFFICE).open());
        assertFalse(OpeningCalendar.resolve(saturday.plusWeeks(1), periods, WARD_OFFICE).open());
    }

    @Test
    void anOpenOverrideOnAHolidayBeatsTheComputedHolidayOfTheSameLength() {
        LocalDate cultureDay = LocalDate.of(2026, 11, 3);
        Period holidayOpening = oneDay(2, PeriodKind.OPEN, cultureDay, span("09:00", "12:00"));

        Day day = OpeningCalendar.resolve(cultureDay, List.of(WARD_REGULAR, holidayOpening), WARD_OFFICE);

        assertEquals(DayKind.OPEN, day.kind());
        assertEquals(List.of(span("09:00", "12:00")), day.spans());
    }

    @Test
    void aTemporaryClosureForAWeekBeatsTheRegularHours() {
        Period closure = new Period(2, PeriodKind.CLOSED, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7),
                "システム更新のため臨時閉庁", "Closed for a system update", List.of());

        List<Day> week = OpeningCalendar.resolve(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8),
                List.of(WARD_REGULAR, closure), WARD_OFFICE);

        assertTrue(week.subList(0, 7).stream().allMatch(day -> day.kind() == DayKind.CLOSED && !day.open()));
        assertEquals("システム更新のため臨時閉庁", week.get(2).reasonJa());
        assertEquals(new Day(LocalDate.of(2026, 6, 8), true, List.of(OFFICE_HOURS), DayKind.REGULAR, null, null),
                week.get(7));
    }

    @Test
    void ofTwoOverlappingOverridesTheShorterOneWins() {
        Period closure = new Period(3, PeriodKind.CLOSED, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7),
                "臨時閉庁", "Closed", List.of());
        Period specialHours = oneDay(2, PeriodKind.SPECIAL_HOURS, WEDNESDAY_JUNE_3, span("10:00", "15:00"));
        List<Period> periods = List.of(WARD_REGULAR, closure, specialHours);

        assertEquals(DayKind.SPECIAL_HOURS, OpeningCalendar.resolve(WEDNESDAY_JUNE_3, periods, WARD_OFFICE).kind());
        assertEquals(DayKind.CLOSED, OpeningCalendar.resolve(WEDNESDAY_JUNE_3.plusDays(1), periods, WARD_OFFICE)
                .kind());
    }

    @Test
    void ofTwoOverridesOfTheSameLengthTheHigherIdWins() {
        Period older = oneDay(4, PeriodKind.SPECIAL_HOURS, WEDNESDAY_JUNE_3, span("10:00", "15:00"));
        Period newer = oneDay(5, PeriodKind.SPECIAL_HOURS, WEDNESDAY_JUNE_3, span("13:00", "16:00"));

        for (List<Period> periods : List.of(List.of(older, newer), List.of(newer, older))) {
            assertEquals(List.of(span("13:00", "16:00")),
                    OpeningCalendar.resolve(WEDNESDAY_JUNE_3, periods, WARD_OFFICE).spans());
        }
    }

    @Test
    void theYearEndClosureBeatsTheRegularHours() {
        LocalDate december29 = LocalDate.of(2026, 12, 29);

        Day day = OpeningCalendar.resolve(december29, List.of(WARD_REGULAR), WARD_OFFICE);

        assertEquals(new Day(december29, false, List.of(), DayKind.YEAR_END, "年末年始", "Year-end holidays"), day);
        assertTrue(OpeningCalendar.resolve(december29.minusDays(1), List.of(WARD_REGULAR), WARD_OFFICE).open());
        assertTrue(OpeningCalendar.resolve(LocalDate.of(2027, 1, 4), List.of(WARD_REGULAR), WARD_OFFICE).open());
    }

    @Test
    void aHolidayInsideTheYearEndIsShorterAndGivesItsName() {
        Day newYearsDay = OpeningCalendar.resolve(LocalDate.of(2027, 1, 1), List.of(WARD_REGULAR), WARD_OFFICE);

        assertEquals(DayKind.HOLIDAY, newYearsDay.kind());
        assertEquals("元日", newYearsDay.reasonJa());
    }

    @Test
    void aOneDayOverrideInsideTheYearEndBeatsIt() {
        LocalDate december29 = LocalDate.of(2026, 12, 29);
        Period counter = oneDay(2, PeriodKind.OPEN, december29, span("09:00", "12:00"));

        Day day = OpeningCalendar.resolve(december29, List.of(WARD_REGULAR, counter), WARD_OFFICE);

        assertEquals(DayKind.OPEN, day.kind());
        assertTrue(day.open());
    }

    @Test
    void aShorterSummerRegularPeriodBeatsTheAllYearOne() {
        Span longHours = span("08:30", "19:00");
        Period summer = new Period(2, PeriodKind.REGULAR, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31),
                "夏季延長", "Summer hours", weekdays(longHours));
        List<Period> periods = List.of(summer, WARD_REGULAR);

        assertEquals(List.of(longHours), OpeningCalendar.resolve(LocalDate.of(2026, 7, 1), periods, WARD_OFFICE)
                .spans());
        assertEquals("夏季延長", OpeningCalendar.resolve(LocalDate.of(2026, 7, 1), periods, WARD_OFFICE).reasonJa());
        assertEquals(List.of(OFFICE_HOURS), OpeningCalendar.resolve(LocalDate.of(2026, 9, 1), periods, WARD_OFFICE)
                .spans());
    }

    @Test
    void aClosedDayOfTheWeekInTheShorterRegularPeriodStaysClosed() {
        Period summer = new Period(2, PeriodKind.REGULAR, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31),
                null, null, List.of(new WeeklySpan(MONDAY, OFFICE_HOURS)));

        Day wednesday = OpeningCalendar.resolve(LocalDate.of(2026, 7, 1), List.of(WARD_REGULAR, summer), WARD_OFFICE);

        assertEquals(new Day(LocalDate.of(2026, 7, 1), false, List.of(), DayKind.REGULAR, "定休日", "Closed"),
                wednesday);
    }

    @Test
    void anOnlineServiceIsOpenAroundTheClock() {
        Span wholeDay = span("00:00", "00:00");
        List<Period> online = List.of(new Period(9, PeriodKind.REGULAR, null, null, null, null,
                List.of(new WeeklySpan(null, wholeDay))));
        LocalDate newYearsDay = LocalDate.of(2027, 1, 1);

        assertEquals(List.of(wholeDay), OpeningCalendar.resolve(newYearsDay, online, ALWAYS).spans());
        assertEquals(Optional.of(wholeDay), OpeningCalendar.openSpanAt(newYearsDay.atTime(0, 0), online, ALWAYS));
        assertEquals(Optional.of(wholeDay),
                OpeningCalendar.openSpanAt(newYearsDay.atTime(23, 59, 59), online, ALWAYS));
    }

    @Test
    void withoutARegularPeriodThereAreNoHours() {
        Day day = OpeningCalendar.resolve(WEDNESDAY_JUNE_3, List.of(), WARD_OFFICE);

        assertEquals(new Day(WEDNESDAY_JUNE_3, false, List.of(), DayKind.NO_HOURS, null, null), day);
    }

    @Test
    void overlappingSpansOfADayAreSortedAndMerged() {
        Period regular = new Period(1, PeriodKind.REGULAR, null, null, null, null, List.of(
                new WeeklySpan(null, span("13:00", "17:00")),
                new WeeklySpan(MONDAY, span("09:00", "13:30")),
                new WeeklySpan(TUESDAY, span("08:00", "09:00"))));

        assertEquals(List.of(span("09:00", "17:00")),
                OpeningCalendar.resolve(LocalDate.of(2026, 6, 1), List.of(regular), ALWAYS).spans());
        assertEquals(List.of(span("08:00", "09:00"), span("13:00", "17:00")),
                OpeningCalendar.resolve(LocalDate.of(2026, 6, 2), List.of(regular), ALWAYS).spans());
    }

    @Test
    void aRangeOfAtMost366DaysIsResolvedDayByDay() {
        List<Day> days = OpeningCalendar.resolve(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                List.of(WARD_REGULAR), WARD_OFFICE);

        assertEquals(366, days.size());
        assertEquals(LocalDate.of(2027, 1, 1), days.getLast().date());
    }

    @Test
    void aRangeLongerThan366DaysIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OpeningCalendar.resolve(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 2), List.of(WARD_REGULAR), WARD_OFFICE));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OpeningCalendar.resolve(WEDNESDAY_JUNE_3,
                WEDNESDAY_JUNE_3.minusDays(1), List.of(WARD_REGULAR), WARD_OFFICE));
    }

    @Test
    void theNextOpeningAfterFridayEveningIsMondayMorning() {
        assertEquals(Optional.of(LocalDateTime.of(2026, 6, 8, 8, 30)), OpeningCalendar.nextOpening(
                LocalDateTime.of(2026, 6, 5, 18, 0), List.of(WARD_REGULAR), WARD_OFFICE));
    }

    @Test
    void theNextOpeningSkipsAHolidayMonday() {
        assertEquals(Optional.of(LocalDateTime.of(2026, 7, 21, 8, 30)), OpeningCalendar.nextOpening(
                LocalDateTime.of(2026, 7, 17, 18, 0), List.of(WARD_REGULAR), WARD_OFFICE));
    }

    @Test
    void theNextOpeningIsStrictlyAfterTheGivenMoment() {
        List<Period> periods = List.of(WARD_REGULAR);

        assertEquals(Optional.of(WEDNESDAY_JUNE_3.atTime(8, 30)),
                OpeningCalendar.nextOpening(WEDNESDAY_JUNE_3.atTime(8, 29), periods, WARD_OFFICE));
        assertEquals(Optional.of(WEDNESDAY_JUNE_3.plusDays(1).atTime(8, 30)),
                OpeningCalendar.nextOpening(WEDNESDAY_JUNE_3.atTime(8, 30), periods, WARD_OFFICE));
        assertEquals(Optional.of(WEDNESDAY_JUNE_3.plusDays(1).atTime(8, 30)),
                OpeningCalendar.nextOpening(WEDNESDAY_JUNE_3.atTime(10, 0), periods, WARD_OFFICE));
    }

    @Test
    void thereIsNoNextOpeningForAPlaceWithoutHours() {
        assertEquals(Optional.empty(),
                OpeningCalendar.nextOpening(WEDNESDAY_JUNE_3.atTime(10, 0), List.of(), WARD_OFFICE));
    }

    @ParameterizedTest(name = "open at {0}")
    @ValueSource(strings = { "08:30", "12:00", "17:14:59" })
    void theOpenSpanIsFoundDuringOpeningHours(String time) {
        assertEquals(Optional.of(OFFICE_HOURS), OpeningCalendar.openSpanAt(
                WEDNESDAY_JUNE_3.atTime(LocalTime.parse(time)), List.of(WARD_REGULAR), WARD_OFFICE));
    }

    @ParameterizedTest(name = "closed at {0}")
    @ValueSource(strings = { "2026-06-03T08:29", "2026-06-03T17:15", "2026-06-06T10:00", "2026-07-20T10:00" })
    void thereIsNoOpenSpanOutsideOpeningHours(String at) {
        assertEquals(Optional.empty(),
                OpeningCalendar.openSpanAt(LocalDateTime.parse(at), List.of(WARD_REGULAR), WARD_OFFICE));
    }

    @Test
    void intersectKeepsOnlyTheTimesInBoth() {
        List<Span> procedure = List.of(span("17:00", "18:00"), span("09:00", "12:00"), span("13:00", "16:00"));

        assertEquals(List.of(span("09:00", "12:00"), span("13:00", "16:00"), span("17:00", "17:15")),
                OpeningCalendar.intersect(List.of(OFFICE_HOURS), procedure));
    }

    @Test
    void intersectWithTheWholeDayKeepsTheOtherSpansUpToMidnight() {
        assertEquals(List.of(span("22:00", "00:00")),
                OpeningCalendar.intersect(List.of(span("00:00", "00:00")), List.of(span("22:00", "00:00"))));
    }

    @Test
    void intersectOfDisjointSpansIsEmpty() {
        assertEquals(List.of(), OpeningCalendar.intersect(List.of(span("09:00", "12:00")),
                List.of(span("12:00", "13:00"))));
    }

    private static Span span(String opens, String closes) {
        return new Span(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static List<WeeklySpan> weekdays(Span span) {
        return Stream.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                .map((DayOfWeek day) -> new WeeklySpan(day, span))
                .toList();
    }

    private static Period oneDay(long id, PeriodKind kind, LocalDate date, Span span) {
        return new Period(id, kind, date, date, null, null, List.of(new WeeklySpan(null, span)));
    }
}
