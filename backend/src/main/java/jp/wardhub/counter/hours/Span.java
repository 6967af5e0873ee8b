package jp.wardhub.counter.hours;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A time span within one day, from {@code opens} (inclusive) to {@code closes} (exclusive). A {@code closes} of
 * 00:00 means midnight at the end of the day (24:00), so 00:00–00:00 is the whole day.
 */
public record Span(LocalTime opens, LocalTime closes) {

    private static final long NANOS_PER_DAY = 24L * 60 * 60 * 1_000_000_000;

    public Span {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (opens.toNanoOfDay() >= endOfDayNanos(closes)) {
            throw new IllegalArgumentException("A span must open before it closes: " + opens + "–" + closes);
        }
    }

    /** Whether {@code time} falls within this span. */
    public boolean contains(LocalTime time) {
        long nanos = time.toNanoOfDay();
        return nanos >= opensNanos() && nanos < closesNanos();
    }

    long opensNanos() {
        return opens.toNanoOfDay();
    }

    /** The closing time as nanoseconds since the start of the day, where midnight is the end of the day. */
    long closesNanos() {
        return endOfDayNanos(closes);
    }

    static Span ofNanos(long opensNanos, long closesNanos) {
        LocalTime closes = closesNanos == NANOS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(closesNanos);
        return new Span(LocalTime.ofNanoOfDay(opensNanos), closes);
    }

    private static long endOfDayNanos(LocalTime closes) {
        return closes.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : closes.toNanoOfDay();
    }
}
