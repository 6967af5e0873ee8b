package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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
import jp.wardhub.community.ApplicationState.Action;
import jp.wardhub.community.CommunityInputs.ApplicationInput;
import jp.wardhub.community.CommunityInputs.DeclineInput;
import jp.wardhub.community.CommunityInputs.GrantInput;
import jp.wardhub.community.CommunityInputs.NoteInput;
import jp.wardhub.community.CommunityInputs.ReportInput;
import jp.wardhub.community.CommunityInputs.SettleInput;
import jp.wardhub.community.CommunityViews.ApplicationPage;
import jp.wardhub.community.CommunityViews.ApplicationSummary;
import jp.wardhub.community.CommunityViews.ApplicationView;
import jp.wardhub.community.CommunityViews.HistoryView;
import jp.wardhub.community.SupportApplicationPolicy.FourEyesStep;
import jp.wardhub.community.SupportApplicationPolicy.Subject;
import jp.wardhub.platform.Bilingual;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.Problem;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;

/**
 * 申請: applications of groups to support programmes, recorded and moved on by ward staff, with the programme's limits
 * enforced at every amount decided. The budget is kept right under concurrent grants by locking the programme row
 * (SELECT ... FOR UPDATE) before reading what remains of it, and changing it in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class SupportApplicationService {

    static final String ENTITY = "support-application";

    /** An amount beyond one of the programme's limits; the field error's rule names the limit, the message its value. */
    public static final ProblemType AMOUNT_LIMIT = ProblemType.of("support-amount-limit", 422,
            "支援制度の限度を超えています", "Beyond a limit of the support programme");
    public static final ProblemType OUTSIDE_PERIOD = ProblemType.of("outside-application-period", 422,
            "申請期間外です", "Outside the application period");
    public static final ProblemType NOT_FOR_GROUP = ProblemType.of("program-not-for-group", 422,
            "この団体が申請できる制度ではありません", "The programme is not open to this group");

    /** 403: 四つの目の原則 (four eyes) bars the caller from deciding this grant. */
    public static final ProblemType FOUR_EYES = ProblemType.of("four-eyes", 403,
            "四つの目の原則により、交付決定は別の職員が行います", "Four-eyes principle: another member of staff decides the grant");

    /** Applications with their programme and group, as {@link SupportApplicationPolicy#readScope} reads them. */
    static final String WITH_PROGRAM_AND_GROUP = "SupportApplication a join SupportProgram p on p.id = a.programId"
            + " join CommunityGroup g on g.id = a.groupId";

    /** What the audit trail keeps of an application before and after a change: the workflow facts and the amounts. */
    record AuditState(long programId, long groupId, ApplicationState status, long eligibleCostYen, long requestedYen,
            Long grantedYen, Long actualCostYen, Long finalYen) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    SupportProgramService programs;

    // ---- recording ----

    /** Records a group's application (a draft) to a programme of the group's ward or a city-wide one. */
    @Transactional
    public Created<ApplicationView> create(long programId, @NotNull @Valid ApplicationInput input,
            String idempotencyKey) {
        Caller c = caller.get();
        SupportProgram program = SupportProgramService.find(programId);
        CommunityGroup group = CommunityGroup.<CommunityGroup>findByIdOptional(input.groupId())
                .orElseThrow(() -> ProblemException.invalid("groupId", "Exists",
                        "存在する団体を指定してください (give an existing group)"));
        if (!SupportApplicationPolicy.recordsFor(c, group.wardCode)) {
            throw ProblemException
                    .forbidden("申請を記録できるのは団体の区の区職員・地域担当職員と管理者です (the group's ward staff and administrators)");
        }
        if (program.wardCode != null && !program.wardCode.equals(group.wardCode)) {
            throw problem(NOT_FOR_GROUP, "groupId", "ProgramWard",
                    "この制度は他の区の団体のための制度です (the programme is for groups of ward " + program.wardCode + ")");
        }
        if (input.activityTo().isBefore(input.activityFrom())) {
            throw ProblemException.invalid("activityTo", "NotBeforeActivityFrom",
                    "活動の終わりは始まり以後にしてください (must not be before activityFrom)");
        }
        if (input.requestedAmountYen() > input.eligibleCostYen()) {
            throw ProblemException.invalid("requestedAmountYen", "NotAboveEligibleCost",
                    "補助対象経費以下にしてください (must not exceed eligibleCostYen)");
        }
        return idempotency.once(idempotencyKey, "support-application-create:" + programId, input, ApplicationView.class,
                () -> {
                    Instant now = Instant.now();
                    SupportApplication a = new SupportApplication();
                    a.programId = program.id;
                    a.groupId = group.id;
                    a.title = input.title().trim();
                    a.plannedActivity = input.plannedActivity().trim();
                    a.activityFrom = input.activityFrom();
                    a.activityTo = input.activityTo();
                    a.eligibleCostYen = input.eligibleCostYen();
                    a.requestedYen = input.requestedAmountYen();
                    a.status = ApplicationState.DRAFT;
                    a.createdBy = c.username();
                    a.createdAt = now;
                    a.updatedAt = now;
                    a.persistAndFlush();
                    history(a, ApplicationHistory.CREATE, null, null, null, c, now);
                    audit.record("create", ENTITY, a.id, null, auditState(a));
                    return new Created<>(Long.toString(a.id), view(a, program, group, c), false);
                });
    }

    // ---- reading ----

    /** Which applications to a programme the list holds; a filter not given (null) means any. */
    public record Filter(ApplicationState status) {
    }

    /**
     * The filter is parsed only once the programme is found ({@code filter} may throw the 400 for a bad value): a
     * programme that does not exist is a 404 whatever the filter.
     */
    public ApplicationPage list(long programId, Supplier<Filter> filter, PageRequest page) {
        Caller c = caller.get();
        SupportProgramService.requireRead(c);
        SupportProgramService.find(programId);
        ApplicationState state = filter.get().status();
        ListQuery.Page<SupportApplication> found = ListQuery.from(WITH_PROGRAM_AND_GROUP)
                .and(SupportApplicationPolicy.readScope(c))
                .equal("a.programId", programId)
                .equal("a.status", state)
                .page(SupportApplication.class, "a.id", page);
        Map<Long, String> names = groupNames(found.rows().stream().map(a -> a.groupId).distinct().toList());
        List<ApplicationSummary> items = found.rows().stream()
                .map(a -> new ApplicationSummary(a.id, a.groupId, names.get(a.groupId),
                        a.title, a.status, a.eligibleCostYen, a.requestedYen, a.grantedYen, a.finalYen, a.submittedOn))
                .toList();
        return new ApplicationPage(items, page.page(), page.size(), found.total());
    }

    public ApplicationView get(long id) {
        Caller c = caller.get();
        SupportApplication a = find(id);
        SupportProgram program = SupportProgramService.find(a.programId);
        CommunityGroup group = CommunityGroupService.find(a.groupId);
        if (!SupportApplicationPolicy.canRead(c, new Subject(group.wardCode, program.wardCode))) {
            throw ProblemException.forbidden("この申請を見る権限がありません (not an application of your ward)");
        }
        return view(a, program, group, c);
    }

    // ---- the workflow ----

    /** Submits within the application period, for at least the programme's minimum. */
    @Transactional
    public ApplicationView submit(long id, String ifMatch, @Valid NoteInput input) {
        return transition(id, ifMatch, Action.SUBMIT, note(input), (a, p) -> {
            LocalDate today = BusinessTime.today();
            if (!p.accepts(today)) {
                String period = p.applicationFrom + "〜" + p.applicationTo;
                throw problem(OUTSIDE_PERIOD, today.isBefore(p.applicationFrom) ? "applicationFrom" : "applicationTo",
                        "ApplicationPeriod",
                        "申請期間 " + period + " の外です (outside the application period " + period + ")");
            }
            if (a.requestedYen < p.minimumYen) {
                throw limit("requestedAmountYen", "minimumPerApplication", p.minimumYen,
                        "1 件あたりの下限 %s 円に届きません", "below the minimum per application");
            }
            a.submittedOn = today;
            a.submittedBy = caller.get().username();
            return null;
        });
    }

    @Transactional
    public ApplicationView review(long id, String ifMatch, @Valid NoteInput input) {
        return transition(id, ifMatch, Action.REVIEW, note(input), (a, p) -> {
            a.reviewedBy = caller.get().username();
            return null;
        });
    }

    /**
     * 交付決定: the granted amount may not exceed the requested amount, the programme's maximum, the rate times the
     * eligible cost (rounded down to the yen) or the budget remaining, nor fall below the minimum. The programme row
     * is locked first, so the remaining budget read here is the latest and no concurrent grant can take it meanwhile.
     */
    @Transactional
    public ApplicationView grant(long id, String ifMatch, @NotNull @Valid GrantInput input) {
        return transition(id, ifMatch, Action.GRANT, input.note(), (a, p) -> {
            lock(p);
            long amount = input.grantedAmountYen();
            if (amount > a.requestedYen) {
                throw limit("grantedAmountYen", "requestedAmount", a.requestedYen, "申請額 %s 円を超えています",
                        "above the requested amount");
            }
            if (amount > p.maximumYen) {
                throw limit("grantedAmountYen", "maximumPerApplication", p.maximumYen, "1 件あたりの上限 %s 円を超えています",
                        "above the maximum per application");
            }
            long byRate = p.rate().capFor(a.eligibleCostYen);
            if (amount > byRate) {
                throw limit("grantedAmountYen", "subsidyRate", byRate,
                        "補助率 " + p.rateNumerator + "/" + p.rateDenominator + " で補助対象経費から計算した上限 %s 円を超えています",
                        "above the subsidy rate " + p.rateNumerator + "/" + p.rateDenominator
                                + " of the eligible cost");
            }
            if (amount > p.remainingYen()) {
                throw limit("grantedAmountYen", "remainingBudget", p.remainingYen(), "予算の残額 %s 円を超えています",
                        "above the remaining budget");
            }
            if (amount < p.minimumYen) {
                throw limit("grantedAmountYen", "minimumPerApplication", p.minimumYen, "1 件あたりの下限 %s 円に届きません",
                        "below the minimum per application");
            }
            a.grantedYen = amount;
            a.decidedBy = caller.get().username();
            p.committedYen += amount;
            return amount;
        });
    }

    @Transactional
    public ApplicationView decline(long id, String ifMatch, @NotNull @Valid DeclineInput input) {
        return transition(id, ifMatch, Action.DECLINE, input.reason(), (a, p) -> {
            a.declineReason = input.reason().trim();
            a.decidedBy = caller.get().username();
            return null;
        });
    }

    @Transactional
    public ApplicationView report(long id, String ifMatch, @NotNull @Valid ReportInput input) {
        return transition(id, ifMatch, Action.REPORT, input.note(), (a, p) -> {
            a.activityReport = input.activityReport().trim();
            return null;
        });
    }

    /**
     * 精算: records the actual cost and the final amount, which may not exceed the granted amount nor the rate times
     * the actual cost; what the final amount leaves of the grant goes back to the programme's budget.
     */
    @Transactional
    public ApplicationView settle(long id, String ifMatch, @NotNull @Valid SettleInput input) {
        return transition(id, ifMatch, Action.SETTLE, input.note(), (a, p) -> {
            lock(p);
            long amount = input.finalAmountYen();
            if (amount > a.grantedYen) {
                throw limit("finalAmountYen", "grantedAmount", a.grantedYen, "交付決定額 %s 円を超えています",
                        "above the granted amount");
            }
            long byRate = p.rate().capFor(input.actualCostYen());
            if (amount > byRate) {
                throw limit("finalAmountYen", "subsidyRate", byRate,
                        "補助率 " + p.rateNumerator + "/" + p.rateDenominator + " で実際の経費から計算した上限 %s 円を超えています",
                        "above the subsidy rate " + p.rateNumerator + "/" + p.rateDenominator + " of the actual cost");
            }
            a.actualCostYen = input.actualCostYen();
            a.finalYen = amount;
            p.committedYen -= a.grantedYen - amount;
            return amount;
        });
    }

    /** A step's change: applies it to the application (and programme) and returns the amount it decided, if any. */
    @FunctionalInterface
    private interface Change {
        Long apply(SupportApplication application, SupportProgram program);
    }

    /**
     * Every transition: who may (403), If-Match (428/412), whether the state allows it (409), four eyes on a grant (403), then the change, one
     * history row and one audit entry, all in the caller's transaction.
     */
    private ApplicationView transition(long id, String ifMatch, Action action, String note, Change change) {
        Caller c = caller.get();
        SupportApplication a = find(id);
        SupportProgram p = SupportProgramService.find(a.programId);
        CommunityGroup g = CommunityGroupService.find(a.groupId);
        Subject subject = new Subject(g.wardCode, p.wardCode);
        if (!SupportApplicationPolicy.may(c, subject, action, programs.programBureau())) {
            throw ProblemException.forbidden(switch (action) {
                case SUBMIT, REPORT -> "団体に代わって提出・報告できるのは団体の区の職員と管理者です (the group's ward staff and administrators)";
                default -> "審査・交付決定・精算は制度を所管する区 (全市の制度は本庁の局) の職員と管理者です (the programme's owner and administrators)";
            });
        }
        ETags.require(ifMatch, a.version);
        ApplicationState from = a.status;
        ApplicationState to = from.after(action);
        if (action == Action.GRANT) {
            requireFourEyes(c, a);
        }
        AuditState before = auditState(a);
        Long amount = change.apply(a, p);
        a.status = to;
        Instant now = Instant.now();
        a.updatedAt = now;
        history(a, action.name(), from, amount, note, c, now);
        Panache.getEntityManager().flush();
        audit.record(action.name().toLowerCase(Locale.ROOT), ENTITY, a.id, before, auditState(a));
        return view(a, p, g, c);
    }

    private static void requireFourEyes(Caller c, SupportApplication a) {
        FourEyesStep step = SupportApplicationPolicy.fourEyesConflict(c, a.createdBy, a.submittedBy, a.reviewedBy);
        if (step != null) {
            String ja = switch (step) {
                case RECORDED -> "この申請を記録した";
                case SUBMITTED -> "この申請を提出した";
                case REVIEWED -> "この申請を審査した";
            };
            String en = switch (step) {
                case RECORDED -> "recorded";
                case SUBMITTED -> "submitted";
                case REVIEWED -> "reviewed";
            };
            throw new ProblemException(FOUR_EYES, "四つの目の原則: " + ja + "職員は交付決定できません。記録・提出・審査をしていない別の職員が決定してください"
                    + " (four eyes: you " + en
                    + " this application, so another member of staff, who did not record, submit or"
                    + " review it, decides the grant)");
        }
    }

    /** SELECT ... FOR UPDATE on the programme row, re-reading it: later grants of the same programme wait here. */
    private static void lock(SupportProgram p) {
        Panache.getEntityManager().refresh(p, LockModeType.PESSIMISTIC_WRITE);
    }

    // ---- helpers ----

    static SupportApplication find(long id) {
        return SupportApplication.<SupportApplication>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("申請", "application", id));
    }

    private static ProblemException problem(ProblemType type, String field, String rule, String message) {
        return new ProblemException(type, message, List.of(new Problem.FieldError(field, rule, message)), Map.of());
    }

    /** 422 naming the limit ({@code rule}) and its value: "…上限 100,000 円を超えています" / "above … (100,000 yen)". */
    private static ProblemException limit(String field, String rule, long value, String ja, String en) {
        String yen = String.format(Locale.ROOT, "%,d", value);
        Bilingual message = Bilingual.of(ja.formatted(yen), en + " (" + yen + " yen)");
        return new ProblemException(AMOUNT_LIMIT, message,
                List.of(new ProblemException.FieldProblem(field, rule, message)), Map.of());
    }

    private static String note(NoteInput input) {
        return input == null ? null : input.note();
    }

    private static void history(SupportApplication a, String action, ApplicationState from, Long amount, String note,
            Caller c,
            Instant at) {
        ApplicationHistory h = new ApplicationHistory();
        h.applicationId = a.id;
        h.occurredAt = at;
        h.actor = c.username();
        h.action = action;
        h.fromStatus = from;
        h.toStatus = a.status;
        h.amountYen = amount;
        h.note = note == null || note.isBlank() ? null : note.trim();
        h.persist();
    }

    private static Map<Long, String> groupNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return CommunityGroup.<CommunityGroup>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(g -> g.id, g -> g.name));
    }

    static AuditState auditState(SupportApplication a) {
        return new AuditState(a.programId, a.groupId, a.status, a.eligibleCostYen, a.requestedYen, a.grantedYen,
                a.actualCostYen,
                a.finalYen);
    }

    private ApplicationView view(SupportApplication a, SupportProgram p, CommunityGroup g, Caller c) {
        List<HistoryView> history = ApplicationHistory
                .<ApplicationHistory>list("applicationId", Sort.by("occurredAt").and("id"), a.id)
                .stream()
                .map(h -> new HistoryView(h.occurredAt, h.actor, h.action, h.fromStatus, h.toStatus, h.amountYen,
                        h.note))
                .toList();
        return new ApplicationView(a.id, p.id, p.name, p.wardCode, p.fiscalYear, g.id, g.name, g.wardCode, a.title,
                a.plannedActivity, a.activityFrom, a.activityTo, a.eligibleCostYen, a.requestedYen, a.grantedYen,
                a.declineReason,
                a.activityReport, a.actualCostYen, a.finalYen, a.status, a.submittedOn,
                SupportApplicationPolicy.actions(c, new Subject(g.wardCode, p.wardCode), a.status,
                        programs.programBureau()),
                history,
                a.createdBy, a.submittedBy, a.reviewedBy, a.decidedBy,
                SupportApplicationPolicy.fourEyesConflict(c, a.createdBy, a.submittedBy, a.reviewedBy),
                a.createdAt, a.updatedAt, a.version);
    }
}
