package jp.wardhub.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.OrganizationViews.BureauRef;
import jp.wardhub.organization.OrganizationViews.WardRef;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.proposal.ProposalViews.AnswerView;
import jp.wardhub.proposal.ProposalViews.EventView;
import jp.wardhub.proposal.ProposalViews.FigureView;
import jp.wardhub.proposal.ProposalViews.MilestoneView;
import jp.wardhub.proposal.ProposalViews.ProposalView;

/**
 * How the proposal services read a proposal: finding it and its parts, checking the caller may see it, and building its
 * views as a given caller may see them. It also writes the one thing every change shares, the step on the timeline
 * that announces the change ({@link #event}, {@link #followingChange}).
 */
@ApplicationScoped
class ProposalReader {

    /** The audit trail keeps what an administrator sees: every answer with its content. */
    static final Caller AUDITOR = new Caller("audit", Role.ADMIN, null, null, null, Set.of());

    @Inject
    Event<ProposalChanged> changed;

    @Inject
    OrganizationService organization;

    @Inject
    AuditLog audit;

    Proposal find(long id) {
        return Proposal.<Proposal>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("区提案", "proposal", id));
    }

    /** The proposal if the caller may see it: 403 for roles that never see proposals, 404 when it is not theirs to see. */
    Proposal visible(long id, Caller caller) {
        if (!ProposalPolicy.canReadProposals(caller)) {
            throw ProblemException.forbidden("区提案を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        Proposal p = find(id);
        List<ProposalAnswer> answers = answers(p.id);
        boolean anyPublished = answers.stream().anyMatch(a -> a.state == ProposalAnswerState.PUBLISHED);
        if (!ProposalPolicy.canSee(caller, p.wardCode, answers.stream().map(a -> a.bureauCode).toList(),
                anyPublished)) {
            throw ProblemException.notFound("区提案", "proposal", id); // not even its existence is theirs to know
        }
        return p;
    }

    static List<ProposalAnswer> answers(long proposalId) {
        return ProposalAnswer.<ProposalAnswer>list("proposalId", Sort.by("id"), proposalId);
    }

    static ProposalAnswer slot(Proposal p, String bureauCode) {
        return ProposalAnswer.<ProposalAnswer>find("proposalId = ?1 and bureauCode = ?2", p.id, bureauCode)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("この局への回答依頼",
                        "answer of bureau " + bureauCode + " on proposal", p.id));
    }

    /** Bureaus whose published answer adopted the proposal fully or partially. */
    static List<String> adoptingBureaus(List<ProposalAnswer> answers) {
        return answers.stream().filter(a -> a.state == ProposalAnswerState.PUBLISHED && a.decision.reflected())
                .map(a -> a.bureauCode).toList();
    }

    /** A step on the proposal's timeline; every change of a proposal makes one, so it also announces the change. */
    void event(Proposal p, Caller caller, ProposalEventKind kind, String bureauCode, String note) {
        ProposalEvent e = new ProposalEvent();
        e.proposalId = p.id;
        e.occurredAt = Instant.now();
        e.actor = caller.username();
        e.kind = kind;
        e.bureauCode = bureauCode;
        e.note = note;
        e.persist();
        p.updatedAt = e.occurredAt;
        changed.fire(new ProposalChanged(p.id));
    }

    /**
     * Audits a change of the proposal that needs no If-Match of its own: it follows from a change of one of its parts
     * (the last answer published, the first milestone added) that was checked against that part's version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void followingChange(Proposal p, Consumer<Proposal> change) {
        ProposalView before = view(p, AUDITOR);
        change.accept(p);
        Proposal.getEntityManager().flush();
        audit.record("update", "proposal", p.id, before, view(p, AUDITOR));
    }

    ProposalView view(Proposal p, Caller caller) {
        LocalDate today = BusinessTime.today();
        List<ProposalAnswer> answers = answers(p.id);
        boolean adopted = !adoptingBureaus(answers).isEmpty();
        List<String> voices = ProposalVoice.<ProposalVoice>list("proposalId", Sort.by("sortOrder"), p.id).stream()
                .map(v -> v.voiceRef).toList();
        List<FigureView> figures = ProposalFigure.<ProposalFigure>list("proposalId", Sort.by("sortOrder"), p.id)
                .stream()
                .map(f -> new FigureView(f.label, plain(f.value), f.unit)).toList();
        List<MilestoneView> milestones = ProposalMilestone
                .<ProposalMilestone>list("proposalId", Sort.by("dueOn", "id"), p.id)
                .stream().map(ProposalReader::milestoneView).toList();
        List<EventView> timeline = ProposalEvent.<ProposalEvent>list("proposalId", Sort.by("occurredAt", "id"), p.id)
                .stream()
                .filter(e -> !e.kind.internalToBureau()
                        || ProposalPolicy.canSeeAnswer(caller, e.bureauCode, stateOf(answers, e.bureauCode)))
                .map(e -> new EventView(e.occurredAt, e.actor, e.kind, e.bureauCode, e.note)).toList();
        return new ProposalView(p.id, ward(p.wardCode), p.kind, p.fiscalYear, p.title, p.background, p.content,
                p.expectedEffect,
                p.estimatedCostYen, voices, figures, p.status, p.progressPercent, p.createdBy, p.createdAt,
                p.submittedAt,
                p.updatedAt, answers.stream().map(a -> answerView(p, a, caller, today)).toList(), milestones, timeline,
                p.status.actions(adopted), p.version);
    }

    AnswerView answerView(Proposal p, ProposalAnswer a, Caller caller) {
        return answerView(p, a, caller, BusinessTime.today());
    }

    /** Outside the answering bureau an unpublished answer shows only that it exists, when it is due and how far it is. */
    AnswerView answerView(Proposal p, ProposalAnswer a, Caller caller, LocalDate today) {
        BureauRef bureau = bureau(a.bureauCode);
        boolean overdue = a.overdue(p, today);
        if (!ProposalPolicy.canSeeAnswer(caller, a.bureauCode, a.state)) {
            return new AnswerView(a.proposalId, bureau, a.state.publication(), null, a.dueOn, overdue, null, null, null,
                    null,
                    null, null, null, null, null, null, null, a.version);
        }
        return new AnswerView(a.proposalId, bureau, a.state.publication(), a.state, a.dueOn, overdue, a.decision,
                a.reasons,
                a.costYen, a.timing, a.answeredBy, a.answeredAt, a.approvedBy, a.approvedAt, a.publishedBy,
                a.publishedAt,
                a.state.allowed(), a.version);
    }

    static MilestoneView milestoneView(ProposalMilestone m) {
        return new MilestoneView(m.id, m.proposalId, m.title, m.dueOn, m.done, m.bureauCode, m.createdBy, m.createdAt,
                m.version);
    }

    WardRef ward(String code) {
        return organization.wardRef(code).orElseThrow();
    }

    BureauRef bureau(String code) {
        return organization.bureauRef(code).orElseThrow();
    }

    private static ProposalAnswerState stateOf(List<ProposalAnswer> answers, String bureauCode) {
        return answers.stream().filter(a -> a.bureauCode.equals(bureauCode)).map(a -> a.state).findFirst()
                .orElse(ProposalAnswerState.PENDING);
    }

    /** 42.0000 from DECIMAL(19,4) reads back as 42, and never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
