package jp.wardhub.community;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.auth.Role;
import jp.wardhub.community.AreaInputs.AreaInput;
import jp.wardhub.community.AreaInputs.LiaisonsInput;
import jp.wardhub.community.AreaViews.AreaLiaison;
import jp.wardhub.community.AreaViews.AreaPage;
import jp.wardhub.community.AreaViews.AreaRef;
import jp.wardhub.community.AreaViews.AreaSummary;
import jp.wardhub.community.AreaViews.AreaView;
import jp.wardhub.community.AreaViews.AssignmentView;
import jp.wardhub.community.ProjectViews.OfficeRef;
import jp.wardhub.organization.Office;
import jp.wardhub.organization.OfficeType;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.Staff;
import jp.wardhub.organization.StaffService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;

/**
 * 担当地域: a ward's school districts and community-centre areas, and which liaison staff look after each since when.
 * The ward's WARD staff assign and reassign them from a given day; the periods stay as history.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class AreaService {

    static final String ENTITY = "community-area";

    public static final ProblemType NAME_TAKEN = ProblemType.of("area-name-taken", 409, "この名前の担当地域は既にあります",
            "An area of this name already exists");

    /** How far before or after today a reassignment may take effect. */
    static final int REACH_DAYS = 366;

    /** What the audit trail keeps of an area. */
    record AuditState(String wardCode, AreaKind kind, String name, String nameKana, Long officeId, Long centreId) {
    }

    /** What the audit trail keeps of an area's liaison staff: each open or scheduled period. */
    record LiaisonsState(List<String> liaisons) {
    }

    /** Which areas the list holds; a filter not given (null) means any. */
    public record Filter(String ward, AreaKind kind, String liaison) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    OrganizationService organization;

    @Inject
    StaffService staff;

    @Inject
    Clock clock;

    /** Today in Asia/Tokyo, by the injected clock (so tests can set the day). */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
    }

    // ---- reading ----

    public AreaPage list(Filter filter, PageRequest page) {
        Caller c = requireReader();
        LocalDate today = today();
        ListQuery.Page<CommunityArea> found = ListQuery.from("CommunityArea a")
                .and(AreaPolicy.readScope(c))
                .equal("a.wardCode", filter.ward())
                .equal("a.kind", filter.kind())
                .andIf(filter.liaison() != null,
                        "exists (select 1 from AreaAssignment s where s.areaId = a.id and s.username = :liaison"
                                + " and (s.lastDay is null or s.lastDay >= :today))",
                        "liaison", filter.liaison(), "today", today)
                .page(CommunityArea.class, "a.wardCode, a.kind, a.nameKana, a.id", page);
        return new AreaPage(summaries(found.rows(), today), page.page(), page.size(), found.total());
    }

    public AreaView get(long id) {
        Caller c = requireReader();
        return view(visible(id, c), c);
    }

    // ---- writing ----

    @Transactional
    public Created<AreaView> create(@NotNull @Valid AreaInput input, String idempotencyKey) {
        Caller c = caller.get();
        String ward = input.wardCode() == null && c.is(Role.WARD) ? c.wardCode() : input.wardCode();
        if (!AreaPolicy.canManage(c, ward)) {
            throw ProblemException.forbidden("担当地域を登録できるのはその区の区職員と管理者です (the ward's WARD staff and administrators)");
        }
        if (ward == null || !organization.wardExists(ward)) {
            throw ProblemException.invalid("wardCode", "Exists", "存在する区コードを指定してください (give an existing ward)");
        }
        return idempotency.once(idempotencyKey, "community-area-create", input, AreaView.class, () -> {
            CommunityArea a = new CommunityArea();
            a.wardCode = ward;
            a.kind = input.kind();
            a.createdAt = clock.instant();
            a.updatedAt = a.createdAt;
            apply(a, input);
            a.persistAndFlush();
            audit.record("create", ENTITY, a.id, null, auditState(a));
            return new Created<>(Long.toString(a.id), view(a, c), false);
        });
    }

    @Transactional
    public AreaView update(long id, String ifMatch, @NotNull @Valid AreaInput input) {
        Caller c = caller.get();
        CommunityArea a = manage(id, c);
        if (input.wardCode() != null && !input.wardCode().equals(a.wardCode)) {
            throw ProblemException.invalid("wardCode", "Unchanged", "担当地域の区は変更できません (an area stays in its ward)");
        }
        if (input.kind() != a.kind) {
            throw ProblemException.invalid("kind", "Unchanged", "担当地域の種類は変更できません (an area keeps its kind)");
        }
        ETags.require(ifMatch, a.version);
        AuditState before = auditState(a);
        apply(a, input);
        a.updatedAt = clock.instant();
        Panache.getEntityManager().flush();
        audit.record("update", ENTITY, a.id, before, auditState(a));
        return view(a, c);
    }

    /**
     * From the given day (today if none) the area is looked after by exactly these liaison staff. Those already on it
     * stay as they are; those left out end the day before (a period that had not begun by today is withdrawn); those
     * added start that day, or carry on a period of theirs that would otherwise end on or after the day before.
     */
    @Transactional
    public AreaView assign(long id, String ifMatch, @NotNull @Valid LiaisonsInput input) {
        Caller c = caller.get();
        CommunityArea a = manage(id, c);
        ETags.require(ifMatch, a.version);
        LocalDate today = today();
        LocalDate from = input.from() == null ? today : input.from();
        if (from.isBefore(today.minusDays(REACH_DAYS)) || from.isAfter(today.plusDays(REACH_DAYS))) {
            throw ProblemException.invalid("from", "WithinAYear",
                    "今日の前後 1 年以内の日付を指定してください (within a year of today)");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (int i = 0; i < input.liaisons().size(); i++) {
            String username = input.liaisons().get(i).strip();
            if (!wanted.add(username)) {
                throw ProblemException.invalid("liaisons[" + i + "]", "Unique",
                        username + " が重複しています (given twice)");
            }
            Staff s = Staff.find("username", username).firstResult();
            if (s == null || !s.active || s.role != Role.LIAISON || !a.wardCode.equals(s.wardCode)) {
                throw ProblemException.invalid("liaisons[" + i + "]", "LiaisonOfWard",
                        "地域の区の地域担当職員 (有効なアカウント) を指定してください (an active liaison officer of the area's ward)");
            }
        }
        List<AreaAssignment> periods = AreaAssignment.list("areaId", Sort.by("firstDay").and("id"), a.id);
        LiaisonsState before = liaisonsState(periods, today);
        Instant now = clock.instant();
        for (AreaAssignment p : periods) {
            if (p.lastDay != null || wanted.contains(p.username)) {
                continue;
            }
            if (p.firstDay.isBefore(from)) {
                p.lastDay = from.minusDays(1);
                p.endedBy = c.username();
                p.endedAt = now;
            } else if (!p.firstDay.isBefore(today)) {
                p.delete(); // had not begun (or began today): withdrawn, not history
            } else {
                throw ProblemException.invalid("from", "AfterStart", p.username + " の担当は " + p.firstDay
                        + " に始まっています。それより後の日を指定してください (that period began on " + p.firstDay
                        + "; end it from a later day)");
            }
        }
        for (String username : wanted) {
            List<AreaAssignment> own = periods.stream().filter(p -> p.username.equals(username)).toList();
            if (own.stream().anyMatch(p -> p.lastDay == null)) {
                continue;
            }
            AreaAssignment latest = own.isEmpty() ? null : own.getLast();
            if (latest != null && !latest.lastDay.isBefore(from.minusDays(1))) {
                latest.lastDay = null; // the end not yet reached is called off: the period carries on
                latest.endedBy = null;
                latest.endedAt = null;
                continue;
            }
            AreaAssignment p = new AreaAssignment();
            p.areaId = a.id;
            p.username = username;
            p.firstDay = from;
            p.assignedBy = c.username();
            p.assignedAt = now;
            p.persist();
        }
        // the periods are rows of their own: the area's version must move for its ETag to stand for them
        Panache.getEntityManager().lock(a, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        a.updatedAt = now;
        Panache.getEntityManager().flush();
        List<AreaAssignment> after = AreaAssignment.list("areaId", Sort.by("firstDay").and("id"), a.id);
        audit.record("assign-liaisons", ENTITY, a.id, before, liaisonsState(after, today));
        return view(a, c);
    }

    // ---- rules ----

    private Caller requireReader() {
        Caller c = caller.get();
        if (!CommunityPolicy.canReadCommunity(c)) {
            throw ProblemException.forbidden("担当地域を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        return c;
    }

    /** An area the caller may read; another ward's is "not found" to its ward staff. */
    private static CommunityArea visible(long id, Caller c) {
        CommunityArea a = CommunityArea.findById(id);
        if (a == null || !AreaPolicy.canRead(c, a.wardCode)) {
            throw ProblemException.notFound("担当地域", "area", id);
        }
        return a;
    }

    private CommunityArea manage(long id, Caller c) {
        if (!CommunityPolicy.canReadCommunity(c)) {
            throw ProblemException.forbidden("担当地域を変更できるのはその区の区職員と管理者です (the ward's WARD staff and administrators)");
        }
        CommunityArea a = visible(id, c);
        if (!AreaPolicy.canManage(c, a.wardCode)) {
            throw ProblemException.forbidden("担当地域を変更できるのはその区の区職員と管理者です (the ward's WARD staff and administrators)");
        }
        return a;
    }

    private static void apply(CommunityArea a, AreaInput in) {
        String name = in.name().strip();
        boolean taken = CommunityArea.count("wardCode = ?1 and name = ?2 and id <> ?3", a.wardCode, name,
                a.id == null ? -1L : a.id) > 0;
        if (taken) {
            throw new ProblemException(NAME_TAKEN,
                    "「" + name + "」は既にこの区の担当地域です (the ward already has an area of this name)");
        }
        if (a.kind == AreaKind.COMMUNITY_CENTER) {
            if (in.officeId() == null) {
                throw ProblemException.invalid("officeId", "Required",
                        "まちづくりセンター・公民館を指定してください (give the centre or hall)");
            }
            Office o = Office.findById(in.officeId());
            if (o == null || !(o.type == OfficeType.COMMUNITY_CENTER || o.type == OfficeType.COMMUNITY_HALL)) {
                throw ProblemException.invalid("officeId", "CommunityFacility",
                        "まちづくりセンターか公民館を指定してください (a community centre or hall)");
            }
            if (!o.wardCode.equals(a.wardCode)) {
                throw ProblemException.invalid("officeId", "SameWard",
                        "地域と同じ区の施設を指定してください (a facility of the area's ward)");
            }
            if (CommunityArea.count("officeId = ?1 and id <> ?2", o.id, a.id == null ? -1L : a.id) > 0) {
                throw ProblemException.invalid("officeId", "Unique",
                        "この施設の担当地域は既にあります (the facility already has an area)");
            }
            if (in.centreId() != null) {
                throw ProblemException.invalid("centreId", "Empty",
                        "まちづくりセンターの担当地域は他の地域に属しません (a centre's area belongs to no other)");
            }
        } else {
            if (in.officeId() != null) {
                throw ProblemException.invalid("officeId", "Empty", "校区に施設は指定しません (a school district has no facility)");
            }
            if (in.centreId() != null) {
                CommunityArea centre = CommunityArea.findById(in.centreId());
                if (centre == null || centre.kind != AreaKind.COMMUNITY_CENTER || !centre.wardCode.equals(a.wardCode)) {
                    throw ProblemException.invalid("centreId", "CentreOfWard",
                            "同じ区のまちづくりセンターの担当地域を指定してください (a community-centre area of the same ward)");
                }
            }
        }
        a.name = name;
        a.nameKana = in.nameKana().strip();
        a.officeId = a.kind == AreaKind.COMMUNITY_CENTER ? in.officeId() : null;
        a.centreId = a.kind == AreaKind.SCHOOL_DISTRICT ? in.centreId() : null;
    }

    // ---- views ----

    /** A page's summaries, with their facilities, centres and liaison staff read in one query each. */
    List<AreaSummary> summaries(List<CommunityArea> areas, LocalDate today) {
        if (areas.isEmpty()) {
            return List.of();
        }
        Map<Long, OfficeRef> offices = offices(
                areas.stream().map(a -> a.officeId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, AreaRef> centres = refs(
                areas.stream().map(a -> a.centreId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Long> ids = areas.stream().map(a -> a.id).toList();
        List<AreaAssignment> open = AreaAssignment.list(
                "areaId in ?1 and (lastDay is null or lastDay >= ?2)", Sort.by("firstDay").and("id"), ids, today);
        Map<String, String> names = staff.displayNames(open.stream().map(p -> p.username).collect(Collectors.toSet()));
        Map<Long, List<AreaLiaison>> liaisons = open.stream().collect(Collectors.groupingBy(p -> p.areaId,
                Collectors.mapping(p -> liaison(p, names, today), Collectors.toList())));
        return areas.stream().map(a -> new AreaSummary(a.id, a.wardCode, a.kind, a.name, a.nameKana,
                a.officeId == null ? null : offices.get(a.officeId),
                a.centreId == null ? null : centres.get(a.centreId),
                liaisons.getOrDefault(a.id, List.of()), a.version)).toList();
    }

    private AreaView view(CommunityArea a, Caller c) {
        LocalDate today = today();
        List<AreaAssignment> periods = AreaAssignment.list("areaId", Sort.by("firstDay").and("id"), a.id);
        Map<String, String> names = staff
                .displayNames(periods.stream().map(p -> p.username).collect(Collectors.toSet()));
        List<AreaLiaison> liaisons = periods.stream().filter(p -> p.lastDay == null || !p.lastDay.isBefore(today))
                .map(p -> liaison(p, names, today)).toList();
        List<AssignmentView> history = periods.stream()
                .sorted(Comparator.comparing((AreaAssignment p) -> p.firstDay).thenComparing(p -> p.id).reversed())
                .map(p -> new AssignmentView(p.username, names.getOrDefault(p.username, p.username), p.firstDay,
                        p.lastDay, p.assignedBy, p.assignedAt, p.endedBy, p.endedAt))
                .toList();
        List<AreaRef> districts = a.kind != AreaKind.COMMUNITY_CENTER ? List.of()
                : CommunityArea.<CommunityArea>list("centreId", Sort.by("nameKana").and("id"), a.id).stream()
                        .map(AreaService::ref).toList();
        OfficeRef office = a.officeId == null ? null : offices(Set.of(a.officeId)).get(a.officeId);
        AreaRef centre = a.centreId == null ? null : refs(Set.of(a.centreId)).get(a.centreId);
        return new AreaView(a.id, a.wardCode, a.kind, a.name, a.nameKana, office, centre, districts, liaisons, history,
                AreaPolicy.canManage(c, a.wardCode), a.createdAt, a.updatedAt, a.version);
    }

    private static AreaLiaison liaison(AreaAssignment p, Map<String, String> names, LocalDate today) {
        return new AreaLiaison(p.username, names.getOrDefault(p.username, p.username), p.firstDay, p.lastDay,
                p.holdsOn(today));
    }

    static AreaRef ref(CommunityArea a) {
        return new AreaRef(a.id, a.kind, a.name);
    }

    private static Map<Long, AreaRef> refs(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return CommunityArea.<CommunityArea>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, AreaService::ref));
    }

    static Map<Long, OfficeRef> offices(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Office.<Office>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, o -> new OfficeRef(o.id, o.nameJa, o.nameEn)));
    }

    private static AuditState auditState(CommunityArea a) {
        return new AuditState(a.wardCode, a.kind, a.name, a.nameKana, a.officeId, a.centreId);
    }

    /** Each period not over by today, as {@code username from..to} ({@code to} empty while it lasts). */
    private static LiaisonsState liaisonsState(List<AreaAssignment> periods, LocalDate today) {
        List<String> open = new ArrayList<>();
        for (AreaAssignment p : periods) {
            if (p.lastDay == null || !p.lastDay.isBefore(today)) {
                open.add(p.username + " " + p.firstDay + ".." + (p.lastDay == null ? "" : p.lastDay));
            }
        }
        return new LiaisonsState(open);
    }
}
