package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.community.DialogueMeetingViews.MeetingSummary;
import jp.wardhub.community.ProjectViews.OfficeRef;
import jp.wardhub.community.ProjectViews.ProjectSummary;
import jp.wardhub.platform.Versioned;
import jp.wardhub.voice.VoiceState;
import jp.wardhub.voice.VoiceType;

/** What clients get about liaison areas and a liaison officer's own areas: response bodies. */
public final class AreaViews {

    private AreaViews() {
    }

    @Schema(name = "CommunityAreaRef", description = "担当地域の参照 (an area, briefly)")
    public record AreaRef(long id, AreaKind kind, @Schema(examples = "慶徳校区") String name) {
    }

    @Schema(name = "CommunityAreaLiaison",
            description = "担当の地域担当職員と担当期間。終わった期間は履歴に (a liaison officer looking after the area now or from a later day; past periods are in the history)")
    public record AreaLiaison(@Schema(examples = "chuo-liaison") String username,
            @Schema(examples = "地域 健太") String displayName,
            @Schema(description = "担当の初日 (the first day)", examples = "2026-04-01") LocalDate from,
            @Schema(nullable = true, description = "担当の最終日。続く間はなし (the last day; absent while it lasts)") LocalDate to,
            @Schema(description = "今日担当しているか (false: 始まるのはこれから) (whether it holds today)") boolean current) {
    }

    @Schema(name = "CommunityAreaSummary", description = "一覧の 1 件 (an area in a list)")
    public record AreaSummary(long id, @Schema(examples = "431010") String wardCode, AreaKind kind,
            @Schema(examples = "慶徳校区") String name, @Schema(examples = "けいとくこうく") String nameKana,
            @Schema(nullable = true, description = "まちづくりセンター・公民館 (the centre or hall)") OfficeRef office,
            @Schema(nullable = true,
                    description = "校区が属するまちづくりセンターの担当地域 (the centre's area it belongs to)") AreaRef centre,
            List<AreaLiaison> liaisons, long version) {
    }

    @Schema(name = "CommunityAreaPage", description = "担当地域の 1 ページ (a page of areas)")
    public record AreaPage(List<AreaSummary> items, int page, int size, long total) {
    }

    @Schema(name = "CommunityAreaAssignment", description = "担当の履歴の 1 件 (one period in the history)")
    public record AssignmentView(String username, String displayName, LocalDate from,
            @Schema(nullable = true) LocalDate to,
            String assignedBy, Instant assignedAt, @Schema(nullable = true) String endedBy,
            @Schema(nullable = true) Instant endedAt) {
    }

    @Schema(name = "CommunityArea", description = "担当地域 (a liaison area) と担当の履歴")
    public record AreaView(long id, @Schema(examples = "431010") String wardCode, AreaKind kind,
            @Schema(examples = "慶徳校区") String name, @Schema(examples = "けいとくこうく") String nameKana,
            @Schema(nullable = true) OfficeRef office, @Schema(nullable = true) AreaRef centre,
            @Schema(description = "まちづくりセンターの担当地域に属する校区 (the school districts of a centre's area)") List<AreaRef> districts,
            List<AreaLiaison> liaisons,
            @Schema(description = "担当の履歴 (新しい順) (every period, newest first)") List<AssignmentView> history,
            @Schema(description = "地域を更新し担当を割り当てられるか (whether you may change it and assign liaison staff)") boolean editable,
            Instant createdAt, Instant updatedAt, long version) implements Versioned {
    }

    @Schema(name = "CommunityAreaGroup", description = "地域の団体 (a group of the area)")
    public record AreaGroup(long id, GroupType type, @Schema(examples = "慶徳校区自治協議会") String name,
            @Schema(nullable = true) String schoolDistrict) {
    }

    @Schema(name = "CommunityAreaVoice", description = "地域の区民の声 (a residents' voice of the area)")
    public record AreaVoice(long id, @Schema(examples = "V-2026-000123") String reference, LocalDate receivedOn,
            VoiceType type, VoiceState status, String schoolDistrict,
            @Schema(description = "内容の冒頭 (the start of the text)") String excerpt) {
    }

    @Schema(name = "MyCommunityArea",
            description = "自分の担当地域の 1 件と、その団体・事業・集会・区民の声 (one of my areas and what goes on in it)")
    public record MyArea(AreaSummary area,
            @Schema(description = "自分の担当の初日 (my first day here)") LocalDate since,
            @Schema(description = "この地域として数える校区 (the school districts counted as this area)") List<String> schoolDistricts,
            List<AreaGroup> groups, List<ProjectSummary> projects,
            @Schema(description = "今日以降の対話集会 (近い順) (meetings from today on, soonest first)") List<MeetingSummary> upcomingMeetings,
            @Schema(description = "新しい区民の声 (最大 5 件) (the newest voices, at most 5)") List<AreaVoice> recentVoices,
            @Schema(description = "回答待ちの区民の声の数 (voices awaiting an answer)") long openVoices) {
    }

    @Schema(name = "MyCommunityAreas", description = "地域担当職員の担当地域 (a liaison officer's own areas)")
    public record MyAreasView(@Schema(description = "基準日 (Asia/Tokyo)") LocalDate today, List<MyArea> areas) {
    }
}
