package jp.wardhub.counter;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jp.wardhub.counter.hours.ClosureRules;
import jp.wardhub.counter.hours.Period;
import jp.wardhub.counter.hours.Span;
import jp.wardhub.counter.hours.WeeklySpan;
import jp.wardhub.organization.OfficeChanged;
import jp.wardhub.organization.OfficeService;
import jp.wardhub.organization.OfficeType;
import jp.wardhub.organization.OrganizationViews.OfficeView;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.DataChanges;

/**
 * The counter catalogue in memory: procedures, places, what each place offers and every opening period. Residents'
 * reads (finder, matrix, availability) are served from one immutable snapshot (cache {@code catalogue.snapshot});
 * every write to the catalogue, and every office change, drops it on every instance once it commits
 * ({@link DataChanges}), and the next read loads a new one.
 */
@ApplicationScoped
public class CatalogueCache {

    /** A place where procedures are done: an office or a channel, with its hours. */
    public record Place(PlaceKey key, String nameJa, String nameKana, String nameEn, String wardCode,
            OfficeType officeType, ChannelKind channelKind, String address, String phone, ClosureRules rules,
            List<Period> periods) {

        public boolean isOffice() {
            return key.kind() == PlaceKey.Kind.OFFICE;
        }
    }

    /** What one place offers for one procedure; {@code ownHours} narrows the place's hours when not empty. */
    public record Offer(String procedureCode, PlaceKey place, AvailabilityLevel level, String conditionsJa,
            String conditionsEn, boolean residentsOnly, Integer feeYen, String feeNote, List<Period> ownHours) {
    }

    public record Entry(Procedure procedure, ProcedureCategory category) {
    }

    /** One consistent view of the catalogue. Entities in it are detached copies: read them, never change them. */
    public record Snapshot(Map<String, Entry> procedures, List<ProcedureCategory> categories, List<Place> places,
            Map<PlaceKey, Place> placesByKey, Map<String, List<Offer>> offersByProcedure,
            Map<PlaceKey, List<Offer>> offersByPlace, Map<String, byte[]> answers) {

        /** Most answers repeat until the next write: past this many distinct ones the memo starts over. */
        private static final int MAX_ANSWERS = 5_000;

        /**
         * The JSON of an answer computed from this snapshot, remembered until the snapshot is dropped, so that the
         * busiest reads (finder, matrix) cost a lookup and a copy.
         */
        public byte[] answer(String key, Supplier<Object> compute, ObjectMapper json) {
            byte[] cached = answers.get(key);
            if (cached != null) {
                return cached;
            }
            if (answers.size() >= MAX_ANSWERS) {
                answers.clear();
            }
            try {
                byte[] computed = json.writeValueAsBytes(compute.get());
                answers.put(key, computed);
                return computed;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    OfficeService offices;

    /** The one snapshot, under this key. */
    private static final String CURRENT = "current";

    @Inject
    DataChanges dataChanges;

    @CacheName("catalogue.snapshot")
    Cache snapshots;

    /**
     * The current snapshot. One load at a time: readers arriving meanwhile wait for it rather than all reading the
     * database; a load that a write overtook is not kept.
     */
    public Snapshot snapshot() {
        return Caches.get(snapshots, CURRENT, key -> QuarkusTransaction.joiningExisting().call(this::load));
    }

    /** An office's name, address or hours are in the snapshot, and its name in the counter statistics' layout. */
    void onOfficeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfficeChanged event) {
        dataChanges.changed("catalogue", "counter-floors");
    }

    void onCatalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged event) {
        dataChanges.changed("catalogue");
    }

    private Snapshot load() {
        Map<String, List<Period>> periods = OpeningPeriod
                .<OpeningPeriod>find("select distinct p from OpeningPeriod p left join fetch p.spans")
                .list().stream()
                .collect(Collectors.groupingBy(p -> p.ownerKey,
                        Collectors.mapping(CatalogueCache::period, Collectors.toList())));

        List<ProcedureCategory> categories = ProcedureCategory.listAll(Sort.by("sortOrder"));
        Map<String, ProcedureCategory> categoryByCode = categories.stream()
                .collect(Collectors.toMap(c -> c.code, c -> c));
        Map<String, Entry> procedures = new LinkedHashMap<>();
        for (Procedure p : Procedure.<Procedure>listAll(Sort.by("code"))) {
            procedures.put(p.code, new Entry(p, categoryByCode.get(p.categoryCode)));
        }

        List<Place> places = new ArrayList<>();
        for (OfficeView o : offices.all()) {
            PlaceKey key = PlaceKey.office(o.id());
            places.add(new Place(key, o.nameJa(), o.nameKana(), o.nameEn(), o.wardCode(), o.type(), null, o.address(),
                    o.phone(), new ClosureRules(o.closedOnHolidays(), o.closedYearEnd()),
                    periods.getOrDefault(key.toString(), List.of())));
        }
        for (Channel c : Channel.<Channel>listAll(Sort.by("sortOrder"))) {
            PlaceKey key = PlaceKey.channel(c.code);
            places.add(new Place(key, c.nameJa, c.nameKana, c.nameEn, null, null, c.kind, null, null,
                    new ClosureRules(c.closedOnHolidays, c.closedYearEnd),
                    periods.getOrDefault(key.toString(), List.of())));
        }
        Map<PlaceKey, Place> placesByKey = places.stream()
                .collect(Collectors.toMap(Place::key, p -> p, (a, b) -> a, LinkedHashMap::new));

        Map<String, List<Offer>> byProcedure = new LinkedHashMap<>();
        Map<PlaceKey, List<Offer>> byPlace = new LinkedHashMap<>();
        Map<PlaceKey, Integer> position = new HashMap<>();
        places.forEach(p -> position.put(p.key(), position.size()));
        Comparator<Offer> placeOrder = Comparator
                .comparingInt(o -> position.getOrDefault(o.place(), Integer.MAX_VALUE));
        for (Availability a : Availability.<Availability>listAll()) {
            PlaceKey key = a.officeId != null ? PlaceKey.office(a.officeId) : PlaceKey.channel(a.channelCode);
            Offer offer = new Offer(a.procedureCode, key, a.level, a.conditionsJa, a.conditionsEn, a.residentsOnly,
                    a.feeYen, a.feeNote, periods.getOrDefault("availability:" + a.id, List.of()));
            byProcedure.computeIfAbsent(a.procedureCode, k -> new ArrayList<>()).add(offer);
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(offer);
        }
        byProcedure.values().forEach(list -> list.sort(placeOrder));
        return new Snapshot(procedures, categories, places, placesByKey, byProcedure, byPlace,
                new ConcurrentHashMap<>());
    }

    static Period period(OpeningPeriod p) {
        List<WeeklySpan> spans = p.spans.stream()
                .map(s -> new WeeklySpan(s.dayOfWeek == null ? null : DayOfWeek.of(s.dayOfWeek),
                        new Span(s.opensAt, s.closesAt)))
                .toList();
        return new Period(p.id, p.kind, p.startsOn, p.endsOn, p.reasonJa, p.reasonEn, spans);
    }
}
