package jp.wardhub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 団体の種類: what kind of community group it is. */
@Schema(name = "CommunityGroupType", description = "団体の種類 (kind of group)")
public enum GroupType {
    /** 自治会・町内会 */
    NEIGHBOURHOOD_ASSOCIATION,
    /** 校区自治協議会 */
    SCHOOL_DISTRICT_COUNCIL,
    /** NPO 法人・市民活動団体 */
    NPO,
    /** 子ども会・子育て支援の団体 */
    CHILDREN,
    /** 老人クラブ・高齢者の団体 */
    ELDERLY,
    /** その他 */
    OTHER
}
