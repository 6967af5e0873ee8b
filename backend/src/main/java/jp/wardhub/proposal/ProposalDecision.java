package jp.wardhub.proposal;

/** 回答区分: how a bureau decided on a ward proposal. Adopted and partially adopted count as reflected (反映). */
public enum ProposalDecision {
    /** 採用 */
    ADOPTED,
    /** 一部採用 */
    PARTIALLY_ADOPTED,
    /** 検討 */
    FURTHER_STUDY,
    /** 不採用 */
    NOT_ADOPTED;

    /** Reflected in policy or budget, as Yokohama's 区提案反映制度 counts it (partial adoption included). */
    public boolean reflected() {
        return this == ADOPTED || this == PARTIALLY_ADOPTED;
    }
}
