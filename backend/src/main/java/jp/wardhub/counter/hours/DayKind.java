package jp.wardhub.counter.hours;

/** Which rule decided a resolved {@link Day}. */
public enum DayKind {

    /** The regular weekly hours (open, or closed on a regular day off). */
    REGULAR,

    /** An explicit {@link PeriodKind#CLOSED} override. */
    CLOSED,

    /** An explicit {@link PeriodKind#OPEN} override. */
    OPEN,

    /** An explicit {@link PeriodKind#SPECIAL_HOURS} override. */
    SPECIAL_HOURS,

    /** Closed for a public holiday (祝日). */
    HOLIDAY,

    /** Closed for the year-end holidays (年末年始, 12/29–1/3). */
    YEAR_END,

    /** No regular period covers the date, so there are no hours to show. */
    NO_HOURS
}
