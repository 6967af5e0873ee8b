package jp.wardhub.counter;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.counter.hours.PeriodKind;

/** Request bodies of the counter catalogue's writes. */
public final class CounterInputs {

    private CounterInputs() {
    }

    /**
     * A reading in hiragana: the hiragana letters U+3041–U+3096 and the iteration marks ゝゞゟ (U+309D–U+309F),
     * the long-vowel mark ー, the middle dot ・, and ASCII and ideographic spaces. Spelled as an explicit class
     * (not {@code \p{IsHiragana}}) so the published pattern compiles in JavaScript as well as in Java.
     */
    public static final String NAME_KANA = "[\\u3041-\\u3096\\u309D-\\u309F\\u30FC\\u30FB \\u3000]+";

    @Schema(name = "ProcedureInput", description = "手続きの登録・更新内容 (a procedure to create or replace)")
    public record ProcedureInput(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") @Schema(description = "登録時のみ (used on create)",
                    examples = "juminhyo-copy") String code,
            @NotBlank @Size(max = 40) String categoryCode,
            @NotBlank @Size(max = 200) @Schema(examples = "住民票の写し") String nameJa,
            @NotBlank @Size(max = 300) @Pattern(regexp = NAME_KANA) @Schema(
                    description = "ひらがなの読み (reading in hiragana)", examples = "じゅうみんひょうのうつし") String nameKana,
            @NotBlank @Size(max = 200) @Schema(examples = "Copy of residence certificate") String nameEn,
            @Size(max = 500) String keywords,
            @NotBlank @Size(max = 4000) String description,
            @Size(max = 4000) @Schema(
                    description = "内容の英語。省略は未翻訳 (the description in English; omitted when not translated)") String descriptionEn,
            @Size(max = 2000) String whatToBring,
            @Size(max = 2000) @Schema(description = "持ち物の英語 (what to bring in English)") String whatToBringEn,
            @Min(0) @Max(1_000_000) Integer feeYen,
            @Size(max = 500) String feeNote,
            @Size(max = 500) @Schema(description = "手数料の補足の英語 (the fee note in English)") String feeNoteEn,
            @Size(max = 500) String processingTime,
            @Size(max = 500) @Schema(description = "処理期間の英語 (the processing time in English)") String processingTimeEn,
            @NotBlank @Size(max = 40) String ownerSectionCode,
            @Size(max = 500) String legalBasis,
            @NotNull ProcedureStatus status) {
    }

    @Schema(name = "OfferInput", description = "ある場所での取扱い (what one place offers)")
    public record OfferInput(
            @NotBlank @Schema(examples = "office:2") String placeKey,
            @NotNull AvailabilityLevel level,
            @Size(max = 1000) String conditionsJa,
            @Size(max = 1000) String conditionsEn,
            boolean residentsOnly,
            @Min(0) @Max(1_000_000) Integer feeYen,
            @Size(max = 500) String feeNote) {
    }

    @Schema(name = "AvailabilityInput", description = "手続きの取扱い場所をまとめて置き換える (replaces where a procedure is offered)")
    public record AvailabilityInput(@NotNull @Size(max = 500) List<@Valid @NotNull OfferInput> offers) {
    }

    @Schema(name = "SpanInput", description = "時間帯。closes の 24:00 は深夜 0 時 (a span; 24:00 closes at midnight)")
    public record SpanInput(
            @Min(1) @Max(7) @Schema(
                    description = "1 (月) 〜 7 (日)。省略は毎日 (1 Monday .. 7 Sunday; null every day)") Integer dayOfWeek,
            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") @Schema(examples = "08:30") String opens,
            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d|24:00") @Schema(examples = "17:15") String closes) {
    }

    @Schema(name = "OpeningPeriodInput", description = "開庁期間: 通常 (REGULAR) または日付指定の例外 (CLOSED・OPEN・SPECIAL_HOURS)")
    public record OpeningPeriodInput(
            @NotNull PeriodKind kind,
            @Schema(examples = "2027-03-28") LocalDate startsOn,
            @Schema(examples = "2027-03-28") LocalDate endsOn,
            @Size(max = 200) @Schema(examples = "休日開庁") String reasonJa,
            @Size(max = 200) @Schema(examples = "Weekend opening") String reasonEn,
            @NotNull @Size(max = 50) List<@Valid @NotNull SpanInput> spans) {
    }
}
