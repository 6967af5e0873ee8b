package jp.wardhub.queue;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.wardhub.counter.CounterViews.FinderQueue;
import jp.wardhub.counter.LiveWaiting;
import jp.wardhub.queue.QueueBoard.Snapshot;
import jp.wardhub.queue.QueueViews.LaneQueue;
import jp.wardhub.queue.QueueViews.OfficeQueue;

/** The finder's 今何人待ち, read from the waiting boards (so it costs the finder no query of its own). */
@ApplicationScoped
class FinderWaiting implements LiveWaiting {

    @Inject
    QueueBoard boards;

    @Override
    public String version() {
        return boards.version();
    }

    @Override
    public Optional<FinderQueue> at(long officeId, String procedureCode) {
        if (!boards.hasFloor(officeId)) {
            return Optional.empty();
        }
        Snapshot snapshot = boards.current(officeId);
        OfficeQueue board = snapshot.board();
        if (!board.openNow()) {
            return Optional.empty();
        }
        Long laneId = snapshot.laneByProcedure().get(procedureCode);
        return Optional.of(board.lanes().stream().filter(l -> laneId != null && l.laneId() == laneId).findFirst()
                .map(l -> lane(l, board))
                .orElseGet(() -> new FinderQueue(null, null, null, board.waiting(), null, board.asOf())));
    }

    private static FinderQueue lane(LaneQueue lane, OfficeQueue board) {
        return new FinderQueue(lane.letter(), lane.nameJa(), lane.nameEn(), lane.waiting(),
                lane.estimatedWaitMinutes(), board.asOf());
    }
}
