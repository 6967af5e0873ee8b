package jp.wardhub.queue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jp.wardhub.queue.QueueViews.OfficeQueue;
import jp.wardhub.queue.QueueViews.QueueEventView;
import jp.wardhub.queue.QueueViews.QueueUpdate;

/**
 * The live event stream of each office's floor (Server-Sent Events) for wall boards and phones. Each change reaches
 * this instance as a {@link FloorChanged} from the {@link QueueChannel}, through {@link QueueChannels}; the stream
 * reads the new {@link QueueEvent}s from the database once, works the board out once, and sends each event to every
 * connected client, the board attached to the last. Event ids are {@link QueueEvent} ids, the same on every instance,
 * so a client that reconnects anywhere with {@code Last-Event-ID} is sent what it missed. Every heartbeat
 * ({@code wardhub.queue.heartbeat}, 15 s) the stream also looks for events it was not told about (a lost message, a
 * channel down) and sends a comment, which keeps proxies from closing idle connections.
 */
@ApplicationScoped
public class QueueStream {

    static final String EVENT_NAME = "queue";
    static final String HEARTBEAT = "${wardhub.queue.heartbeat}";
    /** Missed events replayed on reconnection, at most. */
    static final int REPLAY_LIMIT = 50;
    /**
     * Events commit in any order across transactions, so a later id can be seen before an earlier one: each read
     * looks this far back and skips the ids already sent.
     */
    static final int REORDER_WINDOW = 200;

    private static final Logger LOG = Logger.getLogger(QueueStream.class);

    /** One office's clients and how far they have been sent. */
    private static final class OfficeStream {
        final SseBroadcaster broadcaster;
        final SequencedSet<Long> sent = new LinkedHashSet<>();
        final AtomicBoolean pending = new AtomicBoolean();
        /** Events up to here happened before the first client connected: never sent live. */
        final long baseline;
        long lastSent;

        OfficeStream(SseBroadcaster broadcaster, long baseline) {
            this.broadcaster = broadcaster;
            this.baseline = baseline;
            this.lastSent = baseline;
        }

        /** Whether the next read after a change (or the heartbeat) sends this event to the connected clients. */
        boolean willSendLive(long id) {
            return id > baseline && id > lastSent - REORDER_WINDOW && !sent.contains(id);
        }
    }

    private final Map<Long, OfficeStream> offices = new ConcurrentHashMap<>();
    private volatile Sse sse;

    @Inject
    QueueBoard board;

    @Inject
    ObjectMapper json;

    /**
     * Sends run apart from the change that caused them, with no context of it: that transaction has ended, and a
     * propagated one could not be suspended to read the events.
     */
    private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Connects a client: the events after {@code lastEventId} it missed (at most {@link #REPLAY_LIMIT}), then the
     * board as it is now, then every change from here on, each event once. 404 for an office without lanes, before
     * anything is sent.
     */
    public void open(long officeId, Long lastEventId, SseEventSink sink, Sse sse) {
        this.sse = sse;
        QueueBoard.Snapshot now = board.current(officeId);
        OfficeStream stream = offices.computeIfAbsent(officeId,
                id -> new OfficeStream(sse.newBroadcaster(), now.board().lastEventId()));
        // under the stream's lock no broadcast runs: what is replayed here and what is sent live later do not overlap
        synchronized (stream) {
            stream.broadcaster.register(sink);
            if (lastEventId != null && lastEventId < now.board().lastEventId()) {
                List<QueueEvent> missed = QuarkusTransaction.joiningExisting()
                        .call(() -> QueueEvent.<QueueEvent>find("officeId = ?1 and id > ?2 order by id desc",
                                officeId, lastEventId).page(0, REPLAY_LIMIT).list());
                for (QueueEvent e : missed.reversed()) {
                    if (!stream.willSendLive(e.id)) {
                        sink.send(event(e.id, new QueueUpdate(view(e), null)));
                    }
                }
            }
            // the board as it is has no id of its own: the client's Last-Event-ID stays that of the last change it saw
            sink.send(event(null, new QueueUpdate(null, now.board())));
        }
    }

    /**
     * A change arrived from the channel (what was kept of the floor is already dropped, {@link QueueChannels}): send
     * the new events if anyone is listening.
     */
    public void onChanged(FloorChanged change) {
        OfficeStream stream = offices.get(change.officeId());
        if (stream != null && stream.pending.compareAndSet(false, true)) {
            sender.execute(() -> send(change.officeId(), stream));
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    @Scheduled(every = HEARTBEAT, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        Sse current = sse;
        if (current == null) {
            return;
        }
        offices.forEach((officeId, stream) -> {
            stream.broadcaster.broadcast(current.newEventBuilder().comment("keep-alive").build());
            if (stream.pending.compareAndSet(false, true)) {
                send(officeId, stream);
            }
        });
    }

    private void send(long officeId, OfficeStream stream) {
        stream.pending.set(false);
        try {
            synchronized (stream) {
                List<QueueEvent> fresh = QuarkusTransaction.requiringNew().call(() -> QueueEvent
                        .<QueueEvent>find("officeId = ?1 and id > ?2 order by id", officeId,
                                stream.lastSent - REORDER_WINDOW)
                        .list());
                List<QueueEvent> unsent = new ArrayList<>();
                for (QueueEvent e : fresh) {
                    if (stream.willSendLive(e.id)) {
                        unsent.add(e);
                    }
                }
                if (unsent.isEmpty()) {
                    return;
                }
                // the board sent must have these events: one kept from before them would not (the heartbeat finds
                // events that no message announced)
                board.invalidate(officeId);
                OfficeQueue now = board.current(officeId).board();
                for (int i = 0; i < unsent.size(); i++) {
                    QueueEvent e = unsent.get(i);
                    boolean last = i == unsent.size() - 1;
                    stream.broadcaster.broadcast(event(e.id, new QueueUpdate(view(e), last ? now : null)));
                    remember(stream, e.id);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "queue events of office %d not sent; the next change or heartbeat tries again", officeId);
        }
    }

    private static void remember(OfficeStream stream, long id) {
        stream.sent.add(id);
        stream.lastSent = Math.max(stream.lastSent, id);
        while (stream.sent.size() > 4 * REORDER_WINDOW) {
            stream.sent.removeFirst();
        }
    }

    private OutboundSseEvent event(Long id, QueueUpdate update) {
        try {
            return sse.newEventBuilder().id(id == null ? null : Long.toString(id)).name(EVENT_NAME)
                    .mediaType(MediaType.TEXT_PLAIN_TYPE).data(json.writeValueAsString(update)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("queue update not serialisable", e);
        }
    }

    static QueueEventView view(QueueEvent e) {
        return new QueueEventView(e.id, e.officeId, e.kind, e.label, e.laneId, e.windowNumber, e.occurredAt);
    }
}
