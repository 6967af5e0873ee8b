package jp.wardhub.proposal;

/** 協議への回答: a ward's position on a prior consultation. */
public enum ConsultationStance {
    /** 同意 */
    AGREE,
    /** 条件付き同意 */
    AGREE_WITH_CONDITIONS,
    /** 懸念あり */
    CONCERNS
}
