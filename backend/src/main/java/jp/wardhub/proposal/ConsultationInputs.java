package jp.wardhub.proposal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of prior consultations. */
public final class ConsultationInputs {

    private ConsultationInputs() {
    }

    @Schema(name = "ConsultationInput", description = "事前協議を始める (opens a prior consultation)")
    public record ConsultationInput(
            @Size(max = 40) @Schema(
                    description = "協議する局。本庁職員は省略可 (自局)、管理者は必須 (the consulting bureau; HQ staff may omit it, administrators must give it)",
                    examples = "urban-construction") String bureauCode,
            @NotBlank @Size(max = 200) @Schema(examples = "市道の通学路区間のカラー舗装 (サンプル)") String title,
            @NotBlank @Size(max = 8000) String description,
            @NotNull @Size(min = 1, max = 10) @Schema(description = "協議先の区コード (the wards it is addressed to)",
                    examples = "[\"431010\", \"431052\"]") List<String> wardCodes,
            @NotNull @Schema(description = "回答期限 (今日から 1 年以内) (last day for answers; today or within a year)",
                    examples = "2027-01-15") LocalDate deadline) {
    }

    @Schema(name = "ConsultationResponseInput",
            description = "区の回答。条件付き同意・懸念ありではコメント必須 (a ward's answer; comments are required with conditions or concerns)")
    public record ResponseInput(
            @NotNull ConsultationStance stance,
            @Size(max = 4000) @Schema(examples = "工事期間中の迂回路を地元自治会へ事前周知すること") String comments) {
    }

    @Schema(name = "ConsultationReportInput", description = "進捗報告 (a progress report)")
    public record ReportInput(
            @Schema(description = "報告日。省略時は今日 (date of the report; today if omitted)",
                    examples = "2027-02-10") LocalDate reportedOn,
            @NotBlank @Size(max = 8000) @Schema(examples = "第1工区の舗装が完了しました。") String body) {
    }
}
