package jp.wardhub.counter;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.counter.CounterInputs.AvailabilityInput;
import jp.wardhub.counter.CounterInputs.OfferInput;
import jp.wardhub.counter.CounterInputs.OpeningPeriodInput;
import jp.wardhub.counter.CounterInputs.ProcedureInput;
import jp.wardhub.counter.CounterInputs.SpanInput;
import jp.wardhub.counter.CounterViews.OpeningPeriodView;
import jp.wardhub.counter.CounterViews.ProcedureView;
import jp.wardhub.counter.CounterViews.SpanView;
import jp.wardhub.counter.hours.Period;
import jp.wardhub.counter.hours.PeriodKind;
import jp.wardhub.counter.hours.Span;
import jp.wardhub.counter.hours.WeeklySpan;
import jp.wardhub.organization.OfficeService;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.retry.RetryOnConflict;

/** Changes to the counter catalogue: procedures, where they are offered, and opening hours. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class CatalogueAdminService {

    public static final ProblemType CODE_TAKEN = ProblemType.of("procedure-code-taken", 409,
            "この手続きコードは既に使われています", "Procedure code already in use");

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    OrganizationService organization;

    @Inject
    OfficeService offices;

    @Inject
    Event<CatalogueChanged> changed;

    // ---- procedures ----------------------------------------------------------------------------------------------

    @Transactional
    public Created<ProcedureView> createProcedure(@NotNull @Valid ProcedureInput input) {
        requireProcedureEditor(input.ownerSectionCode());
        if (Procedure.findByIdOptional(input.code()).isPresent()) {
            throw new ProblemException(CODE_TAKEN, "手続きコード " + input.code() + " は使用済みです (procedure code in use)");
        }
        Procedure procedure = new Procedure();
        procedure.code = input.code();
        apply(procedure, input);
        ProcedureView created = audit.persist("procedure", procedure, p -> p.code, CounterService::view);
        changed.fire(new CatalogueChanged("procedure"));
        return new Created<>(created.code(), created, false);
    }

    @Transactional
    public ProcedureView updateProcedure(String code, String ifMatch, @NotNull @Valid ProcedureInput input) {
        Procedure procedure = findProcedure(code);
        requireProcedureEditor(procedure.ownerSectionCode);
        requireProcedureEditor(input.ownerSectionCode()); // handing a procedure to another section needs both
        if (!code.equals(input.code())) {
            throw ProblemException.invalid("code", "Immutable", "手続きコードは変更できません (the code cannot change)");
        }
        ProcedureView updated = audit.change("procedure", code, procedure, procedure.version, ifMatch,
                CounterService::view,
                p -> apply(p, input));
        changed.fire(new CatalogueChanged("procedure"));
        return updated;
    }

    /**
     * Replaces the set of places offering a procedure. Rows for places still listed are updated in place (keeping any
     * narrower hours of their own); rows for places no longer listed are removed with their hours. The procedure's
     * ETag guards the whole set.
     */
    @Transactional
    public ProcedureView replaceAvailability(String code, String ifMatch, @NotNull @Valid AvailabilityInput input) {
        Procedure procedure = findProcedure(code);
        requireProcedureEditor(procedure.ownerSectionCode);
        ETags.require(ifMatch, procedure.version);
        Map<String, Availability> existing = new HashMap<>();
        Availability.<Availability>list("procedureCode", code).forEach(a -> existing.put(a.placeKey, a));
        List<String> before = existing.values().stream().map(a -> a.placeKey + "=" + a.level).sorted().toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.offers().size(); i++) {
            OfferInput in = input.offers().get(i);
            PlaceKey key = PlaceKey.parse("offers[" + i + "].placeKey", in.placeKey());
            requirePlace("offers[" + i + "].placeKey", key);
            if (!seen.add(key.toString())) {
                throw ProblemException.invalid("offers[" + i + "].placeKey", "Unique",
                        "同じ場所が 2 回あります (place listed twice)");
            }
            if (in.level() == AvailabilityLevel.NONE) {
                continue; // NONE is the absence of a row
            }
            Availability a = existing.remove(key.toString());
            if (a == null) {
                a = new Availability();
                a.procedureCode = code;
                a.placeKey = key.toString();
                a.officeId = key.officeId();
                a.channelCode = key.channelCode();
            }
            a.level = in.level();
            a.conditionsJa = in.conditionsJa();
            a.conditionsEn = in.conditionsEn();
            a.residentsOnly = in.residentsOnly();
            a.feeYen = in.feeYen();
            a.feeNote = in.feeNote();
            a.persist();
        }
        for (Availability gone : existing.values()) {
            OpeningPeriod.delete("ownerKey", "availability:" + gone.id);
            gone.delete();
        }
        Procedure.getEntityManager().lock(procedure, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Procedure.flush();
        List<String> after = Availability.<Availability>list("procedureCode", Sort.by("placeKey"), code).stream()
                .map(a -> a.placeKey + "=" + a.level).toList();
        audit.record("update-availability", "procedure", code, Map.of("offers", before), Map.of("offers", after));
        changed.fire(new CatalogueChanged("availability"));
        return CounterService.view(procedure);
    }

    // ---- opening hours -------------------------------------------------------------------------------------------

    public List<OpeningPeriodView> periods(PlaceKey place) {
        requirePlace("place", place);
        return periodsOf(place.toString());
    }

    /** A procedure's own, narrower hours at one place (受付時間が施設と異なる場合). */
    public List<OpeningPeriodView> procedurePeriods(String code, String placeKey) {
        return periodsOf(ownerKey(offer(code, placeKey)));
    }

    @Transactional
    public Created<OpeningPeriodView> addProcedurePeriod(String code, String placeKey,
            @NotNull @Valid OpeningPeriodInput input) {
        Availability offer = offer(code, placeKey);
        requireProcedureEditor(findProcedure(code).ownerSectionCode);
        return persistPeriod(ownerKey(offer), input);
    }

    private static List<OpeningPeriodView> periodsOf(String ownerKey) {
        return OpeningPeriod.<OpeningPeriod>list("ownerKey", Sort.by("kind").and("startsOn").and("id"), ownerKey)
                .stream()
                .map(CatalogueAdminService::view).toList();
    }

    private static Availability offer(String code, String placeKey) {
        findProcedure(code);
        PlaceKey key = PlaceKey.parse("placeKey", placeKey);
        return Availability.<Availability>find("procedureCode = ?1 and placeKey = ?2", code, key.toString())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("取扱い", "offer", code + " @ " + key));
    }

    private static String ownerKey(Availability offer) {
        return "availability:" + offer.id;
    }

    @Transactional
    public Created<OpeningPeriodView> addPeriod(PlaceKey place, @NotNull @Valid OpeningPeriodInput input) {
        requireHoursEditor(place);
        return persistPeriod(place.toString(), input);
    }

    private Created<OpeningPeriodView> persistPeriod(String ownerKey, OpeningPeriodInput input) {
        OpeningPeriod period = new OpeningPeriod();
        period.ownerKey = ownerKey;
        apply(period, input);
        OpeningPeriodView created = audit.persist("opening-period", period, p -> p.id, CatalogueAdminService::view);
        changed.fire(new CatalogueChanged("hours"));
        return new Created<>(Long.toString(created.id()), created, false);
    }

    @Transactional
    public OpeningPeriodView updatePeriod(long id, String ifMatch, @NotNull @Valid OpeningPeriodInput input) {
        OpeningPeriod period = findPeriod(id);
        requireOwnerEditor(period);
        OpeningPeriodView updated = audit.change("opening-period", id, period, period.version, ifMatch,
                CatalogueAdminService::view, p -> apply(p, input));
        changed.fire(new CatalogueChanged("hours"));
        return updated;
    }

    @Transactional
    public void deletePeriod(long id, String ifMatch) {
        OpeningPeriod period = findPeriod(id);
        requireOwnerEditor(period);
        ETags.require(ifMatch, period.version);
        audit.record("delete", "opening-period", id, view(period), null);
        period.delete();
        changed.fire(new CatalogueChanged("hours"));
    }

    /** Validates a period beyond its field rules: overrides are dated, the end is not before the start, spans fit. */
    static void validate(OpeningPeriodInput in) {
        if (in.kind() != PeriodKind.REGULAR && (in.startsOn() == null || in.endsOn() == null)) {
            throw ProblemException.invalid(in.startsOn() == null ? "startsOn" : "endsOn", "Required",
                    "例外の期間には開始日と終了日が必要です (an override needs both dates)");
        }
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            throw ProblemException.invalid("endsOn", "NotBeforeStart",
                    "終了日が開始日より前です (the period ends before it starts)");
        }
        if (in.kind() == PeriodKind.CLOSED && !in.spans().isEmpty()) {
            throw ProblemException.invalid("spans", "Empty", "休業の期間に時間帯は指定できません (a closure has no spans)");
        }
        if (in.kind() != PeriodKind.CLOSED && in.spans().isEmpty()) {
            throw ProblemException.invalid("spans", "NotEmpty", "時間帯を 1 つ以上指定してください (give at least one span)");
        }
        for (int i = 0; i < in.spans().size(); i++) {
            SpanInput s = in.spans().get(i);
            if (!s.closes().equals("24:00") && LocalTime.parse(s.closes()).compareTo(LocalTime.parse(s.opens())) <= 0) {
                throw ProblemException.invalid("spans[" + i + "].closes", "AfterOpens",
                        "終了時刻は開始時刻より後にしてください (closes after opens)");
            }
        }
    }

    private void apply(OpeningPeriod period, OpeningPeriodInput in) {
        validate(in);
        period.kind = in.kind();
        period.startsOn = in.startsOn();
        period.endsOn = in.endsOn();
        period.reasonJa = in.reasonJa();
        period.reasonEn = in.reasonEn();
        period.spans.clear();
        for (SpanInput s : in.spans()) {
            OpeningSpan span = new OpeningSpan();
            span.dayOfWeek = s.dayOfWeek();
            span.opensAt = LocalTime.parse(s.opens());
            span.closesAt = closes(s);
            period.spans.add(span);
        }
    }

    /** The period an input describes, unsaved, for {@link CounterService#preview}. */
    public Period candidate(PlaceKey place, @NotNull @Valid OpeningPeriodInput in) {
        requirePlace("place", place);
        validate(in);
        List<WeeklySpan> spans = in.spans().stream()
                .map(s -> new WeeklySpan(s.dayOfWeek() == null ? null : DayOfWeek.of(s.dayOfWeek()),
                        new Span(LocalTime.parse(s.opens()), closes(s))))
                .toList();
        return new Period(Long.MAX_VALUE, in.kind(), in.startsOn(), in.endsOn(), in.reasonJa(), in.reasonEn(), spans);
    }

    private static LocalTime closes(SpanInput s) {
        return s.closes().equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(s.closes());
    }

    private void apply(Procedure p, ProcedureInput in) {
        if (ProcedureCategory.findByIdOptional(in.categoryCode()).isEmpty()) {
            throw ProblemException.invalid("categoryCode", "Exists", "存在しない分類です (unknown category)");
        }
        if (organization.sectionRef(in.ownerSectionCode()).isEmpty()) {
            throw ProblemException.invalid("ownerSectionCode", "Exists", "存在しない課です (unknown section)");
        }
        p.categoryCode = in.categoryCode();
        p.nameJa = in.nameJa();
        p.nameKana = in.nameKana();
        p.nameEn = in.nameEn();
        p.keywords = in.keywords();
        p.description = in.description();
        p.descriptionEn = in.descriptionEn();
        p.whatToBring = in.whatToBring();
        p.whatToBringEn = in.whatToBringEn();
        p.feeYen = in.feeYen();
        p.feeNote = in.feeNote();
        p.feeNoteEn = in.feeNoteEn();
        p.processingTime = in.processingTime();
        p.processingTimeEn = in.processingTimeEn();
        p.ownerSectionCode = in.ownerSectionCode();
        p.legalBasis = in.legalBasis();
        p.status = in.status();
        p.refreshSearchText();
    }

    private void requireProcedureEditor(String ownerSection) {
        if (!CounterPolicy.canEditProcedure(caller.get(), ownerSection)) {
            throw ProblemException.forbidden("手続きを変更できるのは所管課の職員と管理者だけです (only the owning section and administrators)");
        }
    }

    private void requireHoursEditor(PlaceKey place) {
        String ward = place.kind() == PlaceKey.Kind.OFFICE ? offices.get(place.officeId()).wardCode() : null;
        if (!CounterPolicy.canEditHours(caller.get(), place, ward)) {
            throw ProblemException.forbidden("開庁時間を変更できるのはその区の職員と管理者だけです (only the ward's staff and administrators)");
        }
    }

    private void requirePlace(String field, PlaceKey key) {
        boolean exists = key.kind() == PlaceKey.Kind.OFFICE ? officeExists(key.officeId())
                : Channel.findByIdOptional(key.channelCode()).isPresent();
        if (!exists) {
            throw ProblemException.invalid(field, "Exists", "存在しない場所です: " + key + " (unknown place)");
        }
    }

    private boolean officeExists(long id) {
        try {
            offices.get(id);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    /** A place's hours belong to the place's editors; a procedure's own hours to the procedure's owning section. */
    private void requireOwnerEditor(OpeningPeriod period) {
        if (period.ownerKey.startsWith("availability:")) {
            Availability offer = Availability
                    .findById(Long.valueOf(period.ownerKey.substring("availability:".length())));
            requireProcedureEditor(findProcedure(offer.procedureCode).ownerSectionCode);
        } else {
            requireHoursEditor(PlaceKey.parse("ownerKey", period.ownerKey));
        }
    }

    private static Procedure findProcedure(String code) {
        return Procedure.<Procedure>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("手続き", "procedure", code));
    }

    private static OpeningPeriod findPeriod(long id) {
        return OpeningPeriod.<OpeningPeriod>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("開庁期間", "opening period", id));
    }

    static OpeningPeriodView view(OpeningPeriod p) {
        return new OpeningPeriodView(p.id, p.ownerKey, p.kind, p.startsOn, p.endsOn, p.reasonJa, p.reasonEn,
                p.spans.stream()
                        .map(s -> new SpanView(s.dayOfWeek, CounterService.timeSpan(new Span(s.opensAt, s.closesAt))))
                        .toList(),
                p.version);
    }
}
