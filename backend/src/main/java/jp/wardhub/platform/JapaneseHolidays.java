package jp.wardhub.platform;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of Japan (国民の祝日 and the 休日 the holiday law adds to them), computed for 2000–2099.
 *
 * <ul>
 * <li>Fixed dates: 元日 1/1, 建国記念の日 2/11, 憲法記念日 5/3, こどもの日 5/5, 文化の日 11/3, 勤労感謝の日 11/23;
 * 山の日 8/11 from 2016; 天皇誕生日 12/23 until 2018, none in 2019, 2/23 from 2020; 4/29 is みどりの日 until 2006
 * and 昭和の日 from 2007, when みどりの日 moved to 5/4.</li>
 * <li>Happy Monday: 成人の日 is the 2nd Monday of January; 海の日 the 3rd Monday of July and 敬老の日 the 3rd Monday of
 * September from 2003 (7/20 and 9/15 before); 体育の日, renamed スポーツの日 from 2020, the 2nd Monday of October.</li>
 * <li>春分の日 and 秋分の日 by the usual approximation for 1980–2099.</li>
 * <li>One-off days: in 2019 天皇の即位の日 (5/1) and 即位礼正殿の儀の行われる日 (10/22), which count as 国民の祝日; the
 * Olympic moves of 海の日, スポーツの日 and 山の日 in 2020 and 2021.</li>
 * <li>振替休日: a 国民の祝日 on a Sunday makes the next day that is not a 国民の祝日 a holiday (from 2007; before, only
 * the Monday).</li>
 * <li>国民の休日: a day that is not already a holiday nor a Sunday, between two 国民の祝日, is a holiday.</li>
 * </ul>
 */
public final class JapaneseHolidays {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

    private static final Map<Integer, SortedMap<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    /**
     * The Japanese name of the holiday on {@code date}, such as 元日, 振替休日 or 国民の休日; empty on other days.
     *
     * @throws IllegalArgumentException outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(inYear(date.getYear()).get(date));
    }

    /**
     * Every holiday of {@code year} with its Japanese name, in date order; unmodifiable.
     *
     * @throws IllegalArgumentException outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static SortedMap<LocalDate, String> inYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Holidays are computed for " + FIRST_YEAR + "–" + LAST_YEAR + " only, not " + year);
        }
        return BY_YEAR.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static SortedMap<LocalDate, String> compute(int year) {
        SortedMap<LocalDate, String> named = namedHolidays(year);
        SortedMap<LocalDate, String> all = new TreeMap<>(named);
        addSubstituteHolidays(year, named, all);
        addCitizensHolidays(named, all);
        return Collections.unmodifiableSortedMap(all);
    }

    /** The 国民の祝日, including the 2019 days the enthronement law counts as such. */
    private static SortedMap<LocalDate, String> namedHolidays(int year) {
        SortedMap<LocalDate, String> named = new TreeMap<>();
        named.put(LocalDate.of(year, 1, 1), "元日");
        named.put(nthMonday(year, Month.JANUARY, 2), "成人の日");
        named.put(LocalDate.of(year, 2, 11), "建国記念の日");
        emperorsBirthday(year).ifPresent(date -> named.put(date, "天皇誕生日"));
        named.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        named.put(LocalDate.of(year, 4, 29), year <= 2006 ? "みどりの日" : "昭和の日");
        named.put(LocalDate.of(year, 5, 3), "憲法記念日");
        if (year >= 2007) {
            named.put(LocalDate.of(year, 5, 4), "みどりの日");
        }
        named.put(LocalDate.of(year, 5, 5), "こどもの日");
        named.put(marineDay(year), "海の日");
        mountainDay(year).ifPresent(date -> named.put(date, "山の日"));
        named.put(respectForTheAgedDay(year), "敬老の日");
        named.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        named.put(sportsDay(year), year >= 2020 ? "スポーツの日" : "体育の日");
        named.put(LocalDate.of(year, 11, 3), "文化の日");
        named.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        if (year == 2019) {
            named.put(LocalDate.of(2019, 5, 1), "天皇の即位の日");
            named.put(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");
        }
        return named;
    }

    private static Optional<LocalDate> emperorsBirthday(int year) {
        if (year <= 2018) {
            return Optional.of(LocalDate.of(year, 12, 23));
        }
        // None in 2019: 12/23 ended with the abdication, and the move to 2/23 took effect on 2019-05-01.
        return year == 2019 ? Optional.empty() : Optional.of(LocalDate.of(year, 2, 23));
    }

    private static LocalDate marineDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> year <= 2002 ? LocalDate.of(year, 7, 20) : nthMonday(year, Month.JULY, 3);
        };
    }

    private static Optional<LocalDate> mountainDay(int year) {
        return switch (year) {
            case 2020 -> Optional.of(LocalDate.of(2020, 8, 10));
            case 2021 -> Optional.of(LocalDate.of(2021, 8, 8));
            default -> year >= 2016 ? Optional.of(LocalDate.of(year, 8, 11)) : Optional.empty();
        };
    }

    private static LocalDate respectForTheAgedDay(int year) {
        return year <= 2002 ? LocalDate.of(year, 9, 15) : nthMonday(year, Month.SEPTEMBER, 3);
    }

    private static LocalDate sportsDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> nthMonday(year, Month.OCTOBER, 2);
        };
    }

    // The law leaves the equinox days to the yearly cabinet announcement; these are the approximations it follows.
    private static int vernalEquinoxDay(int year) {
        return equinoxDay(20.8431, year);
    }

    private static int autumnalEquinoxDay(int year) {
        return equinoxDay(23.2488, year);
    }

    private static int equinoxDay(double base, int year) {
        int sinceEpoch = year - 1980;
        return (int) Math.floor(base + 0.242194 * sinceEpoch - sinceEpoch / 4);
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, MONDAY));
    }

    private static void addSubstituteHolidays(int year, SortedMap<LocalDate, String> named,
            SortedMap<LocalDate, String> all) {
        for (LocalDate holiday : named.keySet()) {
            if (holiday.getDayOfWeek() != SUNDAY) {
                continue;
            }
            LocalDate substitute = holiday.plusDays(1);
            // Since 2007 the substitute moves past the following holidays: 5/3 on a Sunday gives 5/6.
            while (year >= 2007 && named.containsKey(substitute)) {
                substitute = substitute.plusDays(1);
            }
            all.putIfAbsent(substitute, "振替休日");
        }
    }

    private static void addCitizensHolidays(SortedMap<LocalDate, String> named, SortedMap<LocalDate, String> all) {
        for (LocalDate holiday : named.keySet()) {
            LocalDate between = holiday.plusDays(1);
            if (named.containsKey(between.plusDays(1)) && !all.containsKey(between)
                    && between.getDayOfWeek() != SUNDAY) {
                all.put(between, "国民の休日");
            }
        }
    }
}
