package jp.wardhub.community;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.voice.VoiceType;
import jp.wardhub.voice.VoiceViews.PersonalDataInput;

/** What clients send about dialogue meetings: the request bodies (the list's query parameters: {@link DialogueMeetingQuery}). */
public final class DialogueMeetingInputs {

    private DialogueMeetingInputs() {
    }

    @Schema(name = "DialogueMeetingInput", description = "対話集会の登録・更新 (a dialogue meeting to create or update)")
    public record MeetingInput(
            @Size(max = 6) @Schema(description = "区コード。区の職員は省略すると自分の区 (ward; ward staff default to their own)",
                    examples = "431010") String wardCode,
            @NotBlank @Size(max = 200) @Schema(examples = "五福校区 区長と語る会") String title,
            @NotNull @Schema(examples = "2026-11-14") LocalDate heldOn,
            @NotBlank @Size(max = 200) @Schema(examples = "五福まちづくりセンター 会議室") String place,
            @Schema(description = "会場が施設台帳にあればその ID (the venue in the office registry, if it is one)",
                    examples = "19") Long officeId,
            @Size(max = 50) @Schema(description = "対象の校区 (the school district it is held for, if one)",
                    examples = "五福校区") String schoolDistrict,
            @Min(0) @Max(100000) @Schema(description = "参加者数 (attendees)", examples = "38") int participants,
            @Size(max = 20000) @Schema(description = "議事録 (minutes)") String minutes) {
    }

    @Schema(name = "DialogueMeetingOpinion",
            description = "集会で出た意見。区民の声として受付 (受付方法は対話集会、受付日は集会の日) (an opinion, taken in as a voice)")
    public record OpinionInput(@NotNull VoiceType type,
            @NotEmpty @Size(max = 5) @Schema(
                    examples = "[\"community\"]") List<@NotBlank @Size(max = 30) String> categories,
            @Size(max = 50) @Schema(examples = "五福校区") String schoolDistrict,
            @NotBlank @Size(max = 8000) @Schema(examples = "公民館の利用時間を夜9時まで延ばしてほしい。") String text,
            @Valid @Schema(
                    description = "発言者の個人情報 (任意、声と同じく別に保管) (the speaker's personal data, optional)") PersonalDataInput personalData) {
    }
}
