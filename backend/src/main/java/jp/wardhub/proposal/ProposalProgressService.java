package jp.wardhub.proposal;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.auth.Role;
import jp.wardhub.notification.NotificationService;
import jp.wardhub.notification.NotificationService.Message;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.proposal.ProposalInputs.MilestoneInput;
import jp.wardhub.proposal.ProposalInputs.ProgressInput;
import jp.wardhub.proposal.ProposalViews.MilestoneView;
import jp.wardhub.proposal.ProposalViews.ProposalView;

/**
 * 進捗管理: an adopted (or partially adopted) proposal is carried out through dated milestones and a 0–100% progress
 * figure that the adopting bureau keeps up to date; 100% completes it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class ProposalProgressService {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    NotificationService notifications;

    @Inject
    ProposalReader reader;

    @Transactional
    public Created<MilestoneView> addMilestone(long id, @NotNull @Valid MilestoneInput input, String idempotencyKey) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        List<String> adopting = adoptingBureaus(c, p);
        return idempotency.once(idempotencyKey, "add milestone to proposal " + id, input, MilestoneView.class, () -> {
            ProposalMilestone m = new ProposalMilestone();
            reader.followingChange(p, x -> {
                x.status = x.status.after(ProposalStatus.Action.ADD_MILESTONE, !adopting.isEmpty());
                m.proposalId = x.id;
                m.title = input.title();
                m.dueOn = input.dueOn();
                m.done = input.done();
                m.bureauCode = c.is(Role.HQ) ? c.bureauCode() : null;
                m.createdBy = c.username();
                m.createdAt = Instant.now();
                m.persist();
                reader.event(x, c, ProposalEventKind.MILESTONE_ADDED, m.bureauCode, input.title());
            });
            MilestoneView created = audit.persist("proposal-milestone", m, x -> x.id, ProposalReader::milestoneView);
            return new Created<>(Long.toString(created.id()), created, false);
        });
    }

    public MilestoneView milestone(long id, long milestoneId) {
        Proposal p = reader.visible(id, caller.get());
        return ProposalReader.milestoneView(milestone(p, milestoneId));
    }

    @Transactional
    public MilestoneView updateMilestone(long id, long milestoneId, String ifMatch,
            @NotNull @Valid MilestoneInput input) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        ProposalMilestone milestone = milestone(p, milestoneId);
        List<String> adopting = adoptingBureaus(c, p);
        return audit.change("proposal-milestone", milestoneId, milestone, milestone.version, ifMatch,
                ProposalReader::milestoneView,
                m -> {
                    p.status = p.status.after(ProposalStatus.Action.UPDATE_MILESTONE, !adopting.isEmpty());
                    m.title = input.title();
                    m.dueOn = input.dueOn();
                    m.done = input.done();
                    reader.event(p, c, ProposalEventKind.MILESTONE_UPDATED, m.bureauCode,
                            input.title() + (input.done() ? " (済 done)" : ""));
                });
    }

    /** Sets the progress figure; 100% completes the proposal and tells the ward. */
    @Transactional
    public ProposalView setProgress(long id, String ifMatch, @NotNull @Valid ProgressInput input) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        List<String> adopting = adoptingBureaus(c, p);
        boolean complete = input.percent() == 100;
        audit.change("proposal", id, p, p.version, ifMatch, x -> reader.view(x, ProposalReader.AUDITOR), x -> {
            x.status = x.status.after(complete ? ProposalStatus.Action.COMPLETE : ProposalStatus.Action.SET_PROGRESS,
                    !adopting.isEmpty());
            x.progressPercent = input.percent();
            reader.event(x, c, complete ? ProposalEventKind.COMPLETED : ProposalEventKind.PROGRESS,
                    c.is(Role.HQ) ? c.bureauCode() : null, input.percent() + "%");
            if (complete) {
                notifications.toWard(x.wardCode, new Message("proposal-done", "区提案「" + x.title + "」の対応が完了しました",
                        "The proposal has been carried out: " + x.title, ProposalService.link(x), null));
            }
        });
        return reader.view(p, c);
    }

    private static ProposalMilestone milestone(Proposal p, long milestoneId) {
        return ProposalMilestone.<ProposalMilestone>findByIdOptional(milestoneId).filter(m -> m.proposalId.equals(p.id))
                .orElseThrow(() -> ProblemException.notFound("マイルストーン", "milestone", milestoneId));
    }

    /** The bureaus that adopted the proposal; 403 unless the caller is one of them (or an administrator). */
    private static List<String> adoptingBureaus(Caller c, Proposal p) {
        List<String> adopting = ProposalReader.adoptingBureaus(ProposalReader.answers(p.id));
        if (!ProposalPolicy.canReportProgress(c, adopting)) {
            throw ProblemException
                    .forbidden("進捗を報告できるのは採用 (一部採用) した局の職員と管理者です (staff of an adopting bureau and administrators)");
        }
        return adopting;
    }
}
