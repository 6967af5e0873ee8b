package jp.wardhub.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.notification.NotificationService;
import jp.wardhub.notification.NotificationService.Message;
import jp.wardhub.organization.StaffService;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.proposal.ProposalInputs.AnswerInput;
import jp.wardhub.proposal.ProposalViews.AnswerView;

/**
 * 局の回答: each addressed bureau answers a proposal on its own, its approver approves the answer, and publishing it
 * shows it to the ward. When the last bureau's answer is published the proposal is answered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class ProposalAnswerService {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    ProposalReader reader;

    @Inject
    ProposalCounts counts;

    @Inject
    StaffService staff;

    /** The caller's bureau answers (or revises its answer until it is approved). */
    @Transactional
    public AnswerView answer(long id, String ifMatch, @NotNull @Valid AnswerInput input) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        ProposalAnswer slot = ProposalAnswer
                .<ProposalAnswer>find("proposalId = ?1 and bureauCode = ?2", p.id, c.bureauCode())
                .firstResult();
        if (slot == null || !ProposalPolicy.canAnswer(c, slot.bureauCode)) {
            throw ProblemException.forbidden("回答できるのは提出先の局の職員だけです (only staff of an addressed bureau answer)");
        }
        AnswerView answered = step(p, slot, ifMatch, ProposalAnswerState.Action.ANSWER, c, a -> {
            a.decision = input.decision();
            a.reasons = input.reasons();
            a.costYen = input.costYen();
            a.timing = input.timing();
            a.answeredBy = c.username();
            a.answeredAt = Instant.now();
        });
        notifyApprovers(p, slot);
        return answered;
    }

    /**
     * "An answer awaits your approval": told to those who approve it in the normal course, the answering bureau's
     * staff other than the author ({@link ProposalPolicy#canApprove}); administrators, who may approve too, only step
     * in when asked and are not told of every answer. A revised answer is news again, so there is no dedupe key.
     */
    private void notifyApprovers(Proposal p, ProposalAnswer answer) {
        List<String> approvers = staff.bureauStaff(answer.bureauCode).stream()
                .filter(u -> !u.equals(answer.answeredBy)).toList();
        notifications.toUsers(approvers, new Message("proposal-answer-awaits-approval",
                "区提案「" + p.title + "」への回答が承認を待っています",
                "An answer awaits your approval: " + p.title, ProposalService.link(p), null));
    }

    @Transactional
    public AnswerView approve(long id, String bureauCode, String ifMatch) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        ProposalAnswer slot = ProposalReader.slot(p, bureauCode);
        if (!ProposalPolicy.canApprove(c, bureauCode, slot.answeredBy)) {
            throw ProblemException.forbidden(ProposalPolicy.canAnswer(c, bureauCode)
                    ? "回答を書いた本人は承認できません。同じ局の別の職員か管理者が承認します (the author cannot approve their own answer)"
                    : "承認できるのは回答する局の職員 (回答者以外) と管理者です (the bureau's staff other than the author, or administrators)");
        }
        return step(p, slot, ifMatch, ProposalAnswerState.Action.APPROVE, c, a -> {
            a.approvedBy = c.username();
            a.approvedAt = Instant.now();
        });
    }

    @Transactional
    public AnswerView publish(long id, String bureauCode, String ifMatch) {
        Caller c = caller.get();
        Proposal p = reader.find(id);
        ProposalAnswer slot = ProposalReader.slot(p, bureauCode);
        if (!ProposalPolicy.canPublish(c, bureauCode)) {
            throw ProblemException.forbidden("公開できるのは回答する局の職員と管理者です (the answering bureau's staff and administrators)");
        }
        AnswerView published = step(p, slot, ifMatch, ProposalAnswerState.Action.PUBLISH, c, a -> {
            a.publishedBy = c.username();
            a.publishedAt = Instant.now();
            if (p.firstAnswerPublishedAt == null) {
                p.firstAnswerPublishedAt = a.publishedAt;
            }
            var bureau = reader.bureau(a.bureauCode);
            notifications.toWard(p.wardCode, new Message("proposal-answer-published",
                    "区提案「" + p.title + "」に" + bureau.nameJa() + "が回答しました",
                    bureau.nameEn() + " answered the proposal: " + p.title, ProposalService.link(p), null));
        });
        List<ProposalAnswer> answers = ProposalReader.answers(p.id);
        if (answers.stream().allMatch(a -> a.state == ProposalAnswerState.PUBLISHED)) {
            reader.followingChange(p, x -> {
                x.status = x.status.after(ProposalStatus.Action.CONCLUDE,
                        !ProposalReader.adoptingBureaus(answers).isEmpty());
                reader.event(x, c, ProposalEventKind.CONCLUDED, null, null);
            });
        }
        return published;
    }

    /**
     * Tells each bureau, once per answer, that its answer to a submitted proposal is past due. Called daily by
     * {@link ProposalDeadlineScheduler}; returns how many answers are overdue on {@code today}.
     */
    @Transactional
    public int notifyOverdueAnswers(LocalDate today) {
        List<ProposalAnswer> overdue = ProposalAnswer.list(
                "state <> ?1 and dueOn < ?2 and proposalId in (select p.id from Proposal p where p.status = ?3)",
                ProposalAnswerState.PUBLISHED, today, ProposalStatus.SUBMITTED);
        for (ProposalAnswer a : overdue) {
            Proposal p = reader.find(a.proposalId);
            notifications.toBureau(a.bureauCode, new Message("proposal-answer-overdue",
                    "区提案「" + p.title + "」の回答期限 (" + a.dueOn + ") を過ぎています",
                    "Your answer was due on " + a.dueOn + ": " + p.title, ProposalService.link(p),
                    "proposal-answer-overdue:" + a.id));
        }
        return overdue.size();
    }

    /** One step of the answer workflow, under the answer's If-Match, while the proposal still awaits answers. */
    private AnswerView step(Proposal p, ProposalAnswer slot, String ifMatch, ProposalAnswerState.Action action,
            Caller c,
            Consumer<ProposalAnswer> change) {
        ProposalEventKind kind = switch (action) {
            case ANSWER -> ProposalEventKind.ANSWERED;
            case APPROVE -> ProposalEventKind.APPROVED;
            case PUBLISH -> ProposalEventKind.PUBLISHED;
        };
        audit.change("proposal-answer", slot.id, slot, slot.version, ifMatch,
                a -> reader.answerView(p, a, ProposalReader.AUDITOR), a -> {
                    // only publication changes what the proposal counts for (ProposalCounts)
                    ProposalCounts.Share counted = action == ProposalAnswerState.Action.PUBLISH ? counts.share(p)
                            : null;
                    p.status = p.status.after(ProposalStatus.Action.ANSWER, false);
                    a.state = a.state.after(action);
                    change.accept(a);
                    if (counted != null) {
                        counts.moved(counted, counts.share(p));
                    }
                    reader.event(p, c, kind, a.bureauCode, null);
                });
        return reader.answerView(p, slot, c);
    }
}
