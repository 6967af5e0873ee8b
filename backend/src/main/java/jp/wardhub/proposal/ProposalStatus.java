package jp.wardhub.proposal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.ProblemException;

/**
 * 区提案の状態, decided here and nowhere else. The ward drafts and edits, then submits to HQ bureaus; the proposal is
 * answered when every bureau's answer is published; an adopted (or partially adopted) proposal is then in progress
 * through its milestones and progress figure until done at 100%. The ward may withdraw it until it is answered.
 */
public enum ProposalStatus {
    /** 起案中 */
    DRAFT,
    /** 提出済み (回答待ち) */
    SUBMITTED,
    /** 回答済み */
    ANSWERED,
    /** 実施中 */
    IN_PROGRESS,
    /** 完了 */
    DONE,
    /** 取下げ */
    WITHDRAWN;

    @Schema(name = "ProposalAction",
            description = "区提案にいまできる操作 (an action on a proposal). CONCLUDE は全局の回答の公開で自動的に起きる (CONCLUDE happens by itself when the last answer is published)")
    public enum Action {
        EDIT, SUBMIT, WITHDRAW, ANSWER,
        /** Not a request: taken when the last addressed bureau's answer is published. */
        CONCLUDE,
        ADD_MILESTONE, UPDATE_MILESTONE, SET_PROGRESS, COMPLETE;

        boolean byCaller() {
            return this != CONCLUDE;
        }
    }

    /**
     * The actions this state allows. Milestones and progress belong to adopted proposals only: an answered proposal
     * that no bureau adopted stays answered.
     */
    public List<Action> allowed(boolean adopted) {
        return switch (this) {
            case DRAFT -> List.of(Action.EDIT, Action.SUBMIT, Action.WITHDRAW);
            case SUBMITTED -> List.of(Action.ANSWER, Action.CONCLUDE, Action.WITHDRAW);
            case ANSWERED -> adopted ? List.of(Action.ADD_MILESTONE, Action.SET_PROGRESS, Action.COMPLETE) : List.of();
            case IN_PROGRESS ->
                List.of(Action.ADD_MILESTONE, Action.UPDATE_MILESTONE, Action.SET_PROGRESS, Action.COMPLETE);
            case DONE, WITHDRAWN -> List.of();
        };
    }

    /** What a caller may ask for now (the automatic CONCLUDE left out). */
    public List<Action> actions(boolean adopted) {
        return allowed(adopted).stream().filter(Action::byCaller).toList();
    }

    /** The state after the action, or a 409 naming the actions this state allows. */
    public ProposalStatus after(Action action, boolean adopted) {
        if (!allowed(adopted).contains(action)) {
            throw ProblemException.illegalTransition("区提案", "proposal", this, action, actions(adopted));
        }
        return switch (action) {
            case EDIT -> DRAFT;
            case SUBMIT, ANSWER -> SUBMITTED;
            case WITHDRAW -> WITHDRAWN;
            case CONCLUDE -> ANSWERED;
            case ADD_MILESTONE, UPDATE_MILESTONE, SET_PROGRESS -> IN_PROGRESS;
            case COMPLETE -> DONE;
        };
    }
}
