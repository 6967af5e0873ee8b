package jp.wardhub.community;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What clients send about community groups, support programmes, applications and grants: the request bodies (the
 * lists' query parameters are {@link CommunityGroupQuery}, {@link SupportProgramQuery}, {@link SupportApplicationQuery},
 * {@link GrantStatsQuery} and {@link GrantQuery}). Amounts are whole yen.
 */
public final class CommunityInputs {

    /** A trillion yen: far above any budget, low enough that a rate times a cost cannot overflow. */
    static final long MAX_YEN = 1_000_000_000_000L;

    private CommunityInputs() {
    }

    @Schema(name = "CommunityGroupInput", description = "地域活動団体の登録・更新内容 (a community group to create, or to replace)")
    public record GroupInput(
            @NotNull GroupType type,
            @NotBlank @Size(max = 200) @Schema(examples = "慶徳校区自治協議会") String name,
            @NotBlank @Size(max = 200) @Schema(description = "よみがな (reading, for search)",
                    examples = "けいとくこうくじちきょうぎかい") String nameKana,
            @Size(max = 6) @Schema(description = "区コード。区の職員は省略すると自分の区 (ward code; ward staff default to their own)",
                    examples = "431010") String wardCode,
            @Size(max = 50) @Schema(description = "校区 (school district)", examples = "慶徳校区") String schoolDistrict,
            @Size(max = 20) @Schema(description = "活動地域 (activity areas)",
                    examples = "[\"新町1丁目\", \"新町2丁目\"]") List<@NotBlank @Size(max = 100) String> activityAreas,
            @Size(max = 30) @Schema(
                    description = "役員と任期 (officers and their terms)") List<@Valid @NotNull OfficerInput> officers,
            @Valid @Schema(
                    description = "代表者の連絡先 (個人情報)。団体とは別に保管され、応答には含まれない。更新で省略するといまの連絡先のまま (the representative's contact, personal data: stored apart, never returned with the group; omitted on update = unchanged)") ContactInput contact) {
    }

    @Schema(name = "CommunityOfficerInput", description = "役員 (an office holder)")
    public record OfficerInput(
            @NotNull OfficerRole role,
            @NotBlank @Size(max = 100) @Schema(examples = "見本 一郎") String name,
            @NotNull @Schema(description = "任期の始まり (term from)", examples = "2026-04-01") LocalDate termFrom,
            @Schema(description = "任期の終わり。未定なら省略 (term to; omit if open-ended)",
                    examples = "2028-03-31") LocalDate termTo) {
    }

    @Schema(name = "CommunityGroupContactInput",
            description = "代表者の連絡先 (個人情報) (the representative's contact; personal data)")
    public record ContactInput(
            @Size(max = 100) @Schema(examples = "見本 一郎") String representativeName,
            @Size(max = 300) @Schema(examples = "熊本市中央区見本町1-1") String address,
            @Size(max = 30) @Schema(examples = "096-000-0001") String phone,
            @Email @Size(max = 254) @Schema(examples = "mihon@example.jp") String email) {
    }

    @Schema(name = "SupportProgramInput",
            description = "支援制度 (a support programme). wardCode を省略すると全市の制度 (omit wardCode for a city-wide programme)")
    public record ProgramInput(
            @Size(max = 6) @Schema(description = "区の制度ならその区コード、全市の制度なら省略 (the ward, or omit for city-wide)",
                    examples = "431010") String wardCode,
            @NotNull @Min(2000) @Max(2100) @Schema(description = "年度 (fiscal year, April to March)",
                    examples = "2026") Integer fiscalYear,
            @NotBlank @Size(max = 200) @Schema(examples = "中央区地域づくり活動補助金") String name,
            @NotBlank @Size(max = 4000) @Schema(examples = "地域の課題解決や交流のための活動に、経費の一部を補助します。") String description,
            @NotBlank @Size(max = 4000) @Schema(description = "対象となる団体・活動 (who and what is eligible)",
                    examples = "区内で活動する自治会・校区自治協議会・NPO 等") String eligibility,
            @NotNull @Min(1) @Max(MAX_YEN) @Schema(description = "予算総額 (円) (total budget, yen)",
                    examples = "1000000") Long totalBudgetYen,
            @NotNull @Min(1) @Max(MAX_YEN) @Schema(description = "1 件あたりの上限 (円) (maximum per application, yen)",
                    examples = "300000") Long maximumPerApplicationYen,
            @Min(0) @Max(MAX_YEN) @Schema(
                    description = "1 件あたりの下限 (円)。省略時は 0 (minimum per application, yen; default 0)",
                    examples = "25000") Long minimumPerApplicationYen,
            @NotNull @Valid SubsidyRate subsidyRate,
            @NotNull @Schema(description = "申請受付の始まり (applications from)",
                    examples = "2026-06-01") LocalDate applicationFrom,
            @NotNull @Schema(description = "申請受付の終わり (applications until, inclusive)",
                    examples = "2027-01-29") LocalDate applicationTo) {
    }

    @Schema(name = "SupportApplicationInput",
            description = "団体に代わって区が記録する申請 (an application, recorded by the ward on the group's behalf)")
    public record ApplicationInput(
            @NotNull @Schema(description = "申請する団体 (the applying group)", examples = "1") Long groupId,
            @NotBlank @Size(max = 200) @Schema(examples = "校区ふれあい夏まつり") String title,
            @NotBlank @Size(max = 4000) @Schema(description = "予定する活動 (the planned activity)",
                    examples = "校区の住民が世代を超えて交流する夏まつりを開く。") String plannedActivity,
            @NotNull @Schema(description = "活動の始まり (activity from)", examples = "2027-02-01") LocalDate activityFrom,
            @NotNull @Schema(description = "活動の終わり (activity until)", examples = "2027-02-28") LocalDate activityTo,
            @NotNull @Min(1) @Max(MAX_YEN) @Schema(description = "補助対象経費 (円) (eligible cost, yen)",
                    examples = "400000") Long eligibleCostYen,
            @NotNull @Min(1) @Max(MAX_YEN) @Schema(description = "申請額 (円) (requested amount, yen)",
                    examples = "200000") Long requestedAmountYen) {
    }

    @Schema(name = "SupportApplicationNoteInput",
            description = "提出・審査開始のメモ (a note on submitting or starting the review)")
    public record NoteInput(@Size(max = 2000) String note) {
    }

    @Schema(name = "SupportGrantInput", description = "交付決定 (a grant)")
    public record GrantInput(
            @NotNull @Min(1) @Max(MAX_YEN) @Schema(description = "交付決定額 (円) (granted amount, yen)",
                    examples = "200000") Long grantedAmountYen,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "SupportDeclineInput", description = "不交付 (a decline)")
    public record DeclineInput(
            @NotBlank @Size(max = 2000) @Schema(description = "理由 (the reason)",
                    examples = "補助の対象となる活動ではないため") String reason) {
    }

    @Schema(name = "SupportReportInput", description = "実績報告 (the activity report)")
    public record ReportInput(
            @NotBlank @Size(max = 8000) @Schema(examples = "2 月 15 日に開催し、約 300 人が参加した。") String activityReport,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "SupportSettleInput",
            description = "精算: 実際にかかった経費と確定額 (settlement: the actual cost and the final amount)")
    public record SettleInput(
            @NotNull @Min(0) @Max(MAX_YEN) @Schema(description = "実際の補助対象経費 (円) (actual eligible cost, yen)",
                    examples = "380000") Long actualCostYen,
            @NotNull @Min(0) @Max(MAX_YEN) @Schema(
                    description = "確定額 (円)。交付決定額以下 (final amount, yen; never above the granted one)",
                    examples = "190000") Long finalAmountYen,
            @Size(max = 2000) String note) {
    }
}
