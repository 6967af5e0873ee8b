package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.community.CommunityInputs.ContactInput;
import jp.wardhub.community.CommunityInputs.GroupInput;
import jp.wardhub.community.CommunityInputs.OfficerInput;
import jp.wardhub.community.CommunityViews.ContactView;
import jp.wardhub.community.CommunityViews.GroupPage;
import jp.wardhub.community.CommunityViews.GroupSummary;
import jp.wardhub.community.CommunityViews.GroupView;
import jp.wardhub.community.CommunityViews.OfficerView;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.SearchText;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.platform.search.SearchIndex;
import jp.wardhub.platform.search.SearchKind;

/**
 * 地域活動団体: the ward's record of its community groups (officers and terms, activity areas), and the
 * representative's contact, read only by the group's ward staff and audited at every read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class CommunityGroupService {

    static final String ENTITY = "community-group";

    /** What the audit trail keeps of a group: the record without its contact. */
    record AuditState(String name, String nameKana, GroupType type, String wardCode, String schoolDistrict,
            List<String> activityAreas, List<OfficerView> officers) {
    }

    @Inject
    SearchIndex search;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    OrganizationService organization;

    @Transactional
    public Created<GroupView> create(@NotNull @Valid GroupInput input, String idempotencyKey) {
        Caller c = caller.get();
        String ward = input.wardCode() == null && CommunityPolicy.isWardStaff(c) ? c.wardCode() : input.wardCode();
        if (!CommunityGroupPolicy.canManage(c, ward)) {
            throw ProblemException
                    .forbidden("団体を登録できるのはその区の区職員・地域担当職員と管理者です (the ward's own staff and administrators)");
        }
        requireWard(ward);
        checkOfficers(input.officers());
        return idempotency.once(idempotencyKey, "community-group-create", input, GroupView.class, () -> {
            Instant now = Instant.now();
            CommunityGroup g = new CommunityGroup();
            g.wardCode = ward;
            g.createdBy = c.username();
            g.createdAt = now;
            apply(g, input, now);
            g.persistAndFlush();
            search.put(SearchKind.GROUP, g.id, g.searchText);
            replaceOfficers(g, input.officers());
            audit.record("create", ENTITY, g.id, null, auditState(g));
            saveContact(g, input.contact());
            return new Created<>(Long.toString(g.id), view(g, c), false);
        });
    }

    /** Which groups the list holds; a filter not given (null) means any. */
    public record Filter(String ward, GroupType type, String schoolDistrict, String q) {
    }

    public GroupPage list(Filter filter, PageRequest page) {
        Caller c = caller.get();
        if (!CommunityPolicy.canReadCommunity(c)) {
            throw ProblemException.forbidden("地域活動団体を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        ListQuery.Page<GroupSummary> found = ListQuery.from("CommunityGroup g")
                .and(CommunityGroupPolicy.readScope(c))
                .equal("g.wardCode", filter.ward())
                .equal("g.type", filter.type())
                .equal("g.schoolDistrict", filter.schoolDistrict())
                .search(SearchKind.GROUP, "g", filter.q())
                .page(CommunityGroup.class, "g.wardCode, g.nameKana, g.id", page)
                .map(g -> new GroupSummary(g.id, g.type, g.name, g.nameKana, g.wardCode, g.schoolDistrict,
                        List.copyOf(g.activityAreas)));
        return new GroupPage(found.rows(), page.page(), page.size(), found.total());
    }

    public GroupView get(long id) {
        Caller c = caller.get();
        CommunityGroup g = find(id);
        requireSee(c, g);
        return view(g, c);
    }

    /**
     * Replaces the group's record. The contact is replaced only when the body carries one; the ward may change only
     * between wards the caller keeps (that is, by an administrator).
     */
    @Transactional
    public GroupView update(long id, String ifMatch, @NotNull @Valid GroupInput input) {
        Caller c = caller.get();
        CommunityGroup g = find(id);
        requireSee(c, g);
        String ward = input.wardCode() == null ? g.wardCode : input.wardCode();
        if (!CommunityGroupPolicy.canManage(c, g.wardCode) || !CommunityGroupPolicy.canManage(c, ward)) {
            throw ProblemException
                    .forbidden("団体を更新できるのはその区の区職員・地域担当職員と管理者です (the ward's own staff and administrators)");
        }
        requireWard(ward);
        checkOfficers(input.officers());
        audit.change(ENTITY, id, g, g.version, ifMatch, CommunityGroupService::auditState, x -> {
            x.wardCode = ward;
            apply(x, input, Instant.now());
            search.put(SearchKind.GROUP, x.id, x.searchText);
            replaceOfficers(x, input.officers());
        });
        saveContact(g, input.contact());
        return view(g, c);
    }

    /** The representative's contact: only for the group's ward staff and administrators, and every read is audited. */
    @Transactional
    public ContactView contact(long id) {
        Caller c = caller.get();
        CommunityGroup g = find(id);
        if (!CommunityGroupPolicy.canReadContact(c, g.wardCode)) {
            throw ProblemException
                    .forbidden("連絡先を見られるのはこの団体の区の職員と管理者だけです (only the group's ward staff and administrators)");
        }
        GroupContact contact = GroupContact.findById(id);
        if (contact == null) {
            throw ProblemException.notFound("この団体の連絡先", "contact of this group", id);
        }
        audit.record("read-contact", ENTITY, id, null, null); // the fact of the read, never the data
        return new ContactView(g.id, g.name, contact.representativeName, contact.address, contact.phone, contact.email);
    }

    // ---- for applications ----

    static CommunityGroup find(long id) {
        return CommunityGroup.<CommunityGroup>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("地域活動団体", "community group", id));
    }

    // ---- helpers ----

    private static void requireSee(Caller c, CommunityGroup g) {
        if (!CommunityGroupPolicy.canRead(c, g.wardCode)) {
            throw ProblemException.forbidden("この団体を見る権限がありません (not a group of your ward)");
        }
    }

    private void requireWard(String ward) {
        if (!organization.wardExists(ward)) {
            throw ProblemException.invalid("wardCode", "Exists", "存在する区コードを指定してください (give an existing ward)");
        }
    }

    private static void checkOfficers(List<OfficerInput> officers) {
        if (officers == null) {
            return;
        }
        for (int i = 0; i < officers.size(); i++) {
            OfficerInput o = officers.get(i);
            if (o.termTo() != null && o.termTo().isBefore(o.termFrom())) {
                throw ProblemException.invalid("officers[" + i + "].termTo", "NotBeforeTermFrom",
                        "任期の終わりは始まり以後にしてください (must not be before termFrom)");
            }
        }
    }

    private static void apply(CommunityGroup g, GroupInput input, Instant now) {
        g.type = input.type();
        g.name = input.name().trim();
        g.nameKana = input.nameKana().trim();
        g.schoolDistrict = blankToNull(input.schoolDistrict());
        g.activityAreas.clear();
        if (input.activityAreas() != null) {
            input.activityAreas().stream().map(String::trim).distinct().forEach(g.activityAreas::add);
        }
        g.searchText = SearchText.of(g.name, g.nameKana);
        g.updatedAt = now;
    }

    private static void replaceOfficers(CommunityGroup g, List<OfficerInput> officers) {
        GroupOfficer.delete("groupId", g.id);
        if (officers == null) {
            return;
        }
        for (int i = 0; i < officers.size(); i++) {
            OfficerInput in = officers.get(i);
            GroupOfficer o = new GroupOfficer();
            o.groupId = g.id;
            o.sortOrder = i;
            o.role = in.role();
            o.name = in.name().trim();
            o.termFrom = in.termFrom();
            o.termTo = in.termTo();
            o.persist();
        }
    }

    /** Stores the contact given (none given: unchanged); the audit trail records that it changed, never what it is. */
    private void saveContact(CommunityGroup g, ContactInput input) {
        if (input == null) {
            return;
        }
        GroupContact contact = GroupContact.findById(g.id);
        boolean empty = blankToNull(input.representativeName()) == null && blankToNull(input.address()) == null
                && blankToNull(input.phone()) == null && blankToNull(input.email()) == null;
        if (empty) {
            if (contact != null) {
                contact.delete();
                audit.record("delete-contact", ENTITY, g.id, null, null);
            }
            return;
        }
        boolean created = contact == null;
        if (created) {
            contact = new GroupContact();
            contact.groupId = g.id;
        }
        contact.representativeName = blankToNull(input.representativeName());
        contact.address = blankToNull(input.address());
        contact.phone = blankToNull(input.phone());
        contact.email = blankToNull(input.email());
        if (created) {
            contact.persist();
        }
        audit.record(created ? "create-contact" : "update-contact", ENTITY, g.id, null, null);
    }

    private static List<OfficerView> officers(CommunityGroup g) {
        LocalDate today = BusinessTime.today();
        return GroupOfficer.<GroupOfficer>list("groupId", Sort.by("sortOrder"), g.id).stream()
                .map(o -> new OfficerView(o.role, o.name, o.termFrom, o.termTo,
                        !today.isBefore(o.termFrom) && (o.termTo == null || !today.isAfter(o.termTo))))
                .toList();
    }

    static AuditState auditState(CommunityGroup g) {
        return new AuditState(g.name, g.nameKana, g.type, g.wardCode, g.schoolDistrict, List.copyOf(g.activityAreas),
                officers(g));
    }

    private static GroupView view(CommunityGroup g, Caller c) {
        return new GroupView(g.id, g.type, g.name, g.nameKana, g.wardCode, g.schoolDistrict,
                List.copyOf(g.activityAreas),
                officers(g), GroupContact.count("groupId", g.id) > 0, CommunityGroupPolicy.canManage(c, g.wardCode),
                g.createdBy, g.createdAt, g.updatedAt, g.version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
