package jp.wardhub.voice;

/** 公表: whether the voice and its answer are published, in anonymised form, or why not. */
public enum Publication {
    /** 未判断 */
    UNDECIDED,
    /** 公表 (an anonymised text) */
    PUBLISHED,
    /** 非公表 (with a {@link NotPublishedReason}) */
    NOT_PUBLISHED;

    /** 非公表の理由 */
    public enum NotPublishedReason {
        /** 個人情報を含み匿名化できない */
        PERSONAL_INFORMATION,
        /** 係争中 */
        UNDER_LITIGATION,
        /** 同趣旨の声を公表済み */
        DUPLICATE,
        /** 本人の同意がない */
        NO_CONSENT,
        /** その他 */
        OTHER
    }
}
