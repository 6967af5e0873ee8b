package jp.wardhub.queue;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;

/** Request and response bodies for an office's counter floor: its windows and lanes. */
public final class FloorViews {

    private FloorViews() {
    }

    @Schema(name = "CounterWindow", description = "窓口 (a counter window)")
    public record WindowView(long id, long officeId,
            @Schema(examples = "3") int number,
            @Schema(description = "階 (1 = 1階, -1 = 地下1階)", examples = "1") int floor,
            @Schema(examples = "1階 3番 区民課") String nameJa,
            @Schema(examples = "Floor 1, window 3, Residents Section") String nameEn,
            @Schema(description = "職員が着席して受け付けている (staffed now)") boolean open,
            long version) implements Versioned {
    }

    @Schema(name = "CounterWindowInput", description = "窓口の登録・変更 (a window to create or change)")
    public record WindowInput(
            @Min(1) @Max(999) @Schema(examples = "3") int number,
            @Min(-9) @Max(99) @Schema(examples = "1") int floor,
            @NotBlank @Size(max = 100) @Schema(examples = "1階 3番 区民課") String nameJa,
            @NotBlank @Size(max = 100) @Schema(examples = "Floor 1, window 3, Residents Section") String nameEn,
            @Schema(description = "受付中か (staffed now)") boolean open) {
    }

    @Schema(name = "LaneProcedure", description = "受付区分で扱う手続き (a procedure the lane takes)")
    public record LaneProcedure(@Schema(examples = "tennyu") String code, @Schema(examples = "転入届") String nameJa,
            @Schema(examples = "Moving-in notification") String nameEn) {
    }

    @Schema(name = "Lane", description = "受付区分 (a lane visitors queue in)")
    public record LaneView(long id, long officeId,
            @Schema(description = "整理券の記号 (the ticket letter)", examples = "A") String letter,
            @Schema(examples = "住民異動") String nameJa,
            @Schema(examples = "Moving") String nameEn,
            @Schema(examples = "引っ越し（転入・転出・転居）、世帯の変更") String descriptionJa,
            String descriptionEn,
            int sortOrder,
            @Schema(description = "false なら発券しない (no tickets when false)") boolean active,
            List<LaneProcedure> procedures,
            @Schema(description = "この区分を受け付ける窓口の番号 (the windows serving it)") List<Integer> windows,
            long version) implements Versioned {
    }

    @Schema(name = "LaneInput", description = "受付区分の登録・変更 (a lane to create or change)")
    public record LaneInput(
            @NotBlank @Pattern(regexp = "[A-Z]") @Schema(description = "A〜Z の 1 文字", examples = "A") String letter,
            @NotBlank @Size(max = 100) @Schema(examples = "住民異動") String nameJa,
            @NotBlank @Size(max = 100) @Schema(examples = "Moving") String nameEn,
            @NotBlank @Size(max = 500) String descriptionJa,
            @NotBlank @Size(max = 500) String descriptionEn,
            @Min(0) @Max(999) int sortOrder,
            boolean active,
            @NotNull @Size(max = 200) @Schema(description = "扱う手続きのコード (procedure codes)",
                    examples = "[\"tennyu\"]") List<@NotBlank String> procedureCodes,
            @NotNull @Size(max = 100) @Schema(description = "受け付ける窓口の番号 (window numbers)",
                    examples = "[1, 2]") List<@NotNull Integer> windowNumbers) {
    }

    @Schema(name = "Floor", description = "施設の窓口フロア: 窓口と受付区分 (an office's counter floor)")
    public record FloorView(long officeId, @Schema(examples = "中央区役所") String officeNameJa,
            @Schema(examples = "Chuo Ward Office") String officeNameEn,
            @Schema(examples = "431010") String wardCode,
            List<WindowView> windows, List<LaneView> lanes) {
    }
}
