package jp.wardhub.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jp.wardhub.organization.Office;
import jp.wardhub.platform.ProblemException;

/**
 * What issuing a ticket needs to know of an office's floor (its ward, its lanes, how many of each lane's windows are
 * open), kept in memory so that an issue reads no layout from the database: kiosks issue all day, staff change the
 * layout a few times a day. Dropped when the layout changes on any instance ({@link FloorChanged#layout()}), and
 * read again after {@link #FRESH} whatever happens, in case such a message was lost.
 */
@ApplicationScoped
public class FloorPlans {

    static final Duration FRESH = Duration.ofSeconds(10);

    /** A lane as issuing sees it. */
    record PlannedLane(long id, String letter, String nameJa, String nameEn, boolean active, int openWindows) {
    }

    /** An office's floor as issuing sees it. */
    record FloorPlan(long officeId, String wardCode, Map<Long, PlannedLane> lanes, Instant loadedAt) {

        /** The office's lane; 404 for another office's or none. */
        PlannedLane lane(long laneId) {
            PlannedLane lane = lanes.get(laneId);
            if (lane == null) {
                throw ProblemException.notFound("受付区分", "lane", laneId);
            }
            return lane;
        }
    }

    private final Map<Long, FloorPlan> plans = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /**
     * The office's floor plan; 404 for an unknown office. One request at a time reads a plan: after a change the
     * others wait for it, and when the plan only aged they go on with the one before.
     */
    FloorPlan of(long officeId) {
        FloorPlan kept = plans.get(officeId);
        if (isFresh(kept)) {
            return kept;
        }
        ReentrantLock lock = locks.computeIfAbsent(officeId, id -> new ReentrantLock());
        if (kept != null && !lock.tryLock()) {
            return kept;
        } else if (kept == null) {
            lock.lock();
        }
        try {
            FloorPlan again = plans.get(officeId);
            if (isFresh(again)) {
                return again;
            }
            AtomicLong generation = generations.computeIfAbsent(officeId, id -> new AtomicLong());
            long before = generation.get();
            Instant now = clock.instant();
            FloorPlan loaded = QuarkusTransaction.joiningExisting().call(() -> load(officeId, now));
            if (generation.get() == before) { // a plan read while the layout changed is not kept
                plans.put(officeId, loaded);
            }
            return loaded;
        } finally {
            lock.unlock();
        }
    }

    private boolean isFresh(FloorPlan plan) {
        Instant now = clock.instant();
        return plan != null && plan.loadedAt().plus(FRESH).isAfter(now) && !plan.loadedAt().isAfter(now);
    }

    /** The office's layout changed. */
    void invalidate(long officeId) {
        generations.computeIfAbsent(officeId, id -> new AtomicLong()).incrementAndGet();
        plans.remove(officeId);
    }

    private static FloorPlan load(long officeId, Instant now) {
        Office office = FloorService.office(officeId);
        Set<Long> open = CounterWindow.<CounterWindow>list("officeId = ?1 and open = true", officeId).stream()
                .map(w -> w.id).collect(Collectors.toSet());
        Map<Long, PlannedLane> lanes = Lane.<Lane>list("officeId", officeId).stream()
                .map(l -> new PlannedLane(l.id, l.letter, l.nameJa, l.nameEn, l.active,
                        (int) l.windowIds.stream().filter(open::contains).count()))
                .collect(Collectors.toUnmodifiableMap(PlannedLane::id, l -> l));
        return new FloorPlan(officeId, office.wardCode, lanes, now);
    }
}
