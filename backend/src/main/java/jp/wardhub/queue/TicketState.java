package jp.wardhub.queue;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.ProblemException;

/**
 * 整理券の状態, decided here and nowhere else. WAITING → CALLED → SERVING → DONE is the usual way; a called visitor
 * who does not come is a NO_SHOW, a visitor who leaves is CANCELLED, and one sent to another lane is TRANSFERRED (a
 * copy with the same number and arrival time waits in the other lane). A called ticket can be called again.
 */
@Schema(name = "TicketState", description = "整理券の状態 (ticket state)")
public enum TicketState {
    /** 待ち */
    WAITING,
    /** 呼出中 */
    CALLED,
    /** 対応中 */
    SERVING,
    /** 完了 */
    DONE,
    /** 不在 */
    NO_SHOW,
    /** 取消 */
    CANCELLED,
    /** 転送 */
    TRANSFERRED;

    /** What a window or the floor does to a ticket. Calling is {@code call-next}, which picks the ticket itself. */
    @Schema(name = "TicketAction", description = "整理券にいまできる操作 (an action on a ticket)")
    public enum Action {
        CALL, RECALL, START, FINISH, NO_SHOW, TRANSFER, CANCEL
    }

    public List<Action> allowed() {
        return switch (this) {
            case WAITING -> List.of(Action.CALL, Action.TRANSFER, Action.CANCEL);
            case CALLED -> List.of(Action.RECALL, Action.START, Action.NO_SHOW, Action.TRANSFER, Action.CANCEL);
            case SERVING -> List.of(Action.FINISH, Action.TRANSFER);
            case DONE, NO_SHOW, CANCELLED, TRANSFERRED -> List.of();
        };
    }

    public TicketState after(Action action) {
        if (!allowed().contains(action)) {
            throw ProblemException.illegalTransition("整理券", "ticket", this, action, allowed());
        }
        return switch (action) {
            case CALL, RECALL -> CALLED;
            case START -> SERVING;
            case FINISH -> DONE;
            case NO_SHOW -> NO_SHOW;
            case TRANSFER -> TRANSFERRED;
            case CANCEL -> CANCELLED;
        };
    }
}
