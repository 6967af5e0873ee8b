package jp.wardhub.proposal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.ProblemException;

/**
 * 回答の状態, decided here and nowhere else: a bureau answers (and may revise its answer until approved), the bureau's
 * approver approves it, and only then is it published to the ward. Answering is separate from publishing, as in
 * Decidim and CONSUL.
 */
public enum ProposalAnswerState {
    /** 未回答 */
    PENDING,
    /** 回答済み (承認待ち) */
    ANSWERED,
    /** 承認済み (公開待ち) */
    APPROVED,
    /** 公開済み */
    PUBLISHED;

    @Schema(name = "ProposalAnswerAction", description = "回答にいまできる操作 (an action on an answer)")
    public enum Action {
        ANSWER, APPROVE, PUBLISH
    }

    public List<Action> allowed() {
        return switch (this) {
            case PENDING -> List.of(Action.ANSWER);
            case ANSWERED -> List.of(Action.ANSWER, Action.APPROVE);
            case APPROVED -> List.of(Action.PUBLISH);
            case PUBLISHED -> List.of();
        };
    }

    /** The state after the action, or a 409 naming the actions this state allows. */
    public ProposalAnswerState after(Action action) {
        if (!allowed().contains(action)) {
            throw ProblemException.illegalTransition("回答", "answer", this, action, allowed());
        }
        return switch (action) {
            case ANSWER -> ANSWERED;
            case APPROVE -> APPROVED;
            case PUBLISH -> PUBLISHED;
        };
    }

    /** What readers outside the bureau may know. */
    public ProposalAnswerPublication publication() {
        return switch (this) {
            case PENDING -> ProposalAnswerPublication.UNANSWERED;
            case ANSWERED, APPROVED -> ProposalAnswerPublication.PENDING_PUBLICATION;
            case PUBLISHED -> ProposalAnswerPublication.PUBLISHED;
        };
    }
}
