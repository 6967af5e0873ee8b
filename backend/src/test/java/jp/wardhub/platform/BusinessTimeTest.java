package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    @Test
    void aQueryDateBeyondTheFourDigitYearsIsRefusedLikeAMalformedOne() {
        assertThrows(ProblemException.class, () -> BusinessTime.date("from", "+999999999-12-31", null));
        assertThrows(ProblemException.class, () -> BusinessTime.date("from", "2026-02-30", null));
        assertEquals(LocalDate.of(9999, 12, 31), BusinessTime.date("from", "9999-12-31", null));
    }

    @Test
    void weekendsHolidaysAndTheYearEndAreNotBusinessDays() {
        assertTrue(BusinessTime.isBusinessDay(LocalDate.of(2026, 12, 1)));
        assertFalse(BusinessTime.isBusinessDay(LocalDate.of(2026, 12, 5)));
        assertFalse(BusinessTime.isBusinessDay(LocalDate.of(2026, 5, 6)));
        assertFalse(BusinessTime.isBusinessDay(LocalDate.of(2026, 12, 29)));
        assertFalse(BusinessTime.isBusinessDay(LocalDate.of(2027, 1, 3)));
    }

    @Test
    void twoBusinessDaysAfterFridayIsTuesdayAndSkipsTheHoliday() {
        assertEquals(LocalDate.of(2026, 12, 8), BusinessTime.plusBusinessDays(LocalDate.of(2026, 12, 4), 2));
        // 2026-09-18 (Fri) → 21, 22, 23 are holidays → 24, 25
        assertEquals(LocalDate.of(2026, 9, 25), BusinessTime.plusBusinessDays(LocalDate.of(2026, 9, 18), 2));
        // over the year-end: 12/28 (Mon) → 1/4, 1/5
        assertEquals(LocalDate.of(2027, 1, 5), BusinessTime.plusBusinessDays(LocalDate.of(2026, 12, 28), 2));
    }

    @Test
    void aMalformedOrImpossibleDateNamesTheParameter() {
        assertEquals("date", assertThrows(ProblemException.class, () -> BusinessTime.date("date", "2026-02-30", null))
                .errors().get(0).field());
        assertEquals(LocalDate.of(2026, 2, 28), BusinessTime.date("date", " 2026-02-28 ", null));
    }
}
