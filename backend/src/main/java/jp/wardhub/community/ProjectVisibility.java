package jp.wardhub.community;

/** 公開区分: a public project is on the city's web site (readable without a token); an internal one only for staff. */
public enum ProjectVisibility {
    /** 公開 */
    PUBLIC,
    /** 庁内限り */
    INTERNAL
}
