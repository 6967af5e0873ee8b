package jp.wardhub.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.counter.CatalogueCache;
import jp.wardhub.counter.PlaceKey;
import jp.wardhub.counter.hours.Day;
import jp.wardhub.counter.hours.OpeningCalendar;
import jp.wardhub.counter.hours.Span;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.DataChanges;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.usage.CounterStatsViews.CounterStats;
import jp.wardhub.usage.CounterStatsViews.CounterStatsRow;
import jp.wardhub.usage.Figures.Outcome;

/**
 * 窓口利用統計: how many tickets the counter floors handled and how long visitors waited and were served, over a date
 * range, grouped by day, hour, weekday and hour, month, office, window, lane or recorded procedure.
 *
 * <p>Speed: tickets of days before today never change (the day's end closes what was left open, and these statistics
 * already count such a ticket as cancelled), so the figures of those days are computed once per question and kept in
 * a bounded cache ({@code counter-usage.past-days}); only today's tickets are read on every request, which keeps the first request after a write as
 * fast as the next. Wait and service times are kept as sorted seconds, so percentiles stay exact when today's are
 * added.
 */
@ApplicationScoped
public class CounterStatsService {

    /** The longest range one request may cover. */
    public static final int MAX_DAYS = 400;
    /** The default range: the 28 days ending today. */
    static final int DEFAULT_DAYS = 28;
    private static final String TOTAL = "total";
    private static final String[] WEEKDAYS_JA = { "月", "火", "水", "木", "金", "土", "日" };

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    @Inject
    CatalogueCache catalogue;

    @Inject
    DataChanges dataChanges;

    /**
     * Figures of the days before today per question (at most 16 questions, see application.properties: each holds two
     * sorted int arrays per group).
     */
    @CacheName("counter-usage.past-days")
    Cache pastDays;

    /**
     * The floors' offices, windows and lanes: dropped when a floor's layout or an office changes (data
     * {@code counter-floors}).
     */
    @CacheName("counter-floors.usage-layout")
    Cache layouts;

    /** The counter floors: offices with at least one lane, their windows and lanes, in display order. */
    record Layout(Map<Long, Office> offices, List<Window> windows, List<Lane> lanes) {
        Map<Long, Integer> windowCounts() {
            Map<Long, Integer> counts = new HashMap<>();
            windows.forEach(w -> counts.merge(w.office(), 1, Integer::sum));
            return counts;
        }
    }

    /** The filters and grouping of a request, resolved to the offices the caller may read. */
    record Question(List<Long> offices, Long lane, String procedure, LocalDate from, LocalDate to, Grouping grouping) {
    }

    /** The figures of a part of the range: per group, the total, and the opening seconds per office. */
    record Part(Map<String, Figures> groups, Figures total, Map<Long, Long> openSeconds) {
        static final Part EMPTY = new Part(Map.of(), Figures.NONE, Map.of());

        Part plus(Part o) {
            Map<String, Figures> g = new HashMap<>(groups);
            o.groups.forEach((k, v) -> g.merge(k, v, Figures::plus));
            Map<Long, Long> open = new HashMap<>(openSeconds);
            o.openSeconds.forEach((k, v) -> open.merge(k, v, Long::sum));
            return new Part(g, total.plus(o.total), open);
        }
    }

    record Office(long id, String ward, String nameJa, String nameEn) {
    }

    record Window(long id, long office, int number, String nameJa, String nameEn) {
    }

    record Lane(long id, long office, String letter, String nameJa, String nameEn) {
    }

    /**
     * Forgets the figures of earlier days, on every instance: after history was written into them (demo data, tests).
     */
    public void forgetPastDays() {
        dataChanges.changed("counter-usage");
    }

    public CounterStats stats(CounterStatsQuery query) {
        Caller c = caller.get();
        if (!CounterStatsPolicy.canRead(c)) {
            throw ProblemException.forbidden("窓口利用統計は管理者・本庁職員・区職員だけが見られます"
                    + " (counter statistics are for administrators, HQ and ward staff)");
        }
        Grouping grouping = Grouping.parse(query.groupBy());
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate to = BusinessTime.calendarDate("to", query.to(), BusinessTime.notPastCalendar(today));
        LocalDate defaultFrom = to.minusDays(DEFAULT_DAYS - 1L);
        LocalDate from = BusinessTime.calendarDate("from", query.from(),
                BusinessTime.inCalendar(defaultFrom) ? defaultFrom : BusinessTime.FIRST_CALENDAR_DAY);
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "Before", "from は to 以前の日付にしてください (from must not be after to)");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ProblemException.invalid("to", "Range",
                    "期間は " + MAX_DAYS + " 日以内にしてください (at most " + MAX_DAYS + " days)");
        }
        // a connection is held only while reading, never while waiting for another request's computation
        Layout layout = Caches.get(layouts, Boolean.TRUE, floors -> jdbc(CounterStatsService::layout));
        Map<Long, Office> offices = layout.offices();
        List<Long> scope = scope(c, query, offices);
        Lane lane = lane(c, query.lane(), layout);
        String procedure = procedure(query.procedure());
        Question q = new Question(scope, lane == null ? null : lane.id(), procedure, from, to, grouping);
        return answer(q, figures(q, today), layout, lane);
    }

    /** Reads with a pooled connection of its own. */
    private <T> T jdbc(Read<T> read) {
        try (Connection db = dataSource.getConnection()) {
            return read.from(db);
        } catch (SQLException e) {
            throw new IllegalStateException("counter statistics could not be read", e);
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T from(Connection db) throws SQLException;
    }

    public String csv(CounterStatsQuery query) {
        CounterStats stats = stats(query);
        Csv csv = new Csv().row(List.of("キー / Key", "名称 / Name (ja)", "名称(英) / Name (en)", "整理券数 / Tickets",
                "対応済み / Served", "呼出不在 / No-shows", "取消 / Cancelled", "転送 / Transferred",
                "待ち時間中央値(秒) / Median wait (s)", "待ち時間90パーセンタイル(秒) / 90th percentile wait (s)",
                "対応時間中央値(秒) / Median service (s)", "対応時間90パーセンタイル(秒) / 90th percentile service (s)",
                "稼働率 / Utilisation"));
        for (CounterStatsRow r : stats.rows()) {
            csv.row(cells(r));
        }
        csv.row(cells(stats.total()));
        return csv.toString();
    }

    private static List<Object> cells(CounterStatsRow r) {
        return Arrays.asList(r.key(), r.labelJa(), r.labelEn(), r.tickets(), r.served(), r.noShows(), r.cancelled(),
                r.transferred(), r.waitMedianSeconds(), r.waitP90Seconds(), r.serviceMedianSeconds(),
                r.serviceP90Seconds(), r.utilisation());
    }

    // ---- scope ---------------------------------------------------------------------------------------------------

    private static List<Long> scope(Caller c, CounterStatsQuery query, Map<Long, Office> offices) {
        String ward = blank(query.ward()) ? null : query.ward().trim();
        if (ward != null && offices.values().stream().noneMatch(o -> o.ward().equals(ward))) {
            throw ProblemException.invalid("ward", "Exists",
                    "窓口フロアのある区のコードを指定してください (a ward code with counter floors)");
        }
        if (ward != null && !CounterStatsPolicy.canReadWard(c, ward)) {
            throw ProblemException.forbidden("ほかの区の統計は見られません (another ward's statistics)");
        }
        if (!blank(query.office())) {
            Office office = offices.get(id("office", query.office()));
            if (office == null) {
                throw ProblemException.invalid("office", "Exists",
                        "窓口フロアのある施設の ID を指定してください (the id of an office with a counter floor)");
            }
            if (!CounterStatsPolicy.canReadWard(c, office.ward())) {
                throw ProblemException.forbidden("ほかの区の施設の統計は見られません (an office of another ward)");
            }
            return ward == null || ward.equals(office.ward()) ? List.of(office.id()) : List.of();
        }
        String limit = ward != null ? ward : CounterStatsPolicy.ownWard(c);
        return offices.values().stream().filter(o -> limit == null || o.ward().equals(limit)).map(Office::id)
                .sorted().toList();
    }

    private static Lane lane(Caller c, String value, Layout layout) {
        if (blank(value)) {
            return null;
        }
        long id = id("lane", value);
        Map<Long, Office> offices = layout.offices();
        Lane lane = layout.lanes().stream().filter(l -> l.id() == id).findFirst().orElse(null);
        if (lane == null || !offices.containsKey(lane.office())) {
            throw ProblemException.invalid("lane", "Exists", "受付区分の ID を指定してください (the id of a lane)");
        }
        if (!CounterStatsPolicy.canReadWard(c, offices.get(lane.office()).ward())) {
            throw ProblemException.forbidden("ほかの区の受付区分の統計は見られません (a lane of another ward)");
        }
        return lane;
    }

    private String procedure(String value) {
        if (blank(value)) {
            return null;
        }
        if (catalogue.snapshot().procedures().containsKey(value.trim())) {
            return value.trim();
        }
        throw ProblemException.invalid("procedure", "Exists", "手続きコードを指定してください (a procedure code)");
    }

    private static long id(String field, String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalid(field, "Id", "正の整数の ID を指定してください (a positive whole-number id)");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---- figures -------------------------------------------------------------------------------------------------

    /** Days before today from the cache, today (and any later day in the range) read now. */
    private Part figures(Question q, LocalDate today) {
        if (q.offices().isEmpty()) {
            return Part.EMPTY;
        }
        Part part = Part.EMPTY;
        if (q.from().isBefore(today)) {
            LocalDate pastTo = q.to().isBefore(today) ? q.to() : today.minusDays(1);
            Question past = new Question(q.offices(), q.lane(), q.procedure(), q.from(), pastTo, q.grouping());
            part = Caches.get(pastDays, past, question -> jdbc(db -> read(db, past, today, null)));
        }
        if (!q.to().isBefore(today)) {
            LocalDate liveFrom = q.from().isAfter(today) ? q.from() : today;
            Question live = new Question(q.offices(), q.lane(), q.procedure(), liveFrom, q.to(), q.grouping());
            LocalDateTime now = clock.instant().atZone(BusinessTime.ZONE).toLocalDateTime();
            part = part.plus(jdbc(db -> read(db, live, today, now)));
        }
        return part;
    }

    /**
     * One pass over the tickets of the question's days. {@code now} (null for days before today) limits today's
     * opening time to what has passed.
     */
    private Part read(Connection db, Question q, LocalDate today, LocalDateTime now) throws SQLException {
        Map<String, Figures.Builder> groups = new HashMap<>();
        Figures.Builder total = new Figures.Builder();
        String where = " WHERE t.business_date BETWEEN ? AND ? AND t.office_id IN ("
                + q.offices().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"
                + (q.lane() != null ? " AND t.lane_id = " + q.lane() : "")
                + (q.procedure() != null
                        ? " AND EXISTS (SELECT 1 FROM ticket_procedure f WHERE f.ticket_id = t.id AND f.procedure_code = ?)"
                        : "");
        // whole seconds and the hour (UTC) computed by the database: integers are read much faster than times
        String columns = "t.office_id, t.business_date, t.lane_id, t.window_id, t.state,"
                + " TIMESTAMPDIFF(SECOND, t.arrived_at, t.called_at), TIMESTAMPDIFF(SECOND, t.started_at, t.ended_at),"
                + " HOUR(t.arrived_at)";
        try (PreparedStatement s = db.prepareStatement("SELECT " + columns + " FROM ticket t" + where)) {
            bind(s, q);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Row row = row(rs, today);
                    total.add(row.outcome, row.waitSeconds, row.service);
                    String key = q.grouping() == Grouping.PROCEDURE ? null : key(q.grouping(), row);
                    if (key != null) {
                        groups.computeIfAbsent(key, k -> new Figures.Builder()).add(row.outcome, row.waitSeconds,
                                row.service);
                    }
                }
            }
        }
        if (q.grouping() == Grouping.PROCEDURE) {
            try (PreparedStatement s = db.prepareStatement("SELECT " + columns + ", p.procedure_code FROM ticket t"
                    + " JOIN ticket_procedure p ON p.ticket_id = t.id" + where + " AND t.state = 'DONE'")) {
                bind(s, q);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Row row = row(rs, today);
                        groups.computeIfAbsent(rs.getString(9), k -> new Figures.Builder()).add(row.outcome,
                                row.waitSeconds, row.service);
                    }
                }
            }
        }
        Map<String, Figures> built = new HashMap<>();
        groups.forEach((k, b) -> built.put(k, b.build()));
        Map<Long, Long> open = q.grouping().hasUtilisation() ? openSeconds(q, now) : Map.of();
        return new Part(built, total.build(), open);
    }

    private static void bind(PreparedStatement s, Question q) throws SQLException {
        s.setObject(1, q.from());
        s.setObject(2, q.to());
        if (q.procedure() != null) {
            s.setString(3, q.procedure());
        }
    }

    private record Row(long office, LocalDate day, long lane, Long window, int hour, Outcome outcome, int waitSeconds,
            int service) {
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate day = rs.getObject(2, LocalDate.class);
        long windowId = rs.getLong(4);
        Long window = rs.wasNull() ? null : windowId;
        String state = rs.getString(5);
        long waited = rs.getLong(6);
        boolean called = !rs.wasNull();
        long served = rs.getLong(7);
        boolean timed = !rs.wasNull();
        Outcome outcome = switch (state) {
            case "DONE" -> Outcome.SERVED;
            case "NO_SHOW" -> Outcome.NO_SHOW;
            case "CANCELLED" -> Outcome.CANCELLED;
            case "TRANSFERRED" -> Outcome.TRANSFERRED;
            // left open on an earlier day: the day's end cancels it, so count it so already
            default -> day.isBefore(today) ? Outcome.CANCELLED : Outcome.OPEN;
        };
        int wait = called ? seconds(waited) : -1;
        int service = outcome == Outcome.SERVED && timed ? seconds(served) : -1;
        // stored in UTC: the hour of arrival on the office's clock (Japan keeps no summer time)
        int hour = (rs.getInt(8) + 9) % 24;
        return new Row(rs.getLong(1), day, rs.getLong(3), window, hour, outcome, wait, service);
    }

    /** Whole seconds (the database rounds down); never negative. */
    private static int seconds(long s) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, s));
    }

    private static String key(Grouping g, Row r) {
        return switch (g) {
            case DAY -> r.day().toString();
            case HOUR -> hour(r.hour());
            case WEEKDAY_HOUR -> r.day().getDayOfWeek().getValue() + "-" + hour(r.hour());
            case MONTH -> YearMonth.from(r.day()).toString();
            case OFFICE -> Long.toString(r.office());
            case WINDOW -> r.window() == null ? null : r.window().toString();
            case LANE -> Long.toString(r.lane());
            case PROCEDURE -> null;
        };
    }

    private static String hour(int h) {
        return h < 10 ? "0" + h : Integer.toString(h);
    }

    /** Each office's opening seconds over the question's days; today only up to {@code now}. */
    private Map<Long, Long> openSeconds(Question q, LocalDateTime now) {
        CatalogueCache.Snapshot snapshot = catalogue.snapshot();
        Map<Long, Long> open = new HashMap<>();
        LocalDate last = now != null && q.to().isAfter(now.toLocalDate()) ? now.toLocalDate() : q.to();
        for (long office : q.offices()) {
            CatalogueCache.Place place = snapshot.placesByKey().get(PlaceKey.office(office));
            long seconds = 0;
            if (place != null && !q.from().isAfter(last)) {
                for (LocalDate d = q.from(); !d.isAfter(last); d = d.plusDays(1)) {
                    Day day = OpeningCalendar.resolve(d, place.periods(), place.rules());
                    for (Span span : day.spans()) {
                        LocalTime closes = span.closes();
                        if (now != null && d.equals(now.toLocalDate())) {
                            if (!now.toLocalTime().isAfter(span.opens())) {
                                continue;
                            }
                            if (now.toLocalTime().isBefore(closes) || closes.equals(LocalTime.MIDNIGHT)) {
                                closes = now.toLocalTime();
                            }
                        }
                        long end = closes.equals(LocalTime.MIDNIGHT) && !span.opens().equals(LocalTime.MIDNIGHT)
                                ? 86_400
                                : closes.toSecondOfDay();
                        seconds += Math.max(0, end - span.opens().toSecondOfDay());
                    }
                }
            }
            open.put(office, seconds);
        }
        return open;
    }

    // ---- the answer ----------------------------------------------------------------------------------------------

    private CounterStats answer(Question q, Part part, Layout layout, Lane lane) {
        Grouping g = q.grouping();
        Map<Long, Office> offices = layout.offices();
        List<CounterStatsRow> rows = new ArrayList<>();
        Map<Long, Integer> windowCounts = g.hasUtilisation() ? layout.windowCounts() : Map.of();
        switch (g) {
            case DAY -> q.from().datesUntil(q.to().plusDays(1)).forEach(d -> rows.add(row(d.toString(), dayJa(d),
                    dayEn(d), part.groups().get(d.toString()), null)));
            case MONTH -> {
                for (YearMonth m = YearMonth.from(q.from()); !m.isAfter(YearMonth.from(q.to())); m = m.plusMonths(1)) {
                    rows.add(row(m.toString(), m.getYear() + "年" + m.getMonthValue() + "月",
                            m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear(),
                            part.groups().get(m.toString()), null));
                }
            }
            case HOUR -> new TreeMap<>(part.groups()).forEach((k, f) -> rows.add(row(k,
                    Integer.parseInt(k) + "時台", k + ":00–" + k + ":59", f, null)));
            case WEEKDAY_HOUR -> new TreeMap<>(part.groups()).forEach((k, f) -> {
                int weekday = Integer.parseInt(k.substring(0, 1));
                String h = k.substring(2);
                rows.add(row(k, WEEKDAYS_JA[weekday - 1] + " " + Integer.parseInt(h) + "時台",
                        DayOfWeek.of(weekday).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + h + ":00", f,
                        null));
            });
            case OFFICE -> {
                for (long id : q.offices()) {
                    Office o = offices.get(id);
                    Figures f = part.groups().get(Long.toString(id));
                    long capacity = part.openSeconds().getOrDefault(id, 0L) * windowCounts.getOrDefault(id, 0);
                    rows.add(row(Long.toString(id), o.nameJa(), o.nameEn(), f, utilisation(f, capacity)));
                }
            }
            case WINDOW -> {
                for (Window w : layout.windows().stream().filter(w -> q.offices().contains(w.office())).toList()) {
                    Office o = offices.get(w.office());
                    Figures f = part.groups().get(Long.toString(w.id()));
                    rows.add(row(Long.toString(w.id()), o.nameJa() + " " + w.nameJa(), o.nameEn() + ", " + w.nameEn(),
                            f, utilisation(f, part.openSeconds().getOrDefault(w.office(), 0L))));
                }
            }
            case LANE -> {
                List<Lane> lanes = lane != null ? (q.offices().contains(lane.office()) ? List.of(lane) : List.of())
                        : layout.lanes().stream().filter(l -> q.offices().contains(l.office())).toList();
                for (Lane l : lanes) {
                    Office o = offices.get(l.office());
                    rows.add(row(Long.toString(l.id()), o.nameJa() + " " + l.letter() + " " + l.nameJa(),
                            o.nameEn() + ", " + l.letter() + " " + l.nameEn(), part.groups().get(Long.toString(l.id())),
                            null));
                }
            }
            case PROCEDURE -> {
                Map<String, CatalogueCache.Entry> names = catalogue.snapshot().procedures();
                part.groups().entrySet().stream()
                        .sorted(Comparator.<Map.Entry<String, Figures>>comparingLong(e -> -e.getValue().served())
                                .thenComparing(Map.Entry::getKey))
                        .forEach(e -> {
                            CatalogueCache.Entry n = names.get(e.getKey());
                            rows.add(row(e.getKey(), n == null ? e.getKey() : n.procedure().nameJa,
                                    n == null ? e.getKey() : n.procedure().nameEn, e.getValue(), null));
                        });
            }
        }
        Double totalUtilisation = null;
        if (g.hasUtilisation()) {
            long capacity = 0;
            for (long id : q.offices()) {
                capacity += part.openSeconds().getOrDefault(id, 0L) * windowCounts.getOrDefault(id, 0);
            }
            totalUtilisation = utilisation(part.total(), capacity);
        }
        return new CounterStats(q.from(), q.to(), g.wire, row(TOTAL, "合計", "Total", part.total(), totalUtilisation),
                rows);
    }

    private static CounterStatsRow row(String key, String labelJa, String labelEn, Figures f, Double utilisation) {
        Figures x = f == null ? Figures.NONE : f;
        return new CounterStatsRow(key, labelJa, labelEn, x.tickets(), x.served(), x.noShows(), x.cancelled(),
                x.transferred(), x.waitPercentile(50), x.waitPercentile(90), x.servicePercentile(50),
                x.servicePercentile(90), utilisation);
    }

    /** Service seconds ÷ window opening seconds, to 4 places; null when the windows were never open. */
    private static Double utilisation(Figures f, long capacitySeconds) {
        if (capacitySeconds <= 0) {
            return null;
        }
        long busy = f == null ? 0 : f.serviceSeconds();
        return Math.round(Math.min(1.0, (double) busy / capacitySeconds) * 10_000) / 10_000.0;
    }

    private static String dayJa(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日(" + WEEKDAYS_JA[d.getDayOfWeek()
                .getValue() - 1] + ")";
    }

    private static String dayEn(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
    }

    // ---- reference data ------------------------------------------------------------------------------------------

    /** The offices with a counter floor (at least one lane), by id, with their windows and lanes. */
    private static Layout layout(Connection db) throws SQLException {
        Map<Long, Office> offices = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT o.id, o.ward_code, o.name_ja, o.name_en FROM office o"
                + " WHERE EXISTS (SELECT 1 FROM queue_lane l WHERE l.office_id = o.id) ORDER BY o.id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                offices.put(rs.getLong(1), new Office(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
            }
        }
        List<Window> windows = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id, office_id, number, name_ja, name_en"
                + " FROM counter_window ORDER BY office_id, number");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                windows.add(new Window(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        List<Lane> lanes = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT l.id, l.office_id, l.letter, l.name_ja, l.name_en"
                + " FROM queue_lane l ORDER BY l.office_id, l.sort_order, l.letter");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lanes.add(new Lane(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        return new Layout(offices, windows, lanes);
    }

}
