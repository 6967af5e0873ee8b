package jp.wardhub.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jp.wardhub.counter.CounterService;
import jp.wardhub.counter.CounterViews.OpenNow;
import jp.wardhub.counter.PlaceKey;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.queue.FloorPlans.FloorPlan;
import jp.wardhub.queue.FloorPlans.PlannedLane;
import jp.wardhub.queue.FloorPlans.PlannedWindow;
import jp.wardhub.queue.QueueViews.CalledTicket;
import jp.wardhub.queue.QueueViews.LaneQueue;
import jp.wardhub.queue.QueueViews.OfficeQueue;

/**
 * 今何人待ち: each office's waiting board, worked out from its {@link FloorPlans floor plan} and the day's tickets and
 * kept in memory, with its JSON, until the floor changes ({@link #invalidate}) or {@link #FRESH} has passed (opening
 * hours and the business day move on by themselves). A board is what every phone and wall screen asks for, so it is
 * computed once per change, not per request.
 */
@ApplicationScoped
public class QueueBoard {

    /** How long a board is served without a change on its floor. */
    static final Duration FRESH = Duration.ofSeconds(10);
    /** How long the recent service times behind the estimates are kept. */
    static final Duration SERVICE_TIMES_FRESH = Duration.ofMinutes(5);
    /** The estimate reads the lane's last this many finished tickets ... */
    static final int SERVICE_SAMPLE = 30;
    /** ... from this many days back ... */
    static final int SERVICE_DAYS = 28;
    /** ... and assumes {@link #DEFAULT_SERVICE} per visitor with fewer than this many. */
    static final int MIN_SAMPLE = 5;
    static final Duration DEFAULT_SERVICE = Duration.ofMinutes(5);
    /** Numbers shown as recently called, per lane. */
    static final int LAST_CALLED = 3;

    /** A board and its JSON, as served, and which lane takes each procedure (the first in board order). */
    public record Snapshot(OfficeQueue board, byte[] json, Instant computedAt, Map<String, Long> laneByProcedure) {
    }

    /** The offices that have a counter floor (active lanes). */
    private record Floors(Set<Long> officeIds, Instant computedAt, long changes) {
    }

    /** Counts every change on any floor. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Floors floors;

    @Inject
    Clock clock;

    @Inject
    CounterService counter;

    @Inject
    ObjectMapper json;

    @Inject
    FloorPlans plans;

    private final KeptPerOffice<Snapshot> boards = new KeptPerOffice<>(FRESH, () -> clock.instant());
    private final KeptPerOffice<Map<Long, Duration>> serviceTimes = new KeptPerOffice<>(SERVICE_TIMES_FRESH,
            () -> clock.instant());

    /**
     * The office's board; 404 for an office without lanes. One request at a time works a board out; while it does,
     * the others wait for it when the floor changed, and are served the board before when only time has passed.
     */
    public Snapshot current(long officeId) {
        return boards.get(officeId, now -> QuarkusTransaction.joiningExisting().call(() -> compute(officeId, now)));
    }

    /** The boards of every office with lanes, in directory order; of one ward's offices when {@code ward} is given. */
    public List<Snapshot> all(String ward) {
        List<Snapshot> found = new ArrayList<>();
        for (long id : floors().officeIds()) {
            Snapshot s = current(id);
            if (ward == null || ward.equals(s.board().wardCode())) {
                found.add(s);
            }
        }
        return found;
    }

    /** Whether the office has a counter floor, i.e. a board. */
    public boolean hasFloor(long officeId) {
        return floors().officeIds().contains(officeId);
    }

    /**
     * Changes when any board may have changed: with every floor change, and every {@link #FRESH} as opening hours
     * and estimates move on by themselves.
     */
    public String version() {
        return changes.get() + ":" + clock.millis() / FRESH.toMillis();
    }

    /** The office's floor changed: the next request works its board out again. */
    public void invalidate(long officeId) {
        changes.incrementAndGet();
        boards.drop(officeId);
    }

    private Floors floors() {
        Floors known = floors;
        Instant now = clock.instant();
        long seen = changes.get();
        if (known != null && known.changes() == seen && known.computedAt().plus(FRESH).isAfter(now)
                && !known.computedAt().isAfter(now)) {
            return known;
        }
        Set<Long> ids = QuarkusTransaction.joiningExisting()
                .call(() -> Set.copyOf(Lane.getEntityManager()
                        .createQuery("select distinct l.officeId from Lane l where l.active = true", Long.class)
                        .getResultList()));
        Floors computed = new Floors(new TreeSet<>(ids), now, seen);
        floors = computed;
        return computed;
    }

    private Snapshot compute(long officeId, Instant now) {
        FloorPlan plan;
        try {
            plan = plans.of(officeId);
        } catch (ProblemException unknownOffice) {
            throw noFloor(officeId);
        }
        List<PlannedLane> lanes = plan.activeLanes();
        if (lanes.isEmpty()) {
            throw noFloor(officeId);
        }
        LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
        Map<Integer, PlannedWindow> windowsByNumber = plan.windows().values().stream()
                .collect(Collectors.toMap(PlannedWindow::number, w -> w));
        Map<Long, Long> waiting = new HashMap<>();
        Ticket.getEntityManager()
                .createQuery("select t.laneId, count(t) from Ticket t where t.officeId = :office"
                        + " and t.businessDate = :today and t.state = :waiting group by t.laneId", Object[].class)
                .setParameter("office", officeId).setParameter("today", today)
                .setParameter("waiting", TicketState.WAITING).getResultList()
                .forEach(r -> waiting.put((Long) r[0], (Long) r[1]));
        Map<Long, List<CalledTicket>> called = lastCalled(officeId, today, windowsByNumber);
        Map<Long, Duration> medians = serviceMedians(officeId);
        long lastEventId = QueueEvent.getEntityManager()
                .createQuery("select coalesce(max(e.id), 0) from QueueEvent e where e.officeId = :office", Long.class)
                .setParameter("office", officeId).getSingleResult();

        List<LaneQueue> laneQueues = new ArrayList<>();
        int total = 0;
        for (PlannedLane lane : lanes) {
            int count = waiting.getOrDefault(lane.id(), 0L).intValue();
            total += count;
            laneQueues.add(new LaneQueue(lane.id(), lane.letter(), lane.nameJa(), lane.nameEn(), count,
                    estimate(count, medians.getOrDefault(lane.id(), DEFAULT_SERVICE), lane.openWindows().size()),
                    lane.openWindows(), called.getOrDefault(lane.id(), List.of())));
        }
        OpenNow openNow = counter.openNow(PlaceKey.office(officeId), OffsetDateTime.ofInstant(now, BusinessTime.ZONE));
        OfficeQueue board = new OfficeQueue(officeId, plan.nameJa(), plan.nameEn(), plan.wardCode(), openNow.open(),
                openNow.closesAt(), now, total, laneQueues, lastEventId);
        Map<String, Long> laneByProcedure = new HashMap<>();
        for (PlannedLane lane : lanes) {
            lane.procedureCodes().forEach(code -> laneByProcedure.putIfAbsent(code, lane.id()));
        }
        try {
            return new Snapshot(board, json.writeValueAsBytes(board), now, Map.copyOf(laneByProcedure));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("board not serialisable", e);
        }
    }

    private static ProblemException noFloor(long officeId) {
        return ProblemException.notFound("受付区分のある施設", "office with a counter floor", officeId);
    }

    /**
     * Minutes until a waiting ticket with {@code ahead} people before it is called, as the board estimates, without
     * working the board out (a ticket is issued while its lane's number is locked).
     */
    Integer estimate(long officeId, long laneId, int ahead, int openWindows) {
        Duration median = serviceMedians(officeId).getOrDefault(laneId, DEFAULT_SERVICE);
        return estimate(ahead, median, openWindows);
    }

    /**
     * Minutes until someone taking a ticket now is called: the people ahead times the lane's median service time,
     * shared among its open windows, rounded up. Null when no window serves the lane now.
     */
    static Integer estimate(int waiting, Duration median, int openWindows) {
        if (openWindows == 0) {
            return null;
        }
        long seconds = waiting * median.toSeconds();
        return (int) ((seconds + openWindows * 60L - 1) / (openWindows * 60L));
    }

    /** The last numbers called today per lane, newest first, from the call events (recalls count). */
    private static Map<Long, List<CalledTicket>> lastCalled(long officeId, LocalDate today,
            Map<Integer, PlannedWindow> windows) {
        Instant dayStart = today.atStartOfDay(BusinessTime.ZONE).toInstant();
        List<QueueEvent> calls = QueueEvent.<QueueEvent>find(
                "officeId = ?1 and occurredAt >= ?2 and kind in ?3 order by id desc", officeId, dayStart,
                List.of(QueueEventKind.CALLED, QueueEventKind.RECALLED)).page(0, 100).list();
        Map<Long, List<CalledTicket>> byLane = new HashMap<>();
        for (QueueEvent e : calls) {
            List<CalledTicket> list = byLane.computeIfAbsent(e.laneId, id -> new ArrayList<>());
            boolean seen = list.stream().anyMatch(c -> c.label().equals(e.label));
            PlannedWindow w = e.windowNumber == null ? null : windows.get(e.windowNumber);
            if (!seen && list.size() < LAST_CALLED && w != null) {
                list.add(new CalledTicket(e.label, w.number(), w.nameJa(), w.nameEn(), e.occurredAt));
            }
        }
        return byLane;
    }

    /** Each lane's median service time (start to end) over its recent finished tickets; kept a few minutes. */
    private Map<Long, Duration> serviceMedians(long officeId) {
        return serviceTimes.get(officeId, at -> QuarkusTransaction.joiningExisting()
                .call(() -> workOutServiceMedians(officeId, LocalDate.ofInstant(at, BusinessTime.ZONE))));
    }

    private static Map<Long, Duration> workOutServiceMedians(long officeId, LocalDate today) {
        List<Object[]> rows = Ticket.getEntityManager()
                .createQuery("select t.laneId, t.startedAt, t.endedAt from Ticket t where t.officeId = :office"
                        + " and t.businessDate >= :since and t.state = :done order by t.endedAt desc", Object[].class)
                .setParameter("office", officeId).setParameter("since", today.minusDays(SERVICE_DAYS))
                .setParameter("done", TicketState.DONE).setMaxResults(2000).getResultList();
        Map<Long, List<Duration>> byLane = new HashMap<>();
        for (Object[] r : rows) {
            List<Duration> list = byLane.computeIfAbsent((Long) r[0], id -> new ArrayList<>());
            if (list.size() < SERVICE_SAMPLE && r[1] != null && r[2] != null) {
                list.add(Duration.between((Instant) r[1], (Instant) r[2]));
            }
        }
        Map<Long, Duration> medians = new HashMap<>();
        byLane.forEach((lane, list) -> {
            if (list.size() >= MIN_SAMPLE) {
                list.sort(Comparator.naturalOrder());
                medians.put(lane, list.get(list.size() / 2));
            }
        });
        return medians;
    }
}
