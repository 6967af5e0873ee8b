package jp.wardhub.auth;

/** 役割: what a signed-in caller is. A staff account has exactly one; partner systems are {@link #PARTNER}. */
public enum Role {
    /** 管理者: manages the registry and accounts, reads the audit trail. */
    ADMIN,
    /** 本庁職員: staff of an HQ bureau (and section). */
    HQ,
    /** 区職員: staff of a ward office. */
    WARD,
    /** フロアマネージャー: guides visitors on a ward office floor. */
    FLOOR,
    /** 地域担当職員: community liaison staff of a ward. */
    LIAISON,
    /** 連携システム: a partner system using OAuth2 client credentials, limited by scopes. */
    PARTNER
}
