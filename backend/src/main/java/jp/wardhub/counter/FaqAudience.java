package jp.wardhub.counter;

/** Who a Q&A entry is for. */
public enum FaqAudience {
    /** 住民向け: public */
    RESIDENT,
    /** 職員向け (窓口マニュアル): staff only */
    STAFF
}
