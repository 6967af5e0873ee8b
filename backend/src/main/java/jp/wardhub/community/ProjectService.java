package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.auth.Role;
import jp.wardhub.community.ProjectInputs.ActivityInput;
import jp.wardhub.community.ProjectInputs.MilestoneInput;
import jp.wardhub.community.ProjectInputs.ProjectInput;
import jp.wardhub.community.ProjectViews.ActivityView;
import jp.wardhub.community.ProjectViews.ApplicationRef;
import jp.wardhub.community.ProjectViews.GroupRef;
import jp.wardhub.community.ProjectViews.LiaisonRef;
import jp.wardhub.community.ProjectViews.MilestoneView;
import jp.wardhub.community.ProjectViews.OfficeRef;
import jp.wardhub.community.ProjectViews.ProjectPage;
import jp.wardhub.community.ProjectViews.ProjectStatsRow;
import jp.wardhub.community.ProjectViews.ProjectStatsView;
import jp.wardhub.community.ProjectViews.ProjectSummary;
import jp.wardhub.community.ProjectViews.ProjectView;
import jp.wardhub.community.ProjectViews.VoiceRef;
import jp.wardhub.organization.Office;
import jp.wardhub.organization.OfficeType;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.OrganizationViews.WardView;
import jp.wardhub.organization.Staff;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.ETags;
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
import jp.wardhub.voice.Voice;

/**
 * 地域のまちづくり事業: the ward's board of community projects, each project's page (milestones, activity log, linked
 * applications and voices), the liaison staff's own projects, the public list for the city's web site, and the counts
 * per ward and status.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class ProjectService {

    static final String ENTITY = "community-project";

    /** What the audit trail keeps of a project. */
    record AuditState(String wardCode, String schoolDistrict, String title, ProjectStatus status,
            ProjectVisibility visibility,
            Long baseOfficeId, Set<Long> groupIds, Set<String> liaisons, Set<Long> applicationIds, Set<Long> voiceIds) {
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

    // ---- reading ----

    /** Which projects the list (and its CSV export) holds; a filter not given (null) means any. */
    public record Filter(String ward, ProjectStatus status, ProjectVisibility visibility, String q, boolean mine) {
    }

    public ProjectPage list(Filter filter, PageRequest page) {
        Caller c = caller.get();
        ListQuery.Page<CommunityProject> found = ListQuery.from("CommunityProject p")
                .and(ProjectPolicy.readScope(c))
                .equal("p.wardCode", filter.ward())
                .equal("p.status", filter.status())
                .equal("p.visibility", filter.visibility())
                .search(SearchKind.PROJECT, "p", filter.q())
                .andIf(filter.mine(), ":me member of p.liaisons", "me", c.username())
                .page(CommunityProject.class, "p.id desc", page);
        return new ProjectPage(summaries(found.rows()), page.page(), page.size(), found.total());
    }

    public ProjectView get(long id) {
        Caller c = caller.get();
        return view(visible(id, c), c);
    }

    /**
     * The liaison staff of a ward, to assign to its projects: staff only, and ward staff see their own ward's (the
     * default when no ward is given).
     */
    public List<LiaisonRef> liaisons(String ward) {
        Caller c = caller.get();
        if (!ProjectPolicy.isStaffReader(c)) {
            throw ProblemException.forbidden("地域担当職員の一覧は区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        String wardCode = (ward == null || ward.isBlank()) && CommunityPolicy.isWardStaff(c) ? c.wardCode() : ward;
        requireWard(wardCode);
        if (CommunityPolicy.isWardStaff(c) && !c.belongsToWard(wardCode)) {
            throw ProblemException
                    .forbidden("区の職員が見られるのは自分の区の地域担当職員です (ward staff list their own ward's liaison staff)");
        }
        return Staff
                .<Staff>list("role = ?1 and wardCode = ?2 and active = true", Sort.by("username"), Role.LIAISON,
                        wardCode)
                .stream().map(s -> new LiaisonRef(s.username, s.displayName)).toList();
    }

    // ---- writing ----

    @Transactional
    public Created<ProjectView> create(@NotNull @Valid ProjectInput input, String idempotencyKey) {
        Caller c = caller.get();
        String ward = input.wardCode() == null && CommunityPolicy.isWardStaff(c) ? c.wardCode() : input.wardCode();
        if (!ProjectPolicy.canCreate(c, ward)) {
            throw ProblemException.forbidden("事業を登録できるのはその区の区職員と管理者です (the ward's WARD staff and administrators)");
        }
        requireWard(ward);
        return idempotency.once(idempotencyKey, "community-project-create", input, ProjectView.class, () -> {
            Instant now = Instant.now();
            CommunityProject p = new CommunityProject();
            p.wardCode = ward;
            p.status = ProjectStatus.IDEA;
            p.createdBy = c.username();
            p.createdAt = now;
            p.updatedAt = now;
            apply(p, input);
            p.persistAndFlush();
            search.put(SearchKind.PROJECT, p.id, p.searchText);
            audit.record("create", ENTITY, p.id, null, auditState(p));
            return new Created<>(Long.toString(p.id), view(p, c), false);
        });
    }

    @Transactional
    public ProjectView update(long id, String ifMatch, @NotNull @Valid ProjectInput input) {
        Caller c = caller.get();
        CommunityProject p = keep(id, c);
        if (input.wardCode() != null && !input.wardCode().equals(p.wardCode)) {
            throw ProblemException.invalid("wardCode", "Unchanged", "事業の区は変更できません (a project stays in its ward)");
        }
        boolean reassigns = !Set.copyOf(nullToEmpty(input.groupIds())).equals(p.groupIds)
                || !Set.copyOf(nullToEmpty(input.liaisons())).equals(p.liaisons);
        if (reassigns && !ProjectPolicy.canReassign(c, p.wardCode)) {
            throw ProblemException
                    .forbidden("主体の団体と担当職員を変えられるのは区職員と管理者です (only WARD staff and administrators reassign a project)");
        }
        ETags.require(ifMatch, p.version);
        AuditState before = auditState(p);
        apply(p, input);
        search.put(SearchKind.PROJECT, p.id, p.searchText);
        p.updatedAt = Instant.now();
        Panache.getEntityManager().flush();
        audit.record("update", ENTITY, p.id, before, auditState(p));
        return view(p, c);
    }

    @Transactional
    public ProjectView transition(long id, String ifMatch, ProjectStatus.Action action) {
        Caller c = caller.get();
        CommunityProject p = keep(id, c);
        ETags.require(ifMatch, p.version);
        AuditState before = auditState(p);
        ProjectStatus next = p.status.after(action, p.pausedFrom);
        p.pausedFrom = action == ProjectStatus.Action.PAUSE ? p.status : null;
        p.status = next;
        p.updatedAt = Instant.now();
        Panache.getEntityManager().flush();
        audit.record(action.name().toLowerCase(Locale.ROOT), ENTITY, p.id, before, auditState(p));
        return view(p, c);
    }

    @Transactional
    public MilestoneView addMilestone(long id, @NotNull @Valid MilestoneInput input) {
        Caller c = caller.get();
        CommunityProject p = keep(id, c);
        ProjectMilestone m = new ProjectMilestone();
        m.projectId = p.id;
        m.title = input.title();
        m.dueOn = input.dueOn();
        m.done = input.done();
        m.createdBy = c.username();
        m.createdAt = Instant.now();
        p.updatedAt = m.createdAt;
        return audit.persist(ENTITY + "-milestone", m, x -> x.id, ProjectService::milestone);
    }

    @Transactional
    public MilestoneView updateMilestone(long id, long milestoneId, String ifMatch,
            @NotNull @Valid MilestoneInput input) {
        Caller c = caller.get();
        CommunityProject p = keep(id, c);
        ProjectMilestone m = ProjectMilestone.findById(milestoneId);
        if (m == null || !m.projectId.equals(p.id)) {
            throw ProblemException.notFound("節目", "milestone", milestoneId);
        }
        p.updatedAt = Instant.now();
        return audit.change(ENTITY + "-milestone", m.id, m, m.version, ifMatch, ProjectService::milestone, x -> {
            x.title = input.title();
            x.dueOn = input.dueOn();
            x.done = input.done();
        });
    }

    /** The activity log only grows: an entry is a record of what happened, not a draft. */
    @Transactional
    public ActivityView addActivity(long id, @NotNull @Valid ActivityInput input) {
        Caller c = caller.get();
        CommunityProject p = keep(id, c);
        if (input.heldOn().isAfter(BusinessTime.today())) {
            throw ProblemException.invalid("heldOn", "PastOrPresent",
                    "これからの活動は記録できません (an activity is logged once it happened)");
        }
        ProjectActivity a = new ProjectActivity();
        a.projectId = p.id;
        a.heldOn = input.heldOn();
        a.description = input.description();
        a.participants = input.participants();
        a.recordedBy = c.username();
        a.recordedAt = Instant.now();
        p.updatedAt = a.recordedAt;
        return audit.persist(ENTITY + "-activity", a, x -> x.id, ProjectService::activity);
    }

    // ---- statistics ----

    /** Projects per ward and status, over every project the caller may see. */
    public ProjectStatsView stats() {
        Caller c = requireStaff();
        List<Object[]> rows = ListQuery.from("CommunityProject p").and(ProjectPolicy.readScope(c))
                .countBy("p.wardCode, p.status");
        Map<String, long[]> counts = new LinkedHashMap<>();
        long[] total = new long[ProjectStatus.values().length];
        for (Object[] row : rows) {
            int status = ((ProjectStatus) row[1]).ordinal();
            long n = ((Number) row[2]).longValue();
            counts.computeIfAbsent((String) row[0], k -> new long[ProjectStatus.values().length])[status] += n;
            total[status] += n;
        }
        List<ProjectStatsRow> wards = new ArrayList<>();
        for (WardView w : organization.wards()) {
            wards.add(statsRow(w.code(), w.nameJa(), w.nameEn(),
                    counts.getOrDefault(w.code(), new long[ProjectStatus.values().length])));
        }
        return new ProjectStatsView(wards, statsRow("total", "合計", "Total", total));
    }

    private static ProjectStatsRow statsRow(String key, String ja, String en, long[] n) {
        long sum = 0;
        for (long x : n) {
            sum += x;
        }
        return new ProjectStatsRow(key, ja, en, n[ProjectStatus.IDEA.ordinal()], n[ProjectStatus.PLANNING.ordinal()],
                n[ProjectStatus.ACTIVE.ordinal()], n[ProjectStatus.COMPLETED.ordinal()],
                n[ProjectStatus.PAUSED.ordinal()], sum);
    }

    /** The projects of the list's filter as CSV (UTF-8 with BOM), without staff names or personal data. */
    public String exportCsv(Filter filter) {
        requireStaff();
        List<ProjectSummary> rows = list(filter, new PageRequest(0, Integer.MAX_VALUE)).items();
        Map<String, String> wardNames = organization.wards().stream()
                .collect(Collectors.toMap(WardView::code, WardView::nameJa));
        Csv csv = new Csv().row(List.of("ID", "区", "校区", "事業名", "状態", "公開区分", "拠点施設", "主体の団体", "次の節目", "次の節目の期日",
                "最新の活動日", "更新日時"));
        for (ProjectSummary s : rows) {
            csv.row(Arrays.asList(s.id(), wardNames.getOrDefault(s.wardCode(), s.wardCode()), s.schoolDistrict(),
                    s.title(),
                    s.status(), s.visibility(), s.baseOffice() == null ? null : s.baseOffice().nameJa(),
                    s.groups().stream().map(GroupRef::name).collect(Collectors.joining("・")),
                    s.nextMilestone() == null ? null : s.nextMilestone().title(),
                    s.nextMilestone() == null ? null : s.nextMilestone().dueOn(), s.lastActivityOn(), s.updatedAt()));
        }
        return csv.toString();
    }

    // ---- rules ----

    private Caller requireStaff() {
        Caller c = caller.get();
        if (!ProjectPolicy.isStaffReader(c)) {
            throw ProblemException.forbidden("集計と出力は区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        return c;
    }

    /** A project the caller may read; another ward's internal project is "not found" to them, as if it did not exist. */
    private static CommunityProject visible(long id, Caller c) {
        CommunityProject p = CommunityProject.findById(id);
        if (p == null || !ProjectPolicy.canRead(c, p.wardCode, p.visibility)) {
            throw ProblemException.notFound("まちづくり事業", "community project", id);
        }
        return p;
    }

    private static CommunityProject keep(long id, Caller c) {
        CommunityProject p = visible(id, c);
        if (!ProjectPolicy.canKeep(c, p.wardCode, p.liaisons)) {
            throw ProblemException.forbidden(
                    "この事業を更新できるのは区職員・担当の地域担当職員と管理者です (the ward's WARD staff, the assigned liaison staff and administrators)");
        }
        return p;
    }

    private void requireWard(String ward) {
        if (ward == null || !organization.wardExists(ward)) {
            throw ProblemException.invalid("wardCode", "Exists", "存在する区コードを指定してください (give an existing ward)");
        }
    }

    /** Applies the input, checking that every link belongs to the project's ward. */
    private static void apply(CommunityProject p, ProjectInput in) {
        p.schoolDistrict = blankToNull(in.schoolDistrict());
        p.title = in.title();
        p.summary = in.summary();
        p.visibility = in.visibility();
        if (in.baseOfficeId() != null) {
            Office o = Office.findById(in.baseOfficeId());
            if (o == null || !(o.type == OfficeType.COMMUNITY_CENTER || o.type == OfficeType.COMMUNITY_HALL)) {
                throw ProblemException.invalid("baseOfficeId", "CommunityFacility",
                        "拠点施設にはまちづくりセンターか公民館を指定してください (a community centre or hall)");
            }
            if (!o.wardCode.equals(p.wardCode)) {
                throw ProblemException.invalid("baseOfficeId", "SameWard",
                        "事業と同じ区の施設を指定してください (a facility in the project's ward)");
            }
        }
        p.baseOfficeId = in.baseOfficeId();
        replace(p.groupIds, in.groupIds(), "groupIds", id -> {
            CommunityGroup g = CommunityGroup.findById(id);
            return g != null && g.wardCode.equals(p.wardCode) ? null
                    : "事業と同じ区の団体を指定してください (a group of the project's ward)";
        });
        replace(p.liaisons, in.liaisons(), "liaisons", username -> {
            Staff s = Staff.find("username", username).firstResult();
            return s != null && s.role == Role.LIAISON && p.wardCode.equals(s.wardCode) ? null
                    : "事業の区の地域担当職員を指定してください (liaison staff of the project's ward)";
        });
        replace(p.applicationIds, in.applicationIds(), "applicationIds", id -> {
            SupportApplication a = SupportApplication.findById(id);
            CommunityGroup g = a == null ? null : CommunityGroup.findById(a.groupId);
            return g != null && g.wardCode.equals(p.wardCode) ? null
                    : "事業の区の団体の申請を指定してください (an application by a group of the project's ward)";
        });
        replace(p.voiceIds, in.voiceIds(), "voiceIds", id -> {
            Voice v = Voice.findById(id);
            return v != null && p.wardCode.equals(v.wardCode) ? null
                    : "事業の区の区民の声を指定してください (a voice of the project's ward)";
        });
        p.searchText = SearchText.of(p.title, p.schoolDistrict, p.summary);
    }

    /** Replaces a set of links; {@code problem} answers null for a good link, or why it is refused (422 on field[i]). */
    private static <T> void replace(Set<T> links, List<T> wanted, String field, Function<T, String> problem) {
        List<T> list = nullToEmpty(wanted);
        for (int i = 0; i < list.size(); i++) {
            String why = problem.apply(list.get(i));
            if (why != null) {
                throw ProblemException.invalid(field + "[" + i + "]", "SameWard", why);
            }
        }
        links.clear();
        links.addAll(new LinkedHashSet<>(list));
    }

    // ---- views ----

    private ProjectView view(CommunityProject p, Caller c) {
        boolean staff = ProjectPolicy.isStaffReader(c);
        List<ActivityView> activities = ProjectActivity
                .<ProjectActivity>list("projectId", Sort.descending("heldOn", "id"), p.id)
                .stream().map(ProjectService::activity).toList();
        List<MilestoneView> milestones = ProjectMilestone
                .<ProjectMilestone>list("projectId", Sort.by("dueOn").and("id"), p.id)
                .stream().map(ProjectService::milestone).toList();
        List<LiaisonRef> liaisons = !staff || p.liaisons.isEmpty() ? List.of()
                : Staff.<Staff>list("username in ?1", Sort.by("username"), p.liaisons).stream()
                        .map(s -> new LiaisonRef(s.username, s.displayName)).toList();
        List<ApplicationRef> applications = !staff || p.applicationIds.isEmpty() ? List.of()
                : SupportApplication.<SupportApplication>list("id in ?1", Sort.by("id"), p.applicationIds).stream()
                        .map(a -> new ApplicationRef(a.id, a.programId, a.title, a.status, a.grantedYen)).toList();
        List<VoiceRef> voices = !staff || p.voiceIds.isEmpty() ? List.of()
                : Voice.<Voice>list("id in ?1", Sort.by("id"), p.voiceIds).stream()
                        .map(v -> new VoiceRef(v.id, v.reference, v.status)).toList();
        long participants = activities.stream().mapToLong(ActivityView::participants).sum();
        return new ProjectView(p.id, p.wardCode, p.schoolDistrict, p.title, p.summary, p.status, p.visibility,
                office(p.baseOfficeId), groups(p.groupIds), liaisons,
                applications, voices, milestones, activities, participants,
                ProjectPolicy.actions(c, p.wardCode, p.liaisons, p.status),
                ProjectPolicy.canKeep(c, p.wardCode, p.liaisons),
                p.createdAt, p.updatedAt, p.version);
    }

    /** A page's summaries, with their groups, facilities, next milestones and latest activities read in one query each. */
    static List<ProjectSummary> summaries(List<CommunityProject> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(p -> p.id).toList();
        Map<Long, OfficeRef> offices = offices(found.stream().map(p -> p.baseOfficeId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, GroupRef> groups = groupsById(
                found.stream().flatMap(p -> p.groupIds.stream()).collect(Collectors.toSet()));
        Map<Long, MilestoneView> next = new HashMap<>();
        ProjectMilestone.<ProjectMilestone>list("projectId in ?1 and done = false", Sort.by("dueOn").and("id"), ids)
                .forEach(m -> next.putIfAbsent(m.projectId, milestone(m)));
        Map<Long, LocalDate> lastActivity = new HashMap<>();
        Panache.getEntityManager()
                .createQuery("select a.projectId, max(a.heldOn) from ProjectActivity a where a.projectId in :ids"
                        + " group by a.projectId", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> lastActivity.put((Long) row[0], (LocalDate) row[1]));
        return found.stream()
                .map(p -> new ProjectSummary(p.id, p.wardCode, p.schoolDistrict, p.title, p.status, p.visibility,
                        p.baseOfficeId == null ? null : offices.get(p.baseOfficeId),
                        p.groupIds.stream().map(groups::get).filter(Objects::nonNull).toList(),
                        next.get(p.id), lastActivity.get(p.id), p.updatedAt))
                .toList();
    }

    private static OfficeRef office(Long id) {
        Office o = id == null ? null : Office.findById(id);
        return o == null ? null : new OfficeRef(o.id, o.nameJa, o.nameEn);
    }

    private static Map<Long, OfficeRef> offices(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Office.<Office>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, o -> new OfficeRef(o.id, o.nameJa, o.nameEn)));
    }

    private static List<GroupRef> groups(Set<Long> ids) {
        Map<Long, GroupRef> byId = groupsById(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).sorted(Comparator.comparing(GroupRef::id)).toList();
    }

    private static Map<Long, GroupRef> groupsById(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return CommunityGroup.<CommunityGroup>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(g -> g.id, g -> new GroupRef(g.id, g.name)));
    }

    static MilestoneView milestone(ProjectMilestone m) {
        return new MilestoneView(m.id, m.title, m.dueOn, m.done, m.version);
    }

    static ActivityView activity(ProjectActivity a) {
        return new ActivityView(a.id, a.heldOn, a.description, a.participants, a.recordedBy, a.recordedAt);
    }

    private static AuditState auditState(CommunityProject p) {
        return new AuditState(p.wardCode, p.schoolDistrict, p.title, p.status, p.visibility, p.baseOfficeId,
                Set.copyOf(p.groupIds),
                Set.copyOf(p.liaisons), Set.copyOf(p.applicationIds), Set.copyOf(p.voiceIds));
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
