package jp.wardhub.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of ward proposals. */
public final class ProposalInputs {

    private ProposalInputs() {
    }

    @Schema(name = "ProposalInput", description = "区提案の起案・修正内容 (a proposal to draft or to replace while it is a draft)")
    public record ProposalInput(
            @Size(max = 6) @Schema(
                    description = "提案する区。区職員は省略可 (自区)、管理者は必須。修正では変更不可 (the proposing ward; ward staff may omit it, administrators must give it; it cannot change)",
                    examples = "431010") String wardCode,
            @NotNull ProposalKind kind,
            @Min(2000) @Max(2100) @Schema(
                    description = "年度 (4 月始まり)。予算要望では必須 (要望する予算の年度)、それ以外は省略時に起案日の年度 (fiscal year starting in April; required for a budget request, else the current one)",
                    examples = "2027") Integer fiscalYear,
            @NotBlank @Size(max = 200) @Schema(examples = "通学路の安全対策 (サンプル)") String title,
            @NotBlank @Size(max = 8000) @Schema(description = "背景・現状 (background)") String background,
            @NotBlank @Size(max = 8000) @Schema(description = "提案内容 (what is proposed)") String content,
            @NotBlank @Size(max = 4000) @Schema(description = "期待される効果 (expected effect)") String expectedEffect,
            @Min(0) @Max(1_000_000_000_000L) @Schema(description = "概算経費 (円) (estimated cost in yen)",
                    examples = "12000000") Long estimatedCostYen,
            @Size(max = 50) @Schema(
                    description = "根拠となる区民の声の受付番号 (reference numbers of the residents' voices behind it)",
                    examples = "[\"V-2026-000123\"]") List<String> voiceRefs,
            @Size(max = 30) List<@Valid @NotNull FigureInput> figures) {
    }

    @Schema(name = "ProposalFigureInput", description = "根拠となる数値 (a figure behind the proposal)")
    public record FigureInput(
            @NotBlank @Size(max = 200) @Schema(examples = "通学路のヒヤリハット報告") String label,
            @NotNull @DecimalMin("-1000000000000000") @DecimalMax("1000000000000000") @Schema(
                    examples = "42") BigDecimal value,
            @Size(max = 30) @Schema(examples = "件") String unit) {
    }

    @Schema(name = "ProposalSubmitInput", description = "提出先の局と回答期限 (the bureaus to answer, and by when)")
    public record SubmitInput(
            @NotNull @Size(min = 1, max = 10) @Schema(description = "局コード (bureau codes)",
                    examples = "[\"urban-construction\", \"children\"]") List<String> bureauCodes,
            @Schema(description = "回答期限。省略時は 30 日後 (休日なら翌開庁日) (answer due date; default 30 days on, moved to a business day)",
                    examples = "2027-01-29") LocalDate dueOn) {
    }

    @Schema(name = "ProposalAnswerInput",
            description = "局の回答 (a bureau's answer); 承認までは書き直せる (may be revised until approved)")
    public record AnswerInput(
            @NotNull ProposalDecision decision,
            @NotBlank @Size(max = 8000) @Schema(description = "理由・対応方針 (reasons)") String reasons,
            @Min(0) @Max(1_000_000_000_000L) @Schema(description = "対応経費 (円) (cost in yen)",
                    examples = "8000000") Long costYen,
            @Size(max = 200) @Schema(description = "対応時期 (timing)", examples = "令和9年度当初予算で対応") String timing) {
    }

    @Schema(name = "ProposalMilestoneInput", description = "マイルストーン (a milestone)")
    public record MilestoneInput(
            @NotBlank @Size(max = 200) @Schema(examples = "危険箇所の合同点検") String title,
            @NotNull @Schema(examples = "2027-05-31") LocalDate dueOn,
            @Schema(description = "済み (done)") boolean done) {
    }

    @Schema(name = "ProposalProgressInput", description = "進捗率 (progress); 100 で完了 (100 completes the proposal)")
    public record ProgressInput(@NotNull @Min(0) @Max(100) @Schema(examples = "40") Integer percent) {
    }
}
