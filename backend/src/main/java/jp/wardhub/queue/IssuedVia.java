package jp.wardhub.queue;

/** How a ticket was issued. */
public enum IssuedVia {
    /** 発券機: a kiosk device registered for the office. */
    KIOSK,
    /** 職員: a floor manager or ward staff, for a visitor. */
    STAFF,
    /** 転送: a copy opened by a transfer from another lane. */
    TRANSFER
}
