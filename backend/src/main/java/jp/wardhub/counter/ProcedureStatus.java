package jp.wardhub.counter;

/** Whether a procedure is offered now. */
public enum ProcedureStatus {
    /** 受付中 */
    ACTIVE,
    /** 一時停止 */
    SUSPENDED,
    /** 廃止 */
    RETIRED
}
