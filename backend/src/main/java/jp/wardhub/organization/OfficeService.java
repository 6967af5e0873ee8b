package jp.wardhub.organization;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.OrganizationInputs.OfficeInput;
import jp.wardhub.organization.OrganizationViews.OfficePage;
import jp.wardhub.organization.OrganizationViews.OfficeView;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;

/** 施設: the office directory. Everyone reads it; administrators add and change offices. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class OfficeService {

    /** The directory's filters; each one not given (null) lets every office through. */
    public record Filter(String ward, OfficeType type, String q) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    OrganizationService organization;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    Event<OfficeChanged> changed;

    public OfficePage list(Filter filter, PageRequest page) {
        ListQuery.Page<Office> found = ListQuery.from("Office o")
                .equal("o.wardCode", filter.ward())
                .equal("o.type", filter.type())
                .search("o.searchText", filter.q())
                .page(Office.class, "o.wardCode, o.id", page);
        return new OfficePage(found.map(OfficeService::view).rows(), page.page(), page.size(), found.total());
    }

    /** Every office, in directory order (ward, then registration). */
    public List<OfficeView> all() {
        return Office.<Office>listAll(Sort.by("wardCode").and("id")).stream().map(OfficeService::view).toList();
    }

    public OfficeView get(long id) {
        return view(find(id));
    }

    @Transactional
    public Created<OfficeView> create(@NotNull @Valid OfficeInput input, String idempotencyKey) {
        OrganizationPolicy.requireManager(caller.get());
        return idempotency.once(idempotencyKey, "create office", input, OfficeView.class, () -> {
            Office office = new Office();
            apply(office, input);
            OfficeView created = audit.persist("office", office, o -> o.id, OfficeService::view);
            changed.fire(new OfficeChanged(created.id()));
            return new Created<>(Long.toString(created.id()), created, false);
        });
    }

    @Transactional
    public OfficeView update(long id, String ifMatch, @NotNull @Valid OfficeInput input) {
        OrganizationPolicy.requireManager(caller.get());
        Office office = find(id);
        OfficeView updated = audit.change("office", id, office, office.version, ifMatch, OfficeService::view,
                o -> apply(o, input));
        changed.fire(new OfficeChanged(id));
        return updated;
    }

    private void apply(Office office, OfficeInput in) {
        if (!organization.wardExists(in.wardCode())) {
            throw ProblemException.invalid("wardCode", "Exists", "存在しない区コードです: " + in.wardCode() + " (unknown ward)");
        }
        office.type = in.type();
        office.wardCode = in.wardCode();
        office.nameJa = in.nameJa();
        office.nameKana = in.nameKana();
        office.nameEn = in.nameEn();
        office.nameCommon = in.nameCommon();
        office.poiCode = in.poiCode() != null ? in.poiCode() : in.type().defaultPoiCode();
        office.postalCode = in.postalCode();
        office.address = in.address();
        office.building = in.building();
        office.latitude = in.latitude();
        office.longitude = in.longitude();
        office.phone = in.phone();
        office.extension = in.extension();
        office.email = in.email();
        office.url = in.url();
        office.accessibility = in.accessibility();
        office.notes = in.notes();
        office.closedOnHolidays = in.closedOnHolidays() == null || in.closedOnHolidays();
        office.closedYearEnd = in.closedYearEnd() == null || in.closedYearEnd();
        office.refreshSearchText();
    }

    private static Office find(long id) {
        return Office.<Office>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("施設", "office", id));
    }

    static OfficeView view(Office o) {
        return new OfficeView(o.id, o.type, o.wardCode, o.nameJa, o.nameKana, o.nameEn, o.nameCommon, o.poiCode,
                o.postalCode, o.address, o.building, o.latitude, o.longitude, o.phone, o.extension, o.email, o.url,
                o.accessibility, o.notes, o.closedOnHolidays, o.closedYearEnd, o.version);
    }
}
