package jp.wardhub.counter;

/** The non-office channels through which a procedure can be done. */
public enum ChannelKind {
    /** コンビニ交付 (needs a My Number card) */
    CONVENIENCE_STORE,
    /** オンライン申請 (マイナポータル) */
    ONLINE,
    /** 郵送 */
    MAIL,
    /** 証明書自動交付機 */
    KIOSK
}
