package jp.wardhub.organization;

/**
 * Why a duty sits where it does, in the paper's terms: uniformity, expertise and efficiency argue for HQ; proximity,
 * counter service and one-stop handling argue for the ward.
 */
public enum DutyReason {
    /** 統一性 */
    UNIFORMITY,
    /** 専門性 */
    EXPERTISE,
    /** 効率性 */
    EFFICIENCY,
    /** 近接性 (住民に身近) */
    PROXIMITY,
    /** 窓口サービス */
    COUNTER_SERVICE,
    /** ワンストップ */
    ONE_STOP
}
