package jp.wardhub.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.wardhub.platform.DataChanges;

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

    @Inject
    DataChanges dataChanges;

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

    /**
     * Records a ticket's issue on the issuing transaction's connection: issuing writes with plain statements, the
     * path every kiosk takes all day.
     */
    long recordIssued(Connection connection, Ticket ticket) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO queue_event"
                + " (office_id, occurred_at, kind, ticket_id, label, lane_id) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, ticket.officeId);
            insert.setObject(2, utc(now));
            insert.setString(3, QueueEventKind.ISSUED.name());
            insert.setLong(4, ticket.id);
            insert.setString(5, ticket.label);
            insert.setLong(6, ticket.laneId);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                long id = key.getLong(1);
                changed.fire(new FloorChanged(ticket.officeId, id, false));
                return id;
            }
        }
    }

    /**
     * An instant as Hibernate writes it to a DATETIME column ({@code quarkus.hibernate-orm.jdbc.timezone=UTC}): for
     * the floor's tables written with plain statements (issuing, the demo history).
     */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private QueueEvent persist(QueueEvent e) {
        e.occurredAt = clock.instant();
        e.persistAndFlush();
        changed.fire(new FloorChanged(e.officeId, e.id, e.kind == QueueEventKind.FLOOR_CHANGED));
        return e;
    }

    /** A layout change also drops the floors' layout kept for the counter statistics ({@code counter-floors.*}). */
    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) FloorChanged change) {
        channel.publish(change);
        if (change.layout()) {
            dataChanges.changed("counter-floors");
        }
    }
}
