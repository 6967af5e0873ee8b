package jp.wardhub.voice;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API bodies of the public voice form and the status page (no sign-in). */
public final class ResidentVoiceViews {

    private ResidentVoiceViews() {
    }

    @Schema(name = "ResidentVoiceInput", description = "区民が送る声 (a voice a resident sends)")
    public record ResidentVoiceInput(
            @NotNull VoiceType type,
            @NotBlank @Size(max = 30) @Schema(
                    description = "分類コード (category code; see /api/v1/public/voice-categories)",
                    examples = "roads") String category,
            @Size(max = 6) @Schema(description = "区コード。区か校区のどちらかは必須 (ward code; this or the school district)",
                    examples = "431010") String wardCode,
            @Size(max = 50) @Schema(description = "校区 (school district)", examples = "慶徳校区") String schoolDistrict,
            @NotBlank @Size(max = 4000) @Schema(description = "内容 (what you want to tell the city)",
                    examples = "通学路の街灯が切れていて夜は真っ暗です。") String text,
            @Size(max = 200) @Schema(description = "場所 (where the matter is, not your address)",
                    examples = "中央区新町2丁目 電車通り沿い") String location,
            @Valid @Schema(
                    description = "連絡先 (任意)。声とは別に保管し、回答の連絡にだけ使う (contact details, optional; kept apart, used only to answer you)") Contact contact,
            @Schema(description = "連絡先の利用に同意する。連絡先を書いたときは必須 (consent to the use of the contact details; required with them)") boolean consent,
            @Size(max = 200) @Schema(
                    description = "空のままにする項目 (leave empty: a field people do not see)") String website) {
    }

    @Schema(name = "ResidentContact", description = "連絡先 (contact details)")
    public record Contact(
            @Size(max = 100) @Schema(examples = "見本 太郎") String name,
            @Email @Size(max = 254) @Schema(description = "受付と回答のお知らせを送る (receipt and notices are sent here)",
                    examples = "taro@example.jp") String email,
            @Size(max = 30) @Pattern(regexp = "[0-9０-９+＋()（）\\- ー－‐]*",
                    message = "{jp.wardhub.voice.phone}") @Schema(
                            examples = "096-000-0000") String phone) {
    }

    @Schema(name = "ResidentVoiceReceipt", description = "受付の控え (the receipt)")
    public record Receipt(
            @Schema(examples = "V-2026-000123") String reference,
            @Schema(description = "照会コード。この応答でだけ示す (the access code: shown only here, and mailed when an address was given)",
                    examples = "K7QM-3XRP-WD2F") String accessCode,
            LocalDate receivedOn,
            @Schema(description = "回答予定日 (the date an answer is due)") LocalDate dueOn,
            @Schema(description = "受付のメールを送るか (whether a receipt is mailed)") boolean mailed,
            int photos) {
    }

    /** 対応状況: what a resident sees of the voice's place in the workflow. */
    public enum PublicState {
        /** 受付 */
        RECEIVED,
        /** 対応中 (triaged, assigned, transferred) */
        IN_PROGRESS,
        /** 回答済み */
        ANSWERED,
        /** 完了 */
        CLOSED;

        static PublicState of(VoiceState s) {
            return switch (s) {
                case RECEIVED -> RECEIVED;
                case TRIAGED, ASSIGNED -> IN_PROGRESS;
                case ANSWERED -> ANSWERED;
                case CLOSED -> CLOSED;
            };
        }
    }

    @Schema(name = "ResidentVoiceStatus",
            description = "区民の声の対応状況。個人情報と送った本文は含まない (a voice's status; never personal data nor the text sent)")
    public record Status(
            @Schema(examples = "V-2026-000123") String reference,
            VoiceType type,
            List<String> categories,
            @Schema(nullable = true) String wardCode,
            PublicState state,
            LocalDate receivedOn,
            LocalDate dueOn,
            @Schema(nullable = true, description = "回答日 (Asia/Tokyo)") LocalDate answeredOn,
            @Schema(nullable = true, description = "回答 (the answer, once given)") String answer,
            @Schema(description = "公表したか (whether it was published)") boolean published,
            @Schema(nullable = true, description = "公表文 (the published text)") String publishedText) {
    }
}
