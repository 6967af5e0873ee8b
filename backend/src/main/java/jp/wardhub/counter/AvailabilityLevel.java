package jp.wardhub.counter;

/** How far a place can handle a procedure. */
public enum AvailabilityLevel {
    /** 取扱い: accepted and completed here */
    FULL,
    /** 受付のみ: accepted here, issued later or elsewhere */
    RECEPTION_ONLY,
    /** 証明書の交付のみ: certificates issued here, filings not accepted */
    ISSUE_ONLY,
    /** 取扱いなし */
    NONE
}
