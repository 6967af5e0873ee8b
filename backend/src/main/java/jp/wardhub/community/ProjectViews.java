package jp.wardhub.community;

import java.time.Instant;
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

import jp.wardhub.platform.Versioned;
import jp.wardhub.voice.VoiceChannel;
import jp.wardhub.voice.VoiceState;
import jp.wardhub.voice.VoiceType;
import jp.wardhub.voice.VoiceViews.PersonalDataInput;

/** Request and response bodies of community projects and dialogue meetings. */
public final class ProjectViews {

    private ProjectViews() {
    }

    // ---- projects ----

    @Schema(name = "CommunityProjectInput", description = "まちづくり事業の登録・更新 (a project to create or update)")
    public record ProjectInput(
            @Size(max = 6) @Schema(description = "区コード。区の職員は省略すると自分の区 (ward; ward staff default to their own)", examples = "431010") String wardCode,
            @Size(max = 50) @Schema(examples = "五福校区") String schoolDistrict,
            @NotBlank @Size(max = 200) @Schema(examples = "五福校区 川沿いの花いっぱい運動") String title,
            @NotBlank @Size(max = 8000) @Schema(examples = "自治会と子ども会が、坪井川沿いの花壇を年間を通して手入れする。") String summary,
            @NotNull ProjectVisibility visibility,
            @Schema(description = "拠点施設 (まちづくりセンター・公民館) の施設 ID (base facility: a community centre or hall)", examples = "19") Long baseOfficeId,
            @Size(max = 10) @Schema(description = "主体の団体 (lead groups)") List<@NotNull Long> groupIds,
            @Size(max = 10) @Schema(description = "担当の地域担当職員のユーザー名 (assigned liaison staff)", examples = "[\"chuo-liaison\"]") List<@NotBlank String> liaisons,
            @Size(max = 50) @Schema(description = "関連する補助金の申請 (linked applications)") List<@NotNull Long> applicationIds,
            @Size(max = 100) @Schema(description = "関連する区民の声 (linked residents' voices)") List<@NotNull Long> voiceIds) {
    }

    @Schema(name = "CommunityProjectOffice", description = "拠点施設 (the base facility)")
    public record OfficeRef(long id, @Schema(examples = "五福まちづくりセンター") String nameJa, String nameEn) {
    }

    @Schema(name = "CommunityProjectGroup", description = "主体の団体 (a lead group)")
    public record GroupRef(long id, @Schema(examples = "五福校区自治協議会") String name) {
    }

    @Schema(name = "CommunityProjectLiaison", description = "担当の地域担当職員 (an assigned liaison officer)")
    public record LiaisonRef(@Schema(examples = "chuo-liaison") String username, @Schema(examples = "地域 健太") String displayName) {
    }

    @Schema(name = "CommunityProjectApplication", description = "関連する申請 (a linked application)")
    public record ApplicationRef(long id, long programId, String title, ApplicationState status,
            @Schema(nullable = true) Long grantedYen) {
    }

    @Schema(name = "CommunityProjectVoice", description = "関連する区民の声 (a linked voice)")
    public record VoiceRef(long id, @Schema(examples = "V-2026-000123") String reference, VoiceState status) {
    }

    @Schema(name = "CommunityProjectMilestone", description = "事業の節目 (a milestone)")
    public record MilestoneView(long id, @Schema(examples = "花壇の植え替え") String title, LocalDate dueOn, boolean done,
            long version) implements Versioned {
    }

    @Schema(name = "CommunityProjectActivity", description = "活動記録の 1 件 (an activity log entry)")
    public record ActivityView(long id, LocalDate heldOn, @Schema(examples = "花壇の除草と植え替え") String description,
            @Schema(examples = "24") int participants, String recordedBy, Instant recordedAt) {
    }

    @Schema(name = "CommunityProject", description = "まちづくり事業 (a community project). 公開用 (トークンなし・連携) には職員・申請・声を含まない (for public readers without staff, applications and voices)")
    public record ProjectView(long id, @Schema(examples = "431010") String wardCode, String schoolDistrict, String title, String summary,
            ProjectStatus status, ProjectVisibility visibility, @Schema(nullable = true) OfficeRef baseOffice,
            List<GroupRef> groups,
            List<LiaisonRef> liaisons, List<ApplicationRef> applications, List<VoiceRef> voices,
            List<MilestoneView> milestones,
            @Schema(description = "活動記録 (新しい順) (the activity log, newest first)") List<ActivityView> activities,
            @Schema(description = "参加者の延べ人数 (participants over all activities)") long participantsTotal,
            @Schema(description = "いまできる操作 (status changes you may make now)") List<ProjectStatus.Action> actions,
            @Schema(description = "内容・節目・活動記録を更新できるか (whether you may keep this project)") boolean editable,
            Instant createdAt, Instant updatedAt, long version) implements Versioned {
    }

    @Schema(name = "CommunityProjectSummary", description = "一覧の 1 件 (a project in a list)")
    public record ProjectSummary(long id, String wardCode, String schoolDistrict, String title, ProjectStatus status,
            ProjectVisibility visibility, @Schema(nullable = true) OfficeRef baseOffice, List<GroupRef> groups,
            @Schema(nullable = true, description = "次の未完了の節目 (the next open milestone)") MilestoneView nextMilestone,
            @Schema(nullable = true, description = "最新の活動日 (the latest activity)") LocalDate lastActivityOn, Instant updatedAt) {
    }

    @Schema(name = "CommunityProjectPage", description = "まちづくり事業の 1 ページ (a page of projects)")
    public record ProjectPage(List<ProjectSummary> items, int page, int size, long total) {
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

    @Schema(name = "CommunityProjectStatsRow", description = "区ごとの事業数 (projects of one ward by status)")
    public record ProjectStatsRow(@Schema(examples = "431010") String key, @Schema(examples = "中央区") String labelJa, String labelEn,
            long idea, long planning, long active, long completed, long paused, long total) {
    }

    @Schema(name = "CommunityProjectStats", description = "区 × 状態の事業数 (projects per ward and status)")
    public record ProjectStatsView(List<ProjectStatsRow> wards, ProjectStatsRow total) {
    }

    // ---- dialogue meetings ----

    @Schema(name = "DialogueMeetingInput", description = "対話集会の登録・更新 (a dialogue meeting to create or update)")
    public record MeetingInput(
            @Size(max = 6) @Schema(description = "区コード。区の職員は省略すると自分の区 (ward; ward staff default to their own)", examples = "431010") String wardCode,
            @NotBlank @Size(max = 200) @Schema(examples = "五福校区 区長と語る会") String title,
            @NotNull @Schema(examples = "2026-11-14") LocalDate heldOn,
            @NotBlank @Size(max = 200) @Schema(examples = "五福まちづくりセンター 会議室") String place,
            @Schema(description = "会場が施設台帳にあればその ID (the venue in the office registry, if it is one)", examples = "19") Long officeId,
            @Min(0) @Max(100000) @Schema(description = "参加者数 (attendees)", examples = "38") int participants,
            @Size(max = 20000) @Schema(description = "議事録 (minutes)") String minutes) {
    }

    @Schema(name = "DialogueMeetingVoice", description = "集会で出た意見 (区民の声) (an opinion raised, as a residents' voice)")
    public record MeetingVoice(long id, @Schema(examples = "V-2026-000123") String reference, VoiceType type, VoiceChannel channel,
            List<String> categories, String excerpt, VoiceState status) {
    }

    @Schema(name = "DialogueMeeting", description = "対話集会 (a dialogue meeting) と、そこで出た意見")
    public record MeetingView(long id, String wardCode, String title, LocalDate heldOn, String place,
            @Schema(nullable = true) OfficeRef office,
            int participants, @Schema(nullable = true) String minutes, List<MeetingVoice> voices,
            @Schema(description = "記録を更新・意見を登録できるか (whether you may record on it)") boolean editable,
            String createdBy, Instant createdAt, Instant updatedAt, long version) implements Versioned {
    }

    @Schema(name = "DialogueMeetingSummary", description = "一覧の 1 件 (a meeting in a list)")
    public record MeetingSummary(long id, String wardCode, String title, LocalDate heldOn, String place, int participants,
            @Schema(description = "登録した意見の数 (opinions recorded)") long voices) {
    }

    @Schema(name = "DialogueMeetingPage", description = "対話集会の 1 ページ (a page of meetings)")
    public record MeetingPage(List<MeetingSummary> items, int page, int size, long total) {
    }

    @Schema(name = "DialogueMeetingOpinion", description = "集会で出た意見。区民の声として受付 (受付方法は対話集会、受付日は集会の日) (an opinion, taken in as a voice)")
    public record OpinionInput(@NotNull VoiceType type,
            @NotEmpty @Size(max = 5) @Schema(examples = "[\"community\"]") List<@NotBlank @Size(max = 30) String> categories,
            @Size(max = 50) @Schema(examples = "五福校区") String schoolDistrict,
            @NotBlank @Size(max = 8000) @Schema(examples = "公民館の利用時間を夜9時まで延ばしてほしい。") String text,
            @Valid @Schema(description = "発言者の個人情報 (任意、声と同じく別に保管) (the speaker's personal data, optional)") PersonalDataInput personalData) {
    }
}
