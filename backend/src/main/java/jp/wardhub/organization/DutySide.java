package jp.wardhub.organization;

/** Which side of the city does a duty. */
public enum DutySide {
    /** 本庁 */
    HQ,
    /** 区役所 */
    WARD,
    /** 本庁と区の共同 */
    SHARED
}
