package jp.wardhub.counter.hours;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * A span of opening hours on one day of the week.
 *
 * @param day the day of the week, or {@code null} for every day
 * @param span the hours on that day
 */
public record WeeklySpan(DayOfWeek day, Span span) {

    public WeeklySpan {
        Objects.requireNonNull(span, "span");
    }

    /** Whether this span applies on {@code dayOfWeek}. */
    public boolean appliesTo(DayOfWeek dayOfWeek) {
        return day == null || day == dayOfWeek;
    }
}
