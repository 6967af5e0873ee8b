package jp.wardhub.organization;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;

/** Bodies of the duties registry. */
public final class DutyViews {

    private DutyViews() {
    }

    @Schema(name = "Duty", description = "事務分担 (a duty: who does it and why)")
    public record DutyView(long id, @Schema(examples = "住民票の写しの交付") String titleJa, String titleEn, String description,
            DutySide side, Set<DutyReason> reasons,
            @Schema(description = "本庁の役割 (what HQ does)") String hqRole,
            @Schema(description = "区の役割 (what the ward does)") String wardRole,
            @Schema(description = "問合せ先の課 (contact section)") String contactSectionCode,
            String contactSectionJa, long version) implements Versioned {
    }

    @Schema(name = "DutyPage", description = "事務分担の 1 ページ (a page of duties)")
    public record DutyPage(List<DutyView> items, int page, int size, long total) {
    }

    @Schema(name = "DutyInput", description = "事務分担の登録・更新内容 (a duty to create or replace)")
    public record DutyInput(
            @NotBlank @Size(max = 200) String titleJa,
            @NotBlank @Size(max = 200) String titleEn,
            @NotBlank @Size(max = 4000) String description,
            @NotNull DutySide side,
            @NotEmpty @Size(max = 6) Set<@NotNull DutyReason> reasons,
            @Size(max = 2000) String hqRole,
            @Size(max = 2000) String wardRole,
            @NotBlank @Size(max = 40) String contactSectionCode) {
    }
}
