package jp.wardhub.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hibernate.Session;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.auth.Role;
import jp.wardhub.counter.CounterService;
import jp.wardhub.counter.CounterViews.OpenNow;
import jp.wardhub.counter.PlaceKey;
import jp.wardhub.organization.Office;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.queue.FloorPlans.FloorPlan;
import jp.wardhub.queue.FloorPlans.PlannedLane;
import jp.wardhub.queue.FloorPlans.PlannedWindow;
import jp.wardhub.queue.TicketState.Action;
import jp.wardhub.queue.TicketViews.FinishInput;
import jp.wardhub.queue.TicketViews.TicketInput;
import jp.wardhub.queue.TicketViews.TicketPage;
import jp.wardhub.queue.TicketViews.TicketView;
import jp.wardhub.queue.TicketViews.TransferInput;

/**
 * 整理券: issuing numbered tickets, calling them to windows and following each visit to its end. Numbers run per
 * lane and business day (Asia/Tokyo) without gaps: each issue locks the lane's counter row for the day, so
 * concurrent issues on any number of instances take turns, and a transaction that fails gives its number back. A
 * call takes the ticket under a row lock, so two windows never get the same one; and a window holds one called or
 * served ticket a day, which the schema keeps (V27) where the window's lock cannot reach: another node of a cluster.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class TicketService {

    public static final ProblemType OFFICE_CLOSED = ProblemType.of("office-closed", 409, "受付時間外です",
            "Outside reception hours");
    public static final ProblemType WINDOW_CLOSED = ProblemType.of("window-closed", 409, "この窓口は受付を停止しています",
            "The window is closed");
    public static final ProblemType WINDOW_BUSY = ProblemType.of("window-busy", 409, "この窓口には対応中の番号があります",
            "The window is still serving a ticket");

    /** The list's filters; each one not given (null) lets every ticket of the day through. */
    public record Filter(LocalDate date, TicketState state, Long lane, Integer window) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    CounterService counter;

    @Inject
    FloorEvents events;

    @Inject
    QueueBoard board;

    @Inject
    FloorPlans plans;

    // ---- issuing ---------------------------------------------------------------------------------------------

    /**
     * Issues the next number of the lane for today. Only while the office is open; Idempotency-Key honoured. The
     * floor's layout comes from memory ({@link FloorPlans}) and the ticket is written with plain statements: this is
     * what every kiosk does all day.
     */
    @Transactional
    public Created<TicketView> issue(long officeId, String idempotencyKey, @NotNull @Valid TicketInput input) {
        FloorPlan plan = plans.of(officeId);
        Caller c = caller.get();
        if (!FloorPolicy.canIssue(c, officeId, plan.wardCode())) {
            throw ProblemException.forbidden(
                    "発券できるのはこの区のフロアマネージャー・職員と、この施設の発券機だけです (only the ward's floor staff and this office's kiosks)");
        }
        return idempotency.once(idempotencyKey, "ticket-issue:" + officeId, input, TicketView.class, () -> {
            PlannedLane lane = plan.lane(input.laneId());
            if (!lane.active()) {
                throw ProblemException.invalid("laneId", "Active", "この受付区分は受付を停止しています (the lane is closed)");
            }
            Instant now = clock.instant();
            requireOpen(officeId, now);
            Ticket t = new Ticket();
            t.officeId = officeId;
            t.laneId = lane.id();
            t.issuedLaneId = lane.id();
            t.businessDate = LocalDate.ofInstant(now, BusinessTime.ZONE);
            t.priority = input.priority();
            t.state = TicketState.WAITING;
            t.issuedVia = c.is(Role.PARTNER) ? IssuedVia.KIOSK : IssuedVia.STAFF;
            t.issuedBy = c.username();
            t.arrivedAt = now;
            t.queuedAt = now;
            int ahead = Ticket.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
                // read before the lane's number is locked, so that the lock is held only while the ticket is written
                int waiting = waitingAhead(connection, t);
                t.number = nextNumber(connection, t.laneId, t.businessDate);
                t.label = Ticket.label(lane.letter(), t.number);
                insert(connection, t);
                events.recordIssued(connection, t);
                return waiting;
            });
            Integer minutes = board.estimate(officeId, lane.id(), ahead, lane.openWindows().size());
            return new Created<>(Long.toString(t.id), view(t, plan, ahead, minutes), false);
        });
    }

    /**
     * Waiting tickets of the lane that will be called before this one, in the order {@link #callNext} calls: before a
     * priority ticket the priority ones that arrived earlier; before any other, every priority one and every one that
     * arrived earlier. A ticket not written yet (no id: a visitor arriving now) waits behind every one of its order.
     * Plain SQL on the transaction's connection, so that issuing counts it in its own statements; it sees what has
     * been flushed.
     */
    private static int waitingAhead(Connection connection, Ticket t) throws SQLException {
        boolean arriving = t.id == null;
        String earlier = "(arrived_at < ? OR (arrived_at = ? AND id < ?))";
        String order;
        if (t.priority != null) {
            order = " AND priority IS NOT NULL" + (arriving ? "" : " AND " + earlier);
        } else {
            order = arriving ? "" : " AND (priority IS NOT NULL OR " + earlier + ")";
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM ticket WHERE lane_id = ?"
                + " AND business_date = ? AND state = 'WAITING'" + order)) {
            count.setLong(1, t.laneId);
            count.setObject(2, t.businessDate);
            if (!arriving) {
                count.setObject(3, FloorEvents.utc(t.arrivedAt));
                count.setObject(4, FloorEvents.utc(t.arrivedAt));
                count.setLong(5, t.id);
            }
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /**
     * The lane's next number today. The upsert takes the row lock (creating the day's row on the first issue), so
     * the read that follows sees this transaction's own increment and no one else's.
     */
    private static int nextNumber(Connection connection, long laneId, LocalDate day) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO ticket_sequence (lane_id, business_date, last_number) VALUES (?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE last_number = last_number + 1");
                PreparedStatement read = connection.prepareStatement(
                        "SELECT last_number FROM ticket_sequence WHERE lane_id = ? AND business_date = ?")) {
            upsert.setLong(1, laneId);
            upsert.setObject(2, day);
            upsert.executeUpdate();
            read.setLong(1, laneId);
            read.setObject(2, day);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Writes a new ticket (hop 0, not yet called) and sets its id. */
    private static void insert(Connection connection, Ticket t) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket (office_id, lane_id,"
                + " issued_lane_id, business_date, number, hop, label, priority, state, issued_via, issued_by,"
                + " arrived_at, queued_at, call_count, version) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, t.officeId);
            insert.setLong(2, t.laneId);
            insert.setLong(3, t.issuedLaneId);
            insert.setObject(4, t.businessDate);
            insert.setInt(5, t.number);
            insert.setString(6, t.label);
            insert.setString(7, t.priority == null ? null : t.priority.name());
            insert.setString(8, t.state.name());
            insert.setString(9, t.issuedVia.name());
            insert.setString(10, t.issuedBy);
            insert.setObject(11, FloorEvents.utc(t.arrivedAt));
            insert.setObject(12, FloorEvents.utc(t.queuedAt));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                t.id = key.getLong(1);
            }
        }
    }

    private void requireOpen(long officeId, Instant now) {
        OpenNow open = counter.openNow(PlaceKey.office(officeId), OffsetDateTime.ofInstant(now, BusinessTime.ZONE));
        if (!open.open()) {
            String next = open.nextOpening() == null ? "" : " 次の受付開始: " + open.nextOpening();
            throw new ProblemException(OFFICE_CLOSED,
                    "本日の受付は終了したか、まだ始まっていません。" + next + " (reception is closed now)");
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    public TicketPage list(long officeId, Filter filter, PageRequest page) {
        FloorPlan plan = plans.of(officeId);
        requireReader(plan.wardCode());
        LocalDate day = filter.date() != null ? filter.date() : today();
        Long windowId = filter.window() == null ? null : plan.window(filter.window()).id();
        ListQuery.Page<Ticket> found = ListQuery.from("Ticket t")
                .equal("t.officeId", officeId)
                .equal("t.businessDate", day)
                .equal("t.state", filter.state())
                .equal("t.laneId", filter.lane())
                .equal("t.windowId", windowId)
                .page(Ticket.class, "case when t.priority is null then 1 else 0 end, t.arrivedAt, t.id", page);
        return new TicketPage(found.map(t -> view(t, plan, null, null)).rows(), page.page(), page.size(),
                found.total());
    }

    public TicketView get(long ticketId) {
        Ticket t = find(ticketId);
        requireReader(plans.of(t.officeId).wardCode());
        return view(t, true);
    }

    // ---- the window console ----------------------------------------------------------------------------------

    /**
     * Calls the next ticket to a window: the highest priority, then the earliest arrival, among today's waiting
     * tickets of the lanes the window serves. Empty when no one is waiting. The window must be open and free.
     */
    @Transactional
    public Optional<TicketView> callNext(long officeId, int windowNumber) {
        Office office = FloorService.office(officeId);
        requireServer(office);
        CounterWindow window = CounterWindow.getEntityManager().find(CounterWindow.class,
                FloorService.window(officeId, windowNumber).id, LockModeType.PESSIMISTIC_WRITE);
        if (!window.open) {
            throw new ProblemException(WINDOW_CLOSED,
                    windowNumber + " 番窓口を開けてから呼び出してください (open the window first)");
        }
        LocalDate today = today();
        Ticket current = Ticket.find("windowId = ?1 and businessDate = ?2 and state in ?3", window.id, today,
                List.of(TicketState.CALLED, TicketState.SERVING)).firstResult();
        if (current != null) {
            throw new ProblemException(WINDOW_BUSY, current.label + " の対応を終えるか不在にしてから次を呼んでください (finish "
                    + current.label + " or mark it a no-show first)");
        }
        List<Long> lanes = Lane.<Lane>list("officeId = ?1 and active = true", officeId).stream()
                .filter(l -> l.windowIds.contains(window.id)).map(l -> l.id).toList();
        if (lanes.isEmpty()) {
            return Optional.empty();
        }
        // A locking read sees the latest committed tickets (a plain read would see this transaction's snapshot,
        // where tickets other windows have just called still wait) and holds the chosen one until commit.
        List<Ticket> next = Ticket.getEntityManager().createQuery("select t from Ticket t where t.laneId in :lanes"
                + " and t.businessDate = :today and t.state = :waiting"
                + " order by case when t.priority is null then 1 else 0 end, t.arrivedAt, t.id", Ticket.class)
                .setParameter("lanes", lanes).setParameter("today", today)
                .setParameter("waiting", TicketState.WAITING).setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Ticket t = next.get(0);
        t.state = t.state.after(Action.CALL);
        t.windowId = window.id;
        t.calledAt = clock.instant();
        t.callCount++;
        t.servedBy = caller.get().username();
        return Optional.of(changed(t, QueueEventKind.CALLED));
    }

    /** Calls the ticket again at its window (the visitor did not come forward yet). */
    @Transactional
    public TicketView recall(long ticketId, String ifMatch) {
        Ticket t = forServer(ticketId, ifMatch);
        t.state = t.state.after(Action.RECALL);
        t.callCount++;
        return changed(t, QueueEventKind.RECALLED);
    }

    @Transactional
    public TicketView start(long ticketId, String ifMatch) {
        Ticket t = forServer(ticketId, ifMatch);
        t.state = t.state.after(Action.START);
        t.startedAt = clock.instant();
        return changed(t, QueueEventKind.STARTED);
    }

    /** Ends the visit, recording what was done: the statistics count these procedures. */
    @Transactional
    public TicketView finish(long ticketId, String ifMatch, @NotNull @Valid FinishInput input) {
        Ticket t = forServer(ticketId, ifMatch);
        TicketState next = t.state.after(Action.FINISH);
        Set<String> done = FloorService.knownProcedures("procedures", input.procedures());
        t.state = next;
        t.endedAt = clock.instant();
        t.procedureCodes.addAll(done);
        return changed(t, QueueEventKind.FINISHED);
    }

    @Transactional
    public TicketView noShow(long ticketId, String ifMatch) {
        Ticket t = forServer(ticketId, ifMatch);
        t.state = t.state.after(Action.NO_SHOW);
        t.endedAt = clock.instant();
        return changed(t, QueueEventKind.NO_SHOW);
    }

    /** The visitor leaves: staff at the window or the floor manager end the ticket. */
    @Transactional
    public TicketView cancel(long ticketId, String ifMatch) {
        Ticket t = forGuide(ticketId, ifMatch);
        t.state = t.state.after(Action.CANCEL);
        t.endedAt = clock.instant();
        return changed(t, QueueEventKind.CANCELLED);
    }

    /**
     * Sends the visitor to another lane of the office. This ticket ends as TRANSFERRED; a copy with the same number
     * and the original arrival time waits in the other lane, so the visitor keeps their place in time.
     */
    @Transactional
    public TicketView transfer(long ticketId, String ifMatch, @NotNull @Valid TransferInput input) {
        Ticket from = forGuide(ticketId, ifMatch);
        TicketState next = from.state.after(Action.TRANSFER);
        if (input.laneId() == from.laneId) {
            throw ProblemException.invalid("laneId", "Different", "別の受付区分を指定してください (choose another lane)");
        }
        Lane to;
        try {
            to = FloorService.lane(from.officeId, input.laneId());
        } catch (ProblemException e) {
            throw ProblemException.invalid("laneId", "Exists", "この施設の受付区分ではありません (not a lane of this office)");
        }
        if (!to.active) {
            throw ProblemException.invalid("laneId", "Active", "この受付区分は受付を停止しています (the lane is closed)");
        }
        Instant now = clock.instant();
        from.state = next;
        from.endedAt = now;
        Ticket copy = new Ticket();
        copy.officeId = from.officeId;
        copy.laneId = to.id;
        copy.issuedLaneId = from.issuedLaneId;
        copy.businessDate = from.businessDate;
        copy.number = from.number;
        copy.hop = from.hop + 1;
        copy.label = from.label;
        copy.priority = from.priority;
        copy.state = TicketState.WAITING;
        copy.issuedVia = IssuedVia.TRANSFER;
        copy.issuedBy = caller.get().username();
        copy.arrivedAt = from.arrivedAt;
        copy.queuedAt = now;
        copy.transferredFrom = from.id;
        copy.persistAndFlush();
        events.record(QueueEventKind.TRANSFERRED, copy, null);
        return view(copy, true);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Saves the change, records it for the boards (with the ticket's window) and answers the ticket. */
    private TicketView changed(Ticket t, QueueEventKind kind) {
        Ticket.getEntityManager().flush();
        CounterWindow w = window(t);
        events.record(kind, t, w == null ? null : w.number);
        return view(t, false);
    }

    private Ticket forServer(long ticketId, String ifMatch) {
        Ticket t = find(ticketId);
        requireServer(FloorService.office(t.officeId));
        ETags.require(ifMatch, t.version);
        return t;
    }

    private Ticket forGuide(long ticketId, String ifMatch) {
        Ticket t = find(ticketId);
        if (!FloorPolicy.canGuide(caller.get(), FloorService.office(t.officeId).wardCode)) {
            throw ProblemException.forbidden(
                    "転送・取消ができるのはこの区の職員とフロアマネージャーだけです (only the ward's staff and floor managers)");
        }
        ETags.require(ifMatch, t.version);
        return t;
    }

    private void requireServer(Office office) {
        if (!FloorPolicy.canServe(caller.get(), office.wardCode)) {
            throw ProblemException.forbidden("窓口の操作ができるのはこの区の職員だけです (only the ward's staff serve at windows)");
        }
    }

    private void requireReader(String wardCode) {
        if (!FloorPolicy.canReadTickets(caller.get(), wardCode)) {
            throw ProblemException.forbidden("整理券を見られるのはこの区の職員とフロアマネージャーだけです (only the ward's floor staff)");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
    }

    private static Ticket find(long ticketId) {
        return Ticket.<Ticket>findByIdOptional(ticketId)
                .orElseThrow(() -> ProblemException.notFound("整理券", "ticket", ticketId));
    }

    private static CounterWindow window(Ticket t) {
        return t.windowId == null ? null : CounterWindow.findById(t.windowId);
    }

    /** The ticket's view; with its place in the lane and the estimated wait while it waits, when asked. */
    private TicketView view(Ticket t, boolean withPlace) {
        FloorPlan plan = plans.of(t.officeId);
        Integer ahead = null;
        Integer minutes = null;
        if (withPlace && t.state == TicketState.WAITING) {
            PlannedLane lane = plan.lanes().get(t.laneId);
            ahead = Ticket.getEntityManager().unwrap(Session.class)
                    .doReturningWork(connection -> waitingAhead(connection, t));
            minutes = board.estimate(t.officeId, t.laneId, ahead, lane == null ? 0 : lane.openWindows().size());
        }
        return view(t, plan, ahead, minutes);
    }

    /** The ticket's view, its lane's and window's names from the office's floor plan. */
    private TicketView view(Ticket t, FloorPlan plan, Integer ahead, Integer minutes) {
        PlannedLane lane = plan.lanes().get(t.laneId);
        PlannedWindow w = t.windowId == null ? null : plan.windows().get(t.windowId);
        return new TicketView(t.id, t.officeId, t.laneId, lane == null ? null : lane.nameJa(),
                lane == null ? null : lane.nameEn(), t.label, t.businessDate, t.priority, t.state, t.issuedVia,
                t.arrivedAt, t.queuedAt, t.calledAt, t.startedAt, t.endedAt, w == null ? null : w.number(),
                w == null ? null : w.nameJa(), w == null ? null : w.nameEn(), t.callCount,
                t.procedureCodes.stream().sorted().toList(), t.transferredFrom, ahead, minutes,
                actions(t, plan.wardCode()), t.version);
    }

    /** The state's actions this caller may take on the ticket; calling is per window (call-next), not listed. */
    private List<Action> actions(Ticket t, String ward) {
        Caller c = caller.get();
        boolean serves = FloorPolicy.canServe(c, ward);
        boolean guides = FloorPolicy.canGuide(c, ward);
        return t.state.allowed().stream().filter(a -> a != Action.CALL)
                .filter(a -> serves || guides && (a == Action.TRANSFER || a == Action.CANCEL)).toList();
    }
}
