package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.community.ProjectViews.OfficeRef;
import jp.wardhub.platform.Versioned;
import jp.wardhub.voice.VoiceChannel;
import jp.wardhub.voice.VoiceState;
import jp.wardhub.voice.VoiceType;

/** What clients get about dialogue meetings: response bodies. */
public final class DialogueMeetingViews {

    private DialogueMeetingViews() {
    }

    @Schema(name = "DialogueMeetingVoice", description = "集会で出た意見 (区民の声) (an opinion raised, as a residents' voice)")
    public record MeetingVoice(long id, @Schema(examples = "V-2026-000123") String reference, VoiceType type,
            VoiceChannel channel,
            List<String> categories, String excerpt, VoiceState status) {
    }

    @Schema(name = "DialogueMeeting", description = "対話集会 (a dialogue meeting) と、そこで出た意見")
    public record MeetingView(long id, String wardCode, String title, LocalDate heldOn, String place,
            @Schema(nullable = true) OfficeRef office,
            @Schema(nullable = true, description = "対象の校区 (the school district)") String schoolDistrict,
            int participants, @Schema(nullable = true) String minutes, List<MeetingVoice> voices,
            @Schema(description = "記録を更新・意見を登録できるか (whether you may record on it)") boolean editable,
            String createdBy, Instant createdAt, Instant updatedAt, long version) implements Versioned {
    }

    @Schema(name = "DialogueMeetingSummary", description = "一覧の 1 件 (a meeting in a list)")
    public record MeetingSummary(long id, String wardCode, String title, LocalDate heldOn, String place,
            @Schema(nullable = true, description = "対象の校区 (the school district)") String schoolDistrict,
            int participants,
            @Schema(description = "登録した意見の数 (opinions recorded)") long voices) {
    }

    @Schema(name = "DialogueMeetingPage", description = "対話集会の 1 ページ (a page of meetings)")
    public record MeetingPage(List<MeetingSummary> items, int page, int size, long total) {
    }
}
