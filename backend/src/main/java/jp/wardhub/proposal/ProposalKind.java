package jp.wardhub.proposal;

/** 提案の種類: what a ward proposes. A budget request is tied to the fiscal year (年度) whose budget it asks for. */
public enum ProposalKind {
    /** 政策提案 */
    POLICY,
    /** 事業提案 */
    PROJECT,
    /** 予算要望 */
    BUDGET_REQUEST
}
