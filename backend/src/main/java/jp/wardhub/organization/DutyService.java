package jp.wardhub.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.DutyViews.DutyInput;
import jp.wardhub.organization.DutyViews.DutyPage;
import jp.wardhub.organization.DutyViews.DutyView;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.SearchText;
import jp.wardhub.platform.audit.AuditEntry;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.retry.RetryOnConflict;

/** 事務分担: the registry through which HQ and the wards look up each other's work. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class DutyService {

    private static final int HISTORY_LIMIT = 100;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    OrganizationService organization;


    public DutyPage list(String q, DutySide side, DutyReason reason, String section, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q != null && !SearchText.normalize(q).isEmpty()) {
            where.add("searchText like :q escape '!'");
            params.put("q", SearchText.likePattern(q));
        }
        if (side != null) {
            where.add("side = :side");
            params.put("side", side);
        }
        if (reason != null) {
            where.add("reasons like :reason");
            params.put("reason", "%" + reason.name() + "%");
        }
        if (section != null && !section.isBlank()) {
            where.add("contactSectionCode = :section");
            params.put("section", section);
        }
        var query = Duty.<Duty>find(String.join(" and ", where), Sort.by("id"), params).page(Page.of(page.page(), page.size()));
        return new DutyPage(query.list().stream().map(this::view).toList(), page.page(), page.size(), query.count());
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
        return new Created<>(Long.toString(created.id()), created, false);
    }

    @Transactional
    public DutyView update(long id, String ifMatch, @NotNull @Valid DutyInput input) {
        Duty duty = find(id);
        requireEditor(duty.contactSectionCode);
        requireEditor(input.contactSectionCode()); // handing a duty to another section needs both
        return audit.change("duty", id, duty, duty.version, ifMatch, this::view, d -> apply(d, input));
    }

    private void requireEditor(String section) {
        if (!OrganizationPolicy.canEditDuty(caller.get(), section)) {
            throw ProblemException.forbidden("事務分担を変更できるのは問合せ先の課の職員と管理者だけです (only the contact section and administrators)");
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
        String sectionJa = organization.sectionRef(d.contactSectionCode).map(OrganizationViews.SectionView::nameJa).orElse(null);
        return new DutyView(d.id, d.titleJa, d.titleEn, d.description, d.side, d.reasons(), d.hqRole, d.wardRole,
                d.contactSectionCode, sectionJa, d.version);
    }
}
