package jp.wardhub.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.counter.CatalogueCache;
import jp.wardhub.counter.Procedure;
import jp.wardhub.organization.Office;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.queue.FloorViews.FloorView;
import jp.wardhub.queue.FloorViews.LaneInput;
import jp.wardhub.queue.FloorViews.LaneProcedure;
import jp.wardhub.queue.FloorViews.LaneView;
import jp.wardhub.queue.FloorViews.WindowInput;
import jp.wardhub.queue.FloorViews.WindowView;

/**
 * 窓口フロアの設定: an office's windows and lanes. Ward staff change them during the day (a window opens, a lane
 * gets another window); every change tells the boards.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class FloorService {

    public static final ProblemType WINDOW_NUMBER_TAKEN = ProblemType.of("window-number-taken", 409,
            "この番号の窓口は既にあります", "Window number already in use");
    public static final ProblemType LANE_LETTER_TAKEN = ProblemType.of("lane-letter-taken", 409,
            "この記号の受付区分は既にあります", "Lane letter already in use");

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    FloorEvents events;

    @Inject
    CatalogueCache catalogue;

    public FloorView floor(long officeId) {
        Office office = office(officeId);
        List<CounterWindow> windows = CounterWindow.list("officeId = ?1 order by number", officeId);
        Map<Long, Integer> numbers = windows.stream().collect(Collectors.toMap(w -> w.id, w -> w.number));
        List<LaneView> lanes = Lane.<Lane>list("officeId = ?1 order by sortOrder, letter", officeId).stream()
                .map(l -> view(l, numbers)).toList();
        return new FloorView(office.id, office.nameJa, office.nameEn, office.wardCode,
                windows.stream().map(FloorService::view).toList(), lanes);
    }

    @Transactional
    public Created<WindowView> createWindow(long officeId, @NotNull @Valid WindowInput input) {
        requireEditor(office(officeId));
        if (CounterWindow.count("officeId = ?1 and number = ?2", officeId, input.number()) > 0) {
            throw new ProblemException(WINDOW_NUMBER_TAKEN, input.number() + " 番の窓口は既にあります (window exists)");
        }
        CounterWindow w = new CounterWindow();
        w.officeId = officeId;
        apply(w, input);
        WindowView created = audit.persist("counter-window", w, x -> x.id, FloorService::view);
        events.floorChanged(officeId);
        return new Created<>(Long.toString(created.number()), created, false);
    }

    @Transactional
    public WindowView updateWindow(long officeId, int number, String ifMatch, @NotNull @Valid WindowInput input) {
        requireEditor(office(officeId));
        CounterWindow w = window(officeId, number);
        if (input.number() != number
                && CounterWindow.count("officeId = ?1 and number = ?2", officeId, input.number()) > 0) {
            throw new ProblemException(WINDOW_NUMBER_TAKEN, input.number() + " 番の窓口は既にあります (window exists)");
        }
        WindowView changed = audit.change("counter-window", w.id, w, w.version, ifMatch, FloorService::view,
                x -> apply(x, input));
        events.floorChanged(officeId);
        return changed;
    }

    /** Opens or closes a window: the staff member sitting down at it, or leaving it. */
    @Transactional
    public WindowView setWindowOpen(long officeId, int number, String ifMatch, boolean open) {
        Office office = office(officeId);
        if (!FloorPolicy.canServe(caller.get(), office.wardCode) && !FloorPolicy.canEdit(caller.get(),
                office.wardCode)) {
            throw ProblemException.forbidden("窓口を開閉できるのはこの区の職員だけです (only the ward's staff open windows)");
        }
        CounterWindow w = window(officeId, number);
        WindowView changed = audit.change("counter-window", w.id, w, w.version, ifMatch, FloorService::view,
                x -> x.open = open);
        events.floorChanged(officeId);
        return changed;
    }

    @Transactional
    public Created<LaneView> createLane(long officeId, @NotNull @Valid LaneInput input) {
        requireEditor(office(officeId));
        if (Lane.count("officeId = ?1 and letter = ?2", officeId, input.letter()) > 0) {
            throw new ProblemException(LANE_LETTER_TAKEN, "記号 " + input.letter() + " は使用済みです (letter in use)");
        }
        Lane lane = new Lane();
        lane.officeId = officeId;
        apply(lane, input);
        Map<Long, Integer> numbers = windowNumbers(officeId);
        LaneView created = audit.persist("queue-lane", lane, x -> x.id, x -> view(x, numbers));
        events.floorChanged(officeId);
        return new Created<>(Long.toString(created.id()), created, false);
    }

    @Transactional
    public LaneView updateLane(long officeId, long laneId, String ifMatch, @NotNull @Valid LaneInput input) {
        requireEditor(office(officeId));
        Lane lane = lane(officeId, laneId);
        if (!lane.letter.equals(input.letter())
                && Lane.count("officeId = ?1 and letter = ?2", officeId, input.letter()) > 0) {
            throw new ProblemException(LANE_LETTER_TAKEN, "記号 " + input.letter() + " は使用済みです (letter in use)");
        }
        Map<Long, Integer> numbers = windowNumbers(officeId);
        LaneView changed = audit.change("queue-lane", laneId, lane, lane.version, ifMatch, x -> view(x, numbers),
                x -> apply(x, input));
        events.floorChanged(officeId);
        return changed;
    }

    static Office office(long officeId) {
        return Office.<Office>findByIdOptional(officeId)
                .orElseThrow(() -> ProblemException.notFound("施設", "office", officeId));
    }

    static Lane lane(long officeId, long laneId) {
        Lane lane = Lane.findById(laneId);
        if (lane == null || lane.officeId != officeId) {
            throw ProblemException.notFound("受付区分", "lane", laneId);
        }
        return lane;
    }

    static CounterWindow window(long officeId, int number) {
        CounterWindow w = CounterWindow.find("officeId = ?1 and number = ?2", officeId, number).firstResult();
        if (w == null) {
            throw ProblemException.notFound("窓口", "window", number);
        }
        return w;
    }

    private void requireEditor(Office office) {
        if (!FloorPolicy.canEdit(caller.get(), office.wardCode)) {
            throw ProblemException.forbidden(
                    "窓口と受付区分を変更できるのはこの区の職員と管理者だけです (only the ward's staff and administrators)");
        }
    }

    private static void apply(CounterWindow w, WindowInput in) {
        w.number = in.number();
        w.floor = in.floor();
        w.nameJa = in.nameJa();
        w.nameEn = in.nameEn();
        w.open = in.open();
    }

    private static void apply(Lane lane, LaneInput in) {
        Set<String> procedures = knownProcedures("procedureCodes", in.procedureCodes());
        Map<Integer, Long> windowIds = windowNumbers(lane.officeId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Set<Long> windows = new HashSet<>();
        for (int i = 0; i < in.windowNumbers().size(); i++) {
            Long id = windowIds.get(in.windowNumbers().get(i));
            if (id == null) {
                throw ProblemException.invalid("windowNumbers[" + i + "]", "Exists",
                        "この施設にない窓口です (no such window at this office)");
            }
            windows.add(id);
        }
        lane.letter = in.letter();
        lane.nameJa = in.nameJa();
        lane.nameEn = in.nameEn();
        lane.descriptionJa = in.descriptionJa();
        lane.descriptionEn = in.descriptionEn();
        lane.sortOrder = in.sortOrder();
        lane.active = in.active();
        lane.procedureCodes.clear();
        lane.procedureCodes.addAll(procedures);
        lane.windowIds.clear();
        lane.windowIds.addAll(windows);
    }

    /** The codes, each an existing procedure; a 400 names the first that is not ({@code field[i]}). */
    static Set<String> knownProcedures(String field, List<String> codes) {
        Set<String> known = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (Procedure.count("code", codes.get(i)) == 0) {
                throw ProblemException.invalid(field + "[" + i + "]", "Exists", "存在しない手続きです (unknown procedure)");
            }
            known.add(codes.get(i));
        }
        return known;
    }

    private static Map<Long, Integer> windowNumbers(long officeId) {
        return CounterWindow.<CounterWindow>list("officeId", officeId).stream()
                .collect(Collectors.toMap(w -> w.id, w -> w.number));
    }

    static WindowView view(CounterWindow w) {
        return new WindowView(w.id, w.officeId, w.number, w.floor, w.nameJa, w.nameEn, w.open, w.version);
    }

    private LaneView view(Lane l, Map<Long, Integer> windowNumbers) {
        Map<String, CatalogueCache.Entry> catalogued = catalogue.snapshot().procedures();
        List<LaneProcedure> procedures = new ArrayList<>();
        for (String code : l.procedureCodes) {
            CatalogueCache.Entry e = catalogued.get(code);
            procedures.add(new LaneProcedure(code, e == null ? code : e.procedure().nameJa,
                    e == null ? code : e.procedure().nameEn));
        }
        procedures.sort(Comparator.comparing(LaneProcedure::code));
        List<Integer> windows = l.windowIds.stream().map(windowNumbers::get).filter(n -> n != null).sorted().toList();
        return new LaneView(l.id, l.officeId, l.letter, l.nameJa, l.nameEn, l.descriptionJa, l.descriptionEn,
                l.sortOrder, l.active, procedures, windows, l.version);
    }
}
