package jp.wardhub.counter.hours;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The resolved opening hours of one date.
 *
 * @param open whether the place opens at all that day; true exactly when {@code spans} is not empty
 * @param spans the opening spans, sorted and not overlapping
 * @param kind which rule decided the day
 * @param reasonJa the reason shown in Japanese (such as the holiday's name), or {@code null}
 * @param reasonEn the reason shown in English, or {@code null}
 */
public record Day(LocalDate date, boolean open, List<Span> spans, DayKind kind, String reasonJa, String reasonEn) {

    public Day {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        spans = List.copyOf(spans);
        if (open == spans.isEmpty()) {
            throw new IllegalArgumentException("A day is open exactly when it has spans");
        }
    }
}
