package jp.wardhub.counter.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A period of opening hours (開庁期間): regular weekly hours, or a dated override.
 *
 * <p>{@code startsOn} and {@code endsOn} are inclusive. A regular period may leave either open-ended ({@code null});
 * an override must have both. A {@link PeriodKind#CLOSED} period has no spans; an {@link PeriodKind#OPEN} or
 * {@link PeriodKind#SPECIAL_HOURS} period has at least one. A {@code null} list of spans is read as empty.
 *
 * @param id the stored id; on a tie in length the higher id wins
 * @param reasonJa the reason shown in Japanese, or {@code null}
 * @param reasonEn the reason shown in English, or {@code null}
 */
public record Period(long id, PeriodKind kind, LocalDate startsOn, LocalDate endsOn, String reasonJa,
        String reasonEn, List<WeeklySpan> spans) {

    public Period {
        Objects.requireNonNull(kind, "kind");
        spans = spans == null ? List.of() : List.copyOf(spans);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException(
                    "A period cannot end (" + endsOn + ") before it starts (" + startsOn + ")");
        }
        if (kind.isOverride() && (startsOn == null || endsOn == null)) {
            throw new IllegalArgumentException("A " + kind + " period needs both a start and an end date");
        }
        if (kind == PeriodKind.CLOSED && !spans.isEmpty()) {
            throw new IllegalArgumentException("A CLOSED period has no opening spans");
        }
        if ((kind == PeriodKind.OPEN || kind == PeriodKind.SPECIAL_HOURS) && spans.isEmpty()) {
            throw new IllegalArgumentException("A " + kind + " period needs at least one opening span");
        }
    }

    /** The number of days covered, both ends included; {@link Long#MAX_VALUE} when open-ended. */
    public long lengthInDays() {
        if (startsOn == null || endsOn == null) {
            return Long.MAX_VALUE;
        }
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /** Whether {@code date} falls within this period. */
    public boolean covers(LocalDate date) {
        return (startsOn == null || !date.isBefore(startsOn)) && (endsOn == null || !date.isAfter(endsOn));
    }

    /** The spans that apply on {@code day}, in the order given. */
    public List<Span> spansOn(DayOfWeek day) {
        return spans.stream().filter(weekly -> weekly.appliesTo(day)).map(WeeklySpan::span).toList();
    }
}
