package jp.wardhub.organization;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;

/** The organization registry's API bodies. Entities never leave the service layer. */
public final class OrganizationViews {

    private OrganizationViews() {
    }

    @Schema(name = "Ward", description = "区 (a ward)")
    public record WardView(
            @Schema(description = "全国地方公共団体コード (local government code)", examples = "431010") String code,
            @Schema(examples = "中央区") String nameJa,
            @Schema(examples = "ちゅうおうく") String nameKana,
            @Schema(examples = "Chuo Ward") String nameEn,
            @Schema(nullable = true, description = "区役所の施設 ID (id of the ward office)", examples = "2") Long officeId,
            long version) implements Versioned {
    }

    @Schema(name = "WardRef", description = "区の参照 (a ward, briefly)")
    public record WardRef(@Schema(examples = "431010") String code, @Schema(examples = "中央区") String nameJa,
            @Schema(examples = "Chuo Ward") String nameEn) {
    }

    @Schema(name = "Bureau", description = "本庁の局とその課 (an HQ bureau and its sections)")
    public record BureauView(@Schema(examples = "policy") String code, @Schema(examples = "政策局") String nameJa,
            @Schema(examples = "Policy Bureau") String nameEn, int sortOrder, List<SectionView> sections, long version)
            implements Versioned {
    }

    @Schema(name = "BureauRef", description = "局の参照 (a bureau, briefly)")
    public record BureauRef(@Schema(examples = "policy") String code, @Schema(examples = "政策局") String nameJa,
            @Schema(examples = "Policy Bureau") String nameEn) {
    }

    @Schema(name = "Section", description = "課 (a section of a bureau)")
    public record SectionView(@Schema(examples = "policy-planning") String code,
            @Schema(examples = "政策企画課") String nameJa,
            @Schema(examples = "Policy Planning Section") String nameEn) {
    }

    @Schema(name = "Office", description = "施設 (an office or community facility), 公共施設一覧の項目つき")
    public record OfficeView(
            @Schema(examples = "2") long id,
            OfficeType type,
            @Schema(examples = "431010") String wardCode,
            @Schema(examples = "中央区役所") String nameJa,
            @Schema(examples = "ちゅうおうくやくしょ") String nameKana,
            @Schema(examples = "Chuo Ward Office") String nameEn,
            @Schema(nullable = true, description = "名称_通称") String nameCommon,
            @Schema(description = "POIコード", examples = "1303") String poiCode,
            @Schema(nullable = true, examples = "860-8601") String postalCode,
            @Schema(description = "所在地_連結表記", examples = "熊本県熊本市中央区手取本町1-1") String address,
            @Schema(nullable = true, description = "建物名等(方書)") String building,
            @Schema(nullable = true, examples = "32.803") BigDecimal latitude,
            @Schema(nullable = true, examples = "130.7079") BigDecimal longitude,
            @Schema(nullable = true, examples = "096-328-2111") String phone,
            @Schema(nullable = true, description = "内線番号") String extension,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String url,
            @Schema(nullable = true, description = "バリアフリー情報 (accessibility)") String accessibility,
            @Schema(nullable = true, description = "備考 (notes)") String notes,
            @Schema(description = "祝日は休み (closed on public holidays)") boolean closedOnHolidays,
            @Schema(description = "年末年始 12/29〜1/3 は休み (closed over the year-end)") boolean closedYearEnd,
            long version) implements Versioned {
    }

    @Schema(name = "OfficePage", description = "施設一覧の 1 ページ (a page of offices)")
    public record OfficePage(List<OfficeView> items, @Schema(examples = "0") int page,
            @Schema(examples = "20") int size,
            @Schema(examples = "30") long total) {
    }

    @Schema(name = "StaffAccount", description = "職員アカウント (a staff account); password is never returned")
    public record StaffView(long id, @Schema(examples = "chuo") String username,
            @Schema(examples = "中央 花子") String displayName,
            jp.wardhub.auth.Role role, @Schema(nullable = true, examples = "431010") String wardCode,
            @Schema(nullable = true) String bureauCode, @Schema(nullable = true) String sectionCode,
            boolean active,
            @Schema(description = "サインインの失敗が続き、どこかの接続元からのサインインが止められている (sign-in is refused after repeated failures, from at least one address); POST /staff/{id}/unlock clears it") boolean locked,
            @Schema(description = "次のサインインでパスワードの変更が必要 (must choose a new password at the next sign-in, e.g. after a reset)") boolean passwordChangeRequired,
            long version) implements Versioned {
    }

    @Schema(name = "StaffPasswordReset",
            description = "パスワードの再設定の応答。仮パスワードはこの応答でしか見られず、次のサインインで変更が必要 (the temporary password is shown in this answer only; it must be changed at the next sign-in)")
    public record StaffPasswordReset(StaffView account,
            @Schema(description = "仮パスワード (the temporary password)",
                    examples = "k7mq-x2pd-9wrt-hc4n") String temporaryPassword)
            implements Versioned {

        @Override
        public long version() {
            return account.version();
        }
    }

    /**
     * Who a login id is, as a colleague reads it: 起案者 中央 花子 (中央区), not "chuo". Deactivated accounts keep their name,
     * since their past work still shows it.
     */
    @Schema(name = "StaffName", description = "職員の名前と所属 (a staff member's name and place)")
    public record StaffNameView(@Schema(examples = "chuo") String username,
            @Schema(examples = "中央 花子") String displayName,
            jp.wardhub.auth.Role role, @Schema(nullable = true, examples = "431010") String wardCode,
            @Schema(nullable = true, examples = "policy") String bureauCode,
            @Schema(nullable = true, examples = "policy-planning") String sectionCode) {
    }

    @Schema(name = "StaffPage", description = "職員アカウントの 1 ページ (a page of staff accounts)")
    public record StaffPage(List<StaffView> items, int page, int size, long total) {
    }
}
