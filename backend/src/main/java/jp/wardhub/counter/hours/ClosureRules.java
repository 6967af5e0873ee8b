package jp.wardhub.counter.hours;

/**
 * The closures a place observes without anyone entering them as periods.
 *
 * @param closedOnHolidays closed on public holidays (ward offices are; convenience stores are not)
 * @param closedYearEnd closed over the year-end holidays, 12/29–1/3 (年末年始)
 */
public record ClosureRules(boolean closedOnHolidays, boolean closedYearEnd) {
}
