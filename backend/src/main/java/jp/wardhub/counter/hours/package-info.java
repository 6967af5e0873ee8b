/**
 * Opening hours of ward offices, counters and online channels, resolved for a date in the style of Helsinki's
 * hauki: weekly {@link jp.wardhub.counter.hours.PeriodKind#REGULAR regular} periods, dated override periods, and
 * closures computed from the Japanese public holidays ({@link jp.wardhub.counter.hours.JapaneseHolidays}) and the
 * year-end closure. {@link jp.wardhub.counter.hours.OpeningCalendar} states the precedence rules.
 */
package jp.wardhub.counter.hours;
