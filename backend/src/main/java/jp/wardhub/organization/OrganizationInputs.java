package jp.wardhub.organization;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.auth.Role;

/** The organization registry's request bodies, with the rules every field must meet. */
public final class OrganizationInputs {

    private OrganizationInputs() {
    }

    @Schema(name = "OfficeInput", description = "施設の登録・更新内容 (an office to create or replace)")
    public record OfficeInput(
            @NotNull OfficeType type,
            @NotBlank @Pattern(regexp = "\\d{6}") @Schema(examples = "431010") String wardCode,
            @NotBlank @Size(max = 200) @Schema(examples = "中央区役所") String nameJa,
            @NotBlank @Size(max = 200) @Schema(examples = "ちゅうおうくやくしょ") String nameKana,
            @NotBlank @Size(max = 200) @Schema(examples = "Chuo Ward Office") String nameEn,
            @Size(max = 200) String nameCommon,
            @Pattern(regexp = "\\d{4}") @Schema(description = "省略時は種類の既定値 (defaults by type)",
                    examples = "1303") String poiCode,
            @Pattern(regexp = "\\d{3}-\\d{4}") @Schema(examples = "860-8601") String postalCode,
            @NotBlank @Size(max = 300) @Schema(examples = "熊本県熊本市中央区手取本町1-1") String address,
            @Size(max = 200) String building,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @Pattern(regexp = "[0-9-]{6,20}") @Schema(examples = "096-328-2111") String phone,
            @Size(max = 10) String extension,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "https?://\\S{1,490}") String url,
            @Size(max = 2000) String accessibility,
            @Size(max = 2000) String notes,
            @Schema(description = "祝日は休み。省略時 true (closed on public holidays; default true)") Boolean closedOnHolidays,
            @Schema(description = "年末年始は休み。省略時 true (closed over the year-end; default true)") Boolean closedYearEnd) {
    }

    @Schema(name = "SectionInput", description = "課 (a section)")
    public record SectionInput(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") @Schema(examples = "policy-planning") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "政策企画課") String nameJa,
            @NotBlank @Size(max = 200) @Schema(examples = "Policy Planning Section") String nameEn) {
    }

    @Schema(name = "BureauInput",
            description = "局の登録・更新内容。課の一覧は丸ごと置き換える (a bureau; its sections are replaced as a whole)")
    public record BureauInput(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") @Schema(description = "登録時のみ使う (used on create)",
                    examples = "policy") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "政策局") String nameJa,
            @NotBlank @Size(max = 200) @Schema(examples = "Policy Bureau") String nameEn,
            int sortOrder,
            @NotNull @Size(max = 100) List<@Valid @NotNull SectionInput> sections) {
    }

    @Schema(name = "StaffInput", description = "職員アカウントの登録・更新内容 (a staff account to create or replace)")
    public record StaffInput(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,50}") @Schema(examples = "chuo") String username,
            @NotBlank @Size(max = 100) @Schema(examples = "中央 花子") String displayName,
            @NotNull Role role,
            @Pattern(regexp = "\\d{6}") @Schema(
                    description = "区職員・フロアマネージャー・地域担当職員は必須 (required for ward roles)") String wardCode,
            @Size(max = 40) @Schema(description = "本庁職員は必須 (required for HQ staff)") String bureauCode,
            @Size(max = 40) String sectionCode,
            @Size(min = 12, max = 128) @Schema(
                    description = "登録時は必須、更新時は変更する場合のみ (required on create; on update only to change it)") String password,
            @NotNull Boolean active) {
    }
}
