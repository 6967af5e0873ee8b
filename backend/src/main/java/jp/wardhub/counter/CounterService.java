package jp.wardhub.counter;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import jp.wardhub.counter.CatalogueCache.Entry;
import jp.wardhub.counter.CatalogueCache.Offer;
import jp.wardhub.counter.CatalogueCache.Place;
import jp.wardhub.counter.CatalogueCache.Snapshot;
import jp.wardhub.counter.CounterViews.AvailabilityMatrix;
import jp.wardhub.counter.CounterViews.CategoryView;
import jp.wardhub.counter.CounterViews.ChannelView;
import jp.wardhub.counter.CounterViews.DayHours;
import jp.wardhub.counter.CounterViews.FinderAnswer;
import jp.wardhub.counter.CounterViews.FinderQueue;
import jp.wardhub.counter.CounterViews.FinderResult;
import jp.wardhub.counter.CounterViews.MatrixRow;
import jp.wardhub.counter.CounterViews.OfferView;
import jp.wardhub.counter.CounterViews.OfficeProcedure;
import jp.wardhub.counter.CounterViews.OfficeProcedures;
import jp.wardhub.counter.CounterViews.OpenNow;
import jp.wardhub.counter.CounterViews.PlaceHours;
import jp.wardhub.counter.CounterViews.PlaceView;
import jp.wardhub.counter.CounterViews.ProcedureAvailability;
import jp.wardhub.counter.CounterViews.ProcedurePage;
import jp.wardhub.counter.CounterViews.ProcedureSummary;
import jp.wardhub.counter.CounterViews.ProcedureView;
import jp.wardhub.counter.CounterViews.TimeSpan;
import jp.wardhub.counter.CounterViews.WeeklyHours;
import jp.wardhub.counter.hours.Day;
import jp.wardhub.counter.hours.OpeningCalendar;
import jp.wardhub.counter.hours.Period;
import jp.wardhub.counter.hours.PeriodKind;
import jp.wardhub.counter.hours.Span;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.SearchText;

/**
 * 窓口案内: what can be done where and when. Every answer is computed from the in-memory {@link CatalogueCache} snapshot,
 * so the finder and the matrix cost no database round trip.
 */
@ApplicationScoped
public class CounterService {

    /** The longest range of dates one hours request may cover. */
    public static final int MAX_DAYS = 366;

    public static final ProblemType NO_MATCH = ProblemType.of("no-matching-procedure", 404,
            "該当する手続きが見つかりません", "No matching procedure");

    @Inject
    CatalogueCache catalogue;

    @Inject
    ObjectMapper json;

    @Inject
    LiveWaiting liveWaiting;

    @Inject
    Clock clock;

    /** The finder's answer as JSON, remembered per snapshot (see {@link CatalogueCache.Snapshot#answer}). */
    public byte[] findJson(String procedureCode, String q, LocalDate date, String ward) {
        String key = "finder|" + procedureCode + "|" + SearchText.normalize(q) + "|" + date + "|" + ward
                + (isToday(date) ? "|" + liveWaiting.version() : "");
        return catalogue.snapshot().answer(key, () -> find(procedureCode, q, date, ward), json);
    }

    /** The matrix as JSON, remembered per snapshot. */
    public byte[] matrixJson(String ward, String category) {
        return catalogue.snapshot().answer("matrix|" + ward + "|" + category, () -> matrix(ward, category), json);
    }

    // ---- catalogue -------------------------------------------------------------------------------------------

    public List<CategoryView> categories() {
        Snapshot s = catalogue.snapshot();
        Map<String, Long> counts = s.procedures().values().stream()
                .collect(Collectors.groupingBy(e -> e.procedure().categoryCode, Collectors.counting()));
        return s.categories().stream()
                .map(c -> new CategoryView(c.code, c.nameJa, c.nameEn, counts.getOrDefault(c.code, 0L).intValue()))
                .toList();
    }

    public List<ChannelView> channels() {
        return Channel.<Channel>listAll(Sort.by("sortOrder")).stream()
                .map(c -> new ChannelView(c.code, c.kind, c.nameJa, c.nameKana, c.nameEn, c.description, c.requirements,
                        c.url))
                .toList();
    }

    public ProcedurePage procedures(String q, String category, PageRequest page) {
        List<Entry> found = search(catalogue.snapshot(), q, category);
        List<ProcedureSummary> items = found.stream().skip((long) page.page() * page.size()).limit(page.size())
                .map(CounterService::summary).toList();
        return new ProcedurePage(items, page.page(), page.size(), found.size());
    }

    public ProcedureView procedure(String code) {
        return view(entry(catalogue.snapshot(), code).procedure());
    }

    public ProcedureAvailability availability(String code) {
        Snapshot s = catalogue.snapshot();
        Entry entry = entry(s, code);
        LocalDate today = BusinessTime.today();
        List<OfferView> offers = s.offersByProcedure().getOrDefault(code, List.of()).stream()
                .map(o -> offer(s.placesByKey().get(o.place()), o, today))
                .toList();
        return new ProcedureAvailability(summary(entry), offers);
    }

    public OfficeProcedures officeProcedures(long officeId) {
        Snapshot s = catalogue.snapshot();
        Place place = place(s, PlaceKey.office(officeId));
        List<OfficeProcedure> items = s.offersByPlace().getOrDefault(place.key(), List.of()).stream()
                .sorted(Comparator.comparing((Offer o) -> categoryOrder(s, o.procedureCode()))
                        .thenComparing(Offer::procedureCode))
                .map(o -> new OfficeProcedure(summary(s.procedures().get(o.procedureCode())), o.level(),
                        o.conditionsJa(),
                        o.conditionsEn(), o.residentsOnly(), o.feeYen(), o.feeNote()))
                .toList();
        return new OfficeProcedures(placeView(place), items);
    }

    /** Procedures × places as one table; {@code ward} keeps that ward's offices and every channel. */
    public AvailabilityMatrix matrix(String ward, String category) {
        Snapshot s = catalogue.snapshot();
        List<Place> columns = s.places().stream()
                .filter(p -> ward == null || ward.isBlank() || !p.isOffice() || ward.equals(p.wardCode()))
                .filter(p -> !p.isOffice() || s.offersByPlace().containsKey(p.key()))
                .toList();
        Map<PlaceKey, Integer> column = new HashMap<>();
        columns.forEach(p -> column.put(p.key(), column.size()));
        List<MatrixRow> rows = new ArrayList<>();
        for (Entry e : search(s, null, category)) {
            List<AvailabilityLevel> levels = new ArrayList<>(
                    Collections.nCopies(columns.size(), AvailabilityLevel.NONE));
            List<Integer> conditional = new ArrayList<>();
            for (Offer o : s.offersByProcedure().getOrDefault(e.procedure().code, List.of())) {
                Integer i = column.get(o.place());
                if (i != null) {
                    levels.set(i, o.level());
                    if (o.conditionsJa() != null || o.residentsOnly()) {
                        conditional.add(i);
                    }
                }
            }
            Collections.sort(conditional);
            rows.add(new MatrixRow(summary(e), levels, conditional));
        }
        return new AvailabilityMatrix(columns.stream().map(CounterService::placeView).toList(), rows);
    }

    // ---- hours -------------------------------------------------------------------------------------------------

    public PlaceHours hours(PlaceKey key, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Place place = place(catalogue.snapshot(), key);
        List<DayHours> days = OpeningCalendar.resolve(from, to, place.periods(), place.rules()).stream()
                .map(CounterService::dayHours).toList();
        return new PlaceHours(placeView(place), from, to, days);
    }

    /**
     * The hours a place would have with one period added or replaced, before anyone saves it: the staff editor's
     * preview. The candidate wins ties with existing periods, as a newly saved one would.
     */
    public PlaceHours preview(PlaceKey key, Long replacesId, Period candidate, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Place place = place(catalogue.snapshot(), key);
        List<Period> periods = new ArrayList<>(
                place.periods().stream().filter(p -> replacesId == null || p.id() != replacesId).toList());
        periods.add(candidate);
        List<DayHours> days = OpeningCalendar.resolve(from, to, periods, place.rules()).stream()
                .map(CounterService::dayHours).toList();
        return new PlaceHours(placeView(place), from, to, days);
    }

    public OpenNow openNow(PlaceKey key, OffsetDateTime at) {
        Place place = place(catalogue.snapshot(), key);
        ZonedDateTime local = at.atZoneSameInstant(BusinessTime.ZONE);
        LocalDateTime when = local.toLocalDateTime();
        Optional<Span> span = OpeningCalendar.openSpanAt(when, place.periods(), place.rules());
        OffsetDateTime closesAt = span.map(sp -> offset(closingOf(when.toLocalDate(), sp))).orElse(null);
        OffsetDateTime next = OpeningCalendar.nextOpening(when, place.periods(), place.rules())
                .map(CounterService::offset).orElse(null);
        Day today = OpeningCalendar.resolve(when.toLocalDate(), place.periods(), place.rules());
        return new OpenNow(placeView(place), local.toOffsetDateTime(), span.isPresent(), closesAt, next,
                dayHours(today));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "After", "to は from 以降の日付にしてください (to must not be before from)");
        }
        if (from.plusDays(MAX_DAYS - 1L).isBefore(to)) {
            throw ProblemException.invalid("to", "Range",
                    "期間は " + MAX_DAYS + " 日以内にしてください (at most " + MAX_DAYS + " days)");
        }
    }

    // ---- finder ------------------------------------------------------------------------------------------------

    /**
     * Where and when: every place that can do the procedure on the date, the given ward's offices first, then other
     * offices, then channels. A place whose offer is for its own ward's residents only is left out for residents of
     * another ward. When nothing is open it says why and finds the next date something is.
     */
    public FinderAnswer find(String procedureCode, String q, LocalDate date, String ward) {
        Snapshot s = catalogue.snapshot();
        List<ProcedureSummary> alternatives = List.of();
        Entry entry;
        if (procedureCode != null && !procedureCode.isBlank()) {
            entry = entry(s, procedureCode);
        } else if (q != null && !SearchText.normalize(q).isEmpty()) {
            List<Entry> found = search(s, q, null);
            if (found.isEmpty()) {
                throw new ProblemException(NO_MATCH, "「" + q + "」に当たる手続きが見つかりません (no procedure matches)");
            }
            entry = found.get(0);
            alternatives = found.stream().skip(1).limit(10).map(CounterService::summary).toList();
        } else {
            throw ProblemException.invalid("procedure", "Required",
                    "procedure か q のどちらかを指定してください (give procedure or q)");
        }
        List<Offer> offers = s.offersByProcedure().getOrDefault(entry.procedure().code, List.of()).stream()
                .filter(o -> o.level() != AvailabilityLevel.NONE)
                .filter(o -> !o.residentsOnly() || ward == null || ward.isBlank()
                        || ward.equals(s.placesByKey().get(o.place()).wardCode()))
                .sorted(Comparator.comparingInt(o -> rank(s.placesByKey().get(o.place()), ward)))
                .toList();
        List<FinderResult> results = new ArrayList<>();
        List<Day> closedDays = new ArrayList<>();
        boolean today = isToday(date);
        for (Offer o : offers) {
            Place place = s.placesByKey().get(o.place());
            Day day = dayFor(place, o, date);
            if (day.open()) {
                FinderQueue queue = today && place.isOffice()
                        ? liveWaiting.at(place.key().officeId(), entry.procedure().code).orElse(null)
                        : null;
                results.add(new FinderResult(placeView(place), o.level(), o.conditionsJa(), o.conditionsEn(),
                        o.residentsOnly(),
                        o.feeYen() != null ? o.feeYen() : entry.procedure().feeYen,
                        o.feeNote() != null ? o.feeNote() : entry.procedure().feeNote,
                        o.feeNote() != null ? null : entry.procedure().feeNoteEn,
                        dayHours(day), queue));
            } else if (place.isOffice()) {
                closedDays.add(day);
            }
        }
        if (!results.isEmpty()) {
            return new FinderAnswer(view(entry.procedure()), date, ward, results, null, null, null, alternatives);
        }
        LocalDate next = nextOpenDate(s, offers, date);
        String[] why = explanation(date, closedDays, offers.isEmpty(), next);
        return new FinderAnswer(view(entry.procedure()), date, ward, List.of(), why[0], why[1], next, alternatives);
    }

    private boolean isToday(LocalDate date) {
        return date.equals(LocalDate.now(clock.withZone(BusinessTime.ZONE)));
    }

    private LocalDate nextOpenDate(Snapshot s, List<Offer> offers, LocalDate date) {
        LocalDate last = BusinessTime.notPastCalendar(date.plusDays(MAX_DAYS));
        for (LocalDate d = date.plusDays(1); !d.isAfter(last) && !offers.isEmpty(); d = d.plusDays(1)) {
            for (Offer o : offers) {
                if (dayFor(s.placesByKey().get(o.place()), o, d).open()) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String[] explanation(LocalDate date, List<Day> closedDays, boolean offeredNowhere, LocalDate next) {
        if (offeredNowhere) {
            return new String[] { "この手続きを取り扱う窓口・チャネルはありません。",
                "No office or channel offers this procedure." };
        }
        Map<String, Long> reasons = closedDays.stream().filter(d -> d.reasonJa() != null)
                .collect(Collectors.groupingBy(Day::reasonJa, Collectors.counting()));
        Optional<Day> typical = closedDays.stream().filter(d -> d.reasonJa() != null)
                .max(Comparator.comparingLong(d -> reasons.get(d.reasonJa())));
        String reasonJa = typical.map(d -> "（" + d.reasonJa() + "）").orElse("");
        String reasonEn = typical.map(d -> " (" + d.reasonEn() + ")").orElse("");
        String nextJa = next == null ? "" : "次に手続きできるのは " + next + " です。";
        String nextEn = next == null ? "" : " The next date it can be done is " + next + ".";
        return new String[] { date + " は、この手続きができる窓口・チャネルがすべて閉まっています" + reasonJa + "。" + nextJa,
            "On " + date + " every office and channel that handles this procedure is closed" + reasonEn + "."
                    + nextEn };
    }

    /** The place's day, narrowed to the procedure's own hours there if it has any. */
    private static Day dayFor(Place place, Offer offer, LocalDate date) {
        Day day = OpeningCalendar.resolve(date, place.periods(), place.rules());
        if (offer.ownHours().isEmpty() || !day.open()) {
            return day;
        }
        Day own = OpeningCalendar.resolve(date, offer.ownHours(), place.rules());
        List<Span> spans = OpeningCalendar.intersect(day.spans(), own.spans());
        if (spans.isEmpty()) {
            return new Day(date, false, List.of(), own.kind(), "この手続きの受付時間外", "Outside this procedure's hours here");
        }
        return new Day(date, true, spans, day.kind(), day.reasonJa(), day.reasonEn());
    }

    /** The given ward's offices, then other offices, then channels, each in directory order. */
    private static int rank(Place place, String ward) {
        if (!place.isOffice()) {
            return 2;
        }
        return ward != null && ward.equals(place.wardCode()) ? 0 : 1;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static List<Entry> search(Snapshot s, String q, String category) {
        String needle = SearchText.normalize(q);
        Function<Entry, Integer> relevance = e -> {
            String name = SearchText.normalize(e.procedure().nameJa);
            String kana = SearchText.normalize(e.procedure().nameKana);
            if (needle.isEmpty() || name.equals(needle) || kana.equals(needle)) {
                return 0;
            }
            return name.startsWith(needle) || kana.startsWith(needle) ? 1
                    : name.contains(needle) || kana.contains(needle) ? 2 : 3;
        };
        return s.procedures().values().stream()
                .filter(e -> category == null || category.isBlank() || category.equals(e.procedure().categoryCode))
                .filter(e -> needle.isEmpty() || e.procedure().searchText.contains(needle))
                .sorted(Comparator.comparing(relevance).thenComparing(e -> categoryOrder(s, e.procedure().code))
                        .thenComparing(e -> e.procedure().code))
                .toList();
    }

    private static int categoryOrder(Snapshot s, String procedureCode) {
        Entry e = s.procedures().get(procedureCode);
        return e == null || e.category() == null ? Integer.MAX_VALUE : e.category().sortOrder;
    }

    private static Entry entry(Snapshot s, String code) {
        Entry e = s.procedures().get(code);
        if (e == null) {
            throw ProblemException.notFound("手続き", "procedure", code);
        }
        return e;
    }

    private static Place place(Snapshot s, PlaceKey key) {
        Place p = s.placesByKey().get(key);
        if (p == null) {
            throw key.kind() == PlaceKey.Kind.OFFICE ? ProblemException.notFound("施設", "office", key.id())
                    : ProblemException.notFound("チャネル", "channel", key.id());
        }
        return p;
    }

    private static OfferView offer(Place place, Offer o, LocalDate today) {
        List<Period> hours = o.ownHours().isEmpty() ? place.periods() : o.ownHours();
        return new OfferView(placeView(place), o.level(), o.conditionsJa(), o.conditionsEn(), o.residentsOnly(),
                o.feeYen(),
                o.feeNote(), regularWeek(hours, today), !o.ownHours().isEmpty());
    }

    /** The weekly hours of the regular period in force today (the shortest one covering it). */
    static List<WeeklyHours> regularWeek(List<Period> periods, LocalDate today) {
        Optional<Period> regular = periods.stream()
                .filter(p -> p.kind() == PeriodKind.REGULAR)
                .filter(p -> (p.startsOn() == null || !today.isBefore(p.startsOn()))
                        && (p.endsOn() == null || !today.isAfter(p.endsOn())))
                .min(Comparator.comparingLong(Period::lengthInDays)
                        .thenComparing(Comparator.comparingLong(Period::id).reversed()));
        if (regular.isEmpty()) {
            return List.of();
        }
        Map<DayOfWeek, List<TimeSpan>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            regular.get().spans().stream().filter(w -> w.day() == null || w.day() == d)
                    .map(w -> timeSpan(w.span()))
                    .forEach(t -> week.computeIfAbsent(d, k -> new ArrayList<>()).add(t));
        }
        return week.entrySet().stream().map(e -> new WeeklyHours(e.getKey(), e.getValue())).toList();
    }

    static DayHours dayHours(Day d) {
        return new DayHours(d.date(), d.open(), d.spans().stream().map(CounterService::timeSpan).toList(), d.kind(),
                d.reasonJa(), d.reasonEn());
    }

    static TimeSpan timeSpan(Span s) {
        return new TimeSpan(s.opens().toString(),
                s.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : s.closes().toString());
    }

    static PlaceView placeView(Place p) {
        return new PlaceView(p.key().toString(), p.key().kind(), p.key().officeId(), p.key().channelCode(), p.nameJa(),
                p.nameEn(), p.wardCode(), p.officeType(), p.channelKind(), p.address(), p.phone());
    }

    static ProcedureSummary summary(Entry e) {
        Procedure p = e.procedure();
        return new ProcedureSummary(p.code, p.nameJa, p.nameKana, p.nameEn, p.categoryCode,
                e.category() == null ? null : e.category().nameJa, e.category() == null ? null : e.category().nameEn,
                p.feeYen,
                p.status, p.ownerSectionCode);
    }

    static ProcedureView view(Procedure p) {
        return new ProcedureView(p.code, p.categoryCode, p.nameJa, p.nameKana, p.nameEn, p.keywords, p.description,
                p.descriptionEn, p.whatToBring, p.whatToBringEn, p.feeYen, p.feeNote, p.feeNoteEn, p.processingTime,
                p.processingTimeEn, p.ownerSectionCode, p.legalBasis, p.status, p.version);
    }

    private static LocalDateTime closingOf(LocalDate date, Span span) {
        return span.closes().equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay() : date.atTime(span.closes());
    }

    private static OffsetDateTime offset(LocalDateTime t) {
        return t.atZone(BusinessTime.ZONE).toOffsetDateTime();
    }
}
