package jp.wardhub.organization;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.DutyViews.DutyInput;
import jp.wardhub.organization.DutyViews.DutyPage;
import jp.wardhub.organization.DutyViews.DutyView;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.audit.AuditEntry;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.platform.search.SearchIndex;
import jp.wardhub.platform.search.SearchKind;

/** 事務分担: the registry through which HQ and the wards look up each other's work. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class DutyService {

    private static final int HISTORY_LIMIT = 100;

    /** The list's filters; each one not given (null) lets every duty through. */
    public record Filter(String q, DutySide side, DutyReason reason, String section) {
    }

    @Inject
    SearchIndex search;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    OrganizationService organization;

    public DutyPage list(Filter filter, PageRequest page) {
        DutyReason reason = filter.reason();
        ListQuery.Page<Duty> found = ListQuery.from("Duty d")
                .search(SearchKind.DUTY, "d", filter.q())
                .equal("d.side", filter.side())
                .andIf(reason != null, "d.reasons like :reason", "reason", "%" + reason + "%") // one of the listed reasons
                .equal("d.contactSectionCode", filter.section())
                .page(Duty.class, "d.id", page);
        return new DutyPage(found.map(this::view).rows(), page.page(), page.size(), found.total());
    }

    public DutyView get(long id) {
        return view(find(id));
    }

    /** The duty's changes, newest first, from the audit trail. */
    public List<AuditEntry> history(long id) {
        find(id);
        return audit.find("duty", Long.toString(id), new PageRequest(0, HISTORY_LIMIT));
    }

    @Transactional
    public Created<DutyView> create(@NotNull @Valid DutyInput input) {
        requireEditor(input.contactSectionCode());
        Duty duty = new Duty();
        apply(duty, input);
        DutyView created = audit.persist("duty", duty, d -> d.id, this::view);
        search.put(SearchKind.DUTY, duty.id, duty.searchText);
        return new Created<>(Long.toString(created.id()), created, false);
    }

    @Transactional
    public DutyView update(long id, String ifMatch, @NotNull @Valid DutyInput input) {
        Duty duty = find(id);
        requireEditor(duty.contactSectionCode);
        requireEditor(input.contactSectionCode()); // handing a duty to another section needs both
        return audit.change("duty", id, duty, duty.version, ifMatch, this::view, d -> {
            apply(d, input);
            search.put(SearchKind.DUTY, d.id, d.searchText);
        });
    }

    private void requireEditor(String section) {
        if (!OrganizationPolicy.canEditDuty(caller.get(), section)) {
            throw ProblemException
                    .forbidden("事務分担を変更できるのは問合せ先の課の職員と管理者だけです (only the contact section and administrators)");
        }
    }

    private void apply(Duty d, DutyInput in) {
        if (organization.sectionRef(in.contactSectionCode()).isEmpty()) {
            throw ProblemException.invalid("contactSectionCode", "Exists", "存在しない課です (unknown section)");
        }
        d.titleJa = in.titleJa();
        d.titleEn = in.titleEn();
        d.description = in.description();
        d.side = in.side();
        d.reasons(in.reasons());
        d.hqRole = in.hqRole();
        d.wardRole = in.wardRole();
        d.contactSectionCode = in.contactSectionCode();
        d.refreshSearchText();
    }

    private static Duty find(long id) {
        return Duty.<Duty>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("事務分担", "duty", id));
    }

    private DutyView view(Duty d) {
        String sectionJa = organization.sectionRef(d.contactSectionCode).map(OrganizationViews.SectionView::nameJa)
                .orElse(null);
        return new DutyView(d.id, d.titleJa, d.titleEn, d.description, d.side, d.reasons(), d.hqRole, d.wardRole,
                d.contactSectionCode, sectionJa, d.version);
    }
}
