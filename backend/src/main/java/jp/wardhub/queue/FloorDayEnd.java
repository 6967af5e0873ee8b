package jp.wardhub.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jp.wardhub.platform.BusinessTime;

/**
 * 業務日の締め: after midnight in Asia/Tokyo, tickets an earlier business day left open (waiting, called or at a
 * window when the office closed) end as CANCELLED, and floor events older than {@link #EVENT_DAYS} days are deleted.
 * Numbering needs nothing: each business day starts at 1 by itself, and calls only look at today's tickets.
 */
@ApplicationScoped
public class FloorDayEnd {

    /** Floor events are kept this long: long enough for any board to reconnect, short enough to stay small. */
    static final int EVENT_DAYS = 7;
    private static final Logger LOG = Logger.getLogger(FloorDayEnd.class);

    @Inject
    Clock clock;

    @Scheduled(identity = "floor-day-end", cron = "${wardhub.queue.day-end-cron:0 5 0 * * ?}",
            timeZone = "Asia/Tokyo", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void afterMidnight() {
        int closed = closeEarlierDays();
        if (closed > 0) {
            LOG.infof("tickets left open on earlier business days closed: %d", closed);
        }
    }

    /** Ends every ticket of an earlier business day still open; returns how many. Safe to run on every replica. */
    public int closeEarlierDays() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
        return QuarkusTransaction.requiringNew().call(() -> {
            int closed = Ticket.update(
                    "state = ?1, endedAt = ?2, version = version + 1 where businessDate < ?3 and state in ?4",
                    TicketState.CANCELLED, now, today,
                    List.of(TicketState.WAITING, TicketState.CALLED, TicketState.SERVING));
            QueueEvent.delete("occurredAt < ?1", now.minus(EVENT_DAYS, ChronoUnit.DAYS));
            return closed;
        });
    }
}
