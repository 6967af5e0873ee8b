package jp.wardhub.counter.hours;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.JapaneseHolidays;

/**
 * Resolves the opening hours of a date from a place's periods and rules.
 *
 * <p>The candidates for a date are:
 * <ol type="a">
 * <li>the explicit override periods ({@link PeriodKind#CLOSED}, {@link PeriodKind#OPEN},
 * {@link PeriodKind#SPECIAL_HOURS}) covering it;</li>
 * <li>when {@link ClosureRules#closedOnHolidays()} and the date is a public holiday, a computed one-day closure;</li>
 * <li>when {@link ClosureRules#closedYearEnd()} and the date falls in 12/29–1/3, the computed six-day year-end closure.</li>
 * </ol>
 * The candidate covering the fewest days wins; on a tie an explicit override beats a computed closure, then the
 * higher id wins. Without a candidate the shortest {@link PeriodKind#REGULAR} period covering the date applies
 * (open-ended counts as infinitely long; on a tie the higher id wins), and without one the day has
 * {@link DayKind#NO_HOURS}. The winning period's spans for the day of the week give the hours, sorted, with spans
 * that overlap or touch merged.
 */
public final class OpeningCalendar {

    /** The longest range, in days, that {@code resolve} accepts, and how far ahead {@code nextOpening} looks. */
    public static final int MAX_DAYS = 366;

    private static final Comparator<Period> SHORTEST_THEN_HIGHEST_ID = Comparator
            .comparingLong(Period::lengthInDays)
            .thenComparing(Comparator.comparingLong(Period::id).reversed());

    private static final Comparator<Candidate> PRECEDENCE = Comparator
            .comparingLong((Candidate candidate) -> candidate.period().lengthInDays())
            .thenComparing(Candidate::explicit, Comparator.reverseOrder())
            .thenComparing(Candidate::period, Comparator.comparingLong(Period::id).reversed());

    private OpeningCalendar() {
    }

    /**
     * The opening hours of {@code date}.
     *
     * @throws IllegalArgumentException when the rules close on holidays and the date is outside the years
     *         {@link JapaneseHolidays} computes
     */
    public static Day resolve(LocalDate date, List<Period> periods, ClosureRules rules) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rules, "rules");
        return candidates(date, periods, rules)
                .min(PRECEDENCE)
                .map(winner -> winner.dayOn(date))
                .orElseGet(() -> regularDay(date, periods));
    }

    /**
     * The opening hours of every date from {@code from} to {@code to}, both included.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from} or the range is longer than
     *         {@value #MAX_DAYS} days
     */
    public static List<Day> resolve(LocalDate from, LocalDate to, List<Period> periods, ClosureRules rules) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("A range is at most " + MAX_DAYS + " days: " + from + "–" + to);
        }
        return from.datesUntil(to.plusDays(1)).map(date -> resolve(date, periods, rules)).toList();
    }

    /** The span the place is open in at {@code at}, if it is open then. */
    public static Optional<Span> openSpanAt(LocalDateTime at, List<Period> periods, ClosureRules rules) {
        return resolve(at.toLocalDate(), periods, rules).spans().stream()
                .filter(span -> span.contains(at.toLocalTime()))
                .findFirst();
    }

    /**
     * The start of the first span that starts strictly after {@code after} (so not the start of the span open at
     * {@code after}), looking at most {@value #MAX_DAYS} days ahead and not past the holiday calendar's last day.
     */
    public static Optional<LocalDateTime> nextOpening(LocalDateTime after, List<Period> periods, ClosureRules rules) {
        LocalDate first = after.toLocalDate();
        return first.datesUntil(BusinessTime.notPastCalendar(first.plusDays(MAX_DAYS)).plusDays(1))
                .flatMap(date -> resolve(date, periods, rules).spans().stream()
                        .map(span -> date.atTime(span.opens())))
                .filter(start -> start.isAfter(after))
                .findFirst();
    }

    /**
     * The times within both {@code a} and {@code b}, sorted and merged: for a procedure whose own hours are narrower
     * than the office's.
     */
    public static List<Span> intersect(List<Span> a, List<Span> b) {
        List<Span> both = new ArrayList<>();
        for (Span x : merge(a)) {
            for (Span y : merge(b)) {
                long opens = Math.max(x.opensNanos(), y.opensNanos());
                long closes = Math.min(x.closesNanos(), y.closesNanos());
                if (opens < closes) {
                    both.add(Span.ofNanos(opens, closes));
                }
            }
        }
        return merge(both);
    }

    private static Stream<Candidate> candidates(LocalDate date, List<Period> periods, ClosureRules rules) {
        Stream<Candidate> explicit = periods.stream()
                .filter(period -> period.kind().isOverride() && period.covers(date))
                .map(period -> new Candidate(period, dayKindOf(period.kind()), true));
        Stream<Candidate> holiday = rules.closedOnHolidays()
                ? JapaneseHolidays.nameOf(date).map(name -> holidayClosure(date, name)).stream()
                : Stream.empty();
        Stream<Candidate> yearEnd = rules.closedYearEnd()
                ? Stream.of(yearEndClosure(date)).filter(closure -> closure.period().covers(date))
                : Stream.empty();
        return Stream.of(explicit, holiday, yearEnd).flatMap(candidates -> candidates);
    }

    private static Candidate holidayClosure(LocalDate date, String name) {
        return computedClosure(DayKind.HOLIDAY, date, date, name, "Public holiday");
    }

    /** The year-end closure (年末年始) around {@code date}: the one that starts on 12/29 of the same or last year. */
    private static Candidate yearEndClosure(LocalDate date) {
        int startYear = date.getMonth() == Month.DECEMBER ? date.getYear() : date.getYear() - 1;
        LocalDate start = LocalDate.of(startYear, 12, 29);
        return computedClosure(DayKind.YEAR_END, start, start.plusDays(5), "年末年始", "Year-end holidays");
    }

    // The id is never compared: an explicit override wins a tie first, and the two computed closures differ in length.
    private static Candidate computedClosure(DayKind kind, LocalDate startsOn, LocalDate endsOn, String reasonJa,
            String reasonEn) {
        Period closure = new Period(0, PeriodKind.CLOSED, startsOn, endsOn, reasonJa, reasonEn, List.of());
        return new Candidate(closure, kind, false);
    }

    private static Day regularDay(LocalDate date, List<Period> periods) {
        Optional<Period> regular = periods.stream()
                .filter(period -> period.kind() == PeriodKind.REGULAR && period.covers(date))
                .min(SHORTEST_THEN_HIGHEST_ID);
        if (regular.isEmpty()) {
            return new Day(date, false, List.of(), DayKind.NO_HOURS, null, null);
        }
        List<Span> spans = merge(regular.get().spansOn(date.getDayOfWeek()));
        if (spans.isEmpty()) {
            return new Day(date, false, spans, DayKind.REGULAR, "定休日", "Closed");
        }
        return new Day(date, true, spans, DayKind.REGULAR, regular.get().reasonJa(), regular.get().reasonEn());
    }

    /** {@code spans} sorted, with spans that overlap or touch joined into one. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparingLong(Span::opensNanos)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty() && span.opensNanos() <= merged.getLast().closesNanos()) {
                Span last = merged.removeLast();
                merged.add(Span.ofNanos(last.opensNanos(), Math.max(last.closesNanos(), span.closesNanos())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    private static DayKind dayKindOf(PeriodKind kind) {
        return switch (kind) {
            case REGULAR -> DayKind.REGULAR;
            case CLOSED -> DayKind.CLOSED;
            case OPEN -> DayKind.OPEN;
            case SPECIAL_HOURS -> DayKind.SPECIAL_HOURS;
        };
    }

    /** A period competing to decide a date, and the kind of day it makes. */
    private record Candidate(Period period, DayKind kind, boolean explicit) {

        Day dayOn(LocalDate date) {
            List<Span> spans = merge(period.spansOn(date.getDayOfWeek()));
            return new Day(date, !spans.isEmpty(), spans, kind, period.reasonJa(), period.reasonEn());
        }
    }
}
