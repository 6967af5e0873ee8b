package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseHolidaysTest {

    static Stream<Arguments> holidaysOf2026() {
        return Stream.of(
                Arguments.of("2026-01-01", "元日"),
                Arguments.of("2026-01-12", "成人の日"),
                Arguments.of("2026-02-11", "建国記念の日"),
                Arguments.of("2026-02-23", "天皇誕生日"),
                Arguments.of("2026-03-20", "春分の日"),
                Arguments.of("2026-04-29", "昭和の日"),
                Arguments.of("2026-05-03", "憲法記念日"),
                Arguments.of("2026-05-04", "みどりの日"),
                Arguments.of("2026-05-05", "こどもの日"),
                Arguments.of("2026-05-06", "振替休日"),
                Arguments.of("2026-07-20", "海の日"),
                Arguments.of("2026-08-11", "山の日"),
                Arguments.of("2026-09-21", "敬老の日"),
                Arguments.of("2026-09-22", "国民の休日"),
                Arguments.of("2026-09-23", "秋分の日"),
                Arguments.of("2026-10-12", "スポーツの日"),
                Arguments.of("2026-11-03", "文化の日"),
                Arguments.of("2026-11-23", "勤労感謝の日"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("holidaysOf2026")
    void eachHolidayOf2026HasItsName(String date, String name) {
        assertEquals(Optional.of(name), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @Test
    void year2026HasExactlyTheEighteenHolidays() {
        Map<LocalDate, String> expected = holidaysOf2026().collect(Collectors.toMap(
                arguments -> LocalDate.parse((String) arguments.get()[0]), arguments -> (String) arguments.get()[1],
                (a, b) -> a, TreeMap::new));
        assertEquals(18, expected.size());
        assertEquals(expected, JapaneseHolidays.inYear(2026));
    }

    @ParameterizedTest(name = "{0} is a working day")
    @ValueSource(strings = { "2026-01-02", "2026-05-07", "2026-08-10", "2026-12-23", "2026-12-29", "2026-09-24" })
    void ordinaryDaysAreNotHolidays(String date) {
        assertEquals(Optional.empty(), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2019-04-29, 昭和の日",
        "2019-04-30, 国民の休日",
        "2019-05-01, 天皇の即位の日",
        "2019-05-02, 国民の休日",
        "2019-05-03, 憲法記念日",
        "2019-05-06, 振替休日",
        "2019-10-14, 体育の日",
        "2019-10-22, 即位礼正殿の儀の行われる日",
    })
    void theEnthronementDaysOf2019AreHolidays(String date, String name) {
        assertEquals(Optional.of(name), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0} is not a holiday")
    @ValueSource(strings = { "2019-02-23", "2019-12-23" })
    void year2019HasNoEmperorsBirthday(String date) {
        assertEquals(Optional.empty(), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2020-07-23, 海の日",
        "2020-07-24, スポーツの日",
        "2020-08-10, 山の日",
        "2021-07-22, 海の日",
        "2021-07-23, スポーツの日",
        "2021-08-08, 山の日",
        "2021-08-09, 振替休日",
    })
    void theOlympicYearsMovedThreeHolidays(String date, String name) {
        assertEquals(Optional.of(name), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0} is a working day")
    @ValueSource(strings = { "2020-07-20", "2020-08-11", "2020-10-12", "2021-07-19", "2021-08-11", "2021-10-11" })
    void theOlympicYearsHaveNoHolidayOnTheUsualDates(String date) {
        assertEquals(Optional.empty(), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0} is 振替休日")
    @ValueSource(strings = { "2025-02-24", "2024-11-04", "2018-12-24", "2027-03-22", "2002-09-16" })
    void aHolidayOnSundayMakesTheNextDayASubstituteHoliday(String date) {
        assertEquals(Optional.of("振替休日"), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @Test
    void sinceTwoThousandSevenTheSubstituteMovesPastConsecutiveHolidays() {
        assertEquals(Optional.of("振替休日"), JapaneseHolidays.nameOf(LocalDate.of(2009, 5, 6)));
    }

    @ParameterizedTest(name = "{0} is 国民の休日")
    @ValueSource(strings = { "2009-09-22", "2015-09-22", "2032-09-21", "2037-09-22", "2006-05-04", "2002-05-04" })
    void aWeekdayBetweenTwoHolidaysIsACitizensHoliday(String date) {
        assertEquals(Optional.of("国民の休日"), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @Test
    void aSundayBetweenTwoHolidaysIsNotACitizensHoliday() {
        assertEquals(Optional.empty(), JapaneseHolidays.nameOf(LocalDate.of(2003, 5, 4)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2000-01-10, 成人の日",
        "2000-10-09, 体育の日",
        "2001-09-15, 敬老の日",
        "2002-07-20, 海の日",
        "2003-07-21, 海の日",
        "2003-09-15, 敬老の日",
        "2006-04-29, みどりの日",
        "2007-04-29, 昭和の日",
        "2007-05-04, みどりの日",
        "2016-08-11, 山の日",
        "2018-12-23, 天皇誕生日",
        "2020-02-23, 天皇誕生日",
    })
    void theLawAsItStoodInEachYearApplies(String date, String name) {
        assertEquals(Optional.of(name), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0} is a working day")
    @ValueSource(strings = { "2015-08-11", "2002-07-15", "2000-01-15" })
    void aHolidayIsNotObservedBeforeTheLawCreatedOrMovedIt(String date) {
        assertEquals(Optional.empty(), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2012-09-22, 秋分の日",
        "2024-03-20, 春分の日",
        "2024-09-22, 秋分の日",
        "2025-09-23, 秋分の日",
        "2092-03-19, 春分の日",
        "2099-03-20, 春分の日",
        "2099-09-23, 秋分の日",
    })
    void theEquinoxDaysFollowTheApproximation(String date, String name) {
        assertEquals(Optional.of(name), JapaneseHolidays.nameOf(LocalDate.parse(date)));
    }

    @Test
    void year2027HasSeventeenHolidays() {
        assertEquals(17, JapaneseHolidays.inYear(2027).size());
    }

    @ParameterizedTest(name = "{0} is out of range")
    @ValueSource(ints = { 1999, 2100 })
    void yearsOutsideTheComputedRangeAreRejected(int year) {
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.inYear(year));
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.nameOf(LocalDate.of(year, 1, 1)));
    }

    @Test
    void theYearListCannotBeModified() {
        assertThrows(UnsupportedOperationException.class,
                () -> JapaneseHolidays.inYear(2026).put(LocalDate.of(2026, 6, 1), "創立記念日"));
    }
}
