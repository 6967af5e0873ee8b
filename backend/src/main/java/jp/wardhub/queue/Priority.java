package jp.wardhub.queue;

/** 優先受付: why a visitor is served before others in the lane. */
public enum Priority {
    /** 高齢の方 */
    ELDERLY,
    /** 障がいのある方 */
    DISABILITY,
    /** 妊娠中の方 */
    PREGNANCY,
    /** 乳幼児連れの方 */
    INFANT,
    /** けが・体調のすぐれない方 */
    ILLNESS
}
