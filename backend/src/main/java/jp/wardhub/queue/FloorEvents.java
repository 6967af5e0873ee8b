package jp.wardhub.queue;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records each change on a floor as a {@link QueueEvent} in the transaction that makes it, and once that transaction
 * has committed tells every instance through the {@link QueueChannel}. A transaction that rolls back tells no one.
 */
@ApplicationScoped
public class FloorEvents {

    @Inject
    Clock clock;

    @Inject
    Event<FloorChanged> changed;

    @Inject
    QueueChannel channel;

    @Transactional(Transactional.TxType.MANDATORY)
    public QueueEvent record(QueueEventKind kind, Ticket ticket, Integer windowNumber) {
        QueueEvent e = new QueueEvent();
        e.officeId = ticket.officeId;
        e.kind = kind;
        e.ticketId = ticket.id;
        e.label = ticket.label;
        e.laneId = ticket.laneId;
        e.windowNumber = windowNumber;
        return persist(e);
    }

    /** Windows or lanes of the office changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public QueueEvent floorChanged(long officeId) {
        QueueEvent e = new QueueEvent();
        e.officeId = officeId;
        e.kind = QueueEventKind.FLOOR_CHANGED;
        return persist(e);
    }

    private QueueEvent persist(QueueEvent e) {
        e.occurredAt = clock.instant();
        e.persistAndFlush();
        changed.fire(new FloorChanged(e.officeId, e.id));
        return e;
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) FloorChanged change) {
        channel.publish(change);
    }
}
