package jp.wardhub.organization;

/** The kinds of office, each with its 公共施設一覧 POI code. */
public enum OfficeType {
    /** 市役所 */
    CITY_HALL("1399"),
    /** 区役所 */
    WARD_OFFICE("1303"),
    /** 総合出張所 */
    GENERAL_BRANCH_OFFICE("1304"),
    /** 出張所 */
    BRANCH_OFFICE("1304"),
    /** まちづくりセンター */
    COMMUNITY_CENTER("1305"),
    /** 公民館 */
    COMMUNITY_HALL("1307");

    private final String defaultPoiCode;

    OfficeType(String defaultPoiCode) {
        this.defaultPoiCode = defaultPoiCode;
    }

    public String defaultPoiCode() {
        return defaultPoiCode;
    }
}
