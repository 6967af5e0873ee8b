package jp.wardhub.voice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.Panache;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.list.CountRows;
import jp.wardhub.platform.list.ListQuery;

/**
 * 区民の声の集計表: how many voices there are per month received, ward, assigned ward, channel, type and status
 * ({@code voice_count}), and per category, month, ward and assigned ward ({@code voice_category_count}). Kept here,
 * in the transaction that takes a voice in or moves it on; read for the statistics and the lists' totals, which
 * counted up to every voice before (at 1,000,000 voices the first answer after a write took 0.25–0.7 s). What the
 * rows cannot answer — overdue, words, an assignee or section, a partner's own voices, a category with a channel, type
 * or status, a category grouping under a category filter — and the days a period cuts out of its first and last
 * month are counted from the voices as before, and added.
 */
@ApplicationScoped
public class VoiceCounts {

    /** Where one voice is counted. */
    record Key(int month, String ward, String assignedWard, VoiceChannel channel, VoiceType type, VoiceState status,
            Set<String> categories) {

        static Key of(Voice v) {
            int month = VoiceCounts.month(v.receivedOn);
            return new Key(month, orEmpty(v.wardCode), orEmpty(v.assignedWardCode), v.channel, v.type, v.status,
                    Set.copyOf(v.categories));
        }

        private boolean sameRow(Key other) {
            return sameCategoryRows(other) && channel == other.channel && type == other.type && status == other.status;
        }

        private boolean sameCategoryRows(Key other) {
            return month == other.month && ward.equals(other.ward) && assignedWard.equals(other.assignedWard);
        }
    }

    /** What statistics group by: the columns of the voices' count and of the rows, and how a row's values read. */
    enum Grouping {
        TOTAL("", "", "", false),
        CATEGORY("join v.categories c", "c", "category_code", true),
        WARD("", "v.wardCode", "ward_code", false),
        CHANNEL("", "v.channel", "channel", false),
        TYPE("", "v.type", "type", false),
        MONTH("", "year(v.receivedOn), month(v.receivedOn)", "received_month", false),
        CATEGORY_MONTH("join v.categories c", "c, year(v.receivedOn), month(v.receivedOn)",
                "category_code, received_month", true);

        final String join;
        final String keys;
        final String columns;
        final boolean byCategory;

        Grouping(String join, String keys, String columns, boolean byCategory) {
            this.join = join;
            this.keys = keys;
            this.columns = columns;
            this.byCategory = byCategory;
        }

        /** A row's values as the voices' count gives them (a ward or null, an enum, a year and a month). */
        List<Object> values(Object[] row) {
            List<Object> values = new ArrayList<>(Arrays.asList(row).subList(0, row.length - 1));
            switch (this) {
                case WARD -> values.set(0, "".equals(values.get(0)) ? null : values.get(0));
                case CHANNEL -> values.set(0, VoiceChannel.valueOf((String) values.get(0)));
                case TYPE -> values.set(0, VoiceType.valueOf((String) values.get(0)));
                case MONTH, CATEGORY_MONTH -> { // received_month (yyyymm) comes last: as year() and month() give it
                    int yyyymm = ((Number) values.remove(values.size() - 1)).intValue();
                    values.add(yyyymm / 100);
                    values.add(yyyymm % 100);
                }
                default -> {
                }
            }
            return values;
        }
    }

    // ---- kept on write ----

    /** A voice taken in. */
    void added(Voice v) {
        Key key = Key.of(v);
        count(key, 1);
        key.categories.forEach(category -> countCategory(key, category, 1));
    }

    /** A voice that moved on from {@code before} (its key then): counted where it stands now instead. */
    void moved(Key before, Voice v) {
        Key after = Key.of(v);
        if (before.equals(after)) {
            return;
        }
        if (!before.sameRow(after)) {
            count(before, -1);
            count(after, 1);
        }
        boolean sameRows = before.sameCategoryRows(after);
        before.categories.stream().filter(c -> !sameRows || !after.categories.contains(c))
                .forEach(c -> countCategory(before, c, -1));
        after.categories.stream().filter(c -> !sameRows || !before.categories.contains(c))
                .forEach(c -> countCategory(after, c, 1));
    }

    private static void count(Key key, int change) {
        CountRows.add("voice_count", Map.of("received_month", key.month, "ward_code", key.ward, "assigned_ward_code",
                key.assignedWard, "channel", key.channel.name(), "type", key.type.name(), "status", key.status.name()),
                "voices", change);
    }

    private static void countCategory(Key key, String category, int change) {
        CountRows.add("voice_category_count", Map.of("category_code", category, "received_month", key.month,
                "ward_code", key.ward, "assigned_ward_code", key.assignedWard), "voices", change);
    }

    // ---- read ----

    /** How many voices of {@code query} (made of {@code filter} for {@code c}) there are. */
    long total(Caller c, VoiceFilter filter, ListQuery query) {
        return countBy(Grouping.TOTAL, c, filter, query).stream().mapToLong(row -> ((Number) row[0]).longValue()).sum();
    }

    /**
     * The voices of {@code query} (made of {@code filter} for {@code c}) counted by {@code grouping}, as
     * {@link ListQuery#countBy} gives them: each row the grouping's values, then the count.
     */
    List<Object[]> countBy(Grouping grouping, Caller c, VoiceFilter filter, ListQuery query) {
        String ward = scope(c);
        if (ward == null || !answerable(grouping, filter)) {
            return counted(grouping, query);
        }
        Period period = Period.of(filter.from(), filter.to());
        Map<List<Object>, Long> sums = new LinkedHashMap<>();
        if (period.firstMonth() <= period.lastMonth()) {
            for (Object[] row : rows(grouping, ward, filter, period)) {
                sums.merge(grouping.values(row), ((Number) row[row.length - 1]).longValue(), Long::sum);
            }
        }
        for (LocalDate[] days : period.days()) {
            ListQuery part = filter.within(days[0], days[1]).query(c, BusinessTime.today());
            for (Object[] row : counted(grouping, part)) {
                sums.merge(Arrays.asList(row).subList(0, row.length - 1), ((Number) row[row.length - 1]).longValue(),
                        Long::sum);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((values, count) -> {
            if (count != 0 || grouping == Grouping.TOTAL) { // a total is one row, 0 included, as a count gives it
                Object[] row = values.toArray(new Object[values.size() + 1]);
                row[values.size()] = count;
                rows.add(row);
            }
        });
        return rows;
    }

    /** Counted from the voices. */
    private static List<Object[]> counted(Grouping grouping, ListQuery query) {
        return grouping == Grouping.TOTAL ? List.<Object[]>of(new Object[] { query.count() })
                : query.countBy(grouping.join, grouping.keys);
    }

    /**
     * The caller's scope as the rows know it: "" for every voice (administrators and HQ), a ward code for ward staff
     * (the ward's voices and those assigned to it), null when the rows cannot tell (a partner sees the voices it sent).
     */
    private static String scope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return "";
        }
        return VoicePolicy.isWardRole(c) ? c.wardCode() : null;
    }

    private static boolean answerable(Grouping grouping, VoiceFilter f) {
        if (f.overdue() != null || !blank(f.q()) || !blank(f.assignee()) || !blank(f.section())) {
            return false;
        }
        boolean category = !blank(f.category());
        if (category && grouping.byCategory) {
            return false; // under a category filter, a category grouping counts each voice's other categories too
        }
        // the categories' rows do not tell channel, type or status apart
        return !(category || grouping.byCategory) || f.channel() == null && f.type() == null && f.status() == null
                && grouping != Grouping.CHANNEL && grouping != Grouping.TYPE;
    }

    private static List<Object[]> rows(Grouping grouping, String ward, VoiceFilter f, Period period) {
        boolean byCategory = grouping.byCategory || !blank(f.category());
        List<String> where = new ArrayList<>(List.of("received_month between :first and :last"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("first", period.firstMonth());
        params.put("last", period.lastMonth());
        if (!ward.isEmpty()) {
            where.add("(ward_code = :scope or assigned_ward_code = :scope)");
            params.put("scope", ward);
        }
        equal(where, params, "ward_code", f.ward() == null ? null : f.ward().trim());
        equal(where, params, "status", f.status());
        equal(where, params, "type", f.type());
        equal(where, params, "channel", f.channel());
        if (!blank(f.category())) {
            equal(where, params, "category_code", f.category().trim());
        }
        String columns = grouping.columns.isEmpty() ? "" : grouping.columns + ", ";
        String sql = "select " + columns + "coalesce(sum(voices), 0) from "
                + (byCategory ? "voice_category_count" : "voice_count")
                + " where " + String.join(" and ", where)
                + (grouping.columns.isEmpty() ? "" : " group by " + grouping.columns);
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> result = query.getResultList();
        return result.stream().map(row -> row instanceof Object[] values ? values : new Object[] { row }).toList();
    }

    private static void equal(List<String> where, Map<String, Object> params, String column, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(column + " = :" + column);
            params.put(column, value instanceof Enum<?> e ? e.name() : value);
        }
    }

    /**
     * A period as whole months, read from the rows ({@code firstMonth} to {@code lastMonth}, yyyymm; none when the
     * first is after the last), and the days at either end that only part of a month covers, counted from the voices.
     */
    record Period(int firstMonth, int lastMonth, List<LocalDate[]> days) {

        static final int EARLIEST = 0;
        static final int LATEST = 999_912;

        static Period of(LocalDate from, LocalDate to) {
            YearMonth first = from == null ? null
                    : from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
            YearMonth last = to == null ? null
                    : to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to)
                    : YearMonth.from(to).minusMonths(1);
            if (first != null && last != null && first.isAfter(last)) {
                return new Period(1, 0, List.<LocalDate[]>of(new LocalDate[] { from, to }));
            }
            List<LocalDate[]> days = new ArrayList<>();
            if (from != null && from.getDayOfMonth() != 1) {
                days.add(new LocalDate[] { from, YearMonth.from(from).atEndOfMonth() });
            }
            if (to != null && !to.equals(YearMonth.from(to).atEndOfMonth())) {
                days.add(new LocalDate[] { YearMonth.from(to).atDay(1), to });
            }
            return new Period(first == null ? EARLIEST : month(first), last == null ? LATEST : month(last), days);
        }
    }

    static int month(LocalDate day) {
        return month(YearMonth.from(day));
    }

    private static int month(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    private static String orEmpty(String code) {
        return Objects.requireNonNullElse(code, "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
