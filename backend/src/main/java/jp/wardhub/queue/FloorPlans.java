package jp.wardhub.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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

    /** How long a plan is used without a change message: only a lost message makes this the limit. */
    static final Duration FRESH = Duration.ofSeconds(60);

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

    @Inject
    Clock clock;

    private final KeptPerOffice<FloorPlan> plans = new KeptPerOffice<>(FRESH, () -> clock.instant());

    /** The office's floor plan; 404 for an unknown office. */
    FloorPlan of(long officeId) {
        return plans.get(officeId, now -> QuarkusTransaction.joiningExisting().call(() -> load(officeId, now)));
    }

    /** The office's layout changed. */
    void invalidate(long officeId) {
        plans.drop(officeId);
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
