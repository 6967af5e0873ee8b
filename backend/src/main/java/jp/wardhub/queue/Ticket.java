package jp.wardhub.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 整理券: one visit's place in a lane, numbered per lane and business day. It holds no personal data: what the
 * statistics need is when each step happened, at which window, and which procedures were done.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "office_id", nullable = false)
    public long officeId;

    /** The lane it waits in now. */
    @Column(name = "lane_id", nullable = false)
    public long laneId;

    /** The lane that gave the number (a transfer keeps the number). */
    @Column(name = "issued_lane_id", nullable = false)
    public long issuedLaneId;

    /** The business day in Asia/Tokyo: numbers start again from 1 each day. */
    @Column(name = "business_date", nullable = false)
    public LocalDate businessDate;

    @Column(nullable = false)
    public int number;

    /** Transfers so far: 0 for the ticket as issued. */
    @Column(nullable = false)
    public int hop;

    /** What the visitor holds and the board shows, e.g. {@code A-001}. */
    @Column(nullable = false)
    public String label;

    /** Served before others in the lane when set. */
    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "issued_via", nullable = false)
    public IssuedVia issuedVia;

    /** The staff account or kiosk client that issued it. */
    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    /** When the visitor first took a ticket: kept through transfers, so the wait counts from here. */
    @Column(name = "arrived_at", nullable = false)
    public Instant arrivedAt;

    /** When it joined this lane (the arrival, or the transfer). */
    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @Column(name = "called_at")
    public Instant calledAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "window_id")
    public Long windowId;

    /** How often it was called (recalls count). */
    @Column(name = "call_count", nullable = false)
    public int callCount;

    /** The staff account that served it at the window. */
    @Column(name = "served_by")
    public String servedBy;

    @Column(name = "transferred_from")
    public Long transferredFrom;

    @ElementCollection
    @CollectionTable(name = "ticket_procedure", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "procedure_code")
    public Set<String> procedureCodes = new HashSet<>();

    @Version
    public long version;

    static String label(String letter, int number) {
        return letter + "-" + (number < 1000 ? String.format("%03d", number) : Integer.toString(number));
    }
}
