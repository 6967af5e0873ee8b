package jp.wardhub.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;

/** Response bodies of community development. None carries a group's contact except {@link ContactView}. */
public final class CommunityViews {

    private CommunityViews() {
    }

    // ---- groups ----

    @Schema(name = "CommunityOfficer", description = "役員 (an office holder)")
    public record OfficerView(OfficerRole role, @Schema(examples = "見本 一郎") String name, LocalDate termFrom,
            @Schema(nullable = true) LocalDate termTo,
            @Schema(description = "今日が任期中か (in office today)") boolean current) {
    }

    @Schema(name = "CommunityGroup", description = "地域活動団体 (a community group). 連絡先は含まない (never the contact)")
    public record GroupView(long id, GroupType type,
            @Schema(examples = "慶徳校区自治協議会") String name,
            @Schema(examples = "けいとくこうくじちきょうぎかい") String nameKana,
            @Schema(examples = "431010") String wardCode,
            @Schema(nullable = true, examples = "慶徳校区") String schoolDistrict,
            List<String> activityAreas, List<OfficerView> officers,
            @Schema(description = "連絡先の登録があるか (whether a contact is on file; read it at /contact)") boolean hasContact,
            @Schema(description = "この団体を更新できるか (whether you may update it)") boolean editable,
            String createdBy, Instant createdAt, Instant updatedAt, long version) implements Versioned {
    }

    @Schema(name = "CommunityGroupSummary", description = "一覧の 1 件 (a group in a list)")
    public record GroupSummary(long id, GroupType type, String name, String nameKana, String wardCode,
            @Schema(nullable = true) String schoolDistrict,
            List<String> activityAreas) {
    }

    @Schema(name = "CommunityGroupPage", description = "地域活動団体の 1 ページ (a page of groups)")
    public record GroupPage(List<GroupSummary> items, int page, int size, long total) {
    }

    @Schema(name = "CommunityGroupContact",
            description = "代表者の連絡先 (個人情報)。読むたびに監査記録に残る (the representative's contact; every read is audited)")
    public record ContactView(long groupId, String groupName, @Schema(nullable = true) String representativeName,
            @Schema(nullable = true) String address, @Schema(nullable = true) String phone,
            @Schema(nullable = true) String email) {
    }

    // ---- programmes ----

    @Schema(name = "SupportProgram",
            description = "支援制度 (a support programme), 予算の交付済み額と残額つき (with the budget granted and remaining)")
    public record ProgramView(long id,
            @Schema(nullable = true, description = "区の制度の区コード。全市の制度では省略 (the ward; absent for a city-wide programme)",
                    examples = "431010") String wardCode,

            @Schema(description = "全市の制度か (city-wide)") boolean cityWide,
            @Schema(examples = "2026") int fiscalYear,
            @Schema(examples = "中央区地域づくり活動補助金") String name,
            String description, String eligibility,
            @Schema(examples = "1000000") long totalBudgetYen,
            @Schema(examples = "300000") long maximumPerApplicationYen,
            @Schema(examples = "25000") long minimumPerApplicationYen,
            SubsidyRate subsidyRate,
            @Schema(description = "補助率の百分率 (表示用、切り捨て) (the rate as a percentage, for display, rounded down)",
                    examples = "50.0") BigDecimal subsidyRatePercent,
            LocalDate applicationFrom, LocalDate applicationTo,
            @Schema(description = "今日が申請期間内か (accepting applications today, Asia/Tokyo)") boolean acceptingApplications,
            @Schema(description = "交付決定済みの額 (精算済みは確定額) (budget granted: granted amounts, or final amounts once settled)",
                    examples = "630000") long budgetGrantedYen,
            @Schema(description = "予算の残額 (budget remaining)", examples = "370000") long budgetRemainingYen,
            String createdBy, Instant createdAt, long version) implements Versioned {
    }

    @Schema(name = "SupportProgramPage", description = "支援制度の 1 ページ (a page of programmes)")
    public record ProgramPage(List<ProgramView> items, int page, int size, long total) {
    }

    // ---- applications ----

    @Schema(name = "SupportApplicationHistoryEntry", description = "申請の経過の 1 件 (one workflow step)")
    public record HistoryView(Instant occurredAt, String actor, @Schema(examples = "GRANT") String action,
            @Schema(nullable = true) ApplicationState fromStatus, ApplicationState toStatus,
            @Schema(nullable = true, description = "その操作で決まった額 (the amount decided by the step)",
                    examples = "200000") Long amountYen,

            @Schema(nullable = true) String note) {
    }

    @Schema(name = "SupportApplication",
            description = "申請 (an application), 経過といまできる操作つき (with its history and the actions you may take)")
    public record ApplicationView(long id, long programId, String programName,
            @Schema(nullable = true, description = "制度の区。全市の制度では省略 (the programme's ward)",
                    examples = "431010") String programWardCode,

            int fiscalYear, long groupId, String groupName,
            @Schema(examples = "431010") String groupWardCode,
            String title, String plannedActivity, LocalDate activityFrom, LocalDate activityTo,
            @Schema(examples = "400000") long eligibleCostYen,
            @Schema(examples = "200000") long requestedAmountYen,
            @Schema(nullable = true, description = "交付決定額 (granted amount)", examples = "200000") Long grantedAmountYen,
            @Schema(nullable = true) String declineReason, @Schema(nullable = true) String activityReport,
            @Schema(nullable = true, description = "実際の経費 (actual cost)") Long actualCostYen,
            @Schema(nullable = true, description = "確定額 (final amount)") Long finalAmountYen,
            ApplicationState status, @Schema(nullable = true) LocalDate submittedOn,
            @Schema(description = "いまできる操作 (actions you may take now)") List<ApplicationState.Action> actions,
            List<HistoryView> history,
            @Schema(description = "記録した職員 (who recorded it)", examples = "chuo-liaison") String createdBy,
            @Schema(nullable = true, description = "提出した職員 (who submitted it)") String submittedBy,
            @Schema(nullable = true, description = "審査した職員 (who reviewed it)") String reviewedBy,
            @Schema(nullable = true, description = "交付・不交付を決定した職員 (who decided it)") String decidedBy,
            @Schema(nullable = true,
                    description = "四つの目の原則: あなたが行ったために交付決定できない手順。なければ null (four eyes: the step you took that bars you from deciding the grant; null when none)") SupportApplicationPolicy.FourEyesStep fourEyesConflict,
            Instant createdAt, Instant updatedAt, long version) implements Versioned {
    }

    @Schema(name = "SupportApplicationSummary", description = "一覧の 1 件 (an application in a list)")
    public record ApplicationSummary(long id, long groupId, String groupName, String title, ApplicationState status,
            long eligibleCostYen, long requestedAmountYen, @Schema(nullable = true) Long grantedAmountYen,
            @Schema(nullable = true) Long finalAmountYen, @Schema(nullable = true) LocalDate submittedOn) {
    }

    @Schema(name = "SupportApplicationPage", description = "申請の 1 ページ (a page of applications)")
    public record ApplicationPage(List<ApplicationSummary> items, int page, int size, long total) {
    }

    // ---- statistics ----

    @Schema(name = "GrantStatsGroup", description = "集計の 1 区分 (one group of the figures)")
    public record StatsGroup(@Schema(examples = "431010") String key, @Schema(examples = "中央区") String labelJa,
            @Schema(examples = "Chuo Ward") String labelEn,
            @Schema(description = "申請件数 (下書きを除く) (applications, drafts excluded)") long applications,
            @Schema(description = "交付決定件数 (granted, including reported and settled)") long grantedCount,
            @Schema(description = "交付決定額の合計 (granted amount)") long grantedAmountYen,
            @Schema(description = "精算済みの確定額の合計 (settled amount)") long settledAmountYen,
            @Schema(description = "予算総額 (budget)") long budgetYen,
            @Schema(description = "予算の使用額 (交付決定額、精算済みは確定額) (budget used)") long budgetUsedYen,
            @Schema(nullable = true, description = "予算の使用率 (%)、予算がなければ省略 (budget used, percent)",
                    examples = "63.0") BigDecimal budgetUsedPercent) {
    }

    @Schema(name = "GrantStats", description = "補助金の交付状況 (grant statistics)")
    public record StatsView(@Schema(examples = "program") String groupBy,
            @Schema(nullable = true, examples = "2026") Integer fiscalYear,
            List<StatsGroup> groups, StatsGroup total) {
    }
}
