package jp.wardhub.community;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.ProblemException;

/**
 * 申請の状態, decided here and nowhere else: the ward records a group's application (下書き), submits it within the
 * application period, reviews it, grants or declines it; a granted group reports its activity, and the grant is
 * settled against the actual cost.
 */
@Schema(name = "SupportApplicationStatus", description = "申請の状態 (application status)")
public enum ApplicationState {
    /** 下書き */
    DRAFT,
    /** 提出済み */
    SUBMITTED,
    /** 審査中 */
    UNDER_REVIEW,
    /** 交付決定 */
    GRANTED,
    /** 不交付 */
    DECLINED,
    /** 実績報告済み */
    ACTIVITY_REPORTED,
    /** 精算済み */
    SETTLED;

    @Schema(name = "SupportApplicationAction", description = "申請にいまできる操作 (an action on an application)")
    public enum Action {
        SUBMIT, REVIEW, GRANT, DECLINE, REPORT, SETTLE
    }

    public List<Action> allowed() {
        return switch (this) {
            case DRAFT -> List.of(Action.SUBMIT);
            case SUBMITTED -> List.of(Action.REVIEW);
            case UNDER_REVIEW -> List.of(Action.GRANT, Action.DECLINE);
            case GRANTED -> List.of(Action.REPORT);
            case ACTIVITY_REPORTED -> List.of(Action.SETTLE);
            case DECLINED, SETTLED -> List.of();
        };
    }

    /** Holds part of the programme's budget: granted and not yet settled, or settled at its final amount. */
    public boolean holdsBudget() {
        return this == GRANTED || this == ACTIVITY_REPORTED || this == SETTLED;
    }

    public static List<ApplicationState> holdingBudget() {
        return List.of(GRANTED, ACTIVITY_REPORTED, SETTLED);
    }

    /** The state after the action, or a 409 naming the actions this state allows. */
    public ApplicationState after(Action action) {
        if (!allowed().contains(action)) {
            throw ProblemException.illegalTransition("申請", "application", this, action, allowed());
        }
        return switch (action) {
            case SUBMIT -> SUBMITTED;
            case REVIEW -> UNDER_REVIEW;
            case GRANT -> GRANTED;
            case DECLINE -> DECLINED;
            case REPORT -> ACTIVITY_REPORTED;
            case SETTLE -> SETTLED;
        };
    }
}
