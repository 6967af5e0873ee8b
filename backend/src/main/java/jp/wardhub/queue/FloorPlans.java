package jp.wardhub.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jp.wardhub.organization.Office;
import jp.wardhub.platform.ProblemException;

/**
 * An office's floor as the floor's readers need it (its ward, its lanes in board order, its windows and which of them
 * are open), kept in memory so that issuing a ticket, a board and a ticket list read no layout from the database:
 * kiosks issue and boards refresh all day, staff change the layout a few times a day. Dropped when the layout changes
 * on any instance ({@link FloorChanged#layout()}), and read again after {@link #FRESH} whatever happens, in case such
 * a message was lost.
 */
@ApplicationScoped
public class FloorPlans {

    /** How long a plan is used without a change message: only a lost message makes this the limit. */
    static final Duration FRESH = Duration.ofSeconds(60);

    /** A window as the floor's readers see it. */
    record PlannedWindow(long id, int number, String nameJa, String nameEn, boolean open) {
    }

    /** A lane as the floor's readers see it, with the numbers of the open windows that serve it, in order. */
    record PlannedLane(long id, String letter, String nameJa, String nameEn, boolean active,
            Set<String> procedureCodes, List<Integer> openWindows) {
    }

    /** An office's floor: its lanes in board order (sort order, then letter), closed ones too; its windows by id. */
    record FloorPlan(long officeId, String wardCode, String nameJa, String nameEn, Map<Long, PlannedLane> lanes,
            Map<Long, PlannedWindow> windows, Instant loadedAt) {

        /** The office's lane; 404 for another office's or none. */
        PlannedLane lane(long laneId) {
            PlannedLane lane = lanes.get(laneId);
            if (lane == null) {
                throw ProblemException.notFound("受付区分", "lane", laneId);
            }
            return lane;
        }

        /** The office's window with this number; 404 for none. */
        PlannedWindow window(int number) {
            return windows.values().stream().filter(w -> w.number() == number).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("窓口", "window", number));
        }

        /** The lanes that take tickets, in board order. */
        List<PlannedLane> activeLanes() {
            return lanes.values().stream().filter(PlannedLane::active).toList();
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
        Map<Long, PlannedWindow> windows = CounterWindow.<CounterWindow>list("officeId", officeId).stream()
                .map(w -> new PlannedWindow(w.id, w.number, w.nameJa, w.nameEn, w.open))
                .collect(Collectors.toUnmodifiableMap(PlannedWindow::id, w -> w));
        Map<Long, PlannedLane> lanes = new LinkedHashMap<>();
        // one query for the lanes with their windows and procedures, not two more per lane
        for (Lane l : Lane.<Lane>list("from Lane l left join fetch l.windowIds left join fetch l.procedureCodes"
                + " where l.officeId = ?1 order by l.sortOrder, l.letter", officeId)) {
            List<Integer> open = l.windowIds.stream().map(windows::get).filter(w -> w != null && w.open())
                    .map(PlannedWindow::number).sorted().toList();
            lanes.put(l.id, new PlannedLane(l.id, l.letter, l.nameJa, l.nameEn, l.active,
                    Set.copyOf(l.procedureCodes), open));
        }
        return new FloorPlan(officeId, office.wardCode, office.nameJa, office.nameEn,
                Collections.unmodifiableMap(lanes), windows, now);
    }
}
