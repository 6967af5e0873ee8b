package jp.wardhub.counter;

import java.util.List;

import jp.wardhub.platform.ProblemException;

/**
 * The Q&A workflow, decided here and nowhere else: a draft is submitted for review; the owning section approves it
 * (published to every ward) or sends it back to draft; editing a published entry starts a new draft revision while
 * the published one stays visible.
 */
public enum FaqState {
    /** 下書き */
    DRAFT,
    /** 確認中 */
    IN_REVIEW,
    /** 公開 */
    PUBLISHED;

    public enum Action {
        EDIT, SUBMIT, APPROVE, REJECT
    }

    public List<Action> allowed() {
        return switch (this) {
            case DRAFT -> List.of(Action.EDIT, Action.SUBMIT);
            case IN_REVIEW -> List.of(Action.APPROVE, Action.REJECT);
            case PUBLISHED -> List.of(Action.EDIT);
        };
    }

    /** The state after the action, or a 409 naming the actions this state allows. */
    public FaqState after(Action action) {
        if (!allowed().contains(action)) {
            throw ProblemException.illegalTransition("Q&A", "Q&A entry", this, action, allowed());
        }
        return switch (action) {
            case EDIT, REJECT -> DRAFT;
            case SUBMIT -> IN_REVIEW;
            case APPROVE -> PUBLISHED;
        };
    }
}
