package jp.wardhub.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.notification.NotificationService;
import jp.wardhub.notification.NotificationService.Message;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.DataChanges;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.SearchText;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.Condition;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.list.PageKey;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.platform.search.SearchIndex;
import jp.wardhub.platform.search.SearchKind;
import jp.wardhub.proposal.ProposalInputs.FigureInput;
import jp.wardhub.proposal.ProposalInputs.ProposalInput;
import jp.wardhub.proposal.ProposalInputs.SubmitInput;
import jp.wardhub.proposal.ProposalViews.AddresseeView;
import jp.wardhub.proposal.ProposalViews.AnswerView;
import jp.wardhub.proposal.ProposalViews.ProposalPage;
import jp.wardhub.proposal.ProposalViews.ProposalSummary;
import jp.wardhub.proposal.ProposalViews.ProposalView;

/**
 * 区提案: a ward drafts a proposal with its evidence and submits it to HQ bureaus, each of which gets an answer slot
 * with a due date; the ward may withdraw it until it is answered. Reads show each caller what it may see.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class ProposalService {

    /** Days a bureau has to answer unless the ward sets another due date. */
    static final int DEFAULT_ANSWER_DAYS = 30;

    private static final Pattern VOICE_REF = Pattern.compile("V-\\d{4}-\\d{6}");
    private static final int SEARCH_TEXT_MAX = 4000;

    /** Which proposals a list shows; null means any. */
    public record Filter(String ward, String bureau, ProposalStatus status, ProposalKind kind, Integer fiscalYear,
            Boolean overdue, String q) {
    }

    /**
     * List totals by the list's condition (the caller's ward or bureau among it), remembered until the next proposal
     * change commits: a count reads every visible proposal.
     */
    @CacheName("proposals.totals")
    Cache totals;

    /** Pages of the list until the next proposal change commits, by condition (the caller's scope among it). */
    @CacheName("proposals.pages")
    Cache pages;

    @Inject
    SearchIndex search;

    @Inject
    DataChanges dataChanges;

    /** Every {@code proposals.*} cache, on every instance, is dropped once a proposal change commits. */
    void onProposalChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalChanged event) {
        dataChanges.changed("proposals");
    }

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    ProposalCounts counts;

    @Inject
    Idempotency idempotency;

    @Inject
    OrganizationService organization;

    @Inject
    NotificationService notifications;

    @Inject
    ProposalReader reader;

    public ProposalPage list(Filter filter, PageRequest page) {
        Caller c = caller.get();
        if (!ProposalPolicy.canReadProposals(c)) {
            throw ProblemException.forbidden("区提案を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        boolean byBureau = filter.bureau() != null && !filter.bureau().isBlank();
        ListQuery query = ListQuery.from("Proposal p")
                .and(ProposalPolicy.readScope(c))
                .andIf(filter.ward() != null && !filter.ward().isBlank(), "p.wardCode = :ward", "ward", filter.ward())
                // the overdue condition asks for the bureau's answer itself: asked twice, MariaDB drove the search
                // from every answer of the bureau (7 ms instead of 2 at 20,000 proposals)
                .andIf(byBureau && !Boolean.TRUE.equals(filter.overdue()),
                        "exists (select b.id from ProposalAnswer b where b.proposalId = p.id and b.bureauCode = :bureau)",
                        "bureau", filter.bureau())
                .equal("p.status", filter.status())
                .equal("p.kind", filter.kind())
                .equal("p.fiscalYear", filter.fiscalYear())
                .and(filter.overdue() == null ? Condition.ALL
                        : overdue(filter.overdue(), byBureau ? filter.bureau() : null))
                .search(SearchKind.PROPOSAL, "p", filter.q());
        return Caches.get(pages, PageKey.of(query, page), key -> {
            long total = Caches.get(totals, query.condition(), condition -> query.count());
            List<Proposal> found = query.rows(Proposal.class, "p.id desc", page, total);
            return new ProposalPage(summaries(found), page.page(), page.size(), total);
        });
    }

    /**
     * Overdue (期限超過): submitted, and an answer (of {@code bureau}, when given) is unpublished past its due date;
     * {@code overdue = false} is the opposite.
     */
    private static Condition overdue(boolean overdue, String bureau) {
        String late = "(p.status = :submitted and exists (select o.id from ProposalAnswer o where o.proposalId = p.id"
                + " and o.state <> :published and o.dueOn < :today"
                + (bureau != null ? " and o.bureauCode = :bureau" : "")
                + "))";
        Map<String, Object> params = new HashMap<>(Map.of("submitted", ProposalStatus.SUBMITTED, "published",
                ProposalAnswerState.PUBLISHED, "today", BusinessTime.today()));
        if (bureau != null) {
            params.put("bureau", bureau);
        }
        return new Condition(overdue ? late : "not " + late, params);
    }

    public ProposalView get(long id) {
        Caller c = caller.get();
        return reader.view(reader.visible(id, c), c);
    }

    public AnswerView answer(long id, String bureauCode) {
        Caller c = caller.get();
        Proposal p = reader.visible(id, c);
        return reader.answerView(p, ProposalReader.slot(p, bureauCode), c);
    }

    @Transactional
    public Created<ProposalView> draft(@NotNull @Valid ProposalInput input, String idempotencyKey) {
        Caller c = caller.get();
        String ward = input.wardCode() != null ? input.wardCode() : c.wardCode();
        if (!ProposalPolicy.canDraft(c, ward)) {
            throw ProblemException.forbidden("区提案を起案できるのはその区の職員と管理者です (only the ward's own staff and administrators)");
        }
        if (!organization.wardExists(ward)) {
            throw ProblemException.invalid("wardCode", "Exists", "存在する区コードを指定してください (give an existing ward)");
        }
        return idempotency.once(idempotencyKey, "draft proposal", input, ProposalView.class, () -> {
            Instant now = Instant.now();
            Proposal p = new Proposal();
            p.wardCode = ward;
            p.status = ProposalStatus.DRAFT;
            p.createdBy = c.username();
            p.createdAt = now;
            p.updatedAt = now;
            apply(p, input);
            p.persistAndFlush();
            search.put(SearchKind.PROPOSAL, p.id, p.searchText);
            replaceEvidence(p, input);
            reader.event(p, c, ProposalEventKind.DRAFTED, null, null);
            audit.persist("proposal", p, x -> x.id, x -> reader.view(x, ProposalReader.AUDITOR));
            return new Created<>(Long.toString(p.id), reader.view(p, c), false);
        });
    }

    @Transactional
    public ProposalView edit(long id, String ifMatch, @NotNull @Valid ProposalInput input) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        requireDrafter(c, p);
        if (input.wardCode() != null && !input.wardCode().equals(p.wardCode)) {
            throw ProblemException.invalid("wardCode", "Immutable", "提案する区は変更できません (the proposing ward cannot change)");
        }
        audit.change("proposal", id, p, p.version, ifMatch, x -> reader.view(x, ProposalReader.AUDITOR), x -> {
            x.status = x.status.after(ProposalStatus.Action.EDIT, false);
            apply(x, input);
            search.put(SearchKind.PROPOSAL, x.id, x.searchText);
            replaceEvidence(x, input);
            reader.event(x, c, ProposalEventKind.EDITED, null, null);
        });
        return reader.view(p, c);
    }

    @Transactional
    public ProposalView submit(long id, String ifMatch, @NotNull @Valid SubmitInput input) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        requireDrafter(c, p);
        List<String> bureaus = bureaus(input.bureauCodes());
        LocalDate today = BusinessTime.today();
        if (input.dueOn() != null && !input.dueOn().isAfter(today)) {
            throw ProblemException.invalid("dueOn", "Future", "回答期限は明日以降にしてください (the due date must be after today)");
        }
        LocalDate due = input.dueOn() != null ? input.dueOn() : defaultDueDate(today);
        audit.change("proposal", id, p, p.version, ifMatch, x -> reader.view(x, ProposalReader.AUDITOR), x -> {
            x.status = x.status.after(ProposalStatus.Action.SUBMIT, false);
            x.submittedAt = Instant.now();
            for (String bureau : bureaus) {
                ProposalAnswer a = new ProposalAnswer();
                a.proposalId = x.id;
                a.bureauCode = bureau;
                a.state = ProposalAnswerState.PENDING;
                a.dueOn = due;
                a.persist();
                notifications.toBureau(bureau, new Message("proposal-submitted",
                        "区提案「" + x.title + "」への回答依頼 (" + reader.ward(x.wardCode).nameJa() + "、期限 " + due + ")",
                        "A ward proposal awaits your answer by " + due + ": " + x.title, link(x), null));
            }
            reader.event(x, c, ProposalEventKind.SUBMITTED, null, String.join(", ", bureaus));
        });
        return reader.view(p, c);
    }

    @Transactional
    public ProposalView withdraw(long id, String ifMatch) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        requireDrafter(c, p);
        audit.change("proposal", id, p, p.version, ifMatch, x -> reader.view(x, ProposalReader.AUDITOR), x -> {
            ProposalCounts.Share counted = counts.share(x);
            x.status = x.status.after(ProposalStatus.Action.WITHDRAW, false);
            counts.moved(counted, counts.share(x));
            reader.event(x, c, ProposalEventKind.WITHDRAWN, null, null);
            for (ProposalAnswer a : ProposalReader.answers(x.id)) {
                notifications.toBureau(a.bureauCode, new Message("proposal-withdrawn", "区提案「" + x.title + "」が取り下げられました",
                        "The ward withdrew its proposal: " + x.title, link(x), null));
            }
        });
        return reader.view(p, c);
    }

    /** 30 days on, or the next business day after that: a due date never falls on a day the offices are closed. */
    static LocalDate defaultDueDate(LocalDate today) {
        LocalDate due = today.plusDays(DEFAULT_ANSWER_DAYS);
        while (!BusinessTime.isBusinessDay(due)) {
            due = due.plusDays(1);
        }
        return due;
    }

    static String link(Proposal p) {
        return "/proposals/" + p.id;
    }

    private static void requireDrafter(Caller c, Proposal p) {
        if (!ProposalPolicy.canDraft(c, p.wardCode)) {
            throw ProblemException.forbidden("区提案を扱えるのはその区の職員と管理者です (only the ward's own staff and administrators)");
        }
    }

    private List<String> bureaus(List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || organization.bureauRef(code).isEmpty()) {
                throw ProblemException.invalid("bureauCodes[" + i + "]", "Exists",
                        "存在する局コードを指定してください (give an existing bureau)");
            }
            if (!seen.add(code)) {
                throw ProblemException.invalid("bureauCodes[" + i + "]", "Unique",
                        "同じ局が二度指定されています (the bureau is given twice)");
            }
        }
        return List.copyOf(codes);
    }

    private static void apply(Proposal p, ProposalInput in) {
        List<String> voices = in.voiceRefs() == null ? List.of() : in.voiceRefs();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < voices.size(); i++) {
            String ref = voices.get(i);
            if (ref == null || !VOICE_REF.matcher(ref).matches()) {
                throw ProblemException.invalid("voiceRefs[" + i + "]", "Pattern",
                        "区民の声の受付番号は V-2026-000123 の形です (a voice reference number looks like V-2026-000123)");
            }
            if (!seen.add(ref)) {
                throw ProblemException.invalid("voiceRefs[" + i + "]", "Unique",
                        "同じ受付番号が二度あります (the reference is given twice)");
            }
        }
        if (in.kind() == ProposalKind.BUDGET_REQUEST && in.fiscalYear() == null) {
            throw ProblemException.invalid("fiscalYear", "NotNull",
                    "予算要望には要望する予算の年度が必要です (a budget request names its fiscal year)");
        }
        p.kind = in.kind();
        if (in.fiscalYear() != null) {
            p.fiscalYear = in.fiscalYear();
        } else if (p.id == null) {
            p.fiscalYear = FiscalYear.of(BusinessTime.today());
        }
        p.title = in.title();
        p.background = in.background();
        p.content = in.content();
        p.expectedEffect = in.expectedEffect();
        p.estimatedCostYen = in.estimatedCostYen();
        String text = SearchText.of(in.title(), in.background(), in.content(), in.expectedEffect());
        p.searchText = text.length() > SEARCH_TEXT_MAX ? text.substring(0, SEARCH_TEXT_MAX) : text;
    }

    private static void replaceEvidence(Proposal p, ProposalInput in) {
        ProposalVoice.delete("proposalId", p.id);
        ProposalFigure.delete("proposalId", p.id);
        List<String> voices = in.voiceRefs() == null ? List.of() : in.voiceRefs();
        for (int i = 0; i < voices.size(); i++) {
            ProposalVoice v = new ProposalVoice();
            v.proposalId = p.id;
            v.voiceRef = voices.get(i);
            v.sortOrder = i;
            v.persist();
        }
        List<FigureInput> figures = in.figures() == null ? List.of() : in.figures();
        for (int i = 0; i < figures.size(); i++) {
            FigureInput figure = figures.get(i);
            ProposalFigure f = new ProposalFigure();
            f.proposalId = p.id;
            f.label = figure.label();
            f.value = figure.value();
            f.unit = figure.unit();
            f.sortOrder = i;
            f.persist();
        }
    }

    private List<ProposalSummary> summaries(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        LocalDate today = BusinessTime.today();
        Map<Long, List<ProposalAnswer>> answers = ProposalAnswer.<ProposalAnswer>list("proposalId in ?1 order by id",
                proposals.stream().map(p -> p.id).toList()).stream().collect(Collectors.groupingBy(a -> a.proposalId));
        return proposals.stream().map(p -> {
            List<AddresseeView> bureaus = answers.getOrDefault(p.id, List.of()).stream()
                    .map(a -> new AddresseeView(reader.bureau(a.bureauCode), a.state.publication(), a.dueOn,
                            a.overdue(p, today)))
                    .toList();
            boolean overdue = bureaus.stream().anyMatch(AddresseeView::overdue);
            return new ProposalSummary(p.id, reader.ward(p.wardCode), p.kind, p.fiscalYear, p.title, p.status,
                    p.estimatedCostYen,
                    p.progressPercent, bureaus, overdue, p.submittedAt, p.version);
        }).toList();
    }
}
