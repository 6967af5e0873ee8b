package jp.wardhub.proposal;

/**
 * 回答の公開状況: what a reader outside the answering bureau may know of an answer. Before publication a ward learns
 * only that the bureau has answered, never what it answered.
 */
public enum ProposalAnswerPublication {
    /** 未回答 */
    UNANSWERED,
    /** 回答済み・公開待ち */
    PENDING_PUBLICATION,
    /** 公開済み */
    PUBLISHED
}
