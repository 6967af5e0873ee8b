package jp.wardhub.proposal;

import java.util.Collection;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what with ward proposals. A ward's staff draft, edit, submit and withdraw their own ward's proposals
 * (administrators any). Each addressed bureau answers for itself: only its own HQ staff write its answer; its approver
 * is an administrator or a colleague of the same bureau who did not write the answer; the bureau (or an administrator)
 * publishes it. Adopting bureaus report milestones and progress. Before publication an answer's content is the
 * bureau's own business: nobody else (the proposing ward included) sees it.
 */
public final class ProposalPolicy {

    private ProposalPolicy() {
    }

    /** Proposals are HQ–ward business: floor managers, liaison staff and partner systems have no part in them. */
    public static boolean canReadProposals(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.HQ) || caller.is(Role.WARD);
    }

    /** Ward staff see their ward's proposals; HQ staff those addressed to their bureau and any with a published answer. */
    public static boolean canSee(Caller caller, String wardCode, Collection<String> addressedBureaus,
            boolean anyPublished) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        if (caller.is(Role.WARD)) {
            return caller.belongsToWard(wardCode);
        }
        return caller.is(Role.HQ) && (addressedBureaus.contains(caller.bureauCode()) || anyPublished);
    }

    /**
     * The list's side of {@link #canSee}: the proposals a caller may see, over {@code Proposal p}. An HQ bureau's
     * proposals are those with an answer slot for it.
     */
    public static Condition readScope(Caller caller) {
        if (caller.is(Role.ADMIN)) {
            return Condition.ALL;
        }
        if (caller.is(Role.WARD)) {
            return caller.wardCode() == null ? Condition.NONE
                    : Condition.of("p.wardCode = :mine", "mine", caller.wardCode());
        }
        if (caller.is(Role.HQ)) {
            String published = "p.firstAnswerPublishedAt is not null";
            return caller.bureauCode() == null ? Condition.of(published)
                    : Condition.of("(" + published + " or exists (select a.id from ProposalAnswer a"
                            + " where a.proposalId = p.id and a.bureauCode = :mine))", "mine", caller.bureauCode());
        }
        return Condition.NONE;
    }

    public static boolean canDraft(Caller caller, String wardCode) {
        return caller.is(Role.ADMIN) || caller.is(Role.WARD) && caller.belongsToWard(wardCode);
    }

    /** Only the addressed bureau's own staff answer for it; not even an administrator speaks for a bureau. */
    public static boolean canAnswer(Caller caller, String bureauCode) {
        return caller.is(Role.HQ) && bureauCode != null && bureauCode.equals(caller.bureauCode());
    }

    /** Four eyes: the approver is an administrator or another member of the answering bureau than the answer's author. */
    public static boolean canApprove(Caller caller, String bureauCode, String author) {
        return caller.is(Role.ADMIN) || canAnswer(caller, bureauCode) && !caller.username().equals(author);
    }

    public static boolean canPublish(Caller caller, String bureauCode) {
        return caller.is(Role.ADMIN) || canAnswer(caller, bureauCode);
    }

    public static boolean canSeeAnswer(Caller caller, String bureauCode, ProposalAnswerState state) {
        return state == ProposalAnswerState.PUBLISHED || caller.is(Role.ADMIN) || canAnswer(caller, bureauCode);
    }

    /** Milestones and progress are reported by a bureau that adopted the proposal (fully or partially). */
    public static boolean canReportProgress(Caller caller, Collection<String> adoptingBureaus) {
        return caller.is(Role.ADMIN) || caller.is(Role.HQ) && adoptingBureaus.contains(caller.bureauCode());
    }
}
