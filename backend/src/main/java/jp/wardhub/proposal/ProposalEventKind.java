package jp.wardhub.proposal;

/** 経過の種類: one step in a proposal's timeline. */
public enum ProposalEventKind {
    /** 起案 */
    DRAFTED,
    /** 修正 */
    EDITED,
    /** 提出 */
    SUBMITTED,
    /** 回答 (局内) */
    ANSWERED,
    /** 回答の承認 (局内) */
    APPROVED,
    /** 回答の公開 */
    PUBLISHED,
    /** 全局の回答がそろった */
    CONCLUDED,
    /** マイルストーンの追加 */
    MILESTONE_ADDED,
    /** マイルストーンの更新 */
    MILESTONE_UPDATED,
    /** 進捗の更新 */
    PROGRESS,
    /** 完了 */
    COMPLETED,
    /** 取下げ */
    WITHDRAWN;

    /** Steps inside the answering bureau, shown to others only once that bureau's answer is published. */
    public boolean internalToBureau() {
        return this == ANSWERED || this == APPROVED;
    }
}
