package jp.wardhub.community;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send about community projects: the request bodies (the list's query parameters: {@link ProjectQuery}). */
public final class ProjectInputs {

    private ProjectInputs() {
    }

    @Schema(name = "CommunityProjectInput", description = "まちづくり事業の登録・更新 (a project to create or update)")
    public record ProjectInput(
            @Size(max = 6) @Schema(description = "区コード。区の職員は省略すると自分の区 (ward; ward staff default to their own)",
                    examples = "431010") String wardCode,
            @Size(max = 50) @Schema(examples = "五福校区") String schoolDistrict,
            @NotBlank @Size(max = 200) @Schema(examples = "五福校区 川沿いの花いっぱい運動") String title,
            @NotBlank @Size(max = 8000) @Schema(examples = "自治会と子ども会が、坪井川沿いの花壇を年間を通して手入れする。") String summary,
            @NotNull ProjectVisibility visibility,
            @Schema(description = "拠点施設 (まちづくりセンター・公民館) の施設 ID (base facility: a community centre or hall)",
                    examples = "19") Long baseOfficeId,
            @Size(max = 10) @Schema(description = "主体の団体 (lead groups)") List<@NotNull Long> groupIds,
            @Size(max = 10) @Schema(description = "担当の地域担当職員のユーザー名 (assigned liaison staff)",
                    examples = "[\"chuo-liaison\"]") List<@NotBlank String> liaisons,
            @Size(max = 50) @Schema(
                    description = "関連する補助金の申請 (linked applications)") List<@NotNull Long> applicationIds,
            @Size(max = 100) @Schema(
                    description = "関連する区民の声 (linked residents' voices)") List<@NotNull Long> voiceIds) {
    }

    @Schema(name = "CommunityMilestoneInput", description = "節目の追加・更新 (a milestone to add or update)")
    public record MilestoneInput(@NotBlank @Size(max = 200) @Schema(examples = "花壇の植え替え") String title,
            @NotNull @Schema(examples = "2027-03-20") LocalDate dueOn, boolean done) {
    }

    @Schema(name = "CommunityActivityInput", description = "活動記録の追加 (an activity to log)")
    public record ActivityInput(@NotNull @Schema(examples = "2026-11-22") LocalDate heldOn,
            @NotBlank @Size(max = 2000) @Schema(examples = "花壇の除草と植え替え") String description,
            @Min(0) @Max(100000) @Schema(examples = "24") int participants) {
    }
}
