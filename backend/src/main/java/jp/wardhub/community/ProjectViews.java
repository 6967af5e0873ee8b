package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;
import jp.wardhub.voice.VoiceState;

/** What clients get about community projects: response bodies (the base facility's reference is also a meeting's venue). */
public final class ProjectViews {

    private ProjectViews() {
    }

    @Schema(name = "CommunityProjectOffice", description = "拠点施設 (the base facility)")
    public record OfficeRef(long id, @Schema(examples = "五福まちづくりセンター") String nameJa, String nameEn) {
    }

    @Schema(name = "CommunityProjectGroup", description = "主体の団体 (a lead group)")
    public record GroupRef(long id, @Schema(examples = "五福校区自治協議会") String name) {
    }

    @Schema(name = "CommunityProjectLiaison", description = "担当の地域担当職員 (an assigned liaison officer)")
    public record LiaisonRef(@Schema(examples = "chuo-liaison") String username,
            @Schema(examples = "地域 健太") String displayName) {
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

    @Schema(name = "CommunityProject",
            description = "まちづくり事業 (a community project). 公開用 (トークンなし・連携) には職員・申請・声を含まない (for public readers without staff, applications and voices)")
    public record ProjectView(long id, @Schema(examples = "431010") String wardCode, String schoolDistrict,
            String title, String summary,
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
            @Schema(nullable = true, description = "最新の活動日 (the latest activity)") LocalDate lastActivityOn,
            Instant updatedAt) {
    }

    @Schema(name = "CommunityProjectPage", description = "まちづくり事業の 1 ページ (a page of projects)")
    public record ProjectPage(List<ProjectSummary> items, int page, int size, long total) {
    }

    @Schema(name = "CommunityProjectStatsRow", description = "区ごとの事業数 (projects of one ward by status)")
    public record ProjectStatsRow(@Schema(examples = "431010") String key, @Schema(examples = "中央区") String labelJa,
            String labelEn,
            long idea, long planning, long active, long completed, long paused, long total) {
    }

    @Schema(name = "CommunityProjectStats", description = "区 × 状態の事業数 (projects per ward and status)")
    public record ProjectStatsView(List<ProjectStatsRow> wards, ProjectStatsRow total) {
    }
}
