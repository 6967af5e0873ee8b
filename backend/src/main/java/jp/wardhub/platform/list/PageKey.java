package jp.wardhub.platform.list;

import java.time.LocalDate;

import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;

/**
 * The key a list page is cached under: the list's condition (the caller's scope among it), the page, and the day.
 * The day is in every key because overdue flags change at midnight while the data does not; a list that shows no such
 * flag (the public ones) only has its page read again after midnight, nothing else changes. A list whose query is
 * made for a day (overdue conditions) is kept under that same day: {@code new PageKey(condition, page, thatDay)}.
 */
public record PageKey(Condition condition, PageRequest page, LocalDate day) {

    /** The key of {@code page} of {@code query}'s list today ({@link BusinessTime#today()}). */
    public static PageKey of(ListQuery query, PageRequest page) {
        return new PageKey(query.condition(), page, BusinessTime.today());
    }
}
