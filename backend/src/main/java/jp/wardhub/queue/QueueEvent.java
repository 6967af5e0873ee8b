package jp.wardhub.queue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One change on a floor, stored in the transaction that made it. Its id orders the changes of every instance and is
 * the event id boards reconnect with ({@code Last-Event-ID}).
 */
@Entity
@Table(name = "queue_event")
public class QueueEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "office_id", nullable = false)
    public long officeId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QueueEventKind kind;

    /** The ticket it is about; null when the floor itself changed. */
    @Column(name = "ticket_id")
    public Long ticketId;

    public String label;

    @Column(name = "lane_id")
    public Long laneId;

    @Column(name = "window_number")
    public Integer windowNumber;
}
