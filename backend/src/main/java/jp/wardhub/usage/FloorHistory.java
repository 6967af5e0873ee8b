package jp.wardhub.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jp.wardhub.counter.CatalogueCache;
import jp.wardhub.counter.PlaceKey;
import jp.wardhub.counter.hours.Day;
import jp.wardhub.counter.hours.OpeningCalendar;
import jp.wardhub.counter.hours.Span;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.queue.FloorEvents;

/**
 * Demo ticket history (窓口の利用履歴のデモデータ): the days before today at every office's counter floor, shaped like
 * real ward offices so the statistics have something to show. Mondays and the day after a holiday are busier, the
 * moving season (March–April) fills the 住民異動 lanes, arrivals dip at lunchtime, closed days have no tickets; each
 * lane has its own service time, a few visitors do not answer their call, some are transferred, and every served
 * ticket records procedures its lane takes.
 *
 * <p>Deterministic (each office and day has its own seeded {@link Random}), idempotent (an office with tickets in
 * the range is left alone), written in JDBC batches, and run in the background after start so that readiness does
 * not wait for it. Off unless {@code wardhub.demo.floor-history-days} is above 0 (dev and demo: 90).
 */
@ApplicationScoped
public class FloorHistory {

    private static final Logger LOG = Logger.getLogger(FloorHistory.class);
    private static final long SEED = 20_270_401L;
    static final String ISSUED_BY = "demo-history";

    /** Arrival weight per hour of the day (Asia/Tokyo): a morning peak and a lunchtime dip. */
    private static final double[] HOUR_WEIGHT = new double[24];

    static {
        double[] w = { 0.9, 1.35, 1.3, 1.1, 0.55, 0.95, 1.0, 0.9, 0.6, 0.15 };
        System.arraycopy(w, 0, HOUR_WEIGHT, 8, w.length);
    }

    /** The procedures most visitors come for, first in their lane so that they are recorded most often. */
    private static final List<String> COMMON = List.of("tennyu", "tenshutsu", "juminhyo-copy", "koseki-zenbu",
            "inkan-shomei", "shotoku-kazei", "shussho", "konin", "shibo", "mynumber-kofu", "inkan-toroku",
            "kokuho-kanyu", "kokuho-dattai", "nenkin-kanyu", "kaigo-nintei", "kaigo-hokensho", "jido-teate",
            "kodomo-iryo", "boshi-techo");

    @ConfigProperty(name = "wardhub.demo.floor-history-days", defaultValue = "0")
    int days;

    @Inject
    DataSource dataSource;

    @Inject
    CatalogueCache catalogue;

    @Inject
    CounterStatsService stats;

    @Inject
    Clock clock;

    /** What a run wrote. */
    public record Result(int officeDays, long tickets, Duration took) {
    }

    void onStart(@Observes StartupEvent event) {
        if (days <= 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        Thread.ofVirtual().name("floor-history").start(() -> {
            try {
                Result r = generate(today.minusDays(days), today.minusDays(1), null);
                LOG.infof("floor history: %d tickets over %d office-days in %d ms", r.tickets(), r.officeDays(),
                        r.took().toMillis());
            } catch (RuntimeException e) {
                LOG.error("floor history could not be generated", e);
            }
        });
    }

    /**
     * Writes the history of {@code first}–{@code last} for the given offices (null: every office with a counter
     * floor), skipping an office that already has tickets in the range.
     */
    public Result generate(LocalDate first, LocalDate last, List<Long> officeIds) {
        long started = System.nanoTime();
        int officeDays = 0;
        long tickets = 0;
        List<Long> offices = officeIds != null ? officeIds : officesWithFloors();
        for (long office : offices) {
            long[] written = QuarkusTransaction.requiringNew().call(() -> office(office, first, last));
            officeDays += (int) written[0];
            tickets += written[1];
        }
        stats.forgetPastDays();
        return new Result(officeDays, tickets, Duration.ofNanos(System.nanoTime() - started));
    }

    private List<Long> officesWithFloors() {
        List<Long> ids = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement(
                        "SELECT DISTINCT office_id FROM queue_lane ORDER BY office_id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    // ---- one office ----------------------------------------------------------------------------------------------

    /** A lane as the simulation sees it. */
    private record LaneSpec(long id, String letter, List<String> procedures, List<Integer> windows, double perDay,
            double serviceMinutes, boolean moving) {
    }

    /** One ticket being simulated; times are seconds of the day. */
    private static final class Sim {
        final LaneSpec lane;
        final long issuedLane;
        final int number;
        final int hop;
        final int arrived;
        final int queued;
        Sim from;
        String state;
        Integer called;
        Integer started;
        Integer ended;
        Integer window;
        int calls;
        long id;
        List<String> procedures = List.of();

        Sim(LaneSpec lane, long issuedLane, int number, int hop, int arrived, int queued) {
            this.lane = lane;
            this.issuedLane = issuedLane;
            this.number = number;
            this.hop = hop;
            this.arrived = arrived;
            this.queued = queued;
        }
    }

    private long[] office(long office, LocalDate first, LocalDate last) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT COUNT(*) FROM ticket WHERE office_id = ? AND business_date BETWEEN ? AND ?")) {
                s.setLong(1, office);
                s.setObject(2, first);
                s.setObject(3, last);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return new long[] { 0, 0 };
                    }
                }
            }
            boolean wardOffice = officeType(db, office).equals("WARD_OFFICE");
            Map<Integer, Long> windowIds = windows(db, office);
            List<LaneSpec> lanes = lanes(db, office, wardOffice, windowIds);
            CatalogueCache.Place place = catalogue.snapshot().placesByKey().get(PlaceKey.office(office));
            if (place == null || lanes.isEmpty() || windowIds.isEmpty()) {
                return new long[] { 0, 0 };
            }
            long officeDays = 0;
            long tickets = 0;
            boolean previousOpen = true;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                Day day = OpeningCalendar.resolve(d, place.periods(), place.rules());
                if (!day.open() || day.spans().isEmpty()) {
                    previousOpen = previousOpen && (d.getDayOfWeek() == DayOfWeek.SATURDAY
                            || d.getDayOfWeek() == DayOfWeek.SUNDAY);
                    continue;
                }
                boolean afterHoliday = !previousOpen;
                previousOpen = true;
                Random random = new Random(SEED ^ office * 1_000_003L ^ d.toEpochDay() * 7_919L);
                List<Sim> sims = simulate(d, day.spans(), lanes, windowIds, afterHoliday, random);
                write(db, office, d, sims, lanes, windowIds);
                officeDays++;
                tickets += sims.size();
            }
            return new long[] { officeDays, tickets };
        }
    }

    /** A busier day: Mondays, the day after a holiday (or a holiday week end), the moving season for 住民異動. */
    static double dayFactor(LocalDate d, boolean afterHoliday) {
        double f = switch (d.getDayOfWeek()) {
            case MONDAY -> 1.35;
            case TUESDAY -> 1.05;
            case WEDNESDAY -> 0.9;
            case THURSDAY -> 0.95;
            default -> 1.1;
        };
        return afterHoliday ? f * 1.25 : f;
    }

    private static double seasonFactor(LocalDate d, LaneSpec lane) {
        int m = d.getMonthValue();
        if (!lane.moving() || m != 3 && m != 4) {
            return 1;
        }
        boolean peak = m == 3 && d.getDayOfMonth() >= 20 || m == 4 && d.getDayOfMonth() <= 10;
        return peak ? 2.3 : 1.6;
    }

    private List<Sim> simulate(LocalDate d, List<Span> spans, List<LaneSpec> lanes, Map<Integer, Long> windowIds,
            boolean afterHoliday, Random random) {
        // the minutes visitors can arrive in (until 10 minutes before each span closes), weighted by hour
        List<Integer> minutes = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        double sum = 0;
        int closes = 0;
        int opens = Integer.MAX_VALUE;
        for (Span span : spans) {
            int from = span.opens().toSecondOfDay() / 60;
            int to = (span.closes().equals(LocalTime.MIDNIGHT) ? 24 * 60 : span.closes().toSecondOfDay() / 60) - 10;
            opens = Math.min(opens, from * 60);
            closes = Math.max(closes, (to + 10) * 60);
            for (int m = from; m < to; m++) {
                sum += HOUR_WEIGHT[m / 60] + 0.01;
                minutes.add(m);
                cumulative.add(sum);
            }
        }
        List<Sim> all = new ArrayList<>();
        PriorityQueue<Sim> queue = new PriorityQueue<>(Comparator.comparingInt((Sim s) -> s.queued)
                .thenComparingInt(s -> s.number));
        for (LaneSpec lane : lanes) {
            double mean = lane.perDay() * dayFactor(d, afterHoliday) * seasonFactor(d, lane)
                    * (1 + 0.08 * random.nextGaussian());
            int n = Math.max(0, (int) Math.round(mean * minutes.size() / 525.0));
            int[] arrivals = new int[n];
            for (int i = 0; i < n; i++) {
                double x = random.nextDouble() * sum;
                int idx = search(cumulative, x);
                arrivals[i] = minutes.get(idx) * 60 + random.nextInt(60);
            }
            java.util.Arrays.sort(arrivals);
            for (int i = 0; i < n; i++) {
                Sim s = new Sim(lane, lane.id(), i + 1, 0, arrivals[i], arrivals[i]);
                queue.add(s);
                all.add(s);
            }
        }
        Map<Integer, Integer> freeAt = new HashMap<>();
        windowIds.keySet().forEach(w -> freeAt.put(w, 0));
        int openedAt = opens;
        while (!queue.isEmpty()) {
            Sim s = queue.poll();
            List<Integer> windows = s.lane.windows().isEmpty() ? List.copyOf(windowIds.keySet()) : s.lane.windows();
            int window = windows.get(0);
            for (int w : windows) {
                if (freeAt.get(w) < freeAt.get(window)) {
                    window = w;
                }
            }
            int call = Math.max(Math.max(s.queued, freeAt.get(window)), openedAt) + 5 + random.nextInt(35);
            if (call > closes + 45 * 60 || random.nextDouble() < 0.01) {
                // left before being called (or the office closed first): the day's end cancels it
                s.state = "CANCELLED";
                s.ended = Math.min(call, s.queued + 600 + random.nextInt(1800));
                continue;
            }
            s.called = call;
            s.window = window;
            s.calls = 1;
            if (random.nextDouble() < 0.03) {
                s.state = "NO_SHOW";
                s.calls = 2;
                s.ended = call + 180 + random.nextInt(120);
                freeAt.put(window, s.ended);
                continue;
            }
            s.started = call + 20 + random.nextInt(70);
            double minutesOfService = s.lane.serviceMinutes() * Math.exp(0.45 * random.nextGaussian());
            int service = Math.max(60, (int) (minutesOfService * 60));
            LaneSpec target = transferTarget(s, lanes, random);
            if (target != null) {
                s.state = "TRANSFERRED";
                s.ended = s.started + service / 3;
                Sim copy = new Sim(target, s.issuedLane, s.number, s.hop + 1, s.arrived, s.ended);
                copy.from = s;
                queue.add(copy);
                all.add(copy);
            } else {
                s.state = "DONE";
                s.ended = s.started + service;
                s.procedures = procedures(s.lane, random);
            }
            freeAt.put(window, s.ended + 10 + random.nextInt(30));
        }
        return all;
    }

    /** 住民異動 often continues at 国保・年金 (ward offices) or 保険・福祉 (branch offices). */
    private static LaneSpec transferTarget(Sim s, List<LaneSpec> lanes, Random random) {
        if (s.hop > 0 || !s.lane.letter().equals("A") || random.nextDouble() >= 0.05) {
            return null;
        }
        String to = lanes.size() > 2 ? (random.nextBoolean() ? "E" : "D") : "B";
        return lanes.stream().filter(l -> l.letter().equals(to)).findFirst().orElse(null);
    }

    /** The lane's first procedures are the common ones; now and then a second procedure. */
    private static List<String> procedures(LaneSpec lane, Random random) {
        List<String> p = lane.procedures();
        if (p.isEmpty()) {
            return List.of();
        }
        String first = p.get(pick(p.size(), random));
        if (p.size() > 1 && random.nextDouble() < 0.15) {
            String second = p.get(pick(p.size(), random));
            if (!second.equals(first)) {
                return List.of(first, second);
            }
        }
        return List.of(first);
    }

    /** An index weighted 1, 1/2, 1/3, ... */
    private static int pick(int n, Random random) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1.0 / (i + 1);
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < n; i++) {
            x -= 1.0 / (i + 1);
            if (x <= 0) {
                return i;
            }
        }
        return n - 1;
    }

    private static int search(List<Double> cumulative, double x) {
        int lo = 0;
        int hi = cumulative.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative.get(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---- reading the floor ---------------------------------------------------------------------------------------

    private static String officeType(Connection db, long office) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT type FROM office WHERE id = ?")) {
            s.setLong(1, office);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static Map<Integer, Long> windows(Connection db, long office) throws SQLException {
        Map<Integer, Long> windows = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT number, id FROM counter_window WHERE office_id = ?")) {
            s.setLong(1, office);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    windows.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return windows;
    }

    private static List<LaneSpec> lanes(Connection db, long office, boolean wardOffice, Map<Integer, Long> windows)
            throws SQLException {
        Map<Long, Integer> numberOf = new HashMap<>();
        windows.forEach((n, id) -> numberOf.put(id, n));
        List<LaneSpec> lanes = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT id, letter FROM queue_lane WHERE office_id = ? AND active = TRUE ORDER BY sort_order, letter")) {
            s.setLong(1, office);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String letter = rs.getString(2);
                    List<String> procedures = new ArrayList<>(codes(db,
                            "SELECT procedure_code FROM queue_lane_procedure WHERE lane_id = ? ORDER BY procedure_code",
                            id));
                    procedures.sort(Comparator.comparingInt(
                            (String code) -> COMMON.contains(code) ? COMMON.indexOf(code) : COMMON.size()));
                    List<Integer> laneWindows = new ArrayList<>();
                    for (String w : codes(db, "SELECT window_id FROM queue_lane_window WHERE lane_id = ?", id)) {
                        Integer n = numberOf.get(Long.valueOf(w));
                        if (n != null) {
                            laneWindows.add(n);
                        }
                    }
                    laneWindows.sort(null);
                    double[] profile = profile(wardOffice, letter);
                    lanes.add(new LaneSpec(id, letter, procedures, laneWindows, profile[0], profile[1],
                            letter.equals("A")));
                }
            }
        }
        return lanes;
    }

    /** Tickets on an ordinary day (8:30–17:15) and the median service minutes, per lane. */
    private static double[] profile(boolean wardOffice, String letter) {
        if (!wardOffice) {
            return switch (letter) {
                case "A" -> new double[] { 55, 7 };
                case "B" -> new double[] { 20, 12 };
                default -> new double[] { 10, 10 };
            };
        }
        return switch (letter) {
            case "A" -> new double[] { 42, 18 };
            case "B" -> new double[] { 140, 4 };
            case "C" -> new double[] { 20, 14 };
            case "D" -> new double[] { 30, 9 };
            case "E" -> new double[] { 60, 12 };
            case "F" -> new double[] { 20, 24 };
            case "G" -> new double[] { 30, 14 };
            default -> new double[] { 10, 10 };
        };
    }

    private static List<String> codes(Connection db, String sql, long id) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    private static final String INSERT = "INSERT INTO ticket (office_id, lane_id, issued_lane_id, business_date,"
            + " number, hop, label, state, issued_via, issued_by, arrived_at, queued_at, called_at, started_at,"
            + " ended_at, window_id, call_count, transferred_from, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, 0)";

    /** Tickets hop by hop (a transfer's copy needs its original's id), then procedures and day numbering. */
    private static void write(Connection db, long office, LocalDate d, List<Sim> sims, List<LaneSpec> lanes,
            Map<Integer, Long> windowIds) throws SQLException {
        Map<Long, String> letters = new HashMap<>();
        lanes.forEach(l -> letters.put(l.id(), l.letter()));
        int maxHop = sims.stream().mapToInt(s -> s.hop).max().orElse(0);
        for (int hop = 0; hop <= maxHop; hop++) {
            Map<String, Sim> byKey = new HashMap<>();
            try (PreparedStatement s = db.prepareStatement(INSERT)) {
                for (Sim t : sims) {
                    if (t.hop != hop) {
                        continue;
                    }
                    byKey.put(t.issuedLane + "/" + t.number + "/" + t.hop, t);
                    s.setLong(1, office);
                    s.setLong(2, t.lane.id());
                    s.setLong(3, t.issuedLane);
                    s.setObject(4, d);
                    s.setInt(5, t.number);
                    s.setInt(6, t.hop);
                    s.setString(7, letters.get(t.issuedLane) + "-" + String.format("%03d", t.number));
                    s.setString(8, t.state);
                    s.setString(9, t.hop > 0 ? "TRANSFER" : t.number % 9 == 0 ? "STAFF" : "KIOSK");
                    s.setString(10, ISSUED_BY);
                    s.setObject(11, FloorEvents.utc(at(d, t.arrived)));
                    s.setObject(12, FloorEvents.utc(at(d, t.queued)));
                    time(s, 13, d, t.called);
                    time(s, 14, d, t.started);
                    time(s, 15, d, t.ended);
                    if (t.window != null) {
                        s.setLong(16, windowIds.get(t.window));
                    } else {
                        s.setNull(16, Types.BIGINT);
                    }
                    s.setInt(17, t.calls);
                    if (t.from != null) {
                        s.setLong(18, t.from.id);
                    } else {
                        s.setNull(18, Types.BIGINT);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = db.prepareStatement("SELECT id, issued_lane_id, number, hop FROM ticket"
                    + " WHERE office_id = ? AND business_date = ? AND hop = ?")) {
                s.setLong(1, office);
                s.setObject(2, d);
                s.setInt(3, hop);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Sim t = byKey.get(rs.getLong(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4));
                        if (t != null) {
                            t.id = rs.getLong(1);
                        }
                    }
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO ticket_procedure (ticket_id, procedure_code) VALUES (?, ?)")) {
            int n = 0;
            for (Sim t : sims) {
                for (String p : t.procedures) {
                    s.setLong(1, t.id);
                    s.setString(2, p);
                    s.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                s.executeBatch();
            }
        }
        Map<Long, Integer> lastNumber = new HashMap<>();
        sims.forEach(t -> lastNumber.merge(t.issuedLane, t.number, Math::max));
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO ticket_sequence (lane_id, business_date, last_number) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, Integer> e : lastNumber.entrySet()) {
                s.setLong(1, e.getKey());
                s.setObject(2, d);
                s.setInt(3, e.getValue());
                s.addBatch();
            }
            if (!lastNumber.isEmpty()) {
                s.executeBatch();
            }
        }
    }

    private static void time(PreparedStatement s, int index, LocalDate d, Integer seconds) throws SQLException {
        if (seconds == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setObject(index, FloorEvents.utc(at(d, seconds)));
        }
    }

    /** The instant {@code secondOfDay} seconds into the business day {@code d}. */
    private static Instant at(LocalDate d, int secondOfDay) {
        return d.atStartOfDay(BusinessTime.ZONE).plusSeconds(secondOfDay).toInstant();
    }
}
