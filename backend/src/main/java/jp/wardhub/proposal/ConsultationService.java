package jp.wardhub.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.notification.NotificationService;
import jp.wardhub.notification.NotificationService.Message;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.proposal.ConsultationInputs.ConsultationInput;
import jp.wardhub.proposal.ConsultationInputs.ReportInput;
import jp.wardhub.proposal.ConsultationInputs.ResponseInput;
import jp.wardhub.proposal.ConsultationViews.AddressedWard;
import jp.wardhub.proposal.ConsultationViews.ConsultationPage;
import jp.wardhub.proposal.ConsultationViews.ConsultationSummary;
import jp.wardhub.proposal.ConsultationViews.ConsultationView;
import jp.wardhub.proposal.ConsultationViews.ReportView;
import jp.wardhub.proposal.ConsultationViews.ResponseView;
import jp.wardhub.proposal.ConsultationViews.WardStance;

/**
 * 事前協議: an HQ bureau consults the wards a project touches before running it; each addressed ward answers by the
 * deadline (answering again replaces its answer, under If-Match); the bureau then reports progress to those wards.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class ConsultationService {

    public static final ProblemType CLOSED = ProblemType.of("consultation-closed", 409,
            "回答期限を過ぎています", "The consultation's deadline has passed");

    /** Business days before the deadline on which wards that have not answered are reminded. */
    static final int REMINDER_BUSINESS_DAYS = 2;

    /** What a first answer or a replacement produced: the answer, and whether it is new. */
    public record Answered(ResponseView response, boolean created) {
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
    NotificationService notifications;

    /**
     * Which consultations a list shows; null means any. {@code open}: still open for answers (true) or past the
     * deadline (false); {@code unansweredBy}: a ward code, only consultations addressed to that ward which it has not
     * answered yet.
     */
    public record Filter(Boolean open, String unansweredBy) {
    }

    public ConsultationPage list(Filter filter, PageRequest page) {
        Caller c = requireReader();
        String unansweredBy = filter.unansweredBy();
        ListQuery.Page<Consultation> found = ListQuery.from("Consultation c")
                .and(ConsultationPolicy.readScope(c))
                .andIf(unansweredBy != null && !unansweredBy.isBlank(),
                        "exists (select a.id from ConsultationWard a where a.consultationId = c.id and a.wardCode = :unanswered)"
                                + " and not exists (select r.id from ConsultationResponse r where r.consultationId = c.id and r.wardCode = :unanswered)",
                        "unanswered", unansweredBy == null ? null : unansweredBy.trim())
                .andIf(filter.open() != null,
                        Boolean.TRUE.equals(filter.open()) ? "c.deadline >= :today" : "c.deadline < :today",
                        "today", BusinessTime.today())
                .page(Consultation.class, "c.deadline desc, c.id desc", page);
        return new ConsultationPage(summaries(found.rows()), page.page(), page.size(), found.total());
    }

    public ConsultationView get(long id) {
        return view(visible(id, requireReader()));
    }

    public ResponseView response(long id, String wardCode) {
        Consultation consultation = visible(id, requireReader());
        return ConsultationResponse
                .<ConsultationResponse>find("consultationId = ?1 and wardCode = ?2", consultation.id, wardCode)
                .firstResultOptional().map(this::responseView)
                .orElseThrow(() -> ProblemException.notFound("区の回答",
                        "response of ward " + wardCode + " to consultation", id));
    }

    public ReportView report(long id, long reportId) {
        Consultation consultation = visible(id, requireReader());
        return ConsultationReport.<ConsultationReport>findByIdOptional(reportId)
                .filter(r -> r.consultationId.equals(consultation.id))
                .map(ConsultationService::reportView)
                .orElseThrow(() -> ProblemException.notFound("進捗報告", "report", reportId));
    }

    @Transactional
    public Created<ConsultationView> open(@NotNull @Valid ConsultationInput input, String idempotencyKey) {
        Caller c = caller.get();
        String bureau = input.bureauCode() != null ? input.bureauCode() : c.bureauCode();
        if (!ConsultationPolicy.canManage(c, bureau)) {
            throw ProblemException
                    .forbidden("事前協議を始められるのは本庁の職員 (自局として) と管理者です (HQ staff for their own bureau, and administrators)");
        }
        if (organization.bureauRef(bureau).isEmpty()) {
            throw ProblemException.invalid("bureauCode", "Exists", "存在する局コードを指定してください (give an existing bureau)");
        }
        List<String> wards = wards(input.wardCodes());
        if (input.deadline().isBefore(BusinessTime.today())) {
            throw ProblemException.invalid("deadline", "FutureOrPresent",
                    "回答期限は今日以降にしてください (the deadline cannot be in the past)");
        }
        if (input.deadline().isAfter(BusinessTime.today().plusYears(1))) { // the business days left are counted on every read
            throw ProblemException.invalid("deadline", "Range",
                    "回答期限は 1 年以内にしてください (the deadline must be within a year)");
        }
        return idempotency.once(idempotencyKey, "open consultation", input, ConsultationView.class, () -> {
            Instant now = Instant.now();
            Consultation consultation = new Consultation();
            consultation.bureauCode = bureau;
            consultation.title = input.title();
            consultation.description = input.description();
            consultation.deadline = input.deadline();
            consultation.createdBy = c.username();
            consultation.createdAt = now;
            consultation.updatedAt = now;
            consultation.persistAndFlush();
            for (String ward : wards) {
                ConsultationWard addressed = new ConsultationWard();
                addressed.consultationId = consultation.id;
                addressed.wardCode = ward;
                addressed.persist();
                notifications.toWard(ward, new Message("consultation-opened",
                        "事前協議「" + consultation.title + "」(回答期限 " + consultation.deadline + ")",
                        "Prior consultation, answer by " + consultation.deadline + ": " + consultation.title,
                        link(consultation), null));
            }
            ConsultationView created = audit.persist("consultation", consultation, x -> x.id, this::view);
            return new Created<>(Long.toString(created.id()), created, false);
        });
    }

    /**
     * The caller's ward answers. The first answer needs no If-Match; a later one replaces it and must send the ETag of
     * the answer it replaces (428 without, 412 when another answer came in between).
     */
    @Transactional
    public Answered respond(long id, String ifMatch, @NotNull @Valid ResponseInput input) {
        Caller c = caller.get();
        Consultation consultation = find(id);
        if (!ConsultationPolicy.canRespond(c, wardCodes(consultation.id))) {
            throw ProblemException.forbidden("回答できるのは協議先の区の職員だけです (only staff of an addressed ward answer)");
        }
        if (input.stance() != ConsultationStance.AGREE && (input.comments() == null || input.comments().isBlank())) {
            throw ProblemException.invalid("comments", "NotBlank",
                    "条件付き同意・懸念ありでは、条件や懸念を書いてください (state the conditions or concerns)");
        }
        if (!consultation.openOn(BusinessTime.today())) {
            throw new ProblemException(CLOSED, "回答期限 " + consultation.deadline + " を過ぎたため回答できません (the deadline "
                    + consultation.deadline + " has passed)");
        }
        consultation.updatedAt = Instant.now();
        ConsultationResponse earlier = ConsultationResponse
                .<ConsultationResponse>find("consultationId = ?1 and wardCode = ?2",
                        consultation.id, c.wardCode())
                .firstResult();
        if (earlier == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                // If-Match asks to replace an answer, and there is none: even * does not match (RFC 9110 13.1.1)
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "置き換える回答がまだありません。If-Match を付けずに回答してください (there is no answer to replace yet; answer without If-Match)");
            }
            ConsultationResponse response = new ConsultationResponse();
            response.consultationId = consultation.id;
            response.wardCode = c.wardCode();
            fill(response, input, c);
            return new Answered(audit.persist("consultation-response", response, r -> r.id, this::responseView), true);
        }
        return new Answered(
                audit.change("consultation-response", earlier.id, earlier, earlier.version, ifMatch, this::responseView,
                        r -> fill(r, input, c)),
                false);
    }

    @Transactional
    public Created<ReportView> report(long id, @NotNull @Valid ReportInput input, String idempotencyKey) {
        Caller c = caller.get();
        Consultation consultation = find(id);
        if (!ConsultationPolicy.canManage(c, consultation.bureauCode)) {
            throw ProblemException
                    .forbidden("進捗を報告できるのは協議した局の職員と管理者です (the consulting bureau's staff and administrators)");
        }
        return idempotency.once(idempotencyKey, "report on consultation " + id, input, ReportView.class, () -> {
            ConsultationReport report = new ConsultationReport();
            report.consultationId = consultation.id;
            report.reportedOn = input.reportedOn() != null ? input.reportedOn() : BusinessTime.today();
            report.body = input.body();
            report.author = c.username();
            report.createdAt = Instant.now();
            consultation.updatedAt = report.createdAt;
            ReportView created = audit.persist("consultation-report", report, r -> r.id,
                    ConsultationService::reportView);
            for (String ward : wardCodes(consultation.id)) {
                notifications.toWard(ward, new Message("consultation-report", "事前協議「" + consultation.title + "」の進捗報告",
                        "Progress report on the consultation: " + consultation.title, link(consultation), null));
            }
            return new Created<>(Long.toString(created.id()), created, false);
        });
    }

    /**
     * Reminds each addressed ward that has not answered, once, when the deadline is at most two business days away.
     * Called daily by {@link ProposalDeadlineScheduler}; returns how many wards were due a reminder on {@code today}.
     */
    @Transactional
    public int remindDeadlines(LocalDate today) {
        LocalDate horizon = BusinessTime.plusBusinessDays(today, REMINDER_BUSINESS_DAYS);
        int reminded = 0;
        for (Consultation consultation : Consultation.<Consultation>list("deadline >= ?1 and deadline <= ?2", today,
                horizon)) {
            Set<String> answered = ConsultationResponse.<ConsultationResponse>list("consultationId", consultation.id)
                    .stream()
                    .map(r -> r.wardCode).collect(Collectors.toSet());
            for (String ward : wardCodes(consultation.id)) {
                if (answered.contains(ward)) {
                    continue;
                }
                notifications.toWard(ward, new Message("consultation-deadline",
                        "事前協議「" + consultation.title + "」の回答期限 (" + consultation.deadline + ") が近づいています",
                        "Answer due on " + consultation.deadline + " for the consultation: " + consultation.title,
                        link(consultation),
                        "consultation-deadline:" + consultation.id + ":" + ward));
                reminded++;
            }
        }
        return reminded;
    }

    private Caller requireReader() {
        Caller c = caller.get();
        if (!ConsultationPolicy.canReadConsultations(c)) {
            throw ProblemException.forbidden("事前協議を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        return c;
    }

    /** The consultation if the caller may see it; 404 when it is another bureau's or not addressed to the caller's ward. */
    private static Consultation visible(long id, Caller c) {
        Consultation consultation = find(id);
        if (!ConsultationPolicy.canSee(c, consultation.bureauCode, wardCodes(consultation.id))) {
            throw ProblemException.notFound("事前協議", "consultation", id);
        }
        return consultation;
    }

    private static Consultation find(long id) {
        return Consultation.<Consultation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("事前協議", "consultation", id));
    }

    private static List<String> wardCodes(long consultationId) {
        return ConsultationWard.<ConsultationWard>list("consultationId", Sort.by("wardCode"), consultationId).stream()
                .map(w -> w.wardCode).toList();
    }

    private List<String> wards(List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!organization.wardExists(code)) {
                throw ProblemException.invalid("wardCodes[" + i + "]", "Exists",
                        "存在する区コードを指定してください (give an existing ward)");
            }
            if (!seen.add(code)) {
                throw ProblemException.invalid("wardCodes[" + i + "]", "Unique",
                        "同じ区が二度指定されています (the ward is given twice)");
            }
        }
        return List.copyOf(codes);
    }

    private static void fill(ConsultationResponse response, ResponseInput input, Caller c) {
        response.stance = input.stance();
        response.comments = input.comments();
        response.respondedBy = c.username();
        response.respondedAt = Instant.now();
    }

    /** Business days after {@code today} up to the deadline, so the wards see how much working time is left; null once closed. */
    static Integer businessDaysLeft(LocalDate today, LocalDate deadline) {
        if (deadline.isBefore(today)) {
            return null;
        }
        int days = 0;
        for (LocalDate d = today.plusDays(1); !d.isAfter(deadline); d = d.plusDays(1)) {
            if (BusinessTime.isBusinessDay(d)) {
                days++;
            }
        }
        return days;
    }

    static String link(Consultation consultation) {
        return "/consultations/" + consultation.id;
    }

    private ConsultationView view(Consultation c) {
        Map<String, ConsultationResponse> responses = ConsultationResponse
                .<ConsultationResponse>list("consultationId", c.id).stream()
                .collect(Collectors.toMap(r -> r.wardCode, r -> r));
        List<AddressedWard> wards = wardCodes(c.id).stream()
                .map(w -> new AddressedWard(organization.wardRef(w).orElseThrow(),
                        responses.containsKey(w) ? responseView(responses.get(w)) : null))
                .toList();
        List<ReportView> reports = ConsultationReport
                .<ConsultationReport>list("consultationId", Sort.by("reportedOn", "id"), c.id)
                .stream().map(ConsultationService::reportView).toList();
        LocalDate today = BusinessTime.today();
        return new ConsultationView(c.id, organization.bureauRef(c.bureauCode).orElseThrow(), c.title, c.description,
                c.deadline,
                c.openOn(today), businessDaysLeft(today, c.deadline), c.createdBy, c.createdAt, wards, reports,
                c.version);
    }

    private ResponseView responseView(ConsultationResponse r) {
        return new ResponseView(r.consultationId, organization.wardRef(r.wardCode).orElseThrow(), r.stance, r.comments,
                r.respondedBy, r.respondedAt, r.version);
    }

    private static ReportView reportView(ConsultationReport r) {
        return new ReportView(r.id, r.consultationId, r.reportedOn, r.body, r.author, r.createdAt, r.version);
    }

    private List<ConsultationSummary> summaries(List<Consultation> consultations) {
        if (consultations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = consultations.stream().map(c -> c.id).toList();
        Map<Long, List<ConsultationWard>> wards = ConsultationWard
                .<ConsultationWard>list("consultationId in ?1 order by wardCode", ids)
                .stream().collect(Collectors.groupingBy(w -> w.consultationId));
        Map<Long, Map<String, ConsultationStance>> stances = ConsultationResponse
                .<ConsultationResponse>list("consultationId in ?1", ids)
                .stream().collect(
                        Collectors.groupingBy(r -> r.consultationId, Collectors.toMap(r -> r.wardCode, r -> r.stance)));
        Map<Long, Long> reports = ConsultationReport.<ConsultationReport>list("consultationId in ?1", ids).stream()
                .collect(Collectors.groupingBy(r -> r.consultationId, Collectors.counting()));
        LocalDate today = BusinessTime.today();
        return consultations.stream().map(c -> new ConsultationSummary(c.id,
                organization.bureauRef(c.bureauCode).orElseThrow(),
                c.title, c.deadline, c.openOn(today), businessDaysLeft(today, c.deadline),
                wards.getOrDefault(c.id, List.of()).stream()
                        .map(w -> new WardStance(w.wardCode, stances.getOrDefault(c.id, Map.of()).get(w.wardCode)))
                        .toList(),
                reports.getOrDefault(c.id, 0L), c.version)).toList();
    }
}
