package jp.wardhub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 担当地域の種類: what kind of area a liaison officer looks after. */
@Schema(name = "CommunityAreaKind", description = "担当地域の種類 (kind of area)")
public enum AreaKind {
    /** 校区: an elementary school district, the unit groups, projects and voices name. */
    SCHOOL_DISTRICT,
    /** まちづくりセンター・公民館の担当区域: a community centre's or hall's area, which may hold school districts. */
    COMMUNITY_CENTER
}
