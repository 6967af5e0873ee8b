package jp.wardhub.voice;

import java.util.List;

import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;

/**
 * The residents' voice workflow, decided here and nowhere else: a voice is received, triaged (due date, ward,
 * categories checked), assigned to a ward or an HQ section, possibly transferred (移ちょう) to another one while it
 * stays assigned, answered and closed. Whether it is published is decided once it is answered, and may be revised.
 */
public enum VoiceState {
    /** 受付 */
    RECEIVED,
    /** 振り分け済み */
    TRIAGED,
    /** 担当割当て済み */
    ASSIGNED,
    /** 回答済み */
    ANSWERED,
    /** 完了 */
    CLOSED;

    public enum Action {
        TRIAGE, ASSIGN, TRANSFER, ANSWER, CLOSE, PUBLISH
    }

    public List<Action> allowed() {
        return switch (this) {
            case RECEIVED -> List.of(Action.TRIAGE);
            case TRIAGED -> List.of(Action.ASSIGN);
            case ASSIGNED -> List.of(Action.TRANSFER, Action.ANSWER);
            case ANSWERED -> List.of(Action.CLOSE, Action.PUBLISH);
            case CLOSED -> List.of(Action.PUBLISH);
        };
    }

    /** Still waiting for an answer: these count as overdue once past their due date. */
    public boolean awaitsAnswer() {
        return this == RECEIVED || this == TRIAGED || this == ASSIGNED;
    }

    public static List<VoiceState> awaitingAnswer() {
        return List.of(RECEIVED, TRIAGED, ASSIGNED);
    }

    /**
     * Categories may be corrected (outside triage, which also sets them) until the voice is closed: a closed voice's
     * figures are final. A 409 otherwise.
     */
    public void requireCategorizable() {
        if (this == CLOSED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                    "完了した区民の声の分類は変えられません (the categories of a closed voice are final)");
        }
    }

    /** The state after the action, or a 409 naming the actions this state allows. */
    public VoiceState after(Action action) {
        if (!allowed().contains(action)) {
            throw ProblemException.illegalTransition("区民の声", "voice", this, action, allowed());
        }
        return switch (action) {
            case TRIAGE -> TRIAGED;
            case ASSIGN, TRANSFER -> ASSIGNED;
            case ANSWER -> ANSWERED;
            case CLOSE -> CLOSED;
            case PUBLISH -> this;
        };
    }
}
