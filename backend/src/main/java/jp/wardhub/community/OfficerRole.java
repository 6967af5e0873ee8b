package jp.wardhub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 役職: an office in a community group. */
@Schema(name = "CommunityOfficerRole", description = "役職 (office held)")
public enum OfficerRole {
    /** 会長・代表 */
    PRESIDENT,
    /** 副会長 */
    VICE_PRESIDENT,
    /** 会計 */
    TREASURER,
    /** 書記・事務局 */
    SECRETARY,
    /** 監事 */
    AUDITOR,
    /** 理事・役員 */
    DIRECTOR,
    /** その他 */
    OTHER
}
