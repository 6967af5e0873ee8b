package jp.wardhub.queue;

import java.util.Set;

/**
 * 整理券の状態. WAITING → CALLED → SERVING → DONE is the usual way; a called visitor who does not come is a NO_SHOW, a
 * visitor who leaves is CANCELLED, and one sent to another lane is TRANSFERRED (a copy waits in the other lane).
 */
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

    /** The states a ticket has left the floor in. */
    public static final Set<TicketState> ENDED = Set.of(DONE, NO_SHOW, CANCELLED, TRANSFERRED);

    public boolean ended() {
        return ENDED.contains(this);
    }
}
